//! A run written as the logs its consumers and its broker would print, for the log reader
//! (`crate::logs`) to read back: the same round trip as the dumps.
//!
//! Each line starts with its source, `<host> | ` (an aggregator's source column), then:
//! - consumers: Spring Boot 3's console layout (`yyyy-MM-dd'T'HH:mm:ss.SSSXXX`, `%5p`, the PID,
//!   `[application] [thread]`, the logger) and the Java client 3.x's texts with its `LogContext`
//!   prefix (`[Consumer clientId=…, groupId=…] `): `AbstractCoordinator.onJoinComplete` /
//!   `SyncGroupResponseHandler` (`Successfully joined group with generation Generation{…}`,
//!   `Successfully synced group in generation …`), `ConsumerCoordinator.onJoinComplete`
//!   (`Adding newly assigned partitions: …`), `ConsumerCoordinator.onJoinPrepare`
//!   (`Revoke previously assigned partitions …`), `AbstractCoordinator.maybeLeaveGroup` (`Member …
//!   sending LeaveGroup request to coordinator … due to …`) and the heartbeat thread's
//!   poll-timeout warning (`AbstractCoordinator.HeartbeatThread.run`); a failed commit as Spring
//!   Kafka's `KafkaMessageListenerContainer` logs it (`Consumer exception`, then the exception);
//! - the broker (`broker-1`): Kafka's log4j layout `[%d] %p %m (%c)` and `GroupCoordinator`'s
//!   3.2+ texts: `Preparing to rebalance group … (reason: …)` when the run says why (a member's
//!   leave or removal), `Stabilized group … with … members` (`GroupCoordinator.onCompleteJoin`),
//!   `Member … in group … has failed, removing it from the group` (`onExpireHeartbeat`),
//!   `` Member MemberMetadata(…) has left group … through explicit `LeaveGroup`; client reason: … ``
//!   (`removeMemberAndUpdateGroup`), `Group … removed dynamic members who haven't joined: Set(…)`
//!   (`onCompleteJoin`).
//!
//! The group's `__consumer_offsets` partition is `GroupMetadataManager.partitionFor`:
//! `Utils.abs(groupId.hashCode) % 50` (the default `offsets.topic.num.partitions`). The
//! coordinator node the client names is `Integer.MAX_VALUE - brokerId`
//! (`AbstractCoordinator.FindCoordinatorResponseHandler`). Times are UTC. Runs of the KIP-848
//! protocol are written as its consumer and coordinator print them (`consumer_protocol.rs`).

mod consumer_protocol;

use std::collections::BTreeMap;
use std::fmt::Write as _;

use super::output::{CommitError, EventKind, LeaveReason, MemberSeries, Outcome};
use super::scenario::{ConsumerSpec, ProtocolKind, Scenario};
use crate::series::clock::civil;

/// A time and what is written then (a line, or a line and the exception printed after it).
type Entry = (i64, String);

/// The broker that coordinates the group.
const BROKER: &str = "broker-1";
/// Its address, as the client names the coordinator.
const COORDINATOR: &str = "broker-1:9092 (id: 2147483646 rack: null)";
/// `offsets.topic.num.partitions`' default.
const OFFSETS_TOPIC_PARTITIONS: i32 = 50;
/// The heartbeat thread's warning when `max.poll.interval.ms` expires (3.0+).
const POLL_TIMEOUT_WARNING: &str = "consumer poll timeout has expired. This means the time between subsequent calls to poll() was longer than the configured max.poll.interval.ms, which typically implies that the poll loop is spending too much time processing messages. You can address this either by increasing max.poll.interval.ms or by reducing the maximum size of batches returned in poll() with max.poll.records.";

/// The KIP-848 consumer's warning (`AbstractHeartbeatRequestManager.poll`): the classic one with a
/// capital.
const POLL_TIMEOUT_WARNING_KIP_848: &str = "Consumer poll timeout has expired. This means the time between subsequent calls to poll() was longer than the configured max.poll.interval.ms, which typically implies that the poll loop is spending too much time processing messages. You can address this either by increasing max.poll.interval.ms or by reducing the maximum size of batches returned in poll() with max.poll.records.";

