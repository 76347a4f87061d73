//! Burrow's partition verdicts as findings, one rule per verdict (`consumer-stopped`,
//! `consumer-stalled`, `offset-rewind`, `lag-not-decreasing`); this module holds what they share.

use serde_json::json;

use super::super::{Entities, Finding, FindingInputs, RuleDocs};
use crate::burrow::Status;
use crate::l10n::{Arg, Message};

/// One finding per group with partitions in `status`, with Burrow's deciding rule and numbers;
/// `title` says it for a count of partitions and a group.
pub(super) fn findings(
    inputs: &FindingInputs<'_>,
    status: Status,
    docs: &'static RuleDocs,
    title: fn(usize, Arg) -> Message,
) -> Vec<Finding> {
    let Some(analysis) = inputs.analysis else { return Vec::new() };
    let mut findings = Vec::new();
    for group in &analysis.groups {
        let partitions: Vec<_> =
            group.partitions.iter().filter(|partition| partition.burrow_status == status).collect();
        if partitions.is_empty() {
            continue;
        }
        let group_name = super::analysis_group_name(group);
        let names: Vec<String> = partitions
            .iter()
            .map(|partition| format!("{}-{}", partition.topic, partition.partition))
            .collect();
        let hosts: std::collections::BTreeSet<String> =
            partitions.iter().filter_map(|partition| partition.host.clone()).collect();
        let details: Vec<serde_json::Value> = partitions
            .iter()
            .map(|partition| {
                json!({"partition": format!("{}-{}", partition.topic, partition.partition),
                       "lag": partition.rates.last_lag, "burrow_rule": partition.burrow_rule.rule})
            })
            .collect();
        findings.push(Finding {
            rule: docs.id,
            severity: docs.severity,
            title: title(partitions.len(), super::analysis_group_label(group)),
            summary: crate::msg!(
                "finding-burrow-summary",
                status = status.as_str(),
                partitions = Arg::list(&names),
                count = names.len(),
                first = names.first().cloned().unwrap_or_default(),
                detail = partitions.first().map_or_else(
                    || crate::msg!("finding-none"),
                    |partition| partition.burrow_rule.detail.clone()
                ),
            ),
            evidence: [("partitions", json!(details)), ("burrow_status", json!(status.as_str()))]
                .into_iter()
                .collect(),
            entities: Entities {
                groups: vec![group_name],
                hosts: hosts.into_iter().collect(),
                partitions: names,
                ..Entities::default()
            },
        });
    }
    findings
}
