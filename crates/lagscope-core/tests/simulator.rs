//! The simulator against the incidents it must reproduce (`shared/seeds/`), Kafka's protocol
//! behaviour, and the round trip through the analyzer: a simulated incident, exported as dumps or
//! a lag CSV, must be diagnosed with the same cause.

#![allow(
    clippy::disallowed_methods,
    reason = "one test reads a fixture file; the library itself does no I/O"
)]

use std::sync::OnceLock;

use lagscope_core::l10n::{Lang, Localizer, english};
use lagscope_core::sim::output::{EventKind, LeaveReason, Outcome};
use lagscope_core::sim::{Scenario, digest, export, presets, scenario_from_group, simulate};
use lagscope_core::workbench::{Input, Options, build};

fn run(name: &str) -> Outcome {
    let scenario = presets::preset(name).expect("preset exists").expect("preset is valid");
    simulate(&scenario, 1).expect("preset runs")
}

/// Presets used by several tests, run once.
fn cached(name: &'static str) -> &'static Outcome {
    static SLOW: OnceLock<Outcome> = OnceLock::new();
    static STORM: OnceLock<Outcome> = OnceLock::new();
    let cell = match name {
        "slow-a-server" => &SLOW,
        "poll-timeout-storm" => &STORM,
        _ => unreachable!("not cached: {name}"),
    };
    cell.get_or_init(|| run(name))
}

fn events(outcome: &Outcome, kind: EventKind) -> Vec<&lagscope_core::sim::SimEvent> {
    outcome.events.iter().filter(|event| event.kind == kind).collect()
}

/// Rebalance rounds completed at or after `from_ms` (epoch ms).
fn rebalances_after(outcome: &Outcome, from_ms: i64) -> usize {
    events(outcome, EventKind::RebalanceCompleted).iter().filter(|event| event.at_ms >= from_ms).count()
}

fn findings_of(text: &str) -> Vec<(String, Vec<String>)> {
    let workbench = build(vec![Input::text("simulated", text)], &Options::default());
    workbench
        .findings
        .iter()
        .map(|finding| (finding.rule.to_owned(), finding.entities.hosts.clone()))
        .collect()
}

fn rules(findings: &[(String, Vec<String>)]) -> Vec<&str> {
    findings.iter().map(|(rule, _)| rule.as_str()).collect()
}

// ----- determinism -----

#[test]
fn the_same_seed_gives_the_same_run_and_another_seed_another() {
    for name in
        ["poll-timeout-storm", "scale-out-cooperative", "rolling-deploy-kip848", "crash-and-session-timeout"]
    {
        let first = run(name);
        let second = run(name);
        assert_eq!(first, second, "{name}");
        assert_eq!(digest(&first), digest(&second), "{name}");
    }
    let scenario = presets::preset("scale-out-cooperative").unwrap().unwrap();
    assert_ne!(digest(&simulate(&scenario, 1).unwrap()), digest(&simulate(&scenario, 2).unwrap()));
}

// ----- the seeds -----

#[test]
fn slow_a_server_is_capped_while_its_peers_drain_in_the_first_hour() {
    let outcome = cached("slow-a-server");
    // Samples every 10 minutes: six per hour.
    let per_hour = |host: &str, hour: usize| -> u64 {
        let series = outcome.hosts.iter().find(|series| series.host == host).unwrap();
        series.processed[hour * 6 + 1..=hour * 6 + 6].iter().sum()
    };
    for hour in 0..8 {
        let a = per_hour("A", hour);
        assert!(
            (30_000..=40_000).contains(&a),
            "A processed {a} in hour {hour}: the seed shows 30–36k every hour"
        );
    }
    for peer in ["B", "C", "D"] {
        assert!(per_hour(peer, 0) > 200_000, "{peer} drains most of its share in the first hour");
        for hour in 2..8 {
            // A trickle, and a few of A's records when one of A's threads times out and the eager
            // rebalance lends its partitions to the others for a while.
            assert!(per_hour(peer, hour) < 2_000, "{peer} goes quiet after its share (hour {hour})");
        }
    }
    // After the first hour, A holds nearly all the lag.
    let a_partitions: Vec<bool> = outcome
        .partitions
        .iter()
        .map(|partition| {
            partition.owner[6].is_some_and(|member| outcome.members[member as usize].host == "A")
        })
        .collect();
    let lag_at = |index: usize, on_a: bool| -> i64 {
        outcome
            .partitions
            .iter()
            .zip(&a_partitions)
            .filter(|(_, a)| **a == on_a)
            .filter_map(|(partition, _)| partition.lag[index])
            .sum()
    };
    let (a_lag, others) = (lag_at(12, true), lag_at(12, false));
    assert!(a_lag as f64 > 0.95 * (a_lag + others) as f64, "A holds {a_lag} of {}", a_lag + others);
}

#[test]
fn a_rolling_deploy_rebalances_twice_per_instance_and_blue_green_twice() {
    let rolling = run("rolling-deploy");
    let blue_green = run("blue-green-deploy");
    let deploy_ms = rolling.sample_times_ms[0] + 300_000;
    let n_instances = 4;
    let rolling_rounds = rebalances_after(&rolling, deploy_ms);
    assert!(rolling_rounds >= n_instances, "rolling: {rolling_rounds}");
    assert_eq!(rolling_rounds, 2 * n_instances, "each stop and each start is a rebalance (eager, dynamic)");
    // The green consumers subscribe as they boot: one rebalance when they join, one when the blue
    // ones leave at the switch (tests/simulator_kafka.rs: only consumers started at the switch make it one).
    assert_eq!(rebalances_after(&blue_green, deploy_ms), 2, "blue-green: green joins, then blue leaves");
    // Every member of the old set left by shutdown, in both.
    for outcome in [&rolling, &blue_green] {
        assert_eq!(outcome.summary.leaves.get(&LeaveReason::Shutdown), Some(&12));
    }
}

#[test]
fn static_membership_restarts_without_rebalancing_but_partitions_wait() {
    let dynamic = run("rolling-deploy");
    let fixed = run("rolling-deploy-static");
    let deploy_ms = fixed.sample_times_ms[0] + 300_000;
    assert_eq!(rebalances_after(&fixed, deploy_ms), 0);
    assert!(fixed.summary.leaves.is_empty());
    assert!(fixed.summary.unowned_ms > dynamic.summary.unowned_ms, "the bouncing instance's partitions wait");
    // The member ids change, the instance ids do not.
    let instance_ids: std::collections::BTreeSet<_> =
        fixed.members.iter().filter_map(|member| member.group_instance_id.clone()).collect();
    assert_eq!(instance_ids.len(), 12);
    assert_eq!(fixed.members.len(), 24);
}

#[test]
fn kip_848_has_no_group_wide_barrier() {
    let outcome = run("rolling-deploy-kip848");
    assert!(events(&outcome, EventKind::RebalanceStarted).is_empty());
    // 12 initial joins, then each of the 12 members leaves and is replaced: one epoch each.
    assert_eq!(events(&outcome, EventKind::EpochBumped).len(), 36);
    assert_eq!(outcome.summary.n_rebalances, 36);
    // Revocations happen member by member and only for what moves.
    let revoked: usize =
        events(&outcome, EventKind::Revoked).iter().map(|event| event.partitions.len()).sum();
    assert!(revoked > 0 && revoked < 24 * 8, "revoked {revoked}");
}

#[test]
fn cooperative_pauses_only_what_moves_and_takes_two_rounds() {
    let eager = run("scale-out-eager");
    let cooperative = run("scale-out-cooperative");
    let from_ms = eager.sample_times_ms[0] + 300_000;
    assert_eq!(rebalances_after(&eager, from_ms), 1);
    assert_eq!(rebalances_after(&cooperative, from_ms), 2, "the withheld partitions go in a second round");
    let revoked = |outcome: &Outcome| -> usize {
        events(outcome, EventKind::Revoked)
            .iter()
            .filter(|event| event.at_ms >= from_ms)
            .map(|event| event.partitions.len())
            .sum()
    };
    assert_eq!(revoked(&eager), 24, "eager revokes everything");
    let moved = revoked(&cooperative);
    assert!((1..24).contains(&moved), "cooperative revokes only what moves: {moved}");
    // Partitions left without a consumer after the first generation formed: every one under eager,
    // only the moved ones under cooperative (which wait longer: two rounds, each member acting from
    // its next poll).
    let paused = |outcome: &Outcome| -> usize {
        let first = events(outcome, EventKind::RebalanceCompleted)[0].at_ms - outcome.sample_times_ms[0];
        outcome.partitions.iter().filter(|partition| partition.unowned_ms > first + 50).count()
    };
    assert_eq!(paused(&eager), 24);
    assert_eq!(paused(&cooperative), moved, "only the moved partitions pause");
}

#[test]
fn a_crash_is_noticed_after_the_session_timeout_and_duplicates_uncommitted_work() {
    let outcome = run("crash-and-session-timeout");
    let crash_ms = outcome.sample_times_ms[0] + 300_000;
    let removed: Vec<_> = events(&outcome, EventKind::Left)
        .into_iter()
        .filter(|event| event.reason == Some(LeaveReason::SessionTimeout))
        .collect();
    assert_eq!(removed.len(), 3);
    for event in removed {
        // session.timeout.ms after each member's last heartbeat (every 3 s): 42–45 s after the crash.
        assert!((42_000 - 100..=45_000).contains(&(event.at_ms - crash_ms)), "{}", event.at_ms - crash_ms);
    }
    assert!(outcome.summary.duplicates > 0);
}

#[test]
fn new_partitions_wait_for_the_leaders_metadata_refresh() {
    let outcome = run("add-partitions");
    let added_ms = outcome.sample_times_ms[0] + 180_000;
    let noticed = events(&outcome, EventKind::RebalanceStarted)
        .into_iter()
        .find(|event| event.at_ms > added_ms)
        .expect("a rebalance after the new partitions");
    assert!(noticed.at_ms - added_ms <= 303_500, "within metadata.max.age.ms of the change");
    let new_partition = outcome.partitions.iter().find(|partition| partition.partition == 30).unwrap();
    assert!(new_partition.log_end_offset[0].is_none(), "it did not exist at the start");
    assert!(new_partition.unowned_ms >= noticed.at_ms - added_ms);
    // auto.offset.reset=latest: what was written before the assignment is never processed.
    assert!(new_partition.processed + 1_000 < new_partition.log_end_offset.last().unwrap().unwrap() as u64);
}

#[test]
fn extra_members_idle_and_a_hot_key_makes_a_hot_partition() {
    let idle = run("more-members-than-partitions");
    let last = idle.samples.len() - 1;
    let owners: std::collections::BTreeSet<u32> =
        idle.partitions.iter().filter_map(|partition| partition.owner[last]).collect();
    assert_eq!(idle.samples[last].members.len(), 12);
    assert_eq!(owners.len(), 6);

    let hot = run("hot-key");
    let final_lag: i64 = hot.partitions.iter().filter_map(|partition| *partition.lag.last().unwrap()).sum();
    let hot_lag = hot
        .partitions
        .iter()
        .find(|partition| partition.partition == 7)
        .unwrap()
        .lag
        .last()
        .unwrap()
        .unwrap();
    assert!(hot_lag as f64 > 0.95 * final_lag as f64);
}

// ----- the round trip through the analyzer -----

#[test]
fn the_analyzer_finds_the_slow_host_in_simulated_dumps_and_csv() {
    let outcome = cached("slow-a-server");
    for text in [export::timed_dumps(outcome), export::lag_csv(outcome)] {
        let findings = findings_of(&text);
        let slow: Vec<_> = findings.iter().filter(|(rule, _)| rule == "slow-host").collect();
        assert_eq!(slow.len(), 1, "{:?}", rules(&findings));
        assert_eq!(slow[0].1, vec!["/10.20.1.11".to_owned()]);
    }
}

#[test]
fn the_analyzer_finds_the_poll_timeout_storm_and_not_after_the_fix() {
    let storm = findings_of(&export::timed_dumps(cached("poll-timeout-storm")));
    assert!(rules(&storm).contains(&"poll-timeout-storm"), "{:?}", rules(&storm));
    let fixed = findings_of(&export::timed_dumps(&run("poll-timeout-storm-fixed")));
    assert!(!rules(&fixed).contains(&"poll-timeout-storm"), "{:?}", rules(&fixed));
    assert!(!rules(&fixed).contains(&"stale-group"), "{:?}", rules(&fixed));
}

#[test]
fn the_analyzer_finds_the_hot_partition_and_the_idle_members() {
    let hot = findings_of(&export::timed_dumps(&run("hot-key")));
    assert!(rules(&hot).contains(&"hot-partition"), "{:?}", rules(&hot));
    let idle = findings_of(&export::timed_dumps(&run("more-members-than-partitions")));
    assert!(rules(&idle).contains(&"idle-members"), "{:?}", rules(&idle));
}

#[test]
fn the_analyzer_sees_a_rolling_deploy_change_members_host_by_host_and_blue_green_twice() {
    let workbench =
        |name: &str| build(vec![Input::text(name, export::timed_dumps(&run(name)))], &Options::default());
    let rolling = workbench("rolling-deploy");
    let changes =
        rolling.findings.iter().find(|finding| finding.rule == "membership-changes").expect("found");
    assert_eq!(changes.evidence["n_changes"], 8, "a stop and a start per instance");
    assert_eq!(changes.evidence["one_host_at_a_time"], true);
    let blue_green = workbench("blue-green-deploy");
    assert_eq!(
        blue_green.analysis.groups[0].membership_changes.len(),
        2,
        "the green consumers join, then the blue ones leave"
    );
}

#[test]
fn healthy_simulated_groups_raise_no_warnings() {
    for name in ["blue-green-deploy", "rolling-deploy-static", "scale-out-cooperative"] {
        let findings = findings_of(&export::timed_dumps(&run(name)));
        assert!(!rules(&findings).contains(&"lag-not-decreasing"), "{name}: {:?}", rules(&findings));
    }
}

// ----- start from a real group -----

#[test]
fn a_dumped_group_becomes_the_initial_state() {
    let dump = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../tests/fixtures/series/slow-host-timed.txt"
    ))
    .unwrap();
    let parsed = lagscope_core::parse::parse(&dump);
    let group = parsed.snapshot.groups.iter().find(|group| !group.partitions.is_empty()).unwrap();
    let template = Scenario::from_json(
        r#"{"duration_s": 600, "topics": [{"name": "x", "partitions": 1}], "hosts": [{"name": "10.20.1.11", "slowdown": 4}],
            "produce": [{"records_per_s": 10}], "consumer": {"record_ms": {"kind": "fixed", "ms": 5}}}"#,
    )
    .unwrap();
    let (scenario, assumptions) = scenario_from_group(group, &template).unwrap();
    assert!(!assumptions.is_empty());
    assert_eq!(scenario.group, group.group.clone().unwrap());
    assert!(
        (scenario.hosts.iter().find(|host| host.name == "10.20.1.11").unwrap().slowdown - 4.0).abs() < 1e-9
    );
    let outcome = simulate(&scenario, 7).unwrap();
    for partition in &group.partitions {
        let series = outcome
            .partitions
            .iter()
            .find(|series| {
                series.topic == partition.topic.as_ref() && series.partition == partition.partition
            })
            .unwrap();
        assert_eq!(series.log_end_offset[0], partition.log_end_offset);
        assert_eq!(series.committed[0], partition.current_offset);
    }
}

