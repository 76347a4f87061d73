//! A run read through time, for the views that replay it (the Playground and the lessons): one
//! lane per partition with who fetched it when, the group at any moment, the total lag and the
//! lag in seconds at each sample, and where the lag sits by host.

use super::output::{Outcome, SimEvent};

/// Who fetched a partition over one stretch of the run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    /// From (epoch ms).
    pub from_ms: i64,
    /// To (epoch ms), exclusive.
    pub to_ms: i64,
    /// The member (index into `Outcome::members`) fetching it; `None` while nobody did (not yet
    /// assigned, revoked, its consumer crashed or stopped).
    pub member: Option<u32>,
}

/// One partition's lane.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Lane {
    /// `topic-partition`.
    pub name: String,
    /// Its spans, in time order, covering the run from its first sample to its last.
    pub spans: Vec<Span>,
}

/// Every partition's lane.
#[must_use]
pub fn lanes(outcome: &Outcome) -> Vec<Lane> {
    let start = outcome.sample_times_ms.first().copied().unwrap_or(0);
    let end = outcome.sample_times_ms.last().copied().unwrap_or(start);
    outcome
        .partitions
        .iter()
        .map(|partition| {
            let mut spans: Vec<Span> = Vec::with_capacity(partition.fetched_by.len() + 1);
            let mut from = start;
            let mut member = None;
            for &(at, next) in &partition.fetched_by {
                let at = at.clamp(start, end);
                if at > from {
                    spans.push(Span { from_ms: from, to_ms: at, member });
                }
                from = at;
                member = next;
            }
            if end > from || spans.is_empty() {
                spans.push(Span { from_ms: from, to_ms: end.max(from), member });
            }
            Lane { name: format!("{}-{}", partition.topic, partition.partition), spans }
        })
        .collect()
}

/// The sample at or just before `at_ms` (the first one when `at_ms` is earlier).
#[must_use]
pub fn sample_at(outcome: &Outcome, at_ms: i64) -> usize {
    outcome.sample_times_ms.partition_point(|time| *time <= at_ms).saturating_sub(1)
}

/// The group's total lag at each sample (known lags only; saturating).
#[must_use]
pub fn total_lag(outcome: &Outcome) -> Vec<i64> {
    (0..outcome.sample_times_ms.len())
        .map(|index| {
            crate::model::saturating_sum(
                outcome.partitions.iter().filter_map(|partition| partition.lag.get(index).copied().flatten()),
            )
        })
        .collect()
}

/// How far behind the group is in time at each sample, in ms: for each partition, how long ago
/// its log end stood at today's committed offset (kafka-lag-exporter's estimate, here from the
/// run's own samples, interpolating between them), the largest over partitions. `None` before any
/// commit.
#[must_use]
pub fn time_lag_ms(outcome: &Outcome) -> Vec<Option<i64>> {
    let times = &outcome.sample_times_ms;
    (0..times.len())
        .map(|index| {
            outcome
                .partitions
                .iter()
                .filter_map(|partition| {
                    let committed = partition.committed.get(index).copied().flatten()?;
                    let end = partition.log_end_offset.get(index).copied().flatten()?;
                    if committed >= end {
                        return Some(0);
                    }
                    // The latest sample at or before this one whose log end was at or below the
                    // committed offset: the records after it were written after that moment.
                    // A log end only grows (unknown before the partition exists), so the samples at
                    // or below the committed offset are a prefix: found by bisection, not a scan
                    // back from every sample (quadratic on a long run).
                    let prefix = partition.log_end_offset[..=index]
                        .partition_point(|offset| offset.is_none_or(|offset| offset <= committed));
                    let earlier = prefix.checked_sub(1).filter(|&at| partition.log_end_offset[at].is_some());
                    let Some(at) = earlier else { return Some(times[index] - times[0]) };
                    let (low, low_time) = (partition.log_end_offset[at].unwrap_or(0), times[at]);
                    let written_at =
                        match (partition.log_end_offset.get(at + 1).copied().flatten(), times.get(at + 1)) {
                            (Some(high), Some(&high_time)) if high > low => {
                                let share = (committed - low) as f64 / (high - low) as f64;
                                low_time + ((high_time - low_time) as f64 * share) as i64
                            }
                            _ => low_time,
                        };
                    Some((times[index] - written_at).max(0))
                })
                .max()
        })
        .collect()
}

