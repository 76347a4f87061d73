//! `slow-member`: a member consuming far below its peers.

use serde_json::json;

use super::super::{Entities, Finding, FindingInputs, FindingSeverity, Rule, RuleDocs, clause, median};
use crate::l10n::Arg;
use crate::msg;

pub(crate) struct SlowMember;

pub(super) static DOCS: RuleDocs = RuleDocs { id: "slow-member", severity: FindingSeverity::Warning };

impl Rule for SlowMember {
    fn docs(&self) -> &'static RuleDocs {
        &DOCS
    }

    fn check(&self, inputs: &FindingInputs<'_>) -> Vec<Finding> {
        let Some(analysis) = inputs.analysis else { return Vec::new() };
        let mut findings = Vec::new();
        for group in &analysis.groups {
            // Per partition counts: compare rates per partition owned, so a member with more partitions is not "fast".
            // A negative rate is a committed offset that went back (offset-rewind says so): not a speed.
            let per_partition = |member: &crate::analyze::MemberAnalysis| {
                member
                    .consume_per_s
                    .filter(|rate| member.n_partitions > 0 && *rate >= 0.0)
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
                        msg!(
                            "finding-slow-member-slower-title",
                            member = &member.consumer_id,
                            times = Arg::decimal(peer_rate / rate, 1),
                        )
                    } else {
                        msg!(
                            "finding-slow-member-nothing-title",
                            member = &member.consumer_id,
                            peers_rate = Arg::decimal(peer_rate, 1),
                        )
                    },
                    summary: msg!(
                        "finding-slow-member-summary",
                        member = &member.consumer_id,
                        partitions = member.n_partitions,
                        on_host =
                            clause(member.host.as_deref().map(|host| msg!("finding-on-host", host = host))),
                        rate = Arg::decimal(rate, 1),
                        peers_rate = Arg::decimal(peer_rate, 1),
                        lag = member.last_lag,
                        drain = clause(drain.map(|seconds| msg!(
                            "finding-drain-at-own-rate",
                            duration = Arg::seconds(seconds)
                        ))),
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
