//! Rates from a series: how fast each partition is consumed and produced, where its lag is going,
//! and how long it would take to drain at the current rates.
//!
//! Rates are over the whole series (first to last sample with both values known), in records per
//! second; the lag trend is the least-squares slope of lag over time. All arithmetic is plain IEEE
//! doubles (no platform functions), so results are the same natively and in WebAssembly.

use serde::Serialize;

use super::{LagSample, PartitionSeries};

/// What the series says about one partition's pace.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PartitionRates {
    /// Records committed per second over the series.
    pub consume_per_s: Option<f64>,
    /// Records appended to the log per second over the series.
    pub produce_per_s: Option<f64>,
    /// Lag at the first and last sample that has one.
    pub first_lag: Option<i64>,
    /// See `first_lag`.
    pub last_lag: Option<i64>,
    /// Least-squares slope of lag over time, records per second (negative: catching up).
    pub lag_trend_per_s: Option<f64>,
    /// Seconds until the lag is gone at the current rates; `None` when it is not shrinking.
    pub drain_seconds: Option<f64>,
}

/// The rates of one partition's series.
#[must_use]
pub fn partition_rates(series: &PartitionSeries) -> PartitionRates {
    let consume_per_s = rate(&series.samples, LagSample::current_offset);
    let produce_per_s = rate(&series.samples, LagSample::log_end_offset);
    // Read where they are: a long series is not copied.
    let lags = series.samples.iter().filter_map(|sample| Some((sample.time_ms, sample.lag()?)));
    let first_lag = lags.clone().next().map(|(_, lag)| lag);
    let last_lag = lags.clone().next_back().map(|(_, lag)| lag);
    let lag_trend_per_s = slope_per_s(lags);
    let drain_seconds = match (last_lag, consume_per_s, produce_per_s, lag_trend_per_s) {
        // A negative lag (a tool's row read between its two offsets) has nothing to drain.
        (Some(lag), ..) if lag <= 0 => Some(0.0),
        (Some(lag), Some(consume), Some(produce), _) if consume > produce => {
            Some(lag as f64 / (consume - produce))
        }
        (Some(lag), _, _, Some(trend)) if trend < 0.0 => Some(lag as f64 / -trend),
        _ => None,
    };
    PartitionRates { consume_per_s, produce_per_s, first_lag, last_lag, lag_trend_per_s, drain_seconds }
}

/// (last − first) / elapsed seconds over the samples where `value` is known.
fn rate(samples: &[LagSample], value: impl Fn(&LagSample) -> Option<i64>) -> Option<f64> {
    let known = |sample: &LagSample| Some((sample.time_ms, value(sample)?));
    let (first, last) = (samples.iter().find_map(known)?, samples.iter().rev().find_map(known)?);
    let elapsed_ms = last.0.checked_sub(first.0).filter(|elapsed| *elapsed > 0)?;
    Some((last.1 as f64 - first.1 as f64) * 1000.0 / elapsed_ms as f64)
}

/// Least-squares slope of (time ms, value), per second; `None` with fewer than two distinct times.
/// The points are read twice (means, then the sums around them), where they are.
pub(crate) fn slope_per_s(points: impl Iterator<Item = (i64, i64)> + Clone) -> Option<f64> {
    let origin = points.clone().next()?.0;
    let (mut n_points, mut sum_t, mut sum_v) = (0_usize, 0.0, 0.0);
    for (time, value) in points.clone() {
        n_points += 1;
        sum_t += time.saturating_sub(origin) as f64 / 1000.0;
        sum_v += value as f64;
    }
    if n_points < 2 {
        return None;
    }
    let n = n_points as f64;
    let (mean_t, mean_v) = (sum_t / n, sum_v / n);
    let (mut covariance, mut variance) = (0.0, 0.0);
    for (time, value) in points {
        let dt = time.saturating_sub(origin) as f64 / 1000.0 - mean_t;
        covariance += dt * (value as f64 - mean_v);
        variance += dt * dt;
    }
    (variance > 0.0).then(|| covariance / variance)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample(time_s: i64, current: i64, log_end: i64) -> LagSample {
        LagSample::new(time_s * 1000, Some(current), Some(log_end), Some(log_end - current))
    }

    fn series(samples: Vec<LagSample>) -> PartitionSeries {
        PartitionSeries { group: None, topic: "t".into(), partition: 0, samples }
    }

    #[test]
    fn catching_up() {
        // Consumes 10/s, produced 5/s: lag 500 → 250 over 50 s, drains in 50 s more.
        let rates = partition_rates(&series(vec![sample(0, 1_000, 1_500), sample(50, 1_500, 1_750)]));
        assert_eq!(rates.consume_per_s, Some(10.0));
        assert_eq!(rates.produce_per_s, Some(5.0));
        assert_eq!(rates.lag_trend_per_s, Some(-5.0));
        assert_eq!(rates.drain_seconds, Some(50.0));
    }

    #[test]
    fn falling_behind_never_drains() {
        let rates = partition_rates(&series(vec![
            sample(0, 1_000, 1_500),
            sample(60, 1_060, 2_100),
            sample(120, 1_120, 2_700),
        ]));
        assert_eq!(rates.consume_per_s, Some(1.0));
        assert_eq!(rates.produce_per_s, Some(10.0));
        assert_eq!(rates.lag_trend_per_s, Some(9.0));
        assert_eq!(rates.drain_seconds, None);
    }

    #[test]
    fn one_sample_has_no_rates() {
        let rates = partition_rates(&series(vec![sample(0, 1_000, 1_500)]));
        assert_eq!((rates.consume_per_s, rates.lag_trend_per_s, rates.last_lag), (None, None, Some(500)));
    }
}
