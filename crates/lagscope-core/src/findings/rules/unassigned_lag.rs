//! `unassigned-lag`: partitions with lag and no owner.

use serde_json::json;

use super::super::{Entities, Finding, FindingInputs, FindingSeverity, Rule, RuleDocs, yes_no};
use super::{group_label, group_name};
use crate::model::GroupState;
use crate::msg;

pub(crate) struct UnassignedLag;

pub(super) static DOCS: RuleDocs = RuleDocs { id: "unassigned-lag", severity: FindingSeverity::Critical };

impl Rule for UnassignedLag {
    fn docs(&self) -> &'static RuleDocs {
        &DOCS
    }

    fn check(&self, inputs: &FindingInputs<'_>) -> Vec<Finding> {
        let Some(snapshot) = inputs.snapshot else { return Vec::new() };
        let mut findings = Vec::new();
        for group in &snapshot.groups {
            let unowned: Vec<_> = group
                .partitions
                .iter()
                .filter(|partition| partition.consumer_id.is_none() && partition.host.is_none())
                .filter(|partition| partition.lag.is_some_and(|lag| lag > 0))
                .collect();
            if unowned.is_empty() {
                continue;
            }
            let lag: i64 = unowned.iter().filter_map(|partition| partition.lag).fold(0, i64::saturating_add);
            let empty = group.state == Some(GroupState::Empty);
            let names: Vec<String> = unowned
                .iter()
                .map(|partition| format!("{}-{}", partition.topic, partition.partition))
                .collect();
            findings.push(Finding {
                rule: DOCS.id,
                severity: DOCS.severity,
                title: if empty {
                    msg!("finding-unassigned-lag-empty-title", group = group_label(group), lag = lag)
                } else {
                    msg!("finding-unassigned-lag-title", count = unowned.len(), group = group_label(group))
                },
                summary: msg!(
                    "finding-unassigned-lag-summary",
                    count = unowned.len(),
                    lag = lag,
                    empty = yes_no(empty),
                ),
                evidence: [
                    ("unowned_partitions", json!(unowned.len())),
                    ("unowned_lag", json!(lag)),
                    ("state", json!(group.state.as_ref().map(|state| state.as_str().to_owned()))),
                ]
                .into_iter()
                .collect(),
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
