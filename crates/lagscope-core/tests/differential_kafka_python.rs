//! Differential test against kafka-python 3.0.12's assignors, an independent implementation, on
//! thousands of seeded random groups (`tests/differential/`).
//!
//! kafka-python does not follow Kafka's Java everywhere (`tests/differential/README.md` lists
//! where); lagscope follows Kafka. So the comparison is exact where both implement the same
//! algorithm, and by Kafka's own properties where kafka-python diverges:
//!
//! - range: static members (if any) listed first, as kafka-python's grouping needs; exact sets.
//! - roundrobin: everyone subscribes to the same topics (kafka-python raises otherwise); exact lists.
//! - sticky / cooperative-sticky, a fresh group with identical subscriptions: exact sets.
//! - sticky / cooperative-sticky, owned partitions or differing subscriptions: lagscope's answer
//!   must be valid and balanced (and fully balanced, sticky, without same-round transfers where
//!   Kafka guarantees it); exact agreement is counted and reported, not required.
//!
//! `cargo xtask test` installs kafka-python in `target/kafka-python` and sets
//! `LAGSCOPE_KAFKA_PYTHON`; a plain `cargo test` without it skips with a note.
#![allow(clippy::disallowed_methods, reason = "tests run the Python harness; the library itself does no I/O")]
#![allow(clippy::print_stderr, reason = "the test reports its agreement counts")]

use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

use lagscope_core::assign::{
    AssignOutcome, AssignRequest, AssignorKind, MemberSpec, assign, parse_partition,
};
use serde_json::Value;

/// `SplitMix64`: a seeded generator, so every run tests the same groups.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn below_i32(&mut self, n: u32) -> i32 {
        (self.next() % u64::from(n)) as i32
    }

    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }
}

const CASES_PER_ASSIGNOR: usize = 750;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Shape {
    /// Same topics for everyone, no owned partitions.
    FreshEqual,
    /// Same topics, owned partitions from an earlier generation, some members gone or new.
    Reassigned,
    /// Differing subscriptions (sticky assignors), possibly with owned partitions.
    Differing,
}

fn random_request(random: &mut Random, assignor: AssignorKind, shape: Shape) -> AssignRequest {
    let n_topics = 1 + random.below(4);
    let topics: BTreeMap<String, i32> =
        (0..n_topics).map(|t| (format!("topic{t}"), 1 + random.below_i32(8))).collect();
    let names: Vec<String> = topics.keys().cloned().collect();
    let n_members = 1 + random.below(7);
    let n_static =
        if assignor == AssignorKind::Range && random.chance(30) { random.below(n_members + 1) } else { 0 };
    let mut members: Vec<MemberSpec> = (0..n_members)
        .map(|m| {
            let subscriptions = if shape == Shape::Differing {
                let mut chosen: Vec<String> = names.iter().filter(|_| random.chance(60)).cloned().collect();
                if chosen.is_empty() {
                    chosen.push(names[random.below(names.len())].clone());
                }
                chosen
            } else {
                names.clone()
            };
            MemberSpec {
                // Ids of mixed lengths: Java's hash buckets differ from sorted order.
                member_id: format!("consumer-{}{}", ["a", "bb", "c", "dd9", "e"][random.below(5)], m),
                group_instance_id: (m < n_static).then(|| format!("instance-{}", random.below(1000))),
                subscriptions,
                ..MemberSpec::default()
            }
        })
        .collect();
    // Distinct instance ids.
    for (index, member) in members.iter_mut().enumerate() {
        if let Some(instance) = &mut member.group_instance_id {
            *instance = format!("{instance}-{index}");
        }
    }
    let mut request = AssignRequest::new(assignor, topics, members);
    if shape != Shape::FreshEqual {
        // An earlier generation: our own assignment of a group that then loses and gains members.
        let earlier = assign(&request).expect("earlier generation");
        let generation = 1 + random.below_i32(4);
        let mut next: Vec<MemberSpec> = Vec::new();
        for member in &request.members {
            if random.chance(20) && request.members.len() > 1 {
                continue;
            }
            let mut member = member.clone();
            member.owned_partitions = earlier.assignment.get(&member.member_id).unwrap_or(&[]).to_vec();
            member.generation = Some(generation);
            next.push(member);
        }
        for extra in 0..random.below(3) {
            let subscriptions = request.members[0].subscriptions.clone();
            next.push(MemberSpec {
                member_id: format!("consumer-new{extra}"),
                subscriptions,
                ..MemberSpec::default()
            });
        }
        if next.is_empty() {
            next.push(request.members[0].clone());
        }
        request.members = next;
    }
    request
}

