//! The simulation's state and its event loop: hosts, consumer threads and partitions, the queue,
//! ownership (who fetches what), and the run's start. The rest of [`Engine`] is in its own files:
//! the poll loop (`consumer.rs`), leaving and dying (`lifecycle.rs`), the coordinators
//! (`classic.rs`, `modern.rs`), the operations (`operations.rs`) and the samples (`sampling.rs`).
//!
//! Time is in integer microseconds from the start. Events at the same time run in the order they
//! were scheduled, so a run is a pure function of the scenario and the seed.

use std::cmp::Reverse;
use std::collections::{BTreeMap, BinaryHeap};

use super::output::{CommitError, EventKind, GroupSample, MemberSeries, PartitionSeries, SimEvent};
use super::produce::{Micros, Production, micros};
use super::records::{CallSampler, RecordSampler};
use super::rng::Rng;
use super::scenario::{CommitMode, HostSpec, OffsetReset, ProtocolKind, Scenario, ScenarioError};
use crate::assign::{AssignRequest, MemberSpec};

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
    /// Classic: the coordinator's `JoinGroup` responses reach the members.
    JoinAnswered { round: u32 },
    /// Classic: the leader's `SyncGroup`, with the assignment, reaches the coordinator.
    SyncArrived { round: u32 },
    /// Classic: the members that joined must send `SyncGroup` within the rebalance timeout.
    SyncDeadline { round: u32 },
    /// A thread's heartbeat response: classic, it learns that a rebalance began; KIP-848, it
    /// brings its target assignment.
    Heartbeat { thread: ThreadIndex },
    /// A batch reaches its first hanging call: what was processed before it is done.
    Checkpoint { thread: ThreadIndex, token: u64 },
    /// A scheduled operation.
    Operation { index: usize },
    /// A step of a multi-step operation (deploys).
    Step { operation: usize, step: usize },
    /// A graceful shutdown took too long: the process is killed.
    StopDeadline { thread: ThreadIndex, token: u64 },
    /// The classic leader refreshes metadata and sees a topic's new partitions.
    Metadata { topic: usize },
    /// The producers refresh metadata and start writing to a topic's new partitions.
    ProducerMetadata { topic: usize },
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
    /// The first hanging call: when it starts, and how many records were processed before it.
    pub(super) hang: Option<(Micros, i64)>,
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
    /// Classic: where the member is in a rebalance (`AbstractCoordinator`'s member state).
    pub(super) join: super::classic::JoinState,
    /// Classic: it must send `JoinGroup` at its next poll (`rejoinNeeded`: a heartbeat answered
    /// `REBALANCE_IN_PROGRESS`, the leader saw new partitions, a cooperative second round).
    pub(super) rejoin_needed: bool,
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
    /// Its heartbeats fall at `heartbeat_phase + k × interval` (its own phase, drawn at start).
    pub(super) heartbeat_phase: Micros,
    pub(super) heartbeat_scheduled: bool,
    /// Its metadata refreshes fall at `metadata_phase + k × metadata.max.age.ms`.
    pub(super) metadata_phase: Micros,
    pub(super) rng: Rng,
    /// Round-robin start for fetching, so no partition is always fetched first.
    pub(super) fetch_cursor: usize,
    /// Records fetched and not yet returned by `poll()`, per partition in the order the fetches
    /// completed: (partition, offset after the last buffered record); they start at the
    /// partition's position.
    pub(super) buffer: std::collections::VecDeque<(PartitionIndex, i64)>,
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
    /// Who fetched it from when: (time, member identity), `None` while nobody did.
    pub(super) fetch_log: Vec<(Micros, Option<u32>)>,
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

