//! The overview a front end shows: a card for every group whatever the input kind, members from
//! every view, one verdict that agrees with the state and the findings, evidence whose units are
//! known, and the incident's own time zone.

#![allow(clippy::disallowed_methods, reason = "tests read fixture files; the library itself does no I/O")]

use lagscope_core::findings::evidence::{EvidenceUnit, unit_of};
use lagscope_core::overview::{Drain, GroupOverview, VerdictReason, VerdictStatus, overview};
use lagscope_core::series::clock::ZoneSource;
use lagscope_core::workbench::{Input, Options, Workbench, build};

fn fixture(name: &str) -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures").join(name);
    std::fs::read_to_string(path).expect("fixture is readable")
}

fn workbench(name: &str) -> Workbench {
    build(vec![Input::text(name, fixture(name))], &Options::default())
}

fn card<'a>(overviews: &'a [GroupOverview], group: &str) -> &'a GroupOverview {
    overviews
        .iter()
        .find(|o| o.group.as_deref() == Some(group))
        .unwrap_or_else(|| panic!("no card for {group}"))
}

#[test]
fn every_series_fixture_gets_a_card_per_group() {
    // Hand-checked: the groups each file names.
    for (name, groups) in [
        ("series/grafana-lag-wide.csv", vec!["orders"]),
        ("series/prometheus-query-range.json", vec!["orders"]),
        ("series/msk-cloudwatch.csv", vec!["orders"]),
        ("series/seed-002-leavegroup-storm.txt", vec!["gojs_group"]),
        ("series/slow-host-timed.txt", vec!["notification-sender"]),
    ] {
        let cards = overview(&workbench(name));
        let names: Vec<&str> = cards.iter().filter_map(|c| c.group.as_deref()).collect();
        assert_eq!(names, groups, "{name}");
        for card in &cards {
            assert!(card.n_partitions > 0, "{name}: {card:?}");
            assert!(card.total_lag.is_some(), "{name}: {card:?}");
        }
    }
}

#[test]
fn a_lag_csv_alone_has_rates_and_a_verdict() {
    let cards = overview(&workbench("series/grafana-lag-wide.csv"));
    let orders = card(&cards, "orders");
    assert_eq!(orders.snapshot_index, None);
    assert!(orders.burrow_status.is_some());
    assert_ne!(orders.verdict.status, VerdictStatus::Unknown);
    assert!(orders.lag_trend_per_s.is_some());
}

