//! The group's timeline from every input's log events: per group, the events in time order, the
//! generations, the members that left for a poll timeout (in storms), and commit failures per host.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use super::{EventKind, LeaveReason, LogEvent};

/// Poll-timeout leaves further apart than this are separate storms.
pub const STORM_GAP_MS: i64 = 60_000;

/// A client's poll-timeout warnings this close together are one leave.
const SAME_LEAVE_MS: i64 = 5_000;

/// Commit failures of one host this close together are one failure (a client says it per
/// partition, then for the commit, then the application logs the exception).
const SAME_FAILURE_MS: i64 = 1_000;

/// The timeline of every group the logs name.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct LogTimeline {
    /// Per group, by name (the events no group is named in come first, as `None`).
    pub groups: Vec<GroupLog>,
    /// Every host the consumers' lines name, sorted.
    pub hosts: Vec<String>,
    /// When each of those hosts' consumers logged, by host.
    pub host_spans: Vec<HostSpan>,
    /// Commit failures per host (`None`: lines that name no host), most first.
    pub commit_failures: Vec<HostFailures>,
    /// How many events were read.
    pub n_events: usize,
    /// The hosts whose clocks (or zones) are off from the others', measured on the rebalances.
    pub clock_skews: Vec<super::skew::ClockSkew>,
}

/// One group's timeline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct GroupLog {
    /// The group id (`None`: lines that name no group, such as an application's own error line).
    pub group: Option<String>,
    /// Its events in time order (lines of one time keep their order).
    pub events: Vec<LogEvent>,
    /// The generations joined or stabilised, in order.
    pub generations: Vec<Generation>,
    /// Members that left for a poll timeout, gathered in storms.
    pub storms: Vec<LeaveStorm>,
    /// How many distinct consumers (a host's client id, else a member id) left for a poll timeout,
    /// in any storm.
    pub poll_timeout_members: usize,
    /// Each rebalance that ended in a generation the clients joined, in order.
    pub rebalances: Vec<Rebalance>,
    /// Whether the group runs the KIP-848 consumer protocol (its lines speak of epochs): its
    /// generations are then the group's epochs, and a rebalance pauses only the partitions that
    /// move.
    pub consumer_protocol: bool,
}

/// One rebalance, as the clients and the broker tell it, merged by generation: from the first
/// member rejoining (or the broker preparing) to the last member joining the generation (the
/// broker's `Stabilized` line when no client line tells it).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Rebalance {
    /// The generation it ended in.
    pub generation: i32,
    /// When it began.
    pub start_ms: i64,
    /// When the last member joined the generation.
    pub end_ms: i64,
    /// How many members joined the generation.
    pub members: usize,
    /// The member that rejoined last (its host and client id, or its member id), and when: the
    /// group waits for every member to rejoin, which a member does at its next `poll()`.
    pub last_to_rejoin: Option<Rejoin>,
    /// When the member that rejoined before it did.
    pub previous_rejoin_ms: Option<i64>,
    /// Whether the consumers' lines tell it (their joins then give its times: a broker whose
    /// clock or zone is off does not stretch it).
    pub told_by_clients: bool,
    /// Whether the broker's lines tell it (`Stabilized group … generation N`).
    pub told_by_broker: bool,
}

/// A member rejoining a rebalance.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Rejoin {
    /// The member as people read it: its host and client id (`host/client`).
    pub member: String,
    /// Its host, when the line names one.
    pub host: Option<String>,
    /// When it rejoined.
    pub time_ms: i64,
}

/// The first and the last line a host's consumers logged.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct HostSpan {
    /// The host.
    pub host: String,
    /// Its first line's time.
    pub first_ms: i64,
    /// Its last line's time.
    pub last_ms: i64,
}

/// A generation of the group.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Generation {
    /// Its number.
    pub generation: i32,
    /// The first line that named it (a member joining it, or the broker stabilising it).
    pub first_ms: i64,
    /// How many members joined it, by the clients' lines.
    pub members_joined: usize,
    /// How many members the broker says it has.
    pub members_stated: Option<u32>,
}

