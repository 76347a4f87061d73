//! The scenario: what the user writes (or a preset or a dump provides) to describe a group, its
//! load and what happens to it. The JSON schema is documented in `docs/simulator.md`; every field
//! but `duration_s`, `topics` and `hosts` has a default, and the defaults are Kafka's.

use serde::{Deserialize, Serialize};

use crate::assign::AssignorKind;
use crate::l10n::{Arg, Message};

/// A whole simulation input.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    /// A short name, shown in reports and exports.
    #[serde(default = "default_name")]
    pub name: String,
    /// What the scenario teaches or reproduces.
    #[serde(default)]
    pub description: String,
    /// The consumer group id.
    #[serde(default = "default_group")]
    pub group: String,
    /// Wall-clock time of the simulation's start (RFC 3339 or any form the dump reader takes).
    #[serde(default = "default_start")]
    pub start: String,
    /// How long to simulate, in seconds.
    pub duration_s: f64,
    /// The interval between samples of the series (and between exported dumps), in seconds.
    #[serde(default = "default_sample_every_s")]
    pub sample_every_s: f64,
    /// Topics the group subscribes to.
    pub topics: Vec<TopicSpec>,
    /// Producers writing to the topics.
    #[serde(default)]
    pub produce: Vec<ProduceSpec>,
    /// Application instances (one per host), each running `concurrency` consumers.
    pub hosts: Vec<HostSpec>,
    /// Consumer settings shared by every member.
    #[serde(default)]
    pub consumer: ConsumerSpec,
    /// What happens during the run, in any order.
    #[serde(default)]
    pub operations: Vec<Operation>,
    /// Offsets at the start, per partition (a dump's figures); partitions not listed start from
    /// their topic's `initial_log_end_offset` and `initial_lag`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub initial: Vec<InitialPartition>,
    /// The topics the group subscribes to; empty: every topic.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub subscribe: Vec<String>,
    /// More consumer groups reading the same topics, each with its own hosts, settings and
    /// operations (seed 003: separate groups isolate pipelines).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub other_groups: Vec<GroupSpec>,
}

/// Another consumer group of the scenario: what `group`, `subscribe`, `hosts`, `consumer`,
/// `operations` and `initial` say for the first one.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GroupSpec {
    /// The consumer group id.
    pub group: String,
    /// The topics it subscribes to; empty: every topic.
    #[serde(default)]
    pub subscribe: Vec<String>,
    /// Its application instances.
    pub hosts: Vec<HostSpec>,
    /// Its consumer settings.
    #[serde(default)]
    pub consumer: ConsumerSpec,
    /// What happens to it (`add_partitions` changes the topic for every group).
    #[serde(default)]
    pub operations: Vec<Operation>,
    /// Its committed offsets at the start (log-end offsets are the topic's, shared by every group).
    #[serde(default)]
    pub initial: Vec<InitialPartition>,
}

fn default_name() -> String {
    "scenario".to_owned()
}
fn default_group() -> String {
    "simulated-group".to_owned()
}
fn default_start() -> String {
    "2026-01-01T00:00:00Z".to_owned()
}
fn default_sample_every_s() -> f64 {
    60.0
}

/// A topic and its partitions at the start.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TopicSpec {
    /// Topic name.
    pub name: String,
    /// Number of partitions at the start.
    pub partitions: i32,
    /// Log-end offset of every partition at the start (raised to `initial_lag` when smaller).
    #[serde(default)]
    pub initial_log_end_offset: i64,
    /// Records not yet consumed on every partition at the start: the committed offset is the
    /// log-end offset minus this.
    #[serde(default)]
    pub initial_lag: i64,
}

/// A producer: a steady rate, periodic bursts, or a one-off batch, spread over partitions by key.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProduceSpec {
    /// Topics written to, the rate split evenly between them; empty means every topic.
    #[serde(default)]
    pub topics: Vec<String>,
    /// Records per second while the producer runs (steady, or during each burst).
    #[serde(default)]
    pub records_per_s: f64,
    /// A one-off batch of this many records instead of a rate.
    #[serde(default)]
    pub records: Option<f64>,
    /// When the producer starts (seconds from the start).
    #[serde(default)]
    pub from_s: f64,
    /// When a rate producer stops; unset runs to the end.
    #[serde(default)]
    pub until_s: Option<f64>,
    /// A batch is written evenly over this many seconds (0: at once).
    #[serde(default)]
    pub over_s: f64,
    /// Bursts: the rate applies for `for_s` seconds every `every_s` seconds.
    #[serde(default)]
    pub burst: Option<Burst>,
    /// Key skew: a share of the records goes to one partition of each topic (a hot key).
    #[serde(default)]
    pub hot_key: Option<HotKey>,
}

/// Periodic bursts of a producer.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Burst {
    /// The period, in seconds.
    pub every_s: f64,
    /// How long each burst lasts, in seconds.
    pub for_s: f64,
}

/// One hot key: `share` of the records land on `partition`, the rest spread evenly.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HotKey {
    /// The partition the hot key hashes to.
    pub partition: i32,
    /// The share of the records with that key, between 0 and 1.
    pub share: f64,
}

