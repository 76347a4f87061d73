//! The classic group protocol (`JoinGroup/SyncGroup`), eager and cooperative, with static
//! membership, as `shared/reference/assignors.md` §8.2 describes Kafka's coordinator and
//! `ConsumerCoordinator`:
//!
//! - a rebalance waits until every member has rejoined, and members rejoin only from `poll()`, so
//!   one member busy with a long batch holds up the whole group (up to the rebalance timeout,
//!   `max.poll.interval.ms`, after which it is removed);
//! - eager members revoke everything before rejoining (stop-the-world); cooperative members keep
//!   consuming, give up only what the new assignment takes away, and rejoin for a second round in
//!   which the withheld partitions are assigned;
//! - the first rebalance of an empty group waits `group.initial.rebalance.delay.ms`, extended by
//!   each join, so members starting together land in one generation;
//! - a static member (`group.instance.id`) that comes back while the group is stable gets its
//!   assignment back without a rebalance; gone, it is removed only by the session timeout.

use super::engine::{Engine, Event, PartitionIndex, ThreadIndex};
use super::output::{EventKind, GroupSample, LeaveReason};
use super::produce::Micros;
use super::scenario::ProtocolKind;
use crate::assign::{AssignOptions, AssignorKind};

/// The coordinator's phase for the group.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(super) enum Phase {
    /// No members.
    #[default]
    Empty,
    /// Members consume with a settled assignment.
    Stable,
    /// Waiting for members to rejoin.
    Preparing,
    /// Every member rejoined; the `SyncGroup` round is under way.
    Completing,
}

/// The classic coordinator's view of the group.
#[derive(Debug, Default)]
pub(super) struct Coordinator {
    pub(super) phase: Phase,
    pub(super) generation: i32,
    /// Members in the order they joined (the order the leader sees them in).
    pub(super) members: Vec<ThreadIndex>,
    /// Bumped for every join phase, so stale deadlines are ignored.
    pub(super) round: u32,
    initial_delay: bool,
    first_join: Micros,
    deadline: Micros,
    started: Micros,
    max_generation: Option<i32>,
}

impl Coordinator {
    /// The coordinator takes commits from the current generation, except while the `SyncGroup`
    /// round is under way (`REBALANCE_IN_PROGRESS`).
    pub(super) fn accepts_commit(&self, generation: i32) -> bool {
        generation == self.generation && self.phase != Phase::Completing
    }
}

