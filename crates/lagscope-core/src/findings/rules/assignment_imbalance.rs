//! `assignment-imbalance`: partitions unevenly spread over members.

use std::collections::BTreeMap;

use serde_json::json;

use super::super::{Entities, Finding, FindingInputs, FindingSeverity, Rule, RuleDocs};
use super::{group_label, group_name};
use crate::msg;

pub(crate) struct AssignmentImbalance;

pub(super) static DOCS: RuleDocs = RuleDocs { id: "assignment-imbalance", severity: FindingSeverity::Info };

impl Rule for AssignmentImbalance {
    fn docs(&self) -> &'static RuleDocs {
        &DOCS
    }

    fn check(&self, inputs: &FindingInputs<'_>) -> Vec<Finding> {
        let Some(snapshot) = inputs.snapshot else { return Vec::new() };
        let mut findings = Vec::new();
        for group in &snapshot.groups {
            let mut counts: BTreeMap<String, usize> = BTreeMap::new();
            for partition in &group.partitions {
                if let Some(owner) = partition.consumer_id.as_deref() {
                    *counts.entry(owner.to_owned()).or_default() += 1;
                }
            }
            if counts.is_empty() {
                for member in &group.members {
                    if let (Some(id), Some(count)) = (member.consumer_id.as_deref(), member.n_partitions) {
                        counts.insert(id.to_owned(), count as usize);
                    }
                }
            }
            if counts.len() < 2 {
                continue;
            }
            let (Some((busiest, most)), Some((idlest, fewest))) = (
                counts.iter().max_by_key(|(_, count)| **count),
                counts.iter().min_by_key(|(_, count)| **count),
            ) else {
                continue;
            };
            if most - fewest < 2 {
                continue;
            }
            findings.push(Finding {
                rule: DOCS.id,
                severity: DOCS.severity,
                title: msg!(
                    "finding-assignment-imbalance-title",
                    members = counts.len(),
                    group = group_label(group),
                    fewest = *fewest,
                    most = *most,
                ),
                summary: msg!(
                    "finding-assignment-imbalance-summary",
                    busiest = busiest,
                    most = *most,
                    idlest = idlest,
                    fewest = *fewest,
                ),
                evidence: [
                    ("most_partitions", json!(most)),
                    ("fewest_partitions", json!(fewest)),
                    ("members", json!(counts.len())),
                ]
                .into_iter()
                .collect(),
                entities: Entities {
                    groups: vec![group_name(group)],
                    members: vec![busiest.clone(), idlest.clone()],
                    ..Entities::default()
                },
            });
        }
        findings
    }
}