/// An application instance on one host.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HostSpec {
    /// The host's name (`A`, `notifier-7c9f`).
    pub name: String,
    /// The address the broker reports (`/10.0.0.11`); generated when unset.
    #[serde(default)]
    pub address: Option<String>,
    /// Consumer threads on this host (Spring's `concurrency`); the consumer default when unset.
    #[serde(default)]
    pub concurrency: Option<u32>,
    /// Processing time multiplier on this host (2 means twice as slow).
    #[serde(default = "one")]
    pub slowdown: f64,
    /// A cap on the records the whole host can process per second (a rate limiter, a slow
    /// downstream, a CPU quota), shared by its threads.
    #[serde(default)]
    pub max_records_per_s: Option<f64>,
    /// How much a capped batch's time varies: the σ of a log-normal factor around the cap's time
    /// (a rate limiter or a slow downstream is never exactly even).
    #[serde(default = "default_cap_jitter")]
    pub cap_jitter: f64,
    /// Whether the instance runs at the start (`false`: it starts by an operation).
    #[serde(default = "yes")]
    pub running: bool,
}

fn one() -> f64 {
    1.0
}
/// A capped host's jitter unless it says otherwise.
pub(crate) const DEFAULT_CAP_JITTER: f64 = 0.1;

fn default_cap_jitter() -> f64 {
    DEFAULT_CAP_JITTER
}
fn yes() -> bool {
    true
}

/// The rebalance protocol.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ProtocolKind {
    /// Classic protocol, eager: every member revokes everything on every rebalance.
    Eager,
    /// Classic protocol, incremental cooperative (KIP-429): only moved partitions pause; two rounds.
    Cooperative,
    /// The KIP-848 consumer protocol: the coordinator assigns; members reconcile one by one.
    Consumer,
}

/// Per-record processing time.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum RecordTime {
    /// Always the same.
    Fixed {
        /// Milliseconds per record.
        ms: f64,
    },
    /// Uniform between two bounds.
    Uniform {
        /// Lower bound, milliseconds.
        min_ms: f64,
        /// Upper bound, milliseconds.
        max_ms: f64,
    },
    /// Exponential with a mean.
    Exponential {
        /// Mean, milliseconds.
        mean_ms: f64,
    },
    /// Log-normal, given by its median and 99th percentile (how latency is usually known).
    Lognormal {
        /// Median, milliseconds.
        median_ms: f64,
        /// 99th percentile, milliseconds.
        p99_ms: f64,
    },
}

impl Default for RecordTime {
    fn default() -> Self {
        Self::Fixed { ms: 1.0 }
    }
}

/// Consumer configuration, Kafka's names in snake case; defaults are Kafka 3.x's.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ConsumerSpec {
    /// Consumer threads per host unless the host says otherwise.
    pub concurrency: u32,
    /// Client ids are `<prefix>-<n>`.
    pub client_id_prefix: String,
    /// `max.poll.records`.
    pub max_poll_records: u32,
    /// `max.poll.interval.ms` (also the classic rebalance timeout).
    pub max_poll_interval_ms: u64,
    /// `session.timeout.ms` (a crashed member is noticed after it; KIP-848: the broker's
    /// `group.consumer.session.timeout.ms`, whose default is the same).
    pub session_timeout_ms: u64,
    /// The classic client's `heartbeat.interval.ms`: how often a member learns that a rebalance
    /// began.
    pub heartbeat_interval_ms: u64,
    /// KIP-848: the broker's `group.consumer.heartbeat.interval.ms`, which the coordinator sends to
    /// every member in its heartbeat responses.
    pub group_consumer_heartbeat_interval_ms: u64,
    /// `enable.auto.commit`.
    pub enable_auto_commit: bool,
    /// How the application commits when `enable_auto_commit` is false (default
    /// `sync_per_batch`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub commit: Option<ManualCommit>,
    /// How long a `commitSync()` blocks the thread: one round trip to the group coordinator and
    /// the write of the offsets.
    pub commit_latency_ms: f64,
    /// `auto.commit.interval.ms`.
    pub auto_commit_interval_ms: u64,
    /// `auto.offset.reset` for partitions without a committed offset: `latest` or `earliest`.
    pub auto_offset_reset: OffsetReset,
    /// The assignor (`partition.assignment.strategy`, or `group.remote.assignor` for KIP-848).
    pub assignor: AssignorKind,
    /// The rebalance protocol; unset follows the assignor (cooperative-sticky → cooperative,
    /// uniform and server-range → consumer, else eager).
    pub protocol: Option<ProtocolKind>,
    /// Static membership (`group.instance.id` set per thread).
    pub static_membership: bool,
    /// Processing time per record.
    pub record_ms: RecordTime,
    /// A call made while processing some records that can hang (an HTTP call without a timeout).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub external_call: Option<ExternalCall>,
    /// `max.partition.fetch.bytes`: what one fetch brings back per partition.
    pub max_partition_fetch_bytes: u64,
    /// The records' average size in bytes (with `max_partition_fetch_bytes`, how many records a
    /// fetch buffers per partition).
    pub record_bytes: u64,
    /// A caught-up consumer polls again after this long (the simulation's resolution for idle
    /// consumers; `fetch.max.wait.ms` plays the part in Kafka).
    pub idle_poll_ms: u64,
    /// The network and coordinator time of one `JoinGroup/SyncGroup` exchange (half for each).
    pub rebalance_overhead_ms: u64,
    /// The leader's assignor run and the `SyncGroup` carrying the assignment, per partition, in
    /// microseconds (an estimate; see `docs/simulator.md`).
    pub assignment_us_per_partition: f64,
    /// Broker `group.initial.rebalance.delay.ms` (the first rebalance of an empty group).
    pub initial_rebalance_delay_ms: u64,
    /// `metadata.max.age.ms`, for the consumers and the producers: each client refreshes its
    /// metadata this often, so a new partition is seen anywhere within it.
    pub metadata_max_age_ms: u64,
    /// How long a graceful shutdown waits for the batch in progress before the process is killed.
    pub shutdown_timeout_ms: u64,
}

