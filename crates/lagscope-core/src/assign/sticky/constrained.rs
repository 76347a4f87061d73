//! `ConstrainedAssignmentBuilder`: every member subscribes to the same topics.
//!
//! 1. Owned partitions, visiting members in `consumerToOwnedPartitions` (`HashMap`) order: a
//!    member keeps all of them below `minQuota`, `maxQuota` of them while members over the minimum
//!    are still expected, otherwise `minQuota`; its owned list is first sorted by (partition,
//!    topic) (KAFKA-16277, 3.8).
//! 2. Rack-aware round robin over members still under quota, when racks are in use.
//! 3. Plain round robin: members under `minQuota` (sorted by id), then those at exactly
//!    `minQuota` that may take one more.

use rustc_hash::FxHashMap;

use super::super::AssignError;
use super::super::problem::Problem;
use super::rack::RackInfo;
use super::{Claims, owned_map_order};

pub(super) struct Built {
    pub(super) assignment: Vec<Vec<u32>>,
    /// `partitionsTransferringOwnership`: partition → new owner, in insertion order.
    pub(super) transferring: Vec<(u32, u32)>,
}

struct Builder<'a> {
    problem: &'a Problem,
    rack_info: &'a RackInfo,
    multiply_owned: Vec<bool>,
    maybe_revoked: FxHashMap<u32, usize>,
    unfilled_under: Vec<usize>,
    unfilled_exact: std::collections::VecDeque<usize>,
    min_quota: usize,
    max_quota: usize,
    expected_over_min: usize,
    current_over_min: usize,
    assignment: Vec<Vec<u32>>,
    transferring: FxHashMap<u32, u32>,
    transferring_order: Vec<u32>,
}

pub(super) fn build(
    problem: &Problem,
    in_play: &[bool],
    rack_info: &RackInfo,
    claims: Claims,
) -> Result<Built, AssignError> {
    let n_members = problem.members.len();
    let mut all_partitions: Vec<u32> = Vec::new();
    for (topic, &playing) in in_play.iter().enumerate() {
        if let (true, Some(range)) = (playing, problem.partitions_of(topic as u32)) {
            all_partitions.extend(range);
        }
    }
    let total = all_partitions.len();
    let mut builder = Builder {
        problem,
        rack_info,
        multiply_owned: claims.multiply_owned,
        maybe_revoked: FxHashMap::default(),
        unfilled_under: Vec::new(),
        unfilled_exact: std::collections::VecDeque::new(),
        min_quota: total / n_members,
        max_quota: total.div_ceil(n_members),
        expected_over_min: total % n_members,
        current_over_min: 0,
        assignment: vec![Vec::new(); n_members],
        transferring: FxHashMap::default(),
        transferring_order: Vec::new(),
    };
    let mut assigned = vec![false; problem.n_partitions()];
    builder.assign_owned_partitions(claims.owned, &mut assigned);

    // Unassigned partitions: topics by name, partitions ascending (the index order).
    let mut unassigned: Vec<u32> = all_partitions.into_iter().filter(|&p| !assigned[p as usize]).collect();
    builder.unfilled_under.sort_by_key(|&member| problem.members[member].id_rank);
    builder.unfilled_exact.make_contiguous().sort_by_key(|&member| problem.members[member].id_rank);
    rack_info.sort_partitions_by_rack_consumers(&mut unassigned);

    let unassigned = builder.assign_rack_aware_round_robin(unassigned);
    builder.assign_round_robin(&unassigned)?;
    builder.verify_unfilled_members()?;
    let transferring = builder
        .transferring_order
        .iter()
        .map(|&partition| (partition, builder.transferring[&partition]))
        .collect();
    Ok(Built { assignment: builder.assignment, transferring })
}