// ----- bad scenarios -----

#[test]
fn bad_scenarios_name_the_field_or_the_line() {
    let error = Scenario::from_json(
        "{\n  \"duration_s\": 60,\n  \"topics\": [],\n  \"hosts\": [{\"name\": \"A\"}]\n}",
    )
    .unwrap_err();
    assert_eq!(error.path, "topics");
    let error = Scenario::from_json("{\n  \"duration_s\": 60,\n  \"topicz\": []\n}").unwrap_err();
    assert!(error.path.starts_with("line 3"), "{error}");
    let error = Scenario::from_json(
        r#"{"duration_s": 60, "topics": [{"name": "t", "partitions": 3}], "hosts": [{"name": "A"}],
            "operations": [{"at_s": 10, "crash": {"target": "B"}}]}"#,
    )
    .unwrap_err();
    assert_eq!(error.path, "operations[0].target");
    let error = Scenario::from_json(
        r#"{"duration_s": 60, "topics": [{"name": "t", "partitions": 3}], "hosts": [{"name": "A"}],
            "consumer": {"assignor": "uniform", "protocol": "eager"}}"#,
    )
    .unwrap_err();
    assert_eq!(error.path, "consumer.assignor");
}

/// Values no run can hold are refused where they are read, naming the field: an offset near
/// `i64::MAX` (it overflowed the log end before) and a cap of 1e-300 records/s.
#[test]
fn values_beyond_any_run_name_their_field() {
    let with = |topic: &str, host: &str| {
        Scenario::from_json(&format!(
            r#"{{"duration_s": 600, "topics": [{{"name": "t", "partitions": 2{topic}}}],
                "produce": [{{"records_per_s": 10}}], "hosts": [{{"name": "A"{host}}}]}}"#
        ))
    };
    let error = with(r#", "initial_log_end_offset": 9223372036854775000"#, "").unwrap_err();
    assert_eq!(error.path, "topics[0].initial_log_end_offset");
    assert_eq!(error.to_string(), "topics[0].initial_log_end_offset: between 0 and 1,000,000,000,000,000");
    let error = with(r#", "initial_lag": 9223372036854775807"#, "").unwrap_err();
    assert_eq!(error.path, "topics[0].initial_lag");
    let error = with("", r#", "max_records_per_s": 1e-300"#).unwrap_err();
    assert_eq!(error.path, "hosts[0].max_records_per_s");
    // The largest accepted offset runs.
    let scenario = with(r#", "initial_log_end_offset": 1000000000000000"#, "").unwrap();
    lagscope_core::sim::simulate(&scenario, 1).unwrap();
}

// ----- the same run everywhere -----

/// Every preset's digest with seed 1 (and a few with seed 42), recorded natively in
/// `tests/fixtures/sim/digests.json`; the browser tests check the WebAssembly build against the
/// same file, so native and wasm runs are identical.
#[test]
fn every_preset_matches_its_recorded_digest() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/sim/digests.json");
    let mut actual = std::collections::BTreeMap::new();
    for preset in presets::PRESETS {
        let seeds: &[u64] =
            if preset.name.starts_with("scale-out") || preset.name == "crash-and-session-timeout" {
                &[1, 42]
            } else {
                &[1]
            };
        for seed in seeds {
            let scenario = presets::preset(preset.name).unwrap().unwrap();
            actual.insert(format!("{} {seed}", preset.name), digest(&simulate(&scenario, *seed).unwrap()));
        }
    }
    if std::env::var_os("UPDATE_SIM_DIGESTS").is_some() {
        std::fs::write(path, serde_json::to_string_pretty(&actual).unwrap() + "\n").unwrap();
        return;
    }
    let recorded: std::collections::BTreeMap<String, String> =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    assert_eq!(
        actual, recorded,
        "the simulator's output changed; when that is intended, record it with UPDATE_SIM_DIGESTS=1 cargo test -p lagscope-core --test simulator"
    );
}

#[test]
fn a_call_that_hangs_past_max_poll_interval_makes_its_member_leave() {
    let scenario = Scenario::from_json(
        r#"{"duration_s": 900, "topics": [{"name": "t", "partitions": 6}], "produce": [{"records_per_s": 60}],
            "hosts": [{"name": "A"}, {"name": "B"}], "consumer": {"concurrency": 3, "record_ms": {"kind": "fixed", "ms": 5}},
            "operations": [{"at_s": 100, "stall": {"target": "B:2", "for_s": 400}}]}"#,
    )
    .unwrap();
    let outcome = simulate(&scenario, 3).unwrap();
    let leaves = events(&outcome, EventKind::Left);
    assert_eq!(leaves.len(), 1, "{leaves:?}");
    assert_eq!(leaves[0].reason, Some(LeaveReason::PollTimeout));
    assert_eq!(leaves[0].host.as_deref(), Some("B"));
    let stalled_at = outcome.sample_times_ms[0] + 100_000;
    assert!((leaves[0].at_ms - stalled_at - 300_000).abs() < 1_000, "one interval after its last poll");
    // It rejoins when the call returns: a new member id on the same thread.
    let thread_2: Vec<_> =
        outcome.members.iter().filter(|member| member.host == "B" && member.thread == 2).collect();
    assert_eq!(thread_2.len(), 2);
}

#[test]
fn a_preset_applied_to_a_dump_drops_what_names_hosts_or_topics_the_dump_lacks() {
    let dump = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../tests/fixtures/series/slow-host-timed.txt"
    ))
    .unwrap();
    let parsed = lagscope_core::parse::parse(&dump);
    let group = parsed.snapshot.groups.iter().max_by_key(|group| group.partitions.len()).unwrap();
    for name in ["crash-and-session-timeout", "add-partitions", "rolling-deploy"] {
        let template = presets::preset(name).unwrap().unwrap();
        let (scenario, assumptions) = scenario_from_group(group, &template).unwrap();
        let dropped = assumptions.iter().filter(|said| said.id.starts_with("sim-assumed-dropped-")).count();
        assert_eq!(scenario.operations.len() + dropped, template.operations.len(), "{name}: {assumptions:?}");
        simulate(&scenario, 1).unwrap();
    }
}

