//! The Kafka messages a log reader recognises, as the sources print them, and what each one means.
//!
//! Client messages carry the consumer's `LogContext` prefix, `[Consumer clientId=…, groupId=…] `
//! (with `instanceId=…, ` first for a static member; the same in the classic and the KIP-848
//! consumer, 2.3 to 4.x). Broker messages name the group in their text.
//!
//! Checked against Kafka's sources at the tags 1.0.0 … 3.9.0 and the 4.0, 4.1 and 4.2 branches
//! (Confluent's community builds of them), and Spring Kafka 2.5 … 4.1. `→` a version: still so in
//! the newest checked.
//!
//! | Message (format string, `{}` a value) | Class | Versions | Event |
//! |---|---|---|---|
//! | `(Re-)joining group` | `AbstractCoordinator` | 1.0 → | joining |
//! | `Successfully joined group with generation {}`: a number to 2.6, `Generation{generationId=5, memberId='…', protocol='range'}` from 2.7 | `AbstractCoordinator` | 1.0 → | joined, its generation, member id and assignor |
//! | `Successfully synced group in generation Generation{…}` | `AbstractCoordinator` | 2.7 → | synced |
//! | `Setting newly assigned partitions {}` · `Adding newly assigned partitions: {}` (`t-0, t-1` to 4.0, `[t-0, t-1]` from 4.1) | `ConsumerCoordinator`; `ConsumerRebalanceListenerInvoker` 3.7 → | 1.0–2.3 · 2.4 → | assigned |
//! | `Revoking previously assigned partitions {}` · `Revoke previously assigned partitions {}` | as above | 1.0–2.3 · 2.4 → | revoked |
//! | `Lost previously assigned partitions {}` | as above | 2.4 → | lost |
//! | `Sending LeaveGroup request to coordinator {}` · `Member {} sending LeaveGroup request to coordinator {} due to {}` (`consumer poll timeout has expired.` from 3.0, the whole warning 2.4–2.8; `the consumer is being closed`; `the consumer unsubscribed from all topics`) | `AbstractCoordinator` | 1.0–2.3 · 2.4 → | leaving, with its reason |
//! | `This member will leave the group because consumer poll timeout has expired. …` | `AbstractCoordinator` (heartbeat thread, WARN) | 2.1–2.3 | leaving: poll timeout |
//! | `consumer poll timeout has expired. This means the time between subsequent calls to poll() was longer than the configured max.poll.interval.ms, …` (`Consumer poll …` in the KIP-848 consumer from 3.8) | `AbstractCoordinator`, `MembershipManagerImpl` / `AbstractMembershipManager` (WARN) | 3.0 → | poll timeout |
//! | `Member {} with epoch {} transitioned from {} to {}.` (the member id `<no ID>` before the coordinator gave one, to 3.9; 4.0 clients make their own) | `MembershipManagerImpl` 3.8 (TRACE), `AbstractMembershipManager` 3.9 → (INFO; logger `ConsumerMembershipManager` from 4.0) | 3.8 → | to `JOINING`: joining · to `RECONCILING`: an assignment received at that epoch (synced) · to `STABLE`: the member's assignment is reconciled at that epoch · to `STALE` (after `PREPARE_LEAVING`, `LEAVING`, when the poll timer expired): leaving: poll timeout · `LEAVING` (or `FENCED`) to `UNSUBSCRIBED` (a close or an unsubscribe): leaving: closing · to `FENCED`: heartbeat failed: the coordinator fenced the member's epoch |
//! | `Attempt to heartbeat failed since group is rebalancing` · `Request joining group due to: group is already rebalancing` | `AbstractCoordinator` | 1.0–2.8 · 3.0 → | heartbeat failed: rebalancing |
//! | `Attempt to heartbeat failed for since member id {} is not valid.` (sic) · `Attempt to heartbeat failed since generation {} is not current` | `AbstractCoordinator` | 1.0–2.5 | heartbeat failed: unknown member · stale generation |
//! | `Attempt to heartbeat with {} and group instance id {} failed due to {}, resetting generation` (`UNKNOWN_MEMBER_ID`, `ILLEGAL_GENERATION`, `FENCED_INSTANCE_ID`) | `AbstractCoordinator` | 2.6 → | heartbeat failed, by the error |
//! | `Caught fenced group.instance.id {} error in heartbeat thread` · `FencedInstanceIdException` | `AbstractCoordinator` (ERROR) | 2.3 → | fenced |
//! | `Group coordinator {} is unavailable or invalid, will attempt rediscovery` · `… is unavailable or invalid due to cause: {}. isDisconnected: {}. Rediscovery will be attempted.` | `AbstractCoordinator` | 1.0–3.2 · 3.3 → | coordinator lost |
//! | `Offset commit failed on partition {} at offset {}: {}` | `ConsumerCoordinator` | 1.0 → | commit failed, with the error |
//! | `Asynchronous auto-commit of offsets {} failed: {}` · `Synchronous auto-commit of offsets {} failed: {}` | `ConsumerCoordinator` | 1.0 → | commit failed |
//! | `CommitFailedException` (in a message or a stack trace: `Commit cannot be completed since the group has already rebalanced …`, `Offset commit cannot be completed since the consumer is not part of an active group …`) | any | 1.0 → | commit failed |
//! | `Preparing to rebalance group {} in state PreparingRebalance with old generation {} (__consumer_offsets-{}) (reason: {})` · without the partition, ending `.` | `GroupCoordinator` (`[GroupCoordinator 1]: `) · `GroupMetadataManager` (`[GroupCoordinator id=1 topic=__consumer_offsets partition=7] `) | 2.1–4.0 · 3.7 → | rebalance started, with the broker's reason |
//! | `Stabilized group {} generation {} (__consumer_offsets-{}) with {} members` · `Stabilized group {} generation {} with {} members.` | `GroupCoordinator` · `GroupMetadataManager` | 2.8–4.0 · 3.7 → | generation stable, its size |
//! | `Member {} in group {} has failed, removing it from the group` (`.` in the new coordinator) | `GroupCoordinator` · `GroupMetadataManager` | 1.0–4.0 · 3.7 → | removed: session timeout |
//! | `Member {} in group {} has left, removing it from the group` · `Member[group.instance.id {}, member.id {}] in group {} has left, …` · `` Member MemberMetadata(memberId=…, …) has left group {} through explicit `LeaveGroup` request `` (`; client reason: {}` from 3.2) · `` [Group {}] Member {} has left group through explicit `LeaveGroup` request; client reason: {} `` | `GroupCoordinator` · `GroupMetadataManager` | 1.0–2.3 · 2.4–2.8 · 3.0–4.0 · 3.7 → | removed: left |
//! | `[GroupId {}] Member {} left the consumer group.` · `[GroupId {}] Member {} fenced from the group because the member session expired.` (`its session expired.` in 3.7) · `… because it failed to transition from epoch {} within {}ms.` | `GroupMetadataManager` (KIP-848 groups) | 3.7 → | removed: left · session timeout · rebalance timeout |
//! | `[GroupId {}] Bumped group epoch to {}.` (` with metadata hash {}.` from 4.1) | `GroupMetadataManager` (KIP-848 groups) | 3.7 → | a new group epoch: the KIP-848 rebalance begins |
//! | `[GroupId {}] Computed a new target assignment for epoch {} with '{}' assignor in {}ms.` (`…ms: {}.`, with the assignment, to 3.9) | `GroupMetadataManager` (KIP-848 groups) | 3.8 → | the target assignment of an epoch, with its assignor |
//! | `Group {} with generation {} is now empty (__consumer_offsets-{})` · `Group {} with generation {} is now empty.` | `GroupCoordinator` · `GroupMetadataManager` | 1.0–4.0 · 3.7 → | group empty |
//! | `{group}: partitions assigned: [{}]` · `… revoked: …` · `… lost: …` (2.8+) · `{group}: Consumer stopped` | Spring Kafka's `KafkaMessageListenerContainer` | 2.5 → 4.1 | assigned · revoked · lost · leaving on close |
//!
//! The phrases are found anywhere in a line, after whatever layout wrote it.

