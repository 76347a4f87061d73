//! `deploy-rebalances`: the rebalances a deploy caused. Read from consumer logs: a deploy is
//! consumers closing (`LeaveGroup … due to the consumer is being closed`,
//! `AbstractCoordinator.maybeLeaveGroup` on `close()`; Spring's `Consumer stopped`) less than
//! [`DEPLOY_GAP_MS`] apart; its rebalances are the generations that ended from its first close
//! to the first one after its last close. With the classic protocol every restarted dynamic
//! member costs the group two rebalances (its `LeaveGroup`, then its `JoinGroup`), and with the
//! eager protocol every member stops consuming in each.

use std::collections::BTreeSet;

use serde_json::json;

use super::super::{Entities, Finding, FindingInputs, FindingSeverity, Rule, RuleDocs};
use super::{log_group_label, log_group_name, protocol_arg};
use crate::l10n::Arg;
use crate::logs::{EventKind, LeaveReason};
use crate::msg;

pub(crate) struct DeployRebalances;

pub(super) static DOCS: RuleDocs = RuleDocs { id: "deploy-rebalances", severity: FindingSeverity::Warning };

/// Closes further apart than this are separate deploys.
const DEPLOY_GAP_MS: i64 = 600_000;

/// A deploy that caused fewer rebalances than this is not worth a finding.
const MIN_REBALANCES: usize = 2;

/// A consumer closing: when, on which host, and which consumer (its host and client or member id)
/// when the line names it.
type Close<'a> = (i64, Option<&'a str>, Option<(Option<&'a str>, &'a str)>);

/// How many consumers `deploy` closed: each named consumer once (Spring's `Consumer stopped` and
/// the client's `LeaveGroup` on close are two lines of one consumer), and a host whose lines name
/// no consumer as one.
fn consumers_closed(deploy: &[Close<'_>]) -> usize {
    let named: BTreeSet<(Option<&str>, &str)> =
        deploy.iter().filter_map(|(_, _, consumer)| *consumer).collect();
    let unnamed_hosts: BTreeSet<Option<&str>> = deploy
        .iter()
        .filter(|(_, host, consumer)| {
            consumer.is_none() && !named.iter().any(|(named_host, _)| named_host == host)
        })
        .map(|(_, host, _)| *host)
        .collect();
    named.len() + unnamed_hosts.len()
}

impl Rule for DeployRebalances {
    fn docs(&self) -> &'static RuleDocs {
        &DOCS
    }

    fn check(&self, inputs: &FindingInputs<'_>) -> Vec<Finding> {
        let Some(logs) = inputs.logs else { return Vec::new() };
        let mut findings = Vec::new();
        for group in &logs.groups {
            // (time, host, the consumer: its host and client or member id, when the line names one).
            let closes: Vec<Close<'_>> = group
                .events
                .iter()
                .filter(|event| event.kind == EventKind::Leaving { reason: LeaveReason::Closing })
                .filter_map(|event| {
                    let host = event.host.as_deref();
                    let consumer =
                        event.client_id.as_deref().or(event.member_id.as_deref()).map(|id| (host, id));
                    Some((event.time_ms?, host, consumer))
                })
                .collect();
            // Deploys: runs of closes, each less than the gap after the one before.
            let mut deploys: Vec<&[Close<'_>]> = Vec::new();
            let mut start = 0;
            for index in 1..=closes.len() {
                let ends_here = index == closes.len()
                    || closes[index].0.saturating_sub(closes[index - 1].0) > DEPLOY_GAP_MS;
                if ends_here {
                    deploys.push(&closes[start..index]);
                    start = index;
                }
            }
            for deploy in deploys {
                let (Some(first), Some(last)) = (deploy.first(), deploy.last()) else { continue };
                let settled_ms = group
                    .rebalances
                    .iter()
                    .map(|rebalance| rebalance.end_ms)
                    .filter(|end_ms| *end_ms > last.0)
                    .min()
                    .unwrap_or(last.0);
                let rebalances = group
                    .rebalances
                    .iter()
                    .filter(|rebalance| (first.0..=settled_ms).contains(&rebalance.end_ms))
                    .count();
                if rebalances < MIN_REBALANCES {
                    continue;
                }
                let n_closed = consumers_closed(deploy);
                let hosts: Vec<String> = deploy
                    .iter()
                    .filter_map(|(_, host, _)| host.map(str::to_owned))
                    .collect::<BTreeSet<_>>()
                    .into_iter()
                    .collect();
                findings.push(Finding {
                    rule: DOCS.id,
                    severity: DOCS.severity,
                    title: msg!(
                        "finding-deploy-rebalances-title",
                        rebalances = rebalances,
                        group = log_group_label(group),
                        closed = n_closed,
                    ),
                    summary: msg!(
                        "finding-deploy-rebalances-summary",
                        closed = n_closed,
                        n_hosts = hosts.len(),
                        start = Arg::time(first.0, inputs.zone),
                        end = Arg::time(last.0, inputs.zone),
                        settled = Arg::time(settled_ms, inputs.zone),
                        protocol = protocol_arg(group),
                        rebalances = rebalances,
                    ),
                    evidence: [
                        ("consumers_closed", json!(n_closed)),
                        ("hosts", json!(hosts)),
                        ("first_close_ms", json!(first.0)),
                        ("last_close_ms", json!(last.0)),
                        ("settled_ms", json!(settled_ms)),
                        ("rebalances", json!(rebalances)),
                    ]
                    .into_iter()
                    .collect(),
                    entities: Entities { groups: vec![log_group_name(group)], hosts, ..Entities::default() },
                });
            }
        }
        findings
    }
}
