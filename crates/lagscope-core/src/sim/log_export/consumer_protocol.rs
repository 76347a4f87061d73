//! A KIP-848 run (`protocol: consumer`) written as Kafka 4.0 prints it: the consumer's own texts
//! (its membership state machine and heartbeat manager, no `JoinGroup` or `SyncGroup`) and the new
//! group coordinator's.
//!
//! - Consumers, in Spring Boot 3's console layout:
//!   - `AbstractMembershipManager.transitionTo` (logger `ConsumerMembershipManager`, INFO, on the
//!     `consumer_background_thread`): `Member {id} with epoch {epoch} transitioned from {state}
//!     to {state}.`, through `UNSUBSCRIBED → JOINING` (`transitionToJoining`: the epoch reset to 0
//!     first), `→ RECONCILING → ACKNOWLEDGING → STABLE` when a heartbeat response brings partitions
//!     to add or revoke (a member whose partitions do not move logs nothing), and, to leave,
//!     `→ PREPARE_LEAVING → LEAVING` (`transitionToSendingLeaveGroup`: the epoch is -1, -2 for a
//!     static member's close, before `LEAVING`), then `→ UNSUBSCRIBED` (`leaveGroup`, a close) or
//!     `→ STALE` (the poll timer expired, `onHeartbeatRequestGenerated`);
//!   - `AbstractMembershipManager.revokePartitions`: `Revoking previously assigned partitions {}`;
//!     `ConsumerRebalanceListenerInvoker` (on the listener's thread; Spring Kafka always registers a
//!     listener): `Adding newly assigned partitions: {}` and `Revoke previously assigned partitions
//!     {}`;
//!   - `AbstractMembershipManager.leaveGroup`: `Member {} completed callback to release assignment.
//!     It will proceed to clear its assignment and send a leave group heartbeat`;
//!   - `AbstractHeartbeatRequestManager.poll` (logger `ConsumerHeartbeatRequestManager`, WARN):
//!     `Consumer poll timeout has expired. …`, and `resetPollTimer` when the application polls
//!     again: `Time between subsequent calls to poll() was longer than the configured
//!     max.poll.interval.ms, exceeded approximately by {} ms. Member {} will rejoin the group now.`
//! - The broker, in Kafka's log4j layout with the coordinator runtime's `LogContext`
//!   (`[GroupCoordinator id=1 topic=__consumer_offsets partition=N] `), `GroupMetadataManager`:
//!   `[GroupId {}] Member {} joins the consumer group using the consumer protocol.` (`Static member
//!   {} with instance id {} joins …`), `[GroupId {}] Bumped group epoch to {}.`, `[GroupId {}]
//!   Computed a new target assignment for epoch {} with '{}' assignor in {}ms.`, `[GroupId {}]
//!   Member {} left the consumer group.` (`Static Member {} with instance id {} temporarily left the
//!   consumer group.` on a static member's close), and the fencing timers: `[GroupId {}] Member {}
//!   fenced from the group because {}.` with the reason `the member session expired.` (so the line
//!   ends in two periods, as Kafka prints it), and `… because it failed to transition from epoch {}
//!   within {}ms.`
//!
//! Member ids are the run's (`client-uuid`); Kafka 4.0's consumer makes its own 22-character
//! base64 id and keeps it when it rejoins. The assignor's computing time is printed as 0 ms: the
//! run does not model it. A member the coordinator fenced for its rebalance timeout writes its
//! `RECONCILING → FENCED` when it joins again (it learns it at a heartbeat the run does not time).

use std::collections::BTreeMap;

use super::{Entry, POLL_TIMEOUT_WARNING_KIP_848, commit_failed, spring_line, utc_stamp};
use crate::sim::output::{EventKind, LeaveReason, MemberSeries, Outcome};
use crate::sim::scenario::ConsumerSpec;

/// The consumer's background thread, as Spring Boot's `%15.15t` cuts it.
const BACKGROUND_THREAD: &str = "ckground_thread";
const MEMBERSHIP_LOGGER: &str = "o.a.k.c.c.i.ConsumerMembershipManager";
const HEARTBEAT_LOGGER: &str = "o.a.k.c.c.i.ConsumerHeartbeatRequestManager";
const INVOKER_LOGGER: &str = "o.a.k.c.c.i.ConsumerRebalanceListenerInvoker";
/// `LEAVE_GROUP_MEMBER_EPOCH` and `LEAVE_GROUP_STATIC_MEMBER_EPOCH`.
const LEAVE_EPOCH: i32 = -1;
const STATIC_LEAVE_EPOCH: i32 = -2;

/// A member's state as its lines last left it (`MemberState`), by its host and client id: a
/// consumer that rejoins keeps them.
#[derive(Clone, Copy, PartialEq, Eq)]
enum State {
    Unsubscribed,
    Joining,
    Stable,
    Stale {
        since_ms: i64,
    },
    /// The coordinator fenced the member while it was reconciling (the rebalance timeout); it
    /// learns so at its next heartbeat.
    Fenced,
}

