//! A KIP-848 run (`protocol: consumer`) written as the Kafka 4.0 consumer and group coordinator
//! print it: the consumer's membership state machine and heartbeat manager (no `JoinGroup` or
//! `SyncGroup`), and the new coordinator's `GroupMetadataManager`.
//!
//! - Consumers, in Spring Boot 3's console layout:
//!   - `AbstractMembershipManager.transitionTo` (logger `ConsumerMembershipManager`, INFO, on the
//!     `consumer_background_thread`): `Member {id} with epoch {epoch} transitioned from {state}
//!     to {state}.` The epoch printed is the member's at that moment: 0 for `JOINING`
//!     (`transitionToJoining` resets it first); the new one for `RECONCILING`
//!     (`onHeartbeatSuccess` updates it before the assignment is processed), except for a member
//!     that must give partitions up, which stays at its epoch until it has
//!     (`CurrentAssignmentBuilder`, `UNREVOKED_PARTITIONS`); -1, or -2 for a static member, from
//!     `LEAVING` on (`transitionToSendingLeaveGroup` updates it before the transition).
//!   - A join: `UNSUBSCRIBED` (or `STALE`, `FENCED`) `→ JOINING`, and with the heartbeat's
//!     response `→ RECONCILING → ACKNOWLEDGING → STABLE` at the new epoch, with the partitions that
//!     are free, or none while their owners still hold them (the member is at the group's epoch
//!     at once); it gets them later with `STABLE → RECONCILING → …`. A member whose partitions do
//!     not move logs nothing when the epoch changes.
//!   - A reconciliation (`AbstractMembershipManager.revokeAndAssign`): the revocation first,
//!     `Revoking previously assigned partitions {}` and the rebalance listener's `Revoke
//!     previously assigned partitions {}` (`ConsumerRebalanceListenerInvoker`, on the listener
//!     container's thread; Spring Kafka always registers a listener), then the listener's `Adding
//!     newly assigned partitions: {}`, called even with none.
//!   - A close (`leaveGroup`): `→ PREPARE_LEAVING`, `Member {} is triggering callbacks to release
//!     assignment {} and leave group` (`ConsumerMembershipManager`, the set as Java prints it), the
//!     revocation, `Member {} completed callback to release assignment. It will proceed to clear
//!     its assignment and send a leave group heartbeat`, `→ LEAVING`, `→ UNSUBSCRIBED`.
//!   - The poll timer (`AbstractHeartbeatRequestManager.poll`, logger
//!     `ConsumerHeartbeatRequestManager`, WARN): `Consumer poll timeout has expired. …`, then
//!     `→ PREPARE_LEAVING → LEAVING → STALE` and the listener's `Lost previously assigned
//!     partitions {}`; a static member leaves so too, with epoch -2. When the application polls
//!     again (`resetPollTimer`): `Time between subsequent calls to poll() was longer than the
//!     configured max.poll.interval.ms, exceeded approximately by {} ms. Member {} will rejoin the
//!     group now.`, then `STALE → JOINING`.
//! - The broker, in Kafka's log4j layout with the coordinator runtime's `LogContext`
//!   (`[GroupCoordinator id=1 topic=__consumer_offsets partition=N] `), `GroupMetadataManager`:
//!   `[GroupId {}] Member {} joins the consumer group using the consumer protocol.` (`Static member
//!   {} with instance id {} joins …`; `Static member with instance id {} re-joins the consumer
//!   group using the consumer protocol. Created a new member {} to replace the existing member
//!   {}.`), `[GroupId {}] Bumped group epoch to {}.` (only in a heartbeat: a join, new partitions;
//!   `consumerGroupFenceMember` bumps the epoch of a leave or a removal without a line),
//!   `[GroupId {}] Computed a new target assignment for epoch {} with '{}' assignor in {}ms.`,
//!   `[GroupId {}] Member {} left the consumer group.` (`Static Member {} with instance id {}
//!   temporarily left the consumer group.` for epoch -2: the coordinator keeps it and its
//!   partitions until its session expires), and the timers: `[GroupId {}] Member {} fenced from the
//!   group because {}.` with the reason `the member session expired.` (so the line ends in two
//!   periods, as Kafka prints it), and `… because it failed to transition from epoch {} within
//!   {}ms.`
//!
//! What the run does not time is written at the moment it knows: Kafka computes a leave's new
//! target assignment at a remaining member's next heartbeat, the run at the leave; a member
//! fenced for its rebalance timeout learns it at a heartbeat, written when it joins again
//! (`RECONCILING → FENCED`); the assignor's computing time is 0 ms. Member ids are the run's
//! (`client-uuid`); Kafka 4.0's consumer makes its own 22-character base64 id and keeps it when it
//! rejoins. `Reconciling assignment with local epoch {}` (a multi-line summary of each
//! reconciliation) is left out.