/// The lag of the partitions each host's members own at a sample, by host name, in the order the
/// hosts appear; partitions without an owner are left out.
#[must_use]
pub fn lag_by_host(outcome: &Outcome, sample: usize) -> Vec<(String, i64)> {
    let mut by_host: Vec<(String, i64)> = outcome.hosts.iter().map(|host| (host.host.clone(), 0)).collect();
    for partition in &outcome.partitions {
        let (Some(Some(owner)), Some(Some(lag))) = (partition.owner.get(sample), partition.lag.get(sample))
        else {
            continue;
        };
        let Some(member) = outcome.members.get(*owner as usize) else { continue };
        if let Some(entry) = by_host.iter_mut().find(|(host, _)| *host == member.host) {
            entry.1 = entry.1.saturating_add(*lag);
        }
    }
    by_host
}

/// Each host's records processed over the run and its share of the group's, in the order the
/// hosts appeared: (host, address, processed, share); the share is `None` when nothing was
/// processed at all.
#[must_use]
pub fn host_shares(outcome: &Outcome) -> Vec<(String, String, u64, Option<f64>)> {
    let processed: Vec<u64> = outcome
        .hosts
        .iter()
        .map(|host| host.processed.iter().fold(0_u64, |sum, n| sum.saturating_add(*n)))
        .collect();
    let total = processed.iter().fold(0_u64, |sum, n| sum.saturating_add(*n));
    outcome
        .hosts
        .iter()
        .zip(processed)
        .map(|(host, n)| {
            (host.host.clone(), host.address.clone(), n, (total > 0).then(|| n as f64 / total as f64))
        })
        .collect()
}

/// The group's members at a sample that own no partition (idle: more consumers than partitions).
#[must_use]
pub fn idle_members(outcome: &Outcome, sample: usize) -> Vec<u32> {
    let Some(group) = outcome.samples.get(sample) else { return Vec::new() };
    group
        .members
        .iter()
        .copied()
        .filter(|member| {
            !outcome.partitions.iter().any(|partition| partition.owner.get(sample) == Some(&Some(*member)))
        })
        .collect()
}

/// The events up to `at_ms`, newest last.
#[must_use]
pub fn events_until(outcome: &Outcome, at_ms: i64) -> &[SimEvent] {
    let end = outcome.events.partition_point(|event| event.at_ms <= at_ms);
    &outcome.events[..end]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::{Scenario, simulate};

    fn run(json: &str) -> Outcome {
        simulate(&Scenario::from_json(json).unwrap(), 1).unwrap()
    }

    #[test]
    fn a_lane_goes_dark_from_a_crash_until_another_member_takes_it() {
        let outcome =
            run(r#"{"duration_s": 120, "sample_every_s": 1, "topics": [{"name": "t", "partitions": 2}],
                "produce": [{"records_per_s": 10}], "hosts": [{"name": "A"}, {"name": "B"}],
                "consumer": {"session_timeout_ms": 10000},
                "operations": [{"at_s": 60, "crash": {"target": "A"}}]}"#);
        let lanes = lanes(&outcome);
        assert_eq!(lanes.len(), 2);
        let start = outcome.sample_times_ms[0];
        for lane in &lanes {
            // The lane covers the run without gaps.
            assert_eq!(lane.spans.first().unwrap().from_ms, start);
            assert_eq!(lane.spans.last().unwrap().to_ms, *outcome.sample_times_ms.last().unwrap());
            assert!(lane.spans.windows(2).all(|pair| pair[0].to_ms == pair[1].from_ms));
        }
        // A's partition: dark from the crash (60 s) for about the session timeout, then B's.
        let host_of = |member: u32| outcome.members[member as usize].host.as_str();
        let lane = lanes
            .iter()
            .find(|lane| lane.spans.iter().any(|span| span.member.is_some_and(|m| host_of(m) == "A")))
            .unwrap();
        let dark =
            lane.spans.iter().find(|span| span.member.is_none() && span.from_ms >= start + 60_000).unwrap();
        assert_eq!(dark.from_ms, start + 60_000);
        let dark_s = (dark.to_ms - dark.from_ms) / 1000;
        assert!((10..=15).contains(&dark_s), "{dark_s}");
        assert_eq!(lane.spans.last().unwrap().member.map(host_of), Some("B"));
    }

    #[test]
    fn the_time_lag_is_how_long_ago_the_committed_offset_was_the_log_end() {
        // 100 records/s into one partition, nobody consuming after a crash at 10 s.
        let outcome =
            run(r#"{"duration_s": 60, "sample_every_s": 1, "topics": [{"name": "t", "partitions": 1}],
                "produce": [{"records_per_s": 100}], "hosts": [{"name": "A"}],
                "consumer": {"enable_auto_commit": false},
                "operations": [{"at_s": 10, "crash": {"target": "A"}}]}"#);
        let lag = time_lag_ms(&outcome);
        let last = lag.last().copied().flatten().unwrap();
        // Stuck since about 10 s: about 50 s behind at 60 s.
        assert!((48_000..=52_000).contains(&last), "{last}");
        assert_eq!(total_lag(&outcome).len(), outcome.sample_times_ms.len());
    }
}