/// How the application commits with `enable.auto.commit=false`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ManualCommit {
    /// `commitSync()` after each batch (Spring's `AckMode.BATCH` and `MANUAL`).
    SyncPerBatch,
    /// `commitSync()` after each record (Spring's `AckMode.RECORD` and `MANUAL_IMMEDIATE`).
    SyncPerRecord,
    /// `commitAsync()` after each batch: the thread does not wait; a refused commit is not retried.
    AsyncPerBatch,
}

/// How a member commits: the one the settings give.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CommitMode {
    /// `enable.auto.commit=true`: positions are committed from `poll()` every interval.
    Auto,
    /// See [`ManualCommit::SyncPerBatch`].
    SyncPerBatch,
    /// See [`ManualCommit::SyncPerRecord`].
    SyncPerRecord,
    /// See [`ManualCommit::AsyncPerBatch`].
    AsyncPerBatch,
}

/// A call inside record processing that can hang: `share` of the records make a call that does
/// not answer, and the thread waits `hang_ms` for it, or `timeout_ms` when the call has one.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExternalCall {
    /// The share of records whose call hangs, between 0 and 1.
    pub share: f64,
    /// How long a hanging call blocks when nothing bounds it.
    pub hang_ms: RecordTime,
    /// The client's timeout on the call; unset: none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timeout_ms: Option<u64>,
}

impl Default for ConsumerSpec {
    fn default() -> Self {
        Self {
            concurrency: 1,
            client_id_prefix: "consumer".to_owned(),
            max_poll_records: 500,
            max_poll_interval_ms: 300_000,
            session_timeout_ms: 45_000,
            heartbeat_interval_ms: 3_000,
            group_consumer_heartbeat_interval_ms: 5_000,
            enable_auto_commit: true,
            commit: None,
            commit_latency_ms: 5.0,
            auto_commit_interval_ms: 5_000,
            auto_offset_reset: OffsetReset::Latest,
            assignor: AssignorKind::Range,
            protocol: None,
            static_membership: false,
            record_ms: RecordTime::default(),
            external_call: None,
            max_partition_fetch_bytes: 1_048_576,
            record_bytes: 1_024,
            idle_poll_ms: 100,
            rebalance_overhead_ms: 100,
            assignment_us_per_partition: 20.0,
            initial_rebalance_delay_ms: 3_000,
            metadata_max_age_ms: 300_000,
            shutdown_timeout_ms: 30_000,
        }
    }
}

impl ConsumerSpec {
    /// How members commit.
    #[must_use]
    pub fn commit_mode(&self) -> CommitMode {
        if self.enable_auto_commit {
            return CommitMode::Auto;
        }
        match self.commit.unwrap_or(ManualCommit::SyncPerBatch) {
            ManualCommit::SyncPerBatch => CommitMode::SyncPerBatch,
            ManualCommit::SyncPerRecord => CommitMode::SyncPerRecord,
            ManualCommit::AsyncPerBatch => CommitMode::AsyncPerBatch,
        }
    }

    /// Records one fetch buffers per partition (`max.partition.fetch.bytes` over the record size).
    #[must_use]
    pub fn records_per_fetch(&self) -> i64 {
        i64::try_from(self.max_partition_fetch_bytes / self.record_bytes.max(1)).unwrap_or(i64::MAX).max(1)
    }

    /// The protocol in effect: the one set, else the one the assignor implies.
    #[must_use]
    pub fn effective_protocol(&self) -> ProtocolKind {
        self.protocol.unwrap_or(match self.assignor {
            AssignorKind::CooperativeSticky => ProtocolKind::Cooperative,
            AssignorKind::Uniform | AssignorKind::ServerRange => ProtocolKind::Consumer,
            AssignorKind::Range | AssignorKind::RoundRobin | AssignorKind::Sticky => ProtocolKind::Eager,
        })
    }
}

/// `auto.offset.reset`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OffsetReset {
    /// Start at the log end.
    Latest,
    /// Start at the first offset (0 here: retention is not simulated).
    Earliest,
}

/// A partition's offsets at the start.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct InitialPartition {
    /// Topic name.
    pub topic: String,
    /// Partition number.
    pub partition: i32,
    /// Log-end offset.
    pub log_end_offset: i64,
    /// The group's committed offset; unset when never committed.
    #[serde(default)]
    pub committed: Option<i64>,
}

