//! Which partition a key goes to: the Java producer's default, `BuiltInPartitioner.partitionForKey`
//! (`Utils.toPositive(Utils.murmur2(serializedKey)) % numPartitions`, Kafka 4.0), for a key
//! serialised as UTF-8 (`StringSerializer`). A lesson shows what adding partitions does to keys.

/// Kafka's `Utils.murmur2`: `MurmurHash2`, seed `0x9747b28c`, as Java's 32-bit signed arithmetic.
#[must_use]
pub fn murmur2(data: &[u8]) -> i32 {
    const M: u32 = 0x5bd1_e995;
    const R: u32 = 24;
    let length = data.len();
    let mut h: u32 = 0x9747_b28c ^ (length as u32);
    let mut chunks = data.chunks_exact(4);
    for chunk in &mut chunks {
        let mut k = u32::from_le_bytes([chunk[0], chunk[1], chunk[2], chunk[3]]);
        k = k.wrapping_mul(M);
        k ^= k >> R;
        k = k.wrapping_mul(M);
        h = h.wrapping_mul(M);
        h ^= k;
    }
    let rest = chunks.remainder();
    // Java's switch falls through from case 3 to case 1.
    if rest.len() >= 3 {
        h ^= u32::from(rest[2]) << 16;
    }
    if rest.len() >= 2 {
        h ^= u32::from(rest[1]) << 8;
    }
    if !rest.is_empty() {
        h ^= u32::from(rest[0]);
        h = h.wrapping_mul(M);
    }
    h ^= h >> 13;
    h = h.wrapping_mul(M);
    h ^= h >> 15;
    h.cast_signed()
}

/// The partition of `key` among `partitions` (at least 1).
#[must_use]
pub fn partition_for_key(key: &str, partitions: u32) -> u32 {
    // `Utils.toPositive`: `number & 0x7fffffff`.
    let positive = (murmur2(key.as_bytes()) & 0x7fff_ffff) as u32;
    positive % partitions.max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Kafka's `UtilsTest.testMurmur2`.
    #[test]
    fn murmur2_is_kafkas() {
        for (key, hash) in [
            ("21", -973_932_308),
            ("foobar", -790_332_482),
            ("a-little-bit-long-string", -985_981_536),
            ("a-little-bit-longer-string", -1_486_304_829),
            ("lkjh234lh9fiuh90y23oiuhsafujhadof229phr9h19h89h8", -58_897_971),
            ("abc", 479_470_107),
        ] {
            assert_eq!(murmur2(key.as_bytes()), hash, "{key}");
        }
    }

    #[test]
    fn a_key_keeps_its_partition_until_the_count_changes() {
        let before = partition_for_key("order-42", 6);
        assert_eq!(before, partition_for_key("order-42", 6));
        assert!(before < 6);
        // Adding partitions moves most keys: of 1,000 keys, about half leave their partition
        // going from 6 to 12 (those whose hash is ≥ 6 modulo 12).
        let moved = (0..1000)
            .filter(|n| {
                let key = format!("order-{n}");
                partition_for_key(&key, 6) != partition_for_key(&key, 12)
            })
            .count();
        assert!((400..600).contains(&moved), "{moved}");
    }
}
