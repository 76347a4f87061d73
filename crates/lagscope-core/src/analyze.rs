//! Lag over time, analysed: for each partition its rates, lag trend, time to drain and Burrow's
//! verdict with the rule that decided it; for each group and each host the same rolled up.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::burrow::{Decision, EvaluatorConfig, GroupStatus, Status, evaluate_group};
use crate::series::LagSeries;
use crate::series::rates::{PartitionRates, partition_rates};
use crate::series::windows::burrow_window;
use crate::time_lag::{LookupResult, LookupTable, Point, TimeLagEstimate};

/// The analysis of a series.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct AnalysisReport {
    /// The sample times, oldest first (ms since the epoch).
    pub times_ms: Vec<i64>,
    /// One entry per group, sorted by id.
    pub groups: Vec<GroupAnalysis>,
    /// Per-host processed counts over time (from a host × hour table), as the table orders hosts.
    pub host_throughput: Vec<HostThroughputSummary>,
}

/// One host's processed counts, summarised.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct HostThroughputSummary {
    /// The host.
    pub host: String,
    /// Records processed over the table.
    pub total: i64,
    /// Its share of all hosts' records, 0 to 1.
    pub share_of_total: Option<f64>,
    /// Records in the first and the last interval.
    pub first_count: Option<i64>,
    /// See `first_count`.
    pub last_count: Option<i64>,
    /// The largest count of an interval, and records per hour at that interval.
    pub max_per_hour: Option<f64>,
    /// Records per hour over the whole table.
    pub mean_per_hour: Option<f64>,
}

/// Summarises per-host counts (a host × hour table).
#[must_use]
pub fn summarize_hosts(hosts: &[crate::series::host_table::HostThroughput]) -> Vec<HostThroughputSummary> {
    let totals: Vec<i64> = hosts
        .iter()
        .map(|host| host.counts.iter().filter_map(|count| count.count).fold(0_i64, i64::saturating_add))
        .collect();
    let grand_total = totals.iter().copied().fold(0_i64, i64::saturating_add);
    hosts
        .iter()
        .zip(totals)
        .map(|(host, total)| {
            let per_hour = |count: &crate::series::host_table::HostCount| {
                count.count.map(|value| value as f64 * 3_600_000.0 / count.duration_ms as f64)
            };
            let known_ms: i64 =
                host.counts.iter().filter(|count| count.count.is_some()).map(|count| count.duration_ms).sum();
            HostThroughputSummary {
                host: host.host.clone(),
                total,
                share_of_total: (grand_total > 0).then(|| total as f64 / grand_total as f64),
                first_count: host.counts.first().and_then(|count| count.count),
                last_count: host.counts.last().and_then(|count| count.count),
                max_per_hour: host
                    .counts
                    .iter()
                    .filter_map(per_hour)
                    .fold(None, |max: Option<f64>, value| Some(max.map_or(value, |max| max.max(value)))),
                mean_per_hour: (known_ms > 0).then(|| total as f64 * 3_600_000.0 / known_ms as f64),
            }
        })
        .collect()
}

/// One group over time.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GroupAnalysis {
    /// The group id, when known.
    pub group: Option<String>,
    /// Burrow's verdict for the group, evaluated at the last sample's time.
    pub burrow_status: Status,
    /// Burrow's `complete`.
    pub burrow_complete: f32,
    /// Sum of the partitions' consume rates (records/s).
    pub consume_per_s: Option<f64>,
    /// Sum of the partitions' produce rates (records/s).
    pub produce_per_s: Option<f64>,
    /// Total lag at the first sample and at the last.
    pub first_total_lag: Option<i64>,
    /// See `first_total_lag`.
    pub last_total_lag: Option<i64>,
    /// Seconds until the group's lag is gone at its current consume and produce rates; `None` when
    /// it is not shrinking.
    pub drain_seconds: Option<f64>,
    /// Least-squares slope of the group's total lag over time (records/s), over the samples where
    /// every listed partition's lag is known.
    pub lag_trend_per_s: Option<f64>,
    /// The group's total lag at each sample time where every partition listed then has a lag.
    pub lag_timeline: Vec<(i64, i64)>,
    /// How many distinct members owned the group's partitions at each sample time (0 when the
    /// snapshot listed partitions without owners). Empty when no sample ever named an owner (a lag
    /// CSV carries no membership), so "0" always means "seen without members".
    pub members_timeline: Vec<(i64, usize)>,
    /// Between consecutive samples that name owners, the member ids that disappeared or appeared
    /// (samples without owners, as during a rebalance, are skipped over). Each is at least one
    /// rebalance.
    pub membership_changes: Vec<MembershipChange>,
    /// Per host (the partition owners at the last sample), most lag first.
    pub hosts: Vec<HostAnalysis>,
    /// Per member (by member id), most lag first.
    pub members: Vec<MemberAnalysis>,
    /// Every host that owned a partition at some sample (hosts that left included, unlike
    /// [`GroupAnalysis::hosts`], which lists the last sample's), with what it consumed per
    /// interval; by host name.
    pub host_consumption: Vec<HostConsumption>,
    /// Per partition, sorted by (topic, partition).
    pub partitions: Vec<PartitionAnalysis>,
    /// Figures the monitor computed itself (MSK's `SumOffsetLag`, …), summarised.
    pub reported: Vec<ReportedSummary>,
}