/// Members leaving for a poll timeout, each within [`STORM_GAP_MS`] of the one before.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LeaveStorm {
    /// The first leave.
    pub start_ms: i64,
    /// The last leave.
    pub end_ms: i64,
    /// How many distinct members left.
    pub members: usize,
    /// The hosts they ran on, sorted.
    pub hosts: Vec<String>,
    /// How long each member had been in the group (its last join before leaving), shortest
    /// first; members whose join the logs do not show are not in it.
    pub stays_ms: Vec<i64>,
}

/// Commit failures on one host.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct HostFailures {
    /// The host.
    pub host: Option<String>,
    /// How many (lines of one host less than a second apart are one failure).
    pub count: usize,
    /// The first.
    pub first_ms: i64,
    /// The last.
    pub last_ms: i64,
    /// The errors named, each once, sorted.
    pub errors: Vec<String>,
}

/// A member as the lines identify it: its member id (unique), else its host and client id (a
/// client id repeats on every host that runs the same application).
fn member_key(event: &LogEvent) -> String {
    event.member_id.clone().unwrap_or_else(|| client_key(event))
}

/// A member's host and client id.
fn client_key(event: &LogEvent) -> String {
    format!("{}/{}", event.host.as_deref().unwrap_or("-"), event.client_id.as_deref().unwrap_or("?"))
}

impl LogTimeline {
    /// The timeline of `events` (from every input), with when each host logged (`spans`).
    #[must_use]
    pub fn build(mut events: Vec<LogEvent>, spans: &[super::LineSpan]) -> Self {
        events.retain(|event| event.time_ms.is_some());
        events.sort_by_key(|event| (event.time_ms, event.input, event.line));
        let n_events = events.len();
        // The consumers' hosts (a broker's log names the broker).
        let hosts: BTreeSet<String> = events
            .iter()
            .filter(|event| !event.kind.is_broker())
            .filter_map(|event| event.host.clone())
            .collect();
        let host_spans = host_spans(&events, spans);
        let commit_failures = commit_failures(&events);
        let mut by_group: BTreeMap<Option<String>, Vec<LogEvent>> = BTreeMap::new();
        for event in events {
            by_group.entry(event.group.clone()).or_default().push(event);
        }
        let groups: Vec<GroupLog> =
            by_group.into_iter().map(|(group, events)| GroupLog::build(group, events)).collect();
        let clock_skews = super::skew::clock_skews(&groups);
        Self {
            groups,
            hosts: hosts.into_iter().collect(),
            host_spans,
            commit_failures,
            n_events,
            clock_skews,
        }
    }

    /// Whether the logs said anything.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.n_events == 0
    }
}

/// The id of the rebalance protocol a group's lines speak of, as messages select on it:
/// `consumer` (KIP-848: generations are epochs) or `classic`.
#[must_use]
pub fn protocol_id(consumer_protocol: bool) -> &'static str {
    if consumer_protocol { "consumer" } else { "classic" }
}

impl GroupLog {
    /// [`protocol_id`] of this group.
    #[must_use]
    pub fn protocol_id(&self) -> &'static str {
        protocol_id(self.consumer_protocol)
    }

    fn build(group: Option<String>, events: Vec<LogEvent>) -> Self {
        let generations = generations(&events);
        let (storms, poll_timeout_members) = storms(&events);
        let consumer_protocol = events.iter().any(|event| {
            matches!(
                event.kind,
                EventKind::EpochReached { .. }
                    | EventKind::EpochBumped { .. }
                    | EventKind::TargetComputed { .. }
            )
        });
        let rebalances = rebalances(&events, consumer_protocol);
        Self { group, events, generations, storms, poll_timeout_members, rebalances, consumer_protocol }
    }
}

