//! The simulator against Kafka's own behaviour: each test states what Kafka does, names the class
//! and method it follows (read in apache/kafka), and checks that a run shows it. The expectations
//! come from the sources and the seeds, not from the simulator's output.

use lagscope_core::l10n::english;
use lagscope_core::sim::output::{CommitError, EventKind, LeaveReason, Outcome};
use lagscope_core::sim::{Scenario, SimEvent, export, presets, simulate};
use lagscope_core::workbench::{Input, Options, build};
use serde_json::{Value, json};

fn preset(name: &str) -> Value {
    serde_json::from_str(presets::PRESETS.iter().find(|preset| preset.name == name).expect("preset").json)
        .expect("preset JSON")
}

fn run_json(scenario: &Value, seed: u64) -> Outcome {
    let scenario = Scenario::from_json(&scenario.to_string()).expect("valid scenario");
    simulate(&scenario, seed).expect("runs")
}

fn events(outcome: &Outcome, kind: EventKind) -> Vec<&SimEvent> {
    outcome.events.iter().filter(|event| event.kind == kind).collect()
}

/// The last `Assigned` event of a member at or before `at_ms`: the generation it was consuming in.
fn assigned_before(outcome: &Outcome, member_id: &str, at_ms: i64) -> Option<i64> {
    outcome
        .events
        .iter()
        .filter(|event| {
            event.kind == EventKind::Assigned
                && event.member_id.as_deref() == Some(member_id)
                && event.at_ms <= at_ms
        })
        .map(|event| event.at_ms)
        .next_back()
}

fn total_lag(outcome: &Outcome, sample: usize) -> i64 {
    outcome.partitions.iter().filter_map(|partition| partition.lag[sample]).sum()
}

fn start_ms(outcome: &Outcome) -> i64 {
    outcome.sample_times_ms[0]
}

// ----- 1. the poll-timeout storm of seed 002 -----

/// `AbstractCoordinator` heartbeat thread: when `pollTimer` (max.poll.interval.ms) expires it calls
/// `handlePollTimeoutExpiry` → `maybeLeaveGroup("consumer poll timeout has expired.")`. A call that
/// hangs for longer than any interval makes every member leave one interval after its last poll,
/// whatever the interval is.
fn storm_leaves(outcome: &Outcome, interval_s: i64) -> usize {
    let leaves = events(outcome, EventKind::Left);
    for leave in &leaves {
        assert_eq!(leave.reason, Some(LeaveReason::PollTimeout), "{}", english(&leave.detail));
        let member = leave.member_id.as_deref().expect("a leave names its member");
        let assigned = assigned_before(outcome, member, leave.at_ms).expect("it had an assignment");
        let after_s = (leave.at_ms - assigned) as f64 / 1000.0;
        let interval = interval_s as f64;
        assert!(
            (interval..=interval + 90.0).contains(&after_s),
            "left {after_s} s after its assignment; max.poll.interval.ms is {interval_s} s"
        );
    }
    leaves.len()
}

#[test]
fn the_storm_leaves_one_interval_after_each_generation_at_300_s_and_at_600_s() {
    let storm = preset("poll-timeout-storm");
    let at_300 = run_json(&storm, 1);
    // Two generations (the start and the restart at 30 minutes): all twelve members leave in each.
    assert_eq!(storm_leaves(&at_300, 300), 24);
    let mut longer = storm.clone();
    longer["consumer"]["max_poll_interval_ms"] = json!(600_000);
    let at_600 = run_json(&longer, 1);
    assert_eq!(storm_leaves(&at_600, 600), 24, "raising the interval only moves the leave");
    for outcome in [&at_300, &at_600] {
        assert!(outcome.summary.duplicates > 0, "what the hung threads pushed is pushed again");
        assert!(outcome.summary.final_total_lag > outcome.summary.first_total_lag * 3 / 4, "it never drains");
    }
}

