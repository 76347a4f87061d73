//! `membership-changes`: a series in which the group's members came and went several times
//! (a rolling restart, scaling, crash loops): each change is at least one rebalance.

use serde_json::json;

use super::super::{Entities, Finding, FindingInputs, FindingSeverity, Rule, RuleDocs};
use super::analysis_group_name;

pub(crate) struct MembershipChanges;

/// Fewer changes than this are routine (one deploy switch, one scale-out).
const MIN_CHANGES: usize = 2;

static DOCS: RuleDocs = RuleDocs {
    id: "membership-changes",
    severity: FindingSeverity::Warning,
    what: "A series of dumps in which the set of member ids owning partitions changed at least twice: members \
           left, joined or were replaced between samples (samples taken during a rebalance, without owners, are \
           skipped over).",
    why: "Every change of members is at least one rebalance. With the classic eager protocol each one stops every \
          member until all have rejoined, and uncommitted work is processed again; a rolling restart of N instances \
          costs about 2N rebalances with dynamic members, where a blue-green switch costs one and static \
          membership (a restart within `session.timeout.ms`) none.",
    evidence: "Each change: the samples around it, the members before and after, how many member ids left and \
               joined, and their hosts; whether the changes moved one host at a time.",
    next: "Match the changes with deploys, autoscaling and crash logs. For deploys: `group.instance.id` (static \
           membership) with restarts shorter than `session.timeout.ms`, `cooperative-sticky` or the KIP-848 \
           protocol so only moved partitions pause, or a blue-green switch. Members that leave on their own point \
           at `max.poll.interval.ms` or session timeouts.",
};

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
            let span_s = (changes[changes.len() - 1].to_ms - changes[0].from_ms) / 1000;
            let mut pattern = if one_host_at_a_time {
                format!(
                    " Each change touched one host ({} in turn), as a rolling restart does.",
                    hosts.join(", ")
                )
            } else if one_host_each {
                format!(" Every change was on {}: restarts or a crash loop of that host.", hosts.join(", "))
            } else {
                String::new()
            };
            let is_static = inputs.snapshot.is_some_and(|snapshot| {
                snapshot.groups.iter().any(|dumped| {
                    dumped.group == group.group
                        && dumped.members.iter().any(|member| member.group_instance_id.is_some())
                })
            });
            if is_static {
                pattern.push_str(
                    " The members are static (group.instance.id): one that returns within session.timeout.ms gets a \
                     new member id without a rebalance, so these changes may have cost none.",
                );
            }
            let rebalances = if is_static { "up to" } else { "at least" };
            findings.push(Finding {
                rule: DOCS.id,
                severity: if is_static { FindingSeverity::Info } else { DOCS.severity },
                title: format!("{group_name}'s members changed {} times in {span_s} s", changes.len()),
                summary: format!(
                    "Between samples, {n_left} member ids left and {n_joined} joined, in {} separate changes: \
                     {rebalances} {} rebalances.{pattern}",
                    changes.len(),
                    changes.len()
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
