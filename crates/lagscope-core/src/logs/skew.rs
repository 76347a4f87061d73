//! Clock skew between the hosts whose lines tell the same rebalances: measured, reported, never
//! corrected in silence.
//!
//! When the join phase of a classic rebalance completes, the group coordinator answers every
//! member's pending `JoinGroup` at once (Kafka 2.x/3.x `GroupCoordinator.onCompleteJoin`, 4.x
//! `GroupMetadataManager.completeClassicGroupJoin`), logging `Stabilized group … generation N` as
//! it does; each member is waiting inside `poll()` for that answer
//! (`AbstractCoordinator.joinGroupIfNeeded`) and logs `Successfully joined group with generation N`
//! when it arrives (`AbstractCoordinator.JoinGroupResponseHandler`), a network round trip later.
//! So, for one generation, every host's line carries the same moment give or take milliseconds: a
//! host whose lines sit seconds away from the others' generation after generation has a clock
//! that is off by that much, and an offset of whole quarter hours is a zone (a log written in
//! local time without its offset, read as UTC) rather than a clock.
//!
//! The reference of a generation is the lower median of the consumers' hosts' times (with two
//! hosts, the earlier one: which of the two is off cannot be known); the broker is measured
//! against the consumers. A host's offset is the median over the generations it was measured in.

use std::collections::BTreeMap;

use serde::Serialize;

use super::messages::EventKind;
use super::timeline::GroupLog;

/// Offsets smaller than this are network and scheduling delays, not clocks.
pub const REPORTED_SKEW_MS: i64 = 1_000;

/// A quarter of an hour: zones differ by multiples of it.
const QUARTER_HOUR_MS: i64 = 15 * 60_000;

/// How far from a whole number of quarter hours an offset may be and still read as a zone.
const ZONE_TOLERANCE_MS: i64 = 2 * 60_000;

/// One host's clock against the others'.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ClockSkew {
    /// The host (a broker's lines that name none: `None`).
    pub host: Option<String>,
    /// Whether it is the broker's (its `Stabilized group` lines) rather than a consumer's.
    pub broker: bool,
    /// How far its clock is ahead of the others' (negative: behind), in milliseconds.
    pub offset_ms: i64,
    /// How many generations it was measured in.
    pub generations: usize,
    /// Whether the offset is a whole number of quarter hours, 15 minutes or more: a zone rather
    /// than a clock.
    pub looks_like_zone: bool,
}

/// One generation's moments: each consumer host's first join, and the broker's stabilisation (by
/// the host its lines name, if any).
#[derive(Default)]
struct GenerationMoments<'a> {
    consumers: BTreeMap<&'a str, i64>,
    brokers: BTreeMap<Option<&'a str>, i64>,
}

/// The lower median of `values` (not empty).
fn lower_median(values: &mut [i64]) -> i64 {
    values.sort_unstable();
    values[(values.len() - 1) / 2]
}

/// Whether `offset_ms` is a whole number of quarter hours (15 minutes or more).
fn is_zone_like(offset_ms: i64) -> bool {
    let magnitude = offset_ms.unsigned_abs();
    let quarter = QUARTER_HOUR_MS.unsigned_abs();
    let tolerance = ZONE_TOLERANCE_MS.unsigned_abs();
    let from_whole = magnitude % quarter;
    magnitude + tolerance >= quarter && (from_whole <= tolerance || quarter - from_whole <= tolerance)
}

/// The hosts whose clocks are [`REPORTED_SKEW_MS`] or more away from the others', measured on
/// every group's generations; by host.
#[must_use]
pub fn clock_skews(groups: &[GroupLog]) -> Vec<ClockSkew> {
    // (host, is the broker) → its offset in each generation measured.
    let mut offsets: BTreeMap<(Option<String>, bool), Vec<i64>> = BTreeMap::new();
    for group in groups {
        let mut by_generation: BTreeMap<i32, GenerationMoments<'_>> = BTreeMap::new();
        for event in &group.events {
            let Some(time_ms) = event.time_ms else { continue };
            let first = match (&event.kind, event.host.as_deref()) {
                (EventKind::Joined { generation: Some(generation), .. }, Some(host)) => {
                    by_generation.entry(*generation).or_default().consumers.entry(host).or_insert(time_ms)
                }
                (EventKind::Stabilized { generation: Some(generation), .. }, host) => {
                    by_generation.entry(*generation).or_default().brokers.entry(host).or_insert(time_ms)
                }
                _ => continue,
            };
            *first = (*first).min(time_ms);
        }
        for GenerationMoments { consumers, brokers } in by_generation.values() {
            if consumers.is_empty() || consumers.len() + brokers.len() < 2 {
                continue;
            }
            let reference = lower_median(&mut consumers.values().copied().collect::<Vec<_>>());
            if consumers.len() >= 2 {
                for (host, time_ms) in consumers {
                    offsets
                        .entry((Some((*host).to_owned()), false))
                        .or_default()
                        .push(time_ms.saturating_sub(reference));
                }
            }
            for (host, time_ms) in brokers {
                offsets
                    .entry((host.map(str::to_owned), true))
                    .or_default()
                    .push(time_ms.saturating_sub(reference));
            }
        }
    }
    offsets
        .into_iter()
        .filter_map(|((host, broker), mut measured)| {
            let generations = measured.len();
            let offset_ms = lower_median(&mut measured);
            (offset_ms.unsigned_abs() >= REPORTED_SKEW_MS.unsigned_abs()).then(|| ClockSkew {
                host,
                broker,
                offset_ms,
                generations,
                looks_like_zone: is_zone_like(offset_ms),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::is_zone_like;

    #[test]
    fn whole_quarter_hours_read_as_zones() {
        for hours_ms in [9 * 3_600_000, -5 * 3_600_000, 5 * 3_600_000 + 30 * 60_000, 45 * 60_000, 15 * 60_000]
        {
            assert!(is_zone_like(hours_ms), "{hours_ms}");
            assert!(is_zone_like(hours_ms + 90_000), "{hours_ms} and 90 s");
        }
        for offset in [3_000, 5 * 60_000, 7 * 60_000, 22 * 60_000 + 30_000, -37 * 60_000] {
            assert!(!is_zone_like(offset), "{offset}");
        }
    }
}