use std::collections::BTreeMap;

use super::{
    Entry, POLL_TIMEOUT_WARNING_KIP_848, commit_failed, listener_thread, spring_line, spring_thread,
    utc_stamp,
};
use crate::sim::output::{EventKind, LeaveReason, MemberSeries, Outcome, SimEvent};
use crate::sim::scenario::ConsumerSpec;

/// The consumer's background thread (`ConsumerNetworkThread.BACKGROUND_THREAD_NAME`).
const BACKGROUND_THREAD: &str = "consumer_background_thread";
const MEMBERSHIP_LOGGER: &str = "o.a.k.c.c.i.ConsumerMembershipManager";
const HEARTBEAT_LOGGER: &str = "o.a.k.c.c.i.ConsumerHeartbeatRequestManager";
const INVOKER_LOGGER: &str = "o.a.k.c.c.i.ConsumerRebalanceListenerInvoker";
/// `LEAVE_GROUP_MEMBER_EPOCH` and `LEAVE_GROUP_STATIC_MEMBER_EPOCH`.
const LEAVE_EPOCH: i32 = -1;
const STATIC_LEAVE_EPOCH: i32 = -2;

/// A member's state as its lines last left it (`MemberState`).
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

/// What one consumer's lines have said so far, by its host and client id: a consumer that
/// rejoins keeps them.
struct Consumer {
    state: State,
    epoch: i32,
    /// The partitions it owns, as `topic-partition`, in `TOPIC_PARTITION_COMPARATOR`'s order.
    owned: Vec<String>,
    /// Its member id before its last leave (a static member's replacement names it).
    previous_member_id: Option<String>,
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
    let events = &outcome.events;
    for (index, event) in events.iter().enumerate() {
        let time_ms = event.at_ms;
        let mut out = String::new();
        let member = event.member_id.as_deref().and_then(|id| members.get(id).copied());
        if event.kind == EventKind::EpochBumped {
            let Some(epoch) = event.generation else { continue };
            if !after_a_leave(events, index) {
                broker(&mut out, time_ms, &format!("Bumped group epoch to {epoch}."));
            }
            broker(
                &mut out,
                time_ms,
                &format!(
                    "Computed a new target assignment for epoch {epoch} with '{assignor}' assignor in 0ms."
                ),
            );
            // A member that just joined and gets nothing yet is at this epoch at once.
            for joiner in joined_empty_handed(events, index, &members) {
                let key = (joiner.host.as_str(), joiner.client_id.as_str());
                if let Some(state) = consumers.get_mut(&key)
                    && state.state == State::Joining
                {
                    let lines = Lines { member: joiner, group, time_ms };
                    reconcile(&mut out, &lines, state, epoch, &[], &[]);
                }
            }
        } else if event.kind == EventKind::CommitFailed {
            if let Some(member) = member {
                commit_failed(&mut out, member, time_ms, event.exception);
            }
        } else if let Some(member) = member {
            let key = (member.host.as_str(), member.client_id.as_str());
            let state = consumers.entry(key).or_insert(Consumer {
                state: State::Unsubscribed,
                epoch: 0,
                owned: Vec::new(),
                previous_member_id: None,
            });
            let lines = Lines { member, group, time_ms };
            write_member_event(&mut out, &lines, state, event, consumer, &broker);
        }
        if !out.is_empty() {
            entries.push((time_ms, out));
        }
    }
}

/// Whether the epoch bump at `index` follows a leave or a removal at the same moment
/// (`consumerGroupFenceMember`, which logs no bump).
fn after_a_leave(events: &[SimEvent], index: usize) -> bool {
    same_moment_before(events, index)
        .find(|earlier| matches!(earlier.kind, EventKind::Left | EventKind::Joined))
        .is_some_and(|earlier| earlier.kind == EventKind::Left)
}

/// The members whose join the epoch bump at `index` answers and that get no partition at that
/// moment: their partitions are still owned by others.
fn joined_empty_handed<'a>(
    events: &[SimEvent],
    index: usize,
    members: &BTreeMap<&str, &'a MemberSeries>,
) -> Vec<&'a MemberSeries> {
    let at_ms = events[index].at_ms;
    let joined = same_moment_before(events, index)
        .find(|earlier| matches!(earlier.kind, EventKind::Left | EventKind::Joined | EventKind::EpochBumped))
        .filter(|earlier| earlier.kind == EventKind::Joined)
        .and_then(|joined| joined.member_id.as_deref());
    let Some(joined) = joined else { return Vec::new() };
    let assigned_now = events[index..]
        .iter()
        .take_while(|later| later.at_ms == at_ms)
        .any(|later| later.kind == EventKind::Assigned && later.member_id.as_deref() == Some(joined));
    if assigned_now { Vec::new() } else { members.get(joined).copied().into_iter().collect() }
}

