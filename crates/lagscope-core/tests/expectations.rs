//! Hand-checked expectations for every fixture dump: `tests/fixtures/dumps/<folder>/EXPECTED.json`
//! names, per file, the tool, each group's partition count, total lag, state and other facts, and
//! the exact lines that must carry a warning or error; a host × hour table names the host the
//! analysis must find slow (`slow_host`). The snapshots (`fixtures.rs`) pin every
//! byte of the output; these pin what a person checked.

#![allow(clippy::disallowed_methods, reason = "tests read fixture files; the library itself does no I/O")]

use std::collections::BTreeMap;
use std::path::Path;

use lagscope_core::diagnostic::Severity;
use lagscope_core::model::GroupSnapshot;
use lagscope_core::parse::parse;
use lagscope_core::text::decode;
use serde_json::Value;

fn check_group(
    file: &str,
    name: &str,
    group: Option<&GroupSnapshot>,
    expected: &Value,
    problems: &mut Vec<String>,
) {
    let Some(group) = group else {
        problems.push(format!("{file}: group {name:?} is missing"));
        return;
    };
    let mut expect = |key: &str, actual: Value| {
        if let Some(wanted) = expected.get(key)
            && *wanted != actual
        {
            problems.push(format!("{file}: group {name:?}: {key} is {actual}, expected {wanted}"));
        }
    };
    expect("n_partitions", group.partitions.len().into());
    expect("total_lag", group.total_lag().into());
    expect("state", group.state.as_ref().map(|state| state.as_str().to_owned()).into());
    expect("n_members", group.n_members.into());
    expect("reported_total_lag", group.reported_total_lag.into());
    expect("members", group.members.len().into());
    expect("coordinator", group.coordinator.clone().into());
    expect("assignment_strategy", group.assignment_strategy.clone().into());
    expect("reset_rows", group.offset_resets.len().into());
    expect("delete_rows", group.offset_deletions.len().into());
}

/// A host × hour table's expectation: the analysis names `slow_host` as the bottleneck, and no
/// other host (a total column is not a host).
fn check_slow_host(text: &str, file: &str, expected: &Value, problems: &mut Vec<String>) {
    let Some(slow) = expected.get("slow_host").and_then(Value::as_str) else { return };
    let bench = lagscope_core::workbench::build(
        vec![lagscope_core::workbench::Input::text(file, text)],
        &lagscope_core::workbench::Options::default(),
    );
    let named: Vec<&str> = bench
        .findings
        .iter()
        .filter(|finding| finding.rule == "slow-host")
        .flat_map(|finding| finding.entities.hosts.iter().map(String::as_str))
        .collect();
    if named != [slow] {
        problems.push(format!("{file}: slow-host names {named:?}, expected [{slow:?}]"));
    }
    if bench.analysis.host_throughput.iter().any(|host| host.host.eq_ignore_ascii_case("total")) {
        problems.push(format!("{file}: a total column was read as a host"));
    }
}

fn check_file(folder: &Path, file: &str, expected: &Value, problems: &mut Vec<String>) {
    let bytes = std::fs::read(folder.join(file)).unwrap_or_else(|error| panic!("{file}: {error}"));
    check_slow_host(&decode(&bytes), file, expected, problems);
    let outcome = parse(&decode(&bytes));
    if let Some(tool) = expected.get("tool").and_then(Value::as_str) {
        let actual = outcome.source.tool.map(lagscope_core::source::Tool::id);
        if actual != Some(tool) {
            problems.push(format!("{file}: tool is {actual:?}, expected {tool}"));
        }
    }
    let groups: BTreeMap<String, &GroupSnapshot> = outcome
        .snapshot
        .groups
        .iter()
        .map(|group| (group.group.clone().unwrap_or_default(), group))
        .collect();
    if let Some(expected_groups) = expected.get("groups").and_then(Value::as_object) {
        for (name, expected_group) in expected_groups {
            check_group(file, name, groups.get(name).copied(), expected_group, problems);
        }
        for name in groups.keys() {
            if !expected_groups.contains_key(name) {
                problems.push(format!("{file}: unexpected group {name:?}"));
            }
        }
    }
    if let Some(lines) = expected.get("diagnostic_lines").and_then(Value::as_array) {
        let wanted: Vec<u64> = lines.iter().filter_map(Value::as_u64).collect();
        let mut actual: Vec<u64> = outcome
            .diagnostics
            .iter()
            .filter(|diagnostic| diagnostic.severity >= Severity::Warning)
            .map(|diagnostic| diagnostic.line as u64)
            .collect();
        actual.dedup();
        if actual != wanted {
            let details: Vec<String> = outcome
                .diagnostics
                .iter()
                .map(|diagnostic| {
                    format!("{}: {}", diagnostic.line, lagscope_core::l10n::english(&diagnostic.message))
                })
                .collect();
            problems.push(format!(
                "{file}: diagnostic lines are {actual:?}, expected {wanted:?}\n      {}",
                details.join("\n      ")
            ));
        }
    }
}

#[test]
fn every_fixture_meets_its_expectations() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/dumps");
    let mut problems = Vec::new();
    let mut n_checked = 0;
    let mut folders: Vec<_> =
        std::fs::read_dir(&root).expect("dumps folder").map(|entry| entry.expect("entry").path()).collect();
    folders.sort();
    for folder in folders {
        let Ok(text) = std::fs::read_to_string(folder.join("EXPECTED.json")) else {
            continue;
        };
        let expectations: BTreeMap<String, Value> =
            serde_json::from_str(&text).expect("EXPECTED.json is valid");
        for (file, expected) in &expectations {
            check_file(&folder, file, expected, &mut problems);
            n_checked += 1;
        }
        // Every fixture in the folder has expectations.
        for entry in std::fs::read_dir(&folder).expect("folder") {
            let name = entry.expect("entry").file_name().to_string_lossy().into_owned();
            if !name.starts_with('.')
                && name != "EXPECTED.json"
                && !Path::new(&name).extension().is_some_and(|extension| extension.eq_ignore_ascii_case("md"))
                && !expectations.contains_key(&name)
            {
                problems.push(format!("{}: {name} has no entry in EXPECTED.json", folder.display()));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "{} problems in {n_checked} fixtures:\n{}",
        problems.len(),
        problems.join("\n")
    );
}
