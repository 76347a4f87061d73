//! What the overview shows per group: state, members, total lag, Burrow's verdict, lag in
//! seconds, trend, and roll-ups per host and per member (partitions, lag, share, rate). It reads
//! the newest snapshot and, when the input had time stamps, the analysis.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::workbench::Workbench;

/// One host's or member's share of a group.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Rollup {
    /// The host or member id (`None`: partitions nobody owns).
    pub name: Option<String>,
    /// The host, for a member.
    pub host: Option<String>,
    /// Partitions it owns.
    pub n_partitions: usize,
    /// Sum of the known lags of those partitions; `None` when none is known.
    pub lag: Option<i64>,
    /// Its share of the group's known lag, in [0, 1].
    pub share_of_lag: Option<f64>,
    /// Records consumed per second over the series, when it had time stamps.
    pub consume_per_s: Option<f64>,
}

/// One group at a glance.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GroupOverview {
    /// The group id.
    pub group: Option<String>,
    /// The state the dump reports.
    pub state: Option<String>,
    /// Members.
    pub n_members: Option<u32>,
    /// Partitions.
    pub n_partitions: usize,
    /// Total known lag.
    pub total_lag: Option<i64>,
    /// Partitions whose lag is unknown.
    pub n_unknown_lag: usize,
    /// Burrow's verdict (needs a series).
    pub burrow_status: Option<String>,
    /// The largest lag in seconds of a partition (needs a series).
    pub max_time_lag_s: Option<f64>,
    /// Whether that figure is a lower bound.
    pub time_lag_is_lower_bound: bool,
    /// Lag trend, records per second (needs a series).
    pub lag_trend_per_s: Option<f64>,
    /// Seconds to drain at the current rates (needs a series).
    pub drain_seconds: Option<f64>,
    /// Per host, most lag first.
    pub hosts: Vec<Rollup>,
    /// Per member, most lag first.
    pub members: Vec<Rollup>,
}

fn share(lag: Option<i64>, total: i64) -> Option<f64> {
    lag.filter(|_| total > 0).map(|lag| lag as f64 / total as f64)
}

/// Per group, from the newest snapshot, with the analysis's figures where it has the group.
#[must_use]
pub fn overview(workbench: &Workbench) -> Vec<GroupOverview> {
    let mut overviews = Vec::new();
    let analysed: BTreeMap<Option<&str>, &crate::analyze::GroupAnalysis> =
        workbench.analysis.groups.iter().map(|group| (group.group.as_deref(), group)).collect();
    let Some(snapshot) = &workbench.snapshot else { return overviews };
    for group in &snapshot.groups {
        let analysis = analysed.get(&group.group.as_deref()).copied();
        let total_known: i64 = group.partitions.iter().filter_map(|p| p.lag).sum();
        let mut hosts: BTreeMap<Option<String>, (usize, Option<i64>)> = BTreeMap::new();
        let mut members: BTreeMap<Option<String>, (Option<String>, usize, Option<i64>)> = BTreeMap::new();
        for partition in &group.partitions {
            let host = partition.host.as_deref().map(str::to_owned);
            let entry = hosts.entry(host.clone()).or_insert((0, None));
            entry.0 += 1;
            if let Some(lag) = partition.lag {
                entry.1 = Some(entry.1.unwrap_or(0) + lag);
            }
            let member = partition.consumer_id.as_deref().map(str::to_owned);
            let entry = members.entry(member).or_insert((host, 0, None));
            entry.1 += 1;
            if let Some(lag) = partition.lag {
                entry.2 = Some(entry.2.unwrap_or(0) + lag);
            }
        }
        let host_rate = |name: &Option<String>| {
            analysis
                .and_then(|a| a.hosts.iter().find(|h| Some(&h.host) == name.as_ref()))
                .and_then(|h| h.consume_per_s)
        };
        let member_rate = |name: &Option<String>| {
            analysis
                .and_then(|a| a.members.iter().find(|m| Some(&m.consumer_id) == name.as_ref()))
                .and_then(|m| m.consume_per_s)
        };
        let mut host_rows: Vec<Rollup> = hosts
            .into_iter()
            .map(|(name, (n_partitions, lag))| Rollup {
                consume_per_s: host_rate(&name),
                share_of_lag: share(lag, total_known),
                host: name.clone(),
                name,
                n_partitions,
                lag,
            })
            .collect();
        let mut member_rows: Vec<Rollup> = members
            .into_iter()
            .map(|(name, (host, n_partitions, lag))| Rollup {
                consume_per_s: member_rate(&name),
                share_of_lag: share(lag, total_known),
                name,
                host,
                n_partitions,
                lag,
            })
            .collect();
        let by_lag =
            |a: &Rollup, b: &Rollup| b.lag.unwrap_or(-1).cmp(&a.lag.unwrap_or(-1)).then(a.name.cmp(&b.name));
        host_rows.sort_by(by_lag);
        member_rows.sort_by(by_lag);
        let time_lags =
            analysis.into_iter().flat_map(|a| a.partitions.iter()).filter_map(|p| p.time_lag.as_ref());
        let worst = time_lags.max_by(|a, b| a.seconds.total_cmp(&b.seconds));
        overviews.push(GroupOverview {
            group: group.group.clone(),
            state: group.state.as_ref().map(|state| state.as_str().to_owned()),
            n_members: group.member_count(),
            n_partitions: group.partitions.len(),
            total_lag: group.total_lag(),
            n_unknown_lag: group.n_partitions_with_unknown_lag(),
            burrow_status: analysis.map(|a| a.burrow_status.as_str().to_owned()),
            max_time_lag_s: worst.map(|estimate| estimate.seconds),
            time_lag_is_lower_bound: worst
                .is_some_and(|estimate| estimate.bound != crate::time_lag::Bound::Exact),
            lag_trend_per_s: analysis.and_then(|a| a.lag_trend_per_s),
            drain_seconds: analysis.and_then(|a| a.drain_seconds),
            hosts: host_rows,
            members: member_rows,
        });
    }
    overviews
}
