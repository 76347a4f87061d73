//! A group's log timeline laid out as a picture: a lane per member (its joins, assignments,
//! revocations, leaves and failures as marks in time), the group coordinator's lane (rebalances
//! it began, generations it made stable, members it removed), and the generations as bands. The
//! page draws it; every decision (which lane a line belongs to, what a mark says) is made here.
//!
//! A member's lane is named by what stays the same across its rejoins: its `group.instance.id`
//! (static membership), else its host and `client.id`, else its member id. A broker's line about
//! a member (removed after its session timed out) goes to the lane whose lines named that member
//! id, else to a lane of its own.

use std::collections::BTreeMap;

use serde::Serialize;

use super::LogEvent;
use super::messages::{EventKind, HeartbeatFailure, LeaveReason, Removal};
use super::timeline::GroupLog;
use crate::l10n::{Arg, Message};

/// What a mark shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum MarkKind {
    /// A member (re)joins, or joined a generation.
    Join,
    /// Partitions assigned.
    Assignment,
    /// Partitions revoked or lost.
    Revocation,
    /// A member leaves (`LeaveGroup`), or the group emptied.
    Leave,
    /// A poll timeout, a failed heartbeat or commit, a lost coordinator.
    Failure,
    /// The coordinator removed a member.
    Removal,
    /// The coordinator began a rebalance or made a generation stable.
    Rebalance,
}

/// One event in a lane.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Mark {
    /// When (ms since the epoch).
    pub time_ms: i64,
    /// What it shows.
    pub kind: MarkKind,
    /// What happened, for people (`event-mark-…`).
    pub what: Message,
    /// The line it was read from (1-based) and its input.
    pub line: usize,
    /// See `line`.
    pub input: usize,
}

/// One member's (or the coordinator's) row.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Lane {
    /// Its name: the instance id, the client id or the member id.
    pub name: String,
    /// The host its lines came from, when known.
    pub host: Option<String>,
    /// The group coordinator's lane (the broker's lines about the whole group).
    pub coordinator: bool,
    /// Its marks, in time order.
    pub marks: Vec<Mark>,
}

/// A generation, from its first join until the next generation's (or the end of the logs).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct GenerationBand {
    /// The generation.
    pub generation: i32,
    /// When its first member joined.
    pub start_ms: i64,
    /// When the next generation's first member joined, or the last line.
    pub end_ms: i64,
}

/// A rebalance, from the first rejoin until the last member joined its generation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct RebalanceSpan {
    /// The generation it made.
    pub generation: i32,
    /// When it began.
    pub start_ms: i64,
    /// When it ended.
    pub end_ms: i64,
}

/// A group's timeline as a picture.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GroupLanes {
    /// The group.
    pub group: Option<String>,
    /// The first and the last event's time.
    pub start_ms: i64,
    /// See `start_ms`.
    pub end_ms: i64,
    /// The generations, oldest first.
    pub generations: Vec<GenerationBand>,
    /// The rebalances, oldest first.
    pub rebalances: Vec<RebalanceSpan>,
    /// The coordinator's lane first (when the broker's lines are there), then the members' in the
    /// order they first appear.
    pub lanes: Vec<Lane>,
    /// Whether the group runs the KIP-848 protocol: its generations are epochs.
    pub consumer_protocol: bool,
}

impl GroupLanes {
    /// [`super::timeline::protocol_id`] of the group.
    #[must_use]
    pub fn protocol_id(&self) -> &'static str {
        super::timeline::protocol_id(self.consumer_protocol)
    }
}

/// The lane a client's line belongs to.
fn client_lane(event: &LogEvent) -> (String, Option<String>) {
    let name = event
        .instance_id
        .clone()
        .or_else(|| event.client_id.clone())
        .or_else(|| event.member_id.clone())
        .or_else(|| event.host.clone())
        .unwrap_or_else(|| "?".to_owned());
    (name, event.host.clone())
}

/// At most this many partitions are named in a mark's text (its count says how many there were).
const NAMED_PARTITIONS: usize = 20;

/// The partitions a mark names: the first [`NAMED_PARTITIONS`], then `…` when there are more.
fn partitions_text(partitions: &[String]) -> Arg {
    let mut named: Vec<&str> = partitions.iter().take(NAMED_PARTITIONS).map(String::as_str).collect();
    if partitions.len() > NAMED_PARTITIONS {
        named.push("…");
    }
    Arg::list(named)
}