/// Something that happens at a time.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Operation {
    /// When, in seconds from the start.
    pub at_s: f64,
    /// What.
    #[serde(flatten)]
    pub action: Action,
}

/// The operations. `target` names `all`, a host (`A`), or one thread of a host (`A:2`, from 1).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    /// The process dies: no commit, no `LeaveGroup`; the coordinator notices after the session
    /// timeout.
    Crash {
        /// Who.
        target: String,
    },
    /// Graceful shutdown: the batch in progress finishes (up to the shutdown timeout), offsets
    /// are committed and dynamic members send `LeaveGroup`.
    Stop {
        /// Who.
        target: String,
    },
    /// Start stopped or crashed instances (new processes, new member ids).
    Start {
        /// Which hosts.
        target: String,
        /// Seconds before the new consumers poll for the first time.
        #[serde(default)]
        startup_s: f64,
    },
    /// Stop, then start again after `startup_s`.
    Restart {
        /// Which hosts.
        target: String,
        /// Seconds between the stop and the first poll of the new process.
        #[serde(default = "default_startup_s")]
        startup_s: f64,
    },
    /// Add instances (new hosts) with the consumer's concurrency.
    ScaleOut {
        /// How many instances.
        instances: u32,
        /// Seconds before they poll for the first time.
        #[serde(default)]
        startup_s: f64,
    },
    /// Stop the last `instances` running instances gracefully.
    ScaleIn {
        /// How many instances.
        instances: u32,
    },
    /// Restart every running instance, one after another (Kubernetes' rolling update with
    /// `maxUnavailable: 1`): stop one, start its replacement after `startup_s`, wait `gap_s`,
    /// then the next.
    RollingDeploy {
        /// Seconds from an instance's stop to its replacement's first poll.
        #[serde(default = "default_startup_s")]
        startup_s: f64,
        /// Seconds between one replacement's start and the next instance's stop.
        #[serde(default)]
        gap_s: f64,
    },
    /// Blue-green: a second set of instances (`<host>-green`) boots for `startup_s`; its consumers
    /// join the group as they boot (or at the switch); `switch_after_s` later every old instance
    /// stops.
    BlueGreenDeploy {
        /// Seconds the new set takes to boot.
        #[serde(default = "default_startup_s")]
        startup_s: f64,
        /// Seconds from the new set being up to the switch, when every old instance stops.
        #[serde(default = "default_switch_after_s")]
        switch_after_s: f64,
        /// The new consumers start only at the switch (Spring's `autoStartup=false`, started by
        /// the switch); otherwise they subscribe as they boot and join the group at once.
        #[serde(default)]
        consumers_at_switch: bool,
    },
    /// Raise a topic's partition count.
    AddPartitions {
        /// The topic.
        topic: String,
        /// The new partition count.
        partitions: i32,
    },
    /// An external call hangs: the target's thread is blocked for `for_s` seconds from now.
    Stall {
        /// Who.
        target: String,
        /// Seconds.
        for_s: f64,
    },
    /// Processing gets `factor` times slower (a slow dependency), for `for_s` seconds or to the end.
    Slowdown {
        /// Who.
        target: String,
        /// The multiplier.
        factor: f64,
        /// How long; unset: to the end.
        #[serde(default)]
        for_s: Option<f64>,
    },
}

fn default_startup_s() -> f64 {
    30.0
}
fn default_switch_after_s() -> f64 {
    60.0
}

/// A scenario that cannot run: the field and what was expected.
#[derive(Debug, Clone, PartialEq)]
pub struct ScenarioError {
    /// Where (`topics[1].partitions`; `line 4 column 12` for JSON that does not parse).
    pub path: String,
    /// The error for people, naming the place: `topics[1].partitions: between 1 and 100,000`.
    pub message: Message,
}

impl ScenarioError {
    /// `path` did not hold what was `expected` (a message saying what was).
    pub(crate) fn new(path: impl Into<String>, expected: Message) -> Self {
        let path = path.into();
        Self { message: crate::msg!("sim-error-field", path = &path, expected = expected), path }
    }

    /// The same error one level down: `hosts` in `other_groups[0]` is `other_groups[0].hosts`.
    fn within(self, prefix: &str) -> Self {
        let expected = match self.message.arg("expected") {
            Some(Arg::Message(expected)) => (**expected).clone(),
            _ => self.message,
        };
        Self::new(format!("{prefix}.{}", self.path), expected)
    }
}

/// In English (logs, panics); people read [`ScenarioError::message`] in their language.
impl std::fmt::Display for ScenarioError {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(&crate::l10n::english(&self.message))
    }
}

impl std::error::Error for ScenarioError {}

/// The largest offset a scenario may start from (10^15 records: beyond any real partition, with
/// room for 31 days of the fastest producer on top without reaching `i64::MAX`).
const MAX_OFFSET: i64 = 1_000_000_000_000_000;

/// The longest run accepted: 31 days.
const MAX_DURATION_S: f64 = 31.0 * 86_400.0;
/// The most samples a run keeps per partition.
const MAX_SAMPLES: f64 = 20_000.0;

