//! Consumer and broker logs read into the group's timeline and diagnosed: one fixture per layout
//! and wrapper (`tests/fixtures/logs/`), each with its timeline checked by hand from how the
//! fixture was written.

#![cfg(feature = "logs")]
#![allow(clippy::disallowed_methods, reason = "tests read fixture files; the library itself does no I/O")]

use lagscope_core::logs::{EventKind, LeaveReason, LogTimeline, Removal, read_logs};
use lagscope_core::series::clock::parse_timestamp;
use lagscope_core::workbench::{Input, Options, build};

fn fixture(name: &str) -> String {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/logs/");
    lagscope_core::text::decode(&std::fs::read(format!("{path}{name}")).expect("fixture"))
}

fn ms(time: &str) -> i64 {
    parse_timestamp(time).expect("a time")
}

/// `shared/seeds/002`: four pods × concurrency 3 (Spring Boot 3's console layout behind
/// `kubectl logs --prefix`) join generation 41, all leave 300.001–304.291 s later for a poll
/// timeout, rejoin generation 42 and leave again: two storms of 12 members.
#[test]
fn a_poll_timeout_storm_from_kubectl_logs() {
    let text = fixture("seed-002-poll-timeout-storm.log");
    let read = read_logs(&text, 0).expect("logs");
    assert_eq!(read.n_lines, 193);
    // Per member and round: joining, joined, synced, assigned (by the client and by Spring's
    // container), the poll-timeout warning, LeaveGroup.
    assert_eq!(read.events.len(), 12 * 2 * 7);
    assert_eq!(read.zone.as_ref().map(|zone| zone.offset_minutes), Some(540));
    let timeline = LogTimeline::build(read.events, &read.spans);
    assert_eq!(timeline.hosts.len(), 4);
    assert_eq!(timeline.groups.len(), 1);
    let group = &timeline.groups[0];
    assert_eq!(group.group.as_deref(), Some("gojs_group"));
    let generations: Vec<(i32, i64, usize)> = group
        .generations
        .iter()
        .map(|generation| (generation.generation, generation.first_ms, generation.members_joined))
        .collect();
    assert_eq!(
        generations,
        [(41, ms("2024-03-18T10:00:03.000+09:00"), 12), (42, ms("2024-03-18T10:05:12.000+09:00"), 12)]
    );
    assert_eq!(group.poll_timeout_members, 12);
    assert_eq!(group.storms.len(), 2);
    for (storm, (start, end)) in group.storms.iter().zip([
        ("2024-03-18T10:05:03.001+09:00", "2024-03-18T10:05:07.401+09:00"),
        ("2024-03-18T10:10:12.001+09:00", "2024-03-18T10:10:16.401+09:00"),
    ]) {
        assert_eq!((storm.start_ms, storm.end_ms), (ms(start), ms(end)));
        assert_eq!(storm.members, 12);
        assert_eq!(storm.hosts.len(), 4);
        // The storm is counted from the LeaveGroup lines (1 ms after each warning): member i
        // stayed 300,001 + 390 × i ms.
        let stays: Vec<i64> = (0..12).map(|member| 300_001 + 390 * member).collect();
        assert_eq!(storm.stays_ms, stays);
    }
    let leaves = group
        .events
        .iter()
        .filter(|event| matches!(event.kind, EventKind::Leaving { reason: LeaveReason::PollTimeout }))
        .count();
    assert_eq!(leaves, 24);

    let bench = build(vec![Input::text("pods.log", text)], &Options::default());
    let storm =
        bench.findings.iter().find(|finding| finding.rule == "poll-timeout-storm").expect("the storm");
    assert_eq!(
        lagscope_core::l10n::english(&storm.title),
        "12 members left gojs_group for a poll timeout, in 2 storms"
    );
    let summary = lagscope_core::l10n::english(&storm.summary);
    assert!(
        summary.starts_with(
            "The largest storm: 12 members left between 2024-03-18 10:05:03 +09:00 and 2024-03-18 10:05:07 +09:00, \
             on notify-7d9f8b6c4-2xkqp, notify-7d9f8b6c4-8mzvn, notify-7d9f8b6c4-c4lrt, notify-7d9f8b6c4-wq7sd. \
             They had joined 5 min–5 min 4 s before (max.poll.interval.ms = 5 min)."
        ),
        "{summary}"
    );
    assert_eq!(bench.zone.offset_minutes, 540);
    assert_eq!(lagscope_core::l10n::english(&bench.inputs[0].read_as), "Kafka logs: 168 events in 193 lines");
}

/// `shared/seeds/000`: four senders log JSON lines (logstash); only server A's carry
/// `CommitFailedException`, three times, in their `stack_trace` field.
#[test]
fn commit_failures_on_one_host_from_json_lines() {
    let text = fixture("seed-000-commit-failures.jsonl");
    let bench = build(vec![Input::text("senders.jsonl", text)], &Options::default());
    assert_eq!(bench.logs.hosts, ["msg-sender-a", "msg-sender-b", "msg-sender-c", "msg-sender-d"]);
    let finding =
        bench.findings.iter().find(|finding| finding.rule == "host-commit-failures").expect("the host");
    assert_eq!(finding.entities.hosts, ["msg-sender-a"]);
    assert_eq!(finding.evidence["commit_failures"], 3);
    assert_eq!(finding.evidence["peer_commit_failures"], 0);
    assert_eq!(finding.evidence["first_failure_ms"], ms("2022-03-17T18:40:12.345+09:00"));
    assert_eq!(finding.evidence["last_failure_ms"], ms("2022-03-17T21:10:05.871+09:00"));
    assert_eq!(finding.evidence["errors"], serde_json::json!(["CommitFailedException"]));
    assert_eq!(
        lagscope_core::l10n::english(&finding.title),
        "only msg-sender-a fails to commit offsets: 3 failures"
    );
    let korean = lagscope_core::l10n::Localizer::bundled(lagscope_core::l10n::Lang::Ko);
    assert_eq!(korean.render(&finding.title), "msg-sender-a에서만 오프셋 커밋 실패: 3건");
}

/// A broker's `server.log` (Kafka's log4j layout): two members removed for a session timeout,
/// generations 5 to 7 stabilised, the last member leaving on close, the group empty at 8.
#[test]
fn session_timeout_removals_from_a_broker_log() {
    let text = fixture("broker-session-timeout.log");
    let read = read_logs(&text, 0).expect("logs");
    let kinds: Vec<&EventKind> = read.events.iter().map(|event| &event.kind).collect();
    assert_eq!(kinds.len(), 11, "{kinds:?}");
    assert_eq!(
        kinds[0],
        &EventKind::PreparingRebalance {
            old_generation: Some(4),
            reason: Some(
                "Adding new member consumer-orders-1-5f0e7a3c-2b1d-4e0f-9a8b-1c2d3e4f5a6b with group instance id None; \
                 client reason: not provided"
                    .to_owned()
            )
        }
    );
    assert!(matches!(kinds[1], EventKind::Stabilized { generation: Some(5), members: Some(3) }));
    assert!(matches!(kinds[2], EventKind::Removed { removal: Removal::SessionTimeout }));
    assert_eq!(
        read.events[2].member_id.as_deref(),
        Some("consumer-orders-2-0a9b8c7d-6e5f-4a3b-2c1d-0e9f8a7b6c5d")
    );
    assert!(matches!(kinds[8], EventKind::Removed { removal: Removal::LeftGroup }));
    assert_eq!(
        read.events[8].member_id.as_deref(),
        Some("consumer-orders-1-5f0e7a3c-2b1d-4e0f-9a8b-1c2d3e4f5a6b")
    );
    assert!(matches!(kinds[10], EventKind::GroupEmpty { generation: Some(8) }));
    assert!(read.events.iter().all(|event| event.group.as_deref() == Some("orders")));

    let bench = build(vec![Input::text("server.log", text)], &Options::default());
    let generations: Vec<(i32, Option<u32>)> = bench.logs.groups[0]
        .generations
        .iter()
        .map(|generation| (generation.generation, generation.members_stated))
        .collect();
    assert_eq!(generations, [(5, Some(3)), (6, Some(2)), (7, Some(1))]);
    let finding =
        bench.findings.iter().find(|finding| finding.rule == "session-timeout-removals").expect("removals");
    assert_eq!(finding.evidence["removals"], 2);
    assert_eq!(
        lagscope_core::l10n::english(&finding.title),
        "the coordinator removed 2 members of orders for missing heartbeats"
    );
}