/// A monitor's own metric for this group, summarised.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ReportedSummary {
    /// The metric, as the monitor names it.
    pub metric: String,
    /// The topic, when the metric is per topic or partition.
    pub topic: Option<String>,
    /// The partition, when the metric is per partition.
    pub partition: Option<i32>,
    /// The first, last and largest known values.
    pub first: Option<f64>,
    /// See `first`.
    pub last: Option<f64>,
    /// See `first`.
    pub max: Option<f64>,
}

/// One partition over time.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PartitionAnalysis {
    /// Topic name.
    pub topic: String,
    /// Partition number.
    pub partition: i32,
    /// How many samples listed it.
    pub n_samples: usize,
    /// The owner's host at the last sample.
    pub host: Option<String>,
    /// Rates, trend and time to drain.
    #[serde(flatten)]
    pub rates: PartitionRates,
    /// Lag in seconds as kafka-lag-exporter computes it at the last sample (its lookup table built
    /// from the sampled log-end offsets); null when it has too few points or is not finite.
    pub time_lag_s_exporter: Option<f64>,
    /// lagscope's estimate, with its bound and method (see [`crate::time_lag::LookupTable::estimate`]).
    pub time_lag: Option<TimeLagEstimate>,
    /// Burrow's verdict.
    pub burrow_status: Status,
    /// Which Burrow rule decided, with its numbers.
    pub burrow_rule: Decision,
}

/// Records consumed in one interval between two samples.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct ConsumedInterval {
    /// The earlier sample's time (ms).
    pub start_ms: i64,
    /// The later sample's time (ms).
    pub end_ms: i64,
    /// Committed-offset advance over the interval, summed over the partitions owned at its end.
    pub consumed: i64,
}

impl ConsumedInterval {
    /// Records consumed per second over the interval; `None` when the interval has no length (two
    /// samples with the same time stamp, or time going backwards), never a division by a made-up
    /// length.
    #[must_use]
    pub fn per_second(&self) -> Option<f64> {
        let ms = self.end_ms.checked_sub(self.start_ms).filter(|ms| *ms > 0)?;
        Some(self.consumed as f64 * 1000.0 / ms as f64)
    }
}

/// Member ids that left or joined between two samples that name owners.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MembershipChange {
    /// The earlier sample's time (ms).
    pub from_ms: i64,
    /// The later sample's time (ms).
    pub to_ms: i64,
    /// Owners at the earlier sample.
    pub n_before: usize,
    /// Owners at the later sample.
    pub n_after: usize,
    /// Member ids gone at the later sample.
    pub n_left: usize,
    /// Member ids new at the later sample.
    pub n_joined: usize,
    /// The hosts of the members that left or joined, sorted.
    pub hosts: Vec<String>,
}

/// One member's share of a group.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MemberAnalysis {
    /// The member id.
    pub consumer_id: String,
    /// Its host at the last sample.
    pub host: Option<String>,
    /// Partitions it owned at the last sample.
    pub n_partitions: usize,
    /// Their lag at the last sample.
    pub last_lag: i64,
    /// Records/s its partitions were consumed at.
    pub consume_per_s: Option<f64>,
    /// What it consumed between consecutive samples.
    pub consumed: Vec<ConsumedInterval>,
}

