//! The event loop and the consumer threads: state, the poll loop, fetching, processing and
//! commits. The coordinators (`classic.rs`, `modern.rs`) and the operations (`operations.rs`)
//! extend [`Engine`] in their own files.
//!
//! Time is in integer microseconds from the start. Events at the same time run in the order they
//! were scheduled, so a run is a pure function of the scenario and the seed.

use std::cmp::Reverse;
use std::collections::{BTreeMap, BinaryHeap};

use super::output::{
    EventKind, GroupSample, HostSeries, LeaveReason, MemberSeries, Outcome, PartitionSeries, SimEvent,
    Summary,
};
use super::produce::{Micros, Production, micros};
use super::records::RecordSampler;
use super::rng::Rng;
use super::scenario::{HostSpec, OffsetReset, ProtocolKind, Scenario, ScenarioError};

/// Index of a consumer thread slot (a host's thread; a restart reuses the slot).
pub(super) type ThreadIndex = usize;
/// Index of a partition in `Engine::partitions`.
pub(super) type PartitionIndex = usize;

/// Things that happen at a time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Event {
    /// A thread resumes: its batch is done, its idle wait is over, or it has booted.
    Wake { thread: ThreadIndex, token: u64 },
    /// Check a thread's `max.poll.interval.ms` (armed lazily: one pending check per thread).
    PollCheck { thread: ThreadIndex },
    /// Check whether the coordinator's session for a thread has expired.
    SessionCheck { thread: ThreadIndex, token: u64 },
    /// Classic: the join phase's deadline (rebalance timeout or initial delay).
    JoinDeadline { round: u32 },
    /// Classic: the `SyncGroup` round is over.
    SyncDone { round: u32 },
    /// KIP-848: a thread's heartbeat brings its target assignment.
    Reconcile { thread: ThreadIndex },
    /// A scheduled operation.
    Operation { index: usize },
    /// A step of a multi-step operation (deploys).
    Step { operation: usize, step: usize },
    /// A graceful shutdown took too long: the process is killed.
    StopDeadline { thread: ThreadIndex, token: u64 },
    /// The classic leader refreshes metadata and sees a topic's new partitions.
    Metadata { topic: usize },
    /// Take a sample.
    Sample { index: usize },
}

/// A process's life.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Life {
    /// Not started (or replaced).
    Down,
    /// Started; first poll pending.
    Booting,
    /// Polling and processing.
    Running,
    /// Finishing its batch before closing.
    Stopping,
    /// Dead without a goodbye.
    Crashed,
}

/// Records taken by one poll and being processed.
#[derive(Debug, Clone)]
pub(super) struct Batch {
    pub(super) start: Micros,
    pub(super) end: Micros,
    /// (partition, first offset, offset after the last).
    pub(super) ranges: Vec<(PartitionIndex, i64, i64)>,
}

/// A consumer thread slot on a host.
#[derive(Debug, Clone)]
#[allow(clippy::struct_excessive_bools, reason = "the flags mirror the Java consumer's own member state")]
pub(super) struct Thread {
    pub(super) host: usize,
    pub(super) number: u32,
    pub(super) client_id: String,
    pub(super) instance_id: Option<String>,
    /// The current member id (index into `Engine::members`).
    pub(super) identity: Option<usize>,
    pub(super) life: Life,
    /// Bumped to invalidate pending wakes.
    pub(super) token: u64,
    /// Bumped to invalidate pending session checks.
    pub(super) session_token: u64,
    pub(super) batch: Option<Batch>,
    /// Partitions this thread fetches (client-side ownership), with `Partition::position`.
    pub(super) owned: Vec<PartitionIndex>,
    /// The generation (classic) or member epoch (KIP-848) of its assignment; -1 when none.
    pub(super) generation: i32,
    /// The coordinator counts it as a member.
    pub(super) in_group: bool,
    /// Classic: it sent `JoinGroup` in the current rebalance.
    pub(super) joined: bool,
    /// Classic eager: it revoked everything and waits for its assignment, inside `poll()`.
    pub(super) awaiting: bool,
    /// Classic: an assignment received, applied at the next poll (`onJoinComplete`).
    pub(super) pending: Option<Vec<PartitionIndex>>,
    /// Classic sticky: the last assignment, sent as user data.
    pub(super) last_assignment: Vec<PartitionIndex>,
    /// KIP-848: partitions to give up at the next poll.
    pub(super) revoke_pending: Vec<PartitionIndex>,
    /// Its poll loop timed out (the client left, or a static member reset its generation).
    pub(super) poll_timed_out: bool,
    pub(super) last_poll: Micros,
    pub(super) poll_check_armed: bool,
    pub(super) last_commit: Micros,
    /// A hang to add to the next batch (a stall that hit an idle thread).
    pub(super) pending_stall: Micros,
    /// KIP-848: its heartbeats fall at `heartbeat_phase + k × interval`.
    pub(super) heartbeat_phase: Micros,
    pub(super) reconcile_scheduled: bool,
    pub(super) rng: Rng,
    /// Round-robin start for fetching, so no partition is always served last.
    pub(super) fetch_cursor: usize,
}

