//! Kafka's own assignor tests, ported as data (`tests/fixtures/assign/`): every fixture's steps
//! are run through `lagscope_core::assign` and checked against what the Kafka test asserts.
#![allow(clippy::disallowed_methods, reason = "tests read fixture files; the library itself does no I/O")]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use lagscope_core::assign::{AssignOutcome, AssignRequest, assign, parse_partition};
use serde_json::Value;

fn fixture_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/assign")
}

fn fixture_files() -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut folders = vec![fixture_root()];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).expect("fixture folder") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                folders.push(path);
            } else if path.extension().is_some_and(|e| e == "json") {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

/// Replaces `"owned_partitions": "previous"` with the member's partitions of the previous step.
fn substitute_previous(input: &mut Value, previous: Option<&AssignOutcome>) {
    let Some(members) = input.get_mut("members").and_then(Value::as_array_mut) else { return };
    for member in members {
        if member.get("owned_partitions").and_then(Value::as_str) == Some("previous") {
            let id = member["member_id"].as_str().unwrap_or_default().to_owned();
            let owned: Vec<Value> = previous
                .and_then(|outcome| outcome.assignment.get(&id))
                .unwrap_or(&[])
                .iter()
                .map(|p| Value::String(p.clone()))
                .collect();
            member["owned_partitions"] = Value::Array(owned);
        }
    }
}

struct Checked<'a> {
    request: &'a AssignRequest,
    outcome: &'a AssignOutcome,
    subscriptions: BTreeMap<&'a str, BTreeSet<&'a str>>,
}

impl Checked<'_> {
    /// Every partition of a subscribed topic assigned exactly once (or withheld by the
    /// cooperative step), only to a member subscribed to its topic.
    fn valid(&self, problems: &mut Vec<String>) {
        let withheld: BTreeSet<&str> = self.outcome.withheld.iter().map(String::as_str).collect();
        let mut owner: BTreeMap<&str, &str> = BTreeMap::new();
        for (member, partitions) in &self.outcome.assignment.0 {
            for partition in partitions {
                let (topic, _) = parse_partition(partition).expect("partition name");
                if !self.subscriptions[member.as_str()].contains(topic) {
                    problems.push(format!("valid: {member} got {partition} without subscribing to {topic}"));
                }
                if let Some(other) = owner.insert(partition, member) {
                    problems.push(format!("valid: {partition} assigned to both {other} and {member}"));
                }
            }
        }
        let subscribed: BTreeSet<&str> = self.subscriptions.values().flatten().copied().collect();
        for (topic, &count) in &self.request.topics {
            if !subscribed.contains(topic.as_str()) {
                continue;
            }
            for partition in 0..count {
                let name = format!("{topic}-{partition}");
                if !owner.contains_key(name.as_str()) && !withheld.contains(name.as_str()) {
                    problems.push(format!("valid: {name} is not assigned"));
                }
            }
        }
    }

    /// Kafka's balance: a member with two or more partitions more than another holds none of a
    /// topic the other subscribes to.
    fn balanced(&self, problems: &mut Vec<String>) {
        for (member, partitions) in &self.outcome.assignment.0 {
            for (other, other_partitions) in &self.outcome.assignment.0 {
                if partitions.len() <= other_partitions.len() + 1 {
                    continue;
                }
                let movable = partitions.iter().find(|partition| {
                    let (topic, _) = parse_partition(partition).expect("partition name");
                    self.subscriptions[other.as_str()].contains(topic)
                });
                if let Some(partition) = movable {
                    problems.push(format!(
                        "balanced: {member} has {} and {other} {}, yet {other} could take {partition}",
                        partitions.len(),
                        other_partitions.len()
                    ));
                }
            }
        }
    }

    fn fully_balanced(&self, problems: &mut Vec<String>) {
        let sizes: Vec<usize> = self.outcome.assignment.0.iter().map(|(_, p)| p.len()).collect();
        if let (Some(min), Some(max)) = (sizes.iter().min(), sizes.iter().max())
            && max - min > 1
        {
            problems.push(format!("fully_balanced: sizes range from {min} to {max}"));
        }
    }

    /// No two members swap partitions of one topic (Kafka's `isSticky`, on net movements).
    fn sticky(&self, problems: &mut Vec<String>) {
        let mut now: BTreeMap<&str, &str> = BTreeMap::new();
        for (member, partitions) in &self.outcome.assignment.0 {
            for partition in partitions {
                now.insert(partition, member);
            }
        }
        let mut moves: BTreeSet<(&str, &str, &str)> = BTreeSet::new();
        for member in &self.request.members {
            for partition in &member.owned_partitions {
                if let Some(&to) = now.get(partition.as_str())
                    && to != member.member_id
                {
                    let (topic, _) = parse_partition(partition).expect("partition name");
                    moves.insert((topic, member.member_id.as_str(), to));
                }
            }
        }
        for &(topic, from, to) in &moves {
            if from < to && moves.contains(&(topic, to, from)) {
                problems
                    .push(format!("sticky: partitions of {topic} moved both ways between {from} and {to}"));
            }
        }
    }

    /// Cooperative: nothing moves from one member to another within one round.
    fn no_transfer(&self, problems: &mut Vec<String>) {
        let mut previous_owner: BTreeMap<&str, &str> = BTreeMap::new();
        for member in &self.request.members {
            for partition in &member.owned_partitions {
                previous_owner.insert(partition, &member.member_id);
            }
        }
        for (member, partitions) in &self.outcome.added.0 {
            for partition in partitions {
                if let Some(&other) = previous_owner.get(partition.as_str())
                    && other != member
                {
                    problems.push(format!(
                        "no_transfer: {partition} moved from {other} to {member} in one round"
                    ));
                }
            }
        }
    }
}