/// One host's share of a group.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct HostAnalysis {
    /// The host as the broker reports it.
    pub host: String,
    /// Partitions it owned at the last sample.
    pub n_partitions: usize,
    /// Their lag at the last sample.
    pub last_lag: i64,
    /// Its share of the group's last known lag, 0 to 1.
    pub share_of_lag: Option<f64>,
    /// Records/s its partitions were consumed at.
    pub consume_per_s: Option<f64>,
    /// What it consumed between consecutive samples.
    pub consumed: Vec<ConsumedInterval>,
}

/// What one host consumed, interval by interval.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct HostConsumption {
    /// The host.
    pub host: String,
    /// Records consumed per interval between samples, oldest first.
    pub consumed: Vec<ConsumedInterval>,
}

/// Analyses a series with Burrow's settings.
#[must_use]
pub fn analyze(series: &LagSeries, config: &EvaluatorConfig) -> AnalysisReport {
    let times_ms = series.times();
    let now_ms = times_ms.last().copied().unwrap_or(0);
    let mut by_group: BTreeMap<Option<String>, Vec<&crate::series::PartitionSeries>> = BTreeMap::new();
    for partition in &series.partitions {
        by_group.entry(partition.group.clone()).or_default().push(partition);
    }
    for reported in &series.reported {
        by_group.entry(reported.group.clone()).or_default();
    }
    let groups = by_group
        .into_iter()
        .map(|(group, partitions)| {
            let group_key = group.clone();
            let windows: Vec<_> =
                partitions.iter().map(|partition| burrow_window(partition, config.intervals)).collect();
            let verdict: GroupStatus = evaluate_group(Some(&windows), config, now_ms);
            let analyses: Vec<PartitionAnalysis> = partitions
                .iter()
                .zip(verdict.partitions)
                .map(|(partition, status)| (partition, status, lookup_table(partition)))
                .map(|(partition, status, table)| PartitionAnalysis {
                    topic: partition.topic.to_string(),
                    partition: partition.partition,
                    n_samples: partition.samples.len(),
                    host: partition.samples.last().and_then(|sample| sample.host().map(str::to_owned)),
                    rates: partition_rates(partition),
                    time_lag_s_exporter: exporter_time_lag(partition, &table),
                    time_lag: time_lag(partition, &table),
                    burrow_status: status.status,
                    burrow_rule: status.rule,
                })
                .collect();
            let sum = |values: &mut dyn Iterator<Item = Option<f64>>| {
                values.flatten().fold(None, |total: Option<f64>, value| Some(total.unwrap_or(0.0) + value))
            };
            let sum_lags = |values: &mut dyn Iterator<Item = Option<i64>>| {
                values
                    .flatten()
                    .fold(None, |total: Option<i64>, value| Some(total.unwrap_or(0).saturating_add(value)))
            };
            let last_total_lag = sum_lags(&mut analyses.iter().map(|analysis| analysis.rates.last_lag));
            let lag_timeline = group_lag_timeline(&partitions, &times_ms);
            let consumed_by_host = consumed_by(&partitions, |sample| sample.host());
            let consumed_by_member = consumed_by(&partitions, |sample| sample.consumer_id());
            GroupAnalysis {
                group,
                burrow_status: verdict.status,
                burrow_complete: verdict.complete,
                consume_per_s: sum(&mut analyses.iter().map(|analysis| analysis.rates.consume_per_s)),
                produce_per_s: sum(&mut analyses.iter().map(|analysis| analysis.rates.produce_per_s)),
                first_total_lag: sum_lags(&mut analyses.iter().map(|analysis| analysis.rates.first_lag)),
                last_total_lag,
                lag_trend_per_s: crate::series::rates::slope_per_s(lag_timeline.iter().copied()),
                lag_timeline,
                members_timeline: group_members_timeline(&partitions),
                membership_changes: group_membership_changes(&partitions),
                drain_seconds: drain_seconds(last_total_lag, &analyses),
                hosts: hosts(&analyses, last_total_lag, &consumed_by_host),
                host_consumption: consumed_by_host
                    .iter()
                    .map(|(host, consumed)| HostConsumption {
                        host: (*host).to_owned(),
                        consumed: consumed.clone(),
                    })
                    .collect(),
                members: members(&partitions, &analyses, &consumed_by_member),
                reported: series
                    .reported
                    .iter()
                    .filter(|reported| reported.group == group_key)
                    .map(|reported| {
                        let values: Vec<f64> =
                            reported.points.iter().filter_map(|(_, value)| *value).collect();
                        ReportedSummary {
                            metric: reported.metric.clone(),
                            topic: reported.topic.clone(),
                            partition: reported.partition,
                            first: values.first().copied(),
                            last: values.last().copied(),
                            max: values.iter().copied().fold(None, |max: Option<f64>, value| {
                                Some(max.map_or(value, |max| max.max(value)))
                            }),
                        }
                    })
                    .collect(),
                partitions: analyses,
            }
        })
        .collect();
    AnalysisReport { times_ms, groups, host_throughput: Vec::new() }
}

