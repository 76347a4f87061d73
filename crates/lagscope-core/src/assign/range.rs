//! The client `RangeAssignor` ("range"): per topic, members sorted (static members first, by
//! `group.instance.id`, then by `member.id`) take consecutive ranges; the first
//! `n_partitions % n_members` take one more. Since 3.5 (KIP-881) it is rack-aware when members and
//! replicas carry racks and some partition lacks a replica on some rack, and it keeps
//! co-partitioned topics (same subscribers, same partition count) aligned.

use super::java;
use super::problem::Problem;

struct TopicState {
    /// Subscribers in `MemberInfo` order.
    consumers: Vec<usize>,
    /// Per position in `consumers`, the member's rack.
    consumer_racks: Vec<Option<u32>>,
    first: u32,
    n_partitions: u32,
    assigned: Vec<bool>,
    n_unassigned: u32,
    /// Cursor: no unassigned partition before it.
    cursor: u32,
    num_assigned: Vec<u32>,
    per_consumer: u32,
    remaining_with_extra: i64,
    /// `partitionRacks.size()`: the partition count when some subscriber has a rack, else 0.
    rack_map_size: u32,
    has_rack_map: bool,
    needs_rack_aware: bool,
}

impl TopicState {
    fn max_assignable(&self, position: usize) -> u32 {
        let limit = i64::from(self.per_consumer) + i64::from(self.remaining_with_extra > 0)
            - i64::from(self.num_assigned[position]);
        limit.max(0) as u32
    }

    fn on_assigned(&mut self, position: usize, partitions: &[u32]) {
        self.num_assigned[position] += partitions.len() as u32;
        if self.num_assigned[position] > self.per_consumer {
            self.remaining_with_extra -= 1;
        }
        for &partition in partitions {
            let offset = (partition - self.first) as usize;
            if !self.assigned[offset] {
                self.assigned[offset] = true;
                self.n_unassigned -= 1;
            }
        }
    }

    /// `racksMatch`: a member without a rack matches everything.
    fn racks_match(&self, problem: &Problem, position: usize, partition: u32) -> bool {
        match self.consumer_racks[position] {
            None => true,
            Some(rack) => self.has_rack_map && problem.racks_of(partition).contains(&rack),
        }
    }
}

pub(crate) fn assign(problem: &Problem) -> Vec<Vec<u32>> {
    let n_members = problem.members.len();
    // Members in `MemberInfo` order once (a stable sort, as each topic's own sort would be): each
    // topic's subscribers, collected in that order, are already sorted.
    let mut in_info_order: Vec<usize> = (0..n_members).collect();
    in_info_order.sort_by(|&a, &b| problem.member_info_order(a, b));
    let mut n_subscribers = vec![0_usize; problem.topics.len()];
    for member in &problem.members {
        for &topic in &member.subscriptions {
            n_subscribers[topic as usize] += 1;
        }
    }
    let mut subscribers: Vec<Vec<usize>> = n_subscribers.into_iter().map(Vec::with_capacity).collect();
    for &index in &in_info_order {
        for &topic in &problem.members[index].subscriptions {
            subscribers[topic as usize].push(index);
        }
    }
    let topics = problem.client_topics_in_hash_order();
    if problem.members.iter().all(|member| member.rack.is_none()) {
        assign_consecutive_ranges(problem, &topics, &subscribers)
    } else {
        assign_with_states(problem, &topics, subscribers)
    }
}

/// Kafka's `TopicAssignmentState`s and passes: rack matching first when a topic needs it, then
/// `assignRanges` over what is left.
fn assign_with_states(problem: &Problem, topics: &[u32], mut subscribers: Vec<Vec<usize>>) -> Vec<Vec<u32>> {
    let mut states: Vec<TopicState> = Vec::new();
    for &topic in topics {
        let Some(range) = problem.partitions_of(topic) else { continue };
        let consumers = std::mem::take(&mut subscribers[topic as usize]);
        let consumer_racks: Vec<Option<u32>> = consumers.iter().map(|&m| problem.members[m].rack).collect();
        let n_partitions = range.end - range.start;
        let n_consumers = consumers.len() as u32;
        let any_consumer_rack = consumer_racks.iter().any(Option::is_some);
        let needs_rack_aware = any_consumer_rack && {
            let mut partition_racks: Vec<u32> =
                range.clone().flat_map(|p| problem.racks_of(p).iter().copied()).collect();
            partition_racks.sort_unstable();
            partition_racks.dedup();
            let disjoint =
                !consumer_racks.iter().flatten().any(|rack| partition_racks.binary_search(rack).is_ok());
            if disjoint {
                false
            } else if problem.prefer_rack_aware_logic {
                true
            } else {
                range.clone().any(|p| problem.racks_of(p).len() != partition_racks.len())
            }
        };
        states.push(TopicState {
            consumer_racks,
            first: range.start,
            n_partitions,
            assigned: vec![false; n_partitions as usize],
            n_unassigned: n_partitions,
            cursor: range.start,
            num_assigned: vec![0; consumers.len()],
            per_consumer: n_partitions.checked_div(n_consumers).unwrap_or(0),
            remaining_with_extra: if n_consumers == 0 { 0 } else { i64::from(n_partitions % n_consumers) },
            rack_map_size: if any_consumer_rack { n_partitions } else { 0 },
            has_rack_map: any_consumer_rack,
            needs_rack_aware,
            consumers,
        });
    }

    let mut assignment: Vec<Vec<u32>> = vec![Vec::new(); problem.members.len()];
    let use_rack_aware = states.iter().any(|state| state.needs_rack_aware);
    if use_rack_aware {
        assign_with_rack_matching(problem, &mut states, &mut assignment);
    }
    for state in &mut states {
        assign_ranges(problem, state, false, &mut assignment);
    }
    if use_rack_aware {
        for list in &mut assignment {
            list.sort_unstable();
        }
    }
    assignment
}

