//! `idle-members`: members with nothing to do.

use serde_json::json;

use super::super::{Entities, Finding, FindingInputs, FindingSeverity, Rule, RuleDocs};
use super::{group_label, group_name};
use crate::msg;

pub(crate) struct IdleMembers;

pub(super) static DOCS: RuleDocs = RuleDocs { id: "idle-members", severity: FindingSeverity::Info };

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
            let configured = inputs.config.and_then(|config| {
                let threads = u64::from(config.instances?) * u64::from(config.concurrency.unwrap_or(1));
                (n_partitions > 0 && threads > n_partitions as u64)
                    .then_some((threads, config.concurrency.is_none()))
            });
            if idle.is_empty() && surplus.is_none() && configured.is_none() {
                continue;
            }
            let members_part = match surplus {
                Some(members) => Some(msg!(
                    "finding-idle-members-surplus",
                    members = members,
                    partitions = n_partitions,
                    idle = members as usize - n_partitions,
                )),
                None if idle.is_empty() => None,
                None => Some(msg!("finding-idle-members-without", count = idle.len())),
            };
            let threads_part = configured.map(|(threads, _)| {
                msg!(
                    "finding-idle-members-threads",
                    threads = threads,
                    partitions = n_partitions,
                    idle = threads - n_partitions as u64,
                )
            });
            let summary = match (members_part, threads_part) {
                (Some(first), Some(second)) => {
                    msg!("finding-idle-members-both", first = first, second = second)
                }
                (Some(only), None) | (None, Some(only)) => only,
                (None, None) => continue,
            };
            findings.push(Finding {
                rule: DOCS.id,
                severity: DOCS.severity,
                title: msg!("finding-idle-members-title", group = group_label(group)),
                summary,
                evidence: [
                    ("members", json!(n_members)),
                    ("partitions", json!(n_partitions)),
                    ("members_without_partitions", json!(idle.len())),
                ]
                .into_iter()
                .chain(configured.into_iter().flat_map(|(threads, concurrency_is_default)| {
                    [
                        ("configured_threads", json!(threads)),
                        ("concurrency_is_default", json!(concurrency_is_default)),
                    ]
                }))
                .collect(),
                entities: Entities { groups: vec![group_name(group)], members: idle, ..Entities::default() },
            });
        }
        findings
    }
}
