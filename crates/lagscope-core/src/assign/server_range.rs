//! The KIP-848 server `RangeAssignor` (3.9+, KAFKA-16944): members sorted (static first, by
//! instance id, then by member id); per topic, consecutive ranges, the first
//! `n_partitions % n_subscribers` subscribers taking one more. Not sticky.

use super::AssignError;
use super::problem::{NONE, Problem};

fn non_existent() -> AssignError {
    AssignError::kafka("PartitionAssignorException", crate::msg!("assign-kafka-non-existent-topic"))
}

pub(crate) fn assign(problem: &Problem) -> Result<Vec<Vec<u32>>, AssignError> {
    let n_members = problem.members.len();
    let mut owners = vec![NONE; problem.n_partitions()];
    if n_members == 0 {
        return Ok(Vec::new());
    }
    let mut sorted: Vec<usize> = (0..n_members).collect();
    sorted.sort_by(|&a, &b| problem.member_info_order(a, b));
    // Per topic: (first partition, count, subscribers, min quota, extra, next range start).
    let mut topics: Vec<Option<(u32, u32, u32)>> = vec![None; problem.topics.len()];
    let exists = |topic: u32| problem.topics[topic as usize].n_partitions.is_some();
    if problem.is_homogeneous() {
        for &topic in &problem.members[sorted[0]].subscriptions {
            if !exists(topic) {
                return Err(non_existent());
            }
            topics[topic as usize] = Some((n_members as u32, 0, 0));
        }
    } else {
        for &member in &sorted {
            for &topic in &problem.members[member].subscriptions {
                if !exists(topic) {
                    return Err(non_existent());
                }
                let entry = topics[topic as usize].get_or_insert((0, 0, 0));
                entry.0 += 1;
            }
        }
    }
    // (subscribers, extra remaining, next range start), quotas computed on first use.
    let mut extra: Vec<i64> = vec![-1; problem.topics.len()];
    let homogeneous_topics: Option<Vec<u32>> =
        problem.is_homogeneous().then(|| problem.members[sorted[0]].subscriptions.clone());
    for &member in &sorted {
        let member_topics = homogeneous_topics.as_deref().unwrap_or(&problem.members[member].subscriptions);
        for &topic in member_topics {
            let Some((subscribers, _, next)) = topics[topic as usize].as_mut() else { continue };
            let count = problem.topics[topic as usize].n_partitions.unwrap_or(0);
            if extra[topic as usize] < 0 {
                extra[topic as usize] = i64::from(count % *subscribers);
            }
            let mut quota = count / *subscribers;
            if extra[topic as usize] > 0 {
                quota += 1;
                extra[topic as usize] -= 1;
            }
            let start = *next;
            let end = (start + quota).min(count);
            *next = end;
            let base = problem.topics[topic as usize].base;
            for partition in start..end {
                owners[(base + partition) as usize] = member as u32;
            }
        }
    }
    Ok(problem.lists_from_owners(&owners))
}
