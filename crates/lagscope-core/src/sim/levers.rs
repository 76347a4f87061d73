//! The settings people turn most (the field notes' levers: partitions, instances × concurrency,
//! processing time, load, commits, the protocol, deploys) as controls over a [`Scenario`]: what a
//! lever reads from a scenario, what values it takes, and how it writes one back. The Playground
//! and the lessons both show these controls; neither edits a scenario any other way but its JSON.

use serde::{Deserialize, Serialize};

use super::scenario::{Action, ExternalCall, HostSpec, ManualCommit, RecordTime, Scenario};
use crate::assign::AssignorKind;
use crate::l10n::Message;

/// One control.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Lever {
    /// The first topic's partition count at the start.
    Partitions,
    /// Application instances (hosts) of the group.
    Instances,
    /// Consumer threads per instance (Spring's `concurrency`).
    Concurrency,
    /// The first producer's steady rate, records per second.
    ProduceRate,
    /// Processing time per record, milliseconds (a fixed time; a distribution reads as its median
    /// or mean).
    RecordMs,
    /// `max.poll.records`.
    MaxPollRecords,
    /// `max.poll.interval.ms`.
    MaxPollIntervalMs,
    /// `session.timeout.ms`.
    SessionTimeoutMs,
    /// `auto.commit.interval.ms`.
    AutoCommitIntervalMs,
    /// Auto-commit, or how the application commits.
    CommitMode,
    /// `partition.assignment.strategy` (or the KIP-848 `group.remote.assignor`); the protocol
    /// follows it.
    Assignor,
    /// `group.instance.id` on every member.
    StaticMembership,
    /// The timeout on the external call that can hang (0: none).
    CallTimeoutMs,
    /// The share of the first producer's records that carry one hot key.
    HotKeyShare,
    /// How the scenario's deploy runs: rolling, or blue-green.
    Deploy,
}

/// What values a lever takes.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum LeverKind {
    /// A number between two bounds.
    Number {
        /// The least accepted.
        min: f64,
        /// The most accepted.
        max: f64,
    },
    /// One of a few values (the scenario's spelling).
    Choice(&'static [&'static str]),
    /// On or off (`true`/`false`).
    Toggle,
}

/// The commit modes, as the lever spells them.
const COMMIT_MODES: &[&str] = &["auto", "sync_per_batch", "sync_per_record", "async_per_batch"];
/// The assignors, as the lever spells them.
const ASSIGNORS: &[&str] =
    &["range", "roundrobin", "sticky", "cooperative-sticky", "uniform", "server-range"];
/// The deploy kinds.
const DEPLOYS: &[&str] = &["rolling", "blue-green"];

impl Lever {
    /// Every lever, in the order the Playground shows them.
    pub const ALL: [Self; 15] = [
        Self::Partitions,
        Self::Instances,
        Self::Concurrency,
        Self::ProduceRate,
        Self::RecordMs,
        Self::MaxPollRecords,
        Self::MaxPollIntervalMs,
        Self::SessionTimeoutMs,
        Self::CommitMode,
        Self::AutoCommitIntervalMs,
        Self::Assignor,
        Self::StaticMembership,
        Self::CallTimeoutMs,
        Self::HotKeyShare,
        Self::Deploy,
    ];

