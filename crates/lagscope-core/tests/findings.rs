//! Every finding rule on a positive and a negative case, from fixtures where they exist.

#![allow(clippy::disallowed_methods, reason = "tests read fixture files; the library itself does no I/O")]

use std::fmt::Write as _;

use lagscope_core::analyze::{analyze, summarize_hosts};
use lagscope_core::burrow::EvaluatorConfig;
use lagscope_core::findings::{ConsumerConfig, Finding, FindingInputs, catalogue, evidence, find};
use lagscope_core::l10n::{Catalogue, Lang, Localizer, bundled, english};
use lagscope_core::parse::{ParseOptions, parse};
use lagscope_core::series::dumps::split_timed_dumps;
use lagscope_core::series::host_table::import_host_table;
use lagscope_core::text::decode;

fn fixture(path: &str) -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures").join(path);
    decode(&std::fs::read(path).expect("fixture is readable"))
}

fn snapshot_findings(text: &str) -> Vec<Finding> {
    let outcome = parse(text);
    find(&FindingInputs { snapshot: Some(&outcome.snapshot), ..FindingInputs::default() })
}

fn rules(findings: &[Finding]) -> Vec<&'static str> {
    let mut rules: Vec<&str> = findings.iter().map(|finding| finding.rule).collect();
    rules.dedup();
    rules
}

const BALANCED: &str = "GROUP TOPIC PARTITION CURRENT-OFFSET LOG-END-OFFSET LAG CONSUMER-ID HOST CLIENT-ID\n\
    g t 0 100 110 10 c-1 /10.0.0.1 c\n\
    g t 1 100 112 12 c-2 /10.0.0.2 c\n\
    g t 2 100 109 9 c-3 /10.0.0.3 c\n";

#[test]
fn every_rule_is_documented() {
    let docs = catalogue();
    assert!(docs.len() >= 6);
    for rule in docs {
        assert!(
            rule.id.chars().all(|character| character.is_ascii_lowercase() || character == '-'),
            "{}",
            rule.id
        );
        for text in [rule.what(), rule.why(), rule.evidence(), rule.next()] {
            assert!(english(&text).len() > 40, "{}: documentation too short: {}", rule.id, english(&text));
        }
    }
}

fn bundled_catalogues() -> [(Lang, Catalogue); 2] {
    [(Lang::En, bundled::EN), (Lang::Ko, bundled::KO)].map(|(lang, text)| {
        let parsed = Catalogue::parse(text);
        assert_eq!(parsed.errors, Vec::new(), "i18n/{}.ftl does not parse", lang.code());
        (lang, parsed.catalogue)
    })
}

/// The rules' texts are ids built at run time (`rule-<id>-what` …), which the scan of the sources
/// in `tests/l10n.rs` cannot see: every rule has all four in both languages.
#[test]
fn every_rule_is_documented_in_both_languages() {
    let mut missing = Vec::new();
    for (lang, texts) in bundled_catalogues() {
        for rule in catalogue() {
            for id in rule.text_ids() {
                if !texts.contains(&id) {
                    missing.push(format!("{}.ftl: {id}", lang.code()));
                }
            }
        }
    }
    assert_eq!(missing, Vec::<String>::new());
    let korean = Localizer::bundled(Lang::Ko);
    for rule in catalogue() {
        assert!(korean.render(&rule.why()).chars().any(|c| ('가'..='힣').contains(&c)), "{}", rule.id);
    }
}

/// Every evidence key a rule can write has a label (`evidence-<key>`) in both languages.
#[test]
fn every_evidence_key_has_a_label_in_both_languages() {
    let mut missing = Vec::new();
    for (lang, texts) in bundled_catalogues() {
        for key in evidence::keys() {
            let label = evidence::label(key).expect("a known key has a label");
            if !texts.contains(&label.id) {
                missing.push(format!("{}.ftl: {} ({key})", lang.code(), label.id));
            }
        }
    }
    assert_eq!(missing, Vec::<String>::new());
    assert_eq!(
        evidence::label("drain_seconds_at_its_rate").map(|label| english(&label)).as_deref(),
        Some("time to drain at its rate")
    );
}

/// The rules' documentation as JSON: each text beside its id.
#[test]
fn the_rule_catalogue_renders_as_json() {
    let json = Localizer::bundled(Lang::En).to_json(&catalogue()).expect("serialisable");
    let first = &json[0];
    assert_eq!(first["id"], "slow-host");
    assert_eq!(first["severity"], "critical");
    assert_eq!(first["what_id"], "rule-slow-host-what");
    assert!(first["what"].as_str().is_some_and(|text| text.starts_with("A host whose consumers")), "{first}");
}