impl Timing {
    fn new(scenario: &Scenario) -> Self {
        let consumer = &scenario.consumer;
        let end = micros(scenario.duration_s);
        Self {
            max_poll_interval: ms(consumer.max_poll_interval_ms),
            session_timeout: ms(consumer.session_timeout_ms),
            heartbeat_interval: ms(match consumer.effective_protocol() {
                ProtocolKind::Consumer => consumer.group_consumer_heartbeat_interval_ms,
                ProtocolKind::Eager | ProtocolKind::Cooperative => consumer.heartbeat_interval_ms,
            })
            .max(1),
            auto_commit_interval: ms(consumer.auto_commit_interval_ms),
            idle_poll: ms(consumer.idle_poll_ms),
            rebalance_overhead: ms(consumer.rebalance_overhead_ms),
            initial_delay: ms(consumer.initial_rebalance_delay_ms),
            metadata_max_age: ms(consumer.metadata_max_age_ms),
            shutdown_timeout: ms(consumer.shutdown_timeout_ms),
            sample_every: micros(scenario.sample_every_s).max(1),
            end,
        }
    }
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
    pub(super) commit_failures: BTreeMap<CommitError, u32>,
    /// Per topic: whether the group subscribes to it.
    pub(super) subscribed: Vec<bool>,
    /// The seed the whole scenario runs with: what every group must draw alike (the producers'
    /// metadata refresh) is drawn from it, not from a group's stream.
    pub(super) scenario_seed: u64,
    pub(super) deploys: BTreeMap<usize, super::operations::Deploy>,
    pub(super) next_client: u32,
    pub(super) records: RecordSampler,
    /// The hanging call inside processing, if the scenario has one.
    pub(super) external_call: Option<CallSampler>,
    pub(super) commit_mode: CommitMode,
    /// Records one fetch buffers per partition.
    pub(super) records_per_fetch: i64,
    /// Emptied range lists, reused by the next batches.
    pub(super) spare_ranges: Vec<Vec<(PartitionIndex, i64, i64)>>,
}

