//! Where a group's partition rows are, by topic and partition number: the lookup every partition
//! row makes (a partition printed twice merges into its first row). Rows come topic by topic, so
//! the topic of the previous row is tried first, without hashing its text; partition numbers
//! index an array.

use rustc_hash::FxHashMap;

use crate::model::Name;

#[derive(Default)]
pub(crate) struct PartitionIndex {
    topics: Vec<TopicRows>,
    /// Where each topic is in `topics`.
    by_topic: FxHashMap<Name, usize>,
    /// The topic looked up last.
    last_topic: Option<usize>,
}

/// One topic's partitions.
struct TopicRows {
    topic: Name,
    /// By partition number, below [`DENSE_PARTITIONS`]: the row's index + 1, or 0 for none.
    dense: Vec<usize>,
    /// Partition numbers from [`DENSE_PARTITIONS`] up (and any below 0).
    sparse: FxHashMap<i32, usize>,
}

/// Partition numbers below this are looked up in an array (Kafka topics rarely have more than a
/// few thousand partitions); larger ones in a map, so a stray huge number costs no memory.
const DENSE_PARTITIONS: i32 = 1 << 16;

impl PartitionIndex {
    /// The index of `topic`'s `partition` row, if one was inserted.
    pub(crate) fn get(&mut self, topic: &Name, partition: i32) -> Option<usize> {
        let slot = self.find_topic(topic)?;
        let rows = &self.topics[slot];
        match usize::try_from(partition) {
            Ok(slot) if partition < DENSE_PARTITIONS => {
                rows.dense.get(slot).copied().filter(|&index| index > 0).map(|index| index - 1)
            }
            _ => rows.sparse.get(&partition).copied(),
        }
    }

    /// Records that `topic`'s `partition` row is at `index`.
    pub(crate) fn insert(&mut self, topic: &Name, partition: i32, index: usize) {
        let slot = if let Some(slot) = self.find_topic(topic) {
            slot
        } else {
            self.topics.push(TopicRows {
                topic: topic.clone(),
                dense: Vec::new(),
                sparse: FxHashMap::default(),
            });
            let slot = self.topics.len() - 1;
            self.by_topic.insert(topic.clone(), slot);
            self.last_topic = Some(slot);
            slot
        };
        let rows = &mut self.topics[slot];
        match usize::try_from(partition) {
            Ok(number) if partition < DENSE_PARTITIONS => {
                if rows.dense.len() <= number {
                    rows.dense.resize(number + 1, 0);
                }
                rows.dense[number] = index.saturating_add(1);
            }
            _ => {
                rows.sparse.insert(partition, index);
            }
        }
    }

    fn find_topic(&mut self, topic: &Name) -> Option<usize> {
        if let Some(last) = self.last_topic
            && let Some(rows) = self.topics.get(last)
            && (Name::ptr_eq(&rows.topic, topic) || rows.topic == *topic)
        {
            return Some(last);
        }
        let slot = *self.by_topic.get(&**topic)?;
        self.last_topic = Some(slot);
        Some(slot)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_what_was_inserted_by_topic_text_and_partition() {
        let mut index = PartitionIndex::default();
        let orders: Name = Name::from("orders");
        let payments: Name = Name::from("payments");
        index.insert(&orders, 0, 10);
        index.insert(&orders, 7, 11);
        index.insert(&payments, 0, 12);
        index.insert(&orders, 70_000, 13);
        index.insert(&orders, -1, 14);
        // Another copy of the same text is the same topic.
        let orders_again: Name = Name::from("orders");
        assert_eq!(index.get(&orders_again, 0), Some(10));
        assert_eq!(index.get(&orders, 7), Some(11));
        assert_eq!(index.get(&payments, 0), Some(12));
        assert_eq!(index.get(&orders, 70_000), Some(13));
        assert_eq!(index.get(&orders, -1), Some(14));
        assert_eq!(index.get(&orders, 1), None);
        assert_eq!(index.get(&orders, 8), None);
        assert_eq!(index.get(&payments, 7), None);
        assert_eq!(index.get(&Name::from("refunds"), 0), None);
        assert_eq!(index.get(&orders, i32::MAX), None);
    }

    #[test]
    fn a_row_at_index_zero_is_found() {
        let mut index = PartitionIndex::default();
        let topic: Name = Name::from("t");
        index.insert(&topic, 3, 0);
        assert_eq!(index.get(&topic, 3), Some(0));
        index.insert(&topic, 3, 5);
        assert_eq!(index.get(&topic, 3), Some(5));
    }
}