/// Findings in Korean carry the same numbers as in English.
#[test]
fn findings_read_in_korean() {
    let findings = snapshot_findings(&fixture("samples/sample-slow-host.txt"));
    let korean = Localizer::bundled(Lang::Ko);
    assert!(!findings.is_empty());
    for finding in &findings {
        for message in [&finding.title, &finding.summary] {
            let text = korean.render(message);
            assert!(text.chars().any(|c| ('가'..='힣').contains(&c)), "{}: {text}", finding.rule);
            assert!(!text.contains("{$"), "{}: a missing argument in {text}", finding.rule);
            assert!(!english(message).contains("{$"), "{}: a missing argument", finding.rule);
        }
    }
}

#[test]
fn a_healthy_group_has_no_findings() {
    assert_eq!(rules(&snapshot_findings(BALANCED)), Vec::<&str>::new());
}

#[test]
fn slow_host_from_the_seed_table() {
    // shared/seeds/000: A capped near 36k/h; B–D drained 231k in the first hour, then ~100/h.
    let (hosts, _) = import_host_table(&fixture("series/seed-000-host-hours.md")).expect("a host table");
    let mut report = analyze(&lagscope_core::series::LagSeries::default(), &EvaluatorConfig::default());
    report.host_throughput = summarize_hosts(&hosts);
    let findings = find(&FindingInputs { analysis: Some(&report), ..FindingInputs::default() });
    assert_eq!(findings.len(), 1, "{findings:#?}");
    let finding = &findings[0];
    assert_eq!(finding.rule, "slow-host");
    assert_eq!(finding.entities.hosts, vec!["A서버"]);
    assert_eq!(finding.evidence["peak_per_hour"], 36_000.0);
    assert_eq!(finding.evidence["peers_median_peak_per_hour"], 231_000.0);
    assert_eq!(finding.evidence["first_interval"], 30_000);
    assert_eq!(finding.evidence["peers_ran_out_of_work"], true);
    let summary = english(&finding.summary);
    assert!(summary.contains("A서버 is the bottleneck"), "{summary}");
    assert_eq!(english(&finding.title), "A서버 is the bottleneck: capped near 36,000/h",);
    assert_eq!(
        summary,
        "A서버 never processed more than 36,000/h (mean 35,000/h) while its peers peaked at 231,000/h: it runs at \
         about 16% of their rate. B서버, C서버, D서버 processed their share early and then almost nothing (last \
         interval under 5% of their peak): they ran out of work while A서버 kept going, so A서버 is the bottleneck, \
         not them."
    );
    assert_eq!(
        Localizer::bundled(Lang::Ko).render(&finding.title),
        "A서버 호스트가 병목: 처리량 상한 약 36,000/시간"
    );
}

#[test]
fn slow_host_not_found_when_hosts_keep_pace() {
    let table = "| date | hour | A | B | C |\n|---|---|---|---|---|\n| 2022-03-17 | 18 | 30,000 | 31,000 | 29,500 |\n\
                 | 2022-03-17 | 19 | 30,500 | 30,000 | 31,000 |\n";
    let (hosts, _) = import_host_table(table).expect("a host table");
    let mut report = analyze(&lagscope_core::series::LagSeries::default(), &EvaluatorConfig::default());
    report.host_throughput = summarize_hosts(&hosts);
    assert!(find(&FindingInputs { analysis: Some(&report), ..FindingInputs::default() }).is_empty());
}

#[test]
fn slow_host_from_a_series() {
    let timed =
        split_timed_dumps(&fixture("series/slow-host-timed.txt"), ParseOptions::default()).expect("timed");
    let report = analyze(&timed.series(), &EvaluatorConfig::default());
    let findings = find(&FindingInputs { analysis: Some(&report), ..FindingInputs::default() });
    let slow: Vec<&Finding> = findings.iter().filter(|finding| finding.rule == "slow-host").collect();
    assert_eq!(slow.len(), 1, "{findings:#?}");
    assert_eq!(slow[0].entities.hosts, vec!["/10.20.1.11"]);
    assert_eq!(slow[0].evidence["consume_per_s"], 20.0);
    assert_eq!(slow[0].evidence["peers_median_consume_per_s"], 200.0);
}

#[test]
fn lag_concentrated_on_the_sample_incident() {
    let findings = snapshot_findings(&fixture("samples/sample-slow-host.txt"));
    let concentrated: Vec<&Finding> =
        findings.iter().filter(|finding| finding.rule == "lag-concentrated").collect();
    assert_eq!(concentrated.len(), 1, "{findings:#?}");
    assert_eq!(concentrated[0].entities.hosts, vec!["/10.20.1.11"]);
    assert_eq!(concentrated[0].evidence["partitions"], 5);
    assert!(concentrated[0].evidence["share_of_lag"].as_f64().is_some_and(|share| share > 0.99));
    assert!(!rules(&snapshot_findings(BALANCED)).contains(&"lag-concentrated"));
}