/// kafka-lag-exporter's lookup table over the sampled log-end offsets (60 points, its default).
fn lookup_table(series: &crate::series::PartitionSeries) -> LookupTable {
    let mut table = LookupTable::new(60);
    for sample in &series.samples {
        if let Some(offset) = sample.log_end_offset() {
            table.add_point(Point { offset, time_ms: sample.time_ms });
        }
    }
    table
}

/// The last sample's committed offset and time.
fn last_commit(series: &crate::series::PartitionSeries) -> Option<(i64, i64)> {
    let last = series.samples.last()?;
    Some((last.current_offset()?, last.time_ms))
}

fn exporter_time_lag(series: &crate::series::PartitionSeries, table: &LookupTable) -> Option<f64> {
    let (offset, now_ms) = last_commit(series)?;
    match table.lookup(offset) {
        LookupResult::Prediction(predicted) => {
            Some((now_ms as f64 - predicted) / 1000.0).filter(|seconds| seconds.is_finite())
        }
        LookupResult::LagIsZero => Some(0.0),
        LookupResult::TooFewPoints => None,
    }
}

fn time_lag(series: &crate::series::PartitionSeries, table: &LookupTable) -> Option<TimeLagEstimate> {
    let (offset, now_ms) = last_commit(series)?;
    Some(table.estimate(offset, now_ms)).filter(|estimate| estimate.seconds.is_finite())
}

/// The group's lag over the net rate at which it shrinks (consumed minus produced, over the
/// partitions with both rates).
fn drain_seconds(last_total_lag: Option<i64>, partitions: &[PartitionAnalysis]) -> Option<f64> {
    let net: f64 = partitions
        .iter()
        .filter_map(|partition| Some(partition.rates.consume_per_s? - partition.rates.produce_per_s?))
        .sum();
    match last_total_lag? {
        0 => Some(0.0),
        lag if net > 0.0 => Some(lag as f64 / net),
        _ => None,
    }
}

/// The group's total lag at each sample time where every partition listed then has a lag.
/// `times_ms` holds every sample time of the series, sorted (see [`LagSeries::times`]).
fn group_lag_timeline(partitions: &[&crate::series::PartitionSeries], times_ms: &[i64]) -> Vec<(i64, i64)> {
    // Per time: `None` before any sample, then the sum, or `Some(None)` once a lag is unknown.
    let mut totals: Vec<Option<Option<i64>>> = vec![None; times_ms.len()];
    for partition in partitions {
        // Samples and times are both in time order: one cursor walks the times (a sample older
        // than the cursor, out of order, is found by a search).
        let mut cursor = 0;
        for sample in &partition.samples {
            if times_ms.get(cursor).is_some_and(|time| *time > sample.time_ms) {
                cursor = times_ms.partition_point(|time| *time < sample.time_ms);
            }
            while times_ms.get(cursor).is_some_and(|time| *time < sample.time_ms) {
                cursor += 1;
            }
            let Some(total) = totals.get_mut(cursor) else { break };
            let sum = total.get_or_insert(Some(0));
            *sum = match (*sum, sample.lag()) {
                (Some(sum), Some(lag)) => Some(sum.saturating_add(lag)),
                _ => None,
            };
        }
    }
    times_ms.iter().zip(totals).filter_map(|(time, total)| Some((*time, total??))).collect()
}

