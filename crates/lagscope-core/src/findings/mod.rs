//! Findings: what went wrong, found by documented rules, each with its evidence as numbers and the
//! hosts, members and partitions involved (so a front end can highlight them).
//!
//! Every rule lives in its own file under `rules/`, with its documentation as data
//! ([`RuleDocs`]: what it finds, why it matters, the evidence it uses, what to check next). A rule
//! whose inputs are missing stays silent: no guess is presented as a fact.

pub mod evidence;
mod rules;

use std::borrow::Cow;
use std::collections::BTreeMap;

use serde::Serialize;

use crate::analyze::AnalysisReport;
use crate::l10n::{Arg, Message};
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

/// A rule's documentation, shown by the UI and the CLI as the explanation. Its texts are in the
/// catalogues as `rule-<id>-what`, `-why`, `-evidence` and `-next` (a test checks that every rule
/// has all four in both languages).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RuleDocs {
    /// Stable kebab-case id.
    pub id: &'static str,
    /// The severity of its findings unless a rule says otherwise.
    pub severity: FindingSeverity,
}

impl RuleDocs {
    /// What it finds.
    #[must_use]
    pub fn what(&self) -> Message {
        self.part("what")
    }

    /// Why it matters.
    #[must_use]
    pub fn why(&self) -> Message {
        self.part("why")
    }

    /// The evidence it uses.
    #[must_use]
    pub fn evidence(&self) -> Message {
        self.part("evidence")
    }

    /// What to check next.
    #[must_use]
    pub fn next(&self) -> Message {
        self.part("next")
    }

    /// The ids of its four texts, in the order what, why, evidence, next.
    #[must_use]
    pub fn text_ids(&self) -> [String; 4] {
        ["what", "why", "evidence", "next"].map(|part| format!("rule-{}-{part}", self.id))
    }

    fn part(&self, part: &str) -> Message {
        Message { id: Cow::Owned(format!("rule-{}-{part}", self.id)), args: Vec::new() }
    }
}

/// The JSON of a rule's documentation: its id, severity and the four texts as messages (each
/// rendered beside its id by [`crate::l10n::Localizer::to_json`]).
impl Serialize for RuleDocs {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut docs = serializer.serialize_struct("RuleDocs", 6)?;
        docs.serialize_field("id", self.id)?;
        docs.serialize_field("severity", &self.severity)?;
        docs.serialize_field("what", &self.what())?;
        docs.serialize_field("why", &self.why())?;
        docs.serialize_field("evidence", &self.evidence())?;
        docs.serialize_field("next", &self.next())?;
        docs.end()
    }
}

/// The hosts, members, groups and partitions a finding is about.
#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord, Serialize)]
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
    /// One line (`finding-<rule>-…-title`).
    pub title: Message,
    /// A few sentences, with the numbers (`finding-<rule>-…-summary`).
    pub summary: Message,
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
    /// The groups' timeline from consumer and broker logs.
    #[cfg(feature = "logs")]
    pub logs: Option<&'a crate::logs::LogTimeline>,
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
    /// `processing.ms.per.record`); says what was wrong otherwise (`config-expected`,
    /// `config-unknown-setting`).
    pub fn set(&mut self, key: &str, value: &str) -> Result<(), Message> {
        let value = value.trim();
        let number =
            |expected: Message| crate::msg!("config-expected", key = key, expected = expected, value = value);
        let whole = || number(crate::msg!("config-a-whole-number"));
        let millis = || number(crate::msg!("config-milliseconds"));
        match key.trim() {
            "max.poll.records" => {
                self.max_poll_records = Some(value.parse().map_err(|_| whole())?);
            }
            "max.poll.interval.ms" => {
                self.max_poll_interval_ms = Some(value.parse().map_err(|_| millis())?);
            }
            "session.timeout.ms" => {
                self.session_timeout_ms = Some(value.parse().map_err(|_| millis())?);
            }
            "enable.auto.commit" => {
                self.enable_auto_commit =
                    Some(value.parse().map_err(|_| number(crate::msg!("config-true-or-false")))?);
            }
            "concurrency" => self.concurrency = Some(value.parse().map_err(|_| whole())?),
            "instances" => self.instances = Some(value.parse().map_err(|_| whole())?),
            "processing.ms.per.record" => {
                let parsed: f64 = value.parse().map_err(|_| millis())?;
                if !(parsed.is_finite() && parsed >= 0.0) {
                    return Err(number(crate::msg!("config-non-negative-milliseconds")));
                }
                self.processing_ms_per_record = Some(parsed);
            }
            other => return Err(crate::msg!("config-unknown-setting", setting = other)),
        }
        Ok(())
    }
}

