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

#[cfg(test)]
mod tests {
    use super::*;

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
