//! Findings: what went wrong, found by documented rules, each with its evidence as numbers and the
//! hosts, members and partitions involved (so a front end can highlight them).
//!
//! Every rule lives in its own file under `rules/`, with its documentation as data
//! ([`RuleDocs`]: what it finds, why it matters, the evidence it uses, what to check next). A rule
//! whose inputs are missing stays silent: no guess is presented as a fact.

pub mod evidence;
mod rules;

use std::collections::BTreeMap;

use serde::Serialize;

use crate::analyze::AnalysisReport;
use crate::model::Snapshot;

/// How much a finding matters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum FindingSeverity {
    /// Worth knowing.
    Info,
    /// Likely part of the problem.
    Warning,
    /// The cause, or a failure.
    Critical,
}

/// A rule's documentation, shown by the UI and the CLI as the explanation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct RuleDocs {
    /// Stable kebab-case id.
    pub id: &'static str,
    /// The severity of its findings unless a rule says otherwise.
    pub severity: FindingSeverity,
    /// What it finds.
    pub what: &'static str,
    /// Why it matters.
    pub why: &'static str,
    /// The evidence it uses.
    pub evidence: &'static str,
    /// What to check next.
    pub next: &'static str,
}

/// The hosts, members, groups and partitions a finding is about.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Entities {
    /// Group ids.
    pub groups: Vec<String>,
    /// Hosts as the broker reports them (or as a table names them).
    pub hosts: Vec<String>,
    /// Member ids.
    pub members: Vec<String>,
    /// `topic-partition` names.
    pub partitions: Vec<String>,
}

/// One finding.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    /// The rule's id.
    pub rule: &'static str,
    /// How much it matters.
    pub severity: FindingSeverity,
    /// One line.
    pub title: String,
    /// A few sentences, with the numbers.
    pub summary: String,
    /// The numbers behind it, by name.
    pub evidence: BTreeMap<&'static str, serde_json::Value>,
    /// What it is about.
    pub entities: Entities,
}

/// What the rules may look at; anything absent switches the rules that need it off.
#[derive(Debug, Clone, Copy, Default)]
pub struct FindingInputs<'a> {
    /// One snapshot (the latest, when a series was given).
    pub snapshot: Option<&'a Snapshot>,
    /// The analysis of a series or host table.
    pub analysis: Option<&'a AnalysisReport>,
    /// The consumers' configuration, as far as the user gave it.
    pub config: Option<&'a ConsumerConfig>,
    /// The zone the incident's times are written in (UTC when `None`).
    pub zone: Option<&'a crate::series::clock::Zone>,
}

impl FindingInputs<'_> {
    /// A moment as the summaries write it: in the incident's zone, to the second, with its name.
    #[must_use]
    pub fn time(&self, ms: i64) -> String {
        match self.zone {
            Some(zone) => crate::series::clock::in_zone(ms, zone),
            None => format!("{} UTC", crate::series::clock::utc(ms)),
        }
    }
}

/// Consumer settings and measurements the user may give (`--config KEY=VALUE`); each is optional.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct ConsumerConfig {
    /// `max.poll.records` (Kafka's default: 500).
    pub max_poll_records: Option<u32>,
    /// `max.poll.interval.ms` (Kafka's default: 300000).
    pub max_poll_interval_ms: Option<u64>,
    /// `session.timeout.ms`.
    pub session_timeout_ms: Option<u64>,
    /// `enable.auto.commit`.
    pub enable_auto_commit: Option<bool>,
    /// Consumer threads per instance (Spring's `concurrency`).
    pub concurrency: Option<u32>,
    /// Number of instances.
    pub instances: Option<u32>,
    /// Measured processing time per record, in milliseconds.
    pub processing_ms_per_record: Option<f64>,
}

impl ConsumerConfig {
    /// Sets one `key=value` (Kafka's property names, plus `concurrency`, `instances` and
    /// `processing.ms.per.record`); says what was wrong otherwise.
    pub fn set(&mut self, key: &str, value: &str) -> Result<(), String> {
        let value = value.trim();
        let number = |what: &str| format!("{key}: expected {what}, found \"{value}\"");
        match key.trim() {
            "max.poll.records" => {
                self.max_poll_records = Some(value.parse().map_err(|_| number("a whole number"))?);
            }
            "max.poll.interval.ms" => {
                self.max_poll_interval_ms = Some(value.parse().map_err(|_| number("milliseconds"))?);
            }
            "session.timeout.ms" => {
                self.session_timeout_ms = Some(value.parse().map_err(|_| number("milliseconds"))?);
            }
            "enable.auto.commit" => {
                self.enable_auto_commit = Some(value.parse().map_err(|_| number("true or false"))?);
            }
            "concurrency" => self.concurrency = Some(value.parse().map_err(|_| number("a whole number"))?),
            "instances" => self.instances = Some(value.parse().map_err(|_| number("a whole number"))?),
            "processing.ms.per.record" => {
                let parsed: f64 = value.parse().map_err(|_| number("milliseconds"))?;
                if !(parsed.is_finite() && parsed >= 0.0) {
                    return Err(number("a non-negative number of milliseconds"));
                }
                self.processing_ms_per_record = Some(parsed);
            }
            other => {
                return Err(format!(
                    "unknown setting \"{other}\": expected max.poll.records, max.poll.interval.ms, session.timeout.ms, \
                     enable.auto.commit, concurrency, instances or processing.ms.per.record"
                ));
            }
        }
        Ok(())
    }
}

/// A finding rule.
pub(crate) trait Rule {
    /// Its documentation.
    fn docs(&self) -> &'static RuleDocs;
    /// Its findings on `inputs`.
    fn check(&self, inputs: &FindingInputs<'_>) -> Vec<Finding>;
}

/// The documentation of every rule, in catalogue order.
#[must_use]
pub fn catalogue() -> Vec<&'static RuleDocs> {
    rules::all().iter().map(|rule| rule.docs()).collect()
}

/// Runs every rule; findings come most severe first, then by rule id and title.
#[must_use]
pub fn find(inputs: &FindingInputs<'_>) -> Vec<Finding> {
    let mut findings: Vec<Finding> = rules::all().iter().flat_map(|rule| rule.check(inputs)).collect();
    findings.sort_by(|left, right| {
        right
            .severity
            .cmp(&left.severity)
            .then_with(|| left.rule.cmp(right.rule))
            .then_with(|| left.title.cmp(&right.title))
    });
    findings
}

/// `1234567` → `1,234,567`, for summaries people read (and the web app's tables).
#[must_use]
pub fn grouped(value: i64) -> String {
    let digits = value.unsigned_abs().to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 + 1);
    if value < 0 {
        out.push('-');
    }
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

/// The median of `values` (sorted copy; mean of the middle two for an even count).
pub(crate) fn median(values: &[f64]) -> Option<f64> {
    let mut sorted: Vec<f64> = values.iter().copied().filter(|value| value.is_finite()).collect();
    sorted.sort_by(f64::total_cmp);
    let middle = sorted.len() / 2;
    match sorted.len() {
        0 => None,
        length if length % 2 == 1 => sorted.get(middle).copied(),
        _ => Some((sorted.get(middle - 1)? + sorted.get(middle)?) / 2.0),
    }
}