impl Builder<'_> {
    fn assign_owned_partitions(&mut self, mut owned_by_member: Vec<Vec<u32>>, assigned: &mut [bool]) {
        let problem = self.problem;
        for member in owned_map_order(problem) {
            let mut owned: Vec<u32> = Vec::with_capacity(owned_by_member[member].len());
            for &partition in &owned_by_member[member] {
                if self.rack_info.racks_mismatch(problem, member, partition) {
                    self.maybe_revoked.insert(partition, member);
                } else {
                    owned.push(partition);
                }
            }
            owned.sort_by_key(|&partition| {
                let (topic, number) = problem.split(partition);
                (number, topic)
            });
            if owned.iter().any(|&partition| self.multiply_owned[partition as usize]) {
                owned.retain(|&partition| !self.multiply_owned[partition as usize]);
            }
            owned_by_member[member] = Vec::new();
            let keep = if owned.len() < self.min_quota {
                self.unfilled_under.push(member);
                owned.len()
            } else if owned.len() >= self.max_quota && self.current_over_min < self.expected_over_min {
                self.current_over_min += 1;
                if self.current_over_min == self.expected_over_min {
                    self.unfilled_exact.clear();
                }
                self.max_quota
            } else {
                if self.current_over_min < self.expected_over_min {
                    self.unfilled_exact.push_back(member);
                }
                self.min_quota
            };
            for &partition in &owned[keep..] {
                self.maybe_revoked.insert(partition, member);
            }
            for &partition in &owned[..keep] {
                assigned[partition as usize] = true;
            }
            owned.truncate(keep);
            self.assignment[member] = owned;
        }
    }

    /// Returns the partitions it could not place.
    fn assign_rack_aware_round_robin(&mut self, unassigned: Vec<u32>) -> Vec<u32> {
        if !self.rack_info.in_use {
            return unassigned;
        }
        let problem = self.problem;
        let mut remaining = Vec::with_capacity(unassigned.len());
        let mut next_unfilled = 0_usize;
        for partition in unassigned {
            let mut chosen = None;
            if let Some(mut index) =
                self.rack_info.next_rack_consumer(problem, partition, &self.unfilled_under, next_unfilled)
            {
                let member = self.unfilled_under[index];
                chosen = Some(member);
                let count = self.assignment[member].len() + 1;
                if count >= self.min_quota {
                    // LinkedList.remove(Object): the first occurrence.
                    if let Some(position) = self.unfilled_under.iter().position(|&m| m == member) {
                        self.unfilled_under.remove(position);
                    }
                    if count < self.max_quota && self.current_over_min < self.expected_over_min {
                        self.unfilled_exact.push_back(member);
                    }
                } else {
                    index += 1;
                }
                next_unfilled =
                    if self.unfilled_under.is_empty() { 0 } else { index % self.unfilled_under.len() };
            } else if !self.unfilled_exact.is_empty() {
                let exact: Vec<usize> = self.unfilled_exact.iter().copied().collect();
                if let Some(first) = self.rack_info.next_rack_consumer(problem, partition, &exact, 0) {
                    let member = exact[first];
                    chosen = Some(member);
                    if self.assignment[member].len() + 1 == self.max_quota {
                        self.unfilled_exact.remove(first);
                        self.current_over_min += 1;
                        if self.current_over_min == self.expected_over_min {
                            self.unfilled_exact.clear();
                        }
                    }
                }
            }
            match chosen {
                Some(member) => {
                    self.assign_new_partition(partition, member);
                }
                None => remaining.push(partition),
            }
        }
        remaining
    }

    fn assign_round_robin(&mut self, unassigned: &[u32]) -> Result<(), AssignError> {
        // A java.util.LinkedList iterator over `unfilled_under`: `cursor` is the next index.
        let mut cursor = 0_usize;
        let mut from_iterator;
        for &partition in unassigned {
            let member = if cursor < self.unfilled_under.len() {
                from_iterator = true;
                cursor += 1;
                self.unfilled_under[cursor - 1]
            } else if self.unfilled_under.is_empty() && self.unfilled_exact.is_empty() {
                return Err(AssignError::kafka(
                    "IllegalStateException",
                    crate::msg!("assign-kafka-no-unfilled-consumers"),
                ));
            } else if self.unfilled_under.is_empty() {
                from_iterator = false;
                self.unfilled_exact.pop_front().unwrap_or_default()
            } else {
                from_iterator = true;
                cursor = 1;
                self.unfilled_under[0]
            };
            let count = self.assign_new_partition(partition, member);
            if count == self.min_quota {
                if from_iterator {
                    cursor -= 1;
                    self.unfilled_under.remove(cursor);
                } else {
                    // Iterator.remove() after poll(): Java removes the element the iterator last
                    // returned, if any; never reached with valid quotas.
                    return Err(AssignError::kafka(
                        "IllegalStateException",
                        crate::msg!("assign-kafka-iterator-remove-without-next"),
                    ));
                }
                self.unfilled_exact.push_back(member);
            } else if count == self.max_quota {
                self.current_over_min += 1;
            }
        }
        Ok(())
    }

    fn assign_new_partition(&mut self, partition: u32, member: usize) -> usize {
        self.assignment[member].push(partition);
        let revoked_elsewhere = self.maybe_revoked.get(&partition).is_some_and(|&owner| owner != member);
        if (revoked_elsewhere || self.multiply_owned[partition as usize])
            && self.transferring.insert(partition, member as u32).is_none()
        {
            self.transferring_order.push(partition);
        }
        self.assignment[member].len()
    }

    fn verify_unfilled_members(&self) -> Result<(), AssignError> {
        if self.unfilled_under.is_empty() {
            return Ok(());
        }
        if self.current_over_min != self.expected_over_min {
            return Err(AssignError::kafka(
                "IllegalStateException",
                crate::msg!("assign-kafka-over-min-quota-not-reached"),
            ));
        }
        for &member in &self.unfilled_under {
            if self.assignment[member].len() != self.min_quota {
                return Err(AssignError::kafka(
                    "IllegalStateException",
                    crate::msg!(
                        "assign-kafka-min-quota-not-reached",
                        member = &self.problem.members[member].id
                    ),
                ));
            }
        }
        Ok(())
    }
}
