//! `committed-ahead`: a committed offset past the log end (negative lag).

use serde_json::json;

use super::super::{Entities, Finding, FindingInputs, FindingSeverity, Rule, RuleDocs};
use super::group_name;

pub(crate) struct CommittedAhead;

static DOCS: RuleDocs = RuleDocs {
    id: "committed-ahead",
    severity: FindingSeverity::Warning,
    what: "Partitions whose committed offset is beyond their log-end offset (negative lag).",
    why: "A consumer cannot have read records that do not exist: either the log was truncated or recreated \
          (unclean leader election, topic deleted and recreated, retention on a compacted topic) and the group \
          will skip or re-read data, or the dump's offsets were read at different moments.",
    evidence: "The partitions, their committed and log-end offsets.",
    next: "Check for an unclean leader election or a recreated topic; `auto.offset.reset` decides what the \
           consumer does next. Take another snapshot to rule out a timing artefact.",
};

impl Rule for CommittedAhead {
    fn docs(&self) -> &'static RuleDocs {
        &DOCS
    }

    fn check(&self, inputs: &FindingInputs<'_>) -> Vec<Finding> {
        let Some(snapshot) = inputs.snapshot else { return Vec::new() };
        let mut findings = Vec::new();
        for group in &snapshot.groups {
            let ahead: Vec<_> = group
                .partitions
                .iter()
                .filter(|partition| match (partition.current_offset, partition.log_end_offset) {
                    (Some(current), Some(log_end)) => current > log_end,
                    _ => partition.lag.is_some_and(|lag| lag < 0),
                })
                .collect();
            if ahead.is_empty() {
                continue;
            }
            let names: Vec<String> = ahead
                .iter()
                .map(|partition| format!("{}-{}", partition.topic, partition.partition))
                .collect();
            let details: Vec<serde_json::Value> = ahead
                .iter()
                .map(|partition| {
                    json!({"partition": format!("{}-{}", partition.topic, partition.partition),
                           "current_offset": partition.current_offset, "log_end_offset": partition.log_end_offset})
                })
                .collect();
            findings.push(Finding {
                rule: DOCS.id,
                severity: DOCS.severity,
                title: format!(
                    "{} partition(s) of {} committed past the log end",
                    ahead.len(),
                    group_name(group)
                ),
                summary: format!(
                    "{} has committed offsets beyond the log end on {}.",
                    group_name(group),
                    names.join(", ")
                ),
                evidence: [("partitions", json!(details))].into_iter().collect(),
                entities: Entities {
                    groups: vec![group_name(group)],
                    partitions: names,
                    ..Entities::default()
                },
            });
        }
        findings
    }
}