use serde::Serialize;

/// Why a member left the group, as the client says it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum LeaveReason {
    /// The poll loop took longer than `max.poll.interval.ms`.
    PollTimeout,
    /// The consumer was closed (a shutdown, a deploy).
    Closing,
    /// The consumer unsubscribed from every topic.
    Unsubscribed,
    /// Another reason, or none given.
    Other,
}

/// Why a heartbeat failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum HeartbeatFailure {
    /// The group is rebalancing: the member must rejoin.
    Rebalancing,
    /// The coordinator no longer knows the member (it was removed).
    UnknownMember,
    /// The member's generation is not the group's.
    StaleGeneration,
    /// Another member with the same `group.instance.id` took its place.
    Fenced,
}

/// Why the coordinator removed a member, as the broker says it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Removal {
    /// No heartbeat within `session.timeout.ms` (a crash, a long pause).
    SessionTimeout,
    /// A KIP-848 member that did not give up its partitions (or join) within the rebalance timeout.
    RebalanceTimeout,
    /// The member asked to leave.
    LeftGroup,
}

/// What a line says happened.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum EventKind {
    /// A member (re)joins.
    Joining,
    /// A member joined a generation.
    Joined {
        /// The generation.
        generation: Option<i32>,
        /// The assignor the group chose.
        protocol: Option<String>,
    },
    /// A member received its assignment for a generation.
    Synced {
        /// The generation.
        generation: Option<i32>,
    },
    /// Partitions assigned to a member.
    Assigned {
        /// `topic-partition` names.
        partitions: Vec<String>,
    },
    /// Partitions a member gave up in a rebalance.
    Revoked {
        /// `topic-partition` names.
        partitions: Vec<String>,
    },
    /// Partitions a member lost without giving them up (it was removed).
    Lost {
        /// `topic-partition` names.
        partitions: Vec<String>,
    },
    /// A member sends `LeaveGroup`.
    Leaving {
        /// Why.
        reason: LeaveReason,
    },
    /// The client's warning that the poll loop outran `max.poll.interval.ms`.
    PollTimeout,
    /// A heartbeat failed.
    HeartbeatFailed {
        /// Why.
        reason: HeartbeatFailure,
    },
    /// An offset commit failed.
    CommitFailed {
        /// The exception or error named (`CommitFailedException`, `REBALANCE_IN_PROGRESS`).
        error: String,
    },
    /// The client lost its group coordinator.
    CoordinatorLost,
    /// The broker starts a rebalance.
    PreparingRebalance {
        /// The generation that ends.
        old_generation: Option<i32>,
        /// The reason the broker gives.
        reason: Option<String>,
    },
    /// A KIP-848 member reconciled its assignment at an epoch (its `STABLE` state). Members get
    /// there one by one, each at its own heartbeat: unlike a classic generation's joins, these
    /// moments are not one moment on every host.
    EpochReached {
        /// The member epoch.
        epoch: Option<i32>,
    },
    /// The KIP-848 coordinator bumped the group epoch (a member joined or left, the subscribed
    /// topics changed): a rebalance begins.
    EpochBumped {
        /// The new group epoch.
        epoch: Option<i32>,
    },
    /// The KIP-848 coordinator computed the target assignment of an epoch.
    TargetComputed {
        /// The group epoch.
        epoch: Option<i32>,
        /// The server-side assignor (`uniform`, `range`).
        assignor: Option<String>,
    },
    /// The broker's group reached a stable generation.
    Stabilized {
        /// The generation.
        generation: Option<i32>,
        /// How many members it has.
        members: Option<u32>,
    },
    /// The broker removed a member.
    Removed {
        /// Why.
        removal: Removal,
    },
    /// The broker's group has no member left.
    GroupEmpty {
        /// The generation at which it emptied.
        generation: Option<i32>,
    },
}