/// The generation each event says a member joined: a classic `Joined`'s; for a KIP-848 member's
/// `STABLE`, its epoch, or the group's when the group is already past it (by the broker's or the
/// other members' lines): a member that gives partitions up reconciles at its old epoch, then
/// takes the group's at its next heartbeat without a line, so it is part of the rebalance to the
/// group's epoch. A static member back from a restart at the epoch the group had when it joined
/// (its `group.instance.id` keeps its assignment; the epoch does not move) joined no rebalance.
fn joined_generations(events: &[LogEvent]) -> Vec<Option<i32>> {
    let mut group_epoch: Option<i32> = None;
    // Static members between their `JOINING` and their first `STABLE`: the group's epoch then.
    let mut static_joins: BTreeMap<String, Option<i32>> = BTreeMap::new();
    let mut joined = Vec::with_capacity(events.len());
    for event in events {
        let mut seen = |epoch: i32| {
            let latest = group_epoch.map_or(epoch, |known| known.max(epoch));
            group_epoch = Some(latest);
            latest
        };
        joined.push(match &event.kind {
            EventKind::Joined { generation, .. } => *generation,
            EventKind::Joining if event.instance_id.is_some() => {
                static_joins.insert(client_key(event), group_epoch);
                None
            }
            EventKind::EpochReached { epoch: Some(epoch) } => {
                let epoch = seen(*epoch);
                let back_unmoved =
                    static_joins.remove(&client_key(event)).is_some_and(|at_join| at_join == Some(epoch));
                (!back_unmoved).then_some(epoch)
            }
            // A KIP-848 member's `RECONCILING` names the epoch its assignment came with.
            EventKind::EpochBumped { epoch: Some(epoch) }
            | EventKind::TargetComputed { epoch: Some(epoch), .. }
            | EventKind::Synced { generation: Some(epoch) } => {
                seen(*epoch);
                None
            }
            _ => None,
        });
    }
    joined
}

fn generations(events: &[LogEvent]) -> Vec<Generation> {
    let mut by_number: BTreeMap<i32, Generation> = BTreeMap::new();
    let mut joined: BTreeMap<i32, BTreeSet<String>> = BTreeMap::new();
    for (event, joined_generation) in events.iter().zip(joined_generations(events)) {
        let time_ms = event.time_ms.unwrap_or_default();
        let (number, stated) = match (&event.kind, joined_generation) {
            (_, Some(number)) => {
                joined.entry(number).or_default().insert(member_key(event));
                (number, None)
            }
            (EventKind::Stabilized { generation: Some(number), members }, _) => (*number, *members),
            (EventKind::TargetComputed { epoch: Some(number), .. }, _) => (*number, None),
            _ => continue,
        };
        let generation = by_number.entry(number).or_insert(Generation {
            generation: number,
            first_ms: time_ms,
            members_joined: 0,
            members_stated: None,
        });
        generation.members_stated = stated.or(generation.members_stated);
    }
    let mut generations: Vec<Generation> = by_number.into_values().collect();
    for generation in &mut generations {
        generation.members_joined = joined.get(&generation.generation).map_or(0, BTreeSet::len);
    }
    generations
}

