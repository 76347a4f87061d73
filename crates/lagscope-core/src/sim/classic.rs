//! The classic group protocol (`JoinGroup/SyncGroup`), eager and cooperative, with static
//! membership, as Kafka's client (`AbstractCoordinator`, `ConsumerCoordinator`) and coordinator
//! (`GroupMetadataManager`, `ClassicGroup`) do it. `docs/simulator.md` names the method behind each
//! step:
//!
//! - the coordinator starts a rebalance; each member learns of it from its next heartbeat
//!   response (`REBALANCE_IN_PROGRESS` → `requestRejoin`) and sends `JoinGroup` from its next
//!   `poll()`, so a member busy with a batch holds up the whole group, up to the rebalance timeout
//!   (`max.poll.interval.ms`), after which dynamic members that did not rejoin are removed and
//!   static ones are kept;
//! - the `JoinGroup` response, then the `SyncGroup` response, are read from the member's next
//!   `poll()` (an idle member reads them at once); the leader runs the assignor when it reads its
//!   `JoinGroup` response, and the generation completes when its `SyncGroup` arrives;
//! - from `JoinGroup` until the assignment is applied the member's state is not `STABLE`: it does
//!   not auto-commit, and its commits fail with `RebalanceInProgressException`;
//! - eager members commit and revoke everything before `JoinGroup` (`onJoinPrepare`); cooperative
//!   members keep consuming, give up what the new assignment takes away without committing it
//!   (`onJoinComplete`), and rejoin for the second round;
//! - the first rebalance of an empty group waits `group.initial.rebalance.delay.ms`, extended by
//!   whole windows while new members keep joining;
//! - a static member (`group.instance.id`) that comes back while the group is stable gets its
//!   assignment back without a rebalance.

use super::engine::{Engine, Event, Life, PartitionIndex, ThreadIndex};
use super::output::{EventKind, GroupSample, LeaveReason};
use super::produce::Micros;
use super::scenario::ProtocolKind;
use crate::assign::{AssignOptions, AssignorKind};
use crate::l10n::{Arg, Message};

/// The coordinator's phase for the group (`ClassicGroupState`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(super) enum Phase {
    /// No members.
    #[default]
    Empty,
    /// Members consume with a settled assignment.
    Stable,
    /// Waiting for members to rejoin (`PreparingRebalance`).
    Preparing,
    /// The join phase is over; waiting for the leader's `SyncGroup` (`CompletingRebalance`).
    Completing,
}

/// Where a member is in a rebalance (`AbstractCoordinator.MemberState`, with the response it has
/// not read yet).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(super) enum JoinState {
    /// `STABLE` (or not in the group).
    #[default]
    Stable,
    /// `PREPARING_REBALANCE`: `JoinGroup` sent, the join phase is not over.
    Joining,
    /// The `JoinGroup` response has arrived; the member reads it at its next poll.
    JoinAnswered,
    /// `COMPLETING_REBALANCE`: `SyncGroup` sent, the leader's assignment has not reached the
    /// coordinator.
    Syncing,
    /// The `SyncGroup` response has arrived; `onJoinComplete` runs at the next poll.
    SyncAnswered,
}

/// The classic coordinator's view of the group.
#[derive(Debug, Default)]
pub(super) struct Coordinator {
    pub(super) phase: Phase,
    pub(super) generation: i32,
    /// Members in the order they joined (the first is the leader).
    pub(super) members: Vec<ThreadIndex>,
    /// Bumped for every join phase, so stale deadlines and responses are ignored.
    pub(super) round: u32,
    /// The first rebalance of an empty group: the join waits in windows of the initial delay.
    initial_delay: bool,
    /// A new member joined during the current initial-delay window.
    new_member_added: bool,
    /// What is left of the rebalance timeout for more windows.
    initial_remaining: Micros,
    deadline: Micros,
    started: Micros,
    max_generation: Option<i32>,
    /// The assignment the leader sent, in the order of `members` when it ran.
    assignment: Option<Vec<(ThreadIndex, Vec<PartitionIndex>)>>,
    /// Members of the generation that have not sent `SyncGroup` (`pendingSyncMembers`).
    pending_sync: Vec<ThreadIndex>,
}