impl EventKind {
    /// Whether the broker says it (rather than a consumer).
    #[must_use]
    pub fn is_broker(&self) -> bool {
        matches!(
            self,
            Self::PreparingRebalance { .. }
                | Self::EpochBumped { .. }
                | Self::TargetComputed { .. }
                | Self::Stabilized { .. }
                | Self::Removed { .. }
                | Self::GroupEmpty { .. }
        )
    }
}

/// Who a client message is about: its `LogContext`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(super) struct Context {
    /// `group.id`.
    pub group: Option<String>,
    /// `client.id`.
    pub client_id: Option<String>,
    /// `group.instance.id` (static membership).
    pub instance_id: Option<String>,
    /// The member id, when the message names it.
    pub member_id: Option<String>,
}

/// What `message` says, and who it is about; `None` for anything else.
pub(super) fn recognise(message: &str) -> Option<(Context, EventKind)> {
    let Some((mut context, text)) = client_context(message) else {
        // Every broker message names a group; Spring's name partitions or a stopped consumer; an
        // application's own line may name the exception of a failed commit.
        if (message.contains("roup")
            || message.contains(": partitions ")
            || message.contains("Consumer stopped"))
            && let Some(event) = broker_event(message).or_else(|| spring_event(message))
        {
            return Some(event);
        }
        let error = commit_failure(message).filter(|_| message.contains("CommitFailedException"))?;
        return Some((Context::default(), EventKind::CommitFailed { error }));
    };
    let kind = client_event(text, &mut context)?;
    Some((context, kind))
}