/// The run's logs: every consumer's and the broker's lines, in time order (lines of one time keep
/// the order they were written in; several groups interleave as an aggregator shows them).
#[must_use]
pub fn logs(scenario: &Scenario, outcome: &Outcome) -> String {
    let mut entries: Vec<Entry> = Vec::new();
    for (index, group) in outcome.groups().enumerate() {
        // Each group's own consumer settings (`Scenario::group_view`, as the run used them).
        let consumer = &scenario.group_view(index).consumer;
        if group.protocol == ProtocolKind::Consumer {
            consumer_protocol::write_group(&mut entries, group, consumer, partition_for(&group.group));
        } else {
            write_group(&mut entries, group, consumer);
        }
    }
    entries.sort_by_key(|(time_ms, _)| *time_ms);
    entries.into_iter().map(|(_, text)| text).collect()
}

/// Writes one group's lines into `entries`, each with its time (an entry may hold a line and the
/// exception printed after it).
#[allow(clippy::too_many_lines, reason = "one arm per event kind, each Kafka's own text")]
fn write_group(entries: &mut Vec<Entry>, outcome: &Outcome, consumer: &ConsumerSpec) {
    let group = &outcome.group;
    let members: BTreeMap<&str, &MemberSeries> =
        outcome.members.iter().map(|member| (member.member_id.as_str(), member)).collect();
    let protocol = outcome.assignor.name();
    let offsets_partition = partition_for(group);
    for (index, event) in outcome.events.iter().enumerate() {
        let member = event.member_id.as_deref().and_then(|id| members.get(id).copied());
        let time_ms = event.at_ms;
        let mut text = String::new();
        let out = &mut text;
        let client = |out: &mut String, level: &str, thread: &str, text: &str| {
            if let Some(member) = member {
                let context = format!("[Consumer clientId={}, groupId={group}] ", member.client_id);
                spring_line(
                    out,
                    &member.host,
                    time_ms,
                    level,
                    thread,
                    "o.a.k.c.c.internals.ConsumerCoordinator",
                    &format!("{context}{text}"),
                );
            }
        };
        let member_thread = member.map(listener_thread).unwrap_or_default();
        let member_id = event.member_id.as_deref().unwrap_or("-");
        match event.kind {
            EventKind::Joined => {
                // The member sends JoinGroup; it learns its generation when the round completes.
                client(out, "INFO", &member_thread, "(Re-)joining group");
            }
            EventKind::Assigned => {
                client(
                    out,
                    "INFO",
                    &member_thread,
                    &format!("Adding newly assigned partitions: {}", event.partitions.join(", ")),
                );
            }
            EventKind::Revoked => {
                client(
                    out,
                    "INFO",
                    &member_thread,
                    &format!("Revoke previously assigned partitions {}", event.partitions.join(", ")),
                );
            }
            EventKind::PollTimedOut => {
                // A static member: the warning, and no LeaveGroup.
                client(out, "WARN", &heartbeat_thread(group), POLL_TIMEOUT_WARNING);
            }
            EventKind::Left => match event.reason {
                Some(LeaveReason::PollTimeout) => {
                    let thread = heartbeat_thread(group);
                    client(out, "WARN", &thread, POLL_TIMEOUT_WARNING);
                    client(out, "INFO", &thread, &leaving(member_id, "consumer poll timeout has expired."));
                    left_group(
                        out,
                        time_ms,
                        (group, protocol, consumer),
                        member,
                        "consumer poll timeout has expired.",
                    );
                }
                Some(LeaveReason::Shutdown) => {
                    client(out, "INFO", &member_thread, &leaving(member_id, "the consumer is being closed"));
                    left_group(
                        out,
                        time_ms,
                        (group, protocol, consumer),
                        member,
                        "the consumer is being closed",
                    );
                }
                Some(LeaveReason::SessionTimeout) => {
                    broker_line(
                        out,
                        time_ms,
                        &format!(
                            "Member {member_id} in group {group} has failed, removing it from the group"
                        ),
                    );
                }
                Some(LeaveReason::RebalanceTimeout) => {
                    broker_line(
                        out,
                        time_ms,
                        &format!(
                            "Group {group} removed dynamic members who haven't joined: Set({member_id})"
                        ),
                    );
                }
                None => {}
            },
            EventKind::CommitFailed => {
                if let Some(member) = member {
                    commit_failed(out, member, time_ms, event.exception);
                }
            }
            EventKind::RebalanceStarted => {
                // The broker says why when the run does: the leave or removal just before.
                let cause = outcome.events[..index]
                    .iter()
                    .rev()
                    .take_while(|earlier| earlier.at_ms == time_ms)
                    .find(|earlier| earlier.kind == EventKind::Left);
                let reason = cause.and_then(|left| {
                    let id = left.member_id.as_deref()?;
                    Some(match left.reason? {
                        LeaveReason::SessionTimeout => format!("removing member {id} on heartbeat expiration"),
                        LeaveReason::PollTimeout => format!("Removing member {id} on LeaveGroup; client reason: consumer poll timeout has expired."),
                        LeaveReason::Shutdown => format!("Removing member {id} on LeaveGroup; client reason: the consumer is being closed"),
                        LeaveReason::RebalanceTimeout => return None,
                    })
                });
                if let Some(reason) = reason {
                    let old = event.generation.unwrap_or_default();
                    broker_line(
                        out,
                        time_ms,
                        &format!(
                            "Preparing to rebalance group {group} in state PreparingRebalance with old generation {old} (__consumer_offsets-{offsets_partition}) (reason: {reason})"
                        ),
                    );
                }
            }
            EventKind::RebalanceCompleted => {
                let present = members_at(outcome, time_ms);
                let number = event.generation.unwrap_or_default();
                broker_line(
                    out,
                    time_ms,
                    &format!(
                        "Stabilized group {group} generation {number} (__consumer_offsets-{offsets_partition}) with {} members",
                        present.len()
                    ),
                );
                // Each member's JoinGroup response, then its SyncGroup response.
                for member in present {
                    let context = format!("[Consumer clientId={}, groupId={group}] ", member.client_id);
                    let thread = listener_thread(member);
                    let generation = format!(
                        "Generation{{generationId={number}, memberId='{}', protocol='{protocol}'}}",
                        member.member_id
                    );
                    for text in [
                        format!("Successfully joined group with generation {generation}"),
                        format!("Successfully synced group in generation {generation}"),
                    ] {
                        let logger = "o.a.k.c.c.internals.ConsumerCoordinator";
                        spring_line(
                            out,
                            &member.host,
                            time_ms,
                            "INFO",
                            &thread,
                            logger,
                            &format!("{context}{text}"),
                        );
                    }
                }
            }
            _ => {}
        }
        if !text.is_empty() {
            entries.push((time_ms, text));
        }
    }
}

