//! `stale-group`: no commit progress anywhere in the group over the whole series.

use serde_json::json;

use super::super::{Entities, Finding, FindingInputs, FindingSeverity, Rule, RuleDocs};
use crate::l10n::Arg;
use crate::msg;

pub(crate) struct StaleGroup;

pub(super) static DOCS: RuleDocs = RuleDocs { id: "stale-group", severity: FindingSeverity::Critical };

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
                title: msg!(
                    "finding-stale-group-title",
                    group = super::analysis_group_label(group),
                    span = Arg::millis(span_ms),
                ),
                summary: msg!(
                    "finding-stale-group-summary",
                    group = super::analysis_group_label(group),
                    partitions = group.partitions.len(),
                    span = Arg::millis(span_ms),
                    lag = lag,
                ),
                evidence: [
                    ("span_ms", json!(span_ms)),
                    ("partitions", json!(group.partitions.len())),
                    ("lag", json!(lag)),
                ]
                .into_iter()
                .collect(),
                entities: Entities { groups: vec![name], ..Entities::default() },
            });
        }
        findings
    }
}