/// The `[Consumer …]` prefix anywhere in `message`, and the text after it.
fn client_context(message: &str) -> Option<(Context, &str)> {
    let start = message.find("[Consumer ")?;
    let inside_start = start + "[Consumer ".len();
    let end = inside_start + message.get(inside_start..)?.find(']')?;
    let inside = &message[inside_start..end];
    let mut context = Context::default();
    for field in inside.split(", ") {
        let Some((key, value)) = field.split_once('=') else { continue };
        let value = (!value.is_empty() && value != "null").then(|| value.to_owned());
        match key {
            "clientId" => context.client_id = value,
            "groupId" => context.group = value,
            "instanceId" => context.instance_id = value,
            _ => {}
        }
    }
    Some((context, message[end + 1..].trim_start()))
}

fn client_event(text: &str, context: &mut Context) -> Option<EventKind> {
    if text.starts_with("(Re-)joining group") {
        return Some(EventKind::Joining);
    }
    if let Some(rest) = text.strip_prefix("Member ")
        && rest.contains(" transitioned from ")
    {
        return transition(rest, context);
    }
    if let Some(rest) = text.strip_prefix("Successfully joined group with generation ") {
        let (generation, member_id, protocol) = generation_fields(rest);
        context.member_id = member_id.or(context.member_id.take());
        return Some(EventKind::Joined { generation, protocol });
    }
    if let Some(rest) = text.strip_prefix("Successfully synced group in generation ") {
        let (generation, member_id, _) = generation_fields(rest);
        context.member_id = member_id.or(context.member_id.take());
        return Some(EventKind::Synced { generation });
    }
    for (prefix, make) in [
        ("Adding newly assigned partitions:", EventKind::assigned as fn(Vec<String>) -> EventKind),
        ("Setting newly assigned partitions", EventKind::assigned),
        ("Revoke previously assigned partitions", EventKind::revoked),
        ("Revoking previously assigned partitions", EventKind::revoked),
        ("Lost previously assigned partitions", EventKind::lost),
    ] {
        if let Some(rest) = text.strip_prefix(prefix) {
            return Some(make(partition_list(rest)));
        }
    }
    if let Some(at) = text.find("LeaveGroup request to coordinator") {
        if let Some(member) = text.strip_prefix("Member ").and_then(|rest| rest.split(' ').next()) {
            context.member_id = Some(member.to_owned());
        }
        let reason = leave_reason(&text[at..]);
        return Some(EventKind::Leaving { reason });
    }
    if text.contains("poll timeout has expired") {
        // 2.1–2.3 said it once, as the member left: `This member will leave the group because …`.
        return Some(if text.contains("leav") {
            EventKind::Leaving { reason: LeaveReason::PollTimeout }
        } else {
            EventKind::PollTimeout
        });
    }
    // Before the failures below: its line reads `… failed due to …` too.
    if text.starts_with("Attempt to heartbeat with stale ") {
        // The generation already moved on: the client ignores the error.
        return None;
    }
    if text.starts_with("Attempt to heartbeat with ") && text.contains(" failed due to ") {
        // 2.6+: `Attempt to heartbeat with Generation{…} and group instance id … failed due to
        // UNKNOWN_MEMBER_ID, resetting generation`.
        let error = text.split(" failed due to ").nth(1).unwrap_or_default();
        let reason = if error.starts_with("UNKNOWN_MEMBER_ID") {
            HeartbeatFailure::UnknownMember
        } else if error.starts_with("ILLEGAL_GENERATION") {
            HeartbeatFailure::StaleGeneration
        } else if error.starts_with("FENCED_INSTANCE_ID") {
            HeartbeatFailure::Fenced
        } else {
            return None;
        };
        return Some(EventKind::HeartbeatFailed { reason });
    }
    if text.starts_with("Request joining group due to: group is already rebalancing") {
        // 3.0+: the heartbeat's REBALANCE_IN_PROGRESS.
        return Some(EventKind::HeartbeatFailed { reason: HeartbeatFailure::Rebalancing });
    }
    if let Some(rest) = text.strip_prefix("Attempt to heartbeat failed") {
        let reason = if rest.contains("rebalancing") {
            HeartbeatFailure::Rebalancing
        } else if rest.contains("member id") {
            HeartbeatFailure::UnknownMember
        } else if rest.contains("generation") {
            HeartbeatFailure::StaleGeneration
        } else if rest.contains("fenced") {
            HeartbeatFailure::Fenced
        } else {
            return None;
        };
        return Some(EventKind::HeartbeatFailed { reason });
    }
    if text.contains("gets fenced")
        || text.contains("Caught fenced group.instance.id")
        || text.contains("FencedInstanceIdException")
    {
        return Some(EventKind::HeartbeatFailed { reason: HeartbeatFailure::Fenced });
    }
    if text.contains("is unavailable or invalid due to cause")
        || text.starts_with("Group coordinator") && text.contains("is unavailable or invalid")
    {
        return Some(EventKind::CoordinatorLost);
    }
    if let Some(error) = commit_failure(text) {
        return Some(EventKind::CommitFailed { error });
    }
    None
}