/// A failed commit as Spring Kafka's `KafkaMessageListenerContainer` logs it: `Consumer
/// exception`, then the exception.
fn commit_failed(out: &mut String, member: &MemberSeries, time_ms: i64, exception: Option<CommitError>) {
    let exception = match exception {
        Some(CommitError::RebalanceInProgressException) => {
            "org.apache.kafka.common.errors.RebalanceInProgressException: Offset commit cannot be completed since the consumer member's generation is already stale, meaning it has already participated another rebalance and got a new generation. You can try completing the rebalance by calling poll() and then retry commit again"
        }
        _ => {
            "org.apache.kafka.clients.consumer.CommitFailedException: Commit cannot be completed since the group has already rebalanced and assigned the partitions to another member. This means that the time between subsequent calls to poll() was longer than the configured max.poll.interval.ms, which typically implies that the poll loop is spending too much time message processing. You can address this either by increasing max.poll.interval.ms or by reducing the maximum size of batches returned in poll() with max.poll.records."
        }
    };
    let thread = listener_thread(member);
    spring_line(
        out,
        &member.host,
        time_ms,
        "ERROR",
        &thread,
        "o.s.k.l.KafkaMessageListenerContainer",
        "Consumer exception",
    );
    let _ = writeln!(out, "{} | {exception}", member.host);
}

/// `AbstractCoordinator.maybeLeaveGroup`'s line: the member, the coordinator, the reason.
fn leaving(member_id: &str, reason: &str) -> String {
    format!("Member {member_id} sending LeaveGroup request to coordinator {COORDINATOR} due to {reason}")
}

/// The broker's line for a member's explicit leave (3.2+: the member's metadata and the client's
/// reason).
fn left_group(
    out: &mut String,
    time_ms: i64,
    (group, protocol, consumer): (&str, &str, &ConsumerSpec),
    member: Option<&MemberSeries>,
    reason: &str,
) {
    let Some(member) = member else { return };
    let instance =
        member.group_instance_id.as_ref().map_or_else(|| "None".to_owned(), |id| format!("Some({id})"));
    broker_line(
        out,
        time_ms,
        &format!(
            "Member MemberMetadata(memberId={}, groupInstanceId={instance}, clientId={}, clientHost={}, sessionTimeoutMs={}, rebalanceTimeoutMs={}, supportedProtocols=List({protocol})) has left group {group} through explicit `LeaveGroup`; client reason: {reason}",
            member.member_id,
            member.client_id,
            member.address,
            consumer.session_timeout_ms,
            // The classic consumer's rebalance timeout is its `max.poll.interval.ms`.
            consumer.max_poll_interval_ms
        ),
    );
}