    /// Its stable id (`max-poll-records`), also the page's element id suffix.
    #[must_use]
    pub fn id(self) -> &'static str {
        match self {
            Self::Partitions => "partitions",
            Self::Instances => "instances",
            Self::Concurrency => "concurrency",
            Self::ProduceRate => "produce-rate",
            Self::RecordMs => "record-ms",
            Self::MaxPollRecords => "max-poll-records",
            Self::MaxPollIntervalMs => "max-poll-interval-ms",
            Self::SessionTimeoutMs => "session-timeout-ms",
            Self::AutoCommitIntervalMs => "auto-commit-interval-ms",
            Self::CommitMode => "commit-mode",
            Self::Assignor => "assignor",
            Self::StaticMembership => "static-membership",
            Self::CallTimeoutMs => "call-timeout-ms",
            Self::HotKeyShare => "hot-key-share",
            Self::Deploy => "deploy",
        }
    }

    /// The lever with this id.
    #[must_use]
    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|lever| lever.id() == id)
    }

    /// Its label for people (`lever-<id>`).
    #[must_use]
    pub fn label(self) -> Message {
        Message::new(match self {
            Self::Partitions => "lever-partitions",
            Self::Instances => "lever-instances",
            Self::Concurrency => "lever-concurrency",
            Self::ProduceRate => "lever-produce-rate",
            Self::RecordMs => "lever-record-ms",
            Self::MaxPollRecords => "lever-max-poll-records",
            Self::MaxPollIntervalMs => "lever-max-poll-interval-ms",
            Self::SessionTimeoutMs => "lever-session-timeout-ms",
            Self::AutoCommitIntervalMs => "lever-auto-commit-interval-ms",
            Self::CommitMode => "lever-commit-mode",
            Self::Assignor => "lever-assignor",
            Self::StaticMembership => "lever-static-membership",
            Self::CallTimeoutMs => "lever-call-timeout-ms",
            Self::HotKeyShare => "lever-hot-key-share",
            Self::Deploy => "lever-deploy",
        })
    }

    /// What values it takes.
    #[must_use]
    pub fn kind(self) -> LeverKind {
        match self {
            Self::Partitions => LeverKind::Number { min: 1.0, max: 1_000.0 },
            Self::Instances => LeverKind::Number { min: 1.0, max: 100.0 },
            Self::Concurrency => LeverKind::Number { min: 1.0, max: 64.0 },
            Self::ProduceRate => LeverKind::Number { min: 0.0, max: 1_000_000.0 },
            Self::RecordMs => LeverKind::Number { min: 0.001, max: 3_600_000.0 },
            Self::MaxPollRecords => LeverKind::Number { min: 1.0, max: 100_000.0 },
            Self::MaxPollIntervalMs | Self::SessionTimeoutMs | Self::AutoCommitIntervalMs => {
                LeverKind::Number { min: 1.0, max: 86_400_000.0 }
            }
            Self::CallTimeoutMs => LeverKind::Number { min: 0.0, max: 86_400_000.0 },
            Self::HotKeyShare => LeverKind::Number { min: 0.0, max: 1.0 },
            Self::CommitMode => LeverKind::Choice(COMMIT_MODES),
            Self::Assignor => LeverKind::Choice(ASSIGNORS),
            Self::Deploy => LeverKind::Choice(DEPLOYS),
            Self::StaticMembership => LeverKind::Toggle,
        }
    }

    /// A choice's label for people: the commit modes' and deploys' are messages, the assignors'
    /// are their names (which nobody translates).
    #[must_use]
    pub fn choice_label(self, value: &str) -> Option<Message> {
        let id = match (self, value) {
            (Self::CommitMode, "auto") => "pg-commit-auto",
            (Self::CommitMode, "sync_per_batch") => "pg-commit-sync-per-batch",
            (Self::CommitMode, "sync_per_record") => "pg-commit-sync-per-record",
            (Self::CommitMode, "async_per_batch") => "pg-commit-async-per-batch",
            (Self::Deploy, "rolling") => "lever-deploy-rolling",
            (Self::Deploy, "blue-green") => "lever-deploy-blue-green",
            _ => return None,
        };
        Some(Message::new(id))
    }

    /// Whether the lever means anything for `scenario` (a deploy lever needs a deploy, the call
    /// timeout an external call, the hot key a producer).
    #[must_use]
    pub fn applies_to(self, scenario: &Scenario) -> bool {
        self.get(scenario).is_some()
    }

    /// Its value in `scenario`, as the lever spells it; `None` when the scenario has nothing it
    /// controls.
    #[must_use]
    pub fn get(self, scenario: &Scenario) -> Option<String> {
        let consumer = &scenario.consumer;
        Some(match self {
            Self::Partitions => scenario.topics.first()?.partitions.to_string(),
            Self::Instances => scenario.hosts.len().to_string(),
            Self::Concurrency => scenario
                .hosts
                .first()
                .and_then(|host| host.concurrency)
                .unwrap_or(consumer.concurrency)
                .to_string(),
            Self::ProduceRate => number(scenario.produce.iter().find(|p| p.records.is_none())?.records_per_s),
            Self::RecordMs => number(typical_ms(consumer.record_ms)),
            Self::MaxPollRecords => consumer.max_poll_records.to_string(),
            Self::MaxPollIntervalMs => consumer.max_poll_interval_ms.to_string(),
            Self::SessionTimeoutMs => consumer.session_timeout_ms.to_string(),
            Self::AutoCommitIntervalMs => consumer.auto_commit_interval_ms.to_string(),
            Self::CommitMode => COMMIT_MODES[match consumer.commit_mode() {
                super::CommitMode::Auto => 0,
                super::CommitMode::SyncPerBatch => 1,
                super::CommitMode::SyncPerRecord => 2,
                super::CommitMode::AsyncPerBatch => 3,
            }]
            .to_owned(),
            Self::Assignor => consumer.assignor.name().to_owned(),
            Self::StaticMembership => consumer.static_membership.to_string(),
            Self::CallTimeoutMs => consumer.external_call?.timeout_ms.unwrap_or(0).to_string(),
            Self::HotKeyShare => number(scenario.produce.first()?.hot_key.map_or(0.0, |hot| hot.share)),
            Self::Deploy => scenario
                .operations
                .iter()
                .find_map(|operation| match operation.action {
                    Action::RollingDeploy { .. } => Some("rolling"),
                    Action::BlueGreenDeploy { .. } => Some("blue-green"),
                    _ => None,
                })?
                .to_owned(),
        })
    }

    /// Sets the lever to `value` in `scenario`; a value it does not take is refused with what it
    /// expected, and the scenario is left as it was.
    pub fn set(self, scenario: &mut Scenario, value: &str) -> Result<(), Message> {
        let value = value.trim();
        match self.kind() {
            LeverKind::Number { min, max } => {
                let number = value
                    .parse::<f64>()
                    .ok()
                    .filter(|n| n.is_finite() && (min..=max).contains(n))
                    .ok_or_else(|| {
                    crate::msg!(
                        "lever-error-number",
                        lever = self.label(),
                        min = crate::l10n::Arg::Amount(min),
                        max = crate::l10n::Arg::Amount(max)
                    )
                })?;
                self.set_number(scenario, number)
            }
            LeverKind::Choice(choices) => {
                if !choices.contains(&value) {
                    return Err(crate::msg!(
                        "lever-error-choice",
                        lever = self.label(),
                        choices = crate::l10n::Arg::List(choices.iter().map(|c| (*c).to_owned()).collect()),
                    ));
                }
                self.set_choice(scenario, value);
                Ok(())
            }
            LeverKind::Toggle => match value {
                "true" | "false" => {
                    scenario.consumer.static_membership = value == "true";
                    Ok(())
                }
                _ => Err(crate::msg!("lever-error-toggle", lever = self.label())),
            },
        }
    }

    fn set_number(self, scenario: &mut Scenario, number: f64) -> Result<(), Message> {
        let whole = || number.round() as u64;
        let consumer = &mut scenario.consumer;
        match self {
            Self::Partitions => {
                let topic = scenario.topics.first_mut().ok_or_else(|| self.missing())?;
                topic.partitions = whole() as i32;
            }
            Self::Instances => set_instances(&mut scenario.hosts, whole() as usize),
            Self::Concurrency => {
                consumer.concurrency = whole() as u32;
                for host in &mut scenario.hosts {
                    host.concurrency = None;
                }
            }
            Self::ProduceRate => {
                let producer = scenario
                    .produce
                    .iter_mut()
                    .find(|p| p.records.is_none())
                    .ok_or_else(|| self.missing())?;
                producer.records_per_s = number;
            }
            Self::RecordMs => consumer.record_ms = RecordTime::Fixed { ms: number },
            Self::MaxPollRecords => consumer.max_poll_records = whole() as u32,
            Self::MaxPollIntervalMs => consumer.max_poll_interval_ms = whole(),
            Self::SessionTimeoutMs => consumer.session_timeout_ms = whole(),
            Self::AutoCommitIntervalMs => consumer.auto_commit_interval_ms = whole(),
            Self::CallTimeoutMs => {
                let call: &mut ExternalCall =
                    consumer.external_call.as_mut().ok_or_else(|| self.missing())?;
                call.timeout_ms = (whole() > 0).then(whole);
            }
            Self::HotKeyShare => {
                let producer = scenario.produce.first_mut().ok_or_else(|| self.missing())?;
                let partition = producer.hot_key.map_or(0, |hot| hot.partition);
                producer.hot_key =
                    (number > 0.0).then_some(super::scenario::HotKey { partition, share: number });
            }
            Self::CommitMode | Self::Assignor | Self::StaticMembership | Self::Deploy => {}
        }
        Ok(())
    }

    fn set_choice(self, scenario: &mut Scenario, value: &str) {
        let consumer = &mut scenario.consumer;
        match self {
            Self::CommitMode => {
                consumer.enable_auto_commit = value == "auto";
                consumer.commit = match value {
                    "sync_per_batch" => Some(ManualCommit::SyncPerBatch),
                    "sync_per_record" => Some(ManualCommit::SyncPerRecord),
                    "async_per_batch" => Some(ManualCommit::AsyncPerBatch),
                    _ => None,
                };
            }
            Self::Assignor => {
                if let Some(kind) = AssignorKind::ALL.into_iter().find(|kind| kind.name() == value) {
                    consumer.assignor = kind;
                    consumer.protocol = None;
                }
            }
            Self::Deploy => {
                for operation in &mut scenario.operations {
                    let (Action::RollingDeploy { startup_s, .. } | Action::BlueGreenDeploy { startup_s, .. }) =
                        operation.action
                    else {
                        continue;
                    };
                    operation.action = if value == "rolling" {
                        Action::RollingDeploy { startup_s, gap_s: 0.0 }
                    } else {
                        Action::BlueGreenDeploy {
                            startup_s,
                            switch_after_s: 60.0,
                            consumers_at_switch: false,
                        }
                    };
                }
            }
            _ => {}
        }
    }

    fn missing(self) -> Message {
        crate::msg!("lever-error-missing", lever = self.label())
    }
}

