//! Times the assignors on the sizes Kafka's own tests and benchmarks use (run by
//! `cargo xtask bench`, in release mode). Prints one line per case: its name, then the best
//! time in ms of the algorithm alone, of the whole call (request to named partitions) and of the
//! contract's outcome (names as strings, with the revoked and added lists).
//!
//! - 500 topics × 2,000 partitions (1,000,000) and 2,000 members all subscribed to every topic
//!   (Kafka's `testLargeAssignmentAndGroupWithUniformSubscription`): a fresh assignment, then a
//!   reassignment where members 1..N-1 report that assignment as owned (member 0 has left).
//! - The same with the last member subscribed to a single topic
//!   (`testLargeAssignmentAndGroupWithNonEqualSubscription`: the general builder).
//! - 100 topics × 100 partitions (10,000) and 100 members, to compare with kafka-python.
#![allow(clippy::print_stdout, reason = "a benchmark prints its timings")]
#![allow(clippy::disallowed_methods, reason = "a benchmark reads the clock; the library itself never does")]

use std::collections::BTreeMap;
use std::time::Instant;

use lagscope_core::assign::{AssignRequest, AssignorKind, MemberSpec, Problem, assign, solve};

fn group(
    assignor: AssignorKind,
    n_topics: usize,
    n_partitions: i32,
    n_members: usize,
    non_equal: bool,
) -> AssignRequest {
    let topics: BTreeMap<String, i32> = (0..n_topics).map(|t| (format!("topic{t}"), n_partitions)).collect();
    let all: Vec<String> = topics.keys().cloned().collect();
    let members = (0..n_members)
        .map(|m| MemberSpec {
            member_id: format!("consumer{m}"),
            subscriptions: if non_equal && m == n_members - 1 { vec![all[0].clone()] } else { all.clone() },
            ..MemberSpec::default()
        })
        .collect();
    AssignRequest::new(assignor, topics, members)
}

/// Members 1..N-1 own what the fresh assignment gave them (generation 1); member 0 has left.
fn after_one_leaves(request: &AssignRequest) -> AssignRequest {
    let fresh = assign(request).expect("fresh assignment");
    let mut next = request.clone();
    next.members.remove(0);
    for member in &mut next.members {
        member.owned_partitions = fresh.assignment.get(&member.member_id).unwrap_or(&[]).to_vec();
        member.generation = Some(1);
    }
    next
}

/// Best of `runs`, in ms: the algorithm alone; the whole call, from the request to each member's
/// partitions named (topic borrowed + number, as `Problem::named` gives them); and the contract's
/// outcome (`assign`: names written as strings, with the revoked and added lists).
fn best_ms(request: &AssignRequest, runs: usize) -> (f64, f64, f64) {
    let mut algorithm = f64::INFINITY;
    let mut whole_call = f64::INFINITY;
    let mut with_strings = f64::INFINITY;
    for _ in 0..runs {
        let problem = Problem::new(request).expect("valid request");
        let started = Instant::now();
        let solution = solve(&problem).expect("assignment");
        algorithm = algorithm.min(started.elapsed().as_secs_f64() * 1000.0);
        assert!(solution.n_assigned() > 0);
        drop(problem);
        let started = Instant::now();
        let problem = Problem::new(request).expect("valid request");
        let solution = solve(&problem).expect("assignment");
        let named = problem.named(&solution);
        whole_call = whole_call.min(started.elapsed().as_secs_f64() * 1000.0);
        assert_eq!(
            named.iter().map(|(_, partitions)| partitions.len()).sum::<usize>(),
            solution.n_assigned()
        );
        let started = Instant::now();
        let outcome = assign(request).expect("assignment");
        with_strings = with_strings.min(started.elapsed().as_secs_f64() * 1000.0);
        assert!(!outcome.assignment.0.is_empty());
    }
    (algorithm, whole_call, with_strings)
}

fn main() {
    let runs: usize = std::env::args().nth(1).and_then(|n| n.parse().ok()).unwrap_or(3);
    for (label, non_equal) in [("uniform", false), ("non-equal", true)] {
        for assignor in [AssignorKind::Sticky, AssignorKind::CooperativeSticky] {
            let fresh = group(assignor, 500, 2000, 2000, non_equal);
            let (algorithm, whole_call, with_strings) = best_ms(&fresh, runs);
            println!(
                "{label} {} fresh 1m×2000: {algorithm:.1} {whole_call:.1} {with_strings:.1}",
                assignor.name()
            );
            let reassign = after_one_leaves(&fresh);
            let (algorithm, whole_call, with_strings) = best_ms(&reassign, runs);
            println!(
                "{label} {} reassign 1m×2000: {algorithm:.1} {whole_call:.1} {with_strings:.1}",
                assignor.name()
            );
        }
    }
    for assignor in AssignorKind::ALL {
        let small = group(assignor, 100, 100, 100, false);
        let (algorithm, whole_call, with_strings) = best_ms(&small, runs.max(5));
        println!(
            "uniform {} fresh 10k×100: {algorithm:.3} {whole_call:.3} {with_strings:.3}",
            assignor.name()
        );
    }
}
