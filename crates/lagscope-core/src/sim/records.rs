//! Per-record processing time: the scenario's distribution, its parameters worked out once, and
//! the time of a whole batch drawn from it.

use super::rng::Rng;
use super::scenario::RecordTime;

/// The 99th percentile of the standard normal distribution.
const Z_99: f64 = 2.326_347_874;
/// Batches up to this size are summed record by record; larger ones use the normal approximation.
const EXACT_UP_TO: i64 = 16;

/// A distribution ready to draw from.
#[derive(Debug, Clone, Copy)]
pub(super) struct RecordSampler {
    kind: RecordTime,
    mean: f64,
    deviation: f64,
    /// Log-normal: the σ of the underlying normal.
    sigma: f64,
}

impl RecordSampler {
    pub(super) fn new(kind: RecordTime) -> Self {
        let (mean, deviation, sigma) = match kind {
            RecordTime::Fixed { ms } => (ms, 0.0, 0.0),
            RecordTime::Uniform { min_ms, max_ms } => {
                (f64::midpoint(min_ms, max_ms), (max_ms - min_ms) / 12f64.sqrt(), 0.0)
            }
            RecordTime::Exponential { mean_ms } => (mean_ms, mean_ms, 0.0),
            RecordTime::Lognormal { median_ms, p99_ms } => {
                let sigma = libm::log(p99_ms / median_ms) / Z_99;
                let mu = libm::log(median_ms);
                let mean = libm::exp(mu + sigma * sigma / 2.0);
                let variance = (libm::exp(sigma * sigma) - 1.0) * libm::exp(2.0 * mu + sigma * sigma);
                (mean, variance.sqrt(), sigma)
            }
        };
        Self { kind, mean, deviation, sigma }
    }

    /// The processing time of `n_records` records, in ms: exact sums for small batches, the normal
    /// approximation of the sum (same mean and variance) for large ones.
    pub(super) fn sum_ms(&self, n_records: i64, rng: &mut Rng) -> f64 {
        let n = n_records as f64;
        if let RecordTime::Fixed { ms } = self.kind {
            return ms * n;
        }
        if n_records > EXACT_UP_TO {
            return (self.mean * n + n.sqrt() * self.deviation * rng.normal()).max(0.0);
        }
        (0..n_records)
            .map(|_| match self.kind {
                RecordTime::Fixed { ms } => ms,
                RecordTime::Uniform { min_ms, max_ms } => min_ms + (max_ms - min_ms) * rng.unit(),
                RecordTime::Exponential { mean_ms } => -mean_ms * libm::log(1.0 - rng.unit()),
                RecordTime::Lognormal { median_ms, .. } => median_ms * libm::exp(self.sigma * rng.normal()),
            })
            .sum()
    }
}

/// A call that hangs for some records ([`crate::sim::scenario::ExternalCall`]), ready to draw from.
#[derive(Debug, Clone, Copy)]
pub(super) struct CallSampler {
    share: f64,
    hang: RecordSampler,
    timeout_ms: Option<f64>,
}

/// Above this many hanging calls in one batch, their total is drawn from a sample of them.
const HANGS_DRAWN: i64 = 64;

impl CallSampler {
    pub(super) fn new(call: crate::sim::scenario::ExternalCall) -> Self {
        Self {
            share: call.share,
            hang: RecordSampler::new(call.hang_ms),
            timeout_ms: call.timeout_ms.map(|ms| ms as f64),
        }
    }

    /// How many of `n_records` records make a call that hangs: binomial, drawn by inversion (by
    /// the normal approximation when many are expected).
    pub(super) fn count(&self, n_records: i64, rng: &mut Rng) -> i64 {
        let (n, p) = (n_records as f64, self.share);
        if n_records <= 0 || p <= 0.0 {
            return 0;
        }
        if p >= 1.0 {
            return n_records;
        }
        let expected = n * p;
        if expected > 50.0 {
            let drawn = expected + (expected * (1.0 - p)).sqrt() * rng.normal();
            return (drawn.round() as i64).clamp(0, n_records);
        }
        let target = rng.unit();
        let mut probability = libm::pow(1.0 - p, n);
        let mut cumulative = probability;
        let mut k = 0;
        while cumulative < target && k < n_records {
            probability *= (n - k as f64) / (k as f64 + 1.0) * p / (1.0 - p);
            k += 1;
            cumulative += probability;
        }
        k
    }