fn check_properties(request: &AssignRequest, outcome: &AssignOutcome, properties: &[Value]) -> Vec<String> {
    let checked = Checked {
        request,
        outcome,
        subscriptions: request
            .members
            .iter()
            .map(|m| (m.member_id.as_str(), m.subscriptions.iter().map(String::as_str).collect()))
            .collect(),
    };
    let mut problems = Vec::new();
    for property in properties {
        match property.as_str().unwrap_or_default() {
            "valid" => checked.valid(&mut problems),
            "balanced" => checked.balanced(&mut problems),
            "fully_balanced" => checked.fully_balanced(&mut problems),
            "sticky" => checked.sticky(&mut problems),
            "no_transfer" => checked.no_transfer(&mut problems),
            other => problems.push(format!("unknown property {other:?}")),
        }
    }
    problems
}

/// The keys a step's `expect` may have (`tests/fixtures/assign/README.md`); any other is a typo.
const EXPECT_KEYS: [&str; 6] = ["assignment", "compare", "error", "properties", "withheld", "withheld_count"];

fn run_fixture(path: &Path) -> Vec<String> {
    let text = std::fs::read_to_string(path).expect("read fixture");
    let fixture: Value = serde_json::from_str(&text).expect("fixture is JSON");
    let mut problems = Vec::new();
    let mut previous: Option<AssignOutcome> = None;
    let mut max_generation: Option<i32> = None;
    for (index, step) in fixture["steps"].as_array().expect("steps").iter().enumerate() {
        let mut input = step["input"].clone();
        substitute_previous(&mut input, previous.as_ref());
        let mut request: AssignRequest = match serde_json::from_value(input) {
            Ok(request) => request,
            Err(error) => {
                problems.push(format!("step {index}: input does not match the contract: {error}"));
                break;
            }
        };
        // One assignor instance across a test's calls: it remembers the highest generation.
        if request.options.previous_max_generation.is_none() {
            request.options.previous_max_generation = max_generation;
        }
        let expect = &step["expect"];
        for key in expect.as_object().expect("expect is an object").keys() {
            if !EXPECT_KEYS.contains(&key.as_str()) {
                problems.push(format!("step {index}: unknown expect key {key:?}"));
            }
        }
        let outcome = match (assign(&request), expect.get("error").and_then(Value::as_str)) {
            (Ok(outcome), None) => outcome,
            (Ok(outcome), Some(error)) => {
                problems.push(format!(
                    "step {index}: expected Kafka to throw {error:?}, got {:?}",
                    outcome.assignment
                ));
                break;
            }
            (Err(error), Some(expected)) => {
                if !error.to_string().contains(expected) {
                    problems.push(format!("step {index}: error {error} does not contain {expected:?}"));
                }
                break;
            }
            (Err(error), None) => {
                problems.push(format!("step {index}: unexpected error: {error}"));
                break;
            }
        };
        if let Some(expected) = expect.get("assignment").and_then(Value::as_object) {
            let as_list = expect.get("compare").and_then(Value::as_str) == Some("list");
            for (member, partitions) in expected {
                let want: Vec<&str> =
                    partitions.as_array().expect("list").iter().map(|p| p.as_str().expect("name")).collect();
                let got: Vec<&str> =
                    outcome.assignment.get(member).unwrap_or(&[]).iter().map(String::as_str).collect();
                let same = if as_list {
                    want == got
                } else {
                    want.iter().collect::<BTreeSet<_>>() == got.iter().collect::<BTreeSet<_>>()
                        && want.len() == got.len()
                };
                if !same {
                    problems.push(format!("step {index}: {member}: expected {want:?}, got {got:?}"));
                }
            }
        }
        if let Some(expected) = expect.get("withheld") {
            let want: Vec<&str> = expected
                .as_array()
                .expect("withheld is a list")
                .iter()
                .map(|p| p.as_str().expect("name"))
                .collect();
            let want_set: BTreeSet<&str> = want.iter().copied().collect();
            let got: BTreeSet<&str> = outcome.withheld.iter().map(String::as_str).collect();
            if want_set.len() != want.len() {
                problems.push(format!("step {index}: withheld lists a partition twice: {want:?}"));
            } else if want_set != got || got.len() != outcome.withheld.len() {
                problems
                    .push(format!("step {index}: withheld: expected {want:?}, got {:?}", outcome.withheld));
            }
        }
        if let Some(expected) = expect.get("withheld_count") {
            let want = expected.as_u64().expect("withheld_count is a number");
            if outcome.withheld.len() as u64 != want {
                problems.push(format!(
                    "step {index}: withheld: expected {want} partitions, got {:?}",
                    outcome.withheld
                ));
            }
        }
        if let Some(properties) = expect.get("properties").and_then(Value::as_array) {
            for problem in check_properties(&request, &outcome, properties) {
                problems.push(format!("step {index}: {problem}"));
            }
        }
        if outcome.max_generation.is_some() {
            max_generation = outcome.max_generation;
        }
        previous = Some(outcome);
    }
    problems
}

#[test]
fn kafka_assignor_tests_ported_as_fixtures_pass() {
    let files = fixture_files();
    assert!(files.len() >= 100, "expected the ported Kafka tests, found {} fixtures", files.len());
    let mut failures = Vec::new();
    for path in &files {
        let problems = run_fixture(path);
        if !problems.is_empty() {
            let name = path.strip_prefix(fixture_root()).unwrap_or(path).display().to_string();
            failures.push(format!("{name}:\n  {}", problems.join("\n  ")));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} fixtures fail:\n{}",
        failures.len(),
        files.len(),
        failures.join("\n")
    );
}