#[test]
fn unassigned_lag_in_an_empty_group() {
    let findings = snapshot_findings(&fixture("dumps/kafka/kafka-2.3-all-groups.txt"));
    let unassigned: Vec<&Finding> =
        findings.iter().filter(|finding| finding.rule == "unassigned-lag").collect();
    assert_eq!(unassigned.len(), 1, "{findings:#?}");
    assert_eq!(unassigned[0].evidence["unowned_lag"], 26);
    assert_eq!(unassigned[0].evidence["state"], "Empty");
    assert!(!rules(&snapshot_findings(&fixture("samples/sample-slow-host.txt"))).contains(&"unassigned-lag"));
}

#[test]
fn idle_members() {
    let members = "GROUP CONSUMER-ID HOST CLIENT-ID #PARTITIONS\n\
                   g c-1 /10.0.0.1 c1 2\n\
                   g c-2 /10.0.0.2 c2 0\n";
    let findings = snapshot_findings(members);
    let idle: Vec<&Finding> = findings.iter().filter(|finding| finding.rule == "idle-members").collect();
    assert_eq!(idle.len(), 1);
    assert_eq!(idle[0].entities.members, vec!["c-2"]);
    assert!(!rules(&snapshot_findings(BALANCED)).contains(&"idle-members"));
}

#[test]
fn committed_ahead_and_lag_mismatch() {
    let text = "GROUP TOPIC PARTITION CURRENT-OFFSET LOG-END-OFFSET LAG CONSUMER-ID HOST CLIENT-ID\n\
                g t 0 120 110 -10 c-1 /10.0.0.1 c\n\
                g t 1 100 110 7 c-1 /10.0.0.1 c\n";
    let findings = snapshot_findings(text);
    assert_eq!(rules(&findings), vec!["committed-ahead", "lag-mismatch"]);
    assert_eq!(findings[0].entities.partitions, vec!["t-0"]);
    assert_eq!(findings[1].evidence["rows"][0]["computed_lag"], 10);
}

#[test]
fn burrow_verdicts_become_findings() {
    let timed =
        split_timed_dumps(&fixture("series/slow-host-timed.txt"), ParseOptions::default()).expect("timed");
    let report = analyze(&timed.series(), &EvaluatorConfig::default());
    let findings = find(&FindingInputs { analysis: Some(&report), ..FindingInputs::default() });
    let warned: Vec<&Finding> =
        findings.iter().filter(|finding| finding.rule == "lag-not-decreasing").collect();
    assert_eq!(warned.len(), 1, "{findings:#?}");
    assert_eq!(warned[0].entities.partitions, vec!["message-send-0", "message-send-1"]);
    assert_eq!(warned[0].entities.hosts, vec!["/10.20.1.11"]);
    assert!(!rules(&findings).contains(&"consumer-stopped"));
    // The group keeps up overall (620/s consumed, 400/s produced): not under-provisioned.
    assert!(!rules(&findings).contains(&"under-provisioned"));
}

#[test]
fn under_provisioned_when_producers_outpace_the_group() {
    let header = "GROUP TOPIC PARTITION CURRENT-OFFSET LOG-END-OFFSET LAG CONSUMER-ID HOST CLIENT-ID\n";
    let text = format!(
        "Sun Nov 22 03:10:00 UTC 2026\n{header}g t 0 1000 2000 1000 c-1 /10.0.0.1 c\ng t 1 1000 2000 1000 c-2 /10.0.0.2 c\n\
         Sun Nov 22 03:11:00 UTC 2026\n{header}g t 0 1600 3200 1600 c-1 /10.0.0.1 c\ng t 1 1600 3200 1600 c-2 /10.0.0.2 c\n"
    );
    let timed = split_timed_dumps(&text, ParseOptions::default()).expect("timed");
    let report = analyze(&timed.series(), &EvaluatorConfig::default());
    let findings = find(&FindingInputs { analysis: Some(&report), ..FindingInputs::default() });
    let under: Vec<&Finding> =
        findings.iter().filter(|finding| finding.rule == "under-provisioned").collect();
    assert_eq!(under.len(), 1, "{findings:#?}");
    // 20/s consumed, 40/s produced, 10/s per member: 4 members needed, 2 partitions allow 2.
    assert_eq!(under[0].evidence["members_needed"], 4);
    assert_eq!(under[0].evidence["capped_by_partitions"], true);
}

