//! The KIP-848 server `UniformAssignor` ("uniform"), as of Kafka 4.0.
//!
//! - Homogeneous builder (every member subscribes to the same topics; the 3.8–4.0 algorithm, before
//!   KAFKA-18688): the first `total % members` members in the coordinator's order get one partition
//!   over the minimum, whatever they own; each member keeps owned partitions up to its quota,
//!   visiting its current assignment in map order; the rest (never assigned ones first, in the
//!   `HashSet<Uuid>` order of topics, then revoked ones) fill the members left under quota in order.
//! - Heterogeneous builder (KAFKA-17710): keep still-subscribed partitions, give unassigned
//!   partitions topic by topic (most partitions per subscriber first) to the least-loaded
//!   subscriber, then move partitions from the most- to the least-loaded subscriber of each topic,
//!   up to 16 passes.

use super::AssignError;
use super::java;
use super::problem::{NONE, Problem};

pub(crate) fn assign(problem: &Problem) -> Result<Vec<Vec<u32>>, AssignError> {
    if problem.members.is_empty() {
        return Ok(Vec::new());
    }
    let owners = problem.current_owners()?;
    if problem.is_homogeneous() { homogeneous(problem, &owners) } else { heterogeneous(problem, owners) }
}

fn missing_topic(problem: &Problem, topic: u32) -> AssignError {
    AssignError::kafka(
        "PartitionAssignorException",
        crate::msg!(
            "assign-kafka-topic-not-in-metadata",
            topic_id = problem.topics[topic as usize].uuid.to_base64()
        ),
    )
}

fn homogeneous(problem: &Problem, current_owners: &[u32]) -> Result<Vec<Vec<u32>>, AssignError> {
    let first = &problem.members[0].subscriptions;
    let hashes: Vec<i32> = first.iter().map(|&t| problem.topics[t as usize].uuid.java_hash()).collect();
    let topics: Vec<u32> = java::iteration_order(&hashes, java::copy_constructor_capacity(first.len()))
        .into_iter()
        .map(|index| first[index])
        .collect();
    let mut owners = vec![NONE; problem.n_partitions()];
    if topics.is_empty() {
        return Ok(problem.lists_from_owners(&owners));
    }
    let mut subscribed = vec![false; problem.topics.len()];
    let mut unassigned: Vec<u32> = Vec::new();
    let mut total: u64 = 0;
    for &topic in &topics {
        let Some(count) = problem.topics[topic as usize].n_partitions else {
            return Err(missing_topic(problem, topic));
        };
        subscribed[topic as usize] = true;
        let base = problem.topics[topic as usize].base;
        unassigned.extend((base..base + count).filter(|&p| current_owners[p as usize] == NONE));
        total += u64::from(count);
    }
    let n_members = problem.members.len() as u64;
    let minimum = total / n_members;
    let mut extra = total % n_members;
    let mut unfilled: Vec<(usize, u64)> = Vec::new();
    for (member, spec) in problem.members.iter().enumerate() {
        let mut quota = minimum;
        if extra > 0 {
            quota += 1;
            extra -= 1;
        }
        // The current assignment as a map topic → partitions, in the order given.
        let mut by_topic: Vec<(u32, Vec<u32>)> = Vec::new();
        for &partition in &spec.owned {
            let topic = problem.topic_of[partition as usize];
            match by_topic.iter_mut().find(|(t, _)| *t == topic) {
                Some((_, list)) => list.push(partition),
                None => by_topic.push((topic, vec![partition])),
            }
        }
        for (topic, partitions) in by_topic {
            if !subscribed[topic as usize] {
                continue;
            }
            if partitions.len() as u64 <= quota {
                quota -= partitions.len() as u64;
                for partition in partitions {
                    owners[partition as usize] = member as u32;
                }
            } else {
                for partition in partitions {
                    if quota > 0 {
                        quota -= 1;
                        owners[partition as usize] = member as u32;
                    } else {
                        unassigned.push(partition);
                    }
                }
            }
        }
        if quota > 0 {
            unfilled.push((member, quota));
        }
    }
    let mut next = 0_usize;
    for (member, quota) in unfilled {
        let mut given = 0;
        while given < quota && next < unassigned.len() {
            owners[unassigned[next] as usize] = member as u32;
            next += 1;
            given += 1;
        }
    }
    if next < unassigned.len() {
        return Err(AssignError::kafka(
            "PartitionAssignorException",
            crate::msg!("assign-kafka-partitions-left-unassigned"),
        ));
    }
    Ok(problem.lists_from_owners(&owners))
}