/// What a mark shows and says for `event`; `None` for what the picture leaves out.
fn mark_of(event: &LogEvent) -> Option<(MarkKind, Message)> {
    let generation =
        |generation: &Option<i32>| generation.map_or(Arg::Unknown, |value| Arg::Int(i64::from(value)));
    Some(match &event.kind {
        EventKind::Joining => (MarkKind::Join, crate::msg!("event-mark-joining")),
        EventKind::Joined { generation: number, protocol } => (
            MarkKind::Join,
            crate::msg!(
                "event-mark-joined",
                generation = generation(number),
                protocol = protocol.as_deref().map_or(Arg::Unknown, Arg::from)
            ),
        ),
        EventKind::Synced { .. } => return None,
        EventKind::Assigned { partitions } => (
            MarkKind::Assignment,
            crate::msg!(
                "event-mark-assigned",
                count = partitions.len(),
                partitions = partitions_text(partitions)
            ),
        ),
        EventKind::Revoked { partitions } => (
            MarkKind::Revocation,
            crate::msg!(
                "event-mark-revoked",
                count = partitions.len(),
                partitions = partitions_text(partitions)
            ),
        ),
        EventKind::Lost { partitions } => (
            MarkKind::Revocation,
            crate::msg!(
                "event-mark-lost",
                count = partitions.len(),
                partitions = partitions_text(partitions)
            ),
        ),
        EventKind::Leaving { reason } => (
            MarkKind::Leave,
            crate::msg!(
                "event-mark-leaving",
                reason = match reason {
                    LeaveReason::PollTimeout => "poll-timeout",
                    LeaveReason::Closing => "closing",
                    LeaveReason::Unsubscribed => "unsubscribed",
                    LeaveReason::Other => "other",
                }
            ),
        ),
        EventKind::PollTimeout => (MarkKind::Failure, crate::msg!("event-mark-poll-timeout")),
        EventKind::HeartbeatFailed { reason } => (
            MarkKind::Failure,
            crate::msg!(
                "event-mark-heartbeat-failed",
                reason = match reason {
                    HeartbeatFailure::Rebalancing => "rebalancing",
                    HeartbeatFailure::UnknownMember => "forgotten",
                    HeartbeatFailure::StaleGeneration => "stale-generation",
                    HeartbeatFailure::Fenced => "fenced",
                }
            ),
        ),
        EventKind::CommitFailed { error } => {
            (MarkKind::Failure, crate::msg!("event-mark-commit-failed", error = error.as_str()))
        }
        EventKind::CoordinatorLost => (MarkKind::Failure, crate::msg!("event-mark-coordinator-lost")),
        EventKind::PreparingRebalance { .. }
        | EventKind::EpochBumped { .. }
        | EventKind::TargetComputed { .. }
        | EventKind::Stabilized { .. }
        | EventKind::Removed { .. }
        | EventKind::GroupEmpty { .. } => return coordinator_mark(event),
        EventKind::EpochReached { epoch } => {
            (MarkKind::Join, crate::msg!("event-mark-epoch-reached", epoch = generation(epoch)))
        }
    })
}

/// The mark of a coordinator's line (`EventKind::is_broker`).
fn coordinator_mark(event: &LogEvent) -> Option<(MarkKind, Message)> {
    let generation =
        |generation: &Option<i32>| generation.map_or(Arg::Unknown, |value| Arg::Int(i64::from(value)));
    Some(match &event.kind {
        EventKind::PreparingRebalance { old_generation, reason } => (
            MarkKind::Rebalance,
            crate::msg!(
                "event-mark-preparing-rebalance",
                generation = generation(old_generation),
                reason = reason.as_deref().map_or(Arg::Unknown, Arg::from)
            ),
        ),
        EventKind::EpochBumped { epoch } => {
            (MarkKind::Rebalance, crate::msg!("event-mark-epoch-bumped", epoch = generation(epoch)))
        }
        EventKind::TargetComputed { epoch, assignor } => (
            MarkKind::Rebalance,
            crate::msg!(
                "event-mark-target-computed",
                epoch = generation(epoch),
                assignor = assignor.as_deref().map_or(Arg::Unknown, Arg::from)
            ),
        ),
        EventKind::Stabilized { generation: number, members } => (
            MarkKind::Rebalance,
            crate::msg!(
                "event-mark-stabilized",
                generation = generation(number),
                members = members.map_or(Arg::Unknown, |value| Arg::Int(i64::from(value)))
            ),
        ),
        EventKind::Removed { removal } => (
            MarkKind::Removal,
            crate::msg!(
                "event-mark-removed",
                member = event.member_id.as_deref().map_or(Arg::Unknown, Arg::from),
                reason = match removal {
                    Removal::SessionTimeout => "session-timeout",
                    Removal::RebalanceTimeout => "rebalance-timeout",
                    Removal::LeftGroup => "left-group",
                }
            ),
        ),
        EventKind::GroupEmpty { generation: number } => {
            (MarkKind::Leave, crate::msg!("event-mark-group-empty", generation = generation(number)))
        }
        _ => return None,
    })
}

