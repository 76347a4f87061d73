//! `slow-rebalance`: rebalances that took long, and the member that held them up. A classic
//! rebalance ends only when every member has rejoined (`AbstractCoordinator.joinGroupIfNeeded` runs
//! in `poll()`), so one member busy in its poll loop keeps the whole group waiting, consuming
//! nothing on the partitions it revoked, for up to `max.poll.interval.ms` (the rebalance timeout).
//! Read from consumer logs: a rebalance runs from the first `(Re-)joining group` (or the broker's
//! `Preparing to rebalance`) to the last `Successfully joined group` of its generation; one is
//! slow from [`MIN_SLOW_MS`]; a member held it up when it rejoined last, at least half the
//! rebalance after the member before it. A KIP-848 group's rebalance runs from the broker's
//! `Bumped group epoch` (or a member's `JOINING`) to the last member's `STABLE` at that epoch;
//! there is no barrier: only moved partitions wait, for the members that give them up (so no
//! member is named as holding the whole group up).

use serde_json::json;

use super::super::{Entities, Finding, FindingInputs, FindingSeverity, Rule, RuleDocs, clause};
use super::{log_group_label, log_group_name, protocol_arg};
use crate::l10n::Arg;
use crate::msg;

pub(crate) struct SlowRebalance;

pub(super) static DOCS: RuleDocs = RuleDocs { id: "slow-rebalance", severity: FindingSeverity::Warning };

/// A rebalance at least this long is slow (a healthy one takes a few seconds: the group's
/// `group.initial.rebalance.delay.ms` is 3 s).
const MIN_SLOW_MS: i64 = 30_000;

impl Rule for SlowRebalance {
    fn docs(&self) -> &'static RuleDocs {
        &DOCS
    }

    fn check(&self, inputs: &FindingInputs<'_>) -> Vec<Finding> {
        let Some(logs) = inputs.logs else { return Vec::new() };
        let mut findings = Vec::new();
        for group in &logs.groups {
            let duration = |rebalance: &crate::logs::timeline::Rebalance| {
                rebalance.end_ms.saturating_sub(rebalance.start_ms)
            };
            let slow: Vec<_> =
                group.rebalances.iter().filter(|rebalance| duration(rebalance) >= MIN_SLOW_MS).collect();
            let Some(longest) = slow
                .iter()
                .max_by_key(|rebalance| (duration(rebalance), std::cmp::Reverse(rebalance.start_ms)))
            else {
                continue;
            };
            let held_up = match (&longest.last_to_rejoin, longest.previous_rejoin_ms) {
                _ if group.consumer_protocol => None,
                (Some(rejoin), Some(previous_ms))
                    if rejoin.time_ms.saturating_sub(previous_ms).saturating_mul(2) >= duration(longest) =>
                {
                    Some((rejoin, rejoin.time_ms.saturating_sub(previous_ms)))
                }
                _ => None,
            };
            let held_up_clause = held_up.as_ref().map(|(rejoin, late_ms)| {
                msg!(
                    "finding-slow-rebalance-held-up",
                    member = rejoin.member.as_str(),
                    late = Arg::millis(*late_ms)
                )
            });
            let hosts: Vec<String> = held_up.iter().filter_map(|(rejoin, _)| rejoin.host.clone()).collect();
            findings.push(Finding {
                rule: DOCS.id,
                severity: DOCS.severity,
                title: msg!(
                    "finding-slow-rebalance-title",
                    slow = slow.len(),
                    total = group.rebalances.len(),
                    group = log_group_label(group),
                    longest = Arg::millis(duration(longest)),
                ),
                summary: msg!(
                    "finding-slow-rebalance-summary",
                    generation = longest.generation,
                    start = Arg::time(longest.start_ms, inputs.zone),
                    end = Arg::time(longest.end_ms, inputs.zone),
                    duration = Arg::millis(duration(longest)),
                    members = longest.members,
                    protocol = protocol_arg(group),
                    held_up = clause(held_up_clause),
                ),
                evidence: [
                    ("slow_rebalances", json!(slow.len())),
                    ("rebalances", json!(group.rebalances.len())),
                    ("longest_generation", json!(longest.generation)),
                    ("longest_start_ms", json!(longest.start_ms)),
                    ("longest_end_ms", json!(longest.end_ms)),
                    ("longest_ms", json!(duration(longest))),
                    ("held_up_by", json!(held_up.as_ref().map(|(rejoin, _)| &rejoin.member))),
                    ("held_up_ms", json!(held_up.as_ref().map(|(_, late_ms)| late_ms))),
                ]
                .into_iter()
                .collect(),
                entities: Entities { groups: vec![log_group_name(group)], hosts, ..Entities::default() },
            });
        }
        findings
    }
}
