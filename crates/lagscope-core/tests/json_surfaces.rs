//! The core's JSON inputs — the simulator's scenario, the assign request and the Burrow window
//! request — fed real presets and fixtures with damage done to them (a number replaced by an
//! extreme, a field dropped, a value of the wrong type, an array element repeated, the text cut
//! short), and arbitrary text. Whatever the input: no panic; a refusal names its field, its line or
//! its message id; an answer holds no NaN or infinity and no negative offset or lag; a simulation
//! completes or stops at its bound of events.

#![allow(clippy::disallowed_methods, reason = "tests read fixture files; the library itself does no I/O")]

use std::path::{Path, PathBuf};
use std::sync::LazyLock;

use lagscope_core::assign::{AssignError, AssignOutcome, assign_json, parse_partition};
use lagscope_core::burrow::{EvaluateRequest, EvaluateResponse, Status, evaluate};
use lagscope_core::l10n::{Arg, Lang, Localizer, Message, english};
use lagscope_core::sim::output::Outcome;
use lagscope_core::sim::presets::PRESETS;
use lagscope_core::sim::{Action, RecordTime, Scenario, ScenarioError, export, simulate};
use proptest::prelude::*;
use proptest::sample::Index;
use serde_json::{Value, json};

// ----- the inputs: real presets and fixtures, as JSON trees -----

fn repository() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn json_files(folder: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut folders = vec![folder.to_path_buf()];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).expect("fixture folder") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                folders.push(path);
            } else if path.extension().is_some_and(|extension| extension == "json") {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

fn read_json(path: &Path) -> Value {
    serde_json::from_str(&std::fs::read_to_string(path).expect("readable")).expect("fixture is JSON")
}

/// Scenarios that set what no preset sets: other groups, initial offsets, a subscription, bursts,
/// a hot key, batches, every consumer field, every operation.
const HANDMADE_SCENARIOS: &[&str] = &[
    r#"{"name": "every-field", "description": "d", "group": "g1", "start": "2026-01-01T00:00:00Z",
        "duration_s": 240, "sample_every_s": 20,
        "topics": [{"name": "a", "partitions": 4, "initial_log_end_offset": 5000, "initial_lag": 300},
                   {"name": "b", "partitions": 2}],
        "produce": [{"topics": ["a"], "records_per_s": 40, "from_s": 5, "until_s": 200,
                     "burst": {"every_s": 30, "for_s": 10}, "hot_key": {"partition": 1, "share": 0.5}},
                    {"topics": ["b"], "records": 2000, "from_s": 60, "over_s": 30}],
        "hosts": [{"name": "A", "address": "/10.0.0.1", "concurrency": 2, "slowdown": 1.5,
                   "max_records_per_s": 50, "cap_jitter": 0.2},
                  {"name": "B", "running": false}],
        "consumer": {"concurrency": 1, "client_id_prefix": "c", "max_poll_records": 100,
                     "max_poll_interval_ms": 60000, "session_timeout_ms": 10000,
                     "heartbeat_interval_ms": 1000, "group_consumer_heartbeat_interval_ms": 2000,
                     "enable_auto_commit": false, "commit": "async_per_batch", "commit_latency_ms": 2,
                     "auto_commit_interval_ms": 1000, "auto_offset_reset": "earliest",
                     "assignor": "roundrobin", "protocol": "eager", "static_membership": true,
                     "record_ms": {"kind": "exponential", "mean_ms": 3},
                     "external_call": {"share": 0.01, "hang_ms": {"kind": "fixed", "ms": 20000}, "timeout_ms": 5000},
                     "max_partition_fetch_bytes": 65536, "record_bytes": 512, "idle_poll_ms": 50,
                     "rebalance_overhead_ms": 50, "assignment_us_per_partition": 10,
                     "initial_rebalance_delay_ms": 1000, "metadata_max_age_ms": 60000, "shutdown_timeout_ms": 5000},
        "operations": [{"at_s": 10, "start": {"target": "B", "startup_s": 5}},
                       {"at_s": 30, "stall": {"target": "A:1", "for_s": 20}},
                       {"at_s": 40, "slowdown": {"target": "A", "factor": 3, "for_s": 30}},
                       {"at_s": 60, "add_partitions": {"topic": "b", "partitions": 3}},
                       {"at_s": 80, "scale_out": {"instances": 1, "startup_s": 2}},
                       {"at_s": 100, "scale_in": {"instances": 1}},
                       {"at_s": 120, "stop": {"target": "B"}},
                       {"at_s": 130, "crash": {"target": "A:2"}},
                       {"at_s": 150, "restart": {"target": "A", "startup_s": 3}},
                       {"at_s": 170, "rolling_deploy": {"startup_s": 4, "gap_s": 2}},
                       {"at_s": 200, "blue_green_deploy": {"startup_s": 5, "switch_after_s": 10, "consumers_at_switch": true}}],
        "initial": [{"topic": "a", "partition": 0, "log_end_offset": 9000, "committed": 8000},
                    {"topic": "a", "partition": 1, "log_end_offset": 100}],
        "subscribe": ["a", "b"],
        "other_groups": [{"group": "g2", "subscribe": ["a"], "hosts": [{"name": "C", "concurrency": 2}],
                          "consumer": {"assignor": "cooperative-sticky", "commit": "sync_per_record",
                                       "enable_auto_commit": false,
                                       "record_ms": {"kind": "uniform", "min_ms": 1, "max_ms": 4}},
                          "operations": [{"at_s": 50, "restart": {"target": "all"}}],
                          "initial": [{"topic": "a", "partition": 2, "log_end_offset": 7000, "committed": 6500}]},
                         {"group": "g3", "hosts": [{"name": "D"}],
                          "consumer": {"assignor": "uniform",
                                       "record_ms": {"kind": "lognormal", "median_ms": 2, "p99_ms": 9}},
                          "operations": [{"at_s": 70, "scale_out": {"instances": 2}}]}]}"#,
    r#"{"duration_s": 120, "sample_every_s": 10, "topics": [{"name": "t", "partitions": 3, "initial_lag": 50}],
        "produce": [{"records_per_s": 20}], "hosts": [{"name": "A", "concurrency": 2}, {"name": "B"}],
        "consumer": {"assignor": "server-range", "protocol": "consumer", "enable_auto_commit": false,
                     "commit": "sync_per_batch"},
        "operations": [{"at_s": 30, "crash": {"target": "B"}}, {"at_s": 60, "start": {"target": "B"}}]}"#,
];