/// The KIP-848 consumer's `Member {id} with epoch {epoch} transitioned from {state} to {state}.`
/// (`rest`: what follows `Member `), as the events it tells; `None` for the steps between them.
fn transition(rest: &str, context: &mut Context) -> Option<EventKind> {
    let (who, states) = rest.split_once(" transitioned from ")?;
    let (member, epoch) = match who.split_once(" with epoch ") {
        Some((member, epoch)) => (member, epoch.trim().parse::<i32>().ok()),
        None => (who, None),
    };
    let member = member.trim();
    if !member.is_empty() && member != "<no ID>" {
        context.member_id = Some(member.to_owned());
    }
    let (from, to) = states.split_once(" to ")?;
    let to = to.trim().trim_end_matches('.');
    Some(match (from.trim(), to) {
        (_, "JOINING") => EventKind::Joining,
        // A heartbeat's response brought an assignment to reconcile, at the member's epoch (the
        // new one, or its own while it still gives partitions up).
        (_, "RECONCILING") => EventKind::Synced { generation: epoch.filter(|epoch| *epoch >= 0) },
        // Its epoch is the member's; a leave's are -1 (dynamic) or -2 (static).
        (_, "STABLE") => EventKind::EpochReached { epoch: epoch.filter(|epoch| *epoch >= 0) },
        // `AbstractHeartbeatRequestManager`: the poll timer expired; the member sent its leave
        // heartbeat and stays out until the application polls again.
        (_, "STALE") => EventKind::Leaving { reason: LeaveReason::PollTimeout },
        // `leaveGroup()`: `close()` or `unsubscribe()`, once its leave heartbeat is sent.
        ("LEAVING" | "FENCED", "UNSUBSCRIBED") => EventKind::Leaving { reason: LeaveReason::Closing },
        // FENCED_MEMBER_EPOCH or UNKNOWN_MEMBER_ID: the coordinator no longer knows this epoch.
        (_, "FENCED") => EventKind::HeartbeatFailed { reason: HeartbeatFailure::UnknownMember },
        _ => return None,
    })
}