/// Messages in each layout and wrapper the reader knows, with what each says.
#[test]
fn each_wording_and_wrapper() {
    let cases: [(&str, Option<&str>, EventKind); 11] = [
        (
            "2021-02-01 08:00:00.000  INFO 7 --- [c-1] o.a.k.c.c.internals.AbstractCoordinator  : [Consumer clientId=c, groupId=g] Attempt to heartbeat with Generation{generationId=5, memberId='c-1-x', protocol='range'} and group instance id Optional.empty failed due to UNKNOWN_MEMBER_ID, resetting generation",
            None,
            EventKind::HeartbeatFailed { reason: lagscope_core::logs::HeartbeatFailure::UnknownMember },
        ),
        (
            "2023-02-01 08:00:00.000  INFO 7 --- [c-1] o.a.k.c.c.internals.ConsumerCoordinator  : [Consumer clientId=c, groupId=g] Request joining group due to: group is already rebalancing",
            None,
            EventKind::HeartbeatFailed { reason: lagscope_core::logs::HeartbeatFailure::Rebalancing },
        ),
        (
            "2019-06-01 12:00:00.000  INFO 7 --- [main] o.a.k.c.c.internals.AbstractCoordinator  : [Consumer clientId=consumer-1, groupId=g] Successfully joined group with generation 3",
            None,
            EventKind::Joined { generation: Some(3), protocol: None },
        ),
        (
            "[2019-06-01 12:00:00,000] INFO [Consumer clientId=consumer-1, groupId=g] Revoking previously assigned partitions [t-0, t-1] (org.apache.kafka.clients.consumer.internals.ConsumerCoordinator)",
            None,
            EventKind::Revoked { partitions: vec!["t-0".into(), "t-1".into()] },
        ),
        (
            "web-2 | 2024-01-01T00:00:00Z INFO [Consumer instanceId=web-2, clientId=c, groupId=g] Lost previously assigned partitions t-3",
            Some("web-2"),
            EventKind::Lost { partitions: vec!["t-3".into()] },
        ),
        (
            "2024-01-01 00:00:00.000  INFO 1 --- [c-1] o.a.k.c.c.internals.ConsumerCoordinator  : [Consumer clientId=c, groupId=g] Member c-1-x sending LeaveGroup request to coordinator b:9092 (id: 2147483646 rack: null) due to the consumer is being closed",
            None,
            EventKind::Leaving { reason: LeaveReason::Closing },
        ),
        (
            "2024-01-01 00:00:00.000  INFO 1 --- [c-1] o.a.k.c.c.internals.ConsumerCoordinator  : [Consumer clientId=c, groupId=g] Attempt to heartbeat failed since group is rebalancing",
            None,
            EventKind::HeartbeatFailed { reason: lagscope_core::logs::HeartbeatFailure::Rebalancing },
        ),
        (
            "2024-01-01 00:00:00.000  WARN 1 --- [c-1] o.a.k.c.c.internals.ConsumerCoordinator  : [Consumer clientId=c, groupId=g] Offset commit failed on partition t-0 at offset 42: The coordinator is not aware of this member.",
            None,
            EventKind::CommitFailed { error: "The coordinator is not aware of this member.".into() },
        ),
        (
            "2024-01-01 00:00:00.000 ERROR 1 --- [c-1] o.a.k.c.c.internals.ConsumerCoordinator  : [Consumer clientId=c, groupId=g] Asynchronous auto-commit of offsets {t-0=OffsetAndMetadata{offset=7, leaderEpoch=null, metadata=''}} failed: org.apache.kafka.clients.consumer.CommitFailedException: Commit cannot be completed",
            None,
            EventKind::CommitFailed { error: "CommitFailedException".into() },
        ),
        (
            "[pod/api-5f/app] 2024-01-01T00:00:00.000+09:00  INFO 1 --- [c-1] o.a.k.c.c.internals.ConsumerCoordinator  : [Consumer clientId=c, groupId=g] Group coordinator b-1:9092 (id: 2147483646 rack: null) is unavailable or invalid due to cause: coordinator unavailable. isDisconnected: true. Rediscovery will be attempted.",
            Some("api-5f"),
            EventKind::CoordinatorLost,
        ),
        (
            r#"{"@timestamp":"2024-01-01T00:00:00Z","message":"[Consumer clientId=c, groupId=g] (Re-)joining group","host":{"name":"h-9"}}"#,
            Some("h-9"),
            EventKind::Joining,
        ),
    ];
    let stale = "2023-02-01 08:00:00.000  INFO 7 --- [c-1] o.a.k.c.c.internals.AbstractCoordinator  : [Consumer clientId=c, groupId=g] Attempt to heartbeat with stale Generation{generationId=4, memberId='c-1-x', protocol='range'} and group instance id Optional.empty failed due to UNKNOWN_MEMBER_ID, ignoring the error";
    assert!(read_logs(stale, 0).is_none(), "a stale generation's error is ignored by the client");
    for (line, host, kind) in cases {
        let read = read_logs(line, 0).unwrap_or_else(|| panic!("read: {line}"));
        assert_eq!(read.events.len(), 1, "{line}");
        let event = &read.events[0];
        assert_eq!(event.kind, kind, "{line}");
        assert_eq!(event.host.as_deref(), host, "{line}");
        assert_eq!(event.group.as_deref(), Some("g"), "{line}");
        assert!(event.time_ms.is_some(), "{line}");
    }
}

/// The new group coordinator (3.7+) and the KIP-848 protocol on the broker: the group in
/// brackets, removals for a session timeout, a rebalance timeout and a leave.
#[test]
fn the_new_group_coordinator() {
    let lines = [
        (
            "[2025-04-01 09:00:00,000] INFO [GroupCoordinator id=1 topic=__consumer_offsets partition=7] Member c-1-a in group g has failed, removing it from the group. (org.apache.kafka.coordinator.group.GroupMetadataManager)",
            Removal::SessionTimeout,
            "c-1-a",
        ),
        (
            "[2025-04-01 09:00:01,000] INFO [GroupCoordinator id=1 topic=__consumer_offsets partition=7] [Group g] Member c-2-b has left group through explicit `LeaveGroup` request; client reason: the consumer is being closed (org.apache.kafka.coordinator.group.GroupMetadataManager)",
            Removal::LeftGroup,
            "c-2-b",
        ),
        (
            "[2025-04-01 09:00:02,000] INFO [GroupCoordinator id=1 topic=__consumer_offsets partition=7] [GroupId g] Member Zx9 fenced from the group because the member session expired. (org.apache.kafka.coordinator.group.GroupMetadataManager)",
            Removal::SessionTimeout,
            "Zx9",
        ),
        (
            "[2025-04-01 09:00:03,000] INFO [GroupCoordinator id=1 topic=__consumer_offsets partition=7] [GroupId g] Member Qw3 fenced from the group because it failed to transition from epoch 7 within 300000ms. (org.apache.kafka.coordinator.group.GroupMetadataManager)",
            Removal::RebalanceTimeout,
            "Qw3",
        ),
        (
            "[2025-04-01 09:00:04,000] INFO [GroupCoordinator id=1 topic=__consumer_offsets partition=7] [GroupId g] Member Er5 left the consumer group. (org.apache.kafka.coordinator.group.GroupMetadataManager)",
            Removal::LeftGroup,
            "Er5",
        ),
    ];
    for (line, removal, member) in lines {
        let read = read_logs(line, 0).unwrap_or_else(|| panic!("read: {line}"));
        let event = &read.events[0];
        assert_eq!(event.kind, EventKind::Removed { removal }, "{line}");
        assert_eq!(event.member_id.as_deref(), Some(member), "{line}");
        assert_eq!(event.group.as_deref(), Some("g"), "{line}");
    }
    let stabilized = read_logs("[2025-04-01 09:00:05,000] INFO [GroupCoordinator id=1 topic=__consumer_offsets partition=7] Stabilized group g generation 9 with 2 members. (org.apache.kafka.coordinator.group.GroupMetadataManager)", 0).expect("read");
    assert_eq!(stabilized.events[0].kind, EventKind::Stabilized { generation: Some(9), members: Some(2) });
}