impl Scenario {
    /// Reads a scenario from JSON; a malformed one names the line and column.
    pub fn from_json(text: &str) -> Result<Self, ScenarioError> {
        let scenario: Self = serde_json::from_str(text).map_err(|error| ScenarioError {
            path: format!("line {} column {}", error.line(), error.column()),
            message: crate::msg!(
                "sim-error-json",
                line = crate::parse::line_arg(error.line()),
                column = crate::parse::line_arg(error.column()),
                error = error.to_string(),
            ),
        })?;
        scenario.validate()?;
        Ok(scenario)
    }

    /// The start as epoch milliseconds.
    pub fn start_ms(&self) -> Result<i64, ScenarioError> {
        crate::series::clock::parse_timestamp(&self.start)
            .ok_or_else(|| ScenarioError::new("start", crate::msg!("sim-error-start", start = &self.start)))
    }

    /// Checks every field a run depends on.
    pub fn validate(&self) -> Result<(), ScenarioError> {
        self.start_ms()?;
        seconds("duration_s", self.duration_s, false)?;
        if self.duration_s > MAX_DURATION_S {
            return Err(ScenarioError::new("duration_s", crate::msg!("sim-error-duration")));
        }
        seconds("sample_every_s", self.sample_every_s, false)?;
        if self.duration_s / self.sample_every_s > MAX_SAMPLES {
            return Err(ScenarioError::new(
                "sample_every_s",
                crate::msg!(
                    "sim-error-samples",
                    samples = MAX_SAMPLES as i64,
                    seconds = (self.duration_s / MAX_SAMPLES).ceil() as i64,
                ),
            ));
        }
        if self.topics.is_empty() {
            return Err(ScenarioError::new("topics", crate::msg!("sim-error-no-topic")));
        }
        for (index, topic) in self.topics.iter().enumerate() {
            let path = format!("topics[{index}]");
            if topic.name.trim().is_empty() || topic.name.contains(char::is_whitespace) {
                return Err(ScenarioError::new(format!("{path}.name"), crate::msg!("sim-error-topic-name")));
            }
            if self.topics[..index].iter().any(|other| other.name == topic.name) {
                return Err(ScenarioError::new(
                    format!("{path}.name"),
                    crate::msg!("sim-error-topic-twice", topic = &topic.name),
                ));
            }
            if !(1..=100_000).contains(&topic.partitions) {
                return Err(ScenarioError::new(format!("{path}.partitions"), between(1, 100_000)));
            }
            if topic.initial_log_end_offset < 0 || topic.initial_lag < 0 {
                return Err(ScenarioError::new(
                    format!("{path}.initial_lag"),
                    crate::msg!("sim-error-negative-lag"),
                ));
            }
            for (field, value) in
                [("initial_log_end_offset", topic.initial_log_end_offset), ("initial_lag", topic.initial_lag)]
            {
                if value > MAX_OFFSET {
                    return Err(ScenarioError::new(format!("{path}.{field}"), between(0, MAX_OFFSET)));
                }
            }
        }
        for (index, producer) in self.produce.iter().enumerate() {
            self.validate_producer(&format!("produce[{index}]"), producer)?;
        }
        self.validate_group()?;
        for index in 0..self.other_groups.len() {
            let path = format!("other_groups[{index}]");
            let group = &self.other_groups[index].group;
            if group.trim().is_empty() || group.contains(char::is_whitespace) {
                return Err(ScenarioError::new(format!("{path}.group"), crate::msg!("sim-error-group-name")));
            }
            if *group == self.group || self.other_groups[..index].iter().any(|other| other.group == *group) {
                return Err(ScenarioError::new(
                    format!("{path}.group"),
                    crate::msg!("sim-error-group-twice", group = group),
                ));
            }
            self.group_view(index + 1).validate_group().map_err(|error| error.within(&path))?;
        }
        Ok(())
    }

    /// How many consumer groups the scenario holds.
    #[must_use]
    pub fn n_groups(&self) -> usize {
        1 + self.other_groups.len()
    }

    /// The scenario as group `index` sees it (0: the first group): that group's hosts, settings,
    /// operations and offsets, the shared topics and producers, and every group's
    /// `add_partitions` (a topic change every group sees).
    #[must_use]
    pub fn group_view(&self, index: usize) -> Self {
        let mut view = self.clone();
        view.other_groups.clear();
        if let Some(other) = index.checked_sub(1).and_then(|other| self.other_groups.get(other)) {
            view.group.clone_from(&other.group);
            view.subscribe.clone_from(&other.subscribe);
            view.hosts.clone_from(&other.hosts);
            view.consumer = other.consumer.clone();
            view.operations.clone_from(&other.operations);
            view.initial.clone_from(&other.initial);
        }
        let topic_changes: Vec<Operation> = (0..self.n_groups())
            .filter(|group| *group != index)
            .flat_map(|group| match group {
                0 => self.operations.iter(),
                other => self.other_groups[other - 1].operations.iter(),
            })
            .filter(|operation| matches!(operation.action, Action::AddPartitions { .. }))
            .cloned()
            .collect();
        view.operations.extend(topic_changes);
        view
    }

