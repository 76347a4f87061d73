//! `idle-members`: members with nothing to do.

use serde_json::json;

use super::super::{Entities, Finding, FindingInputs, FindingSeverity, Rule, RuleDocs};
use super::group_name;

pub(crate) struct IdleMembers;

static DOCS: RuleDocs = RuleDocs {
    id: "idle-members",
    severity: FindingSeverity::Info,
    what: "Members that own no partition (`#PARTITIONS 0`), or more members than the group has partitions.",
    why: "A partition is consumed by one member of a group at a time, so members beyond the partition count \
          wait idle: scaling out past it adds no throughput, and `concurrency` × instances above it wastes threads.",
    evidence: "The members listed with no partitions; the member count against the partition count.",
    next: "Match `concurrency` × instances to the partition count, or add partitions if more parallelism is \
           needed (and check the key distribution first).",
};

impl Rule for IdleMembers {
    fn docs(&self) -> &'static RuleDocs {
        &DOCS
    }

    fn check(&self, inputs: &FindingInputs<'_>) -> Vec<Finding> {
        let Some(snapshot) = inputs.snapshot else { return Vec::new() };
        let mut findings = Vec::new();
        for group in &snapshot.groups {
            let idle: Vec<String> = group
                .members
                .iter()
                .filter(|member| member.n_partitions == Some(0))
                .map(|member| {
                    member.consumer_id.as_deref().or(member.client_id.as_deref()).unwrap_or("?").to_owned()
                })
                .collect();
            let n_partitions = group.partitions.len();
            let n_members = group.member_count();
            let surplus = n_members.filter(|members| n_partitions > 0 && *members as usize > n_partitions);
            if idle.is_empty() && surplus.is_none() {
                continue;
            }
            let summary = match surplus {
                Some(members) => format!(
                    "{members} members share {n_partitions} partitions: at least {} of them have nothing to consume.",
                    members as usize - n_partitions
                ),
                None => format!("{} member(s) own no partition.", idle.len()),
            };
            findings.push(Finding {
                rule: DOCS.id,
                severity: DOCS.severity,
                title: format!("idle members in {}", group_name(group)),
                summary,
                evidence: [
                    ("members", json!(n_members)),
                    ("partitions", json!(n_partitions)),
                    ("members_without_partitions", json!(idle.len())),
                ]
                .into_iter()
                .collect(),
                entities: Entities { groups: vec![group_name(group)], members: idle, ..Entities::default() },
            });
        }
        findings
    }
}
