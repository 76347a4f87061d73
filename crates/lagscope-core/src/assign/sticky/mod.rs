//! `AbstractStickyAssignor` and its two faces: `StickyAssignor` ("sticky", eager) and
//! `CooperativeStickyAssignor` ("cooperative-sticky").
//!
//! Entry point as in Kafka: validate each member's owned partitions against generations
//! ([`claim_owned_partitions`]), then run the constrained builder when every member subscribes to
//! the same topics, the general builder otherwise. The cooperative assignor then withholds every
//! partition that moves from one member to another; the member that loses it revokes it and
//! rejoins, and the follow-up rebalance hands it out.

mod constrained;
mod general;
mod movements;
mod rack;

use super::problem::{NONE, Problem};
use super::{AssignError, RawOutcome, java};
use rack::RackInfo;

/// `AbstractStickyAssignor.DEFAULT_GENERATION`.
const DEFAULT_GENERATION: i32 = -1;

/// What `allSubscriptionsEqual` decides and collects.
pub(super) struct Claims {
    pub(super) all_subscriptions_equal: bool,
    /// Per member, its still-valid owned partitions (`consumerToOwnedPartitions`).
    pub(super) owned: Vec<Vec<u32>>,
    /// Partitions claimed by two members of the same generation (`partitionsWithMultiplePreviousOwners`).
    pub(super) multiply_owned: Vec<bool>,
    pub(super) max_generation: i32,
}

pub(crate) fn assign(problem: &Problem, cooperative: bool) -> Result<RawOutcome, AssignError> {
    let n_members = problem.members.len();
    if n_members == 0 {
        // The constrained builder divides by the member count (`total % members`).
        return Err(AssignError::kafka("ArithmeticException", crate::msg!("assign-kafka-divide-by-zero")));
    }
    let in_play = problem.client_topic_mask();
    let claims = claim_owned_partitions(problem, &in_play, cooperative);
    let rack_info = RackInfo::new(problem, &in_play);
    let max_generation = claims.max_generation;
    let (mut assignment, transferring) = if claims.all_subscriptions_equal {
        let built = constrained::build(problem, &in_play, &rack_info, claims)?;
        (built.assignment, Some(built.transferring))
    } else {
        (general::build(problem, &in_play, &rack_info, claims)?, None)
    };
    let mut withheld = Vec::new();
    if cooperative {
        let transferring = match transferring {
            Some(transferring) => transferring,
            None => partitions_transferring_ownership(problem, &assignment),
        };
        for (partition, member) in transferring {
            if let Some(position) = assignment[member as usize].iter().position(|&p| p == partition) {
                assignment[member as usize].remove(position);
            }
            withheld.push(partition);
        }
    }
    Ok(RawOutcome { assignment, withheld, max_generation: Some(max_generation) })
}

/// `allSubscriptionsEqual`: whether every member subscribes to the same topics, and each member's
/// owned partitions once conflicts are settled: between two claimants of a partition the higher
/// generation keeps it; in the same generation nobody does.
fn claim_owned_partitions(problem: &Problem, in_play: &[bool], cooperative: bool) -> Claims {
    let n_members = problem.members.len();
    let mut all_equal = true;
    let mut subscribed: Vec<u32> = Vec::new();
    let mut owned: Vec<Vec<u32>> = vec![Vec::new(); n_members];
    let mut multiply_owned = vec![false; problem.n_partitions()];
    let mut previous_owner = vec![NONE; problem.n_partitions()];
    let mut max_generation =
        problem.previous_max_generation.unwrap_or(DEFAULT_GENERATION).max(DEFAULT_GENERATION);
    for (index, member) in problem.members.iter().enumerate() {
        if subscribed.is_empty() {
            subscribed.clone_from(&member.subscriptions);
            subscribed.sort_unstable();
        } else if all_equal
            && !(member.subscriptions.len() == subscribed.len()
                && member.subscriptions.iter().all(|topic| subscribed.binary_search(topic).is_ok()))
        {
            all_equal = false;
        }
        let generation = member.generation.unwrap_or(DEFAULT_GENERATION);
        max_generation = max_generation.max(generation);
        for &partition in &member.owned {
            let topic = problem.topic_of[partition as usize];
            if !in_play[topic as usize] {
                continue;
            }
            let other = previous_owner[partition as usize];
            if other == NONE {
                owned[index].push(partition);
                previous_owner[partition as usize] = index as u32;
                continue;
            }
            // The other claimant's generation is its subscription's `generationId` field.
            let other_member = &problem.members[other as usize];
            let other_generation =
                if cooperative { other_member.generation } else { other_member.subscription_generation }
                    .unwrap_or(DEFAULT_GENERATION);
            if generation == other_generation {
                multiply_owned[partition as usize] = true;
                remove_first(&mut owned[other as usize], partition);
                previous_owner[partition as usize] = index as u32;
            } else if generation > other_generation {
                owned[index].push(partition);
                remove_first(&mut owned[other as usize], partition);
                previous_owner[partition as usize] = index as u32;
            }
        }
    }
    Claims { all_subscriptions_equal: all_equal, owned, multiply_owned, max_generation }
}

pub(super) fn remove_first(list: &mut Vec<u32>, value: u32) -> bool {
    match list.iter().position(|&item| item == value) {
        Some(position) => {
            list.remove(position);
            true
        }
        None => false,
    }
}

/// `CooperativeStickyAssignor.computePartitionsTransferringOwnership` (general path): partitions
/// added to one member that another member (its subscription's owned partitions) loses.
fn partitions_transferring_ownership(problem: &Problem, assignment: &[Vec<u32>]) -> Vec<(u32, u32)> {
    let n_partitions = problem.n_partitions();
    let mut revoked = vec![false; n_partitions];
    let mut added: Vec<(u32, u32)> = Vec::new();
    let mut owned_flag = vec![false; n_partitions];
    let mut assigned_flag = vec![false; n_partitions];
    for (member, partitions) in assignment.iter().enumerate() {
        let owned = &problem.members[member].owned;
        for &partition in owned {
            owned_flag[partition as usize] = true;
        }
        for &partition in partitions {
            assigned_flag[partition as usize] = true;
            if !owned_flag[partition as usize] {
                added.push((partition, member as u32));
            }
        }
        for &partition in owned {
            if !assigned_flag[partition as usize] {
                revoked[partition as usize] = true;
            }
        }
        for &partition in owned {
            owned_flag[partition as usize] = false;
        }
        for &partition in partitions {
            assigned_flag[partition as usize] = false;
        }
    }
    added.retain(|&(partition, _)| revoked[partition as usize]);
    added
}

/// The order in which `consumerToOwnedPartitions` (a `java.util.HashMap` filled in the leader's
/// subscription order) iterates its members.
pub(super) fn owned_map_order(problem: &Problem) -> Vec<usize> {
    let hashes: Vec<i32> = problem.members.iter().map(|member| member.hash).collect();
    java::iteration_order(&hashes, 16)
}
