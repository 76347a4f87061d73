//! The KIP-848 consumer protocol, as `shared/reference/assignors.md` §8.3 describes
//! `GroupMetadataManager` and `CurrentAssignmentBuilder`:
//!
//! - there is no group-wide barrier: a join, a leave or new partitions bump the group epoch and
//!   the coordinator computes a new target assignment with the server assignor at once;
//! - each member heartbeats every `group.consumer.heartbeat.interval.ms` (the interval the
//!   coordinator sends back, `AbstractHeartbeatRequestManager.onResponse`), learns its target from
//!   a heartbeat response, revokes what it must give up from its next `poll()` (committing first
//!   with auto-commit, `ConsumerMembershipManager.signalReconciliationStarted`) and acknowledges at
//!   once with a heartbeat (`AbstractMembershipManager.revokeAndAssign` → `ACKNOWLEDGING`);
//! - a member gets no new partitions while it still owns partitions it must revoke
//!   (`CurrentAssignmentBuilder`, `UNREVOKED_PARTITIONS`), and a partition is granted only once its
//!   previous owner has released it; members whose partitions do not move never stop;
//! - a static member that left keeps its target assignment until its session times out.

use std::collections::BTreeMap;

use super::engine::{Engine, Event, Life, PartitionIndex, ThreadIndex};
use super::output::{EventKind, GroupSample};
use crate::l10n::Message;

/// The KIP-848 coordinator's view of the group.
#[derive(Debug, Default)]
pub(super) struct Coordinator {
    pub(super) epoch: i32,
    pub(super) members: Vec<ThreadIndex>,
    pub(super) target: BTreeMap<ThreadIndex, Vec<PartitionIndex>>,
}

