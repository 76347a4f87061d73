//! Lag in seconds, kafka-lag-exporter's way, exactly: a per-partition lookup table of
//! (log-end offset, time) points, flat runs compressed, and a committed offset's time predicted by
//! interpolating the newest matching pair or extrapolating the oldest–newest trendline
//! (`seglo/kafka-lag-exporter` `LookupTable.scala`, `MemoryTable`; `shared/reference/lag-evaluation.md` §2).
//!
//! The arithmetic is the same IEEE double expression in the same order, so predictions match
//! upstream bit for bit, infinities included. Time lag is then `(now − predicted) / 1000` seconds.
//!
//! Limits of the method (documented upstream and in the reference): with an idle producer the
//! log-end offset is flat, so a lagging consumer's time lag grows with wall time until new data
//! arrives; a table of one flat run predicts ±∞ below and above it; an offset below the oldest
//! point is extrapolated backwards.

use std::collections::VecDeque;

use serde::{Deserialize, Serialize, Serializer};

use crate::l10n::{Arg, Message};

/// A (log-end offset, time) reading.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
pub struct Point {
    /// The log-end offset read.
    pub offset: i64,
    /// When it was read, in milliseconds.
    pub time_ms: i64,
}

/// What adding a point did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AddPointResult {
    /// Appended (the oldest point dropped if the table was full).
    Inserted,
    /// The newest point of a flat run was moved to this one.
    Updated,
    /// Not newer than the newest point: rejected.
    OutOfOrder,
    /// Below the newest point's offset: rejected.
    NonMonotonic,
}

/// What a lookup found.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum LookupResult {
    /// The predicted time (ms) at which the log reached the offset; may be ±∞.
    Prediction(f64),
    /// The offset is the newest log-end offset: no lag.
    LagIsZero,
    /// Fewer than two points.
    TooFewPoints,
}

/// kafka-lag-exporter's in-memory lookup table for one partition.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LookupTable {
    size_limit: usize,
    points: VecDeque<Point>,
}

impl LookupTable {
    /// An empty table holding at most `size_limit` points (upstream default 60).
    #[must_use]
    pub fn new(size_limit: usize) -> Self {
        Self { size_limit: size_limit.max(1), points: VecDeque::new() }
    }

    /// The points, oldest first.
    pub fn points(&self) -> impl Iterator<Item = &Point> {
        self.points.iter()
    }

    /// Adds a reading (`addPoint`).
    pub fn add_point(&mut self, point: Point) -> AddPointResult {
        if let Some(newest) = self.points.back() {
            if newest.time_ms >= point.time_ms {
                return AddPointResult::OutOfOrder;
            }
            if newest.offset > point.offset {
                return AddPointResult::NonMonotonic;
            }
        }
        if self.is_flat(point)
            && let Some(newest) = self.points.back_mut()
        {
            *newest = point;
            return AddPointResult::Updated;
        }
        if self.points.len() >= self.size_limit {
            self.points.pop_front();
        }
        self.points.push_back(point);
        AddPointResult::Inserted
    }

    /// Whether `point` repeats the offset of the last two points.
    fn is_flat(&self, point: Point) -> bool {
        let n_points = self.points.len();
        n_points > 1
            && self.points.get(n_points - 1).is_some_and(|newest| newest.offset == point.offset)
            && self.points.get(n_points - 2).is_some_and(|previous| previous.offset == point.offset)
    }

    /// Predicts when the log reached `offset` (`lookup`).
    #[must_use]
    pub fn lookup(&self, offset: i64) -> LookupResult {
        match self.points.back() {
            Some(newest) if newest.offset == offset => return LagIsZero,
            _ if self.points.len() < 2 => return TooFewPoints,
            _ => {}
        }
        // Adjacent pairs from newest to oldest; the first that contains the offset.
        let pair = (1..self.points.len()).rev().find_map(|index| {
            let (left, right) = (self.points.get(index - 1)?, self.points.get(index)?);
            (offset >= left.offset && offset <= right.offset).then_some((*left, *right))
        });
        let (left, right) = match pair {
            Some(pair) => pair,
            // Extrapolate along the largest trendline available.
            None => match (self.points.front(), self.points.back()) {
                (Some(oldest), Some(newest)) => (*oldest, *newest),
                _ => return TooFewPoints,
            },
        };
        Prediction(predict(offset, left, right))
    }
}

