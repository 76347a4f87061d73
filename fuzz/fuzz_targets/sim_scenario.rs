//! Simulator scenarios: `sim::Scenario::from_json`, then, for scenarios small enough to run in a
//! few milliseconds, `sim::simulate` and the round trip of its exports through the analyzer.
//!
//! Input: bytes that must be UTF-8 (a scenario is JSON). The seed is a hash of the input.
//!
//! Promises: no panic; a JSON error names a line and column of the text; an accepted scenario
//! serialises and reads back equal (floats within 4 ULPs: F3 in fuzz/README.md); it either runs
//! or is refused with a `ScenarioError` naming a field; an outcome has no NaN or infinite float
//! anywhere; its exports (timed dumps, lag CSV) are read back by the analyzer (`series::import`)
//! with every diagnostic on a line of the export.
#![no_main]

#[path = "common/mod.rs"]
mod common;

use lagscope_core::sim::{self, Action, Scenario};
use libfuzzer_sys::fuzz_target;

/// Limits on what is simulated (everything is parsed and validated): a run within them takes
/// milliseconds, so the fuzzer keeps its pace.
const MAX_DURATION_S: f64 = 120.0;
const MAX_PARTITIONS: i64 = 48;
const MAX_THREADS: i64 = 24;
const MAX_SAMPLES: f64 = 40.0;
const MAX_RECORDS: f64 = 50_000.0;
/// Periodic wake-ups (idle polls, heartbeats, auto commits, metadata refreshes) over the run,
/// summed over the threads.
const MAX_TICKS: f64 = 100_000.0;

/// Whether the scenario is small enough to simulate on every execution.
fn small(scenario: &Scenario) -> bool {
    let duration = scenario.duration_s;
    if !(duration.is_finite() && duration <= MAX_DURATION_S) {
        return false;
    }
    if duration / scenario.sample_every_s > MAX_SAMPLES {
        return false;
    }
    let mut partitions: i64 = scenario.topics.iter().map(|topic| i64::from(topic.partitions)).sum();
    let groups = std::iter::once((&scenario.hosts, &scenario.consumer, &scenario.operations)).chain(
        scenario.other_groups.iter().map(|group| (&group.hosts, &group.consumer, &group.operations)),
    );
    let mut threads: i64 = 0;
    let mut ticks = 0.0;
    for (hosts, consumer, operations) in groups {
        let per_host = i64::from(consumer.concurrency);
        let mut group_threads: i64 =
            hosts.iter().map(|host| host.concurrency.map_or(per_host, i64::from)).sum();
        for operation in operations {
            match &operation.action {
                Action::ScaleOut { instances, .. } => {
                    group_threads = group_threads.saturating_add(i64::from(*instances).saturating_mul(per_host));
                }
                // A blue-green deploy doubles the instances for a while.
                Action::BlueGreenDeploy { .. } => group_threads = group_threads.saturating_mul(2),
                Action::AddPartitions { partitions: added, .. } => partitions = partitions.saturating_add(i64::from(*added)),
                _ => {}
            }
        }
        let periods_ms = [
            consumer.idle_poll_ms,
            consumer.heartbeat_interval_ms,
            consumer.group_consumer_heartbeat_interval_ms,
            consumer.auto_commit_interval_ms,
            consumer.metadata_max_age_ms,
        ];
        for period in periods_ms {
            ticks += duration * 1000.0 / period.max(1) as f64 * group_threads as f64;
        }
        threads = threads.saturating_add(group_threads);
        // Restarts and deploys: each operation may restart every thread.
        threads = threads.saturating_add(
            i64::try_from(operations.len()).unwrap_or(i64::MAX).saturating_mul(group_threads) / 4,
        );
    }
    let records: f64 = scenario
        .produce
        .iter()
        .map(|producer| producer.records.unwrap_or(0.0) + producer.records_per_s * duration)
        .sum();
    partitions <= MAX_PARTITIONS
        && threads <= MAX_THREADS
        && ticks <= MAX_TICKS
        && records.is_finite()
        && records <= MAX_RECORDS
}

/// The scenario's JSON round trip may move floats by a few ULPs: serde_json without
/// `float_roundtrip` reads some decimals one unit off in the last place, which the workspace accepts
/// (its Cargo.toml says why; finding F3 in fuzz/README.md). `FUZZ_STRICT_FLOAT_ROUNDTRIP=1` asks
/// for the exact round trip again.
fn allow_float_drift() -> bool {
    static ALLOW: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *ALLOW.get_or_init(|| !std::env::var_os("FUZZ_STRICT_FLOAT_ROUNDTRIP").is_some_and(|v| v == "1"))
}

/// Equal JSON values, numbers within a few ULPs of each other.
fn close(a: &serde_json::Value, b: &serde_json::Value) -> bool {
    use serde_json::Value;
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => match (x.as_f64(), y.as_f64()) {
            (Some(x), Some(y)) if x.is_finite() && y.is_finite() => {
                x == y || (x - y).abs() <= 4.0 * f64::EPSILON * x.abs().max(y.abs())
            }
            _ => x == y,
        },
        (Value::Array(x), Value::Array(y)) => x.len() == y.len() && x.iter().zip(y).all(|(x, y)| close(x, y)),
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len() && x.iter().all(|(key, x)| y.get(key).is_some_and(|y| close(x, y)))
        }
        _ => a == b,
    }
}

fuzz_target!(|bytes: &[u8]| {
    let Ok(text) = std::str::from_utf8(bytes) else { return };
    let scenario = match Scenario::from_json(text) {
        Ok(scenario) => scenario,
        Err(error) => {
            assert!(!error.path.is_empty(), "a scenario error without a path");
            if let Some(place) = error.path.strip_prefix("line ") {
                // `line L column C`: a line of the text (the one after a final line break counts,
                // as editors show it).
                let (line, _) = place.split_once(" column ").expect("line L column C");
                let line: usize = line.parse().expect("a line number");
                let lines = text.matches('\n').count() + 1;
                assert!((1..=lines).contains(&line), "JSON error at line {line} of {lines}");
            }
            return;
        }
    };
    // What validation accepted serialises back and reads again as the same scenario.
    let json = serde_json::to_string(&scenario).expect("an accepted scenario serialises");
    let again = Scenario::from_json(&json).unwrap_or_else(|error| panic!("re-reading {json}: {error}"));
    if allow_float_drift() {
        // F3: a float may move by an ULP per round trip (see `allow_float_drift`).
        let (before, after) = (serde_json::to_value(&scenario).unwrap(), serde_json::to_value(&again).unwrap());
        assert!(close(&before, &after), "a scenario changed through its JSON:\n{before}\n{after}");
    } else {
        assert_eq!(again, scenario, "a scenario changed through its JSON");
    }
    if !small(&scenario) {
        return;
    }
    let seed = common::fnv(bytes);
    let outcome = match sim::simulate(&scenario, seed) {
        Ok(outcome) => outcome,
        Err(error) => {
            assert!(!error.path.is_empty(), "a run refused without naming a field");
            return;
        }
    };
    common::assert_finite("sim outcome", &outcome);
    for group in outcome.groups() {
        assert!(group.sample_times_ms.windows(2).all(|pair| pair[0] <= pair[1]), "sample times out of order");
    }
    for export in [sim::export::timed_dumps(&outcome), sim::export::lag_csv(&outcome)] {
        let import = lagscope_core::series::import(&export)
            .unwrap_or_else(|| panic!("the analyzer does not read the simulator's export:\n{export}"));
        common::assert_lines(&export, &import.diagnostics);
        common::check_series(&import.series);
    }
});