// ----- in the reader's language -----

/// Preset ids are built from the names (`preset-<name>`), out of the catalogue test's sight: each
/// must be in both catalogues, its English the JSON's own description.
#[test]
fn every_preset_is_described_in_both_catalogues() {
    let (en, ko) = (Localizer::bundled(Lang::En), Localizer::bundled(Lang::Ko));
    for preset in presets::PRESETS {
        let description = preset.description();
        assert_eq!(description.id, format!("preset-{}", preset.name));
        assert!(en.has(&description.id), "{} is not in en.ftl", description.id);
        assert!(ko.has(&description.id), "{} is not in ko.ftl", description.id);
        let scenario = presets::preset(preset.name).unwrap().unwrap();
        assert_eq!(en.render(&description), scenario.description, "{}", preset.name);
        assert!(ko.render(&description).contains(|c: char| ('가'..='힣').contains(&c)), "{}", preset.name);
    }
}

#[test]
fn a_bad_scenario_names_its_field_in_either_language() {
    let error = Scenario::from_json(
        r#"{"duration_s": 60, "topics": [{"name": "t", "partitions": 0}], "hosts": [{"name": "A"}]}"#,
    )
    .unwrap_err();
    assert_eq!(english(&error.message), "topics[0].partitions: between 1 and 100,000");
    assert_eq!(error.to_string(), "topics[0].partitions: between 1 and 100,000");
    let korean = Localizer::bundled(Lang::Ko).render(&error.message);
    assert_eq!(korean, "topics[0].partitions: 1 이상 100,000 이하여야 합니다");
    // A field of another group keeps its place and its message.
    let error = Scenario::from_json(
        r#"{"duration_s": 60, "topics": [{"name": "t", "partitions": 3}], "hosts": [{"name": "A"}],
            "other_groups": [{"group": "g2", "hosts": [{"name": "B", "concurrency": 0}]}]}"#,
    )
    .unwrap_err();
    assert_eq!(error.path, "other_groups[0].hosts[0].concurrency");
    assert_eq!(english(&error.message), "other_groups[0].hosts[0].concurrency: between 1 and 1,000");
    let error = Scenario::from_json("{\n  \"duration_s\": 60,\n  \"topicz\": []\n}").unwrap_err();
    assert!(english(&error.message).starts_with("line 3 column "), "{error}");
    assert!(Localizer::bundled(Lang::Ko).render(&error.message).starts_with("3행 "), "{error}");
}

