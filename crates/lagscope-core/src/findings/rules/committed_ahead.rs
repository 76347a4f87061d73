//! `committed-ahead`: a committed offset past the log end (negative lag).

use serde_json::json;

use super::super::{Entities, Finding, FindingInputs, FindingSeverity, Rule, RuleDocs};
use super::{group_label, group_name};
use crate::l10n::Arg;
use crate::msg;

pub(crate) struct CommittedAhead;

pub(super) static DOCS: RuleDocs = RuleDocs { id: "committed-ahead", severity: FindingSeverity::Warning };

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
                title: msg!("finding-committed-ahead-title", count = ahead.len(), group = group_label(group)),
                summary: msg!(
                    "finding-committed-ahead-summary",
                    group = group_label(group),
                    partitions = Arg::list(&names),
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