    /// Whether the group subscribes to a topic.
    #[must_use]
    pub fn subscribes_to(&self, topic: &str) -> bool {
        self.subscribe.is_empty() || self.subscribe.iter().any(|name| name == topic)
    }

    /// Checks what belongs to the group: its subscription, hosts, settings, offsets, operations.
    fn validate_group(&self) -> Result<(), ScenarioError> {
        for (index, topic) in self.subscribe.iter().enumerate() {
            if !self.topics.iter().any(|known| &known.name == topic) {
                return Err(ScenarioError::new(
                    format!("subscribe[{index}]"),
                    crate::msg!("sim-error-unknown-topic", topic = topic),
                ));
            }
        }
        if self.hosts.is_empty() {
            return Err(ScenarioError::new("hosts", crate::msg!("sim-error-no-host")));
        }
        for (index, host) in self.hosts.iter().enumerate() {
            let path = format!("hosts[{index}]");
            if host.name.trim().is_empty() || host.name.contains([':', ' ']) || host.name == "all" {
                return Err(ScenarioError::new(format!("{path}.name"), crate::msg!("sim-error-host-name")));
            }
            if self.hosts[..index].iter().any(|other| other.name == host.name) {
                return Err(ScenarioError::new(
                    format!("{path}.name"),
                    crate::msg!("sim-error-host-twice", host = &host.name),
                ));
            }
            if let Some(concurrency) = host.concurrency
                && !(1..=1000).contains(&concurrency)
            {
                return Err(ScenarioError::new(format!("{path}.concurrency"), between(1, 1000)));
            }
            positive(&format!("{path}.slowdown"), host.slowdown)?;
            // A cap under one record in 1,000 s would stretch one batch past any run's length.
            if let Some(cap) = host.max_records_per_s
                && !(cap.is_finite() && (0.001..=1e9).contains(&cap))
            {
                return Err(ScenarioError::new(
                    format!("{path}.max_records_per_s"),
                    between(Arg::Decimal(0.001, 3), Arg::Int(1_000_000_000)),
                ));
            }
            if !(host.cap_jitter.is_finite() && (0.0..=2.0).contains(&host.cap_jitter)) {
                return Err(ScenarioError::new(format!("{path}.cap_jitter"), between(0, 2)));
            }
        }
        self.validate_consumer()?;
        for (index, initial) in self.initial.iter().enumerate() {
            let path = format!("initial[{index}]");
            let Some(topic) = self.topics.iter().find(|topic| topic.name == initial.topic) else {
                return Err(ScenarioError::new(
                    format!("{path}.topic"),
                    crate::msg!("sim-error-unknown-topic", topic = &initial.topic),
                ));
            };
            if !(0..topic.partitions).contains(&initial.partition) {
                return Err(ScenarioError::new(
                    format!("{path}.partition"),
                    crate::msg!("sim-error-partition", last = topic.partitions - 1),
                ));
            }
            if initial.log_end_offset < 0 || initial.committed.is_some_and(|committed| committed < 0) {
                return Err(ScenarioError::new(path, crate::msg!("sim-error-negative-offset")));
            }
            if initial.log_end_offset > MAX_OFFSET
                || initial.committed.is_some_and(|committed| committed > MAX_OFFSET)
            {
                return Err(ScenarioError::new(path, between(0, MAX_OFFSET)));
            }
        }
        for (index, operation) in self.operations.iter().enumerate() {
            self.validate_operation(&format!("operations[{index}]"), operation)?;
        }
        Ok(())
    }

    fn validate_producer(&self, path: &str, producer: &ProduceSpec) -> Result<(), ScenarioError> {
        for (index, topic) in producer.topics.iter().enumerate() {
            if !self.topics.iter().any(|known| &known.name == topic) {
                return Err(ScenarioError::new(
                    format!("{path}.topics[{index}]"),
                    crate::msg!("sim-error-unknown-topic", topic = topic),
                ));
            }
        }
        seconds(&format!("{path}.from_s"), producer.from_s, true)?;
        seconds(&format!("{path}.over_s"), producer.over_s, true)?;
        if let Some(until) = producer.until_s {
            seconds(&format!("{path}.until_s"), until, true)?;
        }
        match producer.records {
            Some(records) => {
                if !(records.is_finite() && (0.0..=1e13).contains(&records)) {
                    return Err(ScenarioError::new(
                        format!("{path}.records"),
                        crate::msg!("sim-error-records"),
                    ));
                }
            }
            None => {
                if !(producer.records_per_s.is_finite() && (0.0..=1e8).contains(&producer.records_per_s)) {
                    return Err(ScenarioError::new(
                        format!("{path}.records_per_s"),
                        crate::msg!("sim-error-rate"),
                    ));
                }
            }
        }
        if let Some(burst) = producer.burst {
            seconds(&format!("{path}.burst.every_s"), burst.every_s, false)?;
            seconds(&format!("{path}.burst.for_s"), burst.for_s, false)?;
            if burst.for_s > burst.every_s {
                return Err(ScenarioError::new(
                    format!("{path}.burst.for_s"),
                    crate::msg!("sim-error-burst"),
                ));
            }
        }
        if let Some(hot) = producer.hot_key {
            if !(0.0..=1.0).contains(&hot.share) {
                return Err(ScenarioError::new(format!("{path}.hot_key.share"), between(0, 1)));
            }
            let smallest = self
                .topics
                .iter()
                .filter(|topic| producer.topics.is_empty() || producer.topics.contains(&topic.name))
                .map(|topic| topic.partitions)
                .min()
                .unwrap_or(0);
            if !(0..smallest).contains(&hot.partition) {
                return Err(ScenarioError::new(
                    format!("{path}.hot_key.partition"),
                    crate::msg!("sim-error-partition", last = smallest - 1),
                ));
            }
        }
        Ok(())
    }

