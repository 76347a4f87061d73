//! `lag-concentrated`: one host, member or topic holding most of a group's lag.

use std::collections::BTreeMap;

use serde_json::json;

use super::super::{Entities, Finding, FindingInputs, FindingSeverity, Rule, RuleDocs};
use super::{group_label, group_name};
use crate::l10n::Arg;
use crate::msg;

pub(crate) struct LagConcentrated;

pub(super) static DOCS: RuleDocs = RuleDocs { id: "lag-concentrated", severity: FindingSeverity::Warning };

impl Rule for LagConcentrated {
    fn docs(&self) -> &'static RuleDocs {
        &DOCS
    }

    fn check(&self, inputs: &FindingInputs<'_>) -> Vec<Finding> {
        let Some(snapshot) = inputs.snapshot else { return Vec::new() };
        let mut findings = Vec::new();
        for group in &snapshot.groups {
            let Some(total) = group.total_lag().filter(|total| *total > 0) else { continue };
            let by_host =
                concentrated(group, total, "host", holders(group, |partition| partition.host.as_deref()));
            let by_member = concentrated(
                group,
                total,
                "member",
                holders(group, |partition| partition.consumer_id.as_deref()),
            );
            // A member alone on its host repeats the host's finding word for word: keep the host's.
            let by_member = by_member.into_iter().filter(|member| {
                !by_host.iter().any(|host| host.entities.partitions == member.entities.partitions)
            });
            findings.extend(by_host.iter().cloned());
            findings.extend(by_member);
            findings.extend(concentrated(
                group,
                total,
                "topic",
                holders(group, |partition| Some(&*partition.topic)),
            ));
        }
        findings
    }
}

/// The evidence key naming the holder.
fn kind_key(kind: &str) -> &'static str {
    match kind {
        "topic" => "topic",
        "member" => "member",
        _ => "host",
    }
}

/// Lag, partition count and partitions per holder (a host, a member or a topic); partitions are
/// named only for the holders a finding names.
fn holders<'a>(
    group: &'a crate::model::GroupSnapshot,
    key: impl Fn(&'a crate::model::PartitionOffsets) -> Option<&'a str>,
) -> BTreeMap<&'a str, (i64, usize, Vec<&'a crate::model::PartitionOffsets>)> {
    let mut by_key: BTreeMap<&str, (i64, usize, Vec<&crate::model::PartitionOffsets>)> = BTreeMap::new();
    for partition in &group.partitions {
        let Some(holder) = key(partition) else { continue };
        if partition.lag.is_none() {
            // An unknown lag is not 0: shares computed without it would be guesses.
            return BTreeMap::new();
        }
        let entry = by_key.entry(holder).or_default();
        entry.0 = entry.0.saturating_add(partition.lag.unwrap_or(0).max(0));
        entry.1 += 1;
        entry.2.push(partition);
    }
    by_key
}

fn concentrated(
    group: &crate::model::GroupSnapshot,
    total: i64,
    kind: &str,
    by_key: BTreeMap<&str, (i64, usize, Vec<&crate::model::PartitionOffsets>)>,
) -> Vec<Finding> {
    let mut findings = Vec::new();
    if by_key.len() < 2 {
        return findings;
    }
    let n_owned: usize = by_key.values().map(|(_, count, _)| count).sum();
    for (holder, (lag, count, partitions)) in by_key {
        let lag_share = lag as f64 / total as f64;
        let partition_share = count as f64 / n_owned as f64;
        if lag_share < 0.5 || lag_share < 1.5 * partition_share {
            continue;
        }
        let holder_label = match kind {
            "topic" => msg!("finding-holder-topic", name = holder),
            "member" => msg!("finding-holder-member", name = holder),
            _ => msg!("finding-holder-host", name = holder),
        };
        findings.push(Finding {
            rule: DOCS.id,
            severity: DOCS.severity,
            title: msg!(
                "finding-lag-concentrated-title",
                holder = holder_label.clone(),
                share = Arg::share(lag_share),
                group = group_label(group),
            ),
            summary: msg!(
                "finding-lag-concentrated-summary",
                holder = holder_label,
                partitions = count,
                group_partitions = n_owned,
                partition_share = Arg::share(partition_share),
                lag = lag,
                group_lag = total,
                lag_share = Arg::share(lag_share),
            ),
            evidence: [
                (kind_key(kind), json!(holder)),
                ("lag", json!(lag)),
                ("group_lag", json!(total)),
                ("share_of_lag", json!(lag_share)),
                ("partitions", json!(count)),
                ("group_partitions", json!(n_owned)),
                ("share_of_partitions", json!(partition_share)),
            ]
            .into_iter()
            .collect(),
            entities: Entities {
                groups: vec![group_name(group)],
                hosts: if kind == "host" { vec![holder.to_owned()] } else { Vec::new() },
                members: if kind == "member" { vec![holder.to_owned()] } else { Vec::new() },
                partitions: partitions
                    .iter()
                    .map(|partition| format!("{}-{}", partition.topic, partition.partition))
                    .collect(),
            },
        });
    }
    findings
}