fn run_harness(python: &str, requests: &[AssignRequest]) -> Vec<Value> {
    let harness =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/differential/kafka_python_assign.py");
    let mut child = Command::new(python)
        .arg(&harness)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("start the kafka-python harness");
    let input = serde_json::to_vec(requests).expect("requests serialise");
    child.stdin.take().expect("stdin").write_all(&input).expect("write requests");
    let output = child.wait_with_output().expect("harness output");
    assert!(output.status.success(), "the kafka-python harness failed");
    serde_json::from_slice::<Vec<Value>>(&output.stdout).expect("harness prints a JSON array")
}

fn sets(outcome: &AssignOutcome) -> BTreeMap<String, BTreeSet<String>> {
    outcome.assignment.0.iter().map(|(m, ps)| (m.clone(), ps.iter().cloned().collect())).collect()
}

fn python_sets(result: &Value) -> BTreeMap<String, BTreeSet<String>> {
    result["assignment"]
        .as_object()
        .expect("assignment")
        .iter()
        .map(|(m, ps)| {
            (
                m.clone(),
                ps.as_array().expect("list").iter().map(|p| p.as_str().expect("name").to_owned()).collect(),
            )
        })
        .collect()
}

/// Kafka's validity and balance (`verifyValidityAndBalance`), plus full balance and stickiness
/// where the subscriptions are identical.
fn kafka_properties(request: &AssignRequest, outcome: &AssignOutcome, identical: bool) -> Result<(), String> {
    let subscribed: BTreeMap<&str, BTreeSet<&str>> = request
        .members
        .iter()
        .map(|m| (m.member_id.as_str(), m.subscriptions.iter().map(String::as_str).collect()))
        .collect();
    let withheld: BTreeSet<&str> = outcome.withheld.iter().map(String::as_str).collect();
    let mut owner: BTreeMap<&str, &str> = BTreeMap::new();
    for (member, partitions) in &outcome.assignment.0 {
        for partition in partitions {
            let (topic, _) = parse_partition(partition).ok_or("bad partition name")?;
            if !subscribed[member.as_str()].contains(topic) {
                return Err(format!("{member} got {partition} without subscribing"));
            }
            if owner.insert(partition, member).is_some() {
                return Err(format!("{partition} assigned twice"));
            }
        }
    }
    let all: BTreeSet<&str> = subscribed.values().flatten().copied().collect();
    for (topic, &count) in &request.topics {
        for partition in 0..count {
            let name = format!("{topic}-{partition}");
            if all.contains(topic.as_str())
                && !owner.contains_key(name.as_str())
                && !withheld.contains(name.as_str())
            {
                return Err(format!("{name} unassigned"));
            }
        }
    }
    if matches!(request.assignor, AssignorKind::Range | AssignorKind::RoundRobin) || !withheld.is_empty() {
        // Range and roundrobin promise no balance across topics; a cooperative round that
        // withholds partitions is balanced only after its follow-up round.
        return Ok(());
    }
    let sizes: Vec<(&str, usize)> = outcome.assignment.0.iter().map(|(m, p)| (m.as_str(), p.len())).collect();
    for &(a, size_a) in &sizes {
        for &(b, size_b) in &sizes {
            if size_a > size_b + 1 {
                let partitions = outcome.assignment.get(a).unwrap_or(&[]);
                if partitions
                    .iter()
                    .any(|p| parse_partition(p).is_some_and(|(t, _)| subscribed[b].contains(t)))
                {
                    return Err(format!("unbalanced: {a} has {size_a}, {b} has {size_b}"));
                }
            }
        }
    }
    if identical {
        let (min, max) = (sizes.iter().map(|s| s.1).min(), sizes.iter().map(|s| s.1).max());
        if let (Some(min), Some(max)) = (min, max)
            && max > min + 1
        {
            return Err(format!("not fully balanced: {min}..{max}"));
        }
    }
    if request.assignor == AssignorKind::CooperativeSticky {
        let mut previous: BTreeMap<&str, &str> = BTreeMap::new();
        for member in &request.members {
            for partition in &member.owned_partitions {
                previous.insert(partition, &member.member_id);
            }
        }
        for (member, partitions) in &outcome.added.0 {
            for partition in partitions {
                if previous.get(partition.as_str()).is_some_and(|other| other != member) {
                    return Err(format!("{partition} transferred within one round"));
                }
            }
        }
    }
    Ok(())
}