/// `UniformHeterogeneousAssignmentBuilder`.
struct Heterogeneous<'a> {
    problem: &'a Problem,
    /// Partition → member index, or `NONE`.
    owners: Vec<u32>,
    sizes: Vec<i64>,
    subscribers: Vec<Vec<u32>>,
}

/// `MemberAssignmentBalancer`: walks subscribers from least to most loaded, sizes read live.
struct Balancer {
    sorted: Vec<u32>,
    least_end: usize,
    least_count: i64,
    next_least: usize,
    most_start: usize,
    most_end: usize,
    most_count: i64,
    next_most: isize,
}

impl Balancer {
    fn new() -> Self {
        Self {
            sorted: Vec::new(),
            least_end: 0,
            least_count: -1,
            next_least: 0,
            most_start: 0,
            most_end: 0,
            most_count: 1,
            next_most: -1,
        }
    }

    fn initialize(&mut self, members: &[u32], sizes: &[i64]) -> i64 {
        self.sorted.clear();
        self.sorted.extend_from_slice(members);
        self.sorted.sort_by_key(|&member| (sizes[member as usize], member));
        let first = sizes[self.sorted[0] as usize];
        let last = sizes[self.sorted[self.sorted.len() - 1] as usize];
        self.least_end = 0;
        self.least_count = first - 1;
        self.next_least = 0;
        self.most_start = self.sorted.len();
        self.most_end = self.sorted.len();
        self.most_count = last + 1;
        self.next_most = self.sorted.len().cast_signed() - 1;
        last - first
    }

    fn next_least_loaded(&mut self, sizes: &[i64]) -> u32 {
        if self.next_least >= self.least_end {
            self.least_count += 1;
            while self.least_end < self.sorted.len()
                && sizes[self.sorted[self.least_end] as usize] == self.least_count
            {
                self.least_end += 1;
            }
            self.next_least = 0;
        }
        let member = self.sorted[self.next_least];
        self.next_least += 1;
        member
    }

    fn next_most_loaded(&mut self, sizes: &[i64]) -> Option<u32> {
        if self.next_most < self.most_start.cast_signed() {
            if self.most_end <= self.most_start && self.most_start > 0 {
                self.most_count = sizes[self.sorted[self.most_start - 1] as usize];
            } else {
                self.most_count -= 1;
            }
            while self.most_start > 0 && sizes[self.sorted[self.most_start - 1] as usize] == self.most_count {
                self.most_start -= 1;
            }
            self.next_most = self.most_end.cast_signed() - 1;
        }
        if self.next_most < 0 {
            return None;
        }
        let member = self.sorted[self.next_most as usize];
        self.next_most -= 1;
        Some(member)
    }

    fn exclude_most_loaded(&mut self) {
        let slot = (self.next_most + 1) as usize;
        self.sorted.swap(slot, self.most_end - 1);
        self.most_end -= 1;
    }

    fn is_balanced(&self) -> bool {
        self.most_count - self.least_count <= 1
    }
}

fn heterogeneous(problem: &Problem, current_owners: Vec<u32>) -> Result<Vec<Vec<u32>>, AssignError> {
    let n_members = problem.members.len();
    let mut subscribers: Vec<Vec<u32>> = vec![Vec::new(); problem.topics.len()];
    let mut subscribed_topics: Vec<u32> = Vec::new();
    for (member, spec) in problem.members.iter().enumerate() {
        for &topic in &spec.subscriptions {
            if problem.topics[topic as usize].n_partitions.is_none() {
                return Err(missing_topic(problem, topic));
            }
            if subscribers[topic as usize].is_empty() {
                subscribed_topics.push(topic);
            }
            subscribers[topic as usize].push(member as u32);
        }
    }
    let mut builder = Heterogeneous {
        problem,
        owners: vec![NONE; problem.n_partitions()],
        sizes: vec![0; n_members],
        subscribers,
    };
    if subscribed_topics.is_empty() {
        return Ok(problem.lists_from_owners(&builder.owners));
    }
    // maybeRevokePartitions: keep partitions of still-subscribed topics.
    for (partition, &owner) in current_owners.iter().enumerate() {
        if owner == NONE {
            continue;
        }
        let topic = problem.topic_of[partition];
        if problem.members[owner as usize].subscriptions.contains(&topic) {
            builder.owners[partition] = owner;
            builder.sizes[owner as usize] += 1;
        }
    }
    // assignRemainingPartitions.
    let mut with_unassigned: Vec<u32> = subscribed_topics
        .iter()
        .copied()
        .filter(|&topic| builder.partitions(topic).any(|p| builder.owners[p as usize] == NONE))
        .collect();
    builder.sort_topics(&mut with_unassigned);
    let mut balancer = Balancer::new();
    for &topic in &with_unassigned {
        balancer.initialize(&builder.subscribers[topic as usize], &builder.sizes);
        let unassigned: Vec<u32> =
            builder.partitions(topic).filter(|&p| builder.owners[p as usize] == NONE).collect();
        for partition in unassigned {
            let member = balancer.next_least_loaded(&builder.sizes);
            builder.assign_partition(partition, member);
        }
    }
    builder.balance(&subscribed_topics);
    Ok(problem.lists_from_owners(&builder.owners))
}

