//! `slow-member`: a member consuming far below its peers.

use serde_json::json;

use super::super::{Entities, Finding, FindingInputs, FindingSeverity, Rule, RuleDocs, grouped, median};

pub(crate) struct SlowMember;

static DOCS: RuleDocs = RuleDocs {
    id: "slow-member",
    severity: FindingSeverity::Warning,
    what: "A member (one consumer thread or client) whose partitions are consumed at most half as fast as the \
           median member of its group, while it has lag (from a series).",
    why: "One slow consumer thread holds back every partition assigned to it even when its host is fine: a stuck \
          thread, a partition with expensive records, or a member that keeps rejoining.",
    evidence: "The member's consume rate and the peers' median rate, its partitions, its lag and the time to drain \
               at its rate.",
    next: "Find that member's thread in the application (client id), look at what it processes (the records on its \
           partitions) and at its logs for retries, errors and rebalances.",
};

impl Rule for SlowMember {
    fn docs(&self) -> &'static RuleDocs {
        &DOCS
    }

    fn check(&self, inputs: &FindingInputs<'_>) -> Vec<Finding> {
        let Some(analysis) = inputs.analysis else { return Vec::new() };
        let mut findings = Vec::new();
        for group in &analysis.groups {
            // Per partition counts: compare rates per partition owned, so a member with more partitions is not "fast".
            let per_partition = |member: &crate::analyze::MemberAnalysis| {
                member
                    .consume_per_s
                    .filter(|_| member.n_partitions > 0)
                    .map(|rate| rate / member.n_partitions as f64)
            };
            for (index, member) in group.members.iter().enumerate() {
                let Some(rate) = per_partition(member) else { continue };
                let peers: Vec<f64> = group
                    .members
                    .iter()
                    .enumerate()
                    .filter(|(other, _)| *other != index)
                    .filter_map(|(_, peer)| per_partition(peer))
                    .collect();
                let Some(peer_rate) = median(&peers) else { continue };
                if peer_rate <= 0.0 || rate > 0.5 * peer_rate || member.last_lag <= 0 {
                    continue;
                }
                let drain =
                    member.consume_per_s.filter(|rate| *rate > 0.0).map(|rate| member.last_lag as f64 / rate);
                let name = super::analysis_group_name(group);
                findings.push(Finding {
                    rule: DOCS.id,
                    severity: DOCS.severity,
                    title: if rate > 0.0 {
                        format!("member {} is {:.1}× slower than its peers", member.consumer_id, peer_rate / rate)
                    } else {
                        format!(
                            "member {} consumes nothing while its peers consume {peer_rate:.1}/s per partition",
                            member.consumer_id
                        )
                    },
                    summary: format!(
                        "{} ({} partitions{}) consumed {:.1} records/s per partition while its peers' median was {:.1}; \
                         it has {} records of lag{}.",
                        member.consumer_id,
                        member.n_partitions,
                        member.host.as_deref().map(|host| format!(" on {host}")).unwrap_or_default(),
                        rate,
                        peer_rate,
                        grouped(member.last_lag),
                        drain.map_or_else(String::new, |seconds| format!(", {seconds:.0} s of work at its own rate")),
                    ),
                    evidence: [
                        ("member", json!(member.consumer_id)),
                        ("consume_per_s_per_partition", json!(rate)),
                        ("peers_median_per_partition", json!(peer_rate)),
                        ("partitions", json!(member.n_partitions)),
                        ("lag", json!(member.last_lag)),
                        ("drain_seconds_at_its_rate", json!(drain)),
                    ]
                    .into_iter()
                    .collect(),
                    entities: Entities {
                        groups: vec![name],
                        hosts: member.host.clone().into_iter().collect(),
                        members: vec![member.consumer_id.clone()],
                        ..Entities::default()
                    },
                });
            }
        }
        findings
    }
}