impl Engine<'_> {
    /// The classic part of `poll()`: apply an assignment that arrived, rejoin when needed. Returns
    /// whether the thread may fetch.
    pub(super) fn classic_poll(&mut self, thread: ThreadIndex) -> bool {
        if let Some(partitions) = self.threads[thread].pending.take() {
            self.apply_classic_assignment(thread, &partitions);
        }
        let state = &self.threads[thread];
        let needs_join = !state.in_group
            || state.poll_timed_out
            || (self.classic.phase == Phase::Preparing && !state.joined);
        if needs_join {
            self.classic_join(thread);
        }
        !self.threads[thread].awaiting
    }

    /// `JoinGroup` from a thread (inside its `poll()`).
    fn classic_join(&mut self, thread: ThreadIndex) {
        let now = self.now;
        let was_member = self.threads[thread].in_group;
        let timed_out = self.threads[thread].poll_timed_out;
        let is_static = self.threads[thread].instance_id.is_some();
        self.threads[thread].poll_timed_out = false;
        if was_member && timed_out && is_static {
            self.replace_static_member(thread);
            if self.classic.phase == Phase::Stable {
                return;
            }
        }
        if self.protocol == ProtocolKind::Eager && !self.threads[thread].owned.is_empty() {
            // onJoinPrepare: commit (auto-commit) and revoke everything before JoinGroup.
            if self.scenario.consumer.enable_auto_commit {
                self.commit_positions(thread, None);
            }
            let owned = self.threads[thread].owned.clone();
            let names = self.partition_names(&owned);
            self.release_all(thread);
            let event = self.log(
                EventKind::Revoked,
                Some(thread),
                "eager rebalance: every partition is revoked before rejoining".to_owned(),
            );
            event.partitions = names;
        }
        if !was_member {
            self.new_identity(thread);
            self.threads[thread].in_group = true;
            self.threads[thread].generation = -1;
            self.classic.members.push(thread);
            self.log(EventKind::Joined, Some(thread), "JoinGroup".to_owned());
        }
        let is_new = !was_member;
        match self.classic.phase {
            Phase::Empty => {
                self.classic.phase = Phase::Preparing;
                self.classic.initial_delay = true;
                self.classic.round += 1;
                self.classic.first_join = now;
                self.classic.started = now;
                for member in self.classic.members.clone() {
                    self.threads[member].joined = false;
                }
                self.extend_initial_delay();
                let generation = self.classic.generation;
                let event = self.log(
                    EventKind::RebalanceStarted,
                    Some(thread),
                    "a member joined the empty group: the coordinator waits group.initial.rebalance.delay.ms for others".to_owned(),
                );
                event.generation = Some(generation);
            }
            Phase::Stable | Phase::Completing => {
                let reason = if is_new { "a member joined" } else { "a member rejoined" };
                self.start_rebalance(reason);
            }
            Phase::Preparing => {
                if self.classic.initial_delay {
                    self.extend_initial_delay();
                }
            }
        }
        let state = &mut self.threads[thread];
        state.joined = true;
        state.awaiting = self.protocol == ProtocolKind::Eager || is_new || state.owned.is_empty();
        self.check_join_complete();
    }

    /// A static member returns with its `group.instance.id`: the coordinator gives it a new
    /// member id and the assignment of the old one.
    fn replace_static_member(&mut self, thread: ThreadIndex) {
        let old = self.threads[thread].identity;
        self.threads[thread].session_token += 1;
        let identity = self.new_identity(thread);
        let mut partitions = Vec::new();
        for (index, partition) in self.partitions.iter_mut().enumerate() {
            if partition.assigned_to.is_some() && partition.assigned_to == old {
                partition.assigned_to = Some(identity);
                partitions.push(index);
            }
        }
        let stable = self.classic.phase == Phase::Stable;
        self.log(
            EventKind::Joined,
            Some(thread),
            if stable {
                "static member rejoined with its group.instance.id: new member id, same assignment, no rebalance".to_owned()
            } else {
                "static member rejoined with its group.instance.id during a rebalance".to_owned()
            },
        );
        if stable {
            for partition in &partitions {
                self.take(thread, *partition);
            }
            let state = &mut self.threads[thread];
            state.generation = self.classic.generation;
            state.last_assignment = partitions;
            state.awaiting = false;
            state.joined = false;
        }
    }

    fn extend_initial_delay(&mut self) {
        let deadline = (self.classic.first_join + self.timing.max_poll_interval)
            .min(self.now + self.timing.initial_delay);
        self.classic.deadline = deadline;
        let round = self.classic.round;
        self.schedule_at(deadline, Event::JoinDeadline { round });
    }

    /// The coordinator asks every member to rejoin.
    fn start_rebalance(&mut self, reason: &str) {
        let now = self.now;
        let coordinator = &mut self.classic;
        coordinator.phase = Phase::Preparing;
        coordinator.initial_delay = false;
        coordinator.round += 1;
        coordinator.started = now;
        coordinator.deadline = now + self.timing.max_poll_interval;
        let (round, deadline, generation) = (coordinator.round, coordinator.deadline, coordinator.generation);
        self.schedule_at(deadline, Event::JoinDeadline { round });
        for member in self.classic.members.clone() {
            self.threads[member].joined = false;
        }
        let event = self.log(
            EventKind::RebalanceStarted,
            None,
            format!("{reason}: every member must rejoin from its next poll()"),
        );
        event.generation = Some(generation);
        for member in self.classic.members.clone() {
            self.nudge(member);
        }
    }

    fn check_join_complete(&mut self) {
        let coordinator = &self.classic;
        if coordinator.phase != Phase::Preparing
            || coordinator.initial_delay
            || coordinator.members.is_empty()
        {
            return;
        }
        if coordinator.members.iter().all(|member| self.threads[*member].joined) {
            self.begin_sync();
        }
    }

    fn begin_sync(&mut self) {
        self.classic.phase = Phase::Completing;
        let round = self.classic.round;
        self.schedule_at(self.now + self.timing.rebalance_overhead, Event::SyncDone { round });
    }

    pub(super) fn join_deadline(&mut self, round: u32) {
        if round != self.classic.round
            || self.classic.phase != Phase::Preparing
            || self.now < self.classic.deadline
        {
            return;
        }
        if self.classic.initial_delay {
            self.classic.initial_delay = false;
        } else {
            let late: Vec<ThreadIndex> =
                self.classic.members.iter().copied().filter(|member| !self.threads[*member].joined).collect();
            for member in late {
                let detail = format!(
                    "did not rejoin within the rebalance timeout (max.poll.interval.ms = {} ms)",
                    self.scenario.consumer.max_poll_interval_ms
                );
                self.member_left(member, LeaveReason::RebalanceTimeout, detail);
            }
        }
        if self.classic.phase == Phase::Preparing && !self.classic.members.is_empty() {
            self.begin_sync();
        }
    }

    /// The leader's assignment reaches every member: a new generation.
    pub(super) fn sync_done(&mut self, round: u32) {
        if round != self.classic.round || self.classic.phase != Phase::Completing {
            return;
        }
        self.classic.generation += 1;
        self.n_rebalances += 1;
        let generation = self.classic.generation;
        let members = self.classic.members.clone();
        let assignment = self.run_classic_assignor(&members);
        for partition in &mut self.partitions {
            partition.assigned_to = None;
        }
        for (member, partitions) in members.iter().zip(assignment) {
            let identity = self.threads[*member].identity;
            for partition in &partitions {
                self.partitions[*partition].assigned_to = identity;
            }
            let names = self.partition_names(&partitions);
            let state = &mut self.threads[*member];
            state.generation = generation;
            state.joined = false;
            state.last_assignment.clone_from(&partitions);
            state.pending = Some(partitions);
            let event = self.log(
                EventKind::Assigned,
                Some(*member),
                format!("generation {generation}: {} partitions", names.len()),
            );
            event.generation = Some(generation);
            event.partitions = names;
        }
        self.classic.phase = Phase::Stable;
        let took = (self.now - self.classic.started) as f64 / 1e6;
        let detail = format!(
            "generation {generation}: {} members, {} protocol, {} assignor; the rebalance took {took:.1} s",
            members.len(),
            match self.protocol {
                ProtocolKind::Eager => "eager",
                ProtocolKind::Cooperative => "cooperative",
                ProtocolKind::Consumer => "consumer",
            },
            self.scenario.consumer.assignor.name()
        );
        let event = self.log(EventKind::RebalanceCompleted, None, detail);
        event.generation = Some(generation);
        for member in members {
            self.nudge(member);
        }
    }

    /// Runs the configured assignor over the members, in join order; returns each member's
    /// partitions.
    fn run_classic_assignor(&mut self, members: &[ThreadIndex]) -> Vec<Vec<PartitionIndex>> {
        let assignor = self.scenario.consumer.assignor;
        let owned_by = |member: ThreadIndex| -> (Vec<PartitionIndex>, Option<i32>) {
            let state = &self.threads[member];
            let owned = match assignor {
                AssignorKind::CooperativeSticky => state.owned.clone(),
                AssignorKind::Sticky => state.last_assignment.clone(),
                _ => Vec::new(),
            };
            let generation = (state.generation >= 0 && !owned.is_empty()).then_some(state.generation);
            (owned, generation)
        };
        let mut request = self.assign_request(members, owned_by);
        request.options = AssignOptions {
            previous_max_generation: self.classic.max_generation,
            ..AssignOptions::default()
        };
        match crate::assign::assign(&request) {
            Ok(outcome) => {
                self.classic.max_generation = outcome.max_generation.or(self.classic.max_generation);
                outcome
                    .assignment
                    .0
                    .iter()
                    .map(|(_, partitions)| self.partition_indexes(partitions))
                    .collect()
            }
            Err(error) => {
                self.log(EventKind::RebalanceCompleted, None, format!("the assignor failed: {error}"));
                vec![Vec::new(); members.len()]
            }
        }
    }

    pub(super) fn partition_indexes(&self, names: &[String]) -> Vec<PartitionIndex> {
        names
            .iter()
            .filter_map(|name| {
                let (topic, number) = name.rsplit_once('-')?;
                let topic = self.scenario.topics.iter().position(|known| known.name == topic)?;
                let number: usize = number.parse().ok()?;
                self.partition_index[topic].get(number).copied()
            })
            .collect()
    }

    /// `onJoinComplete` in the member's `poll()`: take the new partitions; cooperative members give
    /// up what was taken away and rejoin for the second round.
    fn apply_classic_assignment(&mut self, thread: ThreadIndex, partitions: &[PartitionIndex]) {
        let revoked: Vec<PartitionIndex> =
            self.threads[thread].owned.iter().copied().filter(|owned| !partitions.contains(owned)).collect();
        if !revoked.is_empty() {
            if self.scenario.consumer.enable_auto_commit {
                self.commit_positions(thread, Some(&revoked));
            }
            for partition in &revoked {
                self.release(thread, *partition);
            }
            let names = self.partition_names(&revoked);
            let event = self.log(EventKind::Revoked, Some(thread), "cooperative rebalance: only the partitions that move are revoked; the member rejoins for the second round".to_owned());
            event.partitions = names;
        }
        for partition in partitions {
            if self.partitions[*partition].fetcher != Some(thread) {
                self.take(thread, *partition);
            }
        }
        self.threads[thread].awaiting = false;
        if !revoked.is_empty() && self.protocol == ProtocolKind::Cooperative {
            self.classic_join(thread);
        }
    }

    /// The coordinator removed a member.
    pub(super) fn classic_member_removed(&mut self, thread: ThreadIndex, reason: LeaveReason) {
        self.classic.members.retain(|member| *member != thread);
        self.release_all(thread);
        let state = &mut self.threads[thread];
        state.joined = false;
        state.awaiting = false;
        state.pending = None;
        if self.classic.members.is_empty() {
            self.classic.phase = Phase::Empty;
            self.classic.initial_delay = false;
            return;
        }
        match self.classic.phase {
            Phase::Stable | Phase::Completing => {
                self.start_rebalance(&format!("a member left ({})", reason.as_str()));
            }
            Phase::Preparing => self.check_join_complete(),
            Phase::Empty => {}
        }
    }

    /// The leader refreshed its metadata and sees a topic's new partition count.
    pub(super) fn metadata_refreshed(&mut self, topic: usize) {
        let actual = super::engine::count(self.partition_index[topic].len());
        if self.known_partitions[topic] == actual {
            return;
        }
        self.known_partitions[topic] = actual;
        if self.classic.phase == Phase::Stable {
            let reason = format!(
                "the leader's metadata shows {actual} partitions for {}",
                self.scenario.topics[topic].name
            );
            self.start_rebalance(&reason);
        }
    }

    pub(super) fn classic_sample(&self) -> GroupSample {
        GroupSample {
            state: match self.classic.phase {
                Phase::Empty => "Empty",
                Phase::Stable => "Stable",
                Phase::Preparing => "PreparingRebalance",
                Phase::Completing => "CompletingRebalance",
            },
            generation: self.classic.generation,
            members: self
                .classic
                .members
                .iter()
                .filter_map(|member| self.threads[*member].identity.map(|identity| identity as u32))
                .collect(),
        }
    }
}