/// A failed commit's error, from the client's own messages or an exception's name.
pub(super) fn commit_failure(text: &str) -> Option<String> {
    if text.contains("CommitFailedException") {
        return Some("CommitFailedException".to_owned());
    }
    if !text.contains("ommit") {
        return None;
    }
    let lower = text.to_ascii_lowercase();
    // `Offset commit failed on partition … at offset …: {error}`, `Asynchronous auto-commit of
    // offsets … failed: {error}` (`Auto-commit of offsets … failed` in the KIP-848 consumer,
    // `Synchronous auto-commit failed` from 4.0).
    if lower.contains("offset commit failed on partition")
        || lower.contains("auto-commit of offsets") && lower.contains("failed")
        || lower.contains("auto-commit failed")
    {
        let error = text
            .split_once("failed: ")
            .or_else(|| text.split_once(" at offset ").and_then(|(_, rest)| rest.split_once(": ")))
            .map_or("", |(_, error)| error);
        return Some(error_name(error));
    }
    None
}

/// An error as an exception's name, also where the client printed only its message.
fn error_name(error: &str) -> String {
    if let Some(name) = exception_name(error) {
        return name;
    }
    let known = [
        ("ommit cannot be completed", "CommitFailedException"),
        ("undergoing a rebalance", "RebalanceInProgressException"),
        ("executing a rebalance", "RebalanceInProgressException"),
        ("is already stale", "RebalanceInProgressException"),
    ];
    known
        .iter()
        .find(|(phrase, _)| error.contains(phrase))
        .map_or_else(|| error.trim().to_owned(), |(_, name)| (*name).to_owned())
}

/// `CommitFailedException` from `org.apache.kafka.clients.consumer.CommitFailedException: …`.
fn exception_name(text: &str) -> Option<String> {
    let word = text.split([':', ' ']).find(|word| word.ends_with("Exception"))?;
    Some(word.rsplit('.').next().unwrap_or(word).to_owned())
}

/// `Generation{generationId=5, memberId='m', protocol='range'}` (2.7+), or a bare number (to 2.6).
fn generation_fields(text: &str) -> (Option<i32>, Option<String>, Option<String>) {
    let text = text.trim();
    if let Some(inside) = text.strip_prefix("Generation{") {
        let inside = inside.split('}').next().unwrap_or(inside);
        let mut fields = (None, None, None);
        for field in inside.split(", ") {
            let Some((key, value)) = field.split_once('=') else { continue };
            let value = value.trim_matches('\'');
            match key {
                "generationId" => fields.0 = value.parse().ok(),
                "memberId" if !value.is_empty() => fields.1 = Some(value.to_owned()),
                "protocol" if value != "null" && !value.is_empty() => fields.2 = Some(value.to_owned()),
                _ => {}
            }
        }
        return fields;
    }
    let number = text.split(|character: char| !character.is_ascii_digit() && character != '-').next();
    (number.and_then(|number| number.parse().ok()), None, None)
}

