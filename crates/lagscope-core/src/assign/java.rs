//! The parts of Java's behaviour that decide Kafka's assignments: `String.compareTo` and
//! `String.hashCode` over UTF-16 code units, `java.util.HashMap`/`HashSet` iteration order, and
//! `Uuid` ordering and hashing.
//!
//! Kafka's assignors iterate hash maps in several places where the order changes the result
//! (which owner keeps a partition, which partition moves). These functions reproduce the JDK's
//! order (stable since JDK 8): bucket `(h ^ (h >>> 16)) & (capacity - 1)`, buckets in ascending
//! order, insertion order within a bucket, capacity doubling at a 0.75 load factor and when a chain
//! would reach nine nodes while the table is smaller than 64. Red-black tree bins (nine or more
//! colliding keys in a table of 64 or more) are not modelled: they need deliberately colliding
//! names and change only the order among those colliding keys.

use std::cmp::Ordering;

use crate::l10n::Message;

/// Java's `String.compareTo`: lexicographic over UTF-16 code units (not Rust's code-point order,
/// which differs when a supplementary character meets one in U+E000..U+FFFF).
#[must_use]
pub fn compare_utf16(left: &str, right: &str) -> Ordering {
    if left.is_ascii() && right.is_ascii() {
        return left.as_bytes().cmp(right.as_bytes());
    }
    left.encode_utf16().cmp(right.encode_utf16())
}

/// Java's `String.hashCode`: `h = 31 * h + c` over UTF-16 code units, wrapping.
#[must_use]
pub fn string_hash(text: &str) -> i32 {
    text.encode_utf16().fold(0_i32, |hash, unit| hash.wrapping_mul(31).wrapping_add(i32::from(unit)))
}

/// `TopicPartition.hashCode()`: `31 * (31 + partition) + topic.hashCode()`.
#[must_use]
pub fn topic_partition_hash(topic_hash: i32, partition: i32) -> i32 {
    31_i32.wrapping_mul(31_i32.wrapping_add(partition)).wrapping_add(topic_hash)
}

/// The bucket of a key with this `hashCode` in a table of `capacity` (a power of two).
#[must_use]
pub fn bucket(hash: i32, capacity: usize) -> usize {
    let h = hash as u32;
    ((h ^ (h >> 16)) as usize) & (capacity - 1)
}

/// `HashMap.tableSizeFor`: the smallest power of two at least `wanted` (at least 1).
#[must_use]
pub fn table_size_for(wanted: usize) -> usize {
    wanted.max(1).next_power_of_two()
}

/// The capacity `new HashSet<>(collection)` and `new HashMap<>(map)` start from for `n` elements.
#[must_use]
pub fn copy_constructor_capacity(n: usize) -> usize {
    // HashSet(Collection): new HashMap<>(Math.max((int) (c.size() / .75f) + 1, 16)).
    let wanted = ((n as f32 / 0.75_f32) as usize + 1).max(16);
    table_size_for(wanted)
}

/// A simulation of one `java.util.HashMap` (or `HashSet`) of distinct keys: enough to know its
/// capacity and each key's place in the iteration order as keys are inserted and removed.
#[derive(Debug, Clone)]
pub struct HashOrder {
    capacity: usize,
    /// Keys present: (hash, insertion sequence, caller's payload).
    entries: Vec<(i32, u64, u32)>,
    next_sequence: u64,
}

impl HashOrder {
    /// `new HashMap<>()`: the table of 16 is allocated at the first insertion.
    #[must_use]
    pub fn new() -> Self {
        Self::with_capacity(16)
    }

    /// A map whose table starts at `capacity` (a power of two), e.g. `new HashMap<>(n)`.
    #[must_use]
    pub fn with_capacity(capacity: usize) -> Self {
        Self { capacity: table_size_for(capacity), entries: Vec::new(), next_sequence: 0 }
    }

    /// The current table size.
    #[must_use]
    pub fn capacity(&self) -> usize {
        self.capacity
    }