#[test]
fn the_storm_sample_is_not_ok_and_has_no_drain_time() {
    let bench = workbench("series/seed-002-leavegroup-storm.txt");
    let cards = overview(&bench);
    let group = card(&cards, "gojs_group");
    assert!(
        matches!(group.verdict.status, VerdictStatus::NoMembers | VerdictStatus::LeaveStorm),
        "{:?}",
        group.verdict
    );
    assert_eq!(group.drain, Drain::NobodyConsumes);
    // Empty: no member, which the state says even without a members view.
    assert_eq!(group.n_members, Some(0));
    // Burrow's own verdict is kept, and the reason says why it does not decide.
    match &group.verdict.reason {
        VerdictReason::NoMembers { burrow, .. } | VerdictReason::LeaveStorm { burrow, .. } => {
            assert_eq!(burrow.as_deref(), group.burrow_status.as_deref());
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn the_slow_host_sample_is_a_warning_with_a_drain_time_or_none() {
    // The app's first-visit sample.
    let cards = overview(&workbench("series/slow-host-timed.txt"));
    let group = card(&cards, "notification-sender");
    assert_eq!(group.verdict.status, VerdictStatus::Warning);
    assert!(!matches!(group.drain, Drain::NobodyConsumes));
}

#[test]
fn members_views_fill_the_member_rollup_and_the_assignment() {
    // kafka-2.4-members-verbose: orders-consumer's three members, hand-read from the file.
    let cards = overview(&workbench("dumps/kafka/kafka-2.4-members-verbose.txt"));
    let orders = card(&cards, "orders-consumer");
    let members: Vec<(&str, Option<usize>)> =
        orders.members.iter().map(|m| (m.name.as_deref().unwrap_or("?"), m.n_partitions)).collect();
    assert_eq!(members.len(), 3, "{members:?}");
    let one = orders
        .members
        .iter()
        .find(|m| m.name.as_deref().is_some_and(|n| n.starts_with("orders-client-1")))
        .expect("member 1");
    assert_eq!(one.n_partitions, Some(3));
    assert_eq!(
        one.partitions.as_deref(),
        Some(&["payments-0".to_owned(), "payments-2".to_owned(), "refunds-1".to_owned()][..])
    );
    assert_eq!(orders.assignment.members.len(), 3);
    assert_eq!(orders.assignment.partitions.len(), 5);
    assert!(orders.assignment.partitions.iter().all(|p| p.owner.is_some()));
    let hosts: Vec<(&str, Option<usize>)> =
        orders.hosts.iter().map(|h| (h.name.as_deref().unwrap_or("?"), h.n_partitions)).collect();
    assert_eq!(hosts, vec![("/10.0.3.17", Some(3)), ("/10.0.3.18", Some(2)), ("/10.0.3.19", Some(0))]);
}

#[test]
fn members_views_without_assignments_say_how_many_but_not_which() {
    // `--members` without `--verbose`: a count per member, no assignment.
    let text = "GROUP CONSUMER-ID HOST CLIENT-ID #PARTITIONS\n\
                g c-1-0f3a /10.0.0.1 c-1 2\n\
                g c-2-9b7e /10.0.0.2 c-2 1\n";
    let cards = overview(&build(vec![Input::text("members", text)], &Options::default()));
    let g = card(&cards, "g");
    let members: Vec<(Option<&str>, Option<usize>, bool)> =
        g.members.iter().map(|m| (m.name.as_deref(), m.n_partitions, m.partitions.is_some())).collect();
    assert_eq!(members, vec![(Some("c-1-0f3a"), Some(2), false), (Some("c-2-9b7e"), Some(1), false)]);
    assert_eq!(g.assignment.members.len(), 2);
    assert!(g.assignment.partitions.is_empty());
    // The hosts come from the members view too.
    let hosts: Vec<(Option<&str>, Option<usize>)> =
        g.hosts.iter().map(|h| (h.name.as_deref(), h.n_partitions)).collect();
    assert_eq!(hosts, vec![(Some("/10.0.0.1"), Some(2)), (Some("/10.0.0.2"), Some(1))]);
}

#[test]
fn a_host_table_has_no_group_card_but_its_hosts_and_zone() {
    let bench = workbench("series/seed-000-host-hours.md");
    assert!(overview(&bench).is_empty());
    assert_eq!(bench.analysis.host_throughput.len(), 4);
    assert_eq!(bench.zone.source, ZoneSource::AsPrinted);
    assert_eq!(bench.findings.first().map(|f| f.rule), Some("slow-host"));
}

#[test]
fn the_zone_is_the_one_the_time_stamps_name() {
    let storm = workbench("series/seed-002-leavegroup-storm.txt");
    assert_eq!((storm.zone.name.as_str(), storm.zone.offset_minutes), ("KST", 540));
    assert_eq!(storm.zone.source, ZoneSource::Stated);
    let prometheus = workbench("series/prometheus-query-range.json");
    assert_eq!(prometheus.zone.source, ZoneSource::AssumedUtc);
}

fn keys_of(value: &serde_json::Value, into: &mut Vec<String>) {
    match value {
        serde_json::Value::Object(fields) => {
            for (key, value) in fields {
                into.push(key.clone());
                keys_of(value, into);
            }
        }
        serde_json::Value::Array(items) => items.iter().for_each(|item| keys_of(item, into)),
        _ => {}
    }
}

#[test]
fn every_evidence_key_has_a_unit() {
    let mut files = Vec::new();
    for folder in ["dumps/kafka", "dumps/other", "dumps/messy", "series", "samples", "logs"] {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures").join(folder);
        for entry in std::fs::read_dir(dir).expect("fixture folder") {
            let path = entry.expect("entry").path();
            if path.extension().is_some_and(|e| e != "md" || folder == "series")
                && !path.ends_with("EXPECTED.json")
            {
                files.push(path);
            }
        }
    }
    let mut options = Options::default();
    // The configuration check of poll-timeout-storm, and the thread count of idle-members.
    for (key, value) in [
        ("max.poll.records", "500"),
        ("processing.ms.per.record", "700"),
        ("concurrency", "3"),
        ("instances", "4"),
    ] {
        options.consumer.set(key, value).expect("a setting");
    }
    let mut unknown = std::collections::BTreeSet::new();
    let mut seen = 0;
    for path in files {
        let Ok(text) = std::fs::read_to_string(&path) else { continue };
        for options in [Options::default(), options.clone()] {
            let bench = build(vec![Input::text("f", text.clone())], &options);
            for finding in &bench.findings {
                for (key, value) in &finding.evidence {
                    seen += 1;
                    if unit_of(key).is_none() {
                        unknown.insert((*key).to_owned());
                    }
                    let mut nested = Vec::new();
                    keys_of(value, &mut nested);
                    unknown.extend(nested.into_iter().filter(|key| unit_of(key).is_none()));
                }
            }
        }
    }
    assert!(seen > 50, "only {seen} evidence values looked at");
    assert!(unknown.is_empty(), "evidence keys without a unit: {unknown:?}");
    assert_eq!(unit_of("joined_after_ms"), Some(EvidenceUnit::TimeMs));
    assert_eq!(unit_of("max_poll_interval_ms"), Some(EvidenceUnit::DurationMs));
}

#[test]
fn a_group_whose_members_keep_leaving_is_a_leave_storm_even_while_members_are_in() {
    // The storm's dumps up to 10:11, when the second generation's members are still in the group.
    let text = fixture("series/seed-002-leavegroup-storm.txt");
    let cut = text.find("Sat Mar 14 10:12:00 KST 2026").expect("the 10:12 dump");
    let bench = build(vec![Input::text("storm", &text[..cut])], &Options::default());
    assert!(bench.findings.iter().any(|f| f.rule == "poll-timeout-storm"), "{:#?}", bench.findings);
    let cards = overview(&bench);
    let group = card(&cards, "gojs_group");
    assert_eq!(group.n_members, Some(12));
    assert_eq!(group.verdict.status, VerdictStatus::LeaveStorm, "{:?}", group.verdict);
    assert_eq!(group.drain, Drain::NobodyConsumes);
}

#[test]
fn a_host_table_beside_dumps_in_kst_keeps_its_printed_hours() {
    let table = fixture("series/seed-000-host-hours.md");
    let dumps = fixture("series/seed-002-leavegroup-storm.txt");
    let bench = build(vec![Input::text("table", table), Input::text("dumps", dumps)], &Options::default());
    assert_eq!(bench.zone.name, "KST");
    // 2022-03-17 18:00 as the table prints it, shown in KST: still 18:00.
    let first = bench.host_counts[0].counts[0].start_ms;
    assert_eq!(lagscope_core::series::clock::wall_clock(first, &bench.zone), "2022-03-17 18:00");
}