/// Roundrobin lists, in order: kafka-python sorts each list by (topic, partition), and Java's is
/// already in that order.
fn same_lists(ours: &AssignOutcome, result: &Value) -> bool {
    ours.assignment.0.iter().all(|(member, partitions)| {
        let theirs: Vec<&str> = result["assignment"][member]
            .as_array()
            .map(|a| a.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        let mut mine: Vec<&str> = partitions.iter().map(String::as_str).collect();
        mine.sort_by_key(|p| parse_partition(p).map(|(t, n)| (t.to_owned(), n)));
        mine == theirs
    })
}

/// The rebalance a cooperative member triggers after revoking: everyone reports what it now owns,
/// one generation later.
fn follow_up(request: &AssignRequest, outcome: &AssignOutcome) -> AssignRequest {
    let generation = request.members.iter().filter_map(|m| m.generation).max().unwrap_or(0) + 1;
    let mut next = request.clone();
    for member in &mut next.members {
        member.owned_partitions = outcome.assignment.get(&member.member_id).unwrap_or(&[]).to_vec();
        member.generation = Some(generation);
    }
    next
}

/// Cooperative: the members that lost partitions rejoin; the follow-up round hands out what was
/// withheld and must leave nothing withheld, valid and balanced.
fn check_follow_up(
    request: &AssignRequest,
    ours: &AssignOutcome,
    identical: bool,
    failures: &mut Vec<String>,
) {
    let name = request.assignor.name();
    let follow_up = follow_up(request, ours);
    match assign(&follow_up) {
        Ok(second) if second.withheld.is_empty() => {
            if let Err(problem) = kafka_properties(&follow_up, &second, identical) {
                failures.push(format!(
                    "{name} follow-up: {problem}: {}",
                    serde_json::to_string(&follow_up).unwrap_or_default()
                ));
            }
        }
        Ok(second) => failures.push(format!("{name} follow-up still withholds {:?}", second.withheld)),
        Err(error) => failures.push(format!("{name} follow-up failed: {error}")),
    }
}

#[test]
fn assignors_agree_with_kafka_python_where_it_follows_kafka() {
    let Ok(python) = std::env::var("LAGSCOPE_KAFKA_PYTHON") else {
        eprintln!(
            "skipped: set LAGSCOPE_KAFKA_PYTHON to a Python with kafka-python==3.0.12 (cargo xtask test does)"
        );
        return;
    };
    let mut random = Random(0x6C61_6773_636F_7065);
    let mut cases: Vec<(AssignRequest, Shape)> = Vec::new();
    for assignor in
        [AssignorKind::Range, AssignorKind::RoundRobin, AssignorKind::Sticky, AssignorKind::CooperativeSticky]
    {
        for case in 0..CASES_PER_ASSIGNOR {
            let shape = match (assignor, case % 3) {
                (AssignorKind::Range | AssignorKind::RoundRobin, _) | (_, 0) => Shape::FreshEqual,
                (_, 1) => Shape::Reassigned,
                _ => Shape::Differing,
            };
            let shape = if matches!(assignor, AssignorKind::Range) && case % 2 == 1 {
                Shape::Differing
            } else {
                shape
            };
            cases.push((random_request(&mut random, assignor, shape), shape));
        }
    }
    let requests: Vec<AssignRequest> = cases.iter().map(|(request, _)| request.clone()).collect();
    let results = run_harness(&python, &requests);
    assert_eq!(results.len(), requests.len());

    let mut failures: Vec<String> = Vec::new();
    let mut exact: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    for ((request, shape), result) in cases.iter().zip(&results) {
        let ours = assign(request).map_err(|e| e.to_string());
        let name = request.assignor.name();
        let tally = exact.entry(name).or_default();
        tally.1 += 1;
        if result.get("assignment").is_none() {
            failures.push(format!(
                "{name}: kafka-python answered {result} for {}",
                serde_json::to_string(request).unwrap_or_default()
            ));
            continue;
        }
        let ours = match ours {
            Ok(outcome) => outcome,
            Err(error) => {
                failures.push(format!("{name}: lagscope failed ({error}) where kafka-python answered"));
                continue;
            }
        };
        let same_sets = sets(&ours) == python_sets(result);
        if same_sets {
            tally.0 += 1;
        }
        let must_match = match request.assignor {
            AssignorKind::Range => true,
            AssignorKind::RoundRobin => {
                if !same_lists(&ours, result) {
                    failures.push(format!(
                        "roundrobin lists differ: {}",
                        serde_json::to_string(request).unwrap_or_default()
                    ));
                }
                true
            }
            _ => *shape == Shape::FreshEqual,
        };
        if must_match && !same_sets {
            failures.push(format!(
                "{name} differs from kafka-python:\n    input {}\n    lagscope {:?}\n    kafka-python {}",
                serde_json::to_string(request).unwrap_or_default(),
                sets(&ours),
                result["assignment"]
            ));
        }
        if let Err(problem) = kafka_properties(request, &ours, *shape != Shape::Differing) {
            failures
                .push(format!("{name}: {problem}: {}", serde_json::to_string(request).unwrap_or_default()));
        }
        if !ours.withheld.is_empty() {
            check_follow_up(request, &ours, *shape != Shape::Differing, &mut failures);
        }
    }
    for (name, (same, total)) in &exact {
        eprintln!("kafka-python differential: {name}: {same} of {total} identical as sets");
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases fail:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}
