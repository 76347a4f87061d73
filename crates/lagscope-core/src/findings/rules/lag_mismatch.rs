//! `lag-mismatch`: a printed LAG that is not LOG-END-OFFSET − CURRENT-OFFSET.

use serde_json::json;

use super::super::{Entities, Finding, FindingInputs, FindingSeverity, Rule, RuleDocs};
use super::{group_label, group_name};
use crate::l10n::Arg;
use crate::msg;

pub(crate) struct LagMismatch;

pub(super) static DOCS: RuleDocs = RuleDocs { id: "lag-mismatch", severity: FindingSeverity::Info };

impl Rule for LagMismatch {
    fn docs(&self) -> &'static RuleDocs {
        &DOCS
    }

    fn check(&self, inputs: &FindingInputs<'_>) -> Vec<Finding> {
        let Some(snapshot) = inputs.snapshot else { return Vec::new() };
        let mut findings = Vec::new();
        for group in &snapshot.groups {
            let mismatched: Vec<serde_json::Value> = group
                .partitions
                .iter()
                .filter_map(|partition| {
                    let (current, log_end, lag) =
                        (partition.current_offset?, partition.log_end_offset?, partition.lag?);
                    let computed = log_end.checked_sub(current)?;
                    (computed != lag).then(|| {
                        json!({"partition": format!("{}-{}", partition.topic, partition.partition),
                               "printed_lag": lag, "computed_lag": computed})
                    })
                })
                .collect();
            if mismatched.is_empty() {
                continue;
            }
            let names: Vec<String> =
                mismatched.iter().filter_map(|row| row["partition"].as_str().map(str::to_owned)).collect();
            findings.push(Finding {
                rule: DOCS.id,
                severity: DOCS.severity,
                title: msg!(
                    "finding-lag-mismatch-title",
                    count = mismatched.len(),
                    group = group_label(group)
                ),
                summary: msg!("finding-lag-mismatch-summary", partitions = Arg::list(&names)),
                evidence: [("rows", json!(mismatched))].into_iter().collect(),
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
