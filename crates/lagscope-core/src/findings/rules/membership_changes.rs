//! `membership-changes`: a series in which the group's members came and went several times
//! (a rolling restart, scaling, crash loops): each change is at least one rebalance.

use serde_json::json;

use super::super::{Entities, Finding, FindingInputs, FindingSeverity, Rule, RuleDocs, clause, yes_no};
use super::{analysis_group_label, analysis_group_name};
use crate::l10n::Arg;
use crate::msg;

pub(crate) struct MembershipChanges;

/// Fewer changes than this are routine (one deploy switch, one scale-out).
const MIN_CHANGES: usize = 2;

pub(super) static DOCS: RuleDocs = RuleDocs { id: "membership-changes", severity: FindingSeverity::Warning };

impl Rule for MembershipChanges {
    fn docs(&self) -> &'static RuleDocs {
        &DOCS
    }

    fn check(&self, inputs: &FindingInputs<'_>) -> Vec<Finding> {
        let Some(analysis) = inputs.analysis else { return Vec::new() };
        let mut findings = Vec::new();
        for group in &analysis.groups {
            let changes = &group.membership_changes;
            if changes.len() < MIN_CHANGES {
                continue;
            }
            let group_name = analysis_group_name(group);
            let n_left: usize = changes.iter().map(|change| change.n_left).sum();
            let n_joined: usize = changes.iter().map(|change| change.n_joined).sum();
            let one_host_each = changes.iter().all(|change| change.hosts.len() == 1);
            let mut hosts: Vec<String> =
                changes.iter().flat_map(|change| change.hosts.iter().cloned()).collect();
            hosts.sort();
            hosts.dedup();
            let one_host_at_a_time = one_host_each && hosts.len() > 1;
            let span_ms = changes[changes.len() - 1].to_ms - changes[0].from_ms;
            let pattern = if one_host_at_a_time {
                Some(msg!("finding-membership-changes-rolling", hosts = Arg::list(&hosts)))
            } else if one_host_each {
                Some(msg!("finding-membership-changes-one-host", hosts = Arg::list(&hosts)))
            } else {
                None
            };
            let is_static = inputs.snapshot.is_some_and(|snapshot| {
                snapshot.groups.iter().any(|dumped| {
                    dumped.group == group.group
                        && dumped.members.iter().any(|member| member.group_instance_id.is_some())
                })
            });
            findings.push(Finding {
                rule: DOCS.id,
                severity: if is_static { FindingSeverity::Info } else { DOCS.severity },
                title: msg!(
                    "finding-membership-changes-title",
                    group = analysis_group_label(group),
                    changes = changes.len(),
                    span = Arg::millis(span_ms),
                ),
                summary: msg!(
                    "finding-membership-changes-summary",
                    left = n_left,
                    joined = n_joined,
                    changes = changes.len(),
                    is_static = yes_no(is_static),
                    pattern = clause(pattern),
                ),
                evidence: [
                    ("n_changes", json!(changes.len())),
                    ("n_left", json!(n_left)),
                    ("n_joined", json!(n_joined)),
                    ("one_host_at_a_time", json!(one_host_at_a_time)),
                    ("static_members", json!(is_static)),
                    ("changes", json!(changes)),
                ]
                .into_iter()
                .collect(),
                entities: Entities { groups: vec![group_name], hosts, ..Entities::default() },
            });
        }
        findings
    }
}
