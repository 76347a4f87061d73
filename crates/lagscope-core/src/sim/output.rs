//! What a simulation produces: series per partition, member and host, the group's state at each
//! sample, an event log and a summary. Serialised as the `--json` output.

use std::collections::BTreeMap;

use serde::Serialize;

use super::scenario::ProtocolKind;
use crate::assign::AssignorKind;
use crate::l10n::Message;

/// The result of one run.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Outcome {
    /// The scenario's name.
    pub scenario: String,
    /// The consumer group id.
    pub group: String,
    /// The seed the run drew from.
    pub seed: u64,
    /// The rebalance protocol.
    pub protocol: ProtocolKind,
    /// The assignor.
    pub assignor: AssignorKind,
    /// Sample times, epoch milliseconds (the start, every `sample_every_s`, and the end).
    pub sample_times_ms: Vec<i64>,
    /// Per partition, sorted by topic (scenario order) then partition.
    pub partitions: Vec<PartitionSeries>,
    /// One entry per member id, in the order they were first used.
    pub members: Vec<MemberSeries>,
    /// Per host, in the order hosts appeared.
    pub hosts: Vec<HostSeries>,
    /// The group at each sample.
    pub samples: Vec<GroupSample>,
    /// What happened, in time order.
    pub events: Vec<SimEvent>,
    /// Totals.
    pub summary: Summary,
    /// The scenario's other consumer groups, each run as its own outcome over the same topics and
    /// sample times.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub other_groups: Vec<Outcome>,
}

impl Outcome {
    /// This group and the others, in the scenario's order.
    pub fn groups(&self) -> impl Iterator<Item = &Self> {
        std::iter::once(self).chain(&self.other_groups)
    }
}

/// The exception an application's commit fails with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CommitError {
    /// The member is no longer in the group's generation (it left, was removed, or its generation
    /// is stale).
    CommitFailedException,
    /// The member's own join is pending, or the group is completing a rebalance.
    RebalanceInProgressException,
}

impl CommitError {
    /// The Java class name.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Self::CommitFailedException => "CommitFailedException",
            Self::RebalanceInProgressException => "RebalanceInProgressException",
        }
    }
}

/// One partition over time.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PartitionSeries {
    /// Topic name.
    pub topic: String,
    /// Partition number.
    pub partition: i32,
    /// Log-end offset at each sample; `None` before the partition existed.
    pub log_end_offset: Vec<Option<i64>>,
    /// Committed offset at each sample; `None` when never committed.
    pub committed: Vec<Option<i64>>,
    /// Lag at each sample; `None` when unknown (no committed offset).
    pub lag: Vec<Option<i64>>,
    /// The member (index into `members`) the coordinator lists as its owner at each sample.
    pub owner: Vec<Option<u32>>,
    /// Records processed (including duplicates).
    pub processed: u64,
    /// Records processed a second time (or more): after a rebalance, a crash or a failed commit.
    pub duplicates: u64,
    /// Milliseconds during which no running consumer was fetching the partition.
    pub unowned_ms: i64,
    /// Who fetched it, exactly: (epoch ms, member index) from when a consumer started fetching it,
    /// (epoch ms, `None`) from when nobody did (revoked, crashed, stopped), in time order.
    pub fetched_by: Vec<(i64, Option<u32>)>,
}

/// One member id over time.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MemberSeries {
    /// The member id the coordinator gave.
    pub member_id: String,
    /// `client.id`.
    pub client_id: String,
    /// `group.instance.id` (static membership).
    pub group_instance_id: Option<String>,
    /// The host's name.
    pub host: String,
    /// The host's address as the broker reports it.
    pub address: String,
    /// The consumer thread on its host, from 1.
    pub thread: u32,
    /// Records processed in the interval ending at each sample.
    pub processed: Vec<u64>,
    /// When it joined (epoch ms).
    pub joined_ms: i64,
    /// When it left or was removed (epoch ms), and why.
    pub left: Option<(i64, LeaveReason)>,
}

/// One host over time.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct HostSeries {
    /// The host's name.
    pub host: String,
    /// Its address.
    pub address: String,
    /// Records processed in the interval ending at each sample.
    pub processed: Vec<u64>,
}

/// The group at one sample.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct GroupSample {
    /// The state as `kafka-consumer-groups.sh` prints it.
    pub state: &'static str,
    /// The generation (classic) or group epoch (KIP-848).
    pub generation: i32,
    /// Members of the group (indexes into `members`).
    pub members: Vec<u32>,
}

/// Why a member left the group.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum LeaveReason {
    /// It did not poll within `max.poll.interval.ms`.
    PollTimeout,
    /// The coordinator heard no heartbeat for `session.timeout.ms` (a crash).
    SessionTimeout,
    /// It shut down gracefully.
    Shutdown,
    /// It did not rejoin before the rebalance timeout.
    RebalanceTimeout,
}

