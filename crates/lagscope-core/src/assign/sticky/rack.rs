//! `AbstractStickyAssignor.RackInfo` (KIP-881): which member racks count, which partitions
//! mismatch them, and how many members could host each partition on its racks.

use super::super::problem::Problem;

pub(super) struct RackInfo {
    /// Member → rack, only when rack-aware assignment is in use.
    pub(super) consumer_racks: Vec<Option<u32>>,
    pub(super) in_use: bool,
    /// Per partition, members on the partition's replica racks (from every member with a rack,
    /// whether or not rack-aware assignment is in use); empty when no member has a rack.
    pub(super) consumers_by_partition: Vec<u32>,
}

impl RackInfo {
    pub(super) fn new(problem: &Problem, in_play: &[bool]) -> Self {
        let mut consumers_per_rack = vec![0_u32; problem.racks.len()];
        for member in &problem.members {
            if let Some(rack) = member.rack {
                consumers_per_rack[rack as usize] += 1;
            }
        }
        let any_member_rack = consumers_per_rack.iter().any(|&count| count > 0);
        let mut consumers_by_partition = Vec::new();
        let mut in_use = false;
        if any_member_rack {
            consumers_by_partition = vec![0_u32; problem.n_partitions()];
            let mut partition_racks = vec![false; problem.racks.len()];
            let mut in_play_partitions = Vec::new();
            for (topic, &playing) in in_play.iter().enumerate() {
                if let (true, Some(range)) = (playing, problem.partitions_of(topic as u32)) {
                    in_play_partitions.push(range);
                }
            }
            for range in &in_play_partitions {
                for partition in range.clone() {
                    let racks = problem.racks_of(partition);
                    consumers_by_partition[partition as usize] =
                        racks.iter().map(|&rack| consumers_per_rack[rack as usize]).sum();
                    for &rack in racks {
                        partition_racks[rack as usize] = true;
                    }
                }
            }
            let n_partition_racks = partition_racks.iter().filter(|&&present| present).count();
            let disjoint = !consumers_per_rack
                .iter()
                .zip(&partition_racks)
                .any(|(&consumers, &replicas)| consumers > 0 && replicas);
            in_use = if disjoint {
                false
            } else if problem.prefer_rack_aware_logic {
                true
            } else {
                in_play_partitions
                    .iter()
                    .flat_map(Clone::clone)
                    .any(|partition| problem.racks_of(partition).len() != n_partition_racks)
            };
            if in_play_partitions.is_empty() {
                consumers_by_partition.clear();
            }
        }
        let consumer_racks =
            problem.members.iter().map(|member| if in_use { member.rack } else { None }).collect();
        Self { consumer_racks, in_use, consumers_by_partition }
    }

    /// `racksMismatch`: the member has a rack (in use) and the partition has no replica there.
    pub(super) fn racks_mismatch(&self, problem: &Problem, member: usize, partition: u32) -> bool {
        match self.consumer_racks[member] {
            None => false,
            Some(rack) => !problem.racks_of(partition).contains(&rack),
        }
    }

    /// Whether the member's rack holds a replica of the partition (false without a rack).
    pub(super) fn rack_matches(&self, problem: &Problem, member: usize, partition: u32) -> bool {
        self.consumer_racks[member].is_some_and(|rack| problem.racks_of(partition).contains(&rack))
    }

    /// `sortPartitionsByRackConsumers`: a stable sort by how many members sit on the racks.
    pub(super) fn sort_partitions_by_rack_consumers(&self, partitions: &mut [u32]) {
        if self.consumers_by_partition.is_empty() {
            return;
        }
        partitions.sort_by_key(|&partition| self.consumers_by_partition[partition as usize]);
    }

    /// `nextRackConsumer`: the first position, scanning cyclically from `first`, whose member's
    /// rack holds a replica of the partition.
    pub(super) fn next_rack_consumer(
        &self,
        problem: &Problem,
        partition: u32,
        members: &[usize],
        first: usize,
    ) -> Option<usize> {
        if !self.in_use {
            return None;
        }
        let racks = problem.racks_of(partition);
        if racks.is_empty() {
            return None;
        }
        (0..members.len()).map(|offset| (first + offset) % members.len()).find(|&position| {
            self.consumer_racks[members[position]].is_some_and(|rack| racks.contains(&rack))
        })
    }
}