#[test]
fn poll_timeout_storm_from_the_configuration() {
    // shared/seeds/002: 500 records per poll at 0.7 s each against the default 300 s interval.
    let mut config = ConsumerConfig::default();
    config.set("max.poll.records", "500").unwrap();
    config.set("processing.ms.per.record", "700").unwrap();
    let findings = find(&FindingInputs { config: Some(&config), ..FindingInputs::default() });
    assert_eq!(rules(&findings), vec!["poll-timeout-storm"]);
    assert_eq!(findings[0].evidence["batch_ms"], 350_000.0);
    assert_eq!(findings[0].evidence["max_poll_interval_ms"], 300_000);
    assert_eq!(findings[0].evidence["safe_max_poll_records"], 214);
    config.set("max.poll.records", "100").unwrap();
    assert!(find(&FindingInputs { config: Some(&config), ..FindingInputs::default() }).is_empty());
    assert!(english(&config.set("max.poll.recrods", "1").unwrap_err()).contains("unknown setting"));
    assert_eq!(
        english(&config.set("max.poll.records", "many").unwrap_err()),
        "max.poll.records: expected a whole number, found \"many\""
    );
}

#[test]
fn rebalancing_groups() {
    let findings = snapshot_findings(&fixture("dumps/messy/messy-paste.txt"));
    assert!(rules(&findings).contains(&"rebalancing"), "{findings:#?}");
    assert!(!rules(&snapshot_findings(BALANCED)).contains(&"rebalancing"));
}

#[test]
fn hot_partition_on_a_skewed_topic() {
    let text = "GROUP TOPIC PARTITION CURRENT-OFFSET LOG-END-OFFSET LAG CONSUMER-ID HOST CLIENT-ID\n\
                g t 0 100 110 10 c-1 /10.0.0.1 c\n\
                g t 1 100 112 12 c-2 /10.0.0.2 c\n\
                g t 2 100 5100 5000 c-3 /10.0.0.3 c\n\
                g t 3 100 109 9 c-4 /10.0.0.4 c\n";
    let findings = snapshot_findings(text);
    let hot: Vec<&Finding> = findings.iter().filter(|finding| finding.rule == "hot-partition").collect();
    assert_eq!(hot.len(), 1, "{findings:#?}");
    assert_eq!(hot[0].entities.partitions, vec!["t-2"]);
    assert_eq!(hot[0].evidence["topic_median_lag"], 11.0);
    assert!(!rules(&snapshot_findings(BALANCED)).contains(&"hot-partition"));
}

#[test]
fn assignment_imbalance_between_members() {
    let text = "GROUP TOPIC PARTITION CURRENT-OFFSET LOG-END-OFFSET LAG CONSUMER-ID HOST CLIENT-ID\n\
                g a 0 1 1 0 c-1 /10.0.0.1 c\ng a 1 1 1 0 c-1 /10.0.0.1 c\ng b 0 1 1 0 c-1 /10.0.0.1 c\n\
                g b 1 1 1 0 c-2 /10.0.0.2 c\n";
    let findings = snapshot_findings(text);
    assert_eq!(rules(&findings), vec!["assignment-imbalance"]);
    assert_eq!(findings[0].evidence["most_partitions"], 3);
    assert!(!rules(&snapshot_findings(BALANCED)).contains(&"assignment-imbalance"));
}

#[test]
fn stale_group_consumes_nothing() {
    let header = "GROUP TOPIC PARTITION CURRENT-OFFSET LOG-END-OFFSET LAG CONSUMER-ID HOST CLIENT-ID\n";
    let text = format!(
        "Sun Nov 22 03:10:00 UTC 2026\n{header}g t 0 1000 2000 1000 c-1 /10.0.0.1 c\n\
         Sun Nov 22 03:15:00 UTC 2026\n{header}g t 0 1000 2600 1600 c-1 /10.0.0.1 c\n"
    );
    let timed = split_timed_dumps(&text, ParseOptions::default()).expect("timed");
    let report = analyze(&timed.series(), &EvaluatorConfig::default());
    let findings = find(&FindingInputs { analysis: Some(&report), ..FindingInputs::default() });
    let stale: Vec<&Finding> = findings.iter().filter(|finding| finding.rule == "stale-group").collect();
    assert_eq!(stale.len(), 1, "{findings:#?}");
    assert_eq!(stale[0].evidence["span_ms"], 300_000);
    let moving =
        split_timed_dumps(&fixture("series/slow-host-timed.txt"), ParseOptions::default()).expect("timed");
    let report = analyze(&moving.series(), &EvaluatorConfig::default());
    assert!(
        !rules(&find(&FindingInputs { analysis: Some(&report), ..FindingInputs::default() }))
            .contains(&"stale-group")
    );
}

