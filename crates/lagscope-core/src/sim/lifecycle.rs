//! Leaving the group and dying: the poll timeout, the session timeout, the coordinator removing a
//! member, a crash, and a graceful shutdown.

use super::engine::{Engine, Event, Life, ThreadIndex};
use super::output::{EventKind, LeaveReason};
use super::produce::Micros;
use super::scenario::ProtocolKind;
use crate::l10n::{Arg, Message};

impl Engine<'_> {
    /// The thread's batch has exceeded `max.poll.interval.ms`: the heartbeat thread gives up.
    pub(super) fn poll_timeout(&mut self, thread: ThreadIndex) {
        let now = self.now;
        let records: i64 = self.threads[thread]
            .batch
            .as_ref()
            .map_or(0, |batch| batch.ranges.iter().map(|(_, start, end)| end - start).sum());
        let started = self.threads[thread].batch.as_ref().map_or(now, |batch| batch.start);
        let detail = crate::msg!(
            "sim-event-poll-timeout",
            records = records,
            elapsed = Arg::seconds((now - started) as f64 / 1e6),
            max_poll_interval_ms = self.scenario.consumer.max_poll_interval_ms.to_string(),
        );
        self.threads[thread].poll_timed_out = true;
        self.release_all(thread);
        let is_static = self.threads[thread].instance_id.is_some();
        if is_static {
            // AbstractCoordinator.maybeLeaveGroup: a static member sends no LeaveGroup; it resets
            // its generation and stops heartbeating, and the coordinator keeps it until its
            // session expires.
            self.log(
                EventKind::PollTimedOut,
                Some(thread),
                crate::msg!("sim-event-poll-timeout-static", timeout = detail),
            );
            self.arm_session_check(thread);
        } else {
            self.member_left(thread, LeaveReason::PollTimeout, detail);
        }
    }

    /// The member stopped heartbeating: the coordinator removes it `session.timeout.ms` after its
    /// last heartbeat (the session timer restarts at each one), so 42–45 s after a crash with the
    /// defaults, not exactly 45.
    pub(super) fn arm_session_check(&mut self, thread: ThreadIndex) {
        let (last_heartbeat, _) = self.heartbeat_times(thread);
        self.arm_session_check_from(thread, last_heartbeat);
    }

    /// The session expires `session.timeout.ms` after `from` (its last heartbeat, or the join's
    /// completion, which restarts it).
    pub(super) fn arm_session_check_from(&mut self, thread: ThreadIndex, from: Micros) {
        let state = &mut self.threads[thread];
        state.session_token += 1;
        let token = state.session_token;
        let at = (from + self.timing.session_timeout).max(self.now);
        self.schedule_at(at, Event::SessionCheck { thread, token });
    }

    pub(super) fn session_expired(&mut self, thread: ThreadIndex) {
        let state = &self.threads[thread];
        let alive_and_joined = state.life == Life::Running && !state.poll_timed_out;
        if !state.in_group || alive_and_joined {
            return;
        }
        let detail = crate::msg!(
            "sim-event-session-expired",
            session_timeout_ms = self.scenario.consumer.session_timeout_ms.to_string(),
        );
        self.member_left(thread, LeaveReason::SessionTimeout, detail);
    }

    /// The coordinator removes a member: the log, the member's series, then the protocol.
    pub(super) fn member_left(&mut self, thread: ThreadIndex, reason: LeaveReason, detail: Message) {
        let at_ms = self.at_ms();
        if let Some(identity) = self.threads[thread].identity {
            self.members[identity].left = Some((at_ms, reason));
        }
        let event = self.log(EventKind::Left, Some(thread), detail);
        event.reason = Some(reason);
        for partition in 0..self.partitions.len() {
            if self.partitions[partition].assigned_to.is_some()
                && self.partitions[partition].assigned_to == self.threads[thread].identity
            {
                self.partitions[partition].assigned_to = None;
            }
        }
        self.threads[thread].in_group = false;
        self.threads[thread].generation = -1;
        match self.protocol {
            ProtocolKind::Eager | ProtocolKind::Cooperative => self.classic_member_removed(thread, reason),
            ProtocolKind::Consumer => self.modern_member_removed(thread),
        }
    }

    /// The process dies: work in progress is partly done, nothing is committed, the coordinator
    /// notices after `session.timeout.ms`.
    pub(super) fn crash(&mut self, thread: ThreadIndex, detail: Message) {
        let now = self.now;
        if let Some(batch) = self.threads[thread].batch.take() {
            let length = (batch.end - batch.start).max(1) as f64;
            let fraction = ((now - batch.start) as f64 / length).clamp(0.0, 1.0);
            self.count_processed(thread, &batch, fraction);
        }
        self.release_all(thread);
        let state = &mut self.threads[thread];
        state.life = Life::Crashed;
        state.token += 1;
        self.log(EventKind::Crashed, Some(thread), detail);
        if self.threads[thread].in_group {
            self.arm_session_check(thread);
        }
    }

    /// A graceful shutdown begins: the batch in progress finishes first.
    pub(super) fn stop(&mut self, thread: ThreadIndex) {
        match self.threads[thread].life {
            Life::Running => {}
            Life::Booting => {
                self.threads[thread].life = Life::Down;
                self.threads[thread].token += 1;
                return;
            }
            Life::Stopping | Life::Down | Life::Crashed => return,
        }
        self.threads[thread].life = Life::Stopping;
        if self.threads[thread].batch.is_none() {
            self.finish_stop(thread);
        } else {
            let token = self.threads[thread].token;
            self.schedule_at(self.now + self.timing.shutdown_timeout, Event::StopDeadline { thread, token });
        }
    }

    /// `consumer.close()`: commit (auto-commit), `LeaveGroup` for dynamic members.
    pub(super) fn finish_stop(&mut self, thread: ThreadIndex) {
        if self.scenario.consumer.enable_auto_commit && !self.threads[thread].owned.is_empty() {
            self.commit_positions(thread, None);
        }
        self.release_all(thread);
        let state = &mut self.threads[thread];
        state.life = Life::Down;
        state.token += 1;
        self.log(EventKind::Stopped, Some(thread), crate::msg!("sim-event-stopped"));
        if !self.threads[thread].in_group {
            return;
        }
        if self.threads[thread].instance_id.is_some() {
            self.arm_session_check(thread);
        } else {
            self.member_left(thread, LeaveReason::Shutdown, crate::msg!("sim-event-left-on-close"));
        }
    }
}