/// The number of distinct owners at each sample time; empty when no sample names an owner.
fn group_members_timeline(partitions: &[&crate::series::PartitionSeries]) -> Vec<(i64, usize)> {
    let names_an_owner =
        |sample: &crate::series::LagSample| sample.consumer_id().is_some() || sample.host().is_some();
    if !partitions.iter().any(|partition| partition.samples.iter().any(names_an_owner)) {
        return Vec::new();
    }
    let mut owners: BTreeMap<i64, std::collections::BTreeSet<&str>> = BTreeMap::new();
    for partition in partitions {
        for sample in &partition.samples {
            let at = owners.entry(sample.time_ms).or_default();
            if let Some(owner) = sample.consumer_id().or(sample.host()) {
                at.insert(owner);
            }
        }
    }
    if owners.values().all(std::collections::BTreeSet::is_empty) {
        return Vec::new();
    }
    owners.into_iter().map(|(time, owners)| (time, owners.len())).collect()
}

/// Member ids that left or joined between consecutive samples naming owners.
fn group_membership_changes(partitions: &[&crate::series::PartitionSeries]) -> Vec<MembershipChange> {
    if !partitions
        .iter()
        .any(|partition| partition.samples.iter().any(|sample| sample.consumer_id().is_some()))
    {
        return Vec::new();
    }
    let mut owners: BTreeMap<i64, BTreeMap<&str, Option<&str>>> = BTreeMap::new();
    for partition in partitions {
        for sample in &partition.samples {
            let at = owners.entry(sample.time_ms).or_default();
            if let Some(owner) = sample.consumer_id() {
                at.insert(owner, sample.host());
            }
        }
    }
    let mut changes = Vec::new();
    let mut previous: Option<(i64, &BTreeMap<&str, Option<&str>>)> = None;
    for (time, current) in owners.iter().filter(|(_, owners)| !owners.is_empty()) {
        if let Some((before_ms, before)) = previous {
            let left: Vec<&str> = before.keys().filter(|id| !current.contains_key(*id)).copied().collect();
            let joined: Vec<&str> = current.keys().filter(|id| !before.contains_key(*id)).copied().collect();
            if !left.is_empty() || !joined.is_empty() {
                let hosts: std::collections::BTreeSet<String> = left
                    .iter()
                    .filter_map(|id| before.get(id).copied().flatten())
                    .chain(joined.iter().filter_map(|id| current.get(id).copied().flatten()))
                    .map(str::to_owned)
                    .collect();
                changes.push(MembershipChange {
                    from_ms: before_ms,
                    to_ms: *time,
                    n_before: before.len(),
                    n_after: current.len(),
                    n_left: left.len(),
                    n_joined: joined.len(),
                    hosts: hosts.into_iter().collect(),
                });
            }
        }
        previous = Some((*time, current));
    }
    changes
}

/// Committed-offset advances between consecutive samples of each partition, attributed to the
/// owner (by `key`) at the later sample, summed per owner and interval.
fn consumed_by<'a>(
    partitions: &[&'a crate::series::PartitionSeries],
    key: impl Fn(&'a crate::series::LagSample) -> Option<&'a str>,
) -> BTreeMap<&'a str, Vec<ConsumedInterval>> {
    let mut intervals: BTreeMap<&str, BTreeMap<(i64, i64), i64>> = BTreeMap::new();
    for partition in partitions {
        for pair in partition.samples.windows(2) {
            let (earlier, later) = (&pair[0], &pair[1]);
            let (Some(owner), Some(from), Some(to)) =
                (key(later), earlier.current_offset(), later.current_offset())
            else {
                continue;
            };
            let advance = to.saturating_sub(from).max(0);
            let total =
                intervals.entry(owner).or_default().entry((earlier.time_ms, later.time_ms)).or_insert(0);
            *total = total.saturating_add(advance);
        }
    }
    intervals
        .into_iter()
        .map(|(owner, by_interval)| {
            let list = by_interval
                .into_iter()
                .map(|((start_ms, end_ms), consumed)| ConsumedInterval { start_ms, end_ms, consumed })
                .collect();
            (owner, list)
        })
        .collect()
}

