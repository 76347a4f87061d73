//! `rebalancing`: a group caught in a rebalance.

use serde_json::json;

use super::super::{Entities, Finding, FindingInputs, FindingSeverity, Rule, RuleDocs};
use super::group_name;
use crate::model::GroupState;

pub(crate) struct Rebalancing;

static DOCS: RuleDocs = RuleDocs {
    id: "rebalancing",
    severity: FindingSeverity::Warning,
    what: "A group the dump shows in a rebalance (PreparingRebalance, CompletingRebalance, or the tool's \
           \"is rebalancing\" warning; Assigning or Reconciling with KIP-848).",
    why: "During an eager rebalance no member consumes; repeated rebalances (members leaving on \
          max.poll.interval.ms, deploys, crashes) stop consumption again and again and re-process uncommitted work.",
    evidence: "The group's state as the dump printed it: a state view, an rpk summary, or the tool's rebalancing warning.",
    next: "Take a few snapshots: a group that is always rebalancing points at members leaving (poll loop too slow, \
           session timeouts, crash loops). Consider cooperative-sticky or static membership for deploys.",
};

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
                    title: format!("{} is rebalancing ({state})", group_name(group)),
                    summary: format!(
                        "{} was in {state} when the dump was taken: its members are not consuming until the rebalance ends.",
                        group_name(group)
                    ),
                    evidence: [("state", json!(state))].into_iter().collect(),
                    entities: Entities { groups: vec![group_name(group)], ..Entities::default() },
                }
            })
            .collect()
    }
}