#[test]
fn the_storms_lag_drains_partly_then_returns_as_in_the_seed() {
    // Seed 002: "LAG이 일부 빠짐 … 일부 빠졌던 LAG이 원래대로 돌아옴" (about 82,000 → 74,000 → 79,000).
    let outcome = run_json(&preset("poll-timeout-storm"), 1);
    let first = total_lag(&outcome, 0);
    assert!((80_000..=84_000).contains(&first), "{first}");
    // Samples every 30 s: the first storm runs to the restart at 1,800 s (sample 60).
    let lowest = (1..60).map(|sample| total_lag(&outcome, sample)).min().unwrap();
    let before_restart = total_lag(&outcome, 59);
    assert!(first - lowest >= 4_000, "it drains partly: {first} → {lowest}");
    assert!(
        before_restart - lowest >= 3_000,
        "then returns while nobody consumes: {lowest} → {before_restart}"
    );
    assert!(before_restart < first, "but not above where it began");
}

#[test]
fn only_bounding_the_call_ends_the_storm() {
    for name in ["poll-timeout-storm-call-timeout", "poll-timeout-storm-fixed"] {
        let outcome = run_json(&preset(name), 1);
        // The restart at 30 minutes is a graceful stop: the only leaves.
        assert!(
            outcome.summary.leaves.keys().all(|reason| *reason == LeaveReason::Shutdown),
            "{name}: {:?}",
            outcome.summary.leaves
        );
        assert_eq!(outcome.summary.n_commit_failures, 0, "{name}");
        assert!(outcome.summary.final_total_lag * 10 < outcome.summary.first_total_lag, "{name} drains");
    }
    // A smaller batch with the call still unbounded storms all the same: a hung call outlasts any batch.
    let mut small = preset("poll-timeout-storm");
    small["consumer"]["max_poll_records"] = json!(50);
    small["consumer"]["external_call"]["share"] = json!(0.005);
    let outcome = run_json(&small, 1);
    assert!(outcome.summary.leaves.get(&LeaveReason::PollTimeout).copied().unwrap_or(0) >= 12);
}

// ----- 2. classic heartbeats -----

fn idle_group(members: u32, partitions: u32) -> Value {
    idle_group_scaled_at(members, partitions, 60.0)
}

fn idle_group_scaled_at(members: u32, partitions: u32, at_s: f64) -> Value {
    json!({
        "duration_s": 120, "sample_every_s": 60,
        "topics": [{"name": "t", "partitions": partitions}],
        "hosts": [{"name": "A", "concurrency": members}],
        "operations": [{"at_s": at_s, "scale_out": {"instances": 1}}]
    })
}

fn rebalance_after(outcome: &Outcome, from_ms: i64) -> (i64, i64) {
    let started = events(outcome, EventKind::RebalanceStarted)
        .into_iter()
        .find(|event| event.at_ms >= from_ms)
        .expect("a rebalance")
        .at_ms;
    let completed = events(outcome, EventKind::RebalanceCompleted)
        .into_iter()
        .find(|event| event.at_ms >= started)
        .expect("it completes")
        .at_ms;
    (started, completed)
}

/// `AbstractCoordinator.HeartbeatResponseHandler.handle`: a `STABLE` member learns of a rebalance
/// from a heartbeat answered `REBALANCE_IN_PROGRESS` (every `heartbeat.interval.ms`, 3 s, from its
/// own timer) and sends `JoinGroup` from its next poll (`ConsumerCoordinator.poll`). An idle group
/// therefore takes up to about a heartbeat interval to rebalance, not a fixed 100 ms.
#[test]
fn an_idle_group_rebalances_within_a_heartbeat_interval_drawn_per_member() {
    // Members that joined together share their heartbeat timer's start (the JoinGroup response,
    // HeartbeatThread.enable), so where the trigger falls in their cycle decides: try it at
    // several points.
    let mut durations = Vec::new();
    for (step, seed) in (0..8).zip(1..) {
        let at_s = 60.0 + f64::from(step) * 0.4;
        let outcome = run_json(&idle_group_scaled_at(4, 12, at_s), seed);
        let (started, completed) = rebalance_after(&outcome, start_ms(&outcome) + 60_000);
        durations.push(completed - started);
    }
    for duration in &durations {
        assert!((100..=3_400).contains(duration), "{durations:?}");
    }
    let spread = durations.iter().max().unwrap() - durations.iter().min().unwrap();
    assert!(spread > 1_500, "from almost at once to almost an interval: {durations:?}");
}

