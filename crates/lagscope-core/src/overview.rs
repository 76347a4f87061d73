//! What the overview shows per group: one verdict that agrees with the group's state and the
//! findings, members, total lag, lag in seconds, trend, whether and when the lag drains, roll-ups
//! per host and per member (partitions, lag, share, rate), and who owns which partition.
//!
//! A group is shown from whatever the inputs hold: the newest snapshot (a dump, with its
//! `--members` views), the analysis of a series (lag CSVs, Prometheus, Grafana and `CloudWatch`
//! exports, timed dumps), or both.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use crate::analyze::GroupAnalysis;
use crate::burrow::Status;
use crate::findings::{Finding, FindingSeverity};
use crate::model::{GroupSnapshot, GroupState};
use crate::workbench::Workbench;

/// One host's or member's share of a group.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Rollup {
    /// The host or member id (`None`: partitions nobody owns).
    pub name: Option<String>,
    /// The host, for a member.
    pub host: Option<String>,
    /// Partitions it owns; `None` when the input does not say.
    pub n_partitions: Option<usize>,
    /// Which partitions (`topic-3`, or `3` when the view omits the topic); `None` when the input
    /// does not say.
    pub partitions: Option<Vec<String>>,
    /// Sum of the known lags of those partitions; `None` when none is known.
    pub lag: Option<i64>,
    /// Its share of the group's known lag, in [0, 1].
    pub share_of_lag: Option<f64>,
    /// Records consumed per second over the series, when it had time stamps.
    pub consume_per_s: Option<f64>,
}

/// The overview's one-word answer for a group.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum VerdictStatus {
    /// Burrow: the consumer keeps up.
    Ok,
    /// Burrow, or a critical finding: falling behind.
    Warning,
    /// Burrow: a partition stopped or stalled.
    Error,
    /// Burrow: the commits stopped while the lag stands.
    Stopped,
    /// Burrow: commits keep coming at the same offset.
    Stalled,
    /// Burrow: a committed offset went back.
    Rewind,
    /// Nobody consumes: the group is Empty or Dead, or its newest dump lists no member.
    NoMembers,
    /// Members leave the group over and over (a `LeaveGroup` storm).
    LeaveStorm,
    /// The group is in a classic rebalance: with the eager protocol nobody consumes until it ends.
    Rebalancing,
    /// One snapshot: no verdict without times.
    Unknown,
}

/// Why the verdict is what it is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum VerdictReason {
    /// Burrow's evaluation of the committed offsets decided it.
    Burrow,
    /// The group has no member to consume (`state`: as the dump printed it, if it did).
    NoMembers {
        /// The state printed, if any.
        state: Option<String>,
        /// Burrow's verdict of the commits made before, which does not see that nobody is left.
        burrow: Option<String>,
    },
    /// A finding shows the members leaving again and again.
    LeaveStorm {
        /// The finding's rule.
        rule: String,
        /// Burrow's verdict, which reads only the commits made between the leaves.
        burrow: Option<String>,
    },
    /// The group was rebalancing in the newest dump.
    Rebalancing {
        /// The state printed.
        state: String,
    },
    /// Burrow says OK, but a critical finding about this group says otherwise.
    CriticalFinding {
        /// The finding's rule.
        rule: String,
    },
    /// A single snapshot: rates and verdicts need samples at several times.
    NeedsTimes,
}

/// The group's verdict and its reason.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Verdict {
    /// The answer.
    pub status: VerdictStatus,
    /// Why.
    pub reason: VerdictReason,
}

/// Whether the lag drains, as far as the overview can say.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Drain {
    /// At the current rates, the lag is gone in this many seconds.
    InSeconds {
        /// Seconds.
        seconds: f64,
    },
    /// Consumers run, but the lag does not fall at the current rates.
    NotDraining,
    /// Nobody consumes (no members, or they keep leaving): no drain time means anything.
    NobodyConsumes,
    /// No lag left.
    NoLag,
    /// Unknown (a single snapshot, or rates unknown).
    Unknown,
}