/// `t-0, t-1`, `[t-0, t-1]` or nothing.
fn partition_list(text: &str) -> Vec<String> {
    let text = text.trim().trim_start_matches(':').trim();
    let text = text.strip_prefix('[').map_or(text, |inside| inside.split(']').next().unwrap_or(inside));
    text.split(',')
        .map(str::trim)
        .filter(|name| {
            !name.is_empty() && name.rsplit_once('-').is_some_and(|(_, number)| number.parse::<i32>().is_ok())
        })
        .map(str::to_owned)
        .collect()
}

fn leave_reason(text: &str) -> LeaveReason {
    if text.contains("poll timeout has expired") {
        LeaveReason::PollTimeout
    } else if text.contains("being closed") {
        LeaveReason::Closing
    } else if text.contains("unsubscribed") {
        LeaveReason::Unsubscribed
    } else {
        LeaveReason::Other
    }
}

/// Spring Kafka's listener container: `<group>: partitions assigned: [t-0, t-1]`, `… revoked: …`,
/// `… lost: …` (2.8+), and `<group>: Consumer stopped`.
fn spring_event(message: &str) -> Option<(Context, EventKind)> {
    // `gojs_group: partitions assigned`: the group right before the colon. A colon after spaces
    // is a layout's (`c.e.MyListener    : partitions assigned …`): an application's own line.
    let group_before = |at: usize| {
        let before = &message[..at];
        let group = before.rsplit([' ', '\t']).next().unwrap_or(before);
        Some(group.to_owned()).filter(|group| !group.is_empty())
    };
    for (marker, make) in [
        (": partitions assigned: ", EventKind::assigned as fn(Vec<String>) -> EventKind),
        (": partitions revoked: ", EventKind::revoked),
        (": partitions lost: ", EventKind::lost),
    ] {
        if let Some(at) = message.find(marker) {
            let context = Context { group: Some(group_before(at)?), ..Context::default() };
            return Some((context, make(partition_list(&message[at + marker.len()..]))));
        }
    }
    let at = message.find(": Consumer stopped")?;
    Some((
        Context { group: Some(group_before(at)?), ..Context::default() },
        EventKind::Leaving { reason: LeaveReason::Closing },
    ))
}