/// Review findings: one failed commit said per partition, for the commit and by the application
/// is one failure; a rotated file of the same host is not a peer; a level column is not a host; a
/// stack trace line of another pod is not the previous pod's; an application's own
/// `partitions assigned` line is not Spring's.
#[test]
fn what_one_failure_and_one_host_are() {
    let one_failure = "\
        [pod/a/app] 2024-01-01T10:00:00.100Z  WARN 1 --- [c-1] o.a.k.c.c.internals.ConsumerCoordinator  : [Consumer clientId=c, groupId=g] Offset commit failed on partition t-0 at offset 5: The coordinator is not aware of this member.\n\
        [pod/a/app] 2024-01-01T10:00:00.101Z  WARN 1 --- [c-1] o.a.k.c.c.internals.ConsumerCoordinator  : [Consumer clientId=c, groupId=g] Offset commit failed on partition t-1 at offset 9: The coordinator is not aware of this member.\n\
        [pod/a/app] 2024-01-01T10:00:00.150Z ERROR 1 --- [c-1] o.s.k.l.KafkaMessageListenerContainer    : Consumer exception\n\
        [pod/a/app] org.apache.kafka.clients.consumer.CommitFailedException: Commit cannot be completed since the group has already rebalanced\n\
        [pod/b/app] 2024-01-01T10:00:05.000Z  INFO 1 --- [c-1] c.e.Sender                               : sent 10\n\
        [pod/b/app] org.apache.kafka.clients.consumer.CommitFailedException: in b's own trace\n\
        [pod/a/app] 2024-01-01T10:10:00.000Z  WARN 1 --- [c-1] o.a.k.c.c.internals.ConsumerCoordinator  : [Consumer clientId=c, groupId=g] Offset commit failed on partition t-0 at offset 7: The coordinator is not aware of this member.\n\
        [pod/b/app] 2024-01-01T10:20:00.000Z  INFO 1 --- [c-1] c.e.Sender                               : sent 10\n";
    let bench = build(vec![Input::text("pods.log", one_failure)], &Options::default());
    let failures: Vec<(Option<&str>, usize)> = bench
        .logs
        .commit_failures
        .iter()
        .map(|failures| (failures.host.as_deref(), failures.count))
        .collect();
    assert_eq!(failures, [(Some("a"), 2), (Some("b"), 1)]);

    // Two files of one host, one after the other: the second is not the first's peer.
    let first = "2024-01-01 09:00:00.000  INFO 1 --- [c-1] o.a.k.c.c.internals.ConsumerCoordinator  : [Consumer clientId=c, groupId=g] (Re-)joining group\n";
    let second = "\
        2024-01-01 10:00:00.000  WARN 1 --- [c-1] o.a.k.c.c.internals.ConsumerCoordinator  : [Consumer clientId=c, groupId=g] Offset commit failed on partition t-0 at offset 5: x\n\
        2024-01-01 10:05:00.000  WARN 1 --- [c-1] o.a.k.c.c.internals.ConsumerCoordinator  : [Consumer clientId=c, groupId=g] Offset commit failed on partition t-0 at offset 8: x\n";
    let bench =
        build(vec![Input::text("app.log.1", first), Input::text("app.log", second)], &Options::default());
    assert!(
        bench.findings.iter().all(|finding| finding.rule != "host-commit-failures"),
        "{:?}",
        bench.findings
    );

    let level_column = "WARN  | 2024-03-17 18:00:01,123 | c-1 | o.a.k.c.c.i.ConsumerCoordinator | [Consumer clientId=c, groupId=g] Asynchronous auto-commit of offsets {} failed: Commit cannot be completed since the group has already rebalanced";
    let read = read_logs(level_column, 0).expect("read");
    assert_eq!(read.events[0].host, None);
    assert_eq!(read.events[0].kind, EventKind::CommitFailed { error: "CommitFailedException".into() });

    let own_line = "2024-01-01 10:00:00.000  INFO 1 --- [main] c.e.MyListener                           : partitions assigned: [t-0]";
    assert!(read_logs(own_line, 0).is_none());
}

/// A dump is never read as logs, even with a client's warning pasted above it; lines that say
/// nothing of a group give no logs.
#[test]
fn dumps_and_other_text_are_not_logs() {
    let dump = "[2024-01-01 00:00:00,000] WARN [Consumer clientId=c, groupId=g] Attempt to heartbeat failed since group is rebalancing (org.apache.kafka.clients.consumer.internals.ConsumerCoordinator)\n\
                \nGROUP TOPIC PARTITION CURRENT-OFFSET LOG-END-OFFSET LAG CONSUMER-ID HOST CLIENT-ID\n\
                g t 0 1 5 4 c-1 /h1 c\n";
    assert!(!lagscope_core::logs::looks_like_logs(dump));
    let bench = build(vec![Input::text("dump", dump)], &Options::default());
    assert!(bench.snapshot.is_some());
    assert!(bench.logs.is_empty());
    assert!(read_logs("2024-01-01 00:00:00 INFO started\n2024-01-01 00:00:01 INFO ready\n", 0).is_none());
}

proptest::proptest! {
    /// Lines made of the pieces real logs are made of, in any order and cut anywhere (Korean text,
    /// brackets, pipes, JSON, CRs): reading never panics, and every event names a line it has.
    #[test]
    fn any_line_reads_without_a_panic(
        pieces in proptest::collection::vec(proptest::collection::vec(0..PIECES.len(), 0..8), 0..12),
        cut in 0..64_usize,
    ) {
        let mut text = String::new();
        for line in &pieces {
            for &piece in line {
                text.push_str(PIECES[piece]);
            }
            text.push('\n');
        }
        let end = (0..=text.len().saturating_sub(cut)).rev().find(|&at| text.is_char_boundary(at)).unwrap_or(0);
        let text = &text[..end];
        let n_lines = lagscope_core::text::numbered_lines(text).count();
        if let Some(read) = read_logs(text, 0) {
            for event in &read.events {
                proptest::prop_assert!((1..=n_lines).contains(&event.line));
            }
            let _ = LogTimeline::build(read.events, &read.spans);
        }
        let _ = build(vec![Input::text("t", text)], &Options::default());
    }
}

const PIECES: [&str; 22] = [
    "[pod/a-1/app] ",
    "server-a | ",
    "WARN  | ",
    "2024-03-18T10:00:00.123+09:00 ",
    "[2024-05-01 10:00:00,123] ",
    "2022-03-17 18:00:01.123  INFO 1 --- [c-1] o.a.k.c.c.internals.ConsumerCoordinator  : ",
    "[Consumer clientId=c, groupId=g] ",
    "[Consumer instanceId=i, clientId=",
    "Successfully joined group with generation Generation{generationId=5, memberId='m', protocol='range'}",
    "Successfully joined group with generation ",
    "Member m sending LeaveGroup request to coordinator b:9092 due to consumer poll timeout has expired.",
    "Offset commit failed on partition t-0 at offset 5: ",
    "org.apache.kafka.clients.consumer.CommitFailedException: 커밋 실패",
    "[GroupCoordinator 1]: Preparing to rebalance group g in state PreparingRebalance with old generation ",
    "Stabilized group g generation 7 (__consumer_offsets-1) with ",
    "[GroupId g] Member ",
    "g: partitions assigned: [",
    "{\"@timestamp\":\"2024-01-01T00:00:00Z\",\"message\":\"",
    "\"}",
    "한국어 로그 메시지 ",
    "\r",
    "]",
];