/// One member of the assignment picture.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AssignedMember {
    /// The member's id (or client id, or instance id, whichever the view shows).
    pub name: String,
    /// Its host.
    pub host: Option<String>,
    /// How many partitions it owns, when the view says even without listing them.
    pub n_partitions: Option<usize>,
}

/// One partition of the assignment picture.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AssignedPartitionView {
    /// `topic-3`, or `3` when the view omits the topic.
    pub name: String,
    /// Its lag, when known.
    pub lag: Option<i64>,
    /// Its owner's index in [`AssignmentView::members`]; `None`: no owner, or unknown.
    pub owner: Option<usize>,
    /// Its owner's host.
    pub host: Option<String>,
}

/// Who owns which partition, from the offsets view's rows and the members views' assignments.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct AssignmentView {
    /// Members, in the order they are drawn.
    pub members: Vec<AssignedMember>,
    /// Partitions, in (topic, partition) order.
    pub partitions: Vec<AssignedPartitionView>,
}

/// One group at a glance.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GroupOverview {
    /// The group id.
    pub group: Option<String>,
    /// The index of this group in the newest snapshot, when it has one.
    pub snapshot_index: Option<usize>,
    /// The state the dump reports.
    pub state: Option<String>,
    /// Members.
    pub n_members: Option<u32>,
    /// Partitions.
    pub n_partitions: usize,
    /// Total known lag (the newest dump's, else the series' last).
    pub total_lag: Option<i64>,
    /// Partitions whose lag is unknown.
    pub n_unknown_lag: usize,
    /// The verdict, agreeing with the state and the findings.
    pub verdict: Verdict,
    /// Burrow's own verdict of the committed offsets (needs a series).
    pub burrow_status: Option<String>,
    /// The largest lag in seconds of a partition (needs a series).
    pub max_time_lag_s: Option<f64>,
    /// Whether that figure is a lower bound.
    pub time_lag_is_lower_bound: bool,
    /// Lag trend over the series, records per second.
    pub lag_trend_per_s: Option<f64>,
    /// Whether and when the lag drains.
    pub drain: Drain,
    /// Per host, most lag first.
    pub hosts: Vec<Rollup>,
    /// Per member, most lag first.
    pub members: Vec<Rollup>,
    /// Who owns which partition.
    pub assignment: AssignmentView,
}

fn share(lag: Option<i64>, total: i64) -> Option<f64> {
    lag.filter(|_| total > 0).map(|lag| lag as f64 / total as f64)
}

fn add_lag(sum: &mut Option<i64>, lag: Option<i64>) {
    if let Some(lag) = lag {
        *sum = Some(sum.unwrap_or(0).saturating_add(lag));
    }
}

/// Per group: every group of the newest snapshot, then every group only the series has.
#[must_use]
pub fn overview(workbench: &Workbench) -> Vec<GroupOverview> {
    let analysed: BTreeMap<Option<&str>, &GroupAnalysis> =
        workbench.analysis.groups.iter().map(|group| (group.group.as_deref(), group)).collect();
    let mut shown: BTreeSet<Option<&str>> = BTreeSet::new();
    let mut overviews = Vec::new();
    if let Some(snapshot) = &workbench.snapshot {
        for (index, group) in snapshot.groups.iter().enumerate() {
            shown.insert(group.group.as_deref());
            let analysis = analysed.get(&group.group.as_deref()).copied();
            overviews.push(from_snapshot(index, group, analysis, &workbench.findings));
        }
    }
    for analysis in &workbench.analysis.groups {
        if !shown.contains(&analysis.group.as_deref()) {
            overviews.push(from_series(analysis, &workbench.findings));
        }
    }
    overviews
}

fn by_lag(a: &Rollup, b: &Rollup) -> std::cmp::Ordering {
    b.lag.unwrap_or(-1).cmp(&a.lag.unwrap_or(-1)).then(a.name.cmp(&b.name))
}