    /// Number of keys.
    #[must_use]
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether the map is empty.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// `put` of a new key (the caller guarantees it is absent): appended to its bucket's chain,
    /// then the table grows as `putVal` grows it.
    pub fn insert(&mut self, hash: i32, payload: u32) {
        let target = bucket(hash, self.capacity);
        let chain_before =
            self.entries.iter().filter(|(other, _, _)| bucket(*other, self.capacity) == target).count();
        self.entries.push((hash, self.next_sequence, payload));
        self.next_sequence += 1;
        // putVal: a chain that had TREEIFY_THRESHOLD (8) nodes triggers treeifyBin, which resizes
        // instead while the table is smaller than MIN_TREEIFY_CAPACITY (64).
        if chain_before >= 8 && self.capacity < 64 {
            self.capacity *= 2;
        }
        if self.entries.len() * 4 > self.capacity * 3 {
            self.capacity *= 2;
        }
    }

    /// `remove` of a present key, identified by its payload. The table never shrinks.
    pub fn remove(&mut self, payload: u32) {
        if let Some(index) = self.entries.iter().position(|(_, _, p)| *p == payload) {
            self.entries.remove(index);
        }
    }

    /// The payload `iterator().next()` returns.
    #[must_use]
    pub fn first(&self) -> Option<u32> {
        self.entries
            .iter()
            .min_by_key(|(hash, sequence, _)| (bucket(*hash, self.capacity), *sequence))
            .map(|(_, _, payload)| *payload)
    }

    /// Payloads in iteration order.
    #[must_use]
    pub fn iteration_order(&self) -> Vec<u32> {
        let mut entries = self.entries.clone();
        entries.sort_by_key(|(hash, sequence, _)| (bucket(*hash, self.capacity), *sequence));
        entries.into_iter().map(|(_, _, payload)| payload).collect()
    }
}

impl Default for HashOrder {
    fn default() -> Self {
        Self::new()
    }
}

/// The iteration order of a `HashMap`/`HashSet` (starting at `initial_capacity`) into which
/// distinct keys with these hashes were put in this order: returns indexes into `hashes`.
///
/// Runs in O(n log n) plus one recount per resize, so it serves maps of millions of keys.
#[must_use]
pub fn iteration_order(hashes: &[i32], initial_capacity: usize) -> Vec<usize> {
    let mut capacity = table_size_for(initial_capacity);
    let mut chain_lengths = vec![0_u32; capacity];
    for (inserted, &hash) in hashes.iter().enumerate() {
        let target = bucket(hash, capacity);
        let chain_before = chain_lengths[target];
        chain_lengths[target] += 1;
        let mut grown = false;
        if chain_before >= 8 && capacity < 64 {
            capacity *= 2;
            grown = true;
        }
        if (inserted + 1) * 4 > capacity * 3 {
            capacity *= 2;
            grown = true;
        }
        if grown {
            chain_lengths = vec![0_u32; capacity];
            for &earlier in &hashes[..=inserted] {
                chain_lengths[bucket(earlier, capacity)] += 1;
            }
        }
    }
    let mut order: Vec<usize> = (0..hashes.len()).collect();
    order.sort_by_key(|&index| (bucket(hashes[index], capacity), index));
    order
}

/// A Kafka `Uuid`: two signed 64-bit halves, compared as `Uuid.compareTo` does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Uuid {
    /// `mostSignificantBits`.
    pub most_significant: i64,
    /// `leastSignificantBits`.
    pub least_significant: i64,
}

impl Uuid {
    /// `Uuid.fromString`: URL-safe base64 without padding of the 16 bytes, big-endian. Like Java's
    /// decoder it ignores the unused low bits of the last character.
    pub fn parse(text: &str) -> Result<Self, Message> {
        let bytes = text.as_bytes();
        if bytes.len() != 22 {
            return Err(crate::msg!("assign-invalid-topic-id-length", topic_id = text, length = bytes.len()));
        }
        let mut value: u128 = 0;
        for (index, &byte) in bytes.iter().enumerate() {
            let sextet = match byte {
                b'A'..=b'Z' => byte - b'A',
                b'a'..=b'z' => byte - b'a' + 26,
                b'0'..=b'9' => byte - b'0' + 52,
                b'-' => 62,
                b'_' => 63,
                _ => {
                    return Err(crate::msg!(
                        "assign-invalid-topic-id-character",
                        topic_id = text,
                        character = char::from(byte)
                    ));
                }
            };
            // 22 sextets = 132 bits: only the top 2 bits of the last one carry data.
            value = if index == 21 {
                (value << 2) | u128::from(sextet >> 4)
            } else {
                (value << 6) | u128::from(sextet)
            };
        }
        Ok(Self {
            most_significant: ((value >> 64) as u64).cast_signed(),
            least_significant: (value as u64).cast_signed(),
        })
    }