/// Whether `event` names the client, instance or member it is about.
fn names_a_member(event: &LogEvent) -> bool {
    event.instance_id.is_some() || event.client_id.is_some() || event.member_id.is_some()
}

/// `group`'s timeline as lanes, bands and spans.
#[must_use]
pub fn lanes(group: &GroupLog) -> GroupLanes {
    let times = group.events.iter().filter_map(|event| event.time_ms);
    let start_ms = times.clone().min().unwrap_or_default();
    let end_ms = times.max().unwrap_or_default();
    // Which lane named each member id (so that the broker's lines about a member join it).
    let mut lane_of_member: BTreeMap<&str, usize> = BTreeMap::new();
    let mut index_of: BTreeMap<(String, Option<String>), usize> = BTreeMap::new();
    let mut lanes: Vec<Lane> = Vec::new();
    let mut coordinator: Option<Lane> = None;
    // Lines that name no member (Spring's container says "partitions assigned" per thread without
    // a client id): read after the members' own lines, below.
    let mut unnamed: Vec<(&LogEvent, Mark)> = Vec::new();
    for event in &group.events {
        let Some(time_ms) = event.time_ms else { continue };
        let Some((kind, what)) = mark_of(event) else { continue };
        let mark = Mark { time_ms, kind, what, line: event.line, input: event.input };
        let about_member = matches!(event.kind, EventKind::Removed { .. });
        if event.kind.is_broker() && !about_member {
            coordinator
                .get_or_insert_with(|| Lane {
                    name: String::new(),
                    host: event.host.clone(),
                    coordinator: true,
                    marks: Vec::new(),
                })
                .marks
                .push(mark);
            continue;
        }
        if !about_member && !names_a_member(event) {
            unnamed.push((event, mark));
            continue;
        }
        let known = if about_member {
            event.member_id.as_deref().and_then(|member| lane_of_member.get(member).copied())
        } else {
            None
        };
        let index = known.unwrap_or_else(|| {
            let key = if about_member {
                (event.member_id.clone().unwrap_or_else(|| "?".to_owned()), None)
            } else {
                client_lane(event)
            };
            *index_of.entry(key.clone()).or_insert_with(|| {
                lanes.push(Lane { name: key.0, host: key.1, coordinator: false, marks: Vec::new() });
                lanes.len() - 1
            })
        });
        if !about_member && let Some(member) = event.member_id.as_deref() {
            lane_of_member.insert(member, index);
        }
        lanes[index].marks.push(mark);
    }
    // A line that names no member repeats, on its host, what a member's own line said within a
    // second (the container's "partitions assigned" after the client's "Adding newly assigned
    // partitions"): left out. Anything else goes to its host's lane.
    let named_lanes = lanes.len();
    for (event, mark) in unnamed {
        let repeated = lanes[..named_lanes].iter().filter(|lane| lane.host == event.host).any(|lane| {
            lane.marks
                .iter()
                .any(|known| known.kind == mark.kind && known.time_ms.abs_diff(mark.time_ms) <= 1_000)
        });
        if repeated {
            continue;
        }
        let key = (event.host.clone().unwrap_or_else(|| "?".to_owned()), event.host.clone());
        let index = *index_of.entry(key.clone()).or_insert_with(|| {
            lanes.push(Lane { name: key.0, host: key.1, coordinator: false, marks: Vec::new() });
            lanes.len() - 1
        });
        lanes[index].marks.push(mark);
    }
    let mut generations: Vec<GenerationBand> = group
        .generations
        .iter()
        .map(|generation| GenerationBand {
            generation: generation.generation,
            start_ms: generation.first_ms,
            end_ms,
        })
        .collect();
    crate::order::sort_by_key(&mut generations, |band| (band.start_ms, band.generation));
    for index in 1..generations.len() {
        generations[index - 1].end_ms = generations[index].start_ms;
    }
    let rebalances = group
        .rebalances
        .iter()
        .map(|rebalance| RebalanceSpan {
            generation: rebalance.generation,
            start_ms: rebalance.start_ms,
            end_ms: rebalance.end_ms,
        })
        .collect();
    GroupLanes {
        group: group.group.clone(),
        start_ms,
        end_ms,
        generations,
        rebalances,
        lanes: coordinator.into_iter().chain(lanes).collect(),
        consumer_protocol: group.consumer_protocol,
    }
}

/// When members left `group` (a `LeaveGroup`, or the coordinator removing one), in time order:
/// what a lag chart marks beside the rebalances.
#[must_use]
pub fn leave_times(group: &GroupLog) -> Vec<i64> {
    group
        .events
        .iter()
        .filter(|event| matches!(event.kind, EventKind::Leaving { .. } | EventKind::Removed { .. }))
        .filter_map(|event| event.time_ms)
        .collect()
}