fn scenarios() -> &'static [Value] {
    static SCENARIOS: LazyLock<Vec<Value>> = LazyLock::new(|| {
        let mut all: Vec<Value> =
            PRESETS.iter().map(|preset| serde_json::from_str(preset.json).expect("preset is JSON")).collect();
        all.extend(
            json_files(&repository().join("crates/lagscope-core/src/learn/scenarios"))
                .iter()
                .map(|path| read_json(path)),
        );
        all.extend(HANDMADE_SCENARIOS.iter().map(|text| serde_json::from_str(text).expect("JSON")));
        all
    });
    &SCENARIOS
}

/// `"owned_partitions": "previous"` in a fixture step: what the member got in the step before.
fn substitute_previous(input: &mut Value, previous: Option<&AssignOutcome>) {
    let Some(members) = input.get_mut("members").and_then(Value::as_array_mut) else { return };
    for member in members {
        if member.get("owned_partitions").and_then(Value::as_str) == Some("previous") {
            let id = member["member_id"].as_str().unwrap_or_default().to_owned();
            let owned = previous.and_then(|outcome| outcome.assignment.get(&id)).unwrap_or(&[]);
            member["owned_partitions"] = json!(owned);
        }
    }
}

/// Every step's request of Kafka's assignor tests, ported as data (`tests/fixtures/assign`).
fn assign_requests() -> &'static [Value] {
    static REQUESTS: LazyLock<Vec<Value>> = LazyLock::new(|| {
        let mut requests = Vec::new();
        for path in json_files(&repository().join("tests/fixtures/assign")) {
            let fixture = read_json(&path);
            let mut previous: Option<AssignOutcome> = None;
            for step in fixture["steps"].as_array().expect("steps") {
                let mut input = step["input"].clone();
                substitute_previous(&mut input, previous.as_ref());
                previous = assign_json(&input.to_string()).ok();
                requests.push(input);
            }
        }
        requests
    });
    &REQUESTS
}

/// Burrow's own rule table (`tests/fixtures/burrow/check-rules.json`) as `evaluate` requests: one
/// per case, and every case at once in a group with a ring of empty and back-filled slots, next to
/// an unknown group and an empty one.
fn burrow_requests() -> &'static [Value] {
    static REQUESTS: LazyLock<Vec<Value>> = LazyLock::new(|| {
        let table = read_json(&repository().join("tests/fixtures/burrow/check-rules.json"));
        let cases = table["cases"].as_array().expect("cases");
        let window = |case: &Value| -> Vec<Value> {
            case["offsets"]
                .as_array()
                .expect("offsets")
                .iter()
                .map(|entry| {
                    json!({"offset": entry["offset"], "timestamp_ms": entry["timestamp_ms"], "lag": entry["lag"]})
                })
                .collect()
        };
        let partition = |index: usize, case: &Value, slots: Vec<Value>| {
            json!({"topic": "t", "partition": index, "window": slots, "broker_offsets": case["broker_offsets"],
                   "current_lag": case["current_lag"], "owner": "/10.0.0.1", "client_id": "c"})
        };
        let mut requests: Vec<Value> = cases
            .iter()
            .enumerate()
            .map(|(index, case)| {
                json!({"now_ms": case["time_now_s"].as_i64().expect("seconds") * 1000 + 999,
                       "config": {"allowed_lag": case["allowed_lag"], "minimum_complete": 0.0, "intervals": 10},
                       "groups": [{"group": "g", "partitions": [partition(index, case, window(case))]}]})
            })
            .collect();
        let mut everything = Vec::new();
        for (index, case) in cases.iter().enumerate() {
            let mut slots = vec![Value::Null, Value::Null];
            slots.extend(window(case));
            if index % 3 == 0 {
                slots.insert(3, Value::Null);
            }
            if let Some(Value::Object(last)) = slots.last_mut() {
                last.insert("lag".to_owned(), Value::Null);
            }
            everything.push(partition(index, case, slots));
        }
        requests.push(json!({"now_ms": 1_000_000, "config": {"allowed_lag": 5, "minimum_complete": 0.5},
            "groups": [{"group": "all", "partitions": everything}, {"group": "unknown", "partitions": null},
                       {"group": "empty", "partitions": []}, {"group": "absent"}]}));
        requests
    });
    &REQUESTS
}