fn partition_name(topic: Option<&str>, partition: i32) -> String {
    topic.map_or_else(|| partition.to_string(), |topic| format!("{topic}-{partition}"))
}

/// A member's name as the views show it: its id, else its client id, else its instance id.
fn member_name(member: &crate::model::Member) -> Option<String> {
    member
        .consumer_id
        .as_deref()
        .or(member.client_id.as_deref())
        .or(member.group_instance_id.as_deref())
        .map(str::to_owned)
}

fn from_snapshot(
    index: usize,
    group: &GroupSnapshot,
    analysis: Option<&GroupAnalysis>,
    findings: &[Finding],
) -> GroupOverview {
    let total_known: i64 =
        group.partitions.iter().filter_map(|p| p.lag).fold(0, |sum: i64, lag| sum.saturating_add(lag));
    let mut hosts: BTreeMap<Option<String>, (usize, Option<i64>)> = BTreeMap::new();
    let mut member_hosts: BTreeMap<Option<String>, (Option<usize>, Option<i64>)> = BTreeMap::new();
    for partition in &group.partitions {
        let entry = hosts.entry(partition.host.as_deref().map(str::to_owned)).or_insert((0, None));
        entry.0 += 1;
        add_lag(&mut entry.1, partition.lag);
    }
    let members = member_rows(group);
    // Hosts only a members view names (no offsets rows for them): their members' partitions.
    for row in members.values().filter(|row| !row.rows_say_partitions) {
        if hosts.contains_key(&row.host) || row.host.is_none() {
            continue;
        }
        let n = if row.listed.is_some() { Some(row.partitions.len()) } else { row.n_partitions };
        member_hosts.entry(row.host.clone()).or_insert((Some(0), None));
        if let Some(entry) = member_hosts.get_mut(&row.host) {
            entry.0 = entry.0.zip(n).map(|(sum, n)| sum + n);
            add_lag(&mut entry.1, row.lag);
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
        .map(|(name, (n_partitions, lag))| (name, (Some(n_partitions), lag)))
        .chain(member_hosts)
        .map(|(name, (n_partitions, lag))| Rollup {
            consume_per_s: host_rate(&name),
            share_of_lag: share(lag, total_known),
            host: name.clone(),
            name,
            n_partitions,
            partitions: None,
            lag,
        })
        .collect();
    let mut member_rows: Vec<Rollup> = members
        .into_iter()
        .map(|(name, row)| {
            let known = row.rows_say_partitions || row.listed.is_some();
            let n_partitions = if row.rows_say_partitions {
                Some(row.partitions.len())
            } else {
                row.n_partitions.or(row.listed.as_ref().map(Vec::len))
            };
            let partitions: Option<Vec<String>> = known.then_some(row.partitions);
            Rollup {
                consume_per_s: member_rate(&name),
                share_of_lag: share(row.lag, total_known),
                n_partitions,
                partitions,
                name,
                host: row.host,
                lag: row.lag,
            }
        })
        .collect();
    crate::order::sort_by(&mut host_rows, by_lag);
    crate::order::sort_by(&mut member_rows, by_lag);
    let assignment = assignment_view(group, &member_rows);
    let time_lags =
        analysis.into_iter().flat_map(|a| a.partitions.iter()).filter_map(|p| p.time_lag.as_ref());
    let worst = time_lags.max_by(|a, b| a.seconds.total_cmp(&b.seconds));
    let total_lag = group.total_lag();
    let n_members = member_count(group);
    let verdict = verdict(group.group.as_deref(), group.state.as_ref(), n_members, analysis, findings);
    GroupOverview {
        group: group.group.clone(),
        snapshot_index: Some(index),
        state: group.state.as_ref().map(|state| state.as_str().to_owned()),
        n_members,
        n_partitions: group.partitions.len(),
        total_lag,
        n_unknown_lag: group.n_partitions_with_unknown_lag(),
        drain: drain(&verdict, total_lag, group.n_partitions_with_unknown_lag(), analysis),
        verdict,
        burrow_status: analysis.map(|a| a.burrow_status.as_str().to_owned()),
        max_time_lag_s: worst.map(|estimate| estimate.seconds),
        time_lag_is_lower_bound: worst
            .is_some_and(|estimate| estimate.bound != crate::time_lag::Bound::Exact),
        lag_trend_per_s: analysis.and_then(|a| a.lag_trend_per_s),
        hosts: host_rows,
        members: member_rows,
        assignment,
    }
}

/// A member as the views describe it, before it becomes a [`Rollup`].
struct MemberRow {
    host: Option<String>,
    /// Its partitions: from the offsets view's rows, else from a members view's assignment.
    partitions: Vec<String>,
    /// Whether the offsets view's rows gave them (then they are complete).
    rows_say_partitions: bool,
    /// The count a members view printed.
    n_partitions: Option<usize>,
    /// The assignment a members view printed.
    listed: Option<Vec<String>>,
    lag: Option<i64>,
}

/// Members: from the offsets view's rows (`None`: partitions nobody owns), then from the members
/// views (`--members`, `--verbose`, rpk, kafkactl, Confluent, share and streams groups).
fn member_rows(group: &GroupSnapshot) -> BTreeMap<Option<String>, MemberRow> {
    let lag_of: BTreeMap<(&str, i32), Option<i64>> =
        group.partitions.iter().map(|p| ((&*p.topic, p.partition), p.lag)).collect();
    let mut members: BTreeMap<Option<String>, MemberRow> = BTreeMap::new();
    for partition in &group.partitions {
        let member = partition.consumer_id.as_deref().map(str::to_owned);
        let entry = members.entry(member).or_insert_with(|| MemberRow {
            host: partition.host.as_deref().map(str::to_owned),
            partitions: Vec::new(),
            rows_say_partitions: true,
            n_partitions: None,
            listed: None,
            lag: None,
        });
        entry.partitions.push(partition_name(Some(&partition.topic), partition.partition));
        add_lag(&mut entry.lag, partition.lag);
    }
    for member in &group.members {
        let Some(name) = member_name(member) else { continue };
        let listed: Option<Vec<String>> = member.assignment.as_ref().map(|assignment| {
            assignment.iter().map(|p| partition_name(p.topic.as_deref(), p.partition)).collect()
        });
        let n_listed = member.n_partitions.map(|n| n as usize).or(listed.as_ref().map(Vec::len));
        let entry = members.entry(Some(name)).or_insert_with(|| MemberRow {
            host: member.host.as_deref().map(str::to_owned),
            partitions: Vec::new(),
            rows_say_partitions: false,
            n_partitions: None,
            listed: None,
            lag: None,
        });
        if entry.host.is_none() {
            entry.host = member.host.as_deref().map(str::to_owned);
        }
        entry.n_partitions = entry.n_partitions.or(n_listed);
        if !entry.rows_say_partitions
            && let Some(listed) = &listed
        {
            entry.partitions.extend(listed.iter().cloned());
            let lags = member.assignment.iter().flatten().filter_map(|p| {
                p.topic.as_deref().and_then(|topic| lag_of.get(&(topic, p.partition)).copied().flatten())
            });
            for lag in lags {
                add_lag(&mut entry.lag, Some(lag));
            }
        }
        entry.listed = entry.listed.take().or(listed);
    }
    members
}

/// Members: as the dump counts or lists them, else none for an Empty or Dead group (Kafka's states
/// say so even when no members view was pasted), else the distinct owners of its rows (the offsets
/// view also prints a row for a member without partitions).
fn member_count(group: &GroupSnapshot) -> Option<u32> {
    group.member_count().or_else(|| {
        if matches!(group.state, Some(GroupState::Empty | GroupState::Dead)) {
            return Some(0);
        }
        let owners: BTreeSet<&str> =
            group.partitions.iter().filter_map(|p| p.consumer_id.as_deref()).collect();
        (!owners.is_empty()).then(|| u32::try_from(owners.len()).unwrap_or(u32::MAX))
    })
}

/// A group only a series has (a lag CSV, Prometheus, Grafana, `CloudWatch`): its figures from the
/// analysis, its members and hosts as the series names them.
fn from_series(analysis: &GroupAnalysis, findings: &[Finding]) -> GroupOverview {
    let total_known = analysis.last_total_lag.unwrap_or(0);
    let mut hosts: Vec<Rollup> = analysis
        .hosts
        .iter()
        .map(|host| Rollup {
            name: Some(host.host.clone()),
            host: Some(host.host.clone()),
            n_partitions: Some(host.n_partitions),
            partitions: None,
            lag: Some(host.last_lag),
            share_of_lag: host.share_of_lag,
            consume_per_s: host.consume_per_s,
        })
        .collect();
    let mut members: Vec<Rollup> = analysis
        .members
        .iter()
        .map(|member| Rollup {
            name: Some(member.consumer_id.clone()),
            host: member.host.clone(),
            n_partitions: Some(member.n_partitions),
            partitions: None,
            lag: Some(member.last_lag),
            share_of_lag: share(Some(member.last_lag), total_known),
            consume_per_s: member.consume_per_s,
        })
        .collect();
    crate::order::sort_by(&mut hosts, by_lag);
    crate::order::sort_by(&mut members, by_lag);
    let n_members = analysis.members_timeline.last().map(|&(_, n)| u32::try_from(n).unwrap_or(u32::MAX));
    let worst = analysis
        .partitions
        .iter()
        .filter_map(|p| p.time_lag.as_ref())
        .max_by(|a, b| a.seconds.total_cmp(&b.seconds));
    let n_members = n_members.filter(|_| !analysis.members.is_empty());
    let verdict = verdict(analysis.group.as_deref(), None, n_members, Some(analysis), findings);
    GroupOverview {
        group: analysis.group.clone(),
        snapshot_index: None,
        state: None,
        n_members,
        n_partitions: analysis.partitions.len(),
        total_lag: analysis.last_total_lag,
        n_unknown_lag: analysis.partitions.iter().filter(|p| p.rates.last_lag.is_none()).count(),
        drain: drain(
            &verdict,
            analysis.last_total_lag,
            analysis.partitions.iter().filter(|p| p.rates.last_lag.is_none()).count(),
            Some(analysis),
        ),
        verdict,
        burrow_status: Some(analysis.burrow_status.as_str().to_owned()),
        max_time_lag_s: worst.map(|estimate| estimate.seconds),
        time_lag_is_lower_bound: worst
            .is_some_and(|estimate| estimate.bound != crate::time_lag::Bound::Exact),
        lag_trend_per_s: analysis.lag_trend_per_s,
        hosts,
        members,
        assignment: AssignmentView::default(),
    }
}

/// The members on the left (by lag, as the table lists them), the partitions on the right.
fn assignment_view(group: &GroupSnapshot, members: &[Rollup]) -> AssignmentView {
    let mut view = AssignmentView::default();
    let mut owner_of: BTreeMap<String, usize> = BTreeMap::new();
    for member in members {
        let Some(name) = &member.name else { continue };
        let index = view.members.len();
        view.members.push(AssignedMember {
            name: name.clone(),
            host: member.host.clone(),
            n_partitions: member.n_partitions,
        });
        for partition in member.partitions.iter().flatten() {
            owner_of.entry(partition.clone()).or_insert(index);
        }
    }
    let mut listed: BTreeSet<String> = BTreeSet::new();
    for partition in &group.partitions {
        let name = partition_name(Some(&partition.topic), partition.partition);
        let owner = partition
            .consumer_id
            .as_deref()
            .and_then(|id| view.members.iter().position(|m| m.name == id))
            .or_else(|| owner_of.get(&name).copied());
        listed.insert(name.clone());
        view.partitions.push(AssignedPartitionView {
            name,
            lag: partition.lag,
            owner,
            host: owner.and_then(|index| view.members[index].host.clone()),
        });
    }
    // Partitions only a members view names (no offsets view in the paste).
    for (name, owner) in owner_of {
        if !listed.contains(&name) {
            view.partitions.push(AssignedPartitionView {
                host: view.members[owner].host.clone(),
                name,
                lag: None,
                owner: Some(owner),
            });
        }
    }
    view
}

fn burrow_of(analysis: Option<&GroupAnalysis>) -> Option<String> {
    analysis.map(|a| a.burrow_status.as_str().to_owned())
}

/// One answer per group, in this order: nobody is left to consume; members leave again and again;
/// a rebalance is under way; Burrow's verdict (raised to a warning when a critical finding about the
/// group says otherwise); unknown without times.
fn verdict(
    group: Option<&str>,
    state: Option<&GroupState>,
    n_members: Option<u32>,
    analysis: Option<&GroupAnalysis>,
    findings: &[Finding],
) -> Verdict {
    let name = group.unwrap_or_default();
    let about_group = |finding: &&Finding| finding.entities.groups.iter().any(|g| g == name);
    let empty_state = matches!(state, Some(GroupState::Empty | GroupState::Dead));
    if empty_state || n_members == Some(0) {
        return Verdict {
            status: VerdictStatus::NoMembers,
            reason: VerdictReason::NoMembers {
                state: state.map(|s| s.as_str().to_owned()),
                burrow: burrow_of(analysis),
            },
        };
    }
    if let Some(storm) = findings.iter().filter(about_group).find(|f| f.rule == "poll-timeout-storm") {
        return Verdict {
            status: VerdictStatus::LeaveStorm,
            reason: VerdictReason::LeaveStorm { rule: storm.rule.to_owned(), burrow: burrow_of(analysis) },
        };
    }
    // The classic protocol's rebalance (KIP-848's Assigning and Reconciling keep consuming).
    if let Some(state) = state.filter(|state| {
        matches!(
            state,
            GroupState::PreparingRebalance | GroupState::CompletingRebalance | GroupState::Rebalancing
        )
    }) {
        return Verdict {
            status: VerdictStatus::Rebalancing,
            reason: VerdictReason::Rebalancing { state: state.as_str().to_owned() },
        };
    }
    let Some(analysis) = analysis else {
        return Verdict { status: VerdictStatus::Unknown, reason: VerdictReason::NeedsTimes };
    };
    let status = match analysis.burrow_status {
        Status::Ok => VerdictStatus::Ok,
        Status::Warn => VerdictStatus::Warning,
        Status::Err | Status::NotFound => VerdictStatus::Error,
        Status::Stop => VerdictStatus::Stopped,
        Status::Stall => VerdictStatus::Stalled,
        Status::Rewind => VerdictStatus::Rewind,
    };
    if status == VerdictStatus::Ok
        && let Some(critical) =
            findings.iter().filter(about_group).find(|f| f.severity == FindingSeverity::Critical)
    {
        return Verdict {
            status: VerdictStatus::Warning,
            reason: VerdictReason::CriticalFinding { rule: critical.rule.to_owned() },
        };
    }
    Verdict { status, reason: VerdictReason::Burrow }
}

fn drain(
    verdict: &Verdict,
    total_lag: Option<i64>,
    n_unknown_lag: usize,
    analysis: Option<&GroupAnalysis>,
) -> Drain {
    if matches!(verdict.status, VerdictStatus::NoMembers | VerdictStatus::LeaveStorm) {
        return Drain::NobodyConsumes;
    }
    // No lag only when every partition's lag is known (a sum of the known ones can be 0).
    if total_lag == Some(0) && n_unknown_lag == 0 {
        return Drain::NoLag;
    }
    let Some(analysis) = analysis else { return Drain::Unknown };
    match analysis.drain_seconds {
        Some(seconds) if seconds.is_finite() => Drain::InSeconds { seconds },
        _ if analysis.consume_per_s.is_some() => Drain::NotDraining,
        _ => Drain::Unknown,
    }
}
