//! `rebalancing`: a group caught in a rebalance.

use serde_json::json;

use super::super::{Entities, Finding, FindingInputs, FindingSeverity, Rule, RuleDocs};
use super::{group_label, group_name};
use crate::model::GroupState;
use crate::msg;

pub(crate) struct Rebalancing;

pub(super) static DOCS: RuleDocs = RuleDocs { id: "rebalancing", severity: FindingSeverity::Warning };

impl Rule for Rebalancing {
    fn docs(&self) -> &'static RuleDocs {
        &DOCS
    }

    fn check(&self, inputs: &FindingInputs<'_>) -> Vec<Finding> {
        let Some(snapshot) = inputs.snapshot else { return Vec::new() };
        snapshot
            .groups
            .iter()
            .filter(|group| {
                matches!(
                    group.state,
                    Some(
                        GroupState::PreparingRebalance
                            | GroupState::CompletingRebalance
                            | GroupState::Rebalancing
                            | GroupState::Assigning
                            | GroupState::Reconciling
                    )
                )
            })
            .map(|group| {
                let state = group.state.as_ref().map(|state| state.as_str().to_owned()).unwrap_or_default();
                Finding {
                    rule: DOCS.id,
                    severity: DOCS.severity,
                    title: msg!(
                        "finding-rebalancing-title",
                        group = group_label(group),
                        state = state.as_str()
                    ),
                    summary: msg!(
                        "finding-rebalancing-summary",
                        group = group_label(group),
                        state = state.as_str()
                    ),
                    evidence: [("state", json!(state))].into_iter().collect(),
                    entities: Entities { groups: vec![group_name(group)], ..Entities::default() },
                }
            })
            .collect()
    }
}