impl<'scenario> Engine<'scenario> {
    pub(super) fn new(
        scenario: &'scenario Scenario,
        seed: u64,
        scenario_seed: u64,
    ) -> Result<Self, ScenarioError> {
        let consumer = &scenario.consumer;
        let start_ms = scenario.start_ms()?;
        let end = micros(scenario.duration_s);
        let timing = Timing::new(scenario);
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
            commit_failures: BTreeMap::new(),
            subscribed: scenario.topics.iter().map(|topic| scenario.subscribes_to(&topic.name)).collect(),
            scenario_seed,
            deploys: BTreeMap::new(),
            next_client: 1,
            records: RecordSampler::new(consumer.record_ms),
            external_call: consumer.external_call.map(CallSampler::new),
            commit_mode: consumer.commit_mode(),
            records_per_fetch: consumer.records_per_fetch(),
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

    /// The first time after now on a timer that fires at `phase + k × interval`.
    pub(super) fn next_tick(&self, phase: Micros, interval: Micros) -> Micros {
        let interval = interval.max(1);
        if self.now < phase { phase } else { phase + ((self.now - phase) / interval + 1) * interval }
    }

    /// The thread's last heartbeat at or before now, and its next one. Classic: the heartbeat
    /// thread checks its timer every `retry.backoff.ms` (100 ms), so each heartbeat leaves up to that
    /// much after it is due (`AbstractCoordinator.HeartbeatThread.run`, `Heartbeat.sentHeartbeat`):
    /// after `k` beats the timer has slipped by the sum of `k` such delays, drawn by its normal
    /// approximation. KIP-848's heartbeat manager sends on time.
    pub(super) fn heartbeat_times(&mut self, thread: ThreadIndex) -> (Micros, Micros) {
        let slack = match self.protocol {
            ProtocolKind::Eager | ProtocolKind::Cooperative => HEARTBEAT_THREAD_BACKOFF,
            ProtocolKind::Consumer => 0,
        };
        let period = self.timing.heartbeat_interval + slack / 2;
        let phase = self.threads[thread].heartbeat_phase;
        if self.now < phase {
            return (self.now, phase);
        }
        let beats = (self.now - phase) / period;
        let spread = (beats as f64).sqrt() * slack as f64 / 12f64.sqrt();
        let drift = (spread * self.threads[thread].rng.normal()).clamp(-spread * 3.0, spread * 3.0) as Micros;
        let mut last = phase + beats * period + drift;
        while last > self.now {
            last -= period;
        }
        let mut next = last + period;
        while next <= self.now {
            next += period;
        }
        (last.max(phase.min(self.now)), next)
    }

    /// The partitions of the topics the group reads, as the group knows them.
    pub(super) fn subscribed_partitions(&self) -> usize {
        self.known_partitions
            .iter()
            .zip(&self.subscribed)
            .filter(|(_, subscribed)| **subscribed)
            .map(|(count, _)| usize::try_from(*count).unwrap_or(0))
            .sum()
    }

    /// Schedules the thread's next heartbeat response.
    pub(super) fn schedule_heartbeat(&mut self, thread: ThreadIndex) {
        if self.threads[thread].heartbeat_scheduled {
            return;
        }
        let (_, next) = self.heartbeat_times(thread);
        self.threads[thread].heartbeat_scheduled = true;
        self.schedule_at(next, Event::Heartbeat { thread });
    }

    pub(super) fn schedule_at(&mut self, time: Micros, event: Event) {
        self.sequence += 1;
        self.queue.push(Reverse((time, self.sequence, event)));
    }

    /// Runs the event loop to the end; a run that would take more than `max_events` events is
    /// stopped and refused (the number of events grows with the batches processed and the length
    /// of the run: a run past [`MAX_EVENTS`] would freeze a browser tab for long seconds).
    /// Handles events in time order, at most `budget` of them in this call: `Ok(true)` when the run
    /// reached its end, `Ok(false)` when the budget ran out first (call again to go on). `handled`
    /// counts every event of the run across calls; past `max_events` the run is refused.
    pub(super) fn run_for(
        &mut self,
        budget: u64,
        max_events: u64,
        handled: &mut u64,
    ) -> Result<bool, super::ScenarioError> {
        let mut in_this_call: u64 = 0;
        loop {
            if in_this_call >= budget {
                return Ok(false);
            }
            let Some(Reverse((time, _, event))) = self.queue.pop() else { break };
            if time > self.timing.end {
                break;
            }
            in_this_call += 1;
            *handled += 1;
            if *handled > max_events {
                return Err(super::ScenarioError::new(
                    "duration_s",
                    crate::msg!(
                        "sim-error-too-many-events",
                        events = max_events,
                        at = crate::l10n::Arg::Seconds(time as f64 / 1e6)
                    ),
                ));
            }
            self.now = time;
            self.handle(event);
        }
        self.now = self.timing.end;
        Ok(true)
    }

    /// How far the run has come, from 0 (its start) to 1 (its end).
    pub(super) fn progress(&self) -> f64 {
        if self.timing.end <= 0 { 1.0 } else { (self.now as f64 / self.timing.end as f64).clamp(0.0, 1.0) }
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
            Event::JoinAnswered { round } => self.join_answered(round),
            Event::SyncArrived { round } => self.sync_arrived(round),
            Event::SyncDeadline { round } => self.sync_deadline(round),
            Event::Heartbeat { thread } => {
                self.threads[thread].heartbeat_scheduled = false;
                match self.protocol {
                    ProtocolKind::Eager | ProtocolKind::Cooperative => self.learn_of_rebalance(thread),
                    ProtocolKind::Consumer => self.reconcile(thread),
                }
            }
            Event::Checkpoint { thread, token } => {
                if self.threads[thread].token == token {
                    self.checkpoint(thread);
                }
            }
            Event::Operation { index } => self.operation(index),
            Event::Step { operation, step } => self.step(operation, step),
            Event::StopDeadline { thread, token } => {
                if self.threads[thread].token == token && self.threads[thread].life == Life::Stopping {
                    self.crash(thread, crate::msg!("sim-event-killed-shutdown-timeout"));
                }
            }
            Event::Metadata { topic } => self.metadata_refreshed(topic),
            Event::ProducerMetadata { topic } => {
                let now = self.now;
                self.production.producers_refreshed(topic, now);
            }
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
            // Each process starts its heartbeat and metadata timers whenever it happens to start.
            let heartbeat_phase = first_poll
                + (self.threads[thread].rng.unit() * self.timing.heartbeat_interval as f64) as Micros;
            let metadata_phase = first_poll
                + (self.threads[thread].rng.unit() * self.timing.metadata_max_age as f64) as Micros;
            let state = &mut self.threads[thread];
            if matches!(state.life, Life::Running | Life::Booting | Life::Stopping) {
                continue;
            }
            state.reset_process();
            state.heartbeat_phase = heartbeat_phase;
            state.metadata_phase = metadata_phase;
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
        detail: crate::l10n::Message,
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
            exception: None,
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
        let member = self.threads[thread].identity.map(|identity| identity as u32);
        note_fetcher(state, now, member);
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
            note_fetcher(state, now, None);
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

    /// The assignor's request for `members` (in the order the leader or coordinator sees them):
    /// every member subscribes to the group's topics, with the partition counts the group knows, and
    /// reports what `owned_by` says it owns (with its generation).
    pub(super) fn assign_request(
        &self,
        members: &[ThreadIndex],
        owned_by: impl Fn(ThreadIndex) -> (Vec<PartitionIndex>, Option<i32>),
    ) -> AssignRequest {
        let topics: Vec<(String, i32)> = self
            .scenario
            .topics
            .iter()
            .zip(&self.known_partitions)
            .zip(&self.subscribed)
            .filter(|(_, subscribed)| **subscribed)
            .map(|((topic, n_partitions), _)| (topic.name.clone(), *n_partitions))
            .collect();
        let subscriptions: Vec<String> = topics.iter().map(|(name, _)| name.clone()).collect();
        let topics = topics.into_iter().collect();
        let specs = members
            .iter()
            .map(|member| {
                let state = &self.threads[*member];
                let (owned, generation) = owned_by(*member);
                MemberSpec {
                    member_id: state
                        .identity
                        .map(|identity| self.members[identity].member_id.clone())
                        .unwrap_or_default(),
                    group_instance_id: state.instance_id.clone(),
                    rack: None,
                    subscriptions: subscriptions.clone(),
                    owned_partitions: self.partition_names(&owned),
                    generation,
                    subscription_generation: None,
                }
            })
            .collect();
        AssignRequest::new(self.scenario.consumer.assignor, topics, specs)
    }

    /// Adds the partitions a topic gained (new ones start empty, uncommitted and unowned).
    pub(super) fn add_partitions(&mut self, topic: usize, n_partitions: i32) {
        let now = self.now;
        self.production.add_partitions(topic, usize::try_from(n_partitions).unwrap_or(0));
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

/// Notes who fetches a partition from `now` (a change only).
fn note_fetcher(state: &mut Partition, now: Micros, member: Option<u32>) {
    if state.fetch_log.last().map(|(_, last)| *last) != Some(member) {
        state.fetch_log.push((now, member));
    }
}

/// The most events one group's run may take: about three seconds natively (the heaviest preset
/// takes about 430,000).
pub(super) const MAX_EVENTS: u64 = 20_000_000;

/// `retry.backoff.ms`'s default, the heartbeat thread's wait between checks of its timer.
const HEARTBEAT_THREAD_BACKOFF: Micros = 100_000;

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
        fetched_by: Vec::new(),
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
            fetch_log: Vec::new(),
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
            join: super::classic::JoinState::Stable,
            rejoin_needed: false,
            pending: None,
            last_assignment: Vec::new(),
            revoke_pending: Vec::new(),
            poll_timed_out: false,
            last_poll: 0,
            poll_check_armed: false,
            last_commit: 0,
            pending_stall: 0,
            heartbeat_phase: 0,
            heartbeat_scheduled: false,
            metadata_phase: 0,
            rng,
            fetch_cursor: 0,
            buffer: std::collections::VecDeque::new(),
        }
    }

    /// Classic: it sent `JoinGroup` in the current rebalance and waits for the join phase to end.
    pub(super) fn has_joined(&self) -> bool {
        self.join == super::classic::JoinState::Joining
    }

    /// A new process in this slot: client state is gone (the coordinator may still list it).
    fn reset_process(&mut self) {
        self.batch = None;
        self.owned.clear();
        self.join = super::classic::JoinState::Stable;
        self.rejoin_needed = false;
        self.pending = None;
        self.revoke_pending.clear();
        self.poll_timed_out = self.in_group;
        self.pending_stall = 0;
        self.heartbeat_scheduled = false;
        self.buffer.clear();
    }
}