/// The events before `index` at its moment, the nearest first.
fn same_moment_before(events: &[SimEvent], index: usize) -> impl Iterator<Item = &SimEvent> {
    let at_ms = events[index].at_ms;
    events[..index].iter().rev().take_while(move |earlier| earlier.at_ms == at_ms)
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
        let thread = spring_thread(thread);
        spring_line(
            out,
            &self.member.host,
            self.time_ms,
            level,
            &thread,
            logger,
            &format!("{context}{text}"),
        );
    }

    fn transition(&self, out: &mut String, epoch: i32, from: &str, to: &str) {
        let text =
            format!("Member {} with epoch {epoch} transitioned from {from} to {to}.", self.member.member_id);
        self.client(out, "INFO", BACKGROUND_THREAD, MEMBERSHIP_LOGGER, &text);
    }

    fn membership(&self, out: &mut String, text: &str) {
        self.client(out, "INFO", BACKGROUND_THREAD, MEMBERSHIP_LOGGER, text);
    }

    /// The rebalance listener's line, on the listener container's thread.
    fn listener(&self, out: &mut String, text: &str) {
        self.client(out, "INFO", &listener_thread(self.member), INVOKER_LOGGER, text);
    }
}

/// A reconciliation at `epoch`: `revoked` given up, then `assigned` added (either may be empty).
fn reconcile(
    out: &mut String,
    lines: &Lines<'_>,
    consumer: &mut Consumer,
    epoch: i32,
    revoked: &[String],
    assigned: &[String],
) {
    lines.transition(out, epoch, consumer.state.name(), "RECONCILING");
    if !revoked.is_empty() {
        let list = revoked.join(", ");
        lines.membership(out, &format!("Revoking previously assigned partitions {list}"));
        lines.listener(out, &format!("Revoke previously assigned partitions {list}"));
    }
    lines.listener(out, &format!("Adding newly assigned partitions: {}", assigned.join(", ")));
    lines.transition(out, epoch, "RECONCILING", "ACKNOWLEDGING");
    lines.transition(out, epoch, "ACKNOWLEDGING", "STABLE");
    consumer.owned.retain(|partition| !revoked.contains(partition));
    consumer.owned.extend(assigned.iter().cloned());
    consumer.owned.sort_by(|a, b| partition_order(a).cmp(&partition_order(b)));
    consumer.owned.dedup();
    consumer.state = State::Stable;
    consumer.epoch = epoch;
}

/// `TOPIC_PARTITION_COMPARATOR`: by topic, then by partition number.
fn partition_order(name: &str) -> (&str, i64) {
    name.rsplit_once('-')
        .and_then(|(topic, number)| Some((topic, number.parse().ok()?)))
        .unwrap_or((name, -1))
}

fn write_member_event(
    out: &mut String,
    lines: &Lines<'_>,
    consumer: &mut Consumer,
    event: &SimEvent,
    spec: &ConsumerSpec,
    broker: &dyn Fn(&mut String, i64, &str),
) {
    let member = lines.member;
    match event.kind {
        EventKind::Joined => write_join(out, lines, consumer, broker),
        EventKind::Assigned => {
            let epoch = event.generation.unwrap_or(consumer.epoch);
            reconcile(out, lines, consumer, epoch, &[], &event.partitions);
        }
        // A member giving partitions up stays at its epoch until it has.
        EventKind::Revoked => reconcile(out, lines, consumer, consumer.epoch, &event.partitions, &[]),
        // A static member's poll timer: it leaves with epoch -2 and the coordinator keeps it.
        EventKind::PollTimedOut => write_leave(out, lines, consumer, LeaveReason::PollTimeout, spec, broker),
        // A static member's close: the same leave (a dynamic member's close is its `Left`).
        EventKind::Stopped
            if member.group_instance_id.is_some()
                && matches!(consumer.state, State::Stable | State::Joining) =>
        {
            write_leave(out, lines, consumer, LeaveReason::Shutdown, spec, broker);
        }
        EventKind::Left => {
            if let Some(reason) = event.reason {
                write_leave(out, lines, consumer, reason, spec, broker);
            }
        }
        _ => {}
    }
}

