//! Assign requests in the JSON contract (`assign::assign_json`).
//!
//! Input: bytes that must be UTF-8 (a request is JSON).
//!
//! Promises: no panic; an answer names every member of the request once, in order; no partition
//! goes to two members; every assigned partition exists (its topic in `topics`, its number below
//! the count) and its member subscribes to its topic (but see Kafka's sticky quirks below);
//! `added` is what a member gets and did not own, `revoked` what it owned and does not get;
//! withheld partitions go to no one.
#![no_main]

use std::collections::{BTreeMap, BTreeSet};

use lagscope_core::assign::{AssignRequest, AssignorKind, assign_json};
use libfuzzer_sys::fuzz_target;

fn split(partition: &str) -> (&str, i32) {
    let (topic, number) = partition.rsplit_once('-').unwrap_or_else(|| panic!("partition {partition:?}"));
    (topic, number.parse().unwrap_or_else(|_| panic!("partition {partition:?}")))
}

fuzz_target!(|bytes: &[u8]| {
    let Ok(text) = std::str::from_utf8(bytes) else { return };
    let Ok(outcome) = assign_json(text) else { return };
    let request: AssignRequest = serde_json::from_str(text).expect("assign_json accepted it");
    let members: Vec<&str> = outcome.assignment.0.iter().map(|(member, _)| member.as_str()).collect();
    let requested: Vec<&str> = request.members.iter().map(|member| member.member_id.as_str()).collect();
    assert_eq!(members, requested, "the answer's members are not the request's");
    // Two quirks of Kafka's sticky assignors, kept on purpose (lagscope computes what Kafka
    // computes), let a member get a partition of a topic it does not subscribe to:
    // - `allSubscriptionsEqual` starts from the first subscription that is not empty, so members
    //   with no subscription ahead of it count as subscribed to the same topics (the constrained
    //   builder gives them partitions); after it, they get nothing;
    // - `performReassignments` hands a partition back to its owner of an older generation
    //   (`prevAssignment`) without asking whether that member still subscribes to its topic.
    let sticky = matches!(request.assignor, AssignorKind::Sticky | AssignorKind::CooperativeSticky);
    let first_topics: Option<&Vec<String>> =
        request.members.iter().map(|member| &member.subscriptions).find(|topics| !topics.is_empty());
    let mut seen_subscription = false;
    let mut owner: BTreeMap<&str, &str> = BTreeMap::new();
    for ((member, partitions), spec) in outcome.assignment.0.iter().zip(&request.members) {
        let subscribed: &[String] = if sticky && !seen_subscription && spec.subscriptions.is_empty() {
            first_topics.map_or(&[], Vec::as_slice)
        } else {
            &spec.subscriptions
        };
        seen_subscription |= !spec.subscriptions.is_empty();
        for partition in partitions {
            if let Some(other) = owner.insert(partition, member) {
                panic!("{partition} assigned to both {other} and {member}");
            }
            let (topic, number) = split(partition);
            let count = request.topics.get(topic).unwrap_or_else(|| panic!("{partition}: no such topic"));
            assert!((0..*count).contains(&number), "{partition}: the topic has {count} partitions");
            let previously_owned = sticky && spec.owned_partitions.iter().any(|owned| owned == partition);
            assert!(
                subscribed.iter().any(|s| s == topic) || previously_owned,
                "{member} got {partition} without subscribing"
            );
        }
        let got: BTreeSet<&String> = partitions.iter().collect();
        let owned: BTreeSet<&String> = spec.owned_partitions.iter().collect();
        let added: BTreeSet<&String> = outcome.added.get(member).unwrap_or_default().iter().collect();
        let revoked: BTreeSet<&String> = outcome.revoked.get(member).unwrap_or_default().iter().collect();
        assert_eq!(added, got.difference(&owned).copied().collect(), "added of {member}");
        assert_eq!(revoked, owned.difference(&got).copied().collect(), "revoked of {member}");
    }
    for partition in &outcome.withheld {
        assert!(!owner.contains_key(partition.as_str()), "{partition} withheld and assigned");
    }
});