impl LeaveReason {
    /// The name used in JSON.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Self::PollTimeout => "poll_timeout",
            Self::SessionTimeout => "session_timeout",
            Self::Shutdown => "shutdown",
            Self::RebalanceTimeout => "rebalance_timeout",
        }
    }

    /// Its name for people.
    #[must_use]
    pub fn label(self) -> Message {
        match self {
            Self::PollTimeout => Message::new("sim-leave-poll-timeout"),
            Self::SessionTimeout => Message::new("sim-leave-session-timeout"),
            Self::Shutdown => Message::new("sim-leave-shutdown"),
            Self::RebalanceTimeout => Message::new("sim-leave-rebalance-timeout"),
        }
    }
}

/// What kind of event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    /// A consumer process started.
    Started,
    /// A member joined the group.
    Joined,
    /// A member left or was removed.
    Left,
    /// A process died.
    Crashed,
    /// A process shut down.
    Stopped,
    /// The coordinator began a rebalance.
    RebalanceStarted,
    /// A rebalance round ended with a new generation.
    RebalanceCompleted,
    /// KIP-848: the group epoch was bumped and a new target assignment computed.
    EpochBumped,
    /// A member was given partitions.
    Assigned,
    /// A member gave partitions up.
    Revoked,
    /// A commit was refused (`CommitFailedException` or `RebalanceInProgressException`).
    CommitFailed,
    /// A static member's poll loop timed out: no `LeaveGroup`; the coordinator keeps it until its
    /// session expires.
    PollTimedOut,
    /// The classic leader's metadata refresh showed new partitions.
    MetadataRefreshed,
    /// A topic got more partitions.
    PartitionsAdded,
    /// A thread blocked on an external call.
    Stalled,
    /// A deploy step.
    Deploy,
}

impl EventKind {
    /// Its name for people (the event log's second column).
    #[must_use]
    pub fn label(self) -> Message {
        match self {
            Self::Started => Message::new("sim-event-kind-started"),
            Self::Joined => Message::new("sim-event-kind-joined"),
            Self::Left => Message::new("sim-event-kind-left"),
            Self::Crashed => Message::new("sim-event-kind-crashed"),
            Self::Stopped => Message::new("sim-event-kind-stopped"),
            Self::RebalanceStarted => Message::new("sim-event-kind-rebalance-started"),
            Self::RebalanceCompleted => Message::new("sim-event-kind-rebalance-completed"),
            Self::EpochBumped => Message::new("sim-event-kind-epoch-bumped"),
            Self::Assigned => Message::new("sim-event-kind-assigned"),
            Self::Revoked => Message::new("sim-event-kind-revoked"),
            Self::CommitFailed => Message::new("sim-event-kind-commit-failed"),
            Self::PollTimedOut => Message::new("sim-event-kind-poll-timed-out"),
            Self::MetadataRefreshed => Message::new("sim-event-kind-metadata-refreshed"),
            Self::PartitionsAdded => Message::new("sim-event-kind-partitions-added"),
            Self::Stalled => Message::new("sim-event-kind-stalled"),
            Self::Deploy => Message::new("sim-event-kind-deploy"),
        }
    }
}

/// One entry of the event log.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SimEvent {
    /// When (epoch ms).
    pub at_ms: i64,
    /// What.
    pub kind: EventKind,
    /// The member id concerned.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub member_id: Option<String>,
    /// Its host.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub host: Option<String>,
    /// The generation or epoch concerned.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub generation: Option<i32>,
    /// Why a member left.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<LeaveReason>,
    /// Partitions concerned (`topic-partition`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub partitions: Vec<String>,
    /// The exception a failed commit raised.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub exception: Option<CommitError>,
    /// What happened, for people: a message (its id and arguments; `--json` adds its text).
    pub detail: Message,
}

/// Totals of a run.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Summary {
    /// Rebalance rounds completed (classic: `JoinGroup/SyncGroup` rounds, each new generation;
    /// KIP-848: group epoch bumps).
    pub n_rebalances: u32,
    /// Members that left, by reason.
    pub leaves: BTreeMap<LeaveReason, u32>,
    /// Commits the application saw fail.
    pub n_commit_failures: u32,
    /// The same, by exception.
    pub commit_failures: BTreeMap<CommitError, u32>,
    /// Records written during the run.
    pub produced: i64,
    /// Records processed (including duplicates).
    pub processed: u64,
    /// Records processed more than once.
    pub duplicates: u64,
    /// Sum over partitions of the time without a running consumer, in ms.
    pub unowned_ms: i64,
    /// Total lag at the first and last samples, and the largest seen (unknown lags left out).
    pub first_total_lag: i64,
    /// See `first_total_lag`.
    pub final_total_lag: i64,
    /// See `first_total_lag`.
    pub max_total_lag: i64,
}