// ----- the damage -----

/// Numbers at the edges of what JSON, `f64`, `i64` and `u64` hold, and at the bounds the core
/// validates (`i32::MAX + 1`, the simulator's largest offset 10^15).
fn extreme(index: usize) -> Value {
    match index % 13 {
        0 => json!(i64::MAX),
        1 => json!(i64::MIN),
        2 => json!(-1),
        3 => json!(0),
        4 => json!(1e300),
        5 => json!(-1e300),
        6 => json!(1e-300),
        7 => json!(9_007_199_254_740_993_u64), // 2^53 + 1: no f64 holds it
        8 => json!(u64::MAX as f64),
        9 => json!(1),
        10 => json!(u64::MAX),
        11 => json!(i64::from(i32::MAX) + 1),
        _ => json!(1_000_000_000_000_000_i64),
    }
}

/// A number times 0, 1/1000, 1/2, 2, 10 or 1000, or plus or minus one; integers stay integers.
fn scaled(number: &Value, how: usize) -> Value {
    const FACTORS: [f64; 6] = [0.0, 0.001, 0.5, 2.0, 10.0, 1000.0];
    if let Some(integer) = number.as_i64() {
        return match how % 8 {
            6 => json!(integer.saturating_add(1)),
            7 => json!(integer.saturating_sub(1)),
            index => json!((integer as f64 * FACTORS[index]).round() as i64),
        };
    }
    let float = number.as_f64().unwrap_or(0.0);
    match how % 8 {
        6 => json!(float + 1.0),
        7 => json!(float - 1.0),
        index => json!(float * FACTORS[index]),
    }
}

#[derive(Debug, Clone)]
enum Replacement {
    Null,
    Bool(bool),
    Text(String),
    EmptyArray,
    EmptyObject,
    /// The value inside an array (`[value]`).
    Wrapped,
}

#[derive(Debug, Clone)]
enum Mutation {
    /// A number anywhere in the tree becomes an extreme.
    Extreme { at: Index, value: usize },
    /// A field of an object is dropped.
    Drop { at: Index },
    /// A value (not the whole document) becomes something of another type.
    Replace { at: Index, with: Replacement },
    /// An element of an array is repeated (the array kept under 200 elements).
    Duplicate { at: Index, element: Index, times: usize },
    /// A number is scaled or stepped, keeping its type: values near the ones that work, which
    /// validation more often accepts, so that the run itself meets them.
    Scale { at: Index, how: usize },
}

#[derive(Debug, Clone)]
enum Step {
    Key(String),
    At(usize),
}

/// Every node's path, the document first, in document order.
fn paths(value: &Value) -> Vec<Vec<Step>> {
    fn walk(value: &Value, path: &mut Vec<Step>, out: &mut Vec<Vec<Step>>) {
        out.push(path.clone());
        match value {
            Value::Array(items) => {
                for (index, item) in items.iter().enumerate() {
                    path.push(Step::At(index));
                    walk(item, path, out);
                    path.pop();
                }
            }
            Value::Object(fields) => {
                for (key, item) in fields {
                    path.push(Step::Key(key.clone()));
                    walk(item, path, out);
                    path.pop();
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(value, &mut Vec::new(), &mut out);
    out
}

fn node<'a>(value: &'a mut Value, path: &[Step]) -> Option<&'a mut Value> {
    path.iter().try_fold(value, |value, step| match step {
        Step::Key(key) => value.get_mut(key.as_str()),
        Step::At(index) => value.get_mut(*index),
    })
}

fn node_ref<'a>(value: &'a Value, path: &[Step]) -> Option<&'a Value> {
    path.iter().try_fold(value, |value, step| match step {
        Step::Key(key) => value.get(key.as_str()),
        Step::At(index) => value.get(*index),
    })
}

/// The paths of the nodes `keep` accepts; `None` when there is none.
fn pick(value: &Value, at: Index, keep: impl Fn(&[Step], &Value) -> bool) -> Option<Vec<Step>> {
    let mut candidates: Vec<Vec<Step>> = paths(value)
        .into_iter()
        .filter(|path| node_ref(value, path).is_some_and(|node| keep(path, node)))
        .collect();
    (!candidates.is_empty()).then(|| candidates.swap_remove(at.index(candidates.len())))
}

fn mutate(value: &mut Value, mutation: &Mutation) {
    match mutation {
        Mutation::Extreme { at, value: which } => {
            if let Some(path) = pick(value, *at, |_, node| node.is_number())
                && let Some(node) = node(value, &path)
            {
                *node = extreme(*which);
            }
        }
        Mutation::Drop { at } => {
            if let Some(mut path) = pick(value, *at, |path, _| matches!(path.last(), Some(Step::Key(_))))
                && let Some(Step::Key(key)) = path.pop()
                && let Some(Value::Object(fields)) = node(value, &path)
            {
                fields.remove(&key);
            }
        }
        Mutation::Replace { at, with } => {
            if let Some(path) = pick(value, *at, |path, _| !path.is_empty())
                && let Some(node) = node(value, &path)
            {
                *node = match with {
                    Replacement::Null => Value::Null,
                    Replacement::Bool(flag) => Value::Bool(*flag),
                    Replacement::Text(text) => Value::String(text.clone()),
                    Replacement::EmptyArray => json!([]),
                    Replacement::EmptyObject => json!({}),
                    Replacement::Wrapped => Value::Array(vec![node.take()]),
                };
            }
        }
        Mutation::Scale { at, how } => {
            if let Some(path) = pick(value, *at, |_, node| node.is_number())
                && let Some(node) = node(value, &path)
            {
                *node = scaled(node, *how);
            }
        }
        Mutation::Duplicate { at, element, times } => {
            if let Some(path) =
                pick(value, *at, |_, node| node.as_array().is_some_and(|items| !items.is_empty()))
                && let Some(Value::Array(items)) = node(value, &path)
            {
                let index = element.index(items.len());
                let copies = (*times).min(200_usize.saturating_sub(items.len()));
                let copy = items[index].clone();
                items.splice(index..index, std::iter::repeat_n(copy, copies));
            }
        }
    }
}