#[test]
fn slow_members_from_a_series() {
    let timed =
        split_timed_dumps(&fixture("series/slow-host-timed.txt"), ParseOptions::default()).expect("timed");
    let report = analyze(&timed.series(), &EvaluatorConfig::default());
    let findings = find(&FindingInputs { analysis: Some(&report), ..FindingInputs::default() });
    let slow: Vec<&Finding> = findings.iter().filter(|finding| finding.rule == "slow-member").collect();
    // The two consumers on host A, at 10/s against their peers' 100/s.
    assert_eq!(slow.len(), 2, "{findings:#?}");
    assert!(slow.iter().all(|finding| finding.entities.hosts == vec!["/10.20.1.11"]));
    assert_eq!(slow[0].evidence["peers_median_per_partition"], 100.0);
    // A group whose members keep the same pace has none.
    let header = "GROUP TOPIC PARTITION CURRENT-OFFSET LOG-END-OFFSET LAG CONSUMER-ID HOST CLIENT-ID\n";
    let text = format!(
        "Sun Nov 22 03:10:00 UTC 2026\n{header}g t 0 1000 2000 1000 c-1 /10.0.0.1 c\ng t 1 1000 2000 1000 c-2 /10.0.0.2 c\n\
         Sun Nov 22 03:11:00 UTC 2026\n{header}g t 0 1600 2600 1000 c-1 /10.0.0.1 c\ng t 1 1600 2600 1000 c-2 /10.0.0.2 c\n"
    );
    let timed = split_timed_dumps(&text, ParseOptions::default()).expect("timed");
    let report = analyze(&timed.series(), &EvaluatorConfig::default());
    assert!(
        !rules(&find(&FindingInputs { analysis: Some(&report), ..FindingInputs::default() }))
            .contains(&"slow-member")
    );
}

#[test]
fn lag_concentrated_on_one_topic() {
    let text = "GROUP TOPIC PARTITION CURRENT-OFFSET LOG-END-OFFSET LAG CONSUMER-ID HOST CLIENT-ID\n\
                g orders 0 100 110 10 c-1 /10.0.0.1 c\ng orders 1 100 110 10 c-2 /10.0.0.2 c\n\
                g orders 2 100 110 10 c-1 /10.0.0.1 c\ng audit 0 0 900 900 c-2 /10.0.0.2 c\n";
    let findings = snapshot_findings(text);
    let topics: Vec<&Finding> = findings
        .iter()
        .filter(|finding| finding.rule == "lag-concentrated" && finding.evidence.contains_key("topic"))
        .collect();
    assert_eq!(topics.len(), 1, "{findings:#?}");
    assert_eq!(topics[0].evidence["topic"], "audit");
    assert_eq!(english(&topics[0].title), "topic audit holds 97% of the lag of g");
}

#[test]
fn lag_concentrated_on_one_member_of_a_shared_host() {
    // Two members on one host: the host is not concentrated (it holds half the partitions), but c-2 is.
    let text = "GROUP TOPIC PARTITION CURRENT-OFFSET LOG-END-OFFSET LAG CONSUMER-ID HOST CLIENT-ID\n\
                g t 0 100 110 10 c-1 /10.0.0.1 c\ng t 1 0 900 900 c-2 /10.0.0.1 c\n\
                g t 2 100 110 10 c-3 /10.0.0.2 c\ng t 3 100 110 10 c-4 /10.0.0.2 c\n";
    let findings = snapshot_findings(text);
    let members: Vec<&Finding> = findings
        .iter()
        .filter(|finding| finding.rule == "lag-concentrated" && finding.evidence.contains_key("member"))
        .collect();
    assert_eq!(members.len(), 1, "{findings:#?}");
    assert_eq!(members[0].entities.members, vec!["c-2"]);
    assert_eq!(members[0].entities.partitions, vec!["t-1"]);
    assert!(english(&members[0].title).starts_with("member c-2 holds 97%"), "{}", english(&members[0].title));
}

#[test]
fn lag_concentrated_names_a_lone_member_once_through_its_host() {
    let findings = snapshot_findings(&fixture("samples/sample-slow-host.txt"));
    assert!(
        !findings
            .iter()
            .any(|finding| finding.rule == "lag-concentrated" && finding.evidence.contains_key("member")),
        "{findings:#?}"
    );
}

