//! The client `RoundRobinAssignor` ("roundrobin"): members sorted (static first), one circular
//! iterator carried across every partition of every subscribed topic in name order, skipping
//! members not subscribed to the partition's topic. No racks, no stickiness.

use super::AssignError;
use super::problem::Problem;

pub(crate) fn assign(problem: &Problem) -> Result<Vec<Vec<u32>>, AssignError> {
    let n_members = problem.members.len();
    let mut assignment: Vec<Vec<u32>> = vec![Vec::new(); n_members];
    if n_members == 0 {
        // Kafka's CircularIterator refuses an empty member list.
        return Err(AssignError::kafka(
            "IllegalArgumentException",
            crate::msg!("assign-kafka-circular-iterator-empty"),
        ));
    }
    let mut sorted: Vec<usize> = (0..n_members).collect();
    sorted.sort_by(|&a, &b| problem.member_info_order(a, b));
    // Each member's subscriptions, sorted for a binary search.
    let n_topics = problem.topics.len();
    let mut subscribed: Vec<Vec<u32>> = Vec::with_capacity(n_members);
    let mut any_subscriber = vec![false; n_topics];
    for &member in &sorted {
        let mut topics = problem.members[member].subscriptions.clone();
        topics.sort_unstable();
        for &topic in &topics {
            any_subscriber[topic as usize] = true;
        }
        subscribed.push(topics);
    }
    let mut cursor = 0_usize;
    // Topics are indexed in `String.compareTo` order: the TreeSet of subscribed topics.
    for (topic, _) in any_subscriber.iter().enumerate().filter(|(_, subscribed)| **subscribed) {
        let Some(range) = problem.partitions_of(topic as u32) else { continue };
        for partition in range {
            while subscribed[cursor].binary_search(&(topic as u32)).is_err() {
                cursor = (cursor + 1) % n_members;
            }
            assignment[sorted[cursor]].push(partition);
            cursor = (cursor + 1) % n_members;
        }
    }
    Ok(assignment)
}
