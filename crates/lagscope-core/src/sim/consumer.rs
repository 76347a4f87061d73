//! A consumer thread's poll loop: wake up, finish the batch in progress (count it, commit it),
//! poll (auto-commit, the protocol's part, fetch), process, and the `max.poll.interval.ms` check.

use super::engine::{Batch, Engine, Event, Life, PartitionIndex, ThreadIndex};
use super::output::{CommitError, EventKind};
use super::produce::Micros;
use super::scenario::{CommitMode, ProtocolKind};

impl Engine<'_> {
    pub(super) fn wake(&mut self, thread: ThreadIndex) {
        let now = self.now;
        match self.threads[thread].life {
            Life::Down | Life::Crashed => return,
            Life::Booting => {
                // Auto-commit timers start whenever each consumer happened to start, not in step.
                let phase =
                    (self.threads[thread].rng.unit() * self.timing.auto_commit_interval as f64) as Micros;
                self.threads[thread].life = Life::Running;
                self.threads[thread].last_commit = now - phase;
                self.log(EventKind::Started, Some(thread), crate::msg!("sim-event-started"));
            }
            Life::Running | Life::Stopping => {}
        }
        if let Some(mut batch) = self.threads[thread].batch.take() {
            self.complete_batch(thread, &batch);
            batch.ranges.clear();
            self.spare_ranges.push(batch.ranges);
        }
        if self.threads[thread].life == Life::Stopping {
            self.finish_stop(thread);
            return;
        }
        self.poll(thread);
    }

    pub(super) fn wake_at(&mut self, thread: ThreadIndex, time: Micros) {
        let state = &mut self.threads[thread];
        state.token += 1;
        let token = state.token;
        self.schedule_at(time, Event::Wake { thread, token });
    }

    /// A thread blocked inside `poll()` (waiting for an assignment, or idle) reacts now.
    pub(super) fn nudge(&mut self, thread: ThreadIndex) {
        let state = &self.threads[thread];
        if state.life == Life::Running && state.batch.is_none() {
            self.wake_at(thread, self.now);
        }
    }

    /// Wakes a thread blocked inside `poll()` at `time` (a response it waits for arrives then); a
    /// busy thread reads it at its next poll anyway.
    pub(super) fn nudge_at(&mut self, thread: ThreadIndex, time: Micros) {
        let state = &self.threads[thread];
        if state.life == Life::Running && state.batch.is_none() {
            self.wake_at(thread, time.max(self.now));
        }
    }

    pub(super) fn poll(&mut self, thread: ThreadIndex) {
        let now = self.now;
        self.threads[thread].last_poll = now;
        if !self.threads[thread].poll_check_armed {
            self.threads[thread].poll_check_armed = true;
            self.schedule_at(now + self.timing.max_poll_interval, Event::PollCheck { thread });
        }
        // ConsumerCoordinator.poll: the group first; the periodic auto-commit only when no join is
        // pending (maybeAutoCommitOffsetsAsync is skipped while rebalancing).
        let settled = match self.protocol {
            ProtocolKind::Eager | ProtocolKind::Cooperative => self.classic_poll(thread),
            ProtocolKind::Consumer => {
                self.modern_poll(thread);
                true
            }
        };
        if settled
            && self.commit_mode == CommitMode::Auto
            && now - self.threads[thread].last_commit >= self.timing.auto_commit_interval
        {
            self.commit_positions(thread, None);
        }
        self.fetch(thread);
    }

    /// `onJoinComplete` (and a returning static member): the auto-commit timer starts over.
    pub(super) fn restart_auto_commit_timer(&mut self, thread: ThreadIndex) {
        self.threads[thread].last_commit = self.now;
    }

    pub(super) fn poll_check(&mut self, thread: ThreadIndex) {
        let now = self.now;
        let state = &mut self.threads[thread];
        state.poll_check_armed = false;
        if !matches!(state.life, Life::Running | Life::Stopping) {
            return;
        }
        // Idle or blocked in poll(): the loop is alive.
        let due = if state.batch.is_none() {
            now + self.timing.max_poll_interval
        } else {
            state.last_poll + self.timing.max_poll_interval
        };
        if due > now {
            state.poll_check_armed = true;
            self.schedule_at(due, Event::PollCheck { thread });
            return;
        }
        if state.poll_timed_out || !state.in_group {
            return;
        }
        self.poll_timeout(thread);
    }

    /// `poll()`'s records: fetches complete per partition (up to `max.partition.fetch.bytes` each,
    /// for every owned partition with nothing buffered), and the records are handed out one
    /// buffered partition after another, up to `max.poll.records` (`FetchCollector.collectFetch`),
    /// so a poll usually holds one or two partitions. A caught-up thread waits `idle_poll_ms`.
    pub(super) fn fetch(&mut self, thread: ThreadIndex) {
        let now = self.now;
        let budget = i64::from(self.scenario.consumer.max_poll_records);
        let per_fetch = self.records_per_fetch;
        // What is buffered for partitions the thread no longer fetches is dropped.
        let mut buffer = std::mem::take(&mut self.threads[thread].buffer);
        buffer.retain(|(partition, end)| {
            self.partitions[*partition].fetcher == Some(thread) && self.partitions[*partition].position < *end
        });
        // AbstractFetch.fetchablePartitions: every owned partition without buffered data, starting
        // from a rotating point (CompletedFetch.drain moves a drained partition to the end).
        let owned = &self.threads[thread].owned;
        let n_owned = owned.len();
        let cursor = self.threads[thread].fetch_cursor;
        for offset in 0..n_owned {
            let partition = owned[(cursor + offset) % n_owned];
            if buffer.iter().any(|(buffered, _)| *buffered == partition) {
                continue;
            }
            let position = self.partitions[partition].position;
            let backlog = self.log_end_offset(partition) - position;
            if backlog > 0 {
                buffer.push_back((partition, position + backlog.min(per_fetch)));
            }
        }
        self.threads[thread].fetch_cursor = cursor.wrapping_add(1);
        let mut remaining = budget;
        let mut ranges = self.spare_ranges.pop().unwrap_or_default();
        while remaining > 0 {
            let Some((partition, end)) = buffer.front().copied() else { break };
            let position = self.partitions[partition].position;
            let take = (end - position).min(remaining);
            ranges.push((partition, position, position + take));
            self.partitions[partition].position = position + take;
            remaining -= take;
            if position + take >= end {
                buffer.pop_front();
            }
        }
        self.threads[thread].buffer = buffer;
        let n_records = budget - remaining;
        // A caught-up consumer's fetch returns when data arrives or the fetch wait ends: somewhere
        // within the idle interval, not on a beat shared with every other consumer.
        let idle = self.timing.idle_poll / 2
            + (self.threads[thread].rng.unit() * self.timing.idle_poll as f64) as Micros;
        if n_records == 0 {
            self.spare_ranges.push(ranges);
            // Nothing to read: the loop keeps polling, but nothing changes until a record arrives
            // (or an auto-commit falls due), so the thread sleeps until then.
            let mut wake = self.next_arrival(thread).max(now + idle);
            if let Some(due) = self.auto_commit_due(thread) {
                wake = wake.min(due.max(now + idle));
            }
            if wake <= self.timing.end {
                self.wake_at(thread, wake);
            }
            return;
        }
        let (duration, hang) = self.processing_time(thread, n_records);
        let end = now + duration;
        let hang = hang.map(|(after, records)| (now + after, records));
        self.threads[thread].batch = Some(Batch { start: now, end, ranges, hang });
        let resume = if n_records < budget { end.max(now + idle) } else { end };
        self.wake_at(thread, resume);
        if let Some((at, _)) = hang
            && self.commit_mode == CommitMode::SyncPerRecord
        {
            let token = self.threads[thread].token;
            self.schedule_at(at, Event::Checkpoint { thread, token });
        }
    }

    /// When the next record arrives on any of the thread's partitions (after the end: never),
    /// to the millisecond: log-end offsets only grow, so an exponential search then a bisection.
    pub(super) fn next_arrival(&self, thread: ThreadIndex) -> Micros {
        const RESOLUTION: Micros = 1_000;
        let end = self.timing.end;
        let mut best = end + 1;
        for &partition in &self.threads[thread].owned {
            let position = self.partitions[partition].position;
            let state = &self.partitions[partition];
            let number = state.number as usize;
            let arrived = |time: Micros| self.production.log_end_offset(state.topic, number, time) > position;
            let limit = best.min(end);
            if !arrived(limit) {
                continue;
            }
            let (mut low, mut step) = (self.now, RESOLUTION);
            let mut high = loop {
                let time = (low + step).min(limit);
                if time >= limit || arrived(time) {
                    break time;
                }
                low = time;
                step *= 2;
            };
            while high - low > RESOLUTION {
                let middle = low + (high - low) / 2;
                if arrived(middle) {
                    high = middle;
                } else {
                    low = middle;
                }
            }
            best = best.min(high);
        }
        best
    }

    /// With auto-commit, when positions that are not committed yet would be committed by a poll.
    pub(super) fn auto_commit_due(&self, thread: ThreadIndex) -> Option<Micros> {
        if self.commit_mode != CommitMode::Auto {
            return None;
        }
        let state = &self.threads[thread];
        let pending = state.owned.iter().any(|partition| {
            let partition = &self.partitions[*partition];
            partition.fetcher == Some(thread) && partition.committed != Some(partition.position)
        });
        pending.then_some(state.last_commit + self.timing.auto_commit_interval)
    }

    /// How long a batch takes, and where its first hanging call starts (microseconds from the
    /// batch's start, records processed before it): the records' processing times (host multiplier
    /// and slowdowns applied), at least what the host's rate cap allows (with the cap's jitter),
    /// the hanging calls (each bounded by the call's timeout), a stall, and the thread's own
    /// `commitSync()` round trips.
    pub(super) fn processing_time(
        &mut self,
        thread: ThreadIndex,
        n_records: i64,
    ) -> (Micros, Option<(Micros, i64)>) {
        let now = self.now;
        let host = self.threads[thread].host;
        let mut factor = self.hosts[host].spec.slowdown;
        for slowdown in &self.slowdowns {
            if slowdown.from <= now
                && slowdown.until.is_none_or(|until| now < until)
                && slowdown.threads.contains(&thread)
            {
                factor *= slowdown.factor;
            }
        }
        let rng = &mut self.threads[thread].rng;
        let sampled_ms = self.records.sum_ms(n_records, rng);
        let mut duration = sampled_ms * 1000.0 * factor;
        if let Some(cap) = self.hosts[host].spec.max_records_per_s {
            let threads = self.running_threads_on(host).max(1) as f64;
            let jitter = libm::exp(self.hosts[host].spec.cap_jitter * self.threads[thread].rng.normal());
            duration = duration.max(n_records as f64 * threads / cap * 1e6 * jitter);
        }
        let mut hang = None;
        if let Some(call) = &self.external_call {
            let rng = &mut self.threads[thread].rng;
            let n_hangs = call.count(n_records, rng);
            if n_hangs > 0 {
                let before = super::records::CallSampler::records_before_first(n_records, n_hangs, rng);
                let share = if n_records == 0 { 0.0 } else { before as f64 / n_records as f64 };
                hang = Some((bounded_micros(duration * share), before));
                duration += call.total_ms(n_hangs, rng) * 1000.0;
            }
        }
        let latency = self.scenario.consumer.commit_latency_ms * 1000.0;
        duration += match self.commit_mode {
            CommitMode::SyncPerBatch => latency,
            CommitMode::SyncPerRecord => latency * n_records as f64,
            CommitMode::Auto | CommitMode::AsyncPerBatch => 0.0,
        };
        let stall = std::mem::take(&mut self.threads[thread].pending_stall);
        (bounded_micros(duration).saturating_add(stall).min(LONGEST_BATCH), hang)
    }

    /// A batch is processed: count it (and its duplicates), then commit as the application does.
    pub(super) fn complete_batch(&mut self, thread: ThreadIndex, batch: &Batch) {
        self.count_processed(thread, batch, 1.0);
        if self.commit_mode != CommitMode::Auto {
            let offsets: Vec<(PartitionIndex, i64)> =
                batch.ranges.iter().map(|(partition, _, end)| (*partition, *end)).collect();
            self.commit_offsets(thread, &offsets);
        }
    }

    /// The batch reached its first hanging call: with a commit per record, what came before it is
    /// committed already.
    pub(super) fn checkpoint(&mut self, thread: ThreadIndex) {
        let Some(batch) = self.threads[thread].batch.as_ref() else { return };
        let Some((_, mut before)) = batch.hang else { return };
        let mut offsets = Vec::new();
        for (partition, start, end) in &batch.ranges {
            if before == 0 {
                break;
            }
            let done = (end - start).min(before);
            before -= done;
            offsets.push((*partition, start + done));
        }
        self.commit_offsets(thread, &offsets);
    }

    /// Counts a batch (or the `fraction` of it done before a crash) as processed.
    pub(super) fn count_processed(&mut self, thread: ThreadIndex, batch: &Batch, fraction: f64) {
        let bucket = self.bucket();
        let host = self.threads[thread].host;
        let identity = self.threads[thread].identity;
        let mut total = 0;
        for (partition, start, end) in &batch.ranges {
            let end = start + ((end - start) as f64 * fraction).floor() as i64;
            let state = &mut self.partitions[*partition];
            let n_records = (end - start).max(0) as u64;
            let duplicates = (end.min(state.processed_high) - start).max(0) as u64;
            state.duplicates += duplicates;
            state.processed += n_records;
            state.processed_high = state.processed_high.max(end);
            total += n_records;
        }
        self.hosts[host].processed[bucket] += total;
        if let Some(identity) = identity {
            self.members[identity].processed[bucket] += total;
        }
    }

    /// The sample interval the current time falls in (processing is counted in the interval that
    /// ends at or after it).
    pub(super) fn bucket(&self) -> usize {
        let every = self.timing.sample_every;
        let index = ((self.now + every - 1) / every) as usize;
        index.min(self.sample_times.len() - 1)
    }

    /// Whether a commit from this thread succeeds now, or the exception the application gets:
    /// the client refuses it while its own join is pending (`ConsumerCoordinator.sendOffsetCommitRequest`:
    /// `RebalanceInProgressException`) or after it lost its generation (`CommitFailedException`);
    /// the coordinator checks the generation and its own state (`ClassicGroup.validateOffsetCommit`).
    pub(super) fn commit_outcome(&self, thread: ThreadIndex) -> Result<(), CommitError> {
        let state = &self.threads[thread];
        if !state.in_group || state.poll_timed_out {
            return Err(CommitError::CommitFailedException);
        }
        match self.protocol {
            ProtocolKind::Eager | ProtocolKind::Cooperative => {
                if state.join != super::classic::JoinState::Stable {
                    return Err(CommitError::RebalanceInProgressException);
                }
                self.classic.validate_commit(state.generation).map_err(|refusal| match refusal {
                    super::classic::Refusal::NotInGeneration => CommitError::CommitFailedException,
                    super::classic::Refusal::Rebalancing => CommitError::RebalanceInProgressException,
                })
            }
            ProtocolKind::Consumer => Ok(()),
        }
    }

    /// Commits the fetch positions of the owned partitions (`only`: a subset), as auto-commit and
    /// revocation do.
    pub(super) fn commit_positions(&mut self, thread: ThreadIndex, only: Option<&[PartitionIndex]>) {
        let offsets: Vec<(PartitionIndex, i64)> = self.threads[thread]
            .owned
            .iter()
            .filter(|partition| only.is_none_or(|only| only.contains(partition)))
            .filter(|partition| self.partitions[**partition].fetcher == Some(thread))
            .map(|partition| (*partition, self.partitions[*partition].position))
            .collect();
        self.commit_offsets(thread, &offsets);
    }

    pub(super) fn commit_offsets(&mut self, thread: ThreadIndex, offsets: &[(PartitionIndex, i64)]) {
        self.threads[thread].last_commit = self.now;
        if offsets.is_empty() {
            return;
        }
        let error = match self.commit_outcome(thread) {
            Ok(()) => {
                for (partition, offset) in offsets {
                    self.partitions[*partition].committed = Some(*offset);
                }
                return;
            }
            Err(error) => error,
        };
        if self.commit_mode == CommitMode::Auto {
            // An auto-commit that fails is logged by the client, never thrown to the application.
            return;
        }
        let uncommitted = crate::model::saturating_sum(offsets.iter().map(|(partition, offset)| {
            offset - self.partitions[*partition].committed.unwrap_or(0).min(*offset)
        }));
        *self.commit_failures.entry(error).or_insert(0) += 1;
        let names =
            self.partition_names(&offsets.iter().map(|(partition, _)| *partition).collect::<Vec<_>>());
        let why = match error {
            CommitError::CommitFailedException => crate::msg!("sim-event-commit-failed-not-member"),
            CommitError::RebalanceInProgressException => crate::msg!("sim-event-commit-failed-rebalancing"),
        };
        let event = self.log(
            EventKind::CommitFailed,
            Some(thread),
            crate::msg!(
                "sim-event-commit-failed",
                exception = error.as_str(),
                why = why,
                uncommitted = uncommitted,
            ),
        );
        event.partitions = names;
        event.exception = Some(error);
    }
}

/// No batch lasts longer than this (twice the longest run): a batch that would is one that never
/// ends within the run, and times stay far from `i64`'s limits.
const LONGEST_BATCH: Micros = 2 * 31 * 86_400 * 1_000_000;

/// A duration in microseconds from a float computed from the scenario's settings (which may be
/// huge, or NaN from an infinite cap times nothing), bounded to `[0, LONGEST_BATCH]`.
fn bounded_micros(value: f64) -> Micros {
    if value.is_nan() { 0 } else { value.round().clamp(0.0, LONGEST_BATCH as f64) as Micros }
}
