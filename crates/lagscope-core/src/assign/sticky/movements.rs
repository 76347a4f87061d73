//! `AbstractStickyAssignor.PartitionMovements`: which partitions moved between which members
//! during one general-path balance, so that a move back undoes an earlier move instead of
//! shuffling a second partition. When a partition of a topic is to move from `a` to `b` and some
//! partitions of that topic earlier moved from `b` to `a`, Kafka moves one of those back instead:
//! the first of a `HashSet<TopicPartition>`, whose order is reproduced here.

use rustc_hash::FxHashMap;

use super::super::java::{HashOrder, topic_partition_hash};
use super::super::problem::Problem;

#[derive(Debug, Default)]
pub(super) struct Movements {
    /// Partition → (source, destination).
    by_partition: FxHashMap<u32, (u32, u32)>,
    /// (topic, source, destination) → the partitions that moved so, as a Java `HashSet`.
    by_topic_pair: FxHashMap<(u32, u32, u32), HashOrder>,
    /// Number of pairs recorded per topic (`partitionMovementsByTopic.containsKey`).
    pairs_per_topic: FxHashMap<u32, u32>,
}

impl Movements {
    fn remove_record(&mut self, problem: &Problem, partition: u32) -> Option<(u32, u32)> {
        let pair = self.by_partition.remove(&partition)?;
        let topic = problem.topic_of[partition as usize];
        let key = (topic, pair.0, pair.1);
        if let Some(set) = self.by_topic_pair.get_mut(&key) {
            set.remove(partition);
            if set.is_empty() {
                self.by_topic_pair.remove(&key);
                if let Some(count) = self.pairs_per_topic.get_mut(&topic) {
                    *count -= 1;
                    if *count == 0 {
                        self.pairs_per_topic.remove(&topic);
                    }
                }
            }
        }
        Some(pair)
    }

    fn add_record(&mut self, problem: &Problem, partition: u32, pair: (u32, u32)) {
        self.by_partition.insert(partition, pair);
        let (topic, number) = problem.split(partition);
        let key = (topic, pair.0, pair.1);
        let set = self.by_topic_pair.entry(key).or_insert_with(|| {
            *self.pairs_per_topic.entry(topic).or_insert(0) += 1;
            HashOrder::new()
        });
        set.insert(
            topic_partition_hash(problem.topics[topic as usize].hash, number.cast_signed()),
            partition,
        );
    }

    /// `movePartition`.
    pub(super) fn move_partition(&mut self, problem: &Problem, partition: u32, old: u32, new: u32) {
        if let Some(existing) = self.remove_record(problem, partition) {
            if existing.0 != new {
                self.add_record(problem, partition, (existing.0, new));
            }
        } else {
            self.add_record(problem, partition, (old, new));
        }
    }

    /// `getTheActualPartitionToBeMoved`.
    pub(super) fn actual_partition_to_move(
        &self,
        problem: &Problem,
        partition: u32,
        old: u32,
        new: u32,
    ) -> u32 {
        let topic = problem.topic_of[partition as usize];
        if !self.pairs_per_topic.contains_key(&topic) {
            return partition;
        }
        let old = self.by_partition.get(&partition).map_or(old, |&(source, _)| source);
        match self.by_topic_pair.get(&(topic, new, old)).and_then(HashOrder::first) {
            Some(reverse) => reverse,
            None => partition,
        }
    }
}