/// The simulator's logs go back through the reader: the poll-timeout storm of `shared/seeds/002`,
/// a crash, and a rolling deploy (with and without static membership), diagnosed from the logs
/// alone as from the dumps.
#[test]
fn simulated_runs_read_back_from_their_logs() {
    use lagscope_core::sim::{log_export, presets, simulate};
    let run = |name: &str| {
        let scenario = presets::preset(name).expect("a preset").expect("valid");
        let outcome = simulate(&scenario, 7).expect("a run");
        let logs = log_export::logs(&scenario, &outcome);
        (outcome, build(vec![Input::text(format!("{name}.log"), logs)], &Options::default()))
    };

    let (outcome, bench) = run("poll-timeout-storm");
    let left_for_poll_timeout = outcome
        .members
        .iter()
        .filter(|member| {
            matches!(member.left, Some((_, lagscope_core::sim::output::LeaveReason::PollTimeout)))
        })
        .count();
    assert!(left_for_poll_timeout > 0);
    let group = &bench
        .logs
        .groups
        .iter()
        .find(|group| group.group.as_deref() == Some("gojs_group"))
        .expect("the group");
    let leaves: usize = group.storms.iter().map(|storm| storm.members).sum();
    assert_eq!(leaves, left_for_poll_timeout, "every poll-timeout leave of the run, read back");
    assert!(
        bench.findings.iter().any(|finding| finding.rule == "poll-timeout-storm"),
        "{:?}",
        bench.findings
    );
    // Every generation the run completed is in the broker's lines.
    let completed: Vec<i32> = outcome
        .events
        .iter()
        .filter(|event| event.kind == lagscope_core::sim::output::EventKind::RebalanceCompleted)
        .filter_map(|event| event.generation)
        .collect();
    let read: Vec<i32> = group
        .generations
        .iter()
        .filter(|generation| generation.members_stated.is_some())
        .map(|generation| generation.generation)
        .collect();
    for generation in &completed {
        assert!(read.contains(generation), "generation {generation} of {completed:?} read as {read:?}");
    }

    let (outcome, bench) = run("crash-and-session-timeout");
    let crashed = outcome
        .members
        .iter()
        .filter(|member| {
            matches!(member.left, Some((_, lagscope_core::sim::output::LeaveReason::SessionTimeout)))
        })
        .count();
    assert!(crashed > 0);
    let removals =
        bench.findings.iter().find(|finding| finding.rule == "session-timeout-removals").expect("removals");
    assert_eq!(removals.evidence["removals"], crashed);

    // Every preset's logs beside its dumps: every evidence key the rules write has a unit (and so
    // a label and a way to be written for people), and no clock is found off.
    for preset in lagscope_core::sim::presets::PRESETS {
        let scenario = presets::preset(preset.name).expect("a preset").expect("valid");
        let outcome = simulate(&scenario, 7).expect("a run");
        let inputs = vec![
            Input::text("dumps.txt", lagscope_core::sim::export::timed_dumps(&outcome)),
            Input::text("app.log", log_export::logs(&scenario, &outcome)),
        ];
        for finding in build(inputs, &Options::default()).findings {
            // The simulator's hosts share its one clock.
            assert_ne!(finding.rule, "clock-skew", "{}: {finding:?}", preset.name);
            for key in finding.evidence.keys() {
                assert!(
                    lagscope_core::findings::evidence::unit_of(key).is_some(),
                    "{}: {key} has no unit",
                    preset.name
                );
            }
        }
    }

    let (_, bench) = run("rolling-deploy");
    let closing = bench
        .logs
        .groups
        .iter()
        .flat_map(|group| &group.events)
        .filter(|event| event.kind == EventKind::Leaving { reason: LeaveReason::Closing })
        .count();
    assert!(closing > 0, "a rolling deploy closes its consumers");
    let deploy = bench
        .findings
        .iter()
        .find(|finding| finding.rule == "deploy-rebalances")
        .expect("the deploy's rebalances");
    assert!(deploy.evidence["rebalances"].as_u64().is_some_and(|rebalances| rebalances >= 2), "{deploy:?}");
    // With static membership the same deploy rebalances nobody.
    let (_, bench) = run("rolling-deploy-static");
    assert!(bench.findings.iter().all(|finding| finding.rule != "deploy-rebalances"));
}

/// A rebalance held up by one member: three consumers on three pods in generation 5; two rejoin
/// at once, the third 45 s later (its poll loop was busy); all join generation 6 then. The
/// rebalance ran 45.2 s and waited for pod-c's consumer.
#[test]
fn a_rebalance_held_up_by_one_member() {
    let line = |pod: &str, time: &str, text: &str| {
        format!(
            "[pod/{pod}/app] 2024-06-01T{time}Z  INFO 1 --- [c-1] o.a.k.c.c.internals.ConsumerCoordinator  : [Consumer clientId=consumer-g-1, groupId=g] {text}\n"
        )
    };
    let joined = |generation: i32, pod: &str| {
        format!(
            "Successfully joined group with generation Generation{{generationId={generation}, memberId='consumer-g-1-{pod}', protocol='range'}}"
        )
    };
    let mut text = String::new();
    for pod in ["pod-a", "pod-b", "pod-c"] {
        text.push_str(&line(pod, "10:00:00.000", "(Re-)joining group"));
    }
    for pod in ["pod-a", "pod-b", "pod-c"] {
        text.push_str(&line(pod, "10:00:03.000", &joined(5, pod)));
    }
    text.push_str(&line("pod-a", "10:10:00.000", "(Re-)joining group"));
    text.push_str(&line("pod-b", "10:10:00.100", "(Re-)joining group"));
    text.push_str(&line("pod-c", "10:10:45.100", "(Re-)joining group"));
    for pod in ["pod-a", "pod-b", "pod-c"] {
        text.push_str(&line(pod, "10:10:45.200", &joined(6, pod)));
    }
    let bench = build(vec![Input::text("pods.log", text)], &Options::default());
    let rebalances: Vec<(i32, i64, usize)> = bench.logs.groups[0]
        .rebalances
        .iter()
        .map(|rebalance| (rebalance.generation, rebalance.end_ms - rebalance.start_ms, rebalance.members))
        .collect();
    assert_eq!(rebalances, [(5, 3_000, 3), (6, 45_200, 3)]);
    let finding = bench.findings.iter().find(|finding| finding.rule == "slow-rebalance").expect("slow");
    assert_eq!(finding.entities.hosts, ["pod-c"]);
    assert_eq!(finding.evidence["held_up_ms"], 45_000);
    assert_eq!(
        lagscope_core::l10n::english(&finding.title),
        "1 of 2 rebalances of g took long: the longest 45 s"
    );
    let summary = lagscope_core::l10n::english(&finding.summary);
    assert!(
        summary.contains("It waited for pod-c/consumer-g-1, which rejoined 45 s after the member before it"),
        "{summary}"
    );
}

/// A lag CSV and the same group's logs, given together: the lag doubled every minute from 100
/// while one member joined generations 1 to 4 at 10:00:30, 10:01:30, 10:02:30 and 10:03:30. The
/// lag before the first rebalance (10:00:00) was 100, after the last (10:04:00) 1,600.
#[test]
fn lag_that_rose_while_the_group_rebalanced() {
    use std::fmt::Write as _;
    let mut csv = String::from("time,group,topic,partition,lag\n");
    for (minute, lag) in [100, 200, 400, 800, 1_600, 3_200].into_iter().enumerate() {
        let _ = writeln!(csv, "2024-06-01T10:{minute:02}:00Z,g,t,0,{lag}");
    }
    let mut logs = String::new();
    for generation in 1..=4 {
        let _ = writeln!(
            logs,
            "2024-06-01T10:{:02}:30.000Z  INFO 1 --- [c-1] o.a.k.c.c.internals.ConsumerCoordinator  : [Consumer clientId=c-1, groupId=g] Successfully joined group with generation Generation{{generationId={generation}, memberId='c-1-{generation}', protocol='range'}}",
            generation - 1
        );
    }
    let bench = build(vec![Input::text("lag.csv", csv), Input::text("app.log", logs)], &Options::default());
    let finding =
        bench.findings.iter().find(|finding| finding.rule == "lag-during-rebalances").expect("the finding");
    assert_eq!(
        lagscope_core::l10n::english(&finding.title),
        "g's lag rose from 100 to 1,600 while it rebalanced 4 times"
    );
    assert_eq!(finding.evidence["lag_before_ms"], ms("2024-06-01T10:00:00Z"));
    assert_eq!(finding.evidence["lag_after_ms"], ms("2024-06-01T10:04:00Z"));
}