fn replacement() -> impl Strategy<Value = Replacement> {
    prop_oneof![
        Just(Replacement::Null),
        any::<bool>().prop_map(Replacement::Bool),
        prop_oneof![
            Just(String::new()),
            Just("all".to_owned()),
            Just("A:1".to_owned()),
            Just("t-0".to_owned()),
            Just("range".to_owned()),
            Just("uniform".to_owned()),
            Just("NaN".to_owned()),
            Just("1e999".to_owned()),
            "[a-z0-9:/-]{0,12}",
            "\\PC{0,8}",
        ]
        .prop_map(Replacement::Text),
        Just(Replacement::EmptyArray),
        Just(Replacement::EmptyObject),
        Just(Replacement::Wrapped),
    ]
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        3 => (any::<Index>(), 0_usize..13).prop_map(|(at, value)| Mutation::Extreme { at, value }),
        1 => any::<Index>().prop_map(|at| Mutation::Drop { at }),
        1 => (any::<Index>(), replacement()).prop_map(|(at, with)| Mutation::Replace { at, with }),
        2 => (any::<Index>(), 0_usize..8).prop_map(|(at, how)| Mutation::Scale { at, how }),
        1 => (any::<Index>(), any::<Index>(), 1_usize..64)
            .prop_map(|(at, element, times)| Mutation::Duplicate { at, element, times }),
    ]
}

/// A damaged input: which base, what is done to its tree, and where its text is cut (if it is).
#[derive(Debug, Clone)]
struct Damage {
    base: Index,
    mutations: Vec<Mutation>,
    cut: Option<Index>,
}

fn damage() -> impl Strategy<Value = Damage> {
    (
        any::<Index>(),
        proptest::collection::vec(mutation(), 1..5),
        proptest::option::weighted(0.15, any::<Index>()),
    )
        .prop_map(|(base, mutations, cut)| Damage { base, mutations, cut })
}

/// Numbers changed and nothing else: inputs that still parse, and often pass validation.
fn nudges() -> impl Strategy<Value = Damage> {
    let nudge = prop_oneof![
        2 => (any::<Index>(), 0_usize..8).prop_map(|(at, how)| Mutation::Scale { at, how }),
        1 => (any::<Index>(), 0_usize..13).prop_map(|(at, value)| Mutation::Extreme { at, value }),
    ];
    (any::<Index>(), proptest::collection::vec(nudge, 1..4)).prop_map(|(base, mutations)| Damage {
        base,
        mutations,
        cut: None,
    })
}

fn apply(bases: &[Value], damage: &Damage) -> String {
    let mut value = bases[damage.base.index(bases.len())].clone();
    for mutation in &damage.mutations {
        mutate(&mut value, mutation);
    }
    let mut text = value.to_string();
    if let Some(cut) = &damage.cut {
        let mut at = cut.index(text.len() + 1);
        while !text.is_char_boundary(at) {
            at -= 1;
        }
        text.truncate(at);
    }
    text
}

/// Text that looks like JSON: its punctuation, digits, letters, and now and then a stray character.
const JSON_SOUP: &str = "[{}\\[\\]:,\"0-9a-z_. eE+-]{0,160}|\\PC{0,80}";

// ----- what every answer keeps -----

fn finite_args(message: &Message) -> bool {
    message.args.iter().all(|(_, arg)| match arg {
        Arg::Amount(value)
        | Arg::Decimal(value, _)
        | Arg::Share(value)
        | Arg::Seconds(value)
        | Arg::PerSecond(value)
        | Arg::PerHour(value) => value.is_finite(),
        Arg::Message(inner) => finite_args(inner),
        _ => true,
    })
}

static KOREAN: LazyLock<Localizer> = LazyLock::new(|| Localizer::bundled(Lang::Ko));

/// A message renders in both languages, with every argument filled in and every number finite.
fn check_message(message: &Message, context: &str) -> Result<String, TestCaseError> {
    prop_assert!(!message.id.is_empty(), "a message without an id: {message:?}\n---\n{context}");
    prop_assert!(finite_args(message), "a NaN or an infinity in {message:?}\n---\n{context}");
    let said = english(message);
    for text in [&said, &KOREAN.render(message)] {
        prop_assert!(
            !text.trim().is_empty() && !text.contains("{$") && !text.contains("{ $"),
            "{text:?} from {message:?}\n---\n{context}"
        );
    }
    Ok(said)
}

// ----- the simulator -----

/// The simulated time a case runs at most: what happens later in the scenario is left out.
const HORIZON_S: f64 = 600.0;
/// Roughly the events a case may cost (a preset's 600 s are about 10^5); heavier runs are shortened.
const EVENT_BUDGET: f64 = 300_000.0;