    /// The records processed before the first of `n_hangs` hanging calls, placed at random among
    /// `n_records` (the smallest of `n_hangs` uniform positions).
    pub(super) fn records_before_first(n_records: i64, n_hangs: i64, rng: &mut Rng) -> i64 {
        let first = 1.0 - libm::pow(1.0 - rng.unit(), 1.0 / n_hangs.max(1) as f64);
        ((first * n_records as f64).floor() as i64).clamp(0, (n_records - 1).max(0))
    }

    /// How long `n_hangs` hanging calls block in total, each bounded by the timeout, in ms.
    pub(super) fn total_ms(&self, n_hangs: i64, rng: &mut Rng) -> f64 {
        let drawn = n_hangs.min(HANGS_DRAWN);
        let mut total = 0.0;
        for _ in 0..drawn {
            let hang = self.hang.sum_ms(1, rng);
            total += self.timeout_ms.map_or(hang, |timeout| hang.min(timeout));
        }
        total * n_hangs as f64 / drawn.max(1) as f64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hanging_calls_are_binomial_and_bounded_by_the_timeout() {
        let call = crate::sim::scenario::ExternalCall {
            share: 0.002,
            hang_ms: RecordTime::Uniform { min_ms: 900_000.0, max_ms: 1_200_000.0 },
            timeout_ms: Some(10_000),
        };
        let sampler = CallSampler::new(call);
        let mut rng = Rng::new(9);
        let runs = 20_000;
        let total: i64 = (0..runs).map(|_| sampler.count(500, &mut rng)).sum();
        let mean = total as f64 / f64::from(runs);
        assert!((mean - 1.0).abs() < 0.05, "500 × 0.002 = 1 hang per batch on average: {mean}");
        let none = (0..runs).filter(|_| sampler.count(500, &mut rng) == 0).count();
        let share = none as f64 / f64::from(runs);
        assert!((share - 0.998f64.powi(500)).abs() < 0.02, "P(no hang) = 0.998^500 ≈ 0.37: {share}");
        assert!((sampler.total_ms(3, &mut rng) - 30_000.0).abs() < 1e-9, "each hang is cut at the timeout");
        let unbounded = CallSampler::new(crate::sim::scenario::ExternalCall { timeout_ms: None, ..call });
        let hang = unbounded.total_ms(1, &mut rng);
        assert!((900_000.0..=1_200_000.0).contains(&hang));
        for _ in 0..1000 {
            let before = CallSampler::records_before_first(500, 2, &mut rng);
            assert!((0..500).contains(&before));
        }
    }

    #[test]
    fn sums_have_the_distributions_mean() {
        let mut rng = Rng::new(5);
        for kind in [
            RecordTime::Fixed { ms: 2.0 },
            RecordTime::Uniform { min_ms: 1.0, max_ms: 3.0 },
            RecordTime::Exponential { mean_ms: 2.0 },
            RecordTime::Lognormal { median_ms: 1.5, p99_ms: 6.0 },
        ] {
            let sampler = RecordSampler::new(kind);
            for n_records in [1, 10, 500] {
                let runs = 2_000;
                let total: f64 = (0..runs).map(|_| sampler.sum_ms(n_records, &mut rng)).sum();
                let mean = total / f64::from(runs) / n_records as f64;
                assert!(
                    (mean - sampler.mean).abs() < 0.1 * sampler.mean,
                    "{kind:?} n={n_records}: {mean} vs {}",
                    sampler.mean
                );
            }
        }
    }
}