impl State {
    fn name(self) -> &'static str {
        match self {
            Self::Unsubscribed => "UNSUBSCRIBED",
            Self::Joining => "JOINING",
            Self::Stable => "STABLE",
            Self::Stale { .. } => "STALE",
            Self::Fenced => "FENCED",
        }
    }
}

/// What one consumer's lines have said so far.
struct Consumer {
    state: State,
    epoch: i32,
}

/// Writes one KIP-848 group's lines into `entries`.
pub(super) fn write_group(
    entries: &mut Vec<Entry>,
    outcome: &Outcome,
    consumer: &ConsumerSpec,
    offsets_partition: i32,
) {
    let group = outcome.group.as_str();
    let assignor = outcome.assignor.name();
    let members: BTreeMap<&str, &MemberSeries> =
        outcome.members.iter().map(|member| (member.member_id.as_str(), member)).collect();
    let mut consumers: BTreeMap<(&str, &str), Consumer> = BTreeMap::new();
    let broker = |out: &mut String, time_ms: i64, text: &str| {
        let _ = std::fmt::Write::write_fmt(
            out,
            format_args!(
                "{} | [{}] INFO [GroupCoordinator id=1 topic=__consumer_offsets partition={offsets_partition}] [GroupId {group}] {text} (org.apache.kafka.coordinator.group.GroupMetadataManager)\n",
                super::BROKER,
                utc_stamp(time_ms, ' ', ',')
            ),
        );
    };
    for event in &outcome.events {
        let time_ms = event.at_ms;
        let mut out = String::new();
        let member = event.member_id.as_deref().and_then(|id| members.get(id).copied());
        if event.kind == EventKind::EpochBumped {
            if let Some(epoch) = event.generation {
                broker(&mut out, time_ms, &format!("Bumped group epoch to {epoch}."));
                broker(
                    &mut out,
                    time_ms,
                    &format!(
                        "Computed a new target assignment for epoch {epoch} with '{assignor}' assignor in 0ms."
                    ),
                );
            }
        } else if event.kind == EventKind::CommitFailed {
            if let Some(member) = member {
                commit_failed(&mut out, member, time_ms, event.exception);
            }
        } else if let Some(member) = member {
            let key = (member.host.as_str(), member.client_id.as_str());
            let state = consumers.entry(key).or_insert(Consumer { state: State::Unsubscribed, epoch: 0 });
            let lines = Lines { member, group, time_ms };
            write_member_event(&mut out, &lines, state, event, consumer, &broker);
        }
        if !out.is_empty() {
            entries.push((time_ms, out));
        }
    }
}

/// Where and when a member's lines are written.
struct Lines<'a> {
    member: &'a MemberSeries,
    group: &'a str,
    time_ms: i64,
}

impl Lines<'_> {
    fn client(&self, out: &mut String, level: &str, thread: &str, logger: &str, text: &str) {
        let context = match &self.member.group_instance_id {
            Some(instance) => format!(
                "[Consumer instanceId={instance}, clientId={}, groupId={}] ",
                self.member.client_id, self.group
            ),
            None => format!("[Consumer clientId={}, groupId={}] ", self.member.client_id, self.group),
        };
        spring_line(out, &self.member.host, self.time_ms, level, thread, logger, &format!("{context}{text}"));
    }

    fn transition(&self, out: &mut String, epoch: i32, from: &str, to: &str) {
        let text =
            format!("Member {} with epoch {epoch} transitioned from {from} to {to}.", self.member.member_id);
        self.client(out, "INFO", BACKGROUND_THREAD, MEMBERSHIP_LOGGER, &text);
    }

    /// The listener container's thread, where the rebalance listener runs.
    fn listener_thread(&self) -> String {
        format!("ntainer#0-{}-C-1", self.member.thread.saturating_sub(1))
    }
}

