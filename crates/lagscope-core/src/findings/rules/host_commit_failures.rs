//! `host-commit-failures`: one host whose consumers fail to commit offsets while its peers commit
//! (the clue of `shared/seeds/000`: only server A's logs showed intermittent
//! `CommitFailedException`). Read from consumer logs of two or more hosts: the host with the most
//! failures has at least [`MIN_FAILURES`], and its peers together at most a tenth of its count.

use std::collections::BTreeMap;

use serde_json::json;

use super::super::{Entities, Finding, FindingInputs, FindingSeverity, Rule, RuleDocs};
use crate::l10n::Arg;
use crate::msg;

pub(crate) struct HostCommitFailures;

static DOCS: RuleDocs = RuleDocs { id: "host-commit-failures", severity: FindingSeverity::Warning };

/// Fewer failures than this on the host are not a pattern.
const MIN_FAILURES: usize = 2;

/// One host's failures, over every group.
#[derive(Default)]
struct Failures {
    count: usize,
    first_ms: Option<i64>,
    last_ms: Option<i64>,
    errors: Vec<String>,
}

impl Rule for HostCommitFailures {
    fn docs(&self) -> &'static RuleDocs {
        &DOCS
    }

    fn check(&self, inputs: &FindingInputs<'_>) -> Vec<Finding> {
        let Some(logs) = inputs.logs else { return Vec::new() };
        if logs.hosts.len() < 2 {
            return Vec::new();
        }
        let mut by_host: BTreeMap<&str, Failures> = BTreeMap::new();
        let mut groups: Vec<String> = Vec::new();
        for group in &logs.groups {
            for host_failures in &group.commit_failures {
                let Some(host) = host_failures.host.as_deref() else { continue };
                let failures = by_host.entry(host).or_default();
                failures.count += host_failures.count;
                failures.first_ms =
                    failures.first_ms.min(Some(host_failures.first_ms)).or(Some(host_failures.first_ms));
                failures.last_ms = failures.last_ms.max(Some(host_failures.last_ms));
                for error in &host_failures.errors {
                    if !failures.errors.contains(error) {
                        failures.errors.push(error.clone());
                    }
                }
                if let Some(name) = &group.group
                    && !groups.contains(name)
                {
                    groups.push(name.clone());
                }
            }
        }
        // The host with the most failures (the first by name among equals).
        let Some((host, failures)) =
            by_host.iter().max_by(|a, b| a.1.count.cmp(&b.1.count).then_with(|| b.0.cmp(a.0)))
        else {
            return Vec::new();
        };
        let peers: Vec<&String> = logs.hosts.iter().filter(|peer| peer.as_str() != *host).collect();
        let peer_failures: usize =
            by_host.iter().filter(|(peer, _)| *peer != host).map(|(_, failures)| failures.count).sum();
        if failures.count < MIN_FAILURES || peer_failures.saturating_mul(10) > failures.count {
            return Vec::new();
        }
        let (Some(first_ms), Some(last_ms)) = (failures.first_ms, failures.last_ms) else {
            return Vec::new();
        };
        let mut errors = failures.errors.clone();
        errors.sort();
        groups.sort();
        vec![Finding {
            rule: DOCS.id,
            severity: DOCS.severity,
            title: msg!("finding-host-commit-failures-title", host = *host, count = failures.count),
            summary: msg!(
                "finding-host-commit-failures-summary",
                host = *host,
                count = failures.count,
                first = Arg::time(first_ms, inputs.zone),
                last = Arg::time(last_ms, inputs.zone),
                errors = Arg::list(&errors),
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
            entities: Entities { groups, hosts: vec![(*host).to_owned()], ..Entities::default() },
        }]
    }
}