use LookupResult::{LagIsZero, Prediction, TooFewPoints};

/// `Px − Dy × dx / dy`, with the integer differences converted to doubles first, as upstream.
#[allow(clippy::cast_precision_loss, reason = "upstream converts Long differences to Double the same way")]
fn predict(offset: i64, left: Point, right: Point) -> f64 {
    let dx = right.time_ms.wrapping_sub(left.time_ms) as f64;
    let dy = right.offset.wrapping_sub(left.offset) as f64;
    let px = right.time_ms as f64;
    let distance = right.offset.wrapping_sub(offset) as f64;
    px - distance * dx / dy
}

/// Whether an estimate is the time lag itself or a lower bound on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Bound {
    /// The estimate is the time lag.
    Exact,
    /// The time lag is at least this (the table does not reach back far enough to say more).
    AtLeast,
}

/// lagscope's time-lag estimate: kafka-lag-exporter's interpolation where it is sound, and honest
/// bounds where it is not.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct TimeLagEstimate {
    /// Age of the oldest unconsumed record, in seconds (see `bound`).
    pub seconds: f64,
    /// Exact or a lower bound.
    pub bound: Bound,
    /// How it was computed: `caught-up`, `interpolated`, `before-oldest-point`, `idle-producer`,
    /// `too-few-points`.
    pub method: &'static str,
}

impl TimeLagEstimate {
    /// The estimate as people read it: `34 min 56 s`, or `≥ 34 min 56 s` for a lower bound.
    #[must_use]
    pub fn text(&self) -> Message {
        let duration = Arg::seconds(self.seconds);
        match self.bound {
            Bound::Exact => crate::msg!("time-lag-exact", duration = duration),
            Bound::AtLeast => crate::msg!("time-lag-at-least", duration = duration),
        }
    }
}

impl LookupTable {
    /// Estimates the time lag of a consumer at `offset` at `now_ms`, improving on `lookup` where
    /// kafka-lag-exporter's answer misleads:
    ///
    /// - **Idle producer.** When the whole table is one flat run (no record produced in the window),
    ///   upstream divides by zero and reports ±∞. The records the consumer has not read were produced
    ///   before the oldest point, so the time lag is *at least* `now − oldest point`; that is what is
    ///   returned, as a lower bound.
    /// - **Before the oldest point.** Upstream extrapolates along the oldest–newest trendline, which a
    ///   burst inside the window bends arbitrarily (a burst makes old records look recent, a lull
    ///   makes them look ancient). The offset was produced before the oldest point, so the time lag
    ///   is at least `now − oldest point`; the estimate extends the oldest *rising* segment backwards
    ///   (the production rate nearest to that time) and never reports less than the bound.
    /// - **Inside the window** it interpolates exactly as upstream (newest matching pair), so flat
    ///   runs resolve to their latest time and bursts are followed point by point.
    ///
    /// Limits: the table holds what was sampled (upstream: every 30 s, 60 points), so production
    /// inside one sampling interval is assumed to be even; a log-end offset that moves backwards
    /// (topic recreated) stops the table (`NonMonotonic`) exactly as upstream.
    #[must_use]
    pub fn estimate(&self, offset: i64, now_ms: i64) -> TimeLagEstimate {
        let seconds = |predicted_ms: f64| (now_ms as f64 - predicted_ms) / 1000.0;
        let (Some(oldest), Some(newest)) = (self.points.front().copied(), self.points.back().copied()) else {
            return TimeLagEstimate { seconds: f64::NAN, bound: Bound::Exact, method: "too-few-points" };
        };
        if offset >= newest.offset {
            return TimeLagEstimate { seconds: 0.0, bound: Bound::Exact, method: "caught-up" };
        }
        let since_oldest = seconds(oldest.time_ms as f64);
        if oldest.offset == newest.offset {
            return TimeLagEstimate { seconds: since_oldest, bound: Bound::AtLeast, method: "idle-producer" };
        }
        if offset < oldest.offset {
            // The oldest segment whose offsets rise: the production rate nearest to that time.
            let rising = (1..self.points.len()).find_map(|index| {
                let (left, right) = (self.points.get(index - 1)?, self.points.get(index)?);
                (right.offset > left.offset).then_some((*left, *right))
            });
            let extrapolated =
                rising.map_or(since_oldest, |(left, right)| seconds(predict(offset, left, right)));
            return TimeLagEstimate {
                seconds: extrapolated.max(since_oldest),
                bound: Bound::AtLeast,
                method: "before-oldest-point",
            };
        }
        match self.lookup(offset) {
            Prediction(predicted) => {
                TimeLagEstimate { seconds: seconds(predicted), bound: Bound::Exact, method: "interpolated" }
            }
            LagIsZero => TimeLagEstimate { seconds: 0.0, bound: Bound::Exact, method: "caught-up" },
            TooFewPoints => {
                TimeLagEstimate { seconds: f64::NAN, bound: Bound::Exact, method: "too-few-points" }
            }
        }
    }
}