fn write_member_event(
    out: &mut String,
    lines: &Lines<'_>,
    consumer: &mut Consumer,
    event: &crate::sim::output::SimEvent,
    spec: &ConsumerSpec,
    broker: &dyn Fn(&mut String, i64, &str),
) {
    let member = lines.member;
    let id = member.member_id.as_str();
    let time_ms = lines.time_ms;
    match event.kind {
        EventKind::Joined => {
            if let State::Stale { since_ms } = consumer.state {
                let exceeded = time_ms.saturating_sub(since_ms);
                lines.client(
                    out,
                    "WARN",
                    BACKGROUND_THREAD,
                    HEARTBEAT_LOGGER,
                    &format!("Time between subsequent calls to poll() was longer than the configured max.poll.interval.ms, exceeded approximately by {exceeded} ms. Member {id} will rejoin the group now."),
                );
            }
            if consumer.state == State::Fenced {
                // `transitionToFenced`: the heartbeat's FENCED_MEMBER_EPOCH, in the middle of the
                // reconciliation the coordinator waited for.
                lines.transition(out, consumer.epoch, "RECONCILING", "FENCED");
            }
            // `transitionToJoining` resets the epoch before the transition.
            lines.transition(out, 0, consumer.state.name(), "JOINING");
            *consumer = Consumer { state: State::Joining, epoch: 0 };
            let joins = match &member.group_instance_id {
                Some(instance) => format!(
                    "Static member {id} with instance id {instance} joins the consumer group using the consumer protocol."
                ),
                None => format!("Member {id} joins the consumer group using the consumer protocol."),
            };
            broker(out, time_ms, &joins);
        }
        EventKind::Assigned | EventKind::Revoked => {
            let epoch = event.generation.unwrap_or(consumer.epoch);
            let from = if consumer.state == State::Joining { "JOINING" } else { "STABLE" };
            lines.transition(out, epoch, from, "RECONCILING");
            let list = event.partitions.join(", ");
            let listener = lines.listener_thread();
            if event.kind == EventKind::Assigned {
                lines.client(
                    out,
                    "INFO",
                    &listener,
                    INVOKER_LOGGER,
                    &format!("Adding newly assigned partitions: {list}"),
                );
            } else {
                lines.client(
                    out,
                    "INFO",
                    BACKGROUND_THREAD,
                    MEMBERSHIP_LOGGER,
                    &format!("Revoking previously assigned partitions {list}"),
                );
                lines.client(
                    out,
                    "INFO",
                    &listener,
                    INVOKER_LOGGER,
                    &format!("Revoke previously assigned partitions {list}"),
                );
            }
            lines.transition(out, epoch, "RECONCILING", "ACKNOWLEDGING");
            lines.transition(out, epoch, "ACKNOWLEDGING", "STABLE");
            *consumer = Consumer { state: State::Stable, epoch };
        }
        EventKind::PollTimedOut => {
            lines.client(out, "WARN", BACKGROUND_THREAD, HEARTBEAT_LOGGER, POLL_TIMEOUT_WARNING_KIP_848);
        }
        EventKind::Left => {
            if let Some(reason) = event.reason {
                write_leave(out, lines, consumer, reason, spec, broker);
            }
        }
        _ => {}
    }
}

/// A member's leave, for `reason`: the client's lines when it leaves itself, the coordinator's.
fn write_leave(
    out: &mut String,
    lines: &Lines<'_>,
    consumer: &mut Consumer,
    reason: LeaveReason,
    spec: &ConsumerSpec,
    broker: &dyn Fn(&mut String, i64, &str),
) {
    let member = lines.member;
    let id = member.member_id.as_str();
    let time_ms = lines.time_ms;
    let leave_epoch = if member.group_instance_id.is_some() { STATIC_LEAVE_EPOCH } else { LEAVE_EPOCH };
    match reason {
        LeaveReason::PollTimeout => {
            lines.client(out, "WARN", BACKGROUND_THREAD, HEARTBEAT_LOGGER, POLL_TIMEOUT_WARNING_KIP_848);
            lines.transition(out, consumer.epoch, consumer.state.name(), "PREPARE_LEAVING");
            lines.transition(out, leave_epoch, "PREPARE_LEAVING", "LEAVING");
            lines.transition(out, leave_epoch, "LEAVING", "STALE");
            *consumer = Consumer { state: State::Stale { since_ms: time_ms }, epoch: leave_epoch };
            broker(out, time_ms, &left(member));
        }
        LeaveReason::Shutdown => {
            lines.transition(out, consumer.epoch, consumer.state.name(), "PREPARE_LEAVING");
            lines.client(
                    out,
                    "INFO",
                    BACKGROUND_THREAD,
                    MEMBERSHIP_LOGGER,
                    &format!("Member {id} completed callback to release assignment. It will proceed to clear its assignment and send a leave group heartbeat"),
                );
            lines.transition(out, leave_epoch, "PREPARE_LEAVING", "LEAVING");
            lines.transition(out, leave_epoch, "LEAVING", "UNSUBSCRIBED");
            *consumer = Consumer { state: State::Unsubscribed, epoch: leave_epoch };
            broker(out, time_ms, &left(member));
        }
        LeaveReason::SessionTimeout => {
            broker(
                out,
                time_ms,
                &format!("Member {id} fenced from the group because the member session expired.."),
            );
            *consumer = Consumer { state: State::Unsubscribed, epoch: 0 };
        }
        LeaveReason::RebalanceTimeout => {
            // The consumer's rebalance timeout is its `max.poll.interval.ms`.
            broker(
                out,
                time_ms,
                &format!(
                    "Member {id} fenced from the group because it failed to transition from epoch {} within {}ms.",
                    consumer.epoch, spec.max_poll_interval_ms
                ),
            );
            consumer.state = State::Fenced;
        }
    }
}

/// `GroupMetadataManager`'s line for a member's leave heartbeat.
fn left(member: &MemberSeries) -> String {
    match &member.group_instance_id {
        Some(instance) => format!(
            "Static Member {} with instance id {instance} temporarily left the consumer group.",
            member.member_id
        ),
        None => format!("Member {} left the consumer group.", member.member_id),
    }
}