/// A partition's runtime state.
#[derive(Debug, Clone)]
pub(super) struct Partition {
    pub(super) topic: usize,
    pub(super) number: i32,
    pub(super) created: Micros,
    /// The log-end offset when the run (or the partition) started.
    pub(super) first_offset: i64,
    pub(super) committed: Option<i64>,
    /// The thread fetching it.
    pub(super) fetcher: Option<ThreadIndex>,
    /// The fetcher's next offset.
    pub(super) position: i64,
    /// The coordinator's view: the member (identity) it is assigned to.
    pub(super) assigned_to: Option<usize>,
    /// Every offset below this has been processed at least once.
    pub(super) processed_high: i64,
    pub(super) processed: u64,
    pub(super) duplicates: u64,
    pub(super) uncovered_since: Option<Micros>,
    pub(super) uncovered: Micros,
}

/// A host at runtime.
#[derive(Debug, Clone)]
pub(super) struct Host {
    pub(super) spec: HostSpec,
    pub(super) address: String,
    pub(super) threads: Vec<ThreadIndex>,
    pub(super) processed: Vec<u64>,
}

/// Settings in microseconds.
#[derive(Debug, Clone)]
pub(super) struct Timing {
    pub(super) max_poll_interval: Micros,
    pub(super) session_timeout: Micros,
    pub(super) heartbeat_interval: Micros,
    pub(super) auto_commit_interval: Micros,
    pub(super) idle_poll: Micros,
    pub(super) rebalance_overhead: Micros,
    pub(super) initial_delay: Micros,
    pub(super) metadata_max_age: Micros,
    pub(super) shutdown_timeout: Micros,
    pub(super) sample_every: Micros,
    pub(super) end: Micros,
}

/// A slowdown window.
#[derive(Debug, Clone)]
pub(super) struct Slowdown {
    pub(super) threads: Vec<ThreadIndex>,
    pub(super) factor: f64,
    pub(super) from: Micros,
    pub(super) until: Option<Micros>,
}

/// The whole simulation state.
#[derive(Debug)]
pub(super) struct Engine<'scenario> {
    pub(super) scenario: &'scenario Scenario,
    pub(super) protocol: ProtocolKind,
    pub(super) timing: Timing,
    pub(super) start_ms: i64,
    pub(super) now: Micros,
    queue: BinaryHeap<Reverse<(Micros, u64, Event)>>,
    sequence: u64,
    pub(super) rng: Rng,
    pub(super) production: Production,
    /// Per topic: the partition count the classic leader knows.
    pub(super) known_partitions: Vec<i32>,
    pub(super) partitions: Vec<Partition>,
    /// Per topic, partition number → index.
    pub(super) partition_index: Vec<Vec<PartitionIndex>>,
    pub(super) hosts: Vec<Host>,
    pub(super) threads: Vec<Thread>,
    pub(super) members: Vec<MemberSeries>,
    pub(super) events: Vec<SimEvent>,
    pub(super) samples: Vec<GroupSample>,
    pub(super) sample_times: Vec<Micros>,
    pub(super) series: Vec<PartitionSeries>,
    pub(super) slowdowns: Vec<Slowdown>,
    pub(super) classic: super::classic::Coordinator,
    pub(super) modern: super::modern::Coordinator,
    pub(super) n_rebalances: u32,
    pub(super) n_commit_failures: u32,
    pub(super) deploys: BTreeMap<usize, super::operations::Deploy>,
    next_client: u32,
    records: RecordSampler,
    scratch: Vec<(PartitionIndex, i64)>,
    /// Emptied range lists, reused by the next batches.
    spare_ranges: Vec<Vec<(PartitionIndex, i64, i64)>>,
}