/// A member joins (or rejoins after a poll timeout, or after it was fenced).
fn write_join(
    out: &mut String,
    lines: &Lines<'_>,
    consumer: &mut Consumer,
    broker: &dyn Fn(&mut String, i64, &str),
) {
    let member = lines.member;
    let id = member.member_id.as_str();
    match consumer.state {
        State::Stale { since_ms } => {
            let exceeded = lines.time_ms.saturating_sub(since_ms);
            lines.client(
                out,
                "WARN",
                BACKGROUND_THREAD,
                HEARTBEAT_LOGGER,
                &format!("Time between subsequent calls to poll() was longer than the configured max.poll.interval.ms, exceeded approximately by {exceeded} ms. Member {id} will rejoin the group now."),
            );
        }
        State::Fenced => {
            // `transitionToFenced`: the heartbeat's FENCED_MEMBER_EPOCH in the middle of the
            // reconciliation the coordinator waited for; its partitions are lost.
            lines.transition(out, consumer.epoch, "RECONCILING", "FENCED");
            lose_partitions(out, lines, consumer);
        }
        _ => {}
    }
    // `transitionToJoining` resets the epoch before the transition.
    lines.transition(out, 0, consumer.state.name(), "JOINING");
    consumer.state = State::Joining;
    consumer.epoch = 0;
    let joins = match (&member.group_instance_id, consumer.previous_member_id.take()) {
        (Some(instance), Some(previous)) => format!(
            "Static member with instance id {instance} re-joins the consumer group using the consumer protocol. Created a new member {id} to replace the existing member {previous}."
        ),
        (Some(instance), None) => {
            format!(
                "Static member {id} with instance id {instance} joins the consumer group using the consumer protocol."
            )
        }
        (None, _) => format!("Member {id} joins the consumer group using the consumer protocol."),
    };
    broker(out, lines.time_ms, &joins);
}

/// The rebalance listener's `onPartitionsLost`, for what the member owned.
fn lose_partitions(out: &mut String, lines: &Lines<'_>, consumer: &mut Consumer) {
    if !consumer.owned.is_empty() {
        lines.listener(out, &format!("Lost previously assigned partitions {}", consumer.owned.join(", ")));
        consumer.owned.clear();
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
    let is_static = member.group_instance_id.is_some();
    let leave_epoch = if is_static { STATIC_LEAVE_EPOCH } else { LEAVE_EPOCH };
    match reason {
        LeaveReason::PollTimeout => {
            lines.client(out, "WARN", BACKGROUND_THREAD, HEARTBEAT_LOGGER, POLL_TIMEOUT_WARNING_KIP_848);
            lines.transition(out, consumer.epoch, consumer.state.name(), "PREPARE_LEAVING");
            lines.transition(out, leave_epoch, "PREPARE_LEAVING", "LEAVING");
            lines.transition(out, leave_epoch, "LEAVING", "STALE");
            lose_partitions(out, lines, consumer);
            *consumer = Consumer {
                state: State::Stale { since_ms: time_ms },
                epoch: leave_epoch,
                owned: Vec::new(),
                previous_member_id: Some(id.to_owned()),
            };
            broker(out, time_ms, &left(member));
        }
        LeaveReason::Shutdown => {
            lines.transition(out, consumer.epoch, consumer.state.name(), "PREPARE_LEAVING");
            let owned = std::mem::take(&mut consumer.owned);
            lines.membership(
                out,
                &format!(
                    "Member {id} is triggering callbacks to release assignment [{}] and leave group",
                    owned.join(", ")
                ),
            );
            if !owned.is_empty() && consumer.epoch > 0 {
                let list = owned.join(", ");
                lines.membership(out, &format!("Revoking previously assigned partitions {list}"));
                lines.listener(out, &format!("Revoke previously assigned partitions {list}"));
            }
            lines.membership(
                out,
                &format!("Member {id} completed callback to release assignment. It will proceed to clear its assignment and send a leave group heartbeat"),
            );
            lines.transition(out, leave_epoch, "PREPARE_LEAVING", "LEAVING");
            lines.transition(out, leave_epoch, "LEAVING", "UNSUBSCRIBED");
            *consumer = Consumer {
                state: State::Unsubscribed,
                epoch: leave_epoch,
                owned: Vec::new(),
                previous_member_id: Some(id.to_owned()),
            };
            broker(out, time_ms, &left(member));
        }
        LeaveReason::SessionTimeout => {
            broker(
                out,
                time_ms,
                &format!("Member {id} fenced from the group because the member session expired.."),
            );
            // A crashed consumer writes nothing more; a stale one rejoins when it polls again.
            if !matches!(consumer.state, State::Stale { .. }) {
                consumer.state = State::Unsubscribed;
            }
            consumer.previous_member_id = None;
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