/// A busy member reads the rebalance from its heartbeat but acts on it at its next poll, so the
/// group waits for its batch (`ConsumerCoordinator.poll` runs only between batches).
#[test]
fn a_busy_member_finishes_its_batch_before_it_rejoins() {
    let scenario = json!({
        "duration_s": 200, "sample_every_s": 10,
        "topics": [{"name": "t", "partitions": 4, "initial_lag": 100_000}],
        "hosts": [{"name": "A", "concurrency": 2}],
        "consumer": {"record_ms": {"kind": "fixed", "ms": 40}, "max_poll_records": 500},
        "operations": [{"at_s": 60, "scale_out": {"instances": 1}}]
    });
    let outcome = run_json(&scenario, 1);
    let (started, completed) = rebalance_after(&outcome, start_ms(&outcome) + 60_000);
    // A batch of 500 records at 40 ms is 20 s.
    assert!(
        completed - started > 3_000,
        "it waits for a batch, not only a heartbeat: {}",
        completed - started
    );
    assert!(completed - started <= 20_000 + 3_500, "{}", completed - started);
}

// ----- 3. cooperative commits -----

/// `ConsumerCoordinator.sendOffsetCommitRequest`: between `JoinGroup` and the end of the join the
/// member's state is not `STABLE` and a commit fails with `RebalanceInProgressException`;
/// `onJoinComplete` revokes the moved partitions without committing them (the auto-commit is in
/// `onJoinPrepare` only), so what was read from them since `JoinGroup` is processed again.
#[test]
fn a_cooperative_rebalance_refuses_commits_and_reprocesses_moved_partitions() {
    let mut manual = preset("scale-out-cooperative");
    manual["consumer"]["enable_auto_commit"] = json!(false);
    let outcome = run_json(&manual, 1);
    let refused = outcome.summary.commit_failures.get(&CommitError::RebalanceInProgressException).copied();
    assert!(refused.unwrap_or(0) > 0, "{:?}", outcome.summary.commit_failures);
    assert_eq!(outcome.summary.commit_failures.get(&CommitError::CommitFailedException), None);
    for event in events(&outcome, EventKind::CommitFailed) {
        assert_eq!(event.exception, Some(CommitError::RebalanceInProgressException));
        let detail = english(&event.detail);
        assert!(detail.starts_with("RebalanceInProgressException"), "{detail}");
    }
    // With auto-commit: eager commits everything in onJoinPrepare; cooperative leaves the moved
    // partitions' progress since JoinGroup uncommitted.
    let eager = run_json(&preset("scale-out-eager"), 1);
    let cooperative = run_json(&preset("scale-out-cooperative"), 1);
    assert_eq!(eager.summary.duplicates, 0);
    assert!(cooperative.summary.duplicates > 0, "moved partitions are read again");
}

// ----- 4. blue-green -----

/// Green consumers that subscribe at boot join at once (a rebalance), then the blue ones leave at
/// the switch (another); only consumers started at the switch (`autoStartup=false`) make it one.
#[test]
fn blue_green_rebalances_twice_unless_the_green_consumers_start_at_the_switch() {
    let deploy = preset("blue-green-deploy");
    let rebalances_after_deploy = |outcome: &Outcome| {
        events(outcome, EventKind::RebalanceCompleted)
            .iter()
            .filter(|event| event.at_ms >= start_ms(outcome) + 300_000)
            .count()
    };
    let at_boot = run_json(&deploy, 1);
    assert!(rebalances_after_deploy(&at_boot) >= 2, "green joins, blue leaves");
    let mut at_switch = deploy;
    at_switch["operations"][0]["blue_green_deploy"]["consumers_at_switch"] = json!(true);
    assert_eq!(rebalances_after_deploy(&run_json(&at_switch, 1)), 1);
}

// ----- 5. new partitions -----

/// `ConsumerCoordinator.rejoinNeededOrPending`: only the leader compares its metadata with the
/// assignment's, at its own refresh (every `metadata.max.age.ms` from its own start), so the
/// rebalance comes anywhere within that after the change; producers write to the new partitions
/// only after their own refresh.
#[test]
fn new_partitions_are_seen_at_the_leaders_own_refresh() {
    let mut delays = Vec::new();
    for seed in 1..=4 {
        let outcome = run_json(&preset("add-partitions"), seed);
        let added = start_ms(&outcome) + 180_000;
        let noticed = events(&outcome, EventKind::RebalanceStarted)
            .into_iter()
            .find(|event| event.at_ms > added)
            .expect("a rebalance after the new partitions")
            .at_ms;
        let delay = noticed - added;
        assert!((0..=300_000 + 3_500).contains(&delay), "{delay}");
        delays.push(delay);
        // Under `latest`, what was written before the first assignment is skipped, never processed.
        let new_partition = outcome.partitions.iter().find(|partition| partition.partition == 30).unwrap();
        let written = new_partition.log_end_offset.last().unwrap().unwrap();
        assert!(new_partition.processed <= u64::try_from(written).unwrap());
    }
    delays.sort_unstable();
    delays.dedup();
    assert!(delays.len() > 1, "drawn, not always the worst case: {delays:?}");
}

