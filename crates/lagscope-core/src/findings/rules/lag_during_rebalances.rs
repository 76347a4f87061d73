//! `lag-during-rebalances`: the lag rose while the group kept rebalancing, from a lag series and
//! consumer logs of the same group given together. Each rebalance stops the members that revoke
//! partitions (every member with eager assignors), so a group that rebalances again and again
//! falls behind. Reported when at least [`MIN_REBALANCES`] rebalances ended inside the series and
//! the group's lag was higher after the last than before the first.

use serde_json::json;

use super::super::{Entities, Finding, FindingInputs, FindingSeverity, Rule, RuleDocs};
use crate::l10n::Arg;
use crate::msg;

pub(crate) struct LagDuringRebalances;

pub(super) static DOCS: RuleDocs =
    RuleDocs { id: "lag-during-rebalances", severity: FindingSeverity::Warning };

/// Fewer rebalances than this are ordinary (a deploy, a scale-out).
const MIN_REBALANCES: usize = 3;

impl Rule for LagDuringRebalances {
    fn docs(&self) -> &'static RuleDocs {
        &DOCS
    }

    fn check(&self, inputs: &FindingInputs<'_>) -> Vec<Finding> {
        let (Some(logs), Some(analysis)) = (inputs.logs, inputs.analysis) else { return Vec::new() };
        let mut findings = Vec::new();
        for series in &analysis.groups {
            let Some(name) = series.group.as_deref() else { continue };
            let Some(group) = logs.groups.iter().find(|group| group.group.as_deref() == Some(name)) else {
                continue;
            };
            let (Some(first_ms), Some(last_ms)) = (
                series.lag_timeline.first().map(|(time, _)| *time),
                series.lag_timeline.last().map(|(time, _)| *time),
            ) else {
                continue;
            };
            let inside: Vec<(i64, i64)> = group
                .rebalances
                .iter()
                .map(|rebalance| (rebalance.start_ms, rebalance.end_ms))
                .filter(|(_, end_ms)| (first_ms..=last_ms).contains(end_ms))
                .collect();
            let (Some(&(start_ms, _)), Some(&(_, end_ms))) = (inside.first(), inside.last()) else {
                continue;
            };
            // The lag at the last sample before the first rebalance began (a sample taken while it
            // ran already holds some of its cost), and the first after the last one ended.
            let before = series
                .lag_timeline
                .iter()
                .rev()
                .find(|(time, _)| *time <= start_ms)
                .or(series.lag_timeline.first());
            let after =
                series.lag_timeline.iter().find(|(time, _)| *time >= end_ms).or(series.lag_timeline.last());
            let (Some(&(before_ms, lag_before)), Some(&(after_ms, lag_after))) = (before, after) else {
                continue;
            };
            if inside.len() < MIN_REBALANCES || lag_after <= lag_before {
                continue;
            }
            findings.push(Finding {
                rule: DOCS.id,
                severity: DOCS.severity,
                title: msg!(
                    "finding-lag-during-rebalances-title",
                    group = name,
                    before = lag_before,
                    after = lag_after,
                    rebalances = inside.len(),
                ),
                summary: msg!(
                    "finding-lag-during-rebalances-summary",
                    rebalances = inside.len(),
                    start = Arg::time(start_ms, inputs.zone),
                    end = Arg::time(end_ms, inputs.zone),
                    before = lag_before,
                    before_at = Arg::time(before_ms, inputs.zone),
                    after = lag_after,
                    after_at = Arg::time(after_ms, inputs.zone),
                ),
                evidence: [
                    ("rebalances", json!(inside.len())),
                    ("first_rebalance_end_ms", json!(start_ms)),
                    ("last_rebalance_end_ms", json!(end_ms)),
                    ("lag_before", json!(lag_before)),
                    ("lag_before_ms", json!(before_ms)),
                    ("lag_after", json!(lag_after)),
                    ("lag_after_ms", json!(after_ms)),
                ]
                .into_iter()
                .collect(),
                entities: Entities { groups: vec![name.to_owned()], ..Entities::default() },
            });
        }
        findings
    }
}
