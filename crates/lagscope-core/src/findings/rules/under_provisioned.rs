//! `under-provisioned`: producers outpacing the whole group.

use serde_json::json;

use super::super::{Entities, Finding, FindingInputs, FindingSeverity, Rule, RuleDocs, clause, yes_no};
use crate::l10n::Arg;
use crate::msg;

pub(crate) struct UnderProvisioned;

pub(super) static DOCS: RuleDocs = RuleDocs { id: "under-provisioned", severity: FindingSeverity::Warning };

impl Rule for UnderProvisioned {
    fn docs(&self) -> &'static RuleDocs {
        &DOCS
    }

    fn check(&self, inputs: &FindingInputs<'_>) -> Vec<Finding> {
        let Some(analysis) = inputs.analysis else { return Vec::new() };
        let mut findings = Vec::new();
        for group in &analysis.groups {
            let (Some(consume), Some(produce)) = (group.consume_per_s, group.produce_per_s) else { continue };
            // A partition whose committed offset went back (offset-rewind) drags the group's rate
            // down without saying anything about its speed: no sizing from it.
            if group
                .partitions
                .iter()
                .any(|partition| partition.rates.consume_per_s.is_some_and(|rate| rate < 0.0))
            {
                continue;
            }
            if consume <= 0.0 || produce <= consume * 1.05 {
                continue;
            }
            let n_members = group.members.len().max(group.hosts.len());
            let n_partitions = group.partitions.len();
            let per_member = (n_members > 0).then(|| consume / n_members as f64);
            let needed = per_member.map(|rate| (produce / rate).ceil() as u64);
            let capped = needed.is_some_and(|needed| needed > n_partitions as u64);
            let name = super::analysis_group_name(group);
            findings.push(Finding {
                rule: DOCS.id,
                severity: DOCS.severity,
                title: msg!(
                    "finding-under-provisioned-title",
                    group = super::analysis_group_label(group),
                    consume = Arg::decimal(consume, 1),
                    produce = Arg::decimal(produce, 1),
                ),
                summary: msg!(
                    "finding-under-provisioned-summary",
                    deficit = Arg::decimal(produce - consume, 1),
                    needs = clause(per_member.zip(needed).map(|(rate, needed)| {
                        msg!(
                            "finding-under-provisioned-needs",
                            rate = Arg::decimal(rate, 1),
                            needed = needed,
                            capped = yes_no(capped),
                            members = n_members,
                            partitions = n_partitions,
                        )
                    })),
                ),
                evidence: [
                    ("consume_per_s", json!(consume)),
                    ("produce_per_s", json!(produce)),
                    ("members", json!(n_members)),
                    ("consume_per_member_per_s", json!(per_member)),
                    ("members_needed", json!(needed)),
                    ("partitions", json!(n_partitions)),
                    ("capped_by_partitions", json!(capped)),
                ]
                .into_iter()
                .collect(),
                entities: Entities { groups: vec![name], ..Entities::default() },
            });
        }
        findings
    }
}
