//! `unassigned-lag`: partitions with lag and no owner.

use serde_json::json;

use super::super::{Entities, Finding, FindingInputs, FindingSeverity, Rule, RuleDocs, grouped};
use super::group_name;
use crate::model::GroupState;

pub(crate) struct UnassignedLag;

static DOCS: RuleDocs = RuleDocs {
    id: "unassigned-lag",
    severity: FindingSeverity::Critical,
    what: "Partitions whose lag is above zero while no member owns them (CONSUMER-ID `-`), including a group \
           with no active members at all.",
    why: "Nobody is reading those partitions: their lag only grows until a member joins and is assigned them.",
    evidence: "The partitions without an owner, their lag, and the group's state.",
    next: "Are the consumers running and subscribed to these topics? An Empty group means every member left \
           (crash, deploy, max.poll.interval.ms exceeded); a Stable group with unowned partitions means the \
           subscription or the assignor leaves them out.",
};

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
                    format!("{} has no active members and {} records of lag", group_name(group), grouped(lag))
                } else {
                    format!("{} partitions of {} have lag and no owner", unowned.len(), group_name(group))
                },
                summary: format!(
                    "{} partition(s) with {} records of lag are owned by no member{}: nothing is consuming them.",
                    unowned.len(),
                    grouped(lag),
                    if empty { " (the group is Empty)" } else { "" }
                ),
                evidence: [
                    ("unowned_partitions", json!(unowned.len())),
                    ("unowned_lag", json!(lag)),
                    ("state", json!(group.state.as_ref().map(|state| state.as_str().to_owned()))),
                ]
                .into_iter()
                .collect(),
                entities: Entities { groups: vec![group_name(group)], partitions: names, ..Entities::default() },
            });
        }
        findings
    }
}
