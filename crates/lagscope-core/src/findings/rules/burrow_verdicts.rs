//! Burrow's partition verdicts as findings, one rule per verdict (`consumer-stopped`,
//! `consumer-stalled`, `offset-rewind`, `lag-not-decreasing`); this module holds what they share.

use serde_json::json;

use super::super::{Entities, Finding, FindingInputs, RuleDocs};
use crate::burrow::Status;

/// One finding per group with partitions in `status`, with Burrow's deciding rule and numbers.
pub(super) fn findings(
    inputs: &FindingInputs<'_>,
    status: Status,
    docs: &'static RuleDocs,
    what: &str,
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
                       "lag": partition.rates.last_lag, "burrow_rule": partition.burrow_rule.detail})
            })
            .collect();
        findings.push(Finding {
            rule: docs.id,
            severity: docs.severity,
            title: format!("{} partition(s) of {group_name} {what}", partitions.len()),
            summary: format!(
                "Burrow's rules give {} on {}: {}",
                status.as_str(),
                names.join(", "),
                partitions.first().map(|partition| partition.burrow_rule.detail.as_str()).unwrap_or_default()
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