// ----- 6. KIP-848 -----

/// `AbstractHeartbeatRequestManager.onResponse`: the heartbeat interval is the broker's
/// `group.consumer.heartbeat.interval.ms` (5 s), not the client's `heartbeat.interval.ms`;
/// `CurrentAssignmentBuilder` (`UNREVOKED_PARTITIONS`) gives a member nothing new while it still owns
/// partitions it must revoke.
#[test]
fn kip_848_uses_the_brokers_heartbeat_interval_and_revokes_before_it_gets_more() {
    let kip848 = preset("rolling-deploy-kip848");
    let base = run_json(&kip848, 1);
    let mut client_setting = kip848.clone();
    client_setting["consumer"]["heartbeat_interval_ms"] = json!(1_000);
    assert_eq!(run_json(&client_setting, 1), base, "the classic client setting plays no part");
    let mut broker_setting = kip848;
    broker_setting["consumer"]["group_consumer_heartbeat_interval_ms"] = json!(15_000);
    assert_ne!(run_json(&broker_setting, 1), base);
    let scale_out = json!({
        "duration_s": 120, "sample_every_s": 10,
        "topics": [{"name": "t", "partitions": 12}], "produce": [{"records_per_s": 100}],
        "hosts": [{"name": "A", "concurrency": 2}],
        "consumer": {"assignor": "uniform"},
        "operations": [{"at_s": 60, "scale_out": {"instances": 1}}]
    });
    let outcome = run_json(&scale_out, 1);
    let bump = events(&outcome, EventKind::EpochBumped)
        .into_iter()
        .find(|event| event.at_ms >= start_ms(&outcome) + 60_000)
        .unwrap()
        .at_ms;
    for member in outcome.members.iter().filter(|member| member.host == "A") {
        let first = outcome
            .events
            .iter()
            .find(|event| {
                event.at_ms >= bump
                    && event.member_id.as_deref() == Some(member.member_id.as_str())
                    && matches!(event.kind, EventKind::Assigned | EventKind::Revoked)
            })
            .expect("it gives partitions up");
        assert_eq!(first.kind, EventKind::Revoked, "revocation comes first");
    }
}

// ----- 7. static members -----

/// `GroupMetadataManager.completeClassicGroupJoin` removes only dynamic members that did not rejoin;
/// a static member stays until its session expires. Its poll timeout sends no `LeaveGroup`
/// (`AbstractCoordinator.maybeLeaveGroup`) and is its own event.
#[test]
fn a_static_member_that_times_out_waits_for_its_session() {
    let scenario = json!({
        "duration_s": 900, "sample_every_s": 10,
        "topics": [{"name": "t", "partitions": 6}], "produce": [{"records_per_s": 60}],
        "hosts": [{"name": "A", "concurrency": 3}],
        "consumer": {"static_membership": true, "record_ms": {"kind": "fixed", "ms": 5}},
        "operations": [
            {"at_s": 100, "stall": {"target": "A:2", "for_s": 600}},
            {"at_s": 200, "scale_out": {"instances": 1}}
        ]
    });
    let outcome = run_json(&scenario, 2);
    let timed_out = events(&outcome, EventKind::PollTimedOut);
    assert_eq!(timed_out.len(), 1);
    assert!(
        events(&outcome, EventKind::Left).iter().all(|event| event.reason != Some(LeaveReason::PollTimeout))
    );
    assert!(
        events(&outcome, EventKind::Left)
            .iter()
            .all(|event| event.reason != Some(LeaveReason::RebalanceTimeout)),
        "never removed at the rebalance timeout"
    );
    let removed = events(&outcome, EventKind::Left)
        .into_iter()
        .find(|event| event.member_id == timed_out[0].member_id)
        .expect("its session expires");
    assert_eq!(removed.reason, Some(LeaveReason::SessionTimeout));
    let after = removed.at_ms - timed_out[0].at_ms;
    assert!((0..=45_000).contains(&after), "{after}");
}