/// A broker's group coordinator message, with the group (and member) it names.
fn broker_event(message: &str) -> Option<(Context, EventKind)> {
    let word_after = |marker: &str| -> Option<String> {
        let at = message.find(marker)? + marker.len();
        message[at..].split(' ').next().filter(|word| !word.is_empty()).map(str::to_owned)
    };
    let number_after = |marker: &str| -> Option<i64> {
        word_after(marker)?
            .trim_matches(|character: char| !character.is_ascii_digit() && character != '-')
            .parse()
            .ok()
    };
    let generation_after = |marker: &str| number_after(marker).and_then(|number| i32::try_from(number).ok());
    let mut context = Context::default();
    // The new coordinator (3.7+) names the group in brackets: `[GroupId g] …`, `[Group g] …`.
    let bracketed_group = ["[GroupId ", "[Group "].iter().find_map(|marker| {
        let at = message.find(marker)? + marker.len();
        message[at..].split(']').next().map(str::to_owned)
    });
    if let Some(group) = &bracketed_group {
        let epoch_after = |marker: &str| {
            let at = message.find(marker)? + marker.len();
            let digits: String = message[at..].chars().take_while(char::is_ascii_digit).collect();
            digits.parse::<i32>().ok()
        };
        if message.contains("] Bumped group epoch to ") {
            context.group = Some(group.clone());
            return Some((
                context,
                EventKind::EpochBumped { epoch: epoch_after("] Bumped group epoch to ") },
            ));
        }
        if message.contains("] Computed a new target assignment for epoch ") {
            context.group = Some(group.clone());
            let assignor = message
                .split_once(" with '")
                .and_then(|(_, rest)| rest.split_once("' assignor"))
                .map(|(assignor, _)| assignor.to_owned());
            let epoch = epoch_after("] Computed a new target assignment for epoch ");
            return Some((context, EventKind::TargetComputed { epoch, assignor }));
        }
    }
    if let Some(group) = bracketed_group {
        let member =
            word_after("] Member ").or_else(|| word_after(" Member ")).or_else(|| word_after(" member "));
        // A static member's `temporarily left` (epoch -2) is no removal: the coordinator keeps it
        // and its partitions until its session expires.
        let removal = if message.contains("temporarily left") {
            None
        } else if message.contains("has left group") || message.contains(" left the consumer group") {
            Some(Removal::LeftGroup)
        } else if message.contains("fenced from the group because") && message.contains("session expired") {
            Some(Removal::SessionTimeout)
        } else if message.contains("fenced from the group because") {
            Some(Removal::RebalanceTimeout)
        } else {
            None
        };
        if let Some(removal) = removal {
            context.group = Some(group);
            context.member_id = member;
            return Some((context, EventKind::Removed { removal }));
        }
    }
    if message.contains("Preparing to rebalance group ") {
        context.group = word_after("Preparing to rebalance group ");
        let reason = message
            .find("(reason: ")
            .map(|at| &message[at + "(reason: ".len()..])
            .map(|reason| reason.rsplit_once(')').map_or(reason, |(inside, _)| inside).trim().to_owned());
        let old_generation = generation_after("with old generation ");
        return Some((context, EventKind::PreparingRebalance { old_generation, reason }));
    }
    if message.contains("Stabilized group ") {
        context.group = word_after("Stabilized group ");
        let members = message
            .find(" with ")
            .and_then(|at| message[at + " with ".len()..].split(' ').next())
            .and_then(|number| number.parse().ok());
        return Some((
            context,
            EventKind::Stabilized { generation: generation_after(" generation "), members },
        ));
    }
    if message.contains("has failed, removing it from the group") {
        context.member_id = word_after("Member ");
        context.group = word_after(" in group ");
        return Some((context, EventKind::Removed { removal: Removal::SessionTimeout }));
    }
    if message.contains("through explicit `LeaveGroup`")
        || message.contains("has left, removing it from the group")
    {
        context.member_id = member_in_brackets(message).or_else(|| word_after("Member "));
        context.group = word_after("has left group ").or_else(|| word_after(" in group "));
        return Some((context, EventKind::Removed { removal: Removal::LeftGroup }));
    }
    if message.contains(" is now empty") && message.contains("Group ") {
        context.group = word_after("Group ");
        return Some((context, EventKind::GroupEmpty { generation: generation_after("with generation ") }));
    }
    None
}

/// `memberId=m` in `MemberMetadata(memberId=m, …)` or `member.id m` in `Member[group.instance.id None, member.id m]`.
fn member_in_brackets(message: &str) -> Option<String> {
    for marker in ["memberId=", "member.id "] {
        if let Some(at) = message.find(marker) {
            let rest = &message[at + marker.len()..];
            let end = rest.find([',', ']', ')', ' ']).unwrap_or(rest.len());
            if end > 0 {
                return Some(rest[..end].to_owned());
            }
        }
    }
    None
}

impl EventKind {
    fn assigned(partitions: Vec<String>) -> Self {
        Self::Assigned { partitions }
    }

    fn revoked(partitions: Vec<String>) -> Self {
        Self::Revoked { partitions }
    }

    fn lost(partitions: Vec<String>) -> Self {
        Self::Lost { partitions }
    }
}