/// The input of `lagscope time-lag`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct TimeLagRequest {
    /// The table's size limit.
    pub table_size: usize,
    /// Operations, applied in order.
    pub ops: Vec<TimeLagOp>,
}

/// One operation of a [`TimeLagRequest`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TimeLagOp {
    /// Add a (log-end offset, time) reading.
    AddPoint(Point),
    /// Predict the time of an offset.
    Lookup {
        /// The committed offset to look up.
        offset: i64,
    },
}

/// One result of `lagscope time-lag`, serialised as the contract says.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum TimeLagResult {
    /// The result of an `add_point`.
    Added(AddPointResult),
    /// The result of a `lookup`.
    Looked(LookupResult),
}

impl Serialize for TimeLagResult {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        match self {
            Self::Added(result) => result.serialize(serializer),
            Self::Looked(LagIsZero) => serializer.serialize_str("lag_is_zero"),
            Self::Looked(TooFewPoints) => serializer.serialize_str("too_few_points"),
            Self::Looked(Prediction(time)) => {
                let mut map = serializer.serialize_map(Some(1))?;
                if time.is_nan() {
                    map.serialize_entry("predicted_time_ms", "NaN")?;
                } else if time.is_infinite() {
                    map.serialize_entry(
                        "predicted_time_ms",
                        if *time > 0.0 { "Infinity" } else { "-Infinity" },
                    )?;
                } else {
                    map.serialize_entry("predicted_time_ms", time)?;
                }
                map.end()
            }
        }
    }
}

/// The output of `lagscope time-lag`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TimeLagResponse {
    /// One result per operation, in order.
    pub results: Vec<TimeLagResult>,
}