impl<'scenario> Engine<'scenario> {
    pub(super) fn new(scenario: &'scenario Scenario, seed: u64) -> Result<Self, ScenarioError> {
        let consumer = &scenario.consumer;
        let start_ms = scenario.start_ms()?;
        let end = micros(scenario.duration_s);
        let timing = Timing {
            max_poll_interval: ms(consumer.max_poll_interval_ms),
            session_timeout: ms(consumer.session_timeout_ms),
            heartbeat_interval: ms(consumer.heartbeat_interval_ms),
            auto_commit_interval: ms(consumer.auto_commit_interval_ms),
            idle_poll: ms(consumer.idle_poll_ms),
            rebalance_overhead: ms(consumer.rebalance_overhead_ms),
            initial_delay: ms(consumer.initial_rebalance_delay_ms),
            metadata_max_age: ms(consumer.metadata_max_age_ms),
            shutdown_timeout: ms(consumer.shutdown_timeout_ms),
            sample_every: micros(scenario.sample_every_s).max(1),
            end,
        };
        let mut sample_times: Vec<Micros> =
            (0..=end / timing.sample_every).map(|k| k * timing.sample_every).collect();
        if sample_times.last() != Some(&end) {
            sample_times.push(end);
        }
        let initial: BTreeMap<(&str, i32), (i64, Option<i64>)> = scenario
            .initial
            .iter()
            .map(|row| ((row.topic.as_str(), row.partition), (row.log_end_offset, row.committed)))
            .collect();
        let mut partitions = Vec::new();
        let mut partition_index = Vec::new();
        let mut bases = Vec::new();
        for (topic_index, topic) in scenario.topics.iter().enumerate() {
            let mut indexes = Vec::new();
            let mut base = Vec::new();
            for number in 0..topic.partitions {
                let (log_end_offset, committed) =
                    initial.get(&(topic.name.as_str(), number)).copied().unwrap_or_else(|| {
                        let log_end_offset = topic.initial_log_end_offset.max(topic.initial_lag);
                        (log_end_offset, Some(log_end_offset - topic.initial_lag))
                    });
                indexes.push(partitions.len());
                base.push(log_end_offset);
                let mut partition = Partition::new(topic_index, number, 0, committed);
                partition.first_offset = log_end_offset;
                partitions.push(partition);
            }
            partition_index.push(indexes);
            bases.push(base);
        }
        let production = Production::new(scenario, bases);
        let mut engine = Self {
            scenario,
            protocol: consumer.effective_protocol(),
            timing,
            start_ms,
            now: 0,
            queue: BinaryHeap::new(),
            sequence: 0,
            rng: Rng::new(seed),
            production,
            known_partitions: scenario.topics.iter().map(|topic| topic.partitions).collect(),
            series: partitions
                .iter()
                .map(|partition| series_for(scenario, partition, sample_times.len()))
                .collect(),
            partitions,
            partition_index,
            hosts: Vec::new(),
            threads: Vec::new(),
            members: Vec::new(),
            events: Vec::new(),
            samples: Vec::new(),
            sample_times,
            slowdowns: Vec::new(),
            classic: super::classic::Coordinator::default(),
            modern: super::modern::Coordinator::default(),
            n_rebalances: 0,
            n_commit_failures: 0,
            deploys: BTreeMap::new(),
            next_client: 1,
            records: RecordSampler::new(consumer.record_ms),
            scratch: Vec::new(),
            spare_ranges: Vec::new(),
        };
        for spec in &scenario.hosts {
            let host = engine.add_host(spec.clone());
            if spec.running {
                engine.start_host(host, 0);
            }
        }
        for index in 0..engine.sample_times.len() {
            engine.schedule_at(engine.sample_times[index], Event::Sample { index });
        }
        for (index, operation) in scenario.operations.iter().enumerate() {
            engine.schedule_at(micros(operation.at_s), Event::Operation { index });
        }
        Ok(engine)
    }

    pub(super) fn schedule_at(&mut self, time: Micros, event: Event) {
        self.sequence += 1;
        self.queue.push(Reverse((time, self.sequence, event)));
    }

    pub(super) fn run(&mut self) {
        while let Some(Reverse((time, _, event))) = self.queue.pop() {
            if time > self.timing.end {
                break;
            }
            self.now = time;
            self.handle(event);
        }
        self.now = self.timing.end;
    }

    fn handle(&mut self, event: Event) {
        match event {
            Event::Wake { thread, token } => {
                if self.threads[thread].token == token {
                    self.wake(thread);
                }
            }
            Event::PollCheck { thread } => self.poll_check(thread),
            Event::SessionCheck { thread, token } => {
                if self.threads[thread].session_token == token {
                    self.session_expired(thread);
                }
            }
            Event::JoinDeadline { round } => self.join_deadline(round),
            Event::SyncDone { round } => self.sync_done(round),
            Event::Reconcile { thread } => self.reconcile(thread),
            Event::Operation { index } => self.operation(index),
            Event::Step { operation, step } => self.step(operation, step),
            Event::StopDeadline { thread, token } => {
                if self.threads[thread].token == token && self.threads[thread].life == Life::Stopping {
                    self.crash(thread, "the graceful shutdown timed out; the process was killed");
                }
            }
            Event::Metadata { topic } => self.metadata_refreshed(topic),
            Event::Sample { index } => self.sample(index),
        }
    }