/// The seed-002 storm laid out for the picture: a lane per pod's consumer thread (4 pods × 3
/// clients, `consumer-gojs_group-1..3` on each), no coordinator lane (no broker line), no lane for
/// Spring's container lines (each "partitions assigned" repeats its client's "Adding newly assigned
/// partitions" 18 ms before); per lane and round: joining, joined, assigned, the poll-timeout
/// warning and the `LeaveGroup` (the sync is not drawn): 10 marks. Generation 41 runs until 42's
/// first join; 42 until the last line.
#[test]
fn the_storm_laid_out_as_lanes() {
    use lagscope_core::logs::lanes::{MarkKind, lanes, leave_times};
    let text = fixture("seed-002-poll-timeout-storm.log");
    let read = read_logs(&text, 0).expect("logs");
    let timeline = LogTimeline::build(read.events, &read.spans);
    let group = &timeline.groups[0];
    let laid = lanes(group);
    assert_eq!(laid.lanes.len(), 12);
    assert!(laid.lanes.iter().all(|lane| !lane.coordinator));
    let names: std::collections::BTreeSet<&str> = laid.lanes.iter().map(|lane| lane.name.as_str()).collect();
    assert_eq!(
        names.into_iter().collect::<Vec<_>>(),
        ["consumer-gojs_group-1", "consumer-gojs_group-2", "consumer-gojs_group-3"]
    );
    let hosts: std::collections::BTreeSet<Option<&str>> =
        laid.lanes.iter().map(|lane| lane.host.as_deref()).collect();
    assert_eq!(hosts.len(), 4);
    let first = &laid.lanes[0];
    assert_eq!(first.name, "consumer-gojs_group-1");
    let kinds: Vec<MarkKind> = first.marks.iter().map(|mark| mark.kind).collect();
    let round = [MarkKind::Join, MarkKind::Join, MarkKind::Assignment, MarkKind::Failure, MarkKind::Leave];
    assert_eq!(kinds, [round, round].concat());
    assert_eq!(first.marks[0].time_ms, ms("2024-03-18T10:00:01.000+09:00"));
    assert_eq!(first.marks[4].what.id, "event-mark-leaving");
    assert!(laid.lanes.iter().all(|lane| lane.marks.len() == 10));
    assert!(
        laid.lanes.iter().all(|lane| lane.marks.windows(2).all(|pair| pair[0].time_ms <= pair[1].time_ms))
    );
    let bands: Vec<(i32, i64, i64)> =
        laid.generations.iter().map(|band| (band.generation, band.start_ms, band.end_ms)).collect();
    assert_eq!(
        bands,
        [
            (41, ms("2024-03-18T10:00:03.000+09:00"), ms("2024-03-18T10:05:12.000+09:00")),
            (42, ms("2024-03-18T10:05:12.000+09:00"), ms("2024-03-18T10:10:16.401+09:00")),
        ]
    );
    assert_eq!(
        (laid.start_ms, laid.end_ms),
        (ms("2024-03-18T10:00:01.000+09:00"), ms("2024-03-18T10:10:16.401+09:00"))
    );
    assert_eq!(laid.rebalances.len(), 2);
    assert_eq!(leave_times(group).len(), 24);
}

/// The broker's lines alone: the coordinator's lane first, with the four rebalances it began,
/// the three generations it made stable and the group emptying (8 marks); each member it removed
/// (two for a session timeout, one that left) on a lane of its own, named by its member id, since
/// no client line names it.
#[test]
fn the_coordinators_lines_have_their_lane() {
    use lagscope_core::logs::lanes::{MarkKind, lanes};
    let text = fixture("broker-session-timeout.log");
    let read = read_logs(&text, 0).expect("logs");
    let timeline = LogTimeline::build(read.events, &read.spans);
    assert_eq!(timeline.groups.len(), 1);
    let laid = lanes(&timeline.groups[0]);
    assert_eq!(laid.lanes.len(), 4);
    let coordinator = &laid.lanes[0];
    assert!(coordinator.coordinator);
    let kinds: Vec<MarkKind> = coordinator.marks.iter().map(|mark| mark.kind).collect();
    let rebalance = MarkKind::Rebalance;
    assert_eq!(
        kinds,
        [rebalance, rebalance, rebalance, rebalance, rebalance, rebalance, rebalance, MarkKind::Leave]
    );
    let removed: Vec<(&str, &str)> = laid.lanes[1..]
        .iter()
        .map(|lane| {
            assert_eq!(lane.marks.len(), 1);
            assert_eq!(lane.marks[0].kind, MarkKind::Removal);
            let reason =
                lane.marks[0].what.args.iter().find(|(name, _)| name == "reason").map(|(_, arg)| arg.clone());
            let reason = match reason {
                Some(lagscope_core::l10n::Arg::Text(text)) => {
                    if text == "session-timeout" {
                        "session-timeout"
                    } else {
                        "left-group"
                    }
                }
                _ => "?",
            };
            (lane.name.split('-').take(3).last().unwrap_or_default(), reason)
        })
        .collect();
    assert_eq!(removed, [("2", "session-timeout"), ("3", "session-timeout"), ("1", "left-group")]);
}

/// Three pods of one application; `c3`'s clock runs 4.2 s ahead. For generation 7 the pods
/// logged their joins at 10:00:03.000, .004 and 07.206 (+09:00): the lower median is 03.004, so
/// `c3` is 4,202 ms ahead; for generation 8 (01.500, .504, 05.706) again 4,202 ms. `a1`, 4 ms
/// behind, is network delay, not a clock. The finding names `c3` and says it is a clock.
#[test]
fn a_host_whose_clock_runs_ahead_is_reported() {
    let text = fixture("skewed-clock.log");
    let read = read_logs(&text, 0).expect("logs");
    let timeline = LogTimeline::build(read.events, &read.spans);
    assert_eq!(timeline.clock_skews.len(), 1, "{:?}", timeline.clock_skews);
    let skew = &timeline.clock_skews[0];
    assert!(skew.host.as_deref().is_some_and(|host| host.ends_with("c3")), "{skew:?}");
    assert_eq!(
        (skew.offset_ms, skew.generations, skew.broker, skew.looks_like_zone),
        (4_202, 2, false, false)
    );
    let bench = build(vec![Input::text("billing.log", text)], &Options::default());
    let finding = bench.findings.iter().find(|finding| finding.rule == "clock-skew").expect("the skew");
    assert_eq!(finding.evidence["offset_ms"], 4_202);
    let english =
        lagscope_core::l10n::Localizer::bundled(lagscope_core::l10n::Lang::En).render(&finding.title);
    assert!(english.ends_with("c3's clock is 4.2 s ahead of the other hosts'"), "{english}");
}

/// The broker's log written in local time without its offset (log4j's default layout), beside
/// the seed-002 consumers' lines at +09:00: read as UTC, its `Stabilized` lines sit 9 h ahead of
/// the consumers' joins (10:00:02.995 read as UTC against the consumers' lower median of
/// 01:00:03.030 UTC: 32,399,965 ms), which is a zone, not a clock. The rebalances of generations
/// 41 and 42 are told by both sides, and keep the consumers' times: the broker does not stretch
/// them by 9 h.
#[test]
fn a_broker_log_in_local_time_is_a_zone_and_does_not_stretch_the_rebalances() {
    let consumers = fixture("seed-002-poll-timeout-storm.log");
    let alone = build(vec![Input::text("notify.log", consumers.clone())], &Options::default());
    let bench = build(
        vec![
            Input::text("notify.log", consumers),
            Input::text("broker.log", fixture("broker-local-time.log")),
        ],
        &Options::default(),
    );
    let skews = &bench.logs.clock_skews;
    assert_eq!(skews.len(), 1, "{skews:?}");
    let skew = &skews[0];
    // Several log files: each file names the host of the lines that name none.
    assert!(skew.broker && skew.looks_like_zone && skew.host.as_deref() == Some("broker.log"), "{skew:?}");
    assert_eq!((skew.offset_ms, skew.generations), (32_399_965, 2));
    let finding = bench.findings.iter().find(|finding| finding.rule == "clock-skew").expect("the zone");
    let english =
        lagscope_core::l10n::Localizer::bundled(lagscope_core::l10n::Lang::En).render(&finding.title);
    assert_eq!(english, "broker.log's log times are 9 h ahead of the other hosts': a time zone, not a clock");
    let group = &bench.logs.groups[0];
    let alone_group = &alone.logs.groups[0];
    assert_eq!(group.rebalances.len(), 2);
    for (merged, clients_only) in group.rebalances.iter().zip(&alone_group.rebalances) {
        assert!(merged.told_by_clients && merged.told_by_broker);
        assert!(clients_only.told_by_clients && !clients_only.told_by_broker);
        assert_eq!(
            (merged.start_ms, merged.end_ms, merged.members),
            (clients_only.start_ms, clients_only.end_ms, 12)
        );
    }
}