/// Runs the operations of a request on a fresh table.
#[must_use]
pub fn run(request: &TimeLagRequest) -> TimeLagResponse {
    let mut table = LookupTable::new(request.table_size);
    let results = request
        .ops
        .iter()
        .map(|op| match *op {
            TimeLagOp::AddPoint(point) => TimeLagResult::Added(table.add_point(point)),
            TimeLagOp::Lookup { offset } => TimeLagResult::Looked(table.lookup(offset)),
        })
        .collect();
    TimeLagResponse { results }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// kafka-lag-exporter's `LookupTableSpec` (`MemoryTable`), as requests and expected results.
    const SPEC: &str = include_str!("../../../tests/fixtures/time-lag/lookup-table-spec.json");

    #[derive(Deserialize)]
    struct Spec {
        cases: Vec<Case>,
    }

    #[derive(Deserialize)]
    struct Case {
        name: String,
        table_size: usize,
        ops: Vec<TimeLagOp>,
        results: Vec<serde_json::Value>,
    }

    #[test]
    fn kafka_lag_exporter_lookup_table_spec() {
        let spec: Spec = serde_json::from_str(SPEC).expect("the spec parses");
        assert_eq!(spec.cases.len(), 8);
        for case in spec.cases {
            let response = run(&TimeLagRequest { table_size: case.table_size, ops: case.ops });
            let actual: Vec<serde_json::Value> = response
                .results
                .iter()
                .map(|result| serde_json::to_value(result).expect("serialises"))
                .collect();
            assert_eq!(actual.len(), case.results.len(), "{}", case.name);
            for (index, (actual, expected)) in actual.iter().zip(&case.results).enumerate() {
                // Numbers compare as exact doubles (`150` and `150.0` are the same prediction).
                let number = |value: &serde_json::Value| {
                    value.get("predicted_time_ms").and_then(serde_json::Value::as_f64)
                };
                match (number(actual), number(expected)) {
                    (Some(actual), Some(expected)) => {
                        assert_eq!(
                            actual.to_bits(),
                            expected.to_bits(),
                            "{} op {index}: {actual} ≠ {expected}",
                            case.name
                        );
                    }
                    _ => assert_eq!(actual, expected, "{} op {index}", case.name),
                }
            }
        }
    }

    fn table(points: &[(i64, i64)]) -> LookupTable {
        let mut table = LookupTable::new(60);
        for &(offset, time_ms) in points {
            table.add_point(Point { offset, time_ms });
        }
        table
    }

    #[test]
    fn estimate_inside_the_window_matches_upstream() {
        let table = table(&[(1_000, 0), (2_000, 30_000)]);
        let estimate = table.estimate(1_500, 30_000);
        assert_eq!((estimate.seconds, estimate.bound, estimate.method), (15.0, Bound::Exact, "interpolated"));
        assert_eq!(table.estimate(2_000, 90_000).method, "caught-up");
    }

    #[test]
    fn estimate_with_an_idle_producer_is_a_lower_bound_not_infinity() {
        // Nothing produced for ten minutes.
        let table = table(&[(100, 0), (100, 300_000), (100, 600_000)]);
        // Upstream predicts −∞ (so the time lag is +∞) for a consumer one record behind.
        assert_eq!(table.lookup(99), Prediction(f64::NEG_INFINITY));
        let estimate = table.estimate(99, 600_000);
        assert_eq!(
            (estimate.seconds, estimate.bound, estimate.method),
            (600.0, Bound::AtLeast, "idle-producer")
        );
    }

    #[test]
    fn estimate_before_the_window_is_not_bent_by_a_burst() {
        // Steady 10 records/s, then a burst of 10,000 in the last interval.
        let table = table(&[(0, 0), (100, 10_000), (200, 20_000), (10_200, 30_000)]);
        // Upstream extrapolates along (0@0, 10,200@30 s): offset −500 looks 1.5 s before the window.
        assert_eq!(table.lookup(-500), Prediction(-1_470.588_235_294_119));
        // The oldest rising segment says 10 records/s: produced 50 s before the window.
        let estimate = table.estimate(-500, 30_000);
        assert_eq!(
            (estimate.seconds, estimate.bound, estimate.method),
            (80.0, Bound::AtLeast, "before-oldest-point")
        );
    }

    #[test]
    fn flat_runs_keep_their_first_and_latest_times() {
        let mut table = LookupTable::new(10);
        for (offset, time_ms) in [(100, 10), (200, 20), (200, 30), (200, 40)] {
            table.add_point(Point { offset, time_ms });
        }
        let points: Vec<(i64, i64)> = table.points().map(|point| (point.offset, point.time_ms)).collect();
        assert_eq!(points, vec![(100, 10), (200, 20), (200, 40)]);
    }
}
