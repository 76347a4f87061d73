//! `GeneralAssignmentBuilder`: members subscribe to different topics.
//!
//! Keeps every valid owned partition, hands each unassigned partition (topics with the fewest
//! potential members first) to the least-loaded member that may take it, then moves partitions
//! from larger to smaller members until Kafka's balance test passes — preferring to return a
//! partition to its owner of an older generation, and undoing earlier moves rather than making
//! new ones ([`Movements`]). A balance pass that does not lower the balance score is reverted.

use std::collections::BTreeSet;

use super::super::AssignError;
use super::super::problem::{NONE, Problem};
use super::movements::Movements;
use super::rack::RackInfo;
use super::{Claims, DEFAULT_GENERATION, remove_first};

struct Builder<'a> {
    problem: &'a Problem,
    rack_info: &'a RackInfo,
    /// Per topic, members that may consume it, in subscription order.
    topic_consumers: Vec<Vec<usize>>,
    /// Per member, its in-play topics, in subscription order.
    consumer_topics: Vec<Vec<u32>>,
    /// Bitset per member over topics.
    consumer_topic_bits: Vec<u64>,
    words_per_member: usize,
    /// `getMaxAssignmentSize` per member.
    max_size: Vec<usize>,
    /// `currentAssignment`; `present[m]` is false for members set aside as fixed.
    current: Vec<Vec<u32>>,
    present: Vec<bool>,
    /// `currentPartitionConsumer`.
    owner: Vec<u32>,
    /// `sortedCurrentSubscriptions`: (size, id rank).
    sorted: BTreeSet<(u32, u32)>,
    member_by_rank: Vec<usize>,
    movements: Movements,
    revocation_required: bool,
    /// Scratch for `is_balanced`: per topic, the largest owner size, stamped by call.
    topic_max_owner: Vec<(u64, u32)>,
    balance_calls: u64,
    /// The last answer of `is_balanced`, valid until the assignment changes.
    balanced_cache: Option<bool>,
}

pub(super) fn build(
    problem: &Problem,
    in_play: &[bool],
    rack_info: &RackInfo,
    claims: Claims,
) -> Result<Vec<Vec<u32>>, AssignError> {
    let n_members = problem.members.len();
    let n_topics = problem.topics.len();
    let words_per_member = n_topics.div_ceil(64).max(1);
    let mut topic_consumers: Vec<Vec<usize>> = vec![Vec::new(); n_topics];
    let mut consumer_topics: Vec<Vec<u32>> = vec![Vec::new(); n_members];
    let mut consumer_topic_bits = vec![0_u64; n_members * words_per_member];
    let in_play_count = in_play.iter().filter(|&&playing| playing).count();
    let mut total_partitions = 0_usize;
    for (topic, &playing) in in_play.iter().enumerate() {
        if playing {
            total_partitions += problem.partitions_of(topic as u32).map_or(0, |range| range.len());
        }
    }
    let mut max_size = vec![0_usize; n_members];
    for (member, spec) in problem.members.iter().enumerate() {
        for &topic in &spec.subscriptions {
            if in_play[topic as usize] {
                consumer_topics[member].push(topic);
                topic_consumers[topic as usize].push(member);
                consumer_topic_bits[member * words_per_member + topic as usize / 64] |= 1 << (topic % 64);
            }
        }
        max_size[member] = if consumer_topics[member].len() == in_play_count {
            total_partitions
        } else {
            consumer_topics[member]
                .iter()
                .map(|&topic| problem.partitions_of(topic).map_or(0, |range| range.len()))
                .sum()
        };
    }
    let mut owner = vec![NONE; problem.n_partitions()];
    for (member, partitions) in claims.owned.iter().enumerate() {
        for &partition in partitions {
            owner[partition as usize] = member as u32;
        }
    }
    let mut member_by_rank = vec![0_usize; n_members];
    for (member, spec) in problem.members.iter().enumerate() {
        member_by_rank[spec.id_rank as usize] = member;
    }
    let mut builder = Builder {
        problem,
        rack_info,
        topic_consumers,
        consumer_topics,
        consumer_topic_bits,
        words_per_member,
        max_size,
        current: claims.owned,
        present: vec![true; n_members],
        owner,
        sorted: BTreeSet::new(),
        member_by_rank,
        movements: Movements::default(),
        revocation_required: false,
        topic_max_owner: vec![(0, 0); n_topics],
        balance_calls: 0,
        balanced_cache: None,
    };

    // sortedAllTopics: fewest potential consumers first, then by name.
    let mut sorted_topics: Vec<u32> = (0..n_topics as u32).filter(|&t| in_play[t as usize]).collect();
    sorted_topics.sort_by_key(|&topic| (builder.topic_consumers[topic as usize].len(), topic));
    let mut sorted_all_partitions: Vec<u32> = Vec::with_capacity(total_partitions);
    for &topic in &sorted_topics {
        if let Some(range) = problem.partitions_of(topic) {
            sorted_all_partitions.extend(range);
        }
    }

    let previous = prepopulate(problem, claims.max_generation);
    let assigned = builder.assign_owned_partitions(in_play);
    let unassigned: Vec<u32> =
        sorted_all_partitions.iter().copied().filter(|&p| !assigned[p as usize]).collect();
    for member in 0..n_members {
        builder.insert_sorted(member);
    }
    builder.balance(&previous, unassigned, sorted_all_partitions)?;
    Ok(builder.current)
}

