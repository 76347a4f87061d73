//! `under-provisioned`: producers outpacing the whole group.

use serde_json::json;

use super::super::{Entities, Finding, FindingInputs, FindingSeverity, Rule, RuleDocs};

pub(crate) struct UnderProvisioned;

static DOCS: RuleDocs = RuleDocs {
    id: "under-provisioned",
    severity: FindingSeverity::Warning,
    what: "A group whose total consume rate is below its total produce rate over a series, so its lag grows.",
    why: "If every member keeps pace with its peers but the group as a whole is slower than the producers, the \
          group needs more consumers (or faster ones), up to one per partition.",
    evidence: "The group's consume and produce rates, the members' average rate, the members needed at that \
               rate, and the partition count that caps the useful number of members.",
    next: "Add consumers up to the partition count; beyond it, add partitions (with the key distribution in mind) \
           or make each record cheaper (batching, fewer external calls).",
};

impl Rule for UnderProvisioned {
    fn docs(&self) -> &'static RuleDocs {
        &DOCS
    }

    fn check(&self, inputs: &FindingInputs<'_>) -> Vec<Finding> {
        let Some(analysis) = inputs.analysis else { return Vec::new() };
        let mut findings = Vec::new();
        for group in &analysis.groups {
            let (Some(consume), Some(produce)) = (group.consume_per_s, group.produce_per_s) else { continue };
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
                title: format!("{name} consumes {consume:.1}/s while {produce:.1}/s are produced"),
                summary: format!(
                    "The group falls behind by {:.1} records/s.{}",
                    produce - consume,
                    match (per_member, needed) {
                        (Some(rate), Some(needed)) => format!(
                            " At {rate:.1}/s per member it needs {needed} members{}.",
                            if capped {
                                format!(", more than its {n_partitions} partitions allow: add partitions or make processing faster")
                            } else {
                                format!(" (it has {n_members}; {n_partitions} partitions allow up to {n_partitions})")
                            }
                        ),
                        _ => String::new(),
                    }
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