    /// A stable id for a topic that has none in the input: two FNV-1a hashes of the name.
    #[must_use]
    pub fn derived_from_name(name: &str) -> Self {
        let fnv = |offset: u64| {
            name.bytes()
                .fold(offset, |hash, byte| (hash ^ u64::from(byte)).wrapping_mul(0x0000_0100_0000_01b3))
        };
        Self {
            most_significant: fnv(0xcbf2_9ce4_8422_2325).cast_signed(),
            least_significant: fnv(0x8422_2325_cbf2_9ce4).cast_signed(),
        }
    }

    /// `Uuid.hashCode()`.
    #[must_use]
    pub fn java_hash(self) -> i32 {
        let mixed = self.most_significant ^ self.least_significant;
        ((mixed >> 32) as i32) ^ (mixed as i32)
    }

    /// `Uuid.toString()`.
    #[must_use]
    pub fn to_base64(self) -> String {
        const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        let value = (u128::from(self.most_significant.cast_unsigned()) << 64)
            | u128::from(self.least_significant.cast_unsigned());
        // 22 sextets over the 128 bits followed by 4 zero bits.
        (0..22_i32)
            .map(|index| {
                let shift = 122 - 6 * index;
                let sextet = if shift >= 0 { value >> shift } else { value << -shift };
                char::from(ALPHABET[(sextet & 63) as usize])
            })
            .collect()
    }
}

impl Ord for Uuid {
    fn cmp(&self, other: &Self) -> Ordering {
        self.most_significant
            .cmp(&other.most_significant)
            .then(self.least_significant.cmp(&other.least_significant))
    }
}

impl PartialOrd for Uuid {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn string_hash_matches_java() {
        assert_eq!(string_hash(""), 0);
        // Known Java values: "a".hashCode() == 97, "ab" == 3105, "topic" == 110_546_223.
        assert_eq!(string_hash("a"), 97);
        assert_eq!(string_hash("ab"), 3105);
        assert_eq!(string_hash("topic"), 110_546_223);
        // Overflow wraps: "polygenelubricants".hashCode() == Integer.MIN_VALUE.
        assert_eq!(string_hash("polygenelubricants"), i32::MIN);
    }

    #[test]
    fn utf16_order_differs_from_code_point_order() {
        let supplementary = "\u{1F600}";
        let private_use = "\u{E000}";
        assert_eq!(supplementary.cmp(private_use), Ordering::Greater);
        assert_eq!(compare_utf16(supplementary, private_use), Ordering::Less);
    }

    #[test]
    fn small_hash_map_iterates_by_bucket() {
        // "b" (98) lands in bucket 2, "a" (97) in bucket 1: iteration gives "a" first.
        let order = iteration_order(&[string_hash("b"), string_hash("a")], 16);
        assert_eq!(order, vec![1, 0]);
    }

    #[test]
    fn uuid_round_trips_and_orders_signed() {
        let id = Uuid::parse("T2-B4s3VTwiI5YHbPp6YUQ").unwrap();
        assert_eq!(id.to_base64(), "T2-B4s3VTwiI5YHbPp6YUQ");
        // The non-canonical last character decodes to the same Uuid.
        assert_eq!(Uuid::parse("T2-B4s3VTwiI5YHbPp6YUe").unwrap(), id);
        let negative = Uuid { most_significant: -1, least_significant: 0 };
        let positive = Uuid { most_significant: 1, least_significant: 0 };
        assert!(negative < positive);
    }

    #[test]
    fn hash_order_tracks_removal_and_reinsertion() {
        let mut set = HashOrder::new();
        set.insert(string_hash("a"), 0);
        set.insert(string_hash("q"), 1); // 'q' = 113 = 97 + 16: same bucket as "a" in 16.
        assert_eq!(set.first(), Some(0));
        set.remove(0);
        set.insert(string_hash("a"), 0);
        assert_eq!(set.first(), Some(1));
    }
}