#[test]
fn hot_partition_by_produce_rate() {
    // t-2 takes 600 of the 750 records written per minute; t-0, t-1 and t-3 get 50 each.
    let header = "GROUP TOPIC PARTITION CURRENT-OFFSET LOG-END-OFFSET LAG CONSUMER-ID HOST CLIENT-ID\n";
    let text = format!(
        "Sun Nov 22 03:10:00 UTC 2026\n{header}g t 0 100 100 0 c-1 /10.0.0.1 c\ng t 1 100 100 0 c-1 /10.0.0.1 c\n\
         g t 2 100 100 0 c-2 /10.0.0.2 c\ng t 3 100 100 0 c-2 /10.0.0.2 c\n\
         Sun Nov 22 03:11:00 UTC 2026\n{header}g t 0 150 150 0 c-1 /10.0.0.1 c\ng t 1 150 150 0 c-1 /10.0.0.1 c\n\
         g t 2 700 700 0 c-2 /10.0.0.2 c\ng t 3 150 150 0 c-2 /10.0.0.2 c\n"
    );
    let timed = split_timed_dumps(&text, ParseOptions::default()).expect("timed");
    let report = analyze(&timed.series(), &EvaluatorConfig::default());
    let findings = find(&FindingInputs { analysis: Some(&report), ..FindingInputs::default() });
    let hot: Vec<&Finding> = findings.iter().filter(|finding| finding.rule == "hot-partition").collect();
    assert_eq!(hot.len(), 1, "{findings:#?}");
    assert_eq!(hot[0].entities.partitions, vec!["t-2"]);
    assert_eq!(hot[0].evidence["produce_per_s"], 10.0);
    assert!(
        english(&hot[0].title).starts_with("t-2 receives 80% of t's writes"),
        "{}",
        english(&hot[0].title)
    );
    // Even writes: nothing.
    let even = text.replace("g t 2 700 700 0", "g t 2 150 150 0");
    let timed = split_timed_dumps(&even, ParseOptions::default()).expect("timed");
    let report = analyze(&timed.series(), &EvaluatorConfig::default());
    assert!(
        !rules(&find(&FindingInputs { analysis: Some(&report), ..FindingInputs::default() }))
            .contains(&"hot-partition")
    );
}

/// `series/seed-002-leavegroup-storm.txt` reconstructs `shared/seeds/002`: `gojs_group` (24 partitions,
/// 4 replicas × concurrency 3 = 12 members, max.poll.interval.ms = 300000), sampled every minute. The
/// group is empty; a rollout at 10:01 KST brings 12 members that drain a little; 300 s after the
/// rebalance every member leaves; they rejoin at 10:07 and leave again at 10:12.
#[test]
fn poll_timeout_storm_from_the_seed_002_series() {
    let timed = split_timed_dumps(&fixture("series/seed-002-leavegroup-storm.txt"), ParseOptions::default())
        .expect("timed");
    let report = analyze(&timed.series(), &EvaluatorConfig::default());
    let findings = find(&FindingInputs { analysis: Some(&report), ..FindingInputs::default() });
    let storms: Vec<&Finding> =
        findings.iter().filter(|finding| finding.rule == "poll-timeout-storm").collect();
    assert_eq!(storms.len(), 1, "{findings:#?}");
    assert_eq!(storms[0].evidence["members_left"], 12);
    assert_eq!(storms[0].evidence["storms"], 2);
    assert_eq!(storms[0].evidence["max_poll_interval_ms"], 300_000);
    // No configuration was given: the interval is Kafka's default, and the evidence says so.
    assert_eq!(storms[0].evidence["max_poll_interval_ms_is_default"], true);
    assert_eq!(storms[0].entities.groups, vec!["gojs_group"]);
    // The write-up's shape: the lag dropped after the rebalance and came back once everyone left.
    assert_eq!(storms[0].evidence["lag_before_join"], 82_212);
    assert_eq!(storms[0].evidence["lowest_lag_while_joined"], 74_384);
    assert_eq!(storms[0].evidence["lag_after_leave"], 78_888);
    // The interval reads as a duration (it was "300 s").
    assert_eq!(
        english(&storms[0].title),
        "all 12 members left gojs_group max.poll.interval.ms (5 min) after joining, 2 times"
    );

    // The write-up's first fix doubled the interval: a 5-minute stay no longer matches it.
    let mut config = ConsumerConfig::default();
    config.set("max.poll.interval.ms", "600000").expect("a known key");
    let findings =
        find(&FindingInputs { analysis: Some(&report), config: Some(&config), ..FindingInputs::default() });
    assert!(!rules(&findings).contains(&"poll-timeout-storm"), "{findings:#?}");

    // With the seed's configuration and a measured time per record, the arithmetic agrees.
    let mut config = ConsumerConfig::default();
    for (key, value) in
        [("max.poll.records", "500"), ("max.poll.interval.ms", "300000"), ("processing.ms.per.record", "700")]
    {
        config.set(key, value).expect("a known key");
    }
    let findings =
        find(&FindingInputs { analysis: Some(&report), config: Some(&config), ..FindingInputs::default() });
    assert_eq!(
        findings.iter().filter(|finding| finding.rule == "poll-timeout-storm").count(),
        2,
        "{findings:#?}"
    );
}

