//! Stable sorting with one copy of the sort in a binary. `slice::sort_by` is compiled once per
//! element type and comparison: the web page's first load carried some seventy copies of the
//! standard sort (a fifth of its code). Here the standard stable sort runs once, on indices, with
//! the comparison behind a reference; each caller adds only the small step that moves its items
//! into that order. For the short lists of the analysis (hosts, members, findings, rows of a
//! table); the long ones on hot paths (a dump's partitions, a series' samples) keep the direct sort.

use std::cmp::Ordering;

/// Sorts `items` by `compare`, keeping equal items in the order they came (as `slice::sort_by`).
pub fn sort_by<T>(items: &mut [T], compare: impl Fn(&T, &T) -> Ordering) {
    let order = stable_order(items.len(), &|left, right| compare(&items[left], &items[right]));
    permute(items, order);
}

/// Sorts `items` by `key`, keeping equal items in the order they came (as `slice::sort_by_key`).
pub fn sort_by_key<T, K: Ord>(items: &mut [T], key: impl Fn(&T) -> K) {
    sort_by(items, |left, right| key(left).cmp(&key(right)));
}

/// The indices `0..n` in the order `compare` puts them, stably: the one sort in the binary.
fn stable_order(n: usize, compare: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|left, right| compare(*left, *right));
    order
}

/// Moves `items` so that position `i` holds what was at `order[i]`, following each cycle of the
/// permutation with swaps (no copy of the items, no `Clone` needed).
fn permute<T>(items: &mut [T], mut order: Vec<usize>) {
    for start in 0..items.len() {
        let mut current = start;
        loop {
            let source = order[current];
            order[current] = current;
            if source == start || source == current {
                break;
            }
            items.swap(current, source);
            current = source;
        }
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    proptest! {
        /// The same order as the standard stable sort, equal keys included.
        #[test]
        fn sorts_as_the_standard_stable_sort(items in proptest::collection::vec((0u8..8, any::<u16>()), 0..200)) {
            let mut ours = items.clone();
            super::sort_by_key(&mut ours, |(key, _)| *key);
            let mut standard = items;
            standard.sort_by_key(|(key, _)| *key);
            prop_assert_eq!(ours, standard);
        }
    }
}