impl Heterogeneous<'_> {
    fn partitions(&self, topic: u32) -> std::ops::Range<u32> {
        self.problem.partitions_of(topic).unwrap_or(0..0)
    }

    /// Most partitions per subscriber first, then fewer subscribers, then topic id.
    fn sort_topics(&self, topics: &mut [u32]) {
        topics.sort_by(|&a, &b| {
            let ratio = |topic: u32| {
                f64::from(self.problem.topics[topic as usize].n_partitions.unwrap_or(0))
                    / self.subscribers[topic as usize].len() as f64
            };
            ratio(b)
                .total_cmp(&ratio(a))
                .then(self.subscribers[a as usize].len().cmp(&self.subscribers[b as usize].len()))
                .then(self.problem.topics[a as usize].uuid.cmp(&self.problem.topics[b as usize].uuid))
        });
    }

    fn assign_partition(&mut self, partition: u32, member: u32) {
        let old = self.owners[partition as usize];
        if old != NONE {
            self.sizes[old as usize] -= 1;
        }
        self.owners[partition as usize] = member;
        self.sizes[member as usize] += 1;
    }

    fn balance(&mut self, subscribed_topics: &[u32]) {
        const MAX_ITERATION_COUNT: usize = 16;
        let mut topics: Vec<u32> =
            subscribed_topics.iter().copied().filter(|&t| self.subscribers[t as usize].len() >= 2).collect();
        if topics.is_empty() {
            return;
        }
        self.sort_topics(&mut topics);
        let mut last_rebalanced: Option<usize> = None;
        let mut balancer = Balancer::new();
        for _ in 0..MAX_ITERATION_COUNT {
            for (index, &topic) in topics.iter().enumerate() {
                if last_rebalanced == Some(index) {
                    return;
                }
                let moved = self.balance_topic(topic, &mut balancer);
                if moved > 0 || last_rebalanced.is_none() {
                    last_rebalanced = Some(index);
                }
            }
        }
    }

    fn balance_topic(&mut self, topic: u32, balancer: &mut Balancer) -> usize {
        let subscribers = self.subscribers[topic as usize].clone();
        if balancer.initialize(&subscribers, &self.sizes) <= 1 {
            return 0;
        }
        let range = self.partitions(topic);
        let mut partitions: Vec<u32> = range.clone().collect();
        // By owner index (unowned first), then partition.
        partitions.sort_by_key(|&p| (self.owners[p as usize].wrapping_add(1), p));
        let mut start: rustc_hash::FxHashMap<u32, usize> = rustc_hash::FxHashMap::default();
        let mut end: rustc_hash::FxHashMap<u32, usize> = rustc_hash::FxHashMap::default();
        for (index, &partition) in partitions.iter().enumerate() {
            let owner = self.owners[partition as usize];
            start.entry(owner).or_insert(index);
            end.insert(owner, index + 1);
        }
        let mut moved = 0;
        while !balancer.is_balanced() {
            let most = loop {
                match balancer.next_most_loaded(&self.sizes) {
                    None => break None,
                    Some(member) => {
                        let has_left = end.get(&member).is_some_and(|&e| e > start[&member]);
                        if !has_left {
                            balancer.exclude_most_loaded();
                            continue;
                        }
                        break Some(member);
                    }
                }
            };
            let Some(most) = most else { break };
            let last = end[&most] - 1;
            let partition = partitions[last];
            end.insert(most, last);
            let least_loaded = balancer.next_least_loaded(&self.sizes);
            if balancer.is_balanced() {
                break;
            }
            self.assign_partition(partition, least_loaded);
            moved += 1;
        }
        moved
    }
}
