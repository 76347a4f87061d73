//! `host-commit-failures`: one host whose consumers fail to commit offsets while its peers commit
//! (the clue of `shared/seeds/000`: only server A's logs showed intermittent
//! `CommitFailedException`). Read from consumer logs of two or more hosts: the host with the most
//! failures has at least [`MIN_FAILURES`], and its peers (the hosts whose consumers logged while
//! it failed) together at most a tenth of its count. Lines of one host less than a second apart
//! are one failure.

use serde_json::json;

use super::super::{Entities, Finding, FindingInputs, FindingSeverity, Rule, RuleDocs};
use crate::l10n::Arg;
use crate::msg;

pub(crate) struct HostCommitFailures;

pub(super) static DOCS: RuleDocs =
    RuleDocs { id: "host-commit-failures", severity: FindingSeverity::Warning };

/// Fewer failures than this on the host are not a pattern.
const MIN_FAILURES: usize = 2;

impl Rule for HostCommitFailures {
    fn docs(&self) -> &'static RuleDocs {
        &DOCS
    }

    fn check(&self, inputs: &FindingInputs<'_>) -> Vec<Finding> {
        let Some(logs) = inputs.logs else { return Vec::new() };
        // The host with the most failures (the first by name among equals).
        let Some(failures) = logs
            .commit_failures
            .iter()
            .filter(|failures| failures.host.is_some())
            .max_by(|a, b| a.count.cmp(&b.count).then_with(|| b.host.cmp(&a.host)))
        else {
            return Vec::new();
        };
        let host = failures.host.as_deref().unwrap_or_default();
        // Its peers: the other hosts whose consumers logged while it failed (a rotated file of
        // the same host, or logs of another hour, are not peers).
        let (first_ms, last_ms) = (failures.first_ms, failures.last_ms);
        let peers: Vec<&String> = logs
            .host_spans
            .iter()
            .filter(|span| span.host != host && span.first_ms <= last_ms && first_ms <= span.last_ms)
            .map(|span| &span.host)
            .collect();
        let peer_failures: usize = logs
            .commit_failures
            .iter()
            .filter(|other| other.host.as_ref().is_some_and(|other| peers.contains(&other)))
            .map(|other| other.count)
            .sum();
        if peers.is_empty()
            || failures.count < MIN_FAILURES
            || peer_failures.saturating_mul(10) > failures.count
        {
            return Vec::new();
        }
        let groups: Vec<String> = logs
            .groups
            .iter()
            .filter(|group| {
                group.events.iter().any(|event| {
                    event.host.as_deref() == Some(host)
                        && matches!(event.kind, crate::logs::EventKind::CommitFailed { .. })
                })
            })
            .filter_map(|group| group.group.clone())
            .collect();
        let errors = &failures.errors;
        vec![Finding {
            rule: DOCS.id,
            severity: DOCS.severity,
            title: msg!("finding-host-commit-failures-title", host = host, count = failures.count),
            summary: msg!(
                "finding-host-commit-failures-summary",
                host = host,
                count = failures.count,
                first = Arg::time(first_ms, inputs.zone),
                last = Arg::time(last_ms, inputs.zone),
                errors = Arg::list(errors),
                n_peers = peers.len(),
                peers = Arg::list(&peers),
                peer_count = peer_failures,
            ),
            evidence: [
                ("host", json!(host)),
                ("commit_failures", json!(failures.count)),
                ("first_failure_ms", json!(first_ms)),
                ("last_failure_ms", json!(last_ms)),
                ("errors", json!(errors)),
                ("peers", json!(peers)),
                ("peer_commit_failures", json!(peer_failures)),
            ]
            .into_iter()
            .collect(),
            entities: Entities { groups, hosts: vec![host.to_owned()], ..Entities::default() },
        }]
    }
}
