//! Properties every assignor keeps on any group (proptest): every subscribed partition is
//! assigned exactly once, and only to a subscriber; the sticky and uniform assignors balance;
//! sticky members keep what they owned up to their quota; the same input gives the same answer.

use std::collections::{BTreeMap, BTreeSet};

use lagscope_core::assign::{
    AssignOutcome, AssignRequest, AssignorKind, MemberSpec, assign, parse_partition,
};
use proptest::prelude::*;

fn group(assignor: AssignorKind, identical: bool) -> impl Strategy<Value = AssignRequest> {
    (1_usize..5, 1_usize..9, proptest::collection::vec(1_i32..12, 4), any::<u64>(), proptest::bool::ANY)
        .prop_map(move |(n_topics, n_members, counts, seed, statics)| {
            let topics: BTreeMap<String, i32> = (0..n_topics).map(|t| (format!("t{t}"), counts[t])).collect();
            let names: Vec<String> = topics.keys().cloned().collect();
            let members = (0..n_members)
                .map(|m| {
                    let subscriptions = if identical {
                        names.clone()
                    } else {
                        let mut chosen: Vec<String> = names
                            .iter()
                            .enumerate()
                            .filter(|(t, _)| (seed >> ((m * 5 + t) % 64)) & 1 == 1)
                            .map(|(_, n)| n.clone())
                            .collect();
                        if chosen.is_empty() {
                            chosen.push(names[m % names.len()].clone());
                        }
                        chosen
                    };
                    MemberSpec {
                        member_id: format!("member-{}-{m}", (seed >> (m % 60)) % 7),
                        group_instance_id: (statics && m % 2 == 0).then(|| format!("instance-{m}")),
                        subscriptions,
                        ..MemberSpec::default()
                    }
                })
                .collect();
            AssignRequest::new(assignor, topics, members)
        })
}

fn check_valid(request: &AssignRequest, outcome: &AssignOutcome) -> Result<(), TestCaseError> {
    let mut owner: BTreeMap<&str, &str> = BTreeMap::new();
    for (member, partitions) in &outcome.assignment.0 {
        let spec = request.members.iter().find(|m| &m.member_id == member).expect("member");
        for partition in partitions {
            let (topic, _) = parse_partition(partition).expect("name");
            prop_assert!(
                spec.subscriptions.iter().any(|s| s == topic),
                "{member} got {partition} unsubscribed"
            );
            prop_assert!(owner.insert(partition, member).is_none(), "{partition} assigned twice");
        }
    }
    let subscribed: BTreeSet<&str> =
        request.members.iter().flat_map(|m| m.subscriptions.iter().map(String::as_str)).collect();
    for (topic, &count) in &request.topics {
        for p in 0..count {
            let name = format!("{topic}-{p}");
            if subscribed.contains(topic.as_str()) {
                prop_assert!(
                    owner.contains_key(name.as_str()) || outcome.withheld.contains(&name),
                    "{name} is neither assigned nor withheld"
                );
            }
        }
    }
    Ok(())
}

fn sizes(outcome: &AssignOutcome) -> Vec<usize> {
    outcome.assignment.0.iter().map(|(_, p)| p.len()).collect()
}

/// A second generation: the first answer becomes what members own; one member leaves, one joins.
fn next_generation(request: &AssignRequest, outcome: &AssignOutcome) -> AssignRequest {
    let mut next = request.clone();
    for member in &mut next.members {
        member.owned_partitions = outcome.assignment.get(&member.member_id).unwrap_or(&[]).to_vec();
        member.generation = Some(1);
    }
    if next.members.len() > 1 {
        next.members.remove(0);
    }
    let subscriptions = next.members[0].subscriptions.clone();
    next.members.push(MemberSpec { member_id: "joiner".to_owned(), subscriptions, ..MemberSpec::default() });
    next
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn every_assignor_assigns_each_partition_once_to_a_subscriber(
        request in (prop::sample::select(AssignorKind::ALL.to_vec()), proptest::bool::ANY)
            .prop_flat_map(|(kind, identical)| group(kind, identical)),
    ) {
        let first = assign(&request).expect("assign");
        check_valid(&request, &first)?;
        prop_assert_eq!(&assign(&request).expect("again"), &first, "deterministic");
        let second_request = next_generation(&request, &first);
        let second = assign(&second_request).expect("second generation");
        check_valid(&second_request, &second)?;
    }

    #[test]
    fn sticky_assignors_balance_and_keep_owned_partitions_up_to_quota(
        cooperative in proptest::bool::ANY,
        request in group(AssignorKind::Sticky, true),
    ) {
        let mut request = request;
        request.assignor = if cooperative { AssignorKind::CooperativeSticky } else { AssignorKind::Sticky };
        let first = assign(&request).expect("assign");
        let (min, max) = (sizes(&first).into_iter().min().unwrap_or(0), sizes(&first).into_iter().max().unwrap_or(0));
        prop_assert!(max <= min + 1, "fresh identical subscriptions are fully balanced: {min}..{max}");
        let next = next_generation(&request, &first);
        let second = assign(&next).expect("second generation");
        let total: usize = request.topics.values().map(|&c| c as usize).sum();
        let min_quota = total / next.members.len();
        for member in &next.members {
            let kept = second.assignment.get(&member.member_id).unwrap_or(&[]).iter().filter(|p| member.owned_partitions.contains(p)).count();
            prop_assert!(
                kept >= member.owned_partitions.len().min(min_quota),
                "{} kept {kept} of {} owned (min quota {min_quota})", member.member_id, member.owned_partitions.len()
            );
        }
        if !cooperative {
            let (min, max) = (sizes(&second).into_iter().min().unwrap_or(0), sizes(&second).into_iter().max().unwrap_or(0));
            prop_assert!(max <= min + 1, "reassignment stays fully balanced: {min}..{max}");
        }
    }

    #[test]
    fn uniform_homogeneous_is_fully_balanced(request in group(AssignorKind::Uniform, true)) {
        let first = assign(&request).expect("assign");
        let (min, max) = (sizes(&first).into_iter().min().unwrap_or(0), sizes(&first).into_iter().max().unwrap_or(0));
        prop_assert!(max <= min + 1, "{min}..{max}");
        let next = next_generation(&request, &first);
        let second = assign(&next).expect("second");
        let (min, max) = (sizes(&second).into_iter().min().unwrap_or(0), sizes(&second).into_iter().max().unwrap_or(0));
        prop_assert!(max <= min + 1, "{min}..{max}");
    }
}

/// A request for more partitions than any group holds (two topics of 2^31 − 1) is refused with its
/// count, before anything is allocated for them (it asked for 17 GB before).
#[test]
fn a_request_beyond_any_cluster_is_refused_before_it_allocates() {
    let topics: BTreeMap<String, i32> = [("a".to_owned(), i32::MAX), ("b".to_owned(), i32::MAX)].into();
    let members = vec![MemberSpec {
        member_id: "m".to_owned(),
        subscriptions: vec!["a".to_owned(), "b".to_owned()],
        ..MemberSpec::default()
    }];
    let error = assign(&AssignRequest::new(AssignorKind::Range, topics, members)).unwrap_err();
    assert_eq!(
        lagscope_core::l10n::english(&error.message()),
        "4,294,967,294 partitions in all; at most 2,000,000 are supported"
    );
}
