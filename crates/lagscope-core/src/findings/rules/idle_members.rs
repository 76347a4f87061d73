//! `idle-members`: members with nothing to do.

use serde_json::json;

use super::super::{Entities, Finding, FindingInputs, FindingSeverity, Rule, RuleDocs};
use super::group_name;

pub(crate) struct IdleMembers;

static DOCS: RuleDocs = RuleDocs {
    id: "idle-members",
    severity: FindingSeverity::Info,
    what: "Members that own no partition (`#PARTITIONS 0`), more members than the group has partitions, or, \
           from the configuration (`instances`, with `concurrency` defaulting to 1), more consumer threads than \
           partitions even when the snapshot lists no members.",
    why: "A partition is consumed by one member of a group at a time, so members beyond the partition count \
          wait idle: scaling out past it adds no throughput, and `concurrency` × instances above it wastes threads.",
    evidence: "The members listed with no partitions; the member count, and the configured threads \
               (instances × concurrency), against the partition count.",
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
            let configured = inputs.config.and_then(|config| {
                let threads = u64::from(config.instances?) * u64::from(config.concurrency.unwrap_or(1));
                (n_partitions > 0 && threads > n_partitions as u64)
                    .then_some((threads, config.concurrency.is_none()))
            });
            if idle.is_empty() && surplus.is_none() && configured.is_none() {
                continue;
            }
            let mut summary = match surplus {
                Some(members) => format!(
                    "{members} members share {n_partitions} partitions: at least {} of them have nothing to consume.",
                    members as usize - n_partitions
                ),
                None if idle.is_empty() => String::new(),
                None => format!("{} member(s) own no partition.", idle.len()),
            };
            if let Some((threads, _)) = configured {
                let configured = format!(
                    "{threads} consumer threads are configured (instances × concurrency) for {n_partitions} \
                     partitions: {} of them will always be idle.",
                    threads - n_partitions as u64
                );
                summary = if summary.is_empty() { configured } else { format!("{summary} {configured}") };
            }
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