fn members(
    partitions: &[&crate::series::PartitionSeries],
    analyses: &[PartitionAnalysis],
    consumed: &BTreeMap<&str, Vec<ConsumedInterval>>,
) -> Vec<MemberAnalysis> {
    let mut by_member: BTreeMap<&str, Vec<(&crate::series::PartitionSeries, &PartitionAnalysis)>> =
        BTreeMap::new();
    for (partition, analysis) in partitions.iter().zip(analyses) {
        if let Some(member) = partition.samples.last().and_then(|sample| sample.consumer_id()) {
            by_member.entry(member).or_default().push((partition, analysis));
        }
    }
    let mut members: Vec<MemberAnalysis> = by_member
        .into_iter()
        .map(|(member, owned)| {
            let rates: Vec<f64> =
                owned.iter().filter_map(|(_, analysis)| analysis.rates.consume_per_s).collect();
            MemberAnalysis {
                consumer_id: member.to_owned(),
                host: owned.first().and_then(|(_, analysis)| analysis.host.clone()),
                n_partitions: owned.len(),
                last_lag: owned
                    .iter()
                    .filter_map(|(_, analysis)| analysis.rates.last_lag)
                    .fold(0_i64, i64::saturating_add),
                consume_per_s: (!rates.is_empty()).then(|| rates.iter().sum()),
                consumed: consumed.get(member).cloned().unwrap_or_default(),
            }
        })
        .collect();
    crate::order::sort_by(&mut members, |left, right| {
        right.last_lag.cmp(&left.last_lag).then_with(|| left.consumer_id.cmp(&right.consumer_id))
    });
    members
}

fn hosts(
    partitions: &[PartitionAnalysis],
    group_lag: Option<i64>,
    consumed: &BTreeMap<&str, Vec<ConsumedInterval>>,
) -> Vec<HostAnalysis> {
    let mut by_host: BTreeMap<&str, Vec<&PartitionAnalysis>> = BTreeMap::new();
    for partition in partitions {
        if let Some(host) = &partition.host {
            by_host.entry(host).or_default().push(partition);
        }
    }
    let mut hosts: Vec<HostAnalysis> = by_host
        .into_iter()
        .map(|(host, owned)| {
            let last_lag = owned
                .iter()
                .filter_map(|partition| partition.rates.last_lag)
                .fold(0_i64, i64::saturating_add);
            let consume = owned.iter().filter_map(|partition| partition.rates.consume_per_s);
            let n_rates = owned.iter().filter(|partition| partition.rates.consume_per_s.is_some()).count();
            HostAnalysis {
                host: host.to_owned(),
                n_partitions: owned.len(),
                last_lag,
                share_of_lag: group_lag
                    .filter(|total| *total > 0)
                    .map(|total| last_lag as f64 / total as f64),
                consume_per_s: (n_rates > 0).then(|| consume.sum()),
                consumed: consumed.get(host).cloned().unwrap_or_default(),
            }
        })
        .collect();
    crate::order::sort_by(&mut hosts, |left, right| {
        right.last_lag.cmp(&left.last_lag).then_with(|| left.host.cmp(&right.host))
    });
    hosts
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_consumed_interval_without_length_has_no_rate() {
        let interval = |start_ms, end_ms| super::ConsumedInterval { start_ms, end_ms, consumed: 600 };
        assert_eq!(interval(0, 60_000).per_second(), Some(10.0));
        assert_eq!(interval(60_000, 60_000).per_second(), None);
        assert_eq!(interval(60_000, 0).per_second(), None);
    }

    /// The group's total lag per time: a time where some listed partition's lag is unknown is
    /// left out; a partition missing at a time is not counted there; samples out of order (a
    /// caller's own series) are summed at their own times.
    #[test]
    fn the_lag_timeline_sums_known_lags_per_time() {
        use crate::series::{LagSample, PartitionSeries};
        let sample = |time_ms, lag| LagSample::new(time_ms, None, None, lag);
        let partition =
            |number, samples| PartitionSeries { group: None, topic: "t".into(), partition: number, samples };
        let first =
            partition(0, vec![sample(1_000, Some(5)), sample(2_000, Some(7)), sample(3_000, Some(1))]);
        let second = partition(1, vec![sample(3_000, Some(2)), sample(1_000, Some(10)), sample(2_000, None)]);
        let third = partition(2, vec![sample(4_000, Some(4))]);
        let times = [1_000, 2_000, 3_000, 4_000];
        assert_eq!(
            super::group_lag_timeline(&[&first, &second, &third], &times),
            vec![(1_000, 15), (3_000, 3), (4_000, 4)]
        );
    }
}