/// Instances up or down to `count`: new ones copy the last instance (its settings, not its
/// address) and are named after it (`app-3` after `app-2`, `B-2` after `B`).
fn set_instances(hosts: &mut Vec<HostSpec>, count: usize) {
    let Some(template) = hosts.last().cloned() else { return };
    hosts.truncate(count);
    let stem = template.name.trim_end_matches(|c: char| c.is_ascii_digit()).to_owned();
    let numbered = stem.len() < template.name.len();
    let mut next = hosts.len() + 1;
    while hosts.len() < count {
        let name = if numbered { format!("{stem}{next}") } else { format!("{}-{next}", template.name) };
        next += 1;
        if hosts.iter().any(|host| host.name == name) {
            continue;
        }
        hosts.push(HostSpec { name, address: None, ..template.clone() });
    }
}

/// A processing time's typical value: the fixed time, the median, or the mean.
fn typical_ms(time: RecordTime) -> f64 {
    match time {
        RecordTime::Fixed { ms } => ms,
        RecordTime::Uniform { min_ms, max_ms } => f64::midpoint(min_ms, max_ms),
        RecordTime::Exponential { mean_ms } => mean_ms,
        RecordTime::Lognormal { median_ms, .. } => median_ms,
    }
}

/// A number as a control shows it: no trailing `.0`.
fn number(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 1e15 { format!("{}", value as i64) } else { format!("{value}") }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scenario() -> Scenario {
        Scenario::from_json(
            r#"{"duration_s": 60, "topics": [{"name": "t", "partitions": 6}],
                "produce": [{"records_per_s": 100}],
                "hosts": [{"name": "app-1"}, {"name": "app-2"}],
                "operations": [{"at_s": 10, "rolling_deploy": {"startup_s": 5}}]}"#,
        )
        .unwrap()
    }

    #[test]
    fn every_lever_reads_back_what_it_wrote() {
        let cases = [
            (Lever::Partitions, "12"),
            (Lever::Instances, "4"),
            (Lever::Concurrency, "3"),
            (Lever::ProduceRate, "250.5"),
            (Lever::RecordMs, "7"),
            (Lever::MaxPollRecords, "100"),
            (Lever::MaxPollIntervalMs, "600000"),
            (Lever::SessionTimeoutMs, "10000"),
            (Lever::AutoCommitIntervalMs, "1000"),
            (Lever::CommitMode, "sync_per_record"),
            (Lever::Assignor, "cooperative-sticky"),
            (Lever::StaticMembership, "true"),
            (Lever::HotKeyShare, "0.5"),
            (Lever::Deploy, "blue-green"),
        ];
        for (lever, value) in cases {
            let mut edited = scenario();
            lever.set(&mut edited, value).unwrap();
            assert_eq!(lever.get(&edited).as_deref(), Some(value), "{lever:?}");
            edited.validate().unwrap();
        }
    }

    #[test]
    fn new_instances_are_named_after_the_last_one() {
        let mut edited = scenario();
        Lever::Instances.set(&mut edited, "4").unwrap();
        let names: Vec<&str> = edited.hosts.iter().map(|host| host.name.as_str()).collect();
        assert_eq!(names, ["app-1", "app-2", "app-3", "app-4"]);
        Lever::Instances.set(&mut edited, "1").unwrap();
        assert_eq!(edited.hosts.len(), 1);
    }

    #[test]
    fn a_value_out_of_range_is_refused_and_changes_nothing() {
        let mut edited = scenario();
        for (lever, value) in [
            (Lever::Partitions, "0"),
            (Lever::Partitions, "NaN"),
            (Lever::HotKeyShare, "1.5"),
            (Lever::CommitMode, "sometimes"),
            (Lever::StaticMembership, "yes"),
        ] {
            let error = lever.set(&mut edited, value).unwrap_err();
            assert!(error.id.starts_with("lever-error-"), "{lever:?}");
        }
        assert_eq!(edited, scenario());
        assert_eq!(Lever::CallTimeoutMs.get(&edited), None);
        assert!(Lever::CallTimeoutMs.set(&mut edited, "1000").is_err());
    }
}