/// The members in the group at `time_ms`.
fn members_at(outcome: &Outcome, time_ms: i64) -> Vec<&MemberSeries> {
    outcome
        .members
        .iter()
        .filter(|member| {
            member.joined_ms <= time_ms && member.left.is_none_or(|(left_ms, _)| left_ms > time_ms)
        })
        .collect()
}

/// The classic client's heartbeat thread, as Spring Boot prints it.
fn heartbeat_thread(group: &str) -> String {
    spring_thread(&format!("kafka-coordinator-heartbeat-thread | {group}"))
}

/// A member's listener container thread (`org.springframework.kafka.KafkaListenerEndpointContainer#0-N-C-1`),
/// as Spring Boot prints it.
fn listener_thread(member: &MemberSeries) -> String {
    spring_thread(&format!(
        "org.springframework.kafka.KafkaListenerEndpointContainer#0-{}-C-1",
        member.thread.saturating_sub(1)
    ))
}

/// A thread's name as Spring Boot's `%15.15t` cuts it: its last 15 characters.
fn spring_thread(name: &str) -> String {
    let skip = name.chars().count().saturating_sub(15);
    name.chars().skip(skip).collect()
}

/// `GroupMetadataManager.partitionFor`: `Utils.abs(groupId.hashCode) % groupMetadataTopicPartitionCount`,
/// with Java's `String.hashCode` over UTF-16 code units.
fn partition_for(group: &str) -> i32 {
    let hash =
        group.encode_utf16().fold(0_i32, |hash, unit| hash.wrapping_mul(31).wrapping_add(i32::from(unit)));
    // `Utils.abs`: `Integer.MIN_VALUE` is 0, not itself.
    let absolute = if hash == i32::MIN { 0 } else { hash.abs() };
    absolute % OFFSETS_TOPIC_PARTITIONS
}

/// A consumer's line in Spring Boot 3's console layout, after its host's source column.
fn spring_line(
    out: &mut String,
    host: &str,
    time_ms: i64,
    level: &str,
    thread: &str,
    logger: &str,
    text: &str,
) {
    let _ = writeln!(
        out,
        "{host} | {} {level:>5} 1 --- [consumer] [{thread:>15}] {logger:<40} : {text}",
        spring_time(time_ms)
    );
}

/// The broker's line in Kafka's log4j layout, after its source column.
fn broker_line(out: &mut String, time_ms: i64, text: &str) {
    let _ = writeln!(
        out,
        "{BROKER} | [{}] INFO [GroupCoordinator 1]: {text} (kafka.coordinator.group.GroupCoordinator)",
        utc_stamp(time_ms, ' ', ',')
    );
}

/// `yyyy-MM-dd'T'HH:mm:ss.SSSXXX` in UTC (Spring Boot 3's console time).
fn spring_time(time_ms: i64) -> String {
    format!("{}Z", utc_stamp(time_ms, 'T', '.'))
}

/// A UTC date and time to the millisecond, with the layout's separators (log4j's `%d` is
/// `yyyy-MM-dd HH:mm:ss,SSS`).
fn utc_stamp(time_ms: i64, before_clock: char, before_millis: char) -> String {
    let time = civil(time_ms, 0);
    format!(
        "{:04}-{:02}-{:02}{before_clock}{:02}:{:02}:{:02}{before_millis}{:03}",
        time.year,
        time.month,
        time.day,
        time.hour,
        time.minute,
        time.second,
        time_ms.rem_euclid(1000)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `Utils.abs("orders".hashCode()) % 50`, worked by hand: `"orders".hashCode()` is -1008770331,
    /// its absolute value 1008770331, and 1008770331 mod 50 is 31.
    #[test]
    fn the_offsets_partition_is_kafkas() {
        assert_eq!(partition_for("orders"), 31);
        assert_eq!(partition_for(""), 0);
    }

    #[test]
    fn spring_boots_thread_column_keeps_the_last_15_characters() {
        assert_eq!(heartbeat_thread("gojs_group"), "ad | gojs_group");
    }
}