/// Why the coordinator refused a commit, as the client reports it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Refusal {
    /// `ILLEGAL_GENERATION`, `UNKNOWN_MEMBER_ID` or no generation: `CommitFailedException`.
    NotInGeneration,
    /// `REBALANCE_IN_PROGRESS`: `RebalanceInProgressException`.
    Rebalancing,
}

impl Coordinator {
    /// `ClassicGroup.validateOffsetCommit`: a commit must carry the current generation, and is
    /// refused while the group completes a rebalance.
    pub(super) fn validate_commit(&self, generation: i32) -> Result<(), Refusal> {
        if generation != self.generation {
            return Err(Refusal::NotInGeneration);
        }
        if self.phase == Phase::Completing {
            return Err(Refusal::Rebalancing);
        }
        Ok(())
    }
}

impl Engine<'_> {
    /// The classic part of `poll()` (`ConsumerCoordinator.poll`): read the responses that arrived,
    /// apply an assignment, and send `JoinGroup` when a rejoin is needed. Returns whether the
    /// member may auto-commit now (no join pending).
    pub(super) fn classic_poll(&mut self, thread: ThreadIndex) -> bool {
        match self.threads[thread].join {
            JoinState::SyncAnswered => {
                let partitions = self.threads[thread].pending.take().unwrap_or_default();
                self.threads[thread].join = JoinState::Stable;
                self.apply_classic_assignment(thread, &partitions);
            }
            JoinState::JoinAnswered => self.send_sync(thread),
            JoinState::Stable | JoinState::Joining | JoinState::Syncing => {}
        }
        let state = &self.threads[thread];
        let needs_join = state.join == JoinState::Stable
            && (!state.in_group || state.poll_timed_out || state.rejoin_needed);
        if needs_join {
            self.classic_join(thread);
        }
        self.threads[thread].join == JoinState::Stable
    }

    /// A heartbeat response while the group rebalances: `REBALANCE_IN_PROGRESS`, and a `STABLE`
    /// member requests a rejoin (`HeartbeatResponseHandler.handle`), acted on at its next poll.
    pub(super) fn learn_of_rebalance(&mut self, thread: ThreadIndex) {
        let state = &self.threads[thread];
        let rebalancing = self.classic.phase == Phase::Preparing;
        if !rebalancing
            || !state.in_group
            || state.poll_timed_out
            || state.has_joined()
            || !matches!(state.life, Life::Running | Life::Stopping)
            || !self.classic.members.contains(&thread)
        {
            return;
        }
        if state.join != JoinState::Stable {
            // Outside STABLE the error is ignored; the next heartbeat tries again.
            self.schedule_heartbeat(thread);
            return;
        }
        self.threads[thread].rejoin_needed = true;
        self.nudge(thread);
    }

    /// `joinGroupIfNeeded` from a thread's `poll()`: `onJoinPrepare`, then `JoinGroup`.
    fn classic_join(&mut self, thread: ThreadIndex) {
        let now = self.now;
        let was_member = self.threads[thread].in_group;
        let timed_out = self.threads[thread].poll_timed_out;
        let is_static = self.threads[thread].instance_id.is_some();
        self.threads[thread].poll_timed_out = false;
        self.threads[thread].rejoin_needed = false;
        if was_member && timed_out && is_static {
            self.replace_static_member(thread);
            if self.classic.phase == Phase::Stable {
                return;
            }
        }
        if !self.threads[thread].owned.is_empty() {
            // onJoinPrepare: with auto-commit, commit what was consumed and wait for it.
            if self.scenario.consumer.enable_auto_commit {
                self.commit_positions(thread, None);
            }
            if self.protocol == ProtocolKind::Eager {
                let owned = self.threads[thread].owned.clone();
                let names = self.partition_names(&owned);
                self.release_all(thread);
                let event =
                    self.log(EventKind::Revoked, Some(thread), crate::msg!("sim-event-eager-revoked"));
                event.partitions = names;
            }
        }
        if !was_member {
            self.new_identity(thread);
            self.threads[thread].in_group = true;
            self.threads[thread].generation = -1;
            self.classic.members.push(thread);
            self.log(EventKind::Joined, Some(thread), crate::msg!("sim-event-join-group"));
        }
        let is_new = !was_member;
        match self.classic.phase {
            Phase::Empty => {
                // GroupMetadataManager.prepareRebalance: an empty group's first join waits in windows.
                self.classic.phase = Phase::Preparing;
                self.classic.initial_delay = true;
                self.classic.new_member_added = false;
                self.classic.round += 1;
                self.classic.started = now;
                self.classic.initial_remaining =
                    (self.timing.max_poll_interval - self.timing.initial_delay).max(0);
                self.schedule_initial_window(self.timing.initial_delay);
                let generation = self.classic.generation;
                let event =
                    self.log(EventKind::RebalanceStarted, Some(thread), crate::msg!("sim-event-first-join"));
                event.generation = Some(generation);
            }
            Phase::Stable | Phase::Completing => {
                let reason = if is_new {
                    crate::msg!("sim-event-reason-joined")
                } else {
                    crate::msg!("sim-event-reason-rejoined")
                };
                self.start_rebalance(reason);
            }
            Phase::Preparing => {
                if self.classic.initial_delay && is_new {
                    self.classic.new_member_added = true;
                }
            }
        }
        self.threads[thread].join = JoinState::Joining;
        self.check_join_complete();
    }

    /// A returning static member with its `group.instance.id`: the coordinator gives it a new
    /// member id and the old one's assignment (`GroupMetadataManager.updateStaticMemberThenRebalanceOrCompleteJoin`).
    fn replace_static_member(&mut self, thread: ThreadIndex) {
        let old = self.threads[thread].identity;
        self.threads[thread].session_token += 1;
        self.classic.pending_sync.retain(|member| *member != thread);
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
                crate::msg!("sim-event-static-rejoined")
            } else {
                crate::msg!("sim-event-static-rejoined-rebalancing")
            },
        );
        if stable {
            for partition in &partitions {
                self.take(thread, *partition);
            }
            let state = &mut self.threads[thread];
            state.generation = self.classic.generation;
            state.last_assignment = partitions;
            self.restart_auto_commit_timer(thread);
        }
    }

    fn schedule_initial_window(&mut self, length: Micros) {
        self.classic.deadline = self.now + length;
        let round = self.classic.round;
        self.schedule_at(self.classic.deadline, Event::JoinDeadline { round });
    }

    /// The coordinator asks every member to rejoin; they learn it from their next heartbeat.
    fn start_rebalance(&mut self, reason: Message) {
        let now = self.now;
        let coordinator = &mut self.classic;
        coordinator.phase = Phase::Preparing;
        coordinator.initial_delay = false;
        coordinator.round += 1;
        coordinator.started = now;
        coordinator.deadline = now + self.timing.max_poll_interval;
        coordinator.assignment = None;
        let (round, deadline, generation) = (coordinator.round, coordinator.deadline, coordinator.generation);
        self.schedule_at(deadline, Event::JoinDeadline { round });
        for member in self.classic.members.clone() {
            let state = &mut self.threads[member];
            if matches!(state.join, JoinState::Joining | JoinState::JoinAnswered | JoinState::Syncing) {
                // The abandoned generation's JoinGroup or SyncGroup is answered REBALANCE_IN_PROGRESS
                // (or its SyncGroup is): the member rejoins.
                state.join = JoinState::Stable;
                state.rejoin_needed = true;
            }
        }
        let event = self.log(
            EventKind::RebalanceStarted,
            None,
            crate::msg!("sim-event-rebalance-started", reason = reason),
        );
        event.generation = Some(generation);
        for member in self.classic.members.clone() {
            if self.threads[member].rejoin_needed {
                self.nudge(member);
            } else {
                self.schedule_heartbeat(member);
            }
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
        if coordinator.members.iter().all(|member| self.threads[*member].has_joined()) {
            self.complete_join();
        }
    }

    /// `completeClassicGroupJoin`: a new generation; the `JoinGroup` responses go out.
    fn complete_join(&mut self) {
        self.classic.phase = Phase::Completing;
        self.classic.generation += 1;
        self.classic.assignment = None;
        let round = self.classic.round;
        let half = self.timing.rebalance_overhead / 2;
        self.schedule_at(self.now + half, Event::JoinAnswered { round });
        self.schedule_at(self.now + self.timing.max_poll_interval, Event::SyncDeadline { round });
        self.classic.pending_sync.clone_from(&self.classic.members);
        // Every member's session timer restarts at join completion (rescheduleClassicGroupMemberHeartbeat);
        // a static member that did not rejoin and no longer heartbeats expires from now.
        for member in self.classic.members.clone() {
            let state = &self.threads[member];
            let silent = state.poll_timed_out || !matches!(state.life, Life::Running | Life::Stopping);
            if !state.has_joined() && silent {
                self.arm_session_check_from(member, self.now);
            }
        }
    }

    /// The `JoinGroup` responses arrive: each member reads its own at its next poll.
    pub(super) fn join_answered(&mut self, round: u32) {
        if round != self.classic.round || self.classic.phase != Phase::Completing {
            return;
        }
        for member in self.classic.members.clone() {
            if self.threads[member].join == JoinState::Joining {
                self.threads[member].join = JoinState::JoinAnswered;
                // HeartbeatThread.enable → Heartbeat.resetTimeouts: the heartbeat timer restarts now.
                self.threads[member].heartbeat_phase = self.now;
                self.nudge(member);
            }
        }
    }

    /// A member read its `JoinGroup` response: it sends `SyncGroup`; the leader's carries the
    /// assignment it computed (`onLeaderElected`).
    fn send_sync(&mut self, thread: ThreadIndex) {
        let half = self.timing.rebalance_overhead / 2;
        self.classic.pending_sync.retain(|member| *member != thread);
        let is_leader = self.classic.members.first() == Some(&thread);
        if is_leader {
            let members = self.classic.members.clone();
            let assignment = self.run_classic_assignor(&members);
            let assignor_time = (self.subscribed_partitions() as f64
                * self.scenario.consumer.assignment_us_per_partition)
                .round() as Micros;
            self.classic.assignment = Some(members.into_iter().zip(assignment).collect());
            let round = self.classic.round;
            self.schedule_at(self.now + assignor_time + half, Event::SyncArrived { round });
        }
        let assigned = self.assignment_for(thread);
        let state = &mut self.threads[thread];
        match assigned {
            // The leader's assignment is already there: the answer comes back at once.
            Some(partitions) if !is_leader => {
                state.pending = Some(partitions);
                state.join = JoinState::SyncAnswered;
                let at = self.now + 2 * half;
                self.nudge_at(thread, at);
            }
            _ => state.join = JoinState::Syncing,
        }
    }

    fn assignment_for(&self, thread: ThreadIndex) -> Option<Vec<PartitionIndex>> {
        if self.classic.phase != Phase::Stable {
            return None;
        }
        let assignment = self.classic.assignment.as_ref()?;
        Some(
            assignment
                .iter()
                .find(|(member, _)| *member == thread)
                .map(|(_, partitions)| partitions.clone())
                .unwrap_or_default(),
        )
    }

    pub(super) fn join_deadline(&mut self, round: u32) {
        if round != self.classic.round
            || self.classic.phase != Phase::Preparing
            || self.now < self.classic.deadline
        {
            return;
        }
        if self.classic.initial_delay {
            // tryCompleteInitialRebalanceElseSchedule: another window while new members arrive.
            let remaining = self.classic.initial_remaining;
            if self.classic.new_member_added && remaining > 0 {
                let window = self.timing.initial_delay.min(remaining);
                self.classic.new_member_added = false;
                self.classic.initial_remaining = (remaining - self.timing.initial_delay).max(0);
                self.schedule_initial_window(window);
                return;
            }
            self.classic.initial_delay = false;
        }
        let late: Vec<ThreadIndex> = self
            .classic
            .members
            .iter()
            .copied()
            .filter(|member| !self.threads[*member].has_joined())
            .collect();
        for member in late {
            if self.threads[member].instance_id.is_some() {
                // completeClassicGroupJoin removes only dynamic members that did not rejoin.
                continue;
            }
            let detail = crate::msg!(
                "sim-event-join-timeout",
                max_poll_interval_ms = self.scenario.consumer.max_poll_interval_ms.to_string(),
            );
            self.member_left(member, LeaveReason::RebalanceTimeout, detail);
        }
        let anyone_joined = self.classic.members.iter().any(|member| self.threads[*member].has_joined());
        if self.classic.phase == Phase::Preparing && anyone_joined {
            self.complete_join();
        }
    }

    /// The leader's `SyncGroup` reached the coordinator: the generation is stable, and every
    /// member that sent `SyncGroup` gets its assignment.
    pub(super) fn sync_arrived(&mut self, round: u32) {
        if round != self.classic.round || self.classic.phase != Phase::Completing {
            return;
        }
        let Some(assignment) = self.classic.assignment.clone() else { return };
        self.classic.phase = Phase::Stable;
        self.n_rebalances += 1;
        let generation = self.classic.generation;
        for partition in &mut self.partitions {
            partition.assigned_to = None;
        }
        let half = self.timing.rebalance_overhead / 2;
        for (member, partitions) in &assignment {
            if !self.classic.members.contains(member) {
                continue;
            }
            let identity = self.threads[*member].identity;
            for partition in partitions {
                self.partitions[*partition].assigned_to = identity;
            }
            let names = self.partition_names(partitions);
            let state = &mut self.threads[*member];
            if state.join == JoinState::Syncing {
                state.pending = Some(partitions.clone());
                state.join = JoinState::SyncAnswered;
                self.nudge_at(*member, self.now + half);
            }
            let event = self.log(
                EventKind::Assigned,
                Some(*member),
                crate::msg!("sim-event-assigned", generation = generation, count = names.len()),
            );
            event.generation = Some(generation);
            event.partitions = names;
        }
        let took = (self.now - self.classic.started) as f64 / 1e6;
        let detail = crate::msg!(
            "sim-event-rebalance-completed",
            generation = generation,
            members = assignment.len(),
            protocol = match self.protocol {
                ProtocolKind::Eager => "eager",
                ProtocolKind::Cooperative => "cooperative",
                ProtocolKind::Consumer => "consumer",
            },
            assignor = self.scenario.consumer.assignor.name(),
            took = Arg::seconds(took),
        );
        let event = self.log(EventKind::RebalanceCompleted, None, detail);
        event.generation = Some(generation);
    }

    /// `expirePendingSync`: members that never sent `SyncGroup` within the rebalance timeout are
    /// removed, static or not.
    pub(super) fn sync_deadline(&mut self, round: u32) {
        if round != self.classic.round || !matches!(self.classic.phase, Phase::Completing | Phase::Stable) {
            return;
        }
        for member in std::mem::take(&mut self.classic.pending_sync) {
            if !self.classic.members.contains(&member) {
                continue;
            }
            let detail = crate::msg!(
                "sim-event-sync-timeout",
                max_poll_interval_ms = self.scenario.consumer.max_poll_interval_ms.to_string(),
            );
            self.member_left(member, LeaveReason::RebalanceTimeout, detail);
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
                self.log(
                    EventKind::RebalanceCompleted,
                    None,
                    crate::msg!("sim-event-assignor-failed", error = error.message()),
                );
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

    /// `onJoinComplete` in the member's `poll()`: the generation is its own, the auto-commit
    /// timer restarts, new partitions are taken; cooperative members give up what was taken away,
    /// without committing it, and rejoin for the second round.
    fn apply_classic_assignment(&mut self, thread: ThreadIndex, partitions: &[PartitionIndex]) {
        self.threads[thread].generation = self.classic.generation;
        self.threads[thread].last_assignment = partitions.to_vec();
        self.restart_auto_commit_timer(thread);
        let revoked: Vec<PartitionIndex> =
            self.threads[thread].owned.iter().copied().filter(|owned| !partitions.contains(owned)).collect();
        if !revoked.is_empty() {
            for partition in &revoked {
                self.release(thread, *partition);
            }
            let names = self.partition_names(&revoked);
            let event =
                self.log(EventKind::Revoked, Some(thread), crate::msg!("sim-event-cooperative-revoked"));
            event.partitions = names;
        }
        for partition in partitions {
            if self.partitions[*partition].fetcher != Some(thread) {
                self.take(thread, *partition);
            }
        }
        if !revoked.is_empty() && self.protocol == ProtocolKind::Cooperative {
            self.threads[thread].rejoin_needed = true;
        }
    }

    /// The coordinator removed a member.
    pub(super) fn classic_member_removed(&mut self, thread: ThreadIndex, reason: LeaveReason) {
        self.classic.members.retain(|member| *member != thread);
        self.release_all(thread);
        let state = &mut self.threads[thread];
        state.join = JoinState::Stable;
        state.rejoin_needed = false;
        state.pending = None;
        if self.classic.members.is_empty() {
            self.classic.phase = Phase::Empty;
            self.classic.initial_delay = false;
            self.classic.round += 1;
            return;
        }
        match self.classic.phase {
            Phase::Stable | Phase::Completing => {
                self.start_rebalance(crate::msg!("sim-event-reason-left-because", reason = reason.label()));
            }
            Phase::Preparing => self.check_join_complete(),
            Phase::Empty => {}
        }
    }

    /// New partitions: only the leader watches for them, at its own next metadata refresh
    /// (`metadata.max.age.ms` from its own phase), and rejoins from its next poll
    /// (`ConsumerCoordinator.rejoinNeededOrPending`, "cached metadata has changed").
    pub(super) fn schedule_leader_metadata(&mut self, topic: usize) {
        let Some(&leader) = self.classic.members.first() else {
            // Nobody leads: whoever joins first sees every partition.
            self.known_partitions[topic] = super::engine::count(self.partition_index[topic].len());
            return;
        };
        let at = self.next_tick(self.threads[leader].metadata_phase, self.timing.metadata_max_age);
        self.schedule_at(at, Event::Metadata { topic });
    }

    /// The leader refreshed its metadata and sees a topic's new partition count.
    pub(super) fn metadata_refreshed(&mut self, topic: usize) {
        let actual = super::engine::count(self.partition_index[topic].len());
        if self.known_partitions[topic] == actual {
            return;
        }
        self.known_partitions[topic] = actual;
        let Some(&leader) = self.classic.members.first() else { return };
        self.log(
            EventKind::MetadataRefreshed,
            Some(leader),
            crate::msg!(
                "sim-event-metadata-refreshed",
                partitions = actual,
                topic = &self.scenario.topics[topic].name,
            ),
        );
        if self.threads[leader].join == JoinState::Stable {
            self.threads[leader].rejoin_needed = true;
            self.nudge(leader);
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