    // ----- hosts and threads -----

    pub(super) fn add_host(&mut self, spec: HostSpec) -> usize {
        let index = self.hosts.len();
        let address =
            spec.address.clone().unwrap_or_else(|| format!("/10.0.{}.{}", 1 + index / 200, 11 + index % 200));
        let concurrency = spec.concurrency.unwrap_or(self.scenario.consumer.concurrency);
        let mut threads = Vec::new();
        for number in 1..=concurrency {
            let client_id = format!("{}-{}", self.scenario.consumer.client_id_prefix, self.next_client);
            self.next_client += 1;
            let instance_id =
                self.scenario.consumer.static_membership.then(|| format!("{}-{number}", spec.name));
            let rng = self.rng.fork();
            threads.push(self.threads.len());
            self.threads.push(Thread::new(index, number, client_id, instance_id, rng));
        }
        self.hosts.push(Host { spec, address, threads, processed: vec![0; self.sample_times.len()] });
        index
    }

    /// Starts a host's threads: they poll for the first time at `first_poll`.
    pub(super) fn start_host(&mut self, host: usize, first_poll: Micros) {
        for slot in 0..self.hosts[host].threads.len() {
            let mut thread = self.hosts[host].threads[slot];
            let old = &self.threads[thread];
            if old.in_group && old.instance_id.is_none() && matches!(old.life, Life::Down | Life::Crashed) {
                // A dynamic member the coordinator still lists (its session has not expired): the
                // new process is a new member; the old one stays until its session times out.
                let replacement = Thread::new(host, old.number, old.client_id.clone(), None, self.rng.fork());
                thread = self.threads.len();
                self.threads.push(replacement);
                self.hosts[host].threads[slot] = thread;
            }
            let heartbeat_phase =
                (self.threads[thread].rng.unit() * self.timing.heartbeat_interval as f64) as Micros;
            let state = &mut self.threads[thread];
            if matches!(state.life, Life::Running | Life::Booting | Life::Stopping) {
                continue;
            }
            state.reset_process();
            state.heartbeat_phase = heartbeat_phase;
            state.life = Life::Booting;
            state.token += 1;
            let token = state.token;
            self.schedule_at(first_poll, Event::Wake { thread, token });
        }
    }

    pub(super) fn running_threads_on(&self, host: usize) -> usize {
        self.hosts[host]
            .threads
            .iter()
            .filter(|thread| matches!(self.threads[**thread].life, Life::Running | Life::Stopping))
            .count()
    }

    /// A new member id for a thread (its first join, or a rejoin after it left).
    pub(super) fn new_identity(&mut self, thread: ThreadIndex) -> usize {
        let uuid = self.threads[thread].rng.uuid();
        let state = &self.threads[thread];
        let host = &self.hosts[state.host];
        // The coordinator names every member `<client.id>-<UUID>`, static or not.
        let member_id = format!("{}-{uuid}", state.client_id);
        let index = self.members.len();
        self.members.push(MemberSeries {
            member_id,
            client_id: state.client_id.clone(),
            group_instance_id: state.instance_id.clone(),
            host: host.spec.name.clone(),
            address: host.address.clone(),
            thread: state.number,
            processed: vec![0; self.sample_times.len()],
            joined_ms: self.at_ms(),
            left: None,
        });
        self.threads[thread].identity = Some(index);
        index
    }

    pub(super) fn at_ms(&self) -> i64 {
        self.start_ms + self.now.div_euclid(1000)
    }

    pub(super) fn log(
        &mut self,
        kind: EventKind,
        thread: Option<ThreadIndex>,
        detail: String,
    ) -> &mut SimEvent {
        let (member_id, host) = match thread {
            Some(thread) => {
                let state = &self.threads[thread];
                (
                    state.identity.map(|identity| self.members[identity].member_id.clone()),
                    Some(self.hosts[state.host].spec.name.clone()),
                )
            }
            None => (None, None),
        };
        self.events.push(SimEvent {
            at_ms: self.at_ms(),
            kind,
            member_id,
            host,
            generation: None,
            reason: None,
            partitions: Vec::new(),
            detail,
        });
        let last = self.events.len() - 1;
        &mut self.events[last]
    }

    pub(super) fn partition_names(&self, partitions: &[PartitionIndex]) -> Vec<String> {
        partitions.iter().map(|partition| self.partition_name(*partition)).collect()
    }