/// A finding rule.
pub(crate) trait Rule {
    /// Its documentation (listed again, without the rule's code, by `rules::docs`: a test checks
    /// the two lists agree).
    #[cfg_attr(not(test), expect(dead_code, reason = "only the test of `rules::docs` reads it"))]
    fn docs(&self) -> &'static RuleDocs;
    /// Its findings on `inputs`.
    fn check(&self, inputs: &FindingInputs<'_>) -> Vec<Finding>;
}

/// The documentation of every rule, in catalogue order.
#[must_use]
pub fn catalogue() -> Vec<&'static RuleDocs> {
    rules::docs()
}

/// Runs every rule; findings come most severe first, then by rule id, then by what they are about
/// (groups, hosts, members, partitions, compared as lists of names), then by the title's id and
/// arguments (their JSON), so the order is the same on every run and in every language.
#[must_use]
pub fn find(inputs: &FindingInputs<'_>) -> Vec<Finding> {
    // Each finding's key is made once (its arguments' JSON is not cheap).
    let mut keyed: Vec<_> = rules::all()
        .iter()
        .flat_map(|rule| rule.check(inputs))
        .map(|finding| {
            let key = (
                std::cmp::Reverse(finding.severity),
                finding.rule,
                finding.entities.clone(),
                finding.title.id.clone(),
                serde_json::to_string(&finding.title.args).unwrap_or_default(),
            );
            (key, finding)
        })
        .collect();
    crate::order::sort_by(&mut keyed, |left, right| left.0.cmp(&right.0));
    keyed.into_iter().map(|(_, finding)| finding).collect()
}

/// `1234567` → `1,234,567`, for summaries people read (and the web app's tables): the one
/// formatting of counts, [`crate::l10n::format::count`].
#[must_use]
pub fn grouped(value: i64) -> String {
    crate::l10n::format::count(value)
}

/// A group's name as an argument of a message: the name, or "(unnamed group)" in the reader's
/// language.
pub(crate) fn group_arg(group: Option<&str>) -> Arg {
    group.map_or_else(|| Arg::from(crate::msg!("finding-unnamed-group")), Arg::from)
}

/// An optional clause of a message: the clause, or nothing (`finding-none`, empty in every
/// language).
pub(crate) fn clause(clause: Option<Message>) -> Arg {
    Arg::from(clause.unwrap_or_else(|| crate::msg!("finding-none")))
}

/// `yes` or `no`, for a selector in a catalogue (`{ $flag -> [yes] … *[no] … }`).
pub(crate) fn yes_no(flag: bool) -> &'static str {
    if flag { "yes" } else { "no" }
}

/// The median of `values` (sorted copy; mean of the middle two for an even count).
pub(crate) fn median(values: &[f64]) -> Option<f64> {
    let mut sorted: Vec<f64> = values.iter().copied().filter(|value| value.is_finite()).collect();
    crate::order::sort_by(&mut sorted, f64::total_cmp);
    let middle = sorted.len() / 2;
    match sorted.len() {
        0 => None,
        length if length % 2 == 1 => sorted.get(middle).copied(),
        _ => Some((sorted.get(middle - 1)? + sorted.get(middle)?) / 2.0),
    }
}
