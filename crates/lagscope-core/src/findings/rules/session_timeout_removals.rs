//! `session-timeout-removals`: members the group coordinator removed because no heartbeat came
//! within `session.timeout.ms` (a crash, a kill, a long pause), read from the broker's log
//! (`Member … in group … has failed, removing it from the group`). A member that shuts down
//! cleanly sends `LeaveGroup` instead, and is not counted.

use serde_json::json;

use super::super::{Entities, Finding, FindingInputs, FindingSeverity, Rule, RuleDocs};
use super::{log_group_label, log_group_name};
use crate::l10n::Arg;
use crate::logs::{EventKind, Removal};
use crate::msg;

pub(crate) struct SessionTimeoutRemovals;

pub(super) static DOCS: RuleDocs =
    RuleDocs { id: "session-timeout-removals", severity: FindingSeverity::Warning };

/// At most this many member ids are named in the summary.
const NAMED_MEMBERS: usize = 5;

impl Rule for SessionTimeoutRemovals {
    fn docs(&self) -> &'static RuleDocs {
        &DOCS
    }

    fn check(&self, inputs: &FindingInputs<'_>) -> Vec<Finding> {
        let Some(logs) = inputs.logs else { return Vec::new() };
        let mut findings = Vec::new();
        for group in &logs.groups {
            let removals: Vec<(i64, Option<&str>)> = group
                .events
                .iter()
                .filter(|event| matches!(event.kind, EventKind::Removed { removal: Removal::SessionTimeout }))
                .filter_map(|event| Some((event.time_ms?, event.member_id.as_deref())))
                .collect();
            let (Some(first), Some(last)) = (removals.first(), removals.last()) else { continue };
            let mut members: Vec<String> =
                removals.iter().filter_map(|(_, member)| member.map(str::to_owned)).collect();
            members.sort();
            members.dedup();
            let named: Vec<&String> = members.iter().take(NAMED_MEMBERS).collect();
            findings.push(Finding {
                rule: DOCS.id,
                severity: DOCS.severity,
                title: msg!(
                    "finding-session-timeout-removals-title",
                    count = removals.len(),
                    group = log_group_label(group),
                ),
                summary: msg!(
                    "finding-session-timeout-removals-summary",
                    count = removals.len(),
                    first = Arg::time(first.0, inputs.zone),
                    last = Arg::time(last.0, inputs.zone),
                    members = Arg::list(&named),
                    more = members.len().saturating_sub(named.len()),
                ),
                evidence: [
                    ("removals", json!(removals.len())),
                    ("first_removal_ms", json!(first.0)),
                    ("last_removal_ms", json!(last.0)),
                    ("members", json!(members)),
                ]
                .into_iter()
                .collect(),
                entities: Entities { groups: vec![log_group_name(group)], members, ..Entities::default() },
            });
        }
        findings
    }
}