fn mean_record_ms(time: RecordTime) -> f64 {
    match time {
        RecordTime::Fixed { ms } => ms,
        RecordTime::Uniform { min_ms, max_ms } => f64::midpoint(min_ms, max_ms),
        RecordTime::Exponential { mean_ms } => mean_ms,
        RecordTime::Lognormal { median_ms, .. } => median_ms,
    }
}

/// The same scenario over a stretch short enough to simulate in a debug build, or `None` when
/// even a short stretch is too heavy: more than a few hundred partitions or consumer threads, or
/// a backlog behind records that take no time (the engine then handles batch after batch at one
/// instant until it reaches its bound of 20,000,000 events: the promised refusal, about half a
/// minute of a debug build). The estimate of the events is rough and on the safe side.
fn affordable(scenario: &Scenario) -> Option<Scenario> {
    let mut partitions: f64 = scenario.topics.iter().map(|topic| f64::from(topic.partitions)).sum();
    let mut threads = 0.0;
    let mut periodic = 0.0; // events per second of simulated time
    let mut record_ms = f64::INFINITY;
    let mut fetch = f64::INFINITY;
    // Records waiting at the start, for every group, and the producers' batches.
    let mut backlog: f64 = scenario.produce.iter().filter_map(|producer| producer.records).sum();
    for index in 0..scenario.n_groups() {
        let group = scenario.group_view(index);
        let consumer = &group.consumer;
        let concurrency = f64::from(consumer.concurrency);
        let mut group_threads: f64 =
            group.hosts.iter().map(|host| f64::from(host.concurrency.unwrap_or(consumer.concurrency))).sum();
        let mut slowest_gain: f64 = 1.0;
        for operation in &group.operations {
            match &operation.action {
                Action::ScaleOut { instances, .. } => group_threads += f64::from(*instances) * concurrency,
                Action::BlueGreenDeploy { .. } | Action::RollingDeploy { .. } => group_threads *= 2.0,
                Action::AddPartitions { partitions: count, .. } => partitions += f64::from(*count),
                Action::Slowdown { factor, .. } => slowest_gain = slowest_gain.min(*factor),
                _ => {}
            }
        }
        let fastest_host = group.hosts.iter().map(|host| host.slowdown).fold(1.0, f64::min);
        record_ms = record_ms.min(mean_record_ms(consumer.record_ms) * fastest_host * slowest_gain);
        fetch = fetch.min(consumer.records_per_fetch() as f64).min(f64::from(consumer.max_poll_records));
        let per_thread: f64 = [
            consumer.idle_poll_ms,
            consumer.heartbeat_interval_ms,
            consumer.group_consumer_heartbeat_interval_ms,
            consumer.auto_commit_interval_ms,
            consumer.max_poll_interval_ms,
            consumer.session_timeout_ms,
            consumer.metadata_max_age_ms,
        ]
        .iter()
        .map(|ms| 1000.0 / (*ms).max(1) as f64)
        .sum();
        backlog += group
            .topics
            .iter()
            .map(|topic| f64::from(topic.partitions) * topic.initial_lag as f64)
            .sum::<f64>()
            + group.initial.iter().map(|row| row.log_end_offset as f64).sum::<f64>();
        periodic += group_threads * (20.0 + per_thread);
        threads += group_threads;
    }
    if partitions > 500.0 || threads > 200.0 {
        return None;
    }
    let rate: f64 = scenario.produce.iter().map(|producer| producer.records_per_s).sum();
    let batch_ms = record_ms * fetch;
    let mut run = scenario.clone();
    run.duration_s = run.duration_s.min(HORIZON_S);
    loop {
        let seconds = run.duration_s;
        // Batches: what the backlog and the producers fill, at most what the threads have time for
        // (arrivals are seen to the millisecond).
        let by_records = backlog / fetch + (rate * seconds).min(threads * seconds * 1000.0);
        let by_time = if batch_ms > 0.0 { threads * seconds * 1000.0 / batch_ms } else { f64::INFINITY };
        let samples = partitions * seconds / run.sample_every_s;
        let events = periodic * seconds + 8.0 * by_records.min(by_time) + samples;
        if events <= EVENT_BUDGET {
            return Some(run);
        }
        if seconds < 1.0 {
            return None;
        }
        run.duration_s = seconds / 4.0;
    }
}

fn too_many_events(error: &ScenarioError) -> bool {
    matches!(error.message.arg("expected"), Some(Arg::Message(inner)) if inner.id == "sim-error-too-many-events")
}

fn check_scenario_error(error: &ScenarioError, text: &str) -> Result<(), TestCaseError> {
    prop_assert!(!error.path.trim().is_empty(), "a refusal without a path: {error:?}\n---\n{text}");
    let said = check_message(&error.message, text)?;
    prop_assert!(said.contains(&error.path), "{said:?} does not name {:?}\n---\n{text}", error.path);
    Ok(())
}