/// `assignRanges` when no member has a rack (nothing to match, as in nearly every group): each
/// topic's subscribers, in `MemberInfo` order, take consecutive ranges from partition 0, the first
/// `n_partitions % n_subscribers` one partition more. The same lists as the general path, without
/// its per-topic bookkeeping.
fn assign_consecutive_ranges(problem: &Problem, topics: &[u32], subscribers: &[Vec<usize>]) -> Vec<Vec<u32>> {
    // Each topic's share per subscriber position: (first partition, length).
    let share = |topic: u32, position: usize| -> Option<(u32, u32)> {
        let range = problem.partitions_of(topic)?;
        let n_consumers = u32::try_from(subscribers[topic as usize].len()).ok().filter(|n| *n > 0)?;
        let n_partitions = range.end - range.start;
        let (per_consumer, n_with_extra) = (n_partitions / n_consumers, n_partitions % n_consumers);
        let position = u32::try_from(position).ok()?;
        let length = per_consumer + u32::from(position < n_with_extra);
        let start = range.start + per_consumer * position + position.min(n_with_extra);
        Some((start, length))
    };
    // Sized once: a member's list grows by one range per topic.
    let mut n_assigned = vec![0_usize; problem.members.len()];
    for &topic in topics {
        for (position, &member) in subscribers[topic as usize].iter().enumerate() {
            n_assigned[member] += share(topic, position).map_or(0, |(_, length)| length as usize);
        }
    }
    let mut assignment: Vec<Vec<u32>> = n_assigned.into_iter().map(Vec::with_capacity).collect();
    for &topic in topics {
        for (position, &member) in subscribers[topic as usize].iter().enumerate() {
            if let Some((start, length)) = share(topic, position) {
                assignment[member].extend(start..start + length);
            }
        }
    }
    assignment
}

fn assign_ranges(
    problem: &Problem,
    state: &mut TopicState,
    rack_matching: bool,
    assignment: &mut [Vec<u32>],
) {
    let mut take = Vec::new();
    for position in 0..state.consumers.len() {
        if state.n_unassigned == 0 {
            break;
        }
        let limit = state.max_assignable(position) as usize;
        if limit == 0 {
            continue;
        }
        take.clear();
        if rack_matching {
            for partition in state.first..state.first + state.n_partitions {
                if take.len() == limit {
                    break;
                }
                if !state.assigned[(partition - state.first) as usize]
                    && state.racks_match(problem, position, partition)
                {
                    take.push(partition);
                }
            }
        } else {
            let end = state.first + state.n_partitions;
            let mut partition = state.cursor;
            while partition < end && take.len() < limit {
                if !state.assigned[(partition - state.first) as usize] {
                    take.push(partition);
                }
                partition += 1;
            }
            // Every partition before `partition` is now assigned or taken.
            state.cursor = partition;
        }
        if take.is_empty() {
            continue;
        }
        let member = state.consumers[position];
        assignment[member].extend_from_slice(&take);
        state.on_assigned(position, &take);
    }
}

