//! `stale-group`: no commit progress anywhere in the group over the whole series.

use serde_json::json;

use super::super::{Entities, Finding, FindingInputs, FindingSeverity, Rule, RuleDocs, grouped};

pub(crate) struct StaleGroup;

static DOCS: RuleDocs = RuleDocs {
    id: "stale-group",
    severity: FindingSeverity::Critical,
    what: "A group whose committed offsets did not move on any partition over the whole series while it had lag.",
    why: "Nothing in the group is being consumed (or nothing is being committed): every consumer is down, stuck, \
          or out of the group, and every record waits.",
    evidence: "The series' span, the number of partitions, and the group's lag at the end.",
    next: "Check that the consumers run and are in the group (state, members view); look for a rebalance loop or \
           a poll loop blocked on an external call.",
};

impl Rule for StaleGroup {
    fn docs(&self) -> &'static RuleDocs {
        &DOCS
    }

    fn check(&self, inputs: &FindingInputs<'_>) -> Vec<Finding> {
        let Some(analysis) = inputs.analysis else { return Vec::new() };
        let span_ms = match (analysis.times_ms.first(), analysis.times_ms.last()) {
            (Some(first), Some(last)) if last > first => last - first,
            _ => return Vec::new(),
        };
        let mut findings = Vec::new();
        for group in &analysis.groups {
            let rates: Vec<f64> =
                group.partitions.iter().filter_map(|partition| partition.rates.consume_per_s).collect();
            let lag = group.last_total_lag.unwrap_or(0);
            if rates.is_empty() || rates.iter().any(|rate| *rate > 0.0) || lag <= 0 {
                continue;
            }
            let name = super::analysis_group_name(group);
            findings.push(Finding {
                rule: DOCS.id,
                severity: DOCS.severity,
                title: format!("{name} consumed nothing for {} s", span_ms / 1000),
                summary: format!(
                    "No committed offset of {name} moved on any of its {} partitions over {} s, with {} records of lag.",
                    group.partitions.len(),
                    span_ms / 1000,
                    grouped(lag)
                ),
                evidence: [("span_ms", json!(span_ms)), ("partitions", json!(group.partitions.len())), ("lag", json!(lag))]
                    .into_iter()
                    .collect(),
                entities: Entities { groups: vec![name], ..Entities::default() },
            });
        }
        findings
    }
}