/// Offsets, lags and times of one group's run.
fn check_group(outcome: &Outcome, text: &str) -> Result<(), TestCaseError> {
    let n_samples = outcome.sample_times_ms.len();
    let n_members = outcome.members.len();
    prop_assert!(n_samples >= 1, "no sample\n---\n{text}");
    prop_assert!(outcome.sample_times_ms.is_sorted(), "{:?}\n---\n{text}", outcome.sample_times_ms);
    prop_assert_eq!(outcome.samples.len(), n_samples, "one group state per sample\n---\n{}", text);
    let (first, last) = (outcome.sample_times_ms[0], outcome.sample_times_ms[n_samples - 1]);
    for series in &outcome.partitions {
        let name = format!("{}-{}", series.topic, series.partition);
        for column in [&series.log_end_offset, &series.committed, &series.lag] {
            prop_assert_eq!(column.len(), n_samples, "{}\n---\n{}", name, text);
            prop_assert!(column.iter().flatten().all(|value| *value >= 0), "{name}: {column:?}\n---\n{text}");
        }
        prop_assert_eq!(series.owner.len(), n_samples);
        prop_assert!(series.owner.iter().flatten().all(|owner| (*owner as usize) < n_members), "{name}");
        prop_assert!(series.unowned_ms >= 0, "{name}: unowned {} ms\n---\n{text}", series.unowned_ms);
        prop_assert!(
            series.fetched_by.iter().all(|(_, member)| member.is_none_or(|m| (m as usize) < n_members))
        );
    }
    for sample in &outcome.samples {
        prop_assert!(sample.members.iter().all(|member| (*member as usize) < n_members), "{sample:?}");
    }
    prop_assert!(outcome.events.is_sorted_by_key(|event| event.at_ms), "events out of order\n---\n{text}");
    for event in &outcome.events {
        prop_assert!(
            (first..=last).contains(&event.at_ms),
            "{event:?} outside {first}..={last}\n---\n{text}"
        );
        check_message(&event.detail, text)?;
    }
    let summary = &outcome.summary;
    for (name, value) in [
        ("produced", summary.produced),
        ("unowned_ms", summary.unowned_ms),
        ("first_total_lag", summary.first_total_lag),
        ("final_total_lag", summary.final_total_lag),
        ("max_total_lag", summary.max_total_lag),
    ] {
        prop_assert!(value >= 0, "summary.{name} = {value}\n---\n{text}");
    }
    prop_assert!(
        summary.max_total_lag >= summary.first_total_lag.max(summary.final_total_lag),
        "{summary:?}\n---\n{text}"
    );
    Ok(())
}

/// The scenario is read, or refused naming its field or line; when it is read and affordable, it
/// runs to the end or stops at its bound of events.
fn check_scenario(text: &str, seed: u64) -> Result<(), TestCaseError> {
    let scenario = match Scenario::from_json(text) {
        Ok(scenario) => scenario,
        Err(error) => return check_scenario_error(&error, text),
    };
    let Some(run) = affordable(&scenario) else { return Ok(()) };
    match simulate(&run, seed) {
        Ok(outcome) => {
            for group in outcome.groups() {
                check_group(group, text)?;
            }
            let _ = export::text_summary(&outcome, &KOREAN);
        }
        Err(error) => {
            check_scenario_error(&error, text)?;
            prop_assert!(
                too_many_events(&error),
                "a valid scenario refused by the run: {error}\n---\n{text}"
            );
        }
    }
    Ok(())
}

// ----- the assignors -----

fn check_assign(text: &str) -> Result<(), TestCaseError> {
    let outcome = match assign_json(text) {
        Ok(outcome) => outcome,
        Err(error) => {
            let message = error.message();
            prop_assert!(message.id.starts_with("assign-"), "{message:?}\n---\n{text}");
            if let AssignError::Kafka { exception, .. } = &error {
                prop_assert!(!exception.is_empty());
            }
            check_message(&message, text)?;
            return Ok(());
        }
    };
    // The request parsed: read it again to know its members and topics.
    let request: Value = serde_json::from_str(text).expect("the request parsed once");
    let members: Vec<&str> = request["members"]
        .as_array()
        .expect("members")
        .iter()
        .map(|member| member["member_id"].as_str().expect("member_id"))
        .collect();
    let count = |topic: &str| request["topics"][topic].as_i64();
    let mut owner = std::collections::BTreeMap::new();
    for (member, partitions) in &outcome.assignment.0 {
        prop_assert!(members.contains(&member.as_str()), "{member} is not in the request\n---\n{text}");
        for partition in partitions {
            let parsed = parse_partition(partition);
            prop_assert!(
                parsed.is_some_and(
                    |(topic, number)| count(topic).is_some_and(|count| i64::from(number) < count)
                ),
                "{member} got {partition}, which does not exist\n---\n{text}"
            );
            prop_assert!(
                owner.insert(partition, member).is_none(),
                "{partition} assigned twice\n---\n{text}"
            );
        }
    }
    for partition in &outcome.withheld {
        prop_assert!(parse_partition(partition).is_some(), "{partition}");
        prop_assert!(!owner.contains_key(partition), "{partition} withheld and assigned\n---\n{text}");
    }
    for (member, _) in outcome.revoked.0.iter().chain(&outcome.added.0) {
        prop_assert!(members.contains(&member.as_str()), "{member}\n---\n{text}");
    }
    Ok(())
}

// ----- Burrow's evaluator -----