/// The broker's lines alone tell the rebalances too: from `Preparing to rebalance` to
/// `Stabilized group` (10:00:00.123 → 10:00:03.130, 10:20:41.509 → 10:20:44.512, 10:31:02.978 →
/// 10:31:05.981), with the members the broker states (3, 2, 1).
#[test]
fn the_brokers_lines_alone_tell_the_rebalances() {
    let read = read_logs(&fixture("broker-session-timeout.log"), 0).expect("logs");
    let timeline = LogTimeline::build(read.events, &read.spans);
    let rebalances: Vec<(i32, i64, i64, usize, bool, bool)> = timeline.groups[0]
        .rebalances
        .iter()
        .map(|r| (r.generation, r.start_ms, r.end_ms, r.members, r.told_by_clients, r.told_by_broker))
        .collect();
    let utc = |text: &str| ms(&format!("2024-05-01T{text}Z"));
    assert_eq!(
        rebalances,
        [
            (5, utc("10:00:00.123"), utc("10:00:03.130"), 3, false, true),
            (6, utc("10:20:41.509"), utc("10:20:44.512"), 2, false, true),
            (7, utc("10:31:02.978"), utc("10:31:05.981"), 1, false, true),
        ]
    );
    assert!(timeline.clock_skews.is_empty());
}