// ----- 8. commit and poll costs -----

/// `commitSync()` blocks for a round trip; per record it dominates small records, as seed 002's
/// notes say of a small `max.poll.records` ("커밋에 대한 통신이 많아져서 오버헤드").
#[test]
fn commits_cost_time_and_the_mode_decides_how_much() {
    let processed = |commit: Value| -> u64 {
        let mut scenario = json!({
            "duration_s": 300, "sample_every_s": 60,
            "topics": [{"name": "t", "partitions": 2, "initial_lag": 1_000_000}],
            "hosts": [{"name": "A"}],
            "consumer": {"record_ms": {"kind": "fixed", "ms": 1}, "commit_latency_ms": 5}
        });
        if let Value::Object(consumer) = &mut scenario["consumer"]
            && let Value::Object(extra) = commit
        {
            consumer.extend(extra);
        }
        run_json(&scenario, 1).summary.processed
    };
    let auto = processed(json!({}));
    let batch = processed(json!({"enable_auto_commit": false, "commit": "sync_per_batch"}));
    let async_batch = processed(json!({"enable_auto_commit": false, "commit": "async_per_batch"}));
    let record = processed(json!({"enable_auto_commit": false, "commit": "sync_per_record"}));
    assert!(auto >= batch && batch > record, "{auto} {batch} {record}");
    assert_eq!(async_batch, auto, "commitAsync does not block");
    // 1 ms per record plus 5 ms per commit: six times slower.
    let ratio = auto as f64 / record as f64;
    assert!((5.5..=6.5).contains(&ratio), "{ratio}");
}

// ----- 9. fetching -----

/// `FetchCollector.collectFetch` hands out one buffered partition's records before the next
/// (each fetch brings up to `max.partition.fetch.bytes` per partition), not an even split.
#[test]
fn a_poll_drains_one_buffered_partition_before_the_next() {
    let scenario = json!({
        "duration_s": 4, "sample_every_s": 1,
        "topics": [{"name": "t", "partitions": 4, "initial_lag": 100_000}],
        "hosts": [{"name": "A"}],
        "consumer": {"record_ms": {"kind": "fixed", "ms": 1}, "enable_auto_commit": false,
                     "record_bytes": 1024, "max_partition_fetch_bytes": 1_048_576,
                     "initial_rebalance_delay_ms": 0}
    });
    let outcome = run_json(&scenario, 1);
    // After its first batches (0.5 s each), only one or two partitions have moved.
    let moved = outcome
        .partitions
        .iter()
        .filter(|partition| partition.committed[1] != partition.committed[0])
        .count();
    assert!((1..=2).contains(&moved), "{moved} partitions moved in the first second");
}

// ----- 10. timers and signatures -----

/// The session timer restarts at each heartbeat (`GroupMetadataManager.rescheduleClassicGroupMemberHeartbeat`),
/// so a crashed member is removed `session.timeout.ms` after its last heartbeat: 42–45 s after the
/// crash with the defaults, not always 45.
#[test]
fn a_crashed_member_expires_from_its_last_heartbeat() {
    let mut gaps = Vec::new();
    for seed in [1, 42] {
        let outcome = run_json(&preset("crash-and-session-timeout"), seed);
        let crash = start_ms(&outcome) + 300_000;
        for event in events(&outcome, EventKind::Left) {
            if event.reason == Some(LeaveReason::SessionTimeout) {
                let gap = event.at_ms - crash;
                assert!((41_900..=45_000).contains(&gap), "{gap}");
                gaps.push(gap);
            }
        }
    }
    assert_eq!(gaps.len(), 6);
    gaps.sort_unstable();
    gaps.dedup();
    assert!(gaps.len() > 1, "{gaps:?}");
}

