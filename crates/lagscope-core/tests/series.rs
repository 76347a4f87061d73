//! Lag over time from a pasted polling loop: the slow-host incident (shared/seeds/000) in miniature.

#![allow(clippy::disallowed_methods, reason = "tests read fixture files; the library itself does no I/O")]

use lagscope_core::analyze::analyze;
use lagscope_core::burrow::{EvaluatorConfig, Status};
use lagscope_core::l10n::{Lang, Localizer, english};
use lagscope_core::parse::ParseOptions;
use lagscope_core::series::dumps::split_timed_dumps;

fn fixture(name: &str) -> String {
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/series").join(name);
    std::fs::read_to_string(path).expect("fixture is readable")
}

#[test]
fn timed_dumps_become_a_series_and_the_slow_host_stands_out() {
    let timed =
        split_timed_dumps(&fixture("slow-host-timed.txt"), ParseOptions::default()).expect("has time stamps");
    assert_eq!(timed.snapshots.len(), 3);
    assert!(timed.diagnostics.is_empty(), "{:?}", timed.diagnostics);
    let series = timed.series();
    assert_eq!(series.partitions.len(), 8);
    assert_eq!(series.times(), vec![1_647_541_800_000, 1_647_541_860_000, 1_647_541_920_000]);

    let report = analyze(&series, &EvaluatorConfig::default());
    let group = &report.groups[0];
    assert_eq!(group.group.as_deref(), Some("notification-sender"));
    // Host A: 2 partitions at 10/s each, far behind; its peers at 100/s, catching up.
    let slow = &group.hosts[0];
    assert_eq!(slow.host, "/10.20.1.11");
    assert_eq!(slow.n_partitions, 2);
    assert_eq!(slow.consume_per_s, Some(20.0));
    // 2 × 104,800 of the group's 233,600 records of lag.
    assert_eq!(slow.last_lag, 209_600);
    assert_eq!(group.last_total_lag, Some(233_600));
    assert!(slow.share_of_lag.is_some_and(|share| (share - 209_600.0 / 233_600.0).abs() < 1e-12), "{slow:?}");
    for peer in &group.hosts[1..] {
        assert_eq!(peer.consume_per_s, Some(200.0), "{peer:?}");
    }
    let slow_partition = &group.partitions[0];
    assert_eq!(slow_partition.rates.consume_per_s, Some(10.0));
    assert_eq!(slow_partition.rates.produce_per_s, Some(50.0));
    assert_eq!(slow_partition.rates.lag_trend_per_s, Some(40.0));
    assert_eq!(slow_partition.rates.drain_seconds, None);
    // Its lag never decreases over the window: Burrow warns, and says why.
    assert_eq!(slow_partition.burrow_status, Status::Warn);
    assert_eq!(slow_partition.burrow_rule.rule, "lag-not-decreasing");
    assert_eq!(
        english(&slow_partition.burrow_rule.detail),
        "the commit lags never decrease: 100,000 → 102,400 → 104,800"
    );
    // Lag in seconds: offset 101,200 was produced before the window (log-end 200,000 at the first
    // sample, 50/s): at least 1,976 s before it, 2,096 s before the last sample.
    let estimate = slow_partition.time_lag.expect("an estimate");
    assert_eq!((estimate.seconds, estimate.bound), (2_096.0, lagscope_core::time_lag::Bound::AtLeast));
    let fast_partition = &group.partitions[2];
    // Offset 32,000 was produced 40 s after the first sample: 80 s behind, as kafka-lag-exporter says.
    assert_eq!(fast_partition.time_lag_s_exporter, Some(80.0));
    assert_eq!(fast_partition.time_lag.map(|estimate| estimate.seconds), Some(80.0));
    assert_eq!(fast_partition.rates.lag_trend_per_s, Some(-50.0));
    assert_eq!(fast_partition.burrow_status, Status::Ok);
    assert_eq!(group.burrow_status, Status::Warn);
    // The group's lag: 260,000 → 246,800 → 233,600.
    assert_eq!(group.lag_trend_per_s, Some(-220.0));
    // Per member and host, what each consumed between samples.
    assert_eq!(group.members.len(), 8);
    assert_eq!(group.members[0].host.as_deref(), Some("/10.20.1.11"));
    assert_eq!(group.members[0].consume_per_s, Some(10.0));
    let consumed: Vec<i64> = group.hosts[0].consumed.iter().map(|interval| interval.consumed).collect();
    assert_eq!(consumed, vec![1_200, 1_200]);
    let consumed: Vec<i64> = group.hosts[1].consumed.iter().map(|interval| interval.consumed).collect();
    assert_eq!(consumed, vec![12_000, 12_000]);
}

#[test]
fn lines_before_the_first_time_stamp_are_reported() {
    let text = format!("stray line\n{}", fixture("slow-host-timed.txt"));
    let timed = split_timed_dumps(&text, ParseOptions::default()).expect("has time stamps");
    assert_eq!(timed.diagnostics.len(), 1);
    assert_eq!(timed.diagnostics[0].line, 1);
    assert_eq!(
        english(&timed.diagnostics[0].message),
        "these lines come before the first time stamp, so they have no time: expected a `date` line first"
    );
    assert_eq!(
        Localizer::bundled(Lang::Ko).render(&timed.diagnostics[0].message),
        "첫 타임스탬프보다 앞에 있는 줄이라 시각을 알 수 없습니다. 맨 앞에 `date` 줄이 있어야 합니다"
    );
    assert_eq!(timed.snapshots.len(), 3);
}

#[test]
fn a_paste_without_time_stamps_is_not_a_series() {
    assert!(split_timed_dumps("GROUP TOPIC\n", ParseOptions::default()).is_none());
}

/// A polling script's CSV (one row per partition and minute): read without quotes or CRs by the
/// direct reader; a blank line, unknown cells, a value out of range, a row without a time and one
/// cut short each read as they should, on their own lines.
#[test]
fn a_polling_scripts_lag_csv_reads_every_row_it_can() {
    use lagscope_core::series::csv_import::{CsvMapping, import_csv};
    let import = import_csv(&fixture("lag-poll-export.csv"), &CsvMapping::default()).expect("a lag CSV");
    assert_eq!(import.series.partitions.len(), 2);
    let lags = |index: usize| -> Vec<Option<i64>> {
        import.series.partitions[index].samples.iter().map(lagscope_core::series::LagSample::lag).collect()
    };
    // Partition 0: five minutes, the last row cut before its LAG cell (unknown, not 0).
    assert_eq!(lags(0), vec![Some(600), Some(660), Some(720), Some(780), None]);
    assert_eq!(import.series.partitions[0].samples[4].log_end_offset(), Some(2080));
    // Partition 1: `-` is unknown; 20 digits is out of range and reported.
    assert_eq!(lags(1), vec![Some(100), Some(80), None, None]);
    assert_eq!(import.series.partitions[1].samples[2].current_offset(), None);
    assert_eq!(import.series.times()[0], 1_773_741_600_000);
    let lines: Vec<(usize, &str)> =
        import.diagnostics.iter().map(|diagnostic| (diagnostic.line, &*diagnostic.message.id)).collect();
    assert_eq!(lines, vec![(10, "series-value-out-of-range"), (11, "series-csv-expected-time-in-column")]);
}