impl Engine<'_> {
    /// The KIP-848 part of `poll()`: join when needed, revoke what the target no longer holds.
    pub(super) fn modern_poll(&mut self, thread: ThreadIndex) {
        let state = &self.threads[thread];
        if state.in_group && state.poll_timed_out && state.instance_id.is_some() {
            self.threads[thread].poll_timed_out = false;
            self.threads[thread].session_token += 1;
            let old = self.threads[thread].identity;
            self.new_identity(thread);
            for partition in &mut self.partitions {
                if partition.assigned_to.is_some() && partition.assigned_to == old {
                    partition.assigned_to = None;
                }
            }
            self.log(EventKind::Joined, Some(thread), crate::msg!("sim-event-static-rejoined-target"));
            self.schedule_reconcile_now(thread);
        } else if !state.in_group || state.poll_timed_out {
            self.threads[thread].poll_timed_out = false;
            self.threads[thread].in_group = true;
            // The first heartbeat goes out at once; the next ones every interval from it.
            self.threads[thread].heartbeat_phase = self.now;
            self.new_identity(thread);
            self.modern.members.push(thread);
            self.log(EventKind::Joined, Some(thread), crate::msg!("sim-event-heartbeat-join"));
            self.bump_epoch(crate::msg!("sim-event-reason-joined"));
        }
        if !self.threads[thread].revoke_pending.is_empty() {
            let revoked = std::mem::take(&mut self.threads[thread].revoke_pending);
            if self.scenario.consumer.enable_auto_commit {
                self.commit_positions(thread, Some(&revoked));
            }
            for partition in &revoked {
                self.release(thread, *partition);
                self.partitions[*partition].assigned_to = None;
            }
            let names = self.partition_names(&revoked);
            let event = self.log(EventKind::Revoked, Some(thread), crate::msg!("sim-event-modern-revoked"));
            event.partitions = names;
            self.offer_released(&revoked);
            // ACKNOWLEDGING: the member heartbeats at once, and may now get its new partitions.
            self.schedule_reconcile_now(thread);
        }
    }

    /// Partitions were released: their target owners pick them up at their next heartbeat.
    fn offer_released(&mut self, released: &[PartitionIndex]) {
        let waiting: Vec<ThreadIndex> = self
            .modern
            .target
            .iter()
            .filter(|(_, target)| target.iter().any(|partition| released.contains(partition)))
            .map(|(thread, _)| *thread)
            .collect();
        for thread in waiting {
            self.schedule_heartbeat(thread);
        }
    }

    /// A new group epoch: the server assignor computes the target assignment.
    pub(super) fn bump_epoch(&mut self, reason: Message) {
        self.modern.epoch += 1;
        self.n_rebalances += 1;
        let epoch = self.modern.epoch;
        let members = self.modern.members.clone();
        let request = self.assign_request(&members, |member| {
            (self.modern.target.get(&member).cloned().unwrap_or_default(), None)
        });
        self.modern.target.clear();
        match crate::assign::assign(&request) {
            Ok(outcome) => {
                for (member, (_, partitions)) in members.iter().zip(&outcome.assignment.0) {
                    let indexes = self.partition_indexes(partitions);
                    self.modern.target.insert(*member, indexes);
                }
            }
            Err(error) => {
                self.log(
                    EventKind::EpochBumped,
                    None,
                    crate::msg!("sim-event-assignor-failed", error = error.message()),
                );
            }
        }
        let event = self.log(
            EventKind::EpochBumped,
            None,
            crate::msg!("sim-event-epoch-bumped", reason = reason, epoch = epoch, members = members.len()),
        );
        event.generation = Some(epoch);
        for member in members {
            self.schedule_heartbeat(member);
        }
    }

    /// A heartbeat sent at once (a join, an acknowledgement).
    fn schedule_reconcile_now(&mut self, thread: ThreadIndex) {
        self.threads[thread].heartbeat_scheduled = true;
        self.schedule_at(self.now, Event::Heartbeat { thread });
    }

    /// A heartbeat response: revocations first; new partitions only once nothing is left to
    /// revoke, and only those their previous owner has released.
    pub(super) fn reconcile(&mut self, thread: ThreadIndex) {
        let state = &self.threads[thread];
        if state.life != Life::Running || !state.in_group || state.poll_timed_out {
            return;
        }
        let target = self.modern.target.get(&thread).cloned().unwrap_or_default();
        let revoke: Vec<PartitionIndex> =
            state.owned.iter().copied().filter(|owned| !target.contains(owned)).collect();
        if !revoke.is_empty() {
            let pending = &mut self.threads[thread].revoke_pending;
            for partition in revoke {
                if !pending.contains(&partition) {
                    pending.push(partition);
                }
            }
            self.nudge(thread);
            // UNREVOKED_PARTITIONS: nothing new until the revocation is acknowledged.
            return;
        }
        let identity = self.threads[thread].identity;
        let mut granted = Vec::new();
        for partition in target {
            if self.threads[thread].owned.contains(&partition) {
                continue;
            }
            if self.partitions[partition].fetcher.is_none()
                && self.partitions[partition].assigned_to.is_none()
            {
                self.take(thread, partition);
                self.partitions[partition].assigned_to = identity;
                granted.push(partition);
            }
        }
        if !granted.is_empty() {
            self.nudge(thread);
            let epoch = self.modern.epoch;
            self.threads[thread].generation = epoch;
            let names = self.partition_names(&granted);
            let event = self.log(
                EventKind::Assigned,
                Some(thread),
                crate::msg!("sim-event-granted", epoch = epoch, count = names.len()),
            );
            event.generation = Some(epoch);
            event.partitions = names;
        }
    }

    /// The coordinator removed a member: its partitions are free and the target is recomputed.
    pub(super) fn modern_member_removed(&mut self, thread: ThreadIndex) {
        self.modern.members.retain(|member| *member != thread);
        self.modern.target.remove(&thread);
        let owned = self.threads[thread].owned.clone();
        self.release_all(thread);
        self.threads[thread].revoke_pending.clear();
        for partition in &owned {
            self.partitions[*partition].assigned_to = None;
        }
        if !self.modern.members.is_empty() {
            self.bump_epoch(crate::msg!("sim-event-reason-left"));
        }
    }

    /// New partitions are seen by the coordinator at once.
    pub(super) fn modern_partitions_changed(&mut self, topic: usize) {
        self.known_partitions[topic] = super::engine::count(self.partition_index[topic].len());
        if !self.modern.members.is_empty() {
            let reason = crate::msg!(
                "sim-event-reason-partitions",
                topic = &self.scenario.topics[topic].name,
                partitions = self.known_partitions[topic],
            );
            self.bump_epoch(reason);
        }
    }

    pub(super) fn modern_sample(&self) -> GroupSample {
        let reconciling = self.modern.members.iter().any(|member| {
            let target = self.modern.target.get(member).map_or(&[][..], Vec::as_slice);
            let owned = &self.threads[*member].owned;
            owned.len() != target.len() || owned.iter().any(|partition| !target.contains(partition))
        });
        GroupSample {
            state: if self.modern.members.is_empty() {
                "Empty"
            } else if reconciling {
                "Reconciling"
            } else {
                "Stable"
            },
            generation: self.modern.epoch,
            members: self
                .modern
                .members
                .iter()
                .filter_map(|member| self.threads[*member].identity.map(|identity| identity as u32))
                .collect(),
        }
    }
}