/// `ConsumerCoordinator.onJoinComplete` restarts the auto-commit timer (`nextAutoCommitTimer.updateAndReset`).
#[test]
fn the_auto_commit_timer_restarts_at_each_assignment() {
    let scenario = json!({
        "duration_s": 200, "sample_every_s": 1,
        "topics": [{"name": "t", "partitions": 1}], "produce": [{"records_per_s": 50}],
        "hosts": [{"name": "A"}],
        "consumer": {"auto_commit_interval_ms": 30000, "initial_rebalance_delay_ms": 0}
    });
    for seed in 1..=4 {
        let outcome = run_json(&scenario, seed);
        let assigned = events(&outcome, EventKind::Assigned)[0].at_ms;
        let partition = &outcome.partitions[0];
        let first_commit = (1..partition.committed.len())
            .find(|sample| partition.committed[*sample] != partition.committed[0])
            .map(|sample| outcome.sample_times_ms[sample])
            .expect("it commits");
        let after = first_commit - assigned;
        assert!(
            (29_000..=32_000).contains(&after),
            "seed {seed}: first auto-commit {after} ms after the assignment"
        );
    }
}

/// `ConsumerGroupCommand.ConsumerGroupService.shouldPrintMemberState` prints the rebalancing warning
/// for KIP-848's `ASSIGNING` and `RECONCILING` states too.
#[test]
fn a_reconciling_kip_848_group_is_dumped_with_the_rebalancing_warning() {
    let outcome = run_json(&preset("rolling-deploy-kip848"), 1);
    assert!(outcome.samples.iter().any(|sample| sample.state == "Reconciling"));
    let dumps = export::timed_dumps(&outcome);
    assert!(dumps.contains("Warning: Consumer group 'order-events' is rebalancing."));
}

// ----- 11. seed 000's clue -----

/// Seed 000: "A 서버에서 간헐적으로 `CommitFailedException`". A's batches under its cap take about 250 s
/// and vary, so now and then one passes max.poll.interval.ms and its commit fails; B, C and D never.
#[test]
fn the_capped_host_now_and_then_fails_a_commit() {
    let outcome = run_json(&preset("slow-a-server"), 1);
    let failures = events(&outcome, EventKind::CommitFailed);
    assert!((1..=20).contains(&failures.len()), "{}", failures.len());
    for failure in failures {
        assert_eq!(failure.host.as_deref(), Some("A"));
        assert_eq!(failure.exception, Some(CommitError::CommitFailedException));
    }
}

// ----- 12. several groups -----

/// Seed 003: separate groups isolate pipelines. Two groups read one topic with their own members,
/// offsets and troubles; the exports carry both.
#[test]
fn several_groups_read_the_same_topic_independently() {
    let scenario = json!({
        "duration_s": 600, "sample_every_s": 30, "group": "orders-to-db",
        "topics": [{"name": "orders", "partitions": 6, "initial_lag": 100}],
        "produce": [{"records_per_s": 60}],
        "hosts": [{"name": "db-1", "concurrency": 3}],
        "consumer": {"record_ms": {"kind": "fixed", "ms": 2}},
        "other_groups": [{
            "group": "orders-to-search",
            "hosts": [{"name": "search-1", "concurrency": 2, "max_records_per_s": 20}],
            "consumer": {"record_ms": {"kind": "fixed", "ms": 2}},
            "operations": [{"at_s": 300, "crash": {"target": "search-1"}}]
        }]
    });
    let outcome = run_json(&scenario, 1);
    assert_eq!(outcome.other_groups.len(), 1);
    let search = &outcome.other_groups[0];
    assert_eq!(search.group, "orders-to-search");
    assert!(
        outcome.summary.final_total_lag < 200,
        "the first group keeps up: {}",
        outcome.summary.final_total_lag
    );
    assert!(
        search.summary.final_total_lag > 10_000,
        "the other falls behind: {}",
        search.summary.final_total_lag
    );
    assert_eq!(outcome.summary.produced, search.summary.produced, "one topic, one production");
    let dumps = export::timed_dumps(&outcome);
    assert!(dumps.contains("--group orders-to-db") && dumps.contains("--group orders-to-search"));
    let csv = export::lag_csv(&outcome);
    assert!(csv.contains(",orders-to-db,") && csv.contains(",orders-to-search,"));
    let workbench = build(vec![Input::text("two groups", dumps)], &Options::default());
    let groups: Vec<_> = workbench.analysis.groups.iter().map(|group| group.group.clone()).collect();
    assert_eq!(groups.len(), 2, "{groups:?}");
}