#[test]
fn no_poll_timeout_storm_when_members_stay() {
    let timed =
        split_timed_dumps(&fixture("series/slow-host-timed.txt"), ParseOptions::default()).expect("timed");
    let report = analyze(&timed.series(), &EvaluatorConfig::default());
    let findings = find(&FindingInputs { analysis: Some(&report), ..FindingInputs::default() });
    assert!(!rules(&findings).contains(&"poll-timeout-storm"), "{findings:#?}");
}

fn series_findings(path: &str) -> Vec<Finding> {
    let timed = split_timed_dumps(&fixture(path), ParseOptions::default()).expect("timed");
    let report = analyze(&timed.series(), &EvaluatorConfig::default());
    let latest = timed.snapshots.last().map(|(_, outcome)| &outcome.snapshot);
    find(&FindingInputs { analysis: Some(&report), snapshot: latest, ..FindingInputs::default() })
}

#[test]
fn consumer_stopped_when_commits_cease() {
    // t-0 commits for 3 minutes, then its committed offset is unknown (`-`) for 8 while the log grows.
    let findings = series_findings("series/burrow-stop.txt");
    let stopped: Vec<&Finding> =
        findings.iter().filter(|finding| finding.rule == "consumer-stopped").collect();
    assert_eq!(stopped.len(), 1, "{findings:#?}");
    assert_eq!(stopped[0].entities.partitions, vec!["t-0"]);
    // t-0's lag is unknown at the last snapshot: no host can be said to hold "100%" of the lag.
    assert!(!rules(&findings).contains(&"lag-concentrated"), "{findings:#?}");
    assert!(!rules(&series_findings("series/burrow-stall.txt")).contains(&"consumer-stopped"));
}

#[test]
fn consumer_stalled_when_offsets_freeze_under_lag() {
    let findings = series_findings("series/burrow-stall.txt");
    let stalled: Vec<&Finding> =
        findings.iter().filter(|finding| finding.rule == "consumer-stalled").collect();
    assert_eq!(stalled.len(), 1, "{findings:#?}");
    assert_eq!(stalled[0].entities.partitions, vec!["t-0"]);
    assert_eq!(stalled[0].evidence["burrow_status"], "STALL");
    // A host that consumed nothing is named as such, not as "N× slower".
    let slow: Vec<&Finding> = findings.iter().filter(|finding| finding.rule == "slow-host").collect();
    assert_eq!(slow.len(), 1, "{findings:#?}");
    assert!(
        english(&slow[0].title).starts_with("/10.0.0.1 consumes nothing while its peers consume 1.7/s"),
        "{}",
        english(&slow[0].title)
    );
    assert!(!rules(&series_findings("series/burrow-rewind.txt")).contains(&"consumer-stalled"));
}

#[test]
fn offset_rewind_when_a_commit_goes_back() {
    let findings = series_findings("series/burrow-rewind.txt");
    let rewound: Vec<&Finding> = findings.iter().filter(|finding| finding.rule == "offset-rewind").collect();
    assert_eq!(rewound.len(), 1, "{findings:#?}");
    assert_eq!(rewound[0].entities.partitions, vec!["t-0"]);
    assert!(!rules(&series_findings("series/burrow-stall.txt")).contains(&"offset-rewind"));
}

#[test]
fn no_burrow_findings_while_a_group_catches_up() {
    // Both partitions commit steadily and their lag shrinks every minute: Burrow says OK.
    let header = "GROUP TOPIC PARTITION CURRENT-OFFSET LOG-END-OFFSET LAG CONSUMER-ID HOST CLIENT-ID\n";
    let mut text = String::new();
    for minute in 0..6 {
        let log_end = 10_000 + 100 * minute;
        let committed = 5_000 + 900 * minute;
        let lag = log_end - committed;
        let _ = write!(
            text,
            "Sun Nov 22 03:{:02}:00 UTC 2026\n{header}g t 0 {committed} {log_end} {lag} c-1 /10.0.0.1 c\n\
             g t 1 {committed} {log_end} {lag} c-2 /10.0.0.2 c\n",
            10 + minute
        );
    }
    let timed = split_timed_dumps(&text, ParseOptions::default()).expect("timed");
    let report = analyze(&timed.series(), &EvaluatorConfig::default());
    let findings = find(&FindingInputs { analysis: Some(&report), ..FindingInputs::default() });
    for rule in
        ["lag-not-decreasing", "consumer-stopped", "consumer-stalled", "offset-rewind", "under-provisioned"]
    {
        assert!(!rules(&findings).contains(&rule), "{rule}: {findings:#?}");
    }
}