fn check_evaluation(
    request: &EvaluateRequest,
    response: &EvaluateResponse,
    text: &str,
) -> Result<(), TestCaseError> {
    prop_assert_eq!(response.groups.len(), request.groups.len());
    for (asked, answered) in request.groups.iter().zip(&response.groups) {
        prop_assert_eq!(&asked.group, &answered.group);
        let group = &answered.status;
        prop_assert!(
            group.complete.is_finite() && (0.0..=1.0).contains(&group.complete),
            "group complete {}\n---\n{text}",
            group.complete
        );
        let Some(windows) = &asked.partitions else {
            prop_assert_eq!(group.status, Status::NotFound);
            continue;
        };
        prop_assert!(matches!(group.status, Status::Ok | Status::Warn | Status::Err), "{:?}", group.status);
        prop_assert_eq!(group.partitions.len(), windows.len());
        let total = windows.iter().fold(0_u64, |sum, window| sum.saturating_add(window.current_lag));
        prop_assert_eq!(group.total_lag, total);
        let greatest = windows.iter().map(|window| window.current_lag).max();
        prop_assert_eq!(group.max_lag.as_ref().map(|max| max.current_lag), greatest);
        for (window, partition) in windows.iter().zip(&group.partitions) {
            prop_assert!(
                partition.complete.is_finite() && (0.0..=1.0).contains(&partition.complete),
                "complete {}\n---\n{text}",
                partition.complete
            );
            prop_assert!(
                matches!(
                    partition.status,
                    Status::Ok | Status::Warn | Status::Stop | Status::Stall | Status::Rewind
                ),
                "{:?}",
                partition.status
            );
            prop_assert_eq!(partition.start.is_some(), window.window.iter().any(Option::is_some));
            prop_assert_eq!(partition.rule.detail.id.as_ref(), format!("burrow-{}", partition.rule.rule));
            check_message(&partition.rule.detail, text)?;
        }
    }
    Ok(())
}

/// The request is read or refused by serde (with its line and column); a read one is evaluated.
fn check_burrow(text: &str) -> Result<(), TestCaseError> {
    match serde_json::from_str::<EvaluateRequest>(text) {
        Ok(request) => check_evaluation(&request, &evaluate(&request), text),
        Err(error) => {
            let said = error.to_string();
            prop_assert!(error.line() >= 1 && said.contains(" line "), "{said}\n---\n{text}");
            Ok(())
        }
    }
}

// ----- the properties -----

/// Damage of every kind, or numbers changed and nothing else, half and half.
fn inputs() -> impl Strategy<Value = Damage> {
    prop_oneof![damage(), nudges()]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 384, failure_persistence: None, ..ProptestConfig::default() })]

    /// Presets, lessons and handmade scenarios, damaged: refused naming the field (or the line and
    /// column), or run to the end, or stopped at the bound of events.
    #[test]
    fn damaged_scenarios_are_refused_by_field_or_run(input in inputs(), seed in any::<u64>()) {
        check_scenario(&apply(scenarios(), &input), seed)?;
    }

    /// Kafka's assignor tests' requests, damaged: refused with an `assign-` id, or answered with
    /// partitions that exist, each given once, to members of the request.
    #[test]
    fn damaged_assign_requests_are_answered_or_refused_with_an_id(input in inputs()) {
        check_assign(&apply(assign_requests(), &input))?;
    }

    /// Burrow's rule table as requests, damaged: refused by serde, or evaluated with shares in
    /// 0–1 and every explanation finite and filled in. (It found `minimum_complete` read as an
    /// infinity: see `a_minimum_complete_beyond_f32_is_no_infinity`.)
    #[test]
    fn damaged_burrow_requests_are_evaluated_or_refused(input in inputs()) {
        check_burrow(&apply(burrow_requests(), &input))?;
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_text_is_no_scenario_but_no_panic(text in JSON_SOUP, seed in any::<u64>()) {
        check_scenario(&text, seed)?;
    }

    #[test]
    fn arbitrary_text_is_no_assign_request_but_no_panic(text in JSON_SOUP) {
        check_assign(&text)?;
    }

    #[test]
    fn arbitrary_text_is_no_burrow_request_but_no_panic(text in JSON_SOUP) {
        check_burrow(&text)?;
    }
}

/// The inputs as they are pass every check: the checks hold on what the core was built for.
#[test]
fn undamaged_inputs_pass_the_same_checks() {
    for (index, scenario) in scenarios().iter().enumerate() {
        let text = scenario.to_string();
        Scenario::from_json(&text).unwrap_or_else(|error| panic!("scenario {index}: {error}"));
        check_scenario(&text, 1).unwrap_or_else(|error| panic!("scenario {index}: {error}"));
    }
    for request in assign_requests() {
        check_assign(&request.to_string()).unwrap();
    }
    for request in burrow_requests() {
        let text = request.to_string();
        serde_json::from_str::<EvaluateRequest>(&text).unwrap();
        check_burrow(&text).unwrap();
    }
}