/// Review cases: an epoch number in a JSON log's `time` is read as the date module reads an epoch
/// (10 digits: seconds), `timeMillis` is milliseconds; a consumer's two close lines (the client's
/// `LeaveGroup` and Spring's `Consumer stopped`) are one consumer closed; a joined line repeated
/// (a file given twice) is one member of its generation.
#[test]
fn epoch_seconds_closes_and_repeated_joins_are_counted_once() {
    let joined = r#""message":"[Consumer clientId=c-1, groupId=g] Successfully joined group with generation Generation{generationId=3, memberId='c-1-a', protocol='range'}","logger_name":"org.apache.kafka.clients.consumer.internals.ConsumerCoordinator","HOSTNAME":"pod-a""#;
    for (field, expected) in
        [(r#""time":1710000000"#, 1_710_000_000_000), (r#""timeMillis":1710000000123"#, 1_710_000_000_123)]
    {
        let line = format!("{{{field},{joined}}}");
        let read = read_logs(&line, 0).unwrap_or_else(|| panic!("read: {line}"));
        assert_eq!(read.events[0].time_ms, Some(expected), "{field}");
    }
    let twice =
        format!("{{\"timeMillis\":1710000000123,{joined}}}\n{{\"timeMillis\":1710000000123,{joined}}}\n");
    let read = read_logs(&twice, 0).expect("logs");
    let timeline = LogTimeline::build(read.events, &read.spans);
    assert_eq!(timeline.groups[0].rebalances[0].members, 1);

    // Two deploys' worth of closes on one pod, each consumer logging both close lines, and the
    // rebalances that followed: 3 consumers closed, not 6.
    let mut lines = Vec::new();
    for (second, client) in [(0, 1), (20, 2), (40, 3)] {
        let at = |s: u32| format!("2024-01-01T00:{:02}:{:02}.000Z", (second + s) / 60, (second + s) % 60);
        lines.push(format!("pod-a | {}  INFO 1 --- [c-{client}] o.a.k.c.c.internals.ConsumerCoordinator  : [Consumer clientId=c-{client}, groupId=g] Member c-{client}-x sending LeaveGroup request to coordinator b:9092 (id: 2147483646 rack: null) due to the consumer is being closed", at(0)));
        lines.push(format!("pod-a | {}  INFO 1 --- [c-{client}] o.s.k.l.KafkaMessageListenerContainer    : g: Consumer stopped", at(1)));
        for other in 1..=3 {
            lines.push(format!("pod-b | {}  INFO 1 --- [c-{other}] o.a.k.c.c.internals.ConsumerCoordinator  : [Consumer clientId=c-{other}, groupId=g] Successfully joined group with generation Generation{{generationId={}, memberId='c-{other}-b', protocol='range'}}", at(5), 10 + client));
        }
    }
    let bench = build(vec![Input::text("pods.log", lines.join("\n"))], &Options::default());
    let deploy =
        bench.findings.iter().find(|finding| finding.rule == "deploy-rebalances").expect("the deploy");
    assert_eq!(deploy.evidence["consumers_closed"], 3, "{deploy:?}");
}

/// Logback's default layout (`HH:mm:ss.SSS`, no date): two billing consumers join generation 7
/// at 23:58:04, one leaves for a poll timeout at 00:03:04.501, after midnight, and fails a commit;
/// both join generation 8 at 00:03:12. The day comes from the lines' own dates (none here), the
/// file's name, or the other inputs; with none, the events stay off the timeline, said on line 2.
#[test]
fn lines_without_a_date_are_placed_on_a_day() {
    let text = fixture("logback-no-date.log");
    let read = read_logs(&text, 0).expect("logs");
    assert_eq!(read.undated, Some(lagscope_core::logs::UndatedLines { first_line: 2, n_lines: 16 }));
    // Joining ×2, joined ×2, synced ×2, the poll-timeout warning, LeaveGroup, the rebalancing
    // heartbeat, joining, the failed commit, joining, joined ×2, synced ×2; the stack trace after
    // the failed commit adds nothing.
    assert_eq!(read.events.len(), 16);
    assert!(read.events.iter().all(|event| event.time_ms.is_none()));

    let alone = build(vec![Input::text("logback-no-date.log", text.clone())], &Options::default());
    assert!(alone.logs.groups.is_empty(), "nothing to place the lines on a day");
    let warning = &alone.inputs[0].diagnostics;
    assert_eq!(warning.len(), 1);
    assert_eq!(warning[0].line, 2);
    assert_eq!(
        lagscope_core::l10n::english(&warning[0].message),
        "16 lines give a time of day but no date (this is the first), and no line or other input gives \
         the date: their events are left off the timeline. Paste a dated line with them, name the file \
         by its date (app.2024-06-30.log), or add lag data with timestamps."
    );
    let korean = lagscope_core::l10n::Localizer::bundled(lagscope_core::l10n::Lang::Ko);
    assert!(
        korean
            .render(&warning[0].message)
            .starts_with("날짜 없이 시각만 적힌 줄이 16줄 있는데(이 줄이 처음), 날짜를 알려 주는 줄도")
    );

    // The file's name gives the day: the times run past midnight into the next.
    let named = build(vec![Input::text("billing.2024-06-30.log", text.clone())], &Options::default());
    let group = &named.logs.groups[0];
    assert_eq!(group.group.as_deref(), Some("billing"));
    let generations: Vec<(i32, i64, usize)> = group
        .generations
        .iter()
        .map(|generation| (generation.generation, generation.first_ms, generation.members_joined))
        .collect();
    assert_eq!(generations, [(7, ms("2024-06-30T23:58:04.000Z"), 2), (8, ms("2024-07-01T00:03:12.000Z"), 2)]);
    let leave = group
        .events
        .iter()
        .find(|event| matches!(event.kind, EventKind::Leaving { reason: LeaveReason::PollTimeout }))
        .expect("the poll-timeout leave");
    assert_eq!((leave.time_ms, leave.line), (Some(ms("2024-07-01T00:03:04.501Z")), 9));
    let failed = group
        .events
        .iter()
        .find(|event| matches!(event.kind, EventKind::CommitFailed { .. }))
        .expect("the failed commit");
    assert_eq!(
        (failed.time_ms, failed.client_id.as_deref()),
        (Some(ms("2024-07-01T00:03:09.600Z")), Some("consumer-billing-1"))
    );
    assert_eq!(group.poll_timeout_members, 1);
    let said = &named.inputs[0].diagnostics;
    assert_eq!(said.len(), 1);
    assert_eq!(
        lagscope_core::l10n::english(&said[0].message),
        "16 lines give a time of day but no date (this is the first): placed on 2024-06-30, the date in the file's name."
    );
    assert_eq!(lagscope_core::l10n::english(&named.inputs[0].read_as), "Kafka logs: 16 events in 20 lines");

    // Beside lag whose times name Seoul's zone, the lines are Seoul's wall clock on the lag's day.
    let lag = "time,group,topic,partition,lag\n\
               2024-06-30T23:50:00+09:00,billing,payments,3,100\n\
               2024-07-01T00:05:00+09:00,billing,payments,3,900\n";
    let together = build(
        vec![Input::text("logback-no-date.log", text.clone()), Input::text("lag.csv", lag.to_owned())],
        &Options::default(),
    );
    assert_eq!(together.zone.offset_minutes, 540);
    let generations: Vec<i64> =
        together.logs.groups[0].generations.iter().map(|generation| generation.first_ms).collect();
    assert_eq!(generations, [ms("2024-06-30T23:58:04.000+09:00"), ms("2024-07-01T00:03:12.000+09:00")]);
    assert!(
        lagscope_core::l10n::english(&together.inputs[0].diagnostics[0].message)
            .ends_with("placed on the day nearest the other inputs' start, 2024-06-30 23:50:00 +09:00."),
        "{}",
        lagscope_core::l10n::english(&together.inputs[0].diagnostics[0].message)
    );
}

/// A dated line in the input places every time of day around it: the ones before it too, and in
/// the zone it names.
#[test]
fn a_dated_line_places_the_times_of_day_around_it() {
    let text = fixture("logback-no-date.log");
    let joined_times = |read: &lagscope_core::logs::LogRead| -> Vec<Option<i64>> {
        read.events
            .iter()
            .filter(|event| matches!(event.kind, EventKind::Joined { .. }))
            .map(|event| event.time_ms)
            .collect()
    };
    // A dated line after them.
    let dated = format!(
        "{text}2024-07-01 00:04:00.000  INFO 1 --- [main] o.a.k.c.c.internals.ConsumerCoordinator  : [Consumer clientId=consumer-billing-1, groupId=billing] (Re-)joining group\n"
    );
    let read = read_logs(&dated, 0).expect("logs");
    assert_eq!(read.undated, None);
    let joined = joined_times(&read);
    assert_eq!(
        joined,
        [
            Some(ms("2024-06-30T23:58:04.000Z")),
            Some(ms("2024-06-30T23:58:04.010Z")),
            Some(ms("2024-07-01T00:03:12.000Z")),
            Some(ms("2024-07-01T00:03:12.010Z"))
        ]
    );

    // A dated line naming Seoul's zone, first: the times of day after it are Seoul's wall clock.
    let seoul = format!(
        "2024-06-30T23:50:00.000+09:00  INFO 1 --- [main] o.a.k.c.c.internals.ConsumerCoordinator  : [Consumer clientId=consumer-billing-1, groupId=billing] (Re-)joining group\n{text}"
    );
    let read = read_logs(&seoul, 0).expect("logs");
    let joined = joined_times(&read);
    assert_eq!(joined[0], Some(ms("2024-06-30T23:58:04.000+09:00")));
    assert_eq!(joined[2], Some(ms("2024-07-01T00:03:12.000+09:00")));
    // A morning line before an evening's dated line is that morning's; a line twelve hours after
    // the one before it is later the same day, not the day before.
    let line = |time: &str, text: &str| {
        format!(
            "{time} [main] INFO  o.a.k.c.c.internals.AbstractCoordinator - [Consumer clientId=c-1, groupId=nightly] {text}\n"
        )
    };
    let quiet = [
        line("08:00:00.000", "(Re-)joining group"),
        line("10:00:00.000", "Successfully joined group with generation Generation{generationId=7, memberId='c-1-a', protocol='range'}"),
        line("22:30:00.000", "Member c-1-a sending LeaveGroup request to coordinator b-1:9092 (id: 2147483646 rack: null) due to the consumer is being closed"),
        "2024-06-30 23:00:00.000  INFO 1 --- [main] o.a.k.c.c.internals.AbstractCoordinator  : [Consumer clientId=c-1, groupId=nightly] (Re-)joining group\n".to_owned(),
    ]
    .concat();
    let times: Vec<Option<i64>> =
        read_logs(&quiet, 0).expect("logs").events.iter().map(|event| event.time_ms).collect();
    assert_eq!(
        times,
        [
            Some(ms("2024-06-30T08:00:00Z")),
            Some(ms("2024-06-30T10:00:00Z")),
            Some(ms("2024-06-30T22:30:00Z")),
            Some(ms("2024-06-30T23:00:00Z"))
        ]
    );
}

/// A time of day goes to the day that puts it nearest the reference, in the reference's wall clock.
#[test]
fn a_time_of_day_goes_to_the_nearest_day() {
    use lagscope_core::logs::DayHint;
    let at = |h: i64, m: i64| (h * 60 + m) * 60_000;
    let utc = DayHint { near_ms: ms("2024-06-30T23:58:00Z"), offset_ms: 0 };
    assert_eq!(utc.place(at(0, 3)), ms("2024-07-01T00:03:00Z"));
    assert_eq!(utc.place(at(23, 50)), ms("2024-06-30T23:50:00Z"));
    assert_eq!(utc.place(at(12, 0)), ms("2024-06-30T12:00:00Z"));
    let seoul = DayHint { near_ms: ms("2024-06-30T23:58:00+09:00"), offset_ms: 9 * 3_600_000 };
    assert_eq!(seoul.place(at(0, 3)), ms("2024-07-01T00:03:00+09:00"));
    assert_eq!(seoul.place(at(9, 0)), ms("2024-07-01T09:00:00+09:00"));
    let early = DayHint { near_ms: ms("2024-07-01T00:01:00Z"), offset_ms: 0 };
    assert_eq!(early.place(at(23, 59)), ms("2024-06-30T23:59:00Z"));
    // After a line, forward: through a quiet evening, and a little out of order on the same day.
    let morning = DayHint { near_ms: ms("2024-06-30T10:00:00Z"), offset_ms: 0 };
    assert_eq!(morning.place_after(at(22, 30)), ms("2024-06-30T22:30:00Z"));
    assert_eq!(morning.place_after(at(9, 30)), ms("2024-06-30T09:30:00Z"));
    assert_eq!(morning.place_after(at(8, 0)), ms("2024-07-01T08:00:00Z"));
    // Before a dated line, backward.
    let evening = DayHint { near_ms: ms("2024-06-30T21:00:00Z"), offset_ms: 0 };
    assert_eq!(evening.place_before(at(8, 0)), ms("2024-06-30T08:00:00Z"));
    assert_eq!(evening.place_before(at(21, 30)), ms("2024-06-30T21:30:00Z"));
    assert_eq!(evening.place_before(at(23, 0)), ms("2024-06-29T23:00:00Z"));
    // Far from any real time, nothing overflows.
    let _ = DayHint { near_ms: i64::MAX, offset_ms: i64::MAX }.place(at(1, 0));
    let _ = DayHint { near_ms: i64::MIN, offset_ms: i64::MIN }.place(at(1, 0));
    for hint in [
        DayHint { near_ms: i64::MAX, offset_ms: i64::MAX },
        DayHint { near_ms: i64::MIN, offset_ms: i64::MIN },
    ] {
        let _ = (hint.place_after(at(1, 0)), hint.place_before(at(1, 0)));
    }
}

/// The KIP-848 consumer (4.1's texts) on two pods and the new group coordinator, by hand: A joins
/// (epoch 1) and gets both partitions; B joins (epoch 2) and is at the epoch at once with nothing,
/// A gives orders-1 up at its own epoch, then B gets it; B's poll loop outruns
/// `max.poll.interval.ms` and it leaves through `STALE` (epoch 3, bumped without a line: the
/// rebalance starts at the broker's `left`), and rejoins 30 s later (epoch 4); A is closed
/// (epoch 5). A member's `STABLE` at an epoch the group is past belongs to the rebalance to the
/// group's epoch.
#[test]
fn the_kip_848_consumer_and_coordinator() {
    let text = fixture("kip848-consumer-4.1.log");
    let read = read_logs(&text, 0).expect("logs");
    let count = |kind: fn(&EventKind) -> bool| read.events.iter().filter(|event| kind(&event.kind)).count();
    // Three joins (A, B, B again); nine reconciliations, each `→ RECONCILING` (synced), the
    // listener's `Adding newly assigned partitions` (empty for B's two joins and A's two
    // revocations) and `→ STABLE`; three
    // revocations (A twice, A's close), each written by the membership manager and by the
    // listener; B's lost partition when it went stale.
    assert_eq!(count(|kind| matches!(kind, EventKind::Joining)), 3);
    assert_eq!(count(|kind| matches!(kind, EventKind::Synced { .. })), 9);
    assert_eq!(count(|kind| matches!(kind, EventKind::Assigned { .. })), 9);
    assert_eq!(count(|kind| matches!(kind, EventKind::Assigned { partitions } if partitions.is_empty())), 4);
    assert_eq!(count(|kind| matches!(kind, EventKind::EpochReached { .. })), 9);
    assert_eq!(count(|kind| matches!(kind, EventKind::Revoked { .. })), 6);
    assert_eq!(
        count(|kind| matches!(kind, EventKind::Lost { partitions } if partitions == &["orders-1"])),
        1
    );
    assert_eq!(count(|kind| matches!(kind, EventKind::PollTimeout)), 1);
    assert_eq!(count(|kind| *kind == EventKind::Leaving { reason: LeaveReason::PollTimeout }), 1);
    assert_eq!(count(|kind| *kind == EventKind::Leaving { reason: LeaveReason::Closing }), 1);
    // The coordinator: three bumps (the joins), five target assignments, two leaves.
    assert_eq!(count(|kind| matches!(kind, EventKind::EpochBumped { .. })), 3);
    assert_eq!(
        count(
            |kind| matches!(kind, EventKind::TargetComputed { assignor: Some(name), .. } if name == "uniform")
        ),
        5
    );
    assert_eq!(count(|kind| *kind == EventKind::Removed { removal: Removal::LeftGroup }), 2);
    assert_eq!(read.events.len(), 3 + 9 + 9 + 9 + 6 + 1 + 1 + 1 + 1 + 3 + 5 + 2);
    // The member id comes from the transition's text.
    let closing = read
        .events
        .iter()
        .find(|event| event.kind == EventKind::Leaving { reason: LeaveReason::Closing })
        .expect("A's close");
    assert_eq!(closing.member_id.as_deref(), Some("Aa1Bb2Cc3Dd4Ee5Ff6Gg7Q"));
    assert_eq!(closing.host.as_deref(), Some("orders-a"));

    let timeline = LogTimeline::build(read.events, &read.spans);
    let group =
        timeline.groups.iter().find(|group| group.group.as_deref() == Some("orders")).expect("orders");
    assert!(group.consumer_protocol);
    // Each epoch: first named by the coordinator's target assignment; the members that reconciled
    // at it (A's reconciliation at epoch 1 after giving up orders-1 counts for epoch 2, at 3 for 4).
    let generations: Vec<(i32, i64, usize, Option<u32>)> = group
        .generations
        .iter()
        .map(|generation| {
            (generation.generation, generation.first_ms, generation.members_joined, generation.members_stated)
        })
        .collect();
    assert_eq!(
        generations,
        [
            (1, ms("2024-06-01T10:00:00.011Z"), 1, None),
            (2, ms("2024-06-01T10:00:05.011Z"), 2, None),
            (3, ms("2024-06-01T10:06:02.990Z"), 1, None),
            (4, ms("2024-06-01T10:06:30.011Z"), 2, None),
            (5, ms("2024-06-01T10:10:02.990Z"), 1, None),
        ]
    );
    // Each rebalance: from the first JOINING, epoch bump or leave to the last member's STABLE.
    let rebalances: Vec<(i32, i64, i64, usize, bool, bool)> = group
        .rebalances
        .iter()
        .map(|rebalance| {
            (
                rebalance.generation,
                rebalance.start_ms,
                rebalance.end_ms,
                rebalance.members,
                rebalance.told_by_clients,
                rebalance.told_by_broker,
            )
        })
        .collect();
    assert_eq!(
        rebalances,
        [
            (1, ms("2024-06-01T10:00:00.000Z"), ms("2024-06-01T10:00:00.040Z"), 1, true, true),
            (2, ms("2024-06-01T10:00:05.000Z"), ms("2024-06-01T10:00:08.020Z"), 2, true, true),
            (3, ms("2024-06-01T10:06:00.010Z"), ms("2024-06-01T10:06:03.020Z"), 1, true, true),
            (4, ms("2024-06-01T10:06:30.001Z"), ms("2024-06-01T10:06:33.020Z"), 2, true, true),
            (5, ms("2024-06-01T10:10:00.010Z"), ms("2024-06-01T10:10:03.020Z"), 1, true, true),
        ]
    );
    // B's leave to STALE, 5 min 54.963 s after it first reconciled (10:00:05.040).
    assert_eq!(group.poll_timeout_members, 1);
    assert_eq!(group.storms.len(), 1);
    assert_eq!(group.storms[0].hosts, ["orders-b"]);
    assert_eq!(group.storms[0].stays_ms, [354_963]);
    // Members reconcile one by one: their moments measure no clock.
    assert!(timeline.clock_skews.is_empty());
}

/// KIP-848 runs go back through the reader too, written in the consumer protocol's own texts: the
/// rolling deploy, the poll-timeout storm and the crash, each with the uniform assignor.
#[test]
fn kip_848_runs_read_back_from_their_logs() {
    use lagscope_core::assign::AssignorKind;
    use lagscope_core::sim::output::{EventKind as SimEventKind, LeaveReason as SimLeave};
    use lagscope_core::sim::{log_export, presets, simulate};
    let run = |name: &str| {
        let mut scenario = presets::preset(name).expect("a preset").expect("valid");
        scenario.consumer.assignor = AssignorKind::Uniform;
        scenario.consumer.protocol = None;
        let outcome = simulate(&scenario, 7).expect("a run");
        let logs = log_export::logs(&scenario, &outcome);
        assert!(
            !logs.contains("JoinGroup") && !logs.contains("Successfully joined"),
            "{name}: classic texts"
        );
        let bench = build(vec![Input::text(format!("{name}.log"), logs)], &Options::default());
        (outcome, bench)
    };
    let left = |outcome: &lagscope_core::sim::output::Outcome, reason: SimLeave| {
        outcome
            .members
            .iter()
            .filter(|member| matches!(member.left, Some((_, left)) if left == reason))
            .count()
    };

    let (outcome, bench) = run("rolling-deploy-kip848");
    let group =
        bench.logs.groups.iter().find(|group| group.group.as_deref() == Some("order-events")).expect("group");
    assert!(group.consumer_protocol);
    let closing = group
        .events
        .iter()
        .filter(|event| event.kind == EventKind::Leaving { reason: LeaveReason::Closing })
        .count();
    assert_eq!(closing, left(&outcome, SimLeave::Shutdown));
    // Every epoch the run bumped is a generation read back.
    let bumped: Vec<i32> = outcome
        .events
        .iter()
        .filter(|event| event.kind == SimEventKind::EpochBumped)
        .filter_map(|event| event.generation)
        .collect();
    let read: Vec<i32> = group.generations.iter().map(|generation| generation.generation).collect();
    assert_eq!(read, bumped);
    assert!(bench.findings.iter().any(|finding| finding.rule == "deploy-rebalances"), "{:?}", bench.findings);

    let (outcome, bench) = run("poll-timeout-storm");
    let group =
        bench.logs.groups.iter().find(|group| group.group.as_deref() == Some("gojs_group")).expect("group");
    assert!(group.consumer_protocol);
    let leaves: usize = group.storms.iter().map(|storm| storm.members).sum();
    let expected = left(&outcome, SimLeave::PollTimeout);
    assert!(expected > 0);
    assert_eq!(leaves, expected, "every poll-timeout leave of the run, read back");
    assert!(
        bench.findings.iter().any(|finding| finding.rule == "poll-timeout-storm"),
        "{:?}",
        bench.findings
    );

    let (outcome, bench) = run("crash-and-session-timeout");
    let crashed = left(&outcome, SimLeave::SessionTimeout);
    assert!(crashed > 0);
    let removals =
        bench.findings.iter().find(|finding| finding.rule == "session-timeout-removals").expect("removals");
    assert_eq!(removals.evidence["removals"], crashed);
    assert!(bench.findings.iter().all(|finding| finding.rule != "clock-skew"));

    // Static members restarted one host at a time: each leaves with epoch -2 ("temporarily
    // left") and is back at the same epoch with its partitions; the group never rebalances.
    let (_, bench) = run("rolling-deploy-static");
    let group =
        bench.logs.groups.iter().find(|group| group.group.as_deref() == Some("order-events")).expect("group");
    assert!(group.consumer_protocol);
    assert!(group.events.iter().all(|event| !matches!(event.kind, EventKind::Removed { .. })));
    assert!(
        bench.findings.iter().all(|finding| !matches!(finding.rule, "deploy-rebalances" | "slow-rebalance")),
        "{:?}",
        bench.findings
    );
}