fn assign_with_rack_matching(problem: &Problem, states: &mut [TopicState], assignment: &mut [Vec<u32>]) {
    // Collectors.groupingBy(t -> t.consumers): a HashMap keyed by the ordered member → rack map,
    // whose hashCode is the sum of (memberId.hashCode() ^ Optional(rack).hashCode()).
    let mut groups: Vec<(Vec<usize>, Vec<usize>)> = Vec::new(); // (consumers, state indexes)
    for (index, state) in states.iter().enumerate() {
        match groups.iter_mut().find(|(consumers, _)| *consumers == state.consumers) {
            Some((_, members)) => members.push(index),
            None => groups.push((state.consumers.clone(), vec![index])),
        }
    }
    let key_hash = |consumers: &[usize]| -> i32 {
        consumers.iter().fold(0_i32, |sum, &member| {
            let member = &problem.members[member];
            let rack_hash = member.rack.map_or(0, |rack| java::string_hash(&problem.racks[rack as usize]));
            sum.wrapping_add(member.hash ^ rack_hash)
        })
    };
    let hashes: Vec<i32> = groups.iter().map(|(consumers, _)| key_hash(consumers)).collect();
    for group in java::iteration_order(&hashes, 16) {
        let group_states = &groups[group].1;
        // Inner groupingBy(t -> t.partitionRacks.size()): Integer keys hash to themselves.
        let mut by_size: Vec<(u32, Vec<usize>)> = Vec::new();
        for &index in group_states {
            let size = states[index].rack_map_size;
            match by_size.iter_mut().find(|(key, _)| *key == size) {
                Some((_, list)) => list.push(index),
                None => by_size.push((size, vec![index])),
            }
        }
        let size_hashes: Vec<i32> = by_size.iter().map(|(size, _)| size.cast_signed()).collect();
        for sub in java::iteration_order(&size_hashes, 16) {
            let (n_partitions, co_partitioned) = &by_size[sub];
            if co_partitioned.len() > 1 {
                assign_co_partitioned(problem, states, co_partitioned, *n_partitions, assignment);
            } else {
                let state = &mut states[co_partitioned[0]];
                if state.needs_rack_aware {
                    assign_ranges(problem, state, true, assignment);
                }
            }
        }
    }
}

fn assign_co_partitioned(
    problem: &Problem,
    states: &mut [TopicState],
    group: &[usize],
    n_partitions: u32,
    assignment: &mut [Vec<u32>],
) {
    let consumers = states[group[0]].consumers.clone();
    let mut remaining: Vec<usize> = (0..consumers.len()).collect();
    for partition in 0..n_partitions {
        let found = remaining.iter().position(|&position| {
            group.iter().all(|&index| {
                let state = &states[index];
                state.racks_match(problem, position, state.first + partition)
                    && state.max_assignable(position) > 0
            })
        });
        let Some(found_at) = found else { continue };
        let position = remaining[found_at];
        for &index in group {
            let state = &mut states[index];
            let tp = state.first + partition;
            assignment[consumers[position]].push(tp);
            state.on_assigned(position, &[tp]);
        }
        if group.iter().all(|&index| states[index].max_assignable(position) == 0) {
            remaining.remove(found_at);
            if remaining.is_empty() {
                break;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::super::{AssignRequest, AssignorKind, MemberSpec};
    use super::*;

    /// Groups without racks: uneven counts, more members than partitions, members subscribed to
    /// different topics, static members sorted first, topics without partitions or metadata.
    fn requests() -> Vec<AssignRequest> {
        let mut requests = Vec::new();
        for (n_topics, n_partitions, n_members) in [(1, 3, 2), (3, 7, 3), (2, 2, 5), (5, 10, 4), (4, 0, 2)] {
            let topics: BTreeMap<String, i32> =
                (0..n_topics).map(|t| (format!("t{t}"), n_partitions + t)).collect();
            let members = (0..n_members)
                .map(|m| MemberSpec {
                    member_id: format!("c{}", n_members - m),
                    group_instance_id: (m % 3 == 1).then(|| format!("i{m}")),
                    // Every other member leaves out the first topic and names one without metadata.
                    subscriptions: (0..n_topics)
                        .filter(|t| m % 2 == 0 || *t > 0)
                        .map(|t| format!("t{t}"))
                        .chain((m % 2 == 1).then(|| "missing".to_owned()))
                        .collect(),
                    ..MemberSpec::default()
                })
                .collect();
            requests.push(AssignRequest::new(AssignorKind::Range, topics, members));
        }
        requests
    }

    #[test]
    fn consecutive_ranges_are_what_the_general_passes_give() {
        for request in requests() {
            let problem = Problem::new(&request).expect("valid request");
            let mut in_info_order: Vec<usize> = (0..problem.members.len()).collect();
            in_info_order.sort_by(|&a, &b| problem.member_info_order(a, b));
            let mut subscribers: Vec<Vec<usize>> = vec![Vec::new(); problem.topics.len()];
            for &index in &in_info_order {
                for &topic in &problem.members[index].subscriptions {
                    subscribers[topic as usize].push(index);
                }
            }
            let topics = problem.client_topics_in_hash_order();
            let general = assign_with_states(&problem, &topics, subscribers.clone());
            assert_eq!(assign_consecutive_ranges(&problem, &topics, &subscribers), general);
            assert_eq!(assign(&problem), general);
            assert!(general.iter().flatten().count() > 0 || problem.n_partitions() == 0);
        }
    }
}
