//! The simulator's only source of randomness: `SplitMix64`, seeded by the caller.
//!
//! Every transcendental function comes from `libm`, a software implementation, so a draw is the
//! same bit for bit on native targets and in WebAssembly (the platforms' own `ln`/`cos` may differ
//! in the last bit, which would let two runs of one seed drift apart).

/// A seeded pseudo-random stream (`SplitMix64`: tiny, fast and statistically sound for simulation).
#[derive(Debug, Clone)]
pub(crate) struct Rng(u64);

impl Rng {
    pub(crate) fn new(seed: u64) -> Self {
        Self(seed)
    }

    pub(crate) fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut mixed = self.0;
        mixed = (mixed ^ (mixed >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        mixed = (mixed ^ (mixed >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        mixed ^ (mixed >> 31)
    }

    /// An independent stream for one entity (a member), so adding an entity does not shift the
    /// draws of the others.
    pub(crate) fn fork(&mut self) -> Self {
        Self(self.next_u64())
    }

    /// Uniform in `[0, 1)`.
    pub(crate) fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 * (1.0 / 9_007_199_254_740_992.0)
    }

    /// Standard normal (Box–Muller).
    pub(crate) fn normal(&mut self) -> f64 {
        let radius = 1.0 - self.unit();
        let angle = self.unit();
        libm::sqrt(-2.0 * libm::log(radius)) * libm::cos(std::f64::consts::TAU * angle)
    }

    /// A version-4 UUID as Kafka prints member ids (`8-4-4-4-12` hex digits).
    pub(crate) fn uuid(&mut self) -> String {
        let high = self.next_u64();
        let low = self.next_u64();
        let high = (high & 0xFFFF_FFFF_FFFF_0FFF) | 0x4000;
        let low = (low & 0x3FFF_FFFF_FFFF_FFFF) | 0x8000_0000_0000_0000;
        format!(
            "{:08x}-{:04x}-{:04x}-{:04x}-{:012x}",
            high >> 32,
            (high >> 16) & 0xFFFF,
            high & 0xFFFF,
            low >> 48,
            low & 0xFFFF_FFFF_FFFF
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_stream() {
        let mut first = Rng::new(7);
        let mut second = Rng::new(7);
        for _ in 0..100 {
            assert_eq!(first.next_u64(), second.next_u64());
        }
        assert_ne!(Rng::new(7).next_u64(), Rng::new(8).next_u64());
    }

    #[test]
    fn unit_and_normal_are_in_range() {
        let mut rng = Rng::new(1);
        let mut sum = 0.0;
        for _ in 0..10_000 {
            let unit = rng.unit();
            assert!((0.0..1.0).contains(&unit));
            let normal = rng.normal();
            assert!(normal.is_finite());
            sum += normal;
        }
        assert!((sum / 10_000.0).abs() < 0.05);
    }

    #[test]
    fn uuids_look_like_kafkas() {
        let uuid = Rng::new(3).uuid();
        assert_eq!(uuid.len(), 36);
        assert_eq!(&uuid[14..15], "4");
    }
}