/// Each generation the clients joined, as a rebalance: it began at the first `(Re-)joining group`
/// (or the broker's `Preparing to rebalance`) after the previous generation ended, and ended at
/// the last `Successfully joined group with generation` of this one. A KIP-848 group's epochs are
/// its generations: its rebalance begins at the broker's `Bumped group epoch` (or a member's
/// `JOINING`) and ends when the last member reconciled at that epoch (`STABLE`).
fn rebalances(events: &[LogEvent], consumer_protocol: bool) -> Vec<Rebalance> {
    // Per generation: its first and last join, and the members that joined (each once: a file
    // given twice, or overlapping rotated files, repeat lines, not members).
    let mut joined: BTreeMap<i32, (i64, i64, BTreeSet<String>)> = BTreeMap::new();
    for (event, joined_generation) in events.iter().zip(joined_generations(events)) {
        if let (Some(time_ms), Some(generation)) = (event.time_ms, joined_generation) {
            let entry = joined.entry(generation).or_insert((time_ms, time_ms, BTreeSet::new()));
            entry.0 = entry.0.min(time_ms);
            entry.1 = entry.1.max(time_ms);
            entry.2.insert(member_key(event));
        }
    }
    // The broker's view of each generation: when it was stable, with how many members.
    let mut stabilized: BTreeMap<i32, (i64, usize)> = BTreeMap::new();
    for event in events {
        let (time_ms, generation, stated) = match (event.time_ms, &event.kind) {
            (Some(time_ms), EventKind::Stabilized { generation: Some(generation), members }) => {
                (time_ms, *generation, members.map_or(0, |members| members as usize))
            }
            // KIP-848: the epoch's target assignment, which names no member count.
            (Some(time_ms), EventKind::TargetComputed { epoch: Some(epoch), .. }) => (time_ms, *epoch, 0),
            _ => continue,
        };
        stabilized.entry(generation).or_insert((time_ms, stated));
    }
    // Events are in time order: each round's lines are found by a search, not a scan. A
    // generation the clients tell takes its times from them; one only the broker tells, from the
    // broker.
    let mut rounds: Vec<(i64, i32, i64, usize)> = joined
        .iter()
        .map(|(generation, (first, end, members))| {
            let stated = stabilized.get(generation).map_or(0, |&(_, stated)| stated);
            (*first, *generation, *end, members.len().max(stated))
        })
        .collect();
    rounds.extend(
        stabilized
            .iter()
            .filter(|(generation, _)| !joined.contains_key(generation))
            .map(|(generation, &(time_ms, stated))| (time_ms, *generation, time_ms, stated)),
    );
    rounds.sort_unstable();
    let mut rebalances = Vec::with_capacity(rounds.len());
    let mut previous_end = i64::MIN;
    for (first_join_ms, generation, end_ms, members) in rounds {
        // The rejoins of this round: after the previous generation, before its first join.
        let mut rejoins: Vec<(i64, String, Option<&str>)> = Vec::new();
        let mut start_ms = first_join_ms;
        let from =
            events.partition_point(|event| event.time_ms.is_some_and(|time_ms| time_ms <= previous_end));
        for event in &events[from..] {
            let Some(time_ms) = event.time_ms else { continue };
            if time_ms > first_join_ms {
                break;
            }
            match event.kind {
                EventKind::Joining => {
                    let key = client_key(event);
                    rejoins.retain(|(_, known, _)| *known != key);
                    rejoins.push((time_ms, key, event.host.as_deref()));
                    start_ms = start_ms.min(time_ms);
                }
                EventKind::PreparingRebalance { .. } | EventKind::EpochBumped { .. } => {
                    start_ms = start_ms.min(time_ms);
                }
                // The KIP-848 coordinator bumps the epoch of a leave or a removal without a line.
                EventKind::Removed { .. } if consumer_protocol => start_ms = start_ms.min(time_ms),
                _ => {}
            }
        }
        rejoins.sort();
        let last_to_rejoin = rejoins.last().map(|(time_ms, member, host)| Rejoin {
            member: member.clone(),
            host: host.map(str::to_owned),
            time_ms: *time_ms,
        });
        let previous_rejoin_ms =
            rejoins.len().checked_sub(2).and_then(|index| rejoins.get(index)).map(|(time_ms, ..)| *time_ms);
        rebalances.push(Rebalance {
            generation,
            start_ms,
            end_ms,
            members,
            last_to_rejoin,
            previous_rejoin_ms,
            told_by_clients: joined.contains_key(&generation),
            told_by_broker: stabilized.contains_key(&generation),
        });
        previous_end = previous_end.max(end_ms);
    }
    rebalances
}