#[test]
fn idle_members_from_the_configured_threads() {
    // An Empty group of 3 partitions, and 2 instances × concurrency 3 configured: 3 threads will idle.
    let text = "GROUP TOPIC PARTITION CURRENT-OFFSET LOG-END-OFFSET LAG CONSUMER-ID HOST CLIENT-ID\n\
                g t 0 100 110 10 - - -\ng t 1 100 110 10 - - -\ng t 2 100 110 10 - - -\n";
    let outcome = parse(text);
    let mut config = ConsumerConfig::default();
    config.set("instances", "2").expect("a known key");
    config.set("concurrency", "3").expect("a known key");
    let findings = find(&FindingInputs {
        snapshot: Some(&outcome.snapshot),
        config: Some(&config),
        ..FindingInputs::default()
    });
    let idle: Vec<&Finding> = findings.iter().filter(|finding| finding.rule == "idle-members").collect();
    assert_eq!(idle.len(), 1, "{findings:#?}");
    assert_eq!(idle[0].evidence["configured_threads"], 6);
    assert_eq!(
        english(&idle[0].summary),
        "6 consumer threads are configured (instances × concurrency) for 3 partitions: 3 of them will always be idle."
    );
    // The seed 002 shape: 4 instances × concurrency 3 for 24 partitions is fine.
    config.set("instances", "4").expect("a known key");
    let mut many =
        "GROUP TOPIC PARTITION CURRENT-OFFSET LOG-END-OFFSET LAG CONSUMER-ID HOST CLIENT-ID\n".to_owned();
    for partition in 0..24 {
        let _ = writeln!(many, "g t {partition} 100 110 10 - - -");
    }
    let outcome = parse(&many);
    let findings = find(&FindingInputs {
        snapshot: Some(&outcome.snapshot),
        config: Some(&config),
        ..FindingInputs::default()
    });
    assert!(!rules(&findings).contains(&"idle-members"), "{findings:#?}");
}

#[test]
fn membership_changes_between_samples() {
    let sample = |time: &str, owners: [&str; 2]| {
        format!(
            "{time}\nGROUP TOPIC PARTITION CURRENT-OFFSET LOG-END-OFFSET LAG CONSUMER-ID HOST CLIENT-ID\n\
             g t 0 100 110 10 {} /10.0.0.1 c\ng t 1 100 110 10 {} /10.0.0.2 c\n",
            owners[0], owners[1]
        )
    };
    let series = |samples: &[String]| {
        let text = samples.concat();
        let timed = split_timed_dumps(&text, ParseOptions::default()).expect("timed");
        let report = analyze(&timed.series(), &EvaluatorConfig::default());
        find(&FindingInputs { analysis: Some(&report), ..FindingInputs::default() })
    };
    // A rolling restart: one host's member replaced, then the other's.
    let rolling = series(&[
        sample("2026-01-01T00:00:00Z", ["c-1", "c-2"]),
        sample("2026-01-01T00:01:00Z", ["c-3", "c-2"]),
        sample("2026-01-01T00:02:00Z", ["c-3", "c-4"]),
    ]);
    let changes: Vec<&Finding> =
        rolling.iter().filter(|finding| finding.rule == "membership-changes").collect();
    assert_eq!(changes.len(), 1, "{rolling:#?}");
    assert_eq!(changes[0].evidence["n_changes"], 2);
    assert_eq!(changes[0].evidence["one_host_at_a_time"], true);
    // One change (a blue-green switch) is routine.
    let switch = series(&[
        sample("2026-01-01T00:00:00Z", ["c-1", "c-2"]),
        sample("2026-01-01T00:01:00Z", ["c-3", "c-4"]),
        sample("2026-01-01T00:02:00Z", ["c-3", "c-4"]),
    ]);
    assert!(!rules(&switch).contains(&"membership-changes"), "{:?}", rules(&switch));
}

/// A committed offset that goes back gives a negative consume rate: the rewind is the finding, and
/// no rule compares speeds or sizes the group from it.
#[test]
fn a_rewound_offset_is_not_taken_for_a_speed() {
    let findings = series_findings("series/burrow-rewind.txt");
    for finding in &findings {
        let summary = english(&finding.summary);
        assert!(!summary.contains("consumed -"), "{}: {summary}", finding.rule);
        assert_ne!(finding.rule, "under-provisioned", "{summary}");
    }
    assert!(rules(&findings).contains(&"offset-rewind"));
}