    pub(super) fn partition_name(&self, partition: PartitionIndex) -> String {
        let state = &self.partitions[partition];
        format!("{}-{}", self.scenario.topics[state.topic].name, state.number)
    }

    // ----- ownership -----

    /// A thread starts fetching a partition from the committed offset (or the reset position).
    pub(super) fn take(&mut self, thread: ThreadIndex, partition: PartitionIndex) {
        let now = self.now;
        let log_end_offset = self.log_end_offset(partition);
        let state = &mut self.partitions[partition];
        if let Some(previous) = state.fetcher
            && previous != thread
        {
            self.threads[previous].owned.retain(|owned| *owned != partition);
        }
        state.fetcher = Some(thread);
        state.position = match (state.committed, self.scenario.consumer.auto_offset_reset) {
            (Some(committed), _) => committed,
            (None, OffsetReset::Latest) => log_end_offset,
            (None, OffsetReset::Earliest) => 0,
        };
        if let Some(since) = state.uncovered_since.take() {
            state.uncovered += now - since;
        }
        if !self.threads[thread].owned.contains(&partition) {
            self.threads[thread].owned.push(partition);
        }
    }

    /// A thread stops fetching a partition.
    pub(super) fn release(&mut self, thread: ThreadIndex, partition: PartitionIndex) {
        let now = self.now;
        let state = &mut self.partitions[partition];
        if state.fetcher == Some(thread) {
            state.fetcher = None;
            state.uncovered_since.get_or_insert(now);
        }
        self.threads[thread].owned.retain(|owned| *owned != partition);
    }

    pub(super) fn release_all(&mut self, thread: ThreadIndex) {
        for partition in self.threads[thread].owned.clone() {
            self.release(thread, partition);
        }
    }

    pub(super) fn log_end_offset(&self, partition: PartitionIndex) -> i64 {
        let state = &self.partitions[partition];
        let number = state.number as usize;
        if number >= self.production.n_partitions(state.topic) {
            return 0;
        }
        self.production.log_end_offset(state.topic, number, self.now)
    }

    // ----- the poll loop -----