/// A group reads only the topics it subscribes to, and a topic's new partitions reach every group
/// through the same producers, whichever group's operations name them.
#[test]
fn groups_read_their_own_subscriptions_and_share_the_producers() {
    let scenario = json!({
        "duration_s": 900, "sample_every_s": 30, "group": "everything",
        "topics": [{"name": "orders", "partitions": 4}, {"name": "payments", "partitions": 4}],
        "produce": [{"records_per_s": 80}],
        "hosts": [{"name": "all-1", "concurrency": 2}],
        "other_groups": [{
            "group": "payments-only", "subscribe": ["payments"],
            "hosts": [{"name": "pay-1", "concurrency": 2}],
            "operations": [{"at_s": 120, "add_partitions": {"topic": "payments", "partitions": 8}}]
        }]
    });
    let outcome = run_json(&scenario, 3);
    let payments_only = &outcome.other_groups[0];
    assert!(payments_only.partitions.iter().all(|partition| partition.topic == "payments"));
    assert!(
        payments_only
            .events
            .iter()
            .filter(|event| event.kind == EventKind::Assigned)
            .all(|event| { event.partitions.iter().all(|partition| partition.starts_with("payments-")) }),
        "it is never given a topic it does not read"
    );
    assert_eq!(outcome.partitions.len(), 4 + 8, "the other group's add_partitions reaches this one");
    for series in &payments_only.partitions {
        let same = outcome
            .partitions
            .iter()
            .find(|other| other.topic == series.topic && other.partition == series.partition)
            .expect("the same partition");
        assert_eq!(same.log_end_offset, series.log_end_offset, "one production for every group");
    }
}

// ----- 13. rebalance time and partition count -----

/// The part of "rebalances get slower with more partitions" (seed 004) that is mechanical: the
/// leader's assignor and the `SyncGroup` carrying the assignment, at a documented per-partition cost.
#[test]
fn a_rebalance_takes_longer_with_more_partitions_by_the_assignment_cost() {
    let duration = |partitions: u32| {
        let outcome = run_json(&idle_group(4, partitions), 5);
        let (started, completed) = rebalance_after(&outcome, start_ms(&outcome) + 60_000);
        completed - started
    };
    let (small, large) = (duration(10), duration(20_010));
    // 20,000 more partitions at 20 µs each: 400 ms.
    assert!((390..=410).contains(&(large - small)), "{small} ms vs {large} ms");
}

// ----- the analyzer finds the storm at either interval -----

#[test]
fn the_analyzer_finds_the_storm_at_600_s_and_names_the_interval() {
    let mut longer = preset("poll-timeout-storm");
    longer["consumer"]["max_poll_interval_ms"] = json!(600_000);
    let dumps = export::timed_dumps(&run_json(&longer, 1));
    let mut options = Options::default();
    options.consumer.set("max.poll.interval.ms", "600000").unwrap();
    let workbench = build(vec![Input::text("storm at 600 s", dumps)], &options);
    let storm = workbench
        .findings
        .iter()
        .find(|finding| finding.rule == "poll-timeout-storm")
        .expect("the storm is found");
    assert_eq!(storm.evidence["max_poll_interval_ms"], 600_000);
}

// ----- extreme settings -----

/// Settings at the edges of what validation accepts (the smallest cap, a log-normal tail
/// of days, a hang of a day per record) give a run that ends, with batches that outlast it, and
/// no overflow.
#[test]
fn extreme_settings_run_to_the_end_without_overflow() {
    let scenario = json!({
        "duration_s": 600, "sample_every_s": 60,
        "topics": [{"name": "t", "partitions": 2, "initial_lag": 1_000_000}],
        "hosts": [{"name": "A", "max_records_per_s": 0.001, "cap_jitter": 2}, {"name": "B"}],
        "consumer": {
            "max_poll_records": 1_000_000,
            "record_ms": {"kind": "lognormal", "median_ms": 0.001, "p99_ms": 86_400_000},
            "enable_auto_commit": false, "commit": "sync_per_record", "commit_latency_ms": 86_400_000,
            "external_call": {"share": 1, "hang_ms": {"kind": "fixed", "ms": 86_400_000}}
        }
    });
    let outcome = run_json(&scenario, 1);
    assert_eq!(outcome.sample_times_ms.len(), 11);
    assert!(outcome.summary.processed < 2_000_000, "nothing finishes more than it was given");
}
