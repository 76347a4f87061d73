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
    /// By partition number: the row's index + 1, or 0 for none. It grows only a little past the
    /// numbers it holds (see [`DENSE_GROWTH`]), so its memory follows the rows, not the numbers.
    /// Four bytes a partition: a row past `u32::MAX − 1` goes to the map.
    dense: Vec<u32>,
    /// The partitions the array did not take (a number far past the others, or below 0); the
    /// array is looked in first.
    sparse: FxHashMap<i32, usize>,
}

/// How far past twice its length the array may grow for a new partition number: rows in the
/// usual order (0, 1, 2 …, or a topic's partitions in any order) fill it, while a stray large
/// number (`65535` for a topic of a few partitions, in a paste of thousands of topics) goes to
/// the map instead of allocating an array that large.
const DENSE_GROWTH: usize = 64;

impl PartitionIndex {
    /// The index of `topic`'s `partition` row, if one was inserted; otherwise `index` becomes that
    /// row's, and the answer is `None`.
    pub(crate) fn get_or_insert(&mut self, topic: &Name, partition: i32, index: usize) -> Option<usize> {
        let slot = self.slot_or_insert(topic);
        let rows = &mut self.topics[slot];
        let found = rows.find(partition);
        if found.is_none() {
            rows.insert(partition, index);
        }
        found
    }

    /// `topic`'s place in `topics`, added when new.
    fn slot_or_insert(&mut self, topic: &Name) -> usize {
        if let Some(slot) = self.find_topic(topic) {
            return slot;
        }
        self.topics.push(TopicRows { topic: topic.clone(), dense: Vec::new(), sparse: FxHashMap::default() });
        let slot = self.topics.len() - 1;
        self.by_topic.insert(topic.clone(), slot);
        self.last_topic = Some(slot);
        slot
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

impl TopicRows {
    /// The index of the `partition` row, if there is one.
    fn find(&self, partition: i32) -> Option<usize> {
        let in_array = usize::try_from(partition)
            .ok()
            .and_then(|number| self.dense.get(number))
            .and_then(|&index| usize::try_from(index).ok())
            .and_then(|index| index.checked_sub(1));
        in_array.or_else(|| self.sparse.get(&partition).copied())
    }

    /// Records that the `partition` row is at `index`.
    fn insert(&mut self, partition: i32, index: usize) {
        let limit = self.dense.len().saturating_mul(2).saturating_add(DENSE_GROWTH);
        let in_array = u32::try_from(index).ok().and_then(|index| index.checked_add(1));
        match (usize::try_from(partition), in_array) {
            (Ok(number), Some(index_after)) if number < limit => {
                if self.dense.len() <= number {
                    self.dense.resize(number + 1, 0);
                }
                self.dense[number] = index_after;
            }
            _ => {
                self.sparse.insert(partition, index);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    impl PartitionIndex {
        fn get(&mut self, topic: &Name, partition: i32) -> Option<usize> {
            let slot = self.find_topic(topic)?;
            self.topics[slot].find(partition)
        }

        /// Records `index` for the row, whether or not one was recorded before.
        fn insert(&mut self, topic: &Name, partition: i32, index: usize) {
            let slot = self.slot_or_insert(topic);
            self.topics[slot].sparse.remove(&partition);
            if let Some(slot_in_array) =
                usize::try_from(partition).ok().and_then(|number| self.topics[slot].dense.get_mut(number))
            {
                *slot_in_array = 0;
            }
            self.topics[slot].insert(partition, index);
        }
    }

    #[test]
    fn a_row_is_inserted_once_and_then_found() {
        let mut index = PartitionIndex::default();
        let orders: Name = Name::from("orders");
        assert_eq!(index.get_or_insert(&orders, 4, 0), None);
        assert_eq!(index.get_or_insert(&Name::from("orders"), 4, 1), Some(0), "the first row stays");
        assert_eq!(index.get_or_insert(&orders, 900_000, 2), None);
        assert_eq!(index.get_or_insert(&orders, 900_000, 3), Some(2));
        assert_eq!(index.get_or_insert(&orders, -1, 4), None);
        assert_eq!(index.get_or_insert(&orders, -1, 5), Some(4));
        // A row index past what the array holds goes to the map.
        assert_eq!(index.get_or_insert(&orders, 5, usize::MAX), None);
        assert_eq!(index.get_or_insert(&orders, 5, 6), Some(usize::MAX));
    }

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

    /// Many topics, each with one huge partition number: the map takes them, not arrays that
    /// large; a number first in the map, then within a grown array, is found either way.
    #[test]
    fn a_stray_large_number_costs_no_array() {
        let mut index = PartitionIndex::default();
        for topic in 0..1_000 {
            index.insert(&Name::from(format!("t{topic}")), 65_535, topic);
        }
        assert!(index.topics.iter().all(|rows| rows.dense.is_empty()));
        let topic: Name = Name::from("t0");
        assert_eq!(index.get(&topic, 65_535), Some(0));
        let grown: Name = Name::from("grown");
        index.insert(&grown, 500, 1);
        for partition in 0..1_000 {
            if partition != 500 {
                index.insert(&grown, partition, 10 + usize::try_from(partition).unwrap_or(0));
            }
        }
        assert_eq!(index.get(&grown, 500), Some(1));
        assert_eq!(index.get(&grown, 999), Some(1_009));
        index.insert(&grown, 500, 2);
        assert_eq!(index.get(&grown, 500), Some(2));
        assert!(
            index
                .topics
                .iter()
                .find(|rows| rows.topic == grown)
                .is_some_and(|rows| rows.dense.len() <= 1_000)
        );
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