/// `prepopulateCurrentAssignments`: for each partition, the member of the highest older
/// generation that owned it (first seen wins a tie).
fn prepopulate(problem: &Problem, max_generation: i32) -> Vec<(u32, i32)> {
    let mut previous = vec![(NONE, 0_i32); problem.n_partitions()];
    for (member, spec) in problem.members.iter().enumerate() {
        let generation = match spec.generation {
            Some(generation) if generation < max_generation => generation,
            None if max_generation > DEFAULT_GENERATION => DEFAULT_GENERATION,
            _ => continue,
        };
        for &partition in &spec.owned {
            let slot = &mut previous[partition as usize];
            if slot.0 == NONE || generation > slot.1 {
                *slot = (member as u32, generation);
            }
        }
    }
    previous
}

impl Builder<'_> {
    fn size(&self, member: usize) -> u32 {
        self.current[member].len() as u32
    }

    fn key(&self, member: usize) -> (u32, u32) {
        (self.size(member), self.problem.members[member].id_rank)
    }

    fn insert_sorted(&mut self, member: usize) {
        self.balanced_cache = None;
        let key = self.key(member);
        self.sorted.insert(key);
    }

    fn remove_sorted(&mut self, member: usize) {
        self.balanced_cache = None;
        let key = self.key(member);
        self.sorted.remove(&key);
    }

    fn subscribes(&self, member: usize, topic: u32) -> bool {
        self.consumer_topic_bits[member * self.words_per_member + topic as usize / 64] & (1 << (topic % 64))
            != 0
    }

    /// Drops owned partitions of topics that are gone (silently) or no longer subscribed or on a
    /// mismatched rack (revocation required); returns which partitions stay assigned.
    fn assign_owned_partitions(&mut self, in_play: &[bool]) -> Vec<bool> {
        let problem = self.problem;
        let mut assigned = vec![false; problem.n_partitions()];
        for member in 0..self.current.len() {
            let mut kept = Vec::with_capacity(self.current[member].len());
            for &partition in &self.current[member] {
                let topic = problem.topic_of[partition as usize];
                if !in_play[topic as usize] {
                    self.owner[partition as usize] = NONE;
                } else if !problem.members[member].subscriptions.contains(&topic)
                    || self.rack_info.racks_mismatch(problem, member, partition)
                {
                    // Kafka leaves currentPartitionConsumer stale here; it is rewritten when the
                    // partition is assigned again.
                    self.revocation_required = true;
                } else {
                    kept.push(partition);
                    assigned[partition as usize] = true;
                }
            }
            self.current[member] = kept;
        }
        assigned
    }

    /// `maybeAssignPartition`: the least-loaded member (then lowest id) that may take it.
    fn maybe_assign_partition(&mut self, partition: u32, rack_aware: bool) -> bool {
        let topic = self.problem.topic_of[partition as usize];
        let found = self.sorted.iter().map(|&(_, rank)| self.member_by_rank[rank as usize]).find(|&member| {
            self.subscribes(member, topic)
                && (!rack_aware || !self.rack_info.racks_mismatch(self.problem, member, partition))
        });
        let Some(member) = found else { return false };
        self.remove_sorted(member);
        self.current[member].push(partition);
        self.owner[partition as usize] = member as u32;
        self.insert_sorted(member);
        true
    }

    fn can_consumer_participate(&self, member: usize) -> bool {
        let size = self.current[member].len();
        if size < self.max_size[member] {
            return true;
        }
        self.current[member].iter().any(|&partition| {
            self.topic_consumers[self.problem.topic_of[partition as usize] as usize].len() >= 2
        })
    }

    fn balance(
        &mut self,
        previous: &[(u32, i32)],
        unassigned: Vec<u32>,
        mut sorted_all_partitions: Vec<u32>,
    ) -> Result<(), AssignError> {
        let problem = self.problem;
        let initializing = self.sorted.last().is_none_or(|&(size, _)| size == 0);
        let mut to_assign = unassigned.clone();
        if self.rack_info.in_use {
            let mut left = Vec::with_capacity(to_assign.len());
            for partition in to_assign {
                if self.topic_consumers[problem.topic_of[partition as usize] as usize].is_empty()
                    || !self.maybe_assign_partition(partition, true)
                {
                    left.push(partition);
                }
            }
            to_assign = left;
        }
        for &partition in &to_assign {
            if !self.topic_consumers[problem.topic_of[partition as usize] as usize].is_empty() {
                self.maybe_assign_partition(partition, false);
            }
        }

        // Partitions of topics with fewer than two potential members cannot move.
        let fixed_topic = |builder: &Self, partition: u32| {
            builder.topic_consumers[problem.topic_of[partition as usize] as usize].len() < 2
        };
        sorted_all_partitions.retain(|&partition| !fixed_topic(self, partition));
        let unassigned: Vec<u32> =
            unassigned.into_iter().filter(|&partition| !fixed_topic(self, partition)).collect();

        // Members that cannot take part are set aside.
        let mut fixed_members = Vec::new();
        for member in 0..self.current.len() {
            if !self.can_consumer_participate(member) {
                self.remove_sorted(member);
                self.present[member] = false;
                fixed_members.push(member);
            }
        }

        let before = self.current.clone();
        let before_owner = self.owner.clone();
        if !self.revocation_required {
            self.perform_reassignments(&unassigned, previous)?;
        }
        let performed = self.perform_reassignments(&sorted_all_partitions, previous)?;
        if !initializing && performed && self.balance_score(&self.current) >= self.balance_score(&before) {
            self.current = before;
            self.owner = before_owner;
        }
        for member in fixed_members {
            self.present[member] = true;
        }
        Ok(())
    }

    /// `getBalanceScore`: the sum over pairs of present members of their size difference, as a
    /// Java `int` (wrapping).
    fn balance_score(&self, assignment: &[Vec<u32>]) -> i32 {
        let mut sizes: Vec<u64> = assignment
            .iter()
            .enumerate()
            .filter(|(member, _)| self.present[*member])
            .map(|(_, partitions)| partitions.len() as u64)
            .collect();
        sizes.sort_unstable();
        // Σ over pairs of (larger − smaller), computed exactly, then wrapped as Java's int sum is.
        let mut total: u64 = 0;
        let mut prefix: u64 = 0;
        for (index, &size) in sizes.iter().enumerate() {
            total = total.wrapping_add(size * index as u64 - prefix);
            prefix += size;
        }
        (total as u32).cast_signed()
    }

    /// `isBalanced`: sizes differ by at most one, or no member could take a partition of its
    /// topics from a member with at least two more.
    fn is_balanced(&mut self) -> bool {
        if let Some(answer) = self.balanced_cache {
            return answer;
        }
        let answer = self.compute_is_balanced();
        self.balanced_cache = Some(answer);
        answer
    }

    fn compute_is_balanced(&mut self) -> bool {
        let (Some(&(min, _)), Some(&(max, _))) = (self.sorted.first(), self.sorted.last()) else {
            return true;
        };
        if min + 1 >= max {
            return true;
        }
        self.balance_calls += 1;
        let stamp = self.balance_calls;
        for &(size, rank) in &self.sorted {
            let member = self.member_by_rank[rank as usize];
            if size as usize == self.max_size[member] {
                continue;
            }
            for &topic in &self.consumer_topics[member] {
                let entry = self.topic_max_owner[topic as usize];
                let largest = if entry.0 == stamp {
                    entry.1
                } else {
                    let largest = self
                        .problem
                        .partitions_of(topic)
                        .into_iter()
                        .flatten()
                        .map(|partition| self.owner[partition as usize])
                        .filter(|&owner| owner != NONE && self.present[owner as usize])
                        .map(|owner| self.current[owner as usize].len() as u32)
                        .max()
                        .unwrap_or(0);
                    self.topic_max_owner[topic as usize] = (stamp, largest);
                    largest
                };
                if size + 1 < largest {
                    return false;
                }
            }
        }
        true
    }

    fn perform_reassignments(
        &mut self,
        partitions: &[u32],
        previous: &[(u32, i32)],
    ) -> Result<bool, AssignError> {
        let problem = self.problem;
        let mut performed = false;
        loop {
            let mut modified = false;
            for &partition in partitions {
                if self.is_balanced() {
                    break;
                }
                let consumer = self.owner[partition as usize];
                if consumer == NONE {
                    return Err(AssignError::kafka(
                        "NullPointerException",
                        crate::msg!(
                            "assign-kafka-partition-without-consumer",
                            partition = problem.name_of(partition)
                        ),
                    ));
                }
                let consumer = consumer as usize;
                let consumer_size = self.current[consumer].len();
                let (previous_owner, _) = previous[partition as usize];
                if previous_owner != NONE {
                    let previous_owner = previous_owner as usize;
                    if !self.present[previous_owner] {
                        return Err(AssignError::kafka(
                            "NullPointerException",
                            crate::msg!(
                                "assign-kafka-previous-owner-set-aside",
                                member = &problem.members[previous_owner].id,
                                partition = problem.name_of(partition)
                            ),
                        ));
                    }
                    if consumer_size > self.current[previous_owner].len() + 1 {
                        self.reassign_partition_to(partition, previous_owner);
                        performed = true;
                        modified = true;
                        continue;
                    }
                }
                let topic = problem.topic_of[partition as usize] as usize;
                let mut found = false;
                if self.rack_info.rack_matches(problem, consumer, partition) {
                    let candidate = self.topic_consumers[topic].iter().any(|&other| {
                        self.rack_info.rack_matches(problem, other, partition)
                            && consumer_size > self.current[other].len() + 1
                    });
                    if candidate {
                        self.reassign_partition(partition);
                        performed = true;
                        modified = true;
                        found = true;
                    }
                }
                if !found
                    && self.topic_consumers[topic]
                        .iter()
                        .any(|&other| consumer_size > self.current[other].len() + 1)
                {
                    self.reassign_partition(partition);
                    performed = true;
                    modified = true;
                }
            }
            if !modified {
                return Ok(performed);
            }
        }
    }

    /// To the least-loaded member subscribed to the partition's topic.
    fn reassign_partition(&mut self, partition: u32) {
        let topic = self.problem.topic_of[partition as usize];
        let target = self
            .sorted
            .iter()
            .map(|&(_, rank)| self.member_by_rank[rank as usize])
            .find(|&member| self.subscribes(member, topic));
        if let Some(target) = target {
            self.reassign_partition_to(partition, target);
        }
    }

    fn reassign_partition_to(&mut self, partition: u32, target: usize) {
        let owner = self.owner[partition as usize];
        let moved = self.movements.actual_partition_to_move(self.problem, partition, owner, target as u32);
        self.process_partition_movement(moved, target);
    }

    fn process_partition_movement(&mut self, partition: u32, target: usize) {
        let old = self.owner[partition as usize] as usize;
        self.remove_sorted(old);
        self.remove_sorted(target);
        self.movements.move_partition(self.problem, partition, old as u32, target as u32);
        remove_first(&mut self.current[old], partition);
        self.current[target].push(partition);
        self.owner[partition as usize] = target as u32;
        self.insert_sorted(target);
        self.insert_sorted(old);
    }
}