    fn validate_consumer(&self) -> Result<(), ScenarioError> {
        let consumer = &self.consumer;
        let checks: [(&str, u64, u64, u64); 12] = [
            ("concurrency", u64::from(consumer.concurrency), 1, 1000),
            ("max_poll_records", u64::from(consumer.max_poll_records), 1, 1_000_000),
            ("max_poll_interval_ms", consumer.max_poll_interval_ms, 1, 86_400_000),
            ("session_timeout_ms", consumer.session_timeout_ms, 1, 3_600_000),
            ("heartbeat_interval_ms", consumer.heartbeat_interval_ms, 1, 3_600_000),
            (
                "group_consumer_heartbeat_interval_ms",
                consumer.group_consumer_heartbeat_interval_ms,
                1,
                3_600_000,
            ),
            ("auto_commit_interval_ms", consumer.auto_commit_interval_ms, 1, 86_400_000),
            ("idle_poll_ms", consumer.idle_poll_ms, 1, 60_000),
            ("metadata_max_age_ms", consumer.metadata_max_age_ms, 1, 86_400_000),
            ("shutdown_timeout_ms", consumer.shutdown_timeout_ms, 0, 3_600_000),
            ("max_partition_fetch_bytes", consumer.max_partition_fetch_bytes, 1, 1 << 30),
            ("record_bytes", consumer.record_bytes, 1, 1 << 30),
        ];
        for (name, value, min, max) in checks {
            if !(min..=max).contains(&value) {
                return Err(ScenarioError::new(format!("consumer.{name}"), between(min, max)));
            }
        }
        if consumer.rebalance_overhead_ms > 600_000 || consumer.initial_rebalance_delay_ms > 600_000 {
            return Err(ScenarioError::new("consumer", crate::msg!("sim-error-rebalance-delays")));
        }
        if consumer.enable_auto_commit && consumer.commit.is_some() {
            return Err(ScenarioError::new(
                "consumer.commit",
                crate::msg!("sim-error-commit-with-auto-commit"),
            ));
        }
        non_negative("consumer.commit_latency_ms", consumer.commit_latency_ms)?;
        if !(consumer.assignment_us_per_partition.is_finite()
            && (0.0..=1_000_000.0).contains(&consumer.assignment_us_per_partition))
        {
            return Err(ScenarioError::new(
                "consumer.assignment_us_per_partition",
                crate::msg!("sim-error-assignment-time"),
            ));
        }
        validate_record_time("consumer.record_ms", consumer.record_ms)?;
        if let Some(call) = consumer.external_call {
            if !(call.share.is_finite() && (0.0..=1.0).contains(&call.share)) {
                return Err(ScenarioError::new("consumer.external_call.share", between(0, 1)));
            }
            validate_record_time("consumer.external_call.hang_ms", call.hang_ms)?;
            if call.timeout_ms.is_some_and(|timeout| timeout > 86_400_000) {
                return Err(ScenarioError::new(
                    "consumer.external_call.timeout_ms",
                    crate::msg!("sim-error-call-timeout"),
                ));
            }
        }
        let protocol = consumer.effective_protocol();
        let server_side = matches!(consumer.assignor, AssignorKind::Uniform | AssignorKind::ServerRange);
        if (protocol == ProtocolKind::Consumer) != server_side {
            return Err(ScenarioError::new("consumer.assignor", crate::msg!("sim-error-assignor-protocol")));
        }
        if protocol == ProtocolKind::Cooperative && consumer.assignor != AssignorKind::CooperativeSticky {
            return Err(ScenarioError::new(
                "consumer.assignor",
                crate::msg!("sim-error-assignor-cooperative"),
            ));
        }
        Ok(())
    }