/// The digest hashes the event log's message ids and arguments, never their text: a catalogue's
/// wording cannot change it.
#[test]
fn the_digest_sees_message_ids_not_their_text() {
    let outcome = run("crash-and-session-timeout");
    let json = serde_json::to_value(&outcome).unwrap();
    let detail = &json["events"][0]["detail"];
    assert!(detail["id"].as_str().unwrap().starts_with("sim-event-"), "{detail}");
    assert!(detail.get("text").is_none(), "{detail}");
}

#[test]
fn the_text_summary_and_the_events_read_in_korean() {
    let outcome = cached("poll-timeout-storm");
    let korean = export::text_summary(outcome, &Localizer::bundled(Lang::Ko));
    assert!(korean.starts_with("시나리오 poll-timeout-storm (시드 1), 그룹 gojs_group\n"), "{korean}");
    assert!(korean.contains("이탈한 멤버: poll 타임아웃 24"), "{korean}");
    assert!(
        korean.contains(
            "컨슈머 poll 타임아웃이 발생했습니다: 레코드 500개짜리 배치를 5분째 처리하고 있었습니다"
        ),
        "{korean}"
    );
    let english_summary = export::text_summary(outcome, &Localizer::bundled(Lang::En));
    assert!(english_summary.contains("members left: poll_timeout 24"), "{english_summary}");
    assert!(
        english_summary.contains(
            "consumer poll timeout has expired: the batch of 500 records has been processing for 5 min; max.poll.interval.ms is 300000"
        ),
        "{english_summary}"
    );
    // Every event of every preset renders in both languages without a gap (`{$name}`) or an id.
    let (en, ko) = (Localizer::bundled(Lang::En), Localizer::bundled(Lang::Ko));
    for preset in presets::PRESETS.iter().filter(|preset| preset.name != "bench-24x12") {
        for event in &run(preset.name).events {
            for (localizer, label) in [(&en, event.kind.label()), (&ko, event.kind.label())] {
                for message in [&event.detail, &label] {
                    let text = localizer.render(message);
                    assert!(!text.contains("{$") && !text.contains("sim-"), "{}: {text}", preset.name);
                }
            }
        }
    }
}