/// The storms, and how many distinct members they hold.
fn storms(events: &[LogEvent]) -> (Vec<LeaveStorm>, usize) {
    // Each member's poll-timeout leaves, with its last join before it: the `LeaveGroup` lines,
    // which name the member; the client's warnings where the logs hold no such line (a level
    // above INFO).
    let has_leave_lines = events
        .iter()
        .any(|event| matches!(event.kind, EventKind::Leaving { reason: LeaveReason::PollTimeout }));
    let mut last_join: BTreeMap<String, i64> = BTreeMap::new();
    let mut last_leave: BTreeMap<String, i64> = BTreeMap::new();
    let mut consumers: BTreeSet<String> = BTreeSet::new();
    let mut leaves: Vec<(i64, String, Option<String>, Option<i64>)> = Vec::new();
    for event in events {
        let Some(time_ms) = event.time_ms else { continue };
        let is_leave = match event.kind {
            EventKind::Leaving { reason: LeaveReason::PollTimeout } => true,
            EventKind::PollTimeout => !has_leave_lines,
            _ => false,
        };
        match event.kind {
            EventKind::Joined { .. } => {
                last_join.insert(member_key(event), time_ms);
                last_join.insert(client_key(event), time_ms);
            }
            // KIP-848: a member reconciles at every epoch; its join is the first since it left.
            EventKind::EpochReached { .. } => {
                last_join.entry(member_key(event)).or_insert(time_ms);
                last_join.entry(client_key(event)).or_insert(time_ms);
            }
            _ if is_leave => {
                let key = member_key(event);
                if last_leave
                    .get(&key)
                    .is_some_and(|previous| time_ms.saturating_sub(*previous) <= SAME_LEAVE_MS)
                {
                    continue;
                }
                last_leave.insert(key.clone(), time_ms);
                // A consumer rejoins with a new member id: it is counted by its host and client id.
                consumers.insert(if event.client_id.is_some() { client_key(event) } else { key.clone() });
                let stay = last_join
                    .remove(&key)
                    .or_else(|| last_join.remove(&client_key(event)))
                    .map(|joined| time_ms.saturating_sub(joined));
                leaves.push((time_ms, key, event.host.clone(), stay));
            }
            _ => {}
        }
    }
    let mut storms: Vec<LeaveStorm> = Vec::new();
    let mut members: BTreeSet<String> = BTreeSet::new();
    let mut hosts: BTreeSet<String> = BTreeSet::new();
    for (time_ms, key, host, stay) in leaves {
        let continues =
            storms.last().is_some_and(|storm| time_ms.saturating_sub(storm.end_ms) <= STORM_GAP_MS);
        if !continues {
            if let Some(storm) = storms.last_mut() {
                storm.members = members.len();
                storm.hosts = std::mem::take(&mut hosts).into_iter().collect();
            }
            members.clear();
            storms.push(LeaveStorm {
                start_ms: time_ms,
                end_ms: time_ms,
                members: 0,
                hosts: Vec::new(),
                stays_ms: Vec::new(),
            });
        }
        if let Some(storm) = storms.last_mut() {
            storm.end_ms = time_ms;
            storm.stays_ms.extend(stay);
        }
        members.insert(key);
        hosts.extend(host);
    }
    if let Some(storm) = storms.last_mut() {
        storm.members = members.len();
        storm.hosts = hosts.into_iter().collect();
    }
    for storm in &mut storms {
        storm.stays_ms.sort_unstable();
    }
    (storms, consumers.len())
}

/// When each host logged, any line, but for the hosts whose recognised lines are all a broker's.
fn host_spans(events: &[LogEvent], spans: &[super::LineSpan]) -> Vec<HostSpan> {
    let mut by_host: BTreeMap<&str, HostSpan> = BTreeMap::new();
    for span in spans {
        let Some(host) = span.host.as_deref() else { continue };
        let mut named = events.iter().filter(|event| event.host.as_deref() == Some(host)).peekable();
        if named.peek().is_some() && named.all(|event| event.kind.is_broker()) {
            continue;
        }
        let merged = by_host.entry(host).or_insert(HostSpan {
            host: host.to_owned(),
            first_ms: span.first_ms,
            last_ms: span.last_ms,
        });
        merged.first_ms = merged.first_ms.min(span.first_ms);
        merged.last_ms = merged.last_ms.max(span.last_ms);
    }
    by_host.into_values().collect()
}

fn commit_failures(events: &[LogEvent]) -> Vec<HostFailures> {
    let mut by_host: BTreeMap<Option<String>, HostFailures> = BTreeMap::new();
    for event in events {
        let (Some(time_ms), EventKind::CommitFailed { error }) = (event.time_ms, &event.kind) else {
            continue;
        };
        let failures = by_host.entry(event.host.clone()).or_insert(HostFailures {
            host: event.host.clone(),
            count: 0,
            first_ms: time_ms,
            last_ms: i64::MIN,
            errors: Vec::new(),
        });
        if time_ms.saturating_sub(failures.last_ms) >= SAME_FAILURE_MS {
            failures.count += 1;
        }
        failures.last_ms = time_ms;
        if !failures.errors.contains(error) {
            failures.errors.push(error.clone());
            failures.errors.sort();
        }
    }
    let mut failures: Vec<HostFailures> = by_host.into_values().collect();
    failures.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.host.cmp(&b.host)));
    failures
}