    fn validate_operation(&self, path: &str, operation: &Operation) -> Result<(), ScenarioError> {
        seconds(&format!("{path}.at_s"), operation.at_s, true)?;
        let target_path = format!("{path}.target");
        match &operation.action {
            Action::Crash { target } | Action::Stop { target } => {
                self.validate_target(&target_path, target, true)
            }
            Action::Start { target, startup_s } | Action::Restart { target, startup_s } => {
                seconds(&format!("{path}.startup_s"), *startup_s, true)?;
                self.validate_target(&target_path, target, false)
            }
            Action::Stall { target, for_s } => {
                seconds(&format!("{path}.for_s"), *for_s, false)?;
                self.validate_target(&target_path, target, true)
            }
            Action::Slowdown { target, factor, for_s } => {
                positive(&format!("{path}.factor"), *factor)?;
                if let Some(for_s) = for_s {
                    seconds(&format!("{path}.for_s"), *for_s, false)?;
                }
                self.validate_target(&target_path, target, true)
            }
            Action::ScaleOut { instances, startup_s } => {
                seconds(&format!("{path}.startup_s"), *startup_s, true)?;
                if !(1..=1000).contains(instances) {
                    return Err(ScenarioError::new(format!("{path}.instances"), between(1, 1000)));
                }
                Ok(())
            }
            Action::ScaleIn { instances } => {
                if *instances == 0 {
                    return Err(ScenarioError::new(
                        format!("{path}.instances"),
                        crate::msg!("sim-error-at-least-one"),
                    ));
                }
                Ok(())
            }
            Action::RollingDeploy { startup_s, gap_s } => {
                seconds(&format!("{path}.startup_s"), *startup_s, true)?;
                seconds(&format!("{path}.gap_s"), *gap_s, true)
            }
            Action::BlueGreenDeploy { startup_s, switch_after_s, .. } => {
                seconds(&format!("{path}.startup_s"), *startup_s, true)?;
                seconds(&format!("{path}.switch_after_s"), *switch_after_s, true)
            }
            Action::AddPartitions { topic, partitions } => {
                let Some(known) = self.topics.iter().find(|known| &known.name == topic) else {
                    return Err(ScenarioError::new(
                        format!("{path}.topic"),
                        crate::msg!("sim-error-unknown-topic", topic = topic),
                    ));
                };
                if *partitions <= known.partitions || *partitions > 100_000 {
                    return Err(ScenarioError::new(
                        format!("{path}.partitions"),
                        crate::msg!("sim-error-add-partitions", partitions = known.partitions),
                    ));
                }
                Ok(())
            }
        }
    }

    /// A target names `all`, a host or `host:thread`; a thread must exist at the start.
    fn validate_target(&self, path: &str, target: &str, threads_allowed: bool) -> Result<(), ScenarioError> {
        if target == "all" {
            return Ok(());
        }
        let (host, thread) = match target.split_once(':') {
            Some((host, thread)) => (host, Some(thread)),
            None => (target, None),
        };
        let known =
            self.hosts.iter().find(|known| known.name == host || format!("{}-green", known.name) == host);
        let Some(known) = known else {
            return Err(ScenarioError::new(path, crate::msg!("sim-error-target", target = target)));
        };
        if let Some(thread) = thread {
            if !threads_allowed {
                return Err(ScenarioError::new(path, crate::msg!("sim-error-target-host")));
            }
            let concurrency = known.concurrency.unwrap_or(self.consumer.concurrency);
            match thread.parse::<u32>() {
                Ok(number) if (1..=concurrency).contains(&number) => {}
                _ => {
                    return Err(ScenarioError::new(
                        path,
                        crate::msg!("sim-error-thread", host = host, concurrency = concurrency),
                    ));
                }
            }
        }
        Ok(())
    }
}

fn validate_record_time(path: &str, time: RecordTime) -> Result<(), ScenarioError> {
    match time {
        RecordTime::Fixed { ms } => non_negative(path, ms),
        RecordTime::Uniform { min_ms, max_ms } => {
            non_negative(path, min_ms)?;
            non_negative(path, max_ms)?;
            if min_ms > max_ms {
                return Err(ScenarioError::new(path, crate::msg!("sim-error-uniform")));
            }
            Ok(())
        }
        RecordTime::Exponential { mean_ms } => non_negative(path, mean_ms),
        RecordTime::Lognormal { median_ms, p99_ms } => {
            positive(path, median_ms)?;
            if !(p99_ms.is_finite() && p99_ms >= median_ms && p99_ms <= 86_400_000.0) {
                return Err(ScenarioError::new(path, crate::msg!("sim-error-lognormal")));
            }
            Ok(())
        }
    }
}

fn seconds(path: &str, value: f64, zero_allowed: bool) -> Result<(), ScenarioError> {
    let ok =
        value.is_finite() && value <= MAX_DURATION_S && if zero_allowed { value >= 0.0 } else { value > 0.0 };
    if ok {
        Ok(())
    } else {
        Err(ScenarioError::new(
            path,
            if zero_allowed {
                crate::msg!("sim-error-seconds-from-zero")
            } else {
                crate::msg!("sim-error-seconds-positive")
            },
        ))
    }
}

fn positive(path: &str, value: f64) -> Result<(), ScenarioError> {
    if value.is_finite() && value > 0.0 && value <= 1e9 {
        Ok(())
    } else {
        Err(ScenarioError::new(path, crate::msg!("sim-error-positive")))
    }
}

fn non_negative(path: &str, value: f64) -> Result<(), ScenarioError> {
    if value.is_finite() && (0.0..=86_400_000.0).contains(&value) {
        Ok(())
    } else {
        Err(ScenarioError::new(path, crate::msg!("sim-error-millis")))
    }
}

/// `between 1 and 100,000`.
fn between(min: impl Into<Arg>, max: impl Into<Arg>) -> Message {
    let (min, max): (Arg, Arg) = (min.into(), max.into());
    crate::msg!("sim-error-between", min = min, max = max)
}