/// Scenarios at the bounds validation accepts (offsets of 10^15, a committed offset past the log
/// end, 10^13-record batches, 10^8 records/s, the slowest host, the longest stall, timeouts of
/// 1 ms), over runs from 10^-300 s to 600 s: refused by field, or run with the promises kept.
#[test]
fn scenarios_at_the_validation_bounds_keep_the_promises() {
    const CASES: &[&str] = &[
        r#""topics": [{"name": "t", "partitions": 2}], "produce": [{"records_per_s": 100}],
           "initial": [{"topic": "t", "partition": 0, "log_end_offset": 0, "committed": 1000000000000000}]"#,
        r#""topics": [{"name": "t", "partitions": 2}], "produce": [{"records_per_s": 100000000}],
           "initial": [{"topic": "t", "partition": 0, "log_end_offset": 1000000000000000, "committed": 0}]"#,
        r#""topics": [{"name": "t", "partitions": 2, "initial_log_end_offset": 1000000000000000,
                       "initial_lag": 1000000000000000}], "produce": [{"records_per_s": 100000000}]"#,
        r#""topics": [{"name": "t", "partitions": 2}], "consumer": {"auto_offset_reset": "earliest"},
           "initial": [{"topic": "t", "partition": 1, "log_end_offset": 1000000000000000}]"#,
        r#""topics": [{"name": "t", "partitions": 2}], "produce": [{"records": 10000000000000, "over_s": 0}]"#,
        r#""topics": [{"name": "t", "partitions": 2}], "produce": [{"records": 10000000000000, "over_s": 2678400}]"#,
        r#""topics": [{"name": "t", "partitions": 2}],
           "produce": [{"records_per_s": 100000000, "burst": {"every_s": 2678400, "for_s": 2678400}}]"#,
        r#""topics": [{"name": "t", "partitions": 2}], "produce": [{"records_per_s": 1}],
           "consumer": {"record_ms": {"kind": "lognormal", "median_ms": 1e-300, "p99_ms": 86400000}}"#,
        r#""topics": [{"name": "t", "partitions": 2}], "produce": [{"records_per_s": 1}],
           "consumer": {"record_ms": {"kind": "exponential", "mean_ms": 86400000}}"#,
        r#""topics": [{"name": "t", "partitions": 2}], "produce": [{"records_per_s": 100}],
           "hosts": [{"name": "A", "slowdown": 1000000000, "max_records_per_s": 0.001, "cap_jitter": 2}]"#,
        r#""topics": [{"name": "t", "partitions": 2}], "produce": [{"records_per_s": 100}],
           "consumer": {"max_poll_records": 1000000, "max_partition_fetch_bytes": 1073741824, "record_bytes": 1}"#,
        r#""topics": [{"name": "t", "partitions": 2}], "produce": [{"records_per_s": 100}],
           "consumer": {"external_call": {"share": 1, "hang_ms": {"kind": "fixed", "ms": 86400000},
                                          "timeout_ms": 86400000}}"#,
        r#""topics": [{"name": "t", "partitions": 2}], "produce": [{"records_per_s": 100}],
           "operations": [{"at_s": 1, "slowdown": {"target": "all", "factor": 1e-300}},
                          {"at_s": 2, "stall": {"target": "A", "for_s": 2678400}}]"#,
        r#""topics": [{"name": "t", "partitions": 2}], "produce": [{"records_per_s": 100}],
           "consumer": {"max_poll_interval_ms": 1, "session_timeout_ms": 1, "heartbeat_interval_ms": 3600000,
                        "rebalance_overhead_ms": 600000, "initial_rebalance_delay_ms": 600000}"#,
        r#""topics": [{"name": "t", "partitions": 2}], "produce": [{"records_per_s": 100}],
           "consumer": {"assignor": "uniform", "max_poll_interval_ms": 1, "session_timeout_ms": 1,
                        "group_consumer_heartbeat_interval_ms": 3600000, "assignment_us_per_partition": 1000000}"#,
    ];
    for fields in CASES {
        for duration in ["1e-300", "0.001", "60", "600"] {
            let hosts = if fields.contains("\"hosts\"") { "" } else { r#", "hosts": [{"name": "A"}]"# };
            let text =
                format!(r#"{{"duration_s": {duration}, "sample_every_s": {duration}, {fields}{hosts}}}"#);
            check_scenario(&text, 7).unwrap_or_else(|error| panic!("{error}"));
        }
    }
}

/// Property-test finding (failed before): the total lag of a run was summed in plain `i64`
/// (`sim/sampling.rs`, `Engine::finish`), and 9,224 partitions at the largest offset the scenario
/// accepts (10^15 each) hold more than `i64::MAX`: a debug build panicked ("attempt to add with
/// overflow"), a release build wrapped to a negative total. Sums of lags saturate now.
#[test]
fn lag_summed_over_partitions_at_the_largest_offset_does_not_overflow() {
    let text = r#"{"duration_s": 1, "sample_every_s": 1, "hosts": [{"name": "A", "concurrency": 100}],
        "topics": [{"name": "t", "partitions": 9224, "initial_lag": 1000000000000000}]}"#;
    let scenario = Scenario::from_json(text).expect("a valid scenario");
    let outcome = simulate(&scenario, 1).expect("it runs");
    check_group(&outcome, text).unwrap_or_else(|error| panic!("{error}"));
}

/// Property-test finding (failed before): `minimum_complete` is an `f32`, and serde read 1e300
/// (anything past 3.4e38) as +inf; every window was then "incomplete", and the explanation's
/// argument an infinity (`null` in the JSON, `?` in the text). A value outside 0–1 is refused now.
#[test]
fn a_minimum_complete_beyond_f32_is_no_infinity() {
    let text = r#"{"now_ms": 0, "config": {"minimum_complete": 1e300}, "groups": [{"group": "g",
        "partitions": [{"topic": "t", "partition": 0, "window": [{"offset": 1, "timestamp_ms": 0, "lag": 1}],
                        "current_lag": 1}]}]}"#;
    check_burrow(text).unwrap_or_else(|error| panic!("{error}"));
}