    fn wake(&mut self, thread: ThreadIndex) {
        let now = self.now;
        match self.threads[thread].life {
            Life::Down | Life::Crashed => return,
            Life::Booting => {
                // Auto-commit timers start whenever each consumer happened to start, not in step.
                let phase =
                    (self.threads[thread].rng.unit() * self.timing.auto_commit_interval as f64) as Micros;
                self.threads[thread].life = Life::Running;
                self.threads[thread].last_commit = now - phase;
                self.log(EventKind::Started, Some(thread), "consumer started".to_owned());
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

    fn poll(&mut self, thread: ThreadIndex) {
        let now = self.now;
        {
            let state = &mut self.threads[thread];
            state.last_poll = now;
        }
        if !self.threads[thread].poll_check_armed {
            self.threads[thread].poll_check_armed = true;
            self.schedule_at(now + self.timing.max_poll_interval, Event::PollCheck { thread });
        }
        if self.scenario.consumer.enable_auto_commit
            && now - self.threads[thread].last_commit >= self.timing.auto_commit_interval
        {
            self.commit_positions(thread, None);
        }
        let may_fetch = match self.protocol {
            ProtocolKind::Eager | ProtocolKind::Cooperative => self.classic_poll(thread),
            ProtocolKind::Consumer => self.modern_poll(thread),
        };
        if may_fetch {
            self.fetch(thread);
        }
    }

    fn poll_check(&mut self, thread: ThreadIndex) {
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

    /// Fetches up to `max.poll.records` from the owned partitions, shared fairly, and starts
    /// processing them; a caught-up thread waits `idle_poll_ms`.
    fn fetch(&mut self, thread: ThreadIndex) {
        let now = self.now;
        let budget = i64::from(self.scenario.consumer.max_poll_records);
        let mut available = std::mem::take(&mut self.scratch);
        available.clear();
        let owned = &self.threads[thread].owned;
        let n_owned = owned.len();
        let cursor = self.threads[thread].fetch_cursor;
        for offset in 0..n_owned {
            let partition = owned[(cursor + offset) % n_owned];
            let log_end_offset = self.log_end_offset(partition);
            let backlog = log_end_offset - self.partitions[partition].position;
            if backlog > 0 {
                available.push((partition, backlog));
            }
        }
        self.threads[thread].fetch_cursor = cursor.wrapping_add(1);
        let mut remaining = budget;
        let mut ranges = self.spare_ranges.pop().unwrap_or_default();
        let mut open = available.len();
        while remaining > 0 && open > 0 {
            let share = (remaining / i64::try_from(open).unwrap_or(i64::MAX)).max(1);
            open = 0;
            for (partition, backlog) in &mut available {
                if *backlog == 0 || remaining == 0 {
                    continue;
                }
                let take = share.min(*backlog).min(remaining);
                *backlog -= take;
                remaining -= take;
                if *backlog > 0 {
                    open += 1;
                }
                let position = self.partitions[*partition].position;
                match ranges.iter_mut().find(|(existing, _, _)| existing == partition) {
                    Some((_, _, end)) => *end += take,
                    None => ranges.push((*partition, position, position + take)),
                }
            }
        }
        self.scratch = available;
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
        for (partition, _, end) in &ranges {
            self.partitions[*partition].position = *end;
        }
        let duration = self.processing_time(thread, n_records);
        let end = now + duration;
        self.threads[thread].batch = Some(Batch { start: now, end, ranges });
        let resume = if n_records < budget { end.max(now + idle) } else { end };
        self.wake_at(thread, resume);
    }

    /// When the next record arrives on any of the thread's partitions (after the end: never),
    /// to the millisecond: log-end offsets only grow, so an exponential search then a bisection.
    fn next_arrival(&self, thread: ThreadIndex) -> Micros {
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
    fn auto_commit_due(&self, thread: ThreadIndex) -> Option<Micros> {
        if !self.scenario.consumer.enable_auto_commit {
            return None;
        }
        let state = &self.threads[thread];
        let pending = state.owned.iter().any(|partition| {
            let partition = &self.partitions[*partition];
            partition.fetcher == Some(thread) && partition.committed != Some(partition.position)
        });
        pending.then_some(state.last_commit + self.timing.auto_commit_interval)
    }

    /// How long a batch takes: the records' processing times (host multiplier and slowdowns
    /// applied), at least what the host's rate cap allows.
    fn processing_time(&mut self, thread: ThreadIndex, n_records: i64) -> Micros {
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
        let sampled_ms = self.records.sum_ms(n_records, &mut self.threads[thread].rng);
        let mut duration = sampled_ms * 1000.0 * factor;
        if let Some(cap) = self.hosts[host].spec.max_records_per_s {
            let threads = self.running_threads_on(host).max(1) as f64;
            duration = duration.max(n_records as f64 * threads / cap * 1e6);
        }
        let stall = std::mem::take(&mut self.threads[thread].pending_stall);
        duration.round().max(0.0) as Micros + stall
    }

    /// A batch is processed: count it (and its duplicates), then commit when the application
    /// commits after each batch.
    fn complete_batch(&mut self, thread: ThreadIndex, batch: &Batch) {
        self.count_processed(thread, batch, 1.0);
        if !self.scenario.consumer.enable_auto_commit {
            let offsets: Vec<(PartitionIndex, i64)> =
                batch.ranges.iter().map(|(partition, _, end)| (*partition, *end)).collect();
            self.commit_offsets(thread, &offsets);
        }
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
    fn bucket(&self) -> usize {
        let every = self.timing.sample_every;
        let index = ((self.now + every - 1) / every) as usize;
        index.min(self.sample_times.len() - 1)
    }

    /// Whether the coordinator accepts a commit from this thread now.
    fn commit_accepted(&self, thread: ThreadIndex) -> bool {
        let state = &self.threads[thread];
        if !state.in_group || state.poll_timed_out {
            return false;
        }
        match self.protocol {
            ProtocolKind::Eager | ProtocolKind::Cooperative => self.classic.accepts_commit(state.generation),
            ProtocolKind::Consumer => true,
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

    fn commit_offsets(&mut self, thread: ThreadIndex, offsets: &[(PartitionIndex, i64)]) {
        self.threads[thread].last_commit = self.now;
        if offsets.is_empty() {
            return;
        }
        if self.commit_accepted(thread) {
            for (partition, offset) in offsets {
                self.partitions[*partition].committed = Some(*offset);
            }
            return;
        }
        let uncommitted: i64 = offsets
            .iter()
            .map(|(partition, offset)| {
                offset - self.partitions[*partition].committed.unwrap_or(0).min(*offset)
            })
            .sum();
        self.n_commit_failures += 1;
        let names =
            self.partition_names(&offsets.iter().map(|(partition, _)| *partition).collect::<Vec<_>>());
        let event = self.log(
            EventKind::CommitFailed,
            Some(thread),
            format!(
                "CommitFailedException: the member is no longer part of the group's generation; {uncommitted} processed records stay uncommitted and will be processed again"
            ),
        );
        event.partitions = names;
    }

    // ----- leaving and dying -----

    /// The thread's batch has exceeded `max.poll.interval.ms`: the heartbeat thread gives up.
    fn poll_timeout(&mut self, thread: ThreadIndex) {
        let now = self.now;
        let records: i64 = self.threads[thread]
            .batch
            .as_ref()
            .map_or(0, |batch| batch.ranges.iter().map(|(_, start, end)| end - start).sum());
        let started = self.threads[thread].batch.as_ref().map_or(now, |batch| batch.start);
        let detail = format!(
            "consumer poll timeout has expired: the batch of {records} records has been processing for {:.1} s; max.poll.interval.ms is {}",
            (now - started) as f64 / 1e6,
            self.scenario.consumer.max_poll_interval_ms
        );
        self.threads[thread].poll_timed_out = true;
        self.release_all(thread);
        let is_static = self.threads[thread].instance_id.is_some();
        if is_static {
            // Static members send no LeaveGroup: they stop heartbeating and the session expires.
            let event = self.log(EventKind::Left, Some(thread), format!("{detail}; a static member sends no LeaveGroup, so the coordinator waits for the session timeout"));
            event.reason = None;
            self.arm_session_check(thread);
        } else {
            self.member_left(thread, LeaveReason::PollTimeout, detail);
        }
    }

    pub(super) fn arm_session_check(&mut self, thread: ThreadIndex) {
        let state = &mut self.threads[thread];
        state.session_token += 1;
        let token = state.session_token;
        self.schedule_at(self.now + self.timing.session_timeout, Event::SessionCheck { thread, token });
    }

    fn session_expired(&mut self, thread: ThreadIndex) {
        let state = &self.threads[thread];
        let alive_and_joined = state.life == Life::Running && !state.poll_timed_out;
        if !state.in_group || alive_and_joined {
            return;
        }
        let detail = format!(
            "no heartbeat for session.timeout.ms ({} ms): the coordinator removes the member",
            self.scenario.consumer.session_timeout_ms
        );
        self.member_left(thread, LeaveReason::SessionTimeout, detail);
    }

    /// The coordinator removes a member: the log, the member's series, then the protocol.
    pub(super) fn member_left(&mut self, thread: ThreadIndex, reason: LeaveReason, detail: String) {
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
    pub(super) fn crash(&mut self, thread: ThreadIndex, detail: &str) {
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
        self.log(EventKind::Crashed, Some(thread), detail.to_owned());
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
    fn finish_stop(&mut self, thread: ThreadIndex) {
        if self.scenario.consumer.enable_auto_commit && !self.threads[thread].owned.is_empty() {
            self.commit_positions(thread, None);
        }
        self.release_all(thread);
        let state = &mut self.threads[thread];
        state.life = Life::Down;
        state.token += 1;
        self.log(EventKind::Stopped, Some(thread), "consumer closed".to_owned());
        if !self.threads[thread].in_group {
            return;
        }
        if self.threads[thread].instance_id.is_some() {
            self.arm_session_check(thread);
        } else {
            self.member_left(thread, LeaveReason::Shutdown, "LeaveGroup on close".to_owned());
        }
    }

    // ----- samples and the outcome -----

    fn sample(&mut self, index: usize) {
        for partition in 0..self.partitions.len() {
            let state = &self.partitions[partition];
            let exists = self.now >= state.created
                && (state.number as usize) < self.production.n_partitions(state.topic);
            let log_end_offset = exists.then(|| self.log_end_offset(partition));
            let committed = state.committed;
            let lag = log_end_offset.zip(committed).map(|(end, committed)| (end - committed).max(0));
            let owner = state.assigned_to.map(|identity| identity as u32);
            let series = &mut self.series[partition];
            series.log_end_offset[index] = log_end_offset;
            series.committed[index] = committed;
            series.lag[index] = lag;
            series.owner[index] = owner;
        }
        let sample = match self.protocol {
            ProtocolKind::Eager | ProtocolKind::Cooperative => self.classic_sample(),
            ProtocolKind::Consumer => self.modern_sample(),
        };
        self.samples.push(sample);
    }

    pub(super) fn finish(mut self, seed: u64) -> Outcome {
        let end = self.timing.end;
        self.now = end;
        let mut unowned_total = 0;
        let mut partitions = Vec::with_capacity(self.partitions.len());
        for (state, mut series) in self.partitions.iter().zip(std::mem::take(&mut self.series)) {
            let open = state.uncovered_since.map_or(0, |since| end - since);
            series.processed = state.processed;
            series.duplicates = state.duplicates;
            series.unowned_ms = (state.uncovered + open) / 1000;
            unowned_total += series.unowned_ms;
            partitions.push(series);
        }
        let total_lag =
            |index: usize| -> i64 { partitions.iter().filter_map(|series| series.lag[index]).sum() };
        let n_samples = self.sample_times.len();
        let first_total_lag = total_lag(0);
        let final_total_lag = total_lag(n_samples - 1);
        let max_total_lag = (0..n_samples).map(total_lag).max().unwrap_or(0);
        let produced: i64 = (0..self.partitions.len())
            .map(|partition| self.log_end_offset(partition) - self.partitions[partition].first_offset)
            .sum();
        let mut leaves = BTreeMap::new();
        for member in &self.members {
            if let Some((_, reason)) = member.left {
                *leaves.entry(reason).or_insert(0) += 1;
            }
        }
        let summary = Summary {
            n_rebalances: self.n_rebalances,
            leaves,
            n_commit_failures: self.n_commit_failures,
            produced,
            processed: partitions.iter().map(|series| series.processed).sum(),
            duplicates: partitions.iter().map(|series| series.duplicates).sum(),
            unowned_ms: unowned_total,
            first_total_lag,
            final_total_lag,
            max_total_lag,
        };
        let hosts = self
            .hosts
            .iter()
            .map(|host| HostSeries {
                host: host.spec.name.clone(),
                address: host.address.clone(),
                processed: host.processed.clone(),
            })
            .collect();
        Outcome {
            scenario: self.scenario.name.clone(),
            group: self.scenario.group.clone(),
            seed,
            protocol: self.protocol,
            assignor: self.scenario.consumer.assignor,
            sample_times_ms: self.sample_times.iter().map(|time| self.start_ms + time / 1000).collect(),
            partitions,
            members: self.members,
            hosts,
            samples: self.samples,
            events: self.events,
            summary,
        }
    }

    /// Adds the partitions a topic gained (new ones start empty, uncommitted and unowned).
    pub(super) fn add_partitions(&mut self, topic: usize, n_partitions: i32) {
        let now = self.now;
        self.production.add_partitions(topic, n_partitions as usize, now);
        let existing = count(self.partition_index[topic].len());
        for number in existing..n_partitions {
            let index = self.partitions.len();
            let mut partition = Partition::new(topic, number, now, None);
            partition.uncovered_since = Some(now);
            self.partitions.push(partition);
            self.series.push(series_for(self.scenario, &self.partitions[index], self.sample_times.len()));
            self.partition_index[topic].push(index);
        }
    }
}

/// A count of partitions as Kafka's `i32` (counts are validated to at most 100,000).
pub(super) fn count(n: usize) -> i32 {
    i32::try_from(n).unwrap_or(i32::MAX)
}

fn ms(milliseconds: u64) -> Micros {
    i64::try_from(milliseconds).unwrap_or(i64::MAX / 4_000).saturating_mul(1000)
}

fn series_for(scenario: &Scenario, partition: &Partition, n_samples: usize) -> PartitionSeries {
    PartitionSeries {
        topic: scenario.topics[partition.topic].name.clone(),
        partition: partition.number,
        log_end_offset: vec![None; n_samples],
        committed: vec![None; n_samples],
        lag: vec![None; n_samples],
        owner: vec![None; n_samples],
        processed: 0,
        duplicates: 0,
        unowned_ms: 0,
    }
}

impl Partition {
    fn new(topic: usize, number: i32, created: Micros, committed: Option<i64>) -> Self {
        Self {
            topic,
            number,
            created,
            first_offset: 0,
            committed,
            fetcher: None,
            position: committed.unwrap_or(0),
            assigned_to: None,
            processed_high: committed.unwrap_or(0),
            processed: 0,
            duplicates: 0,
            uncovered_since: Some(created),
            uncovered: 0,
        }
    }
}

impl Thread {
    fn new(host: usize, number: u32, client_id: String, instance_id: Option<String>, rng: Rng) -> Self {
        Self {
            host,
            number,
            client_id,
            instance_id,
            identity: None,
            life: Life::Down,
            token: 0,
            session_token: 0,
            batch: None,
            owned: Vec::new(),
            generation: -1,
            in_group: false,
            joined: false,
            awaiting: false,
            pending: None,
            last_assignment: Vec::new(),
            revoke_pending: Vec::new(),
            poll_timed_out: false,
            last_poll: 0,
            poll_check_armed: false,
            last_commit: 0,
            pending_stall: 0,
            heartbeat_phase: 0,
            reconcile_scheduled: false,
            rng,
            fetch_cursor: 0,
        }
    }

    /// A new process in this slot: client state is gone (the coordinator may still list it).
    fn reset_process(&mut self) {
        self.batch = None;
        self.owned.clear();
        self.joined = false;
        self.awaiting = false;
        self.pending = None;
        self.revoke_pending.clear();
        self.poll_timed_out = self.in_group;
        self.pending_stall = 0;
        self.reconcile_scheduled = false;
    }
}
