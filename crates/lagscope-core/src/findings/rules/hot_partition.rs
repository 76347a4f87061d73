//! `hot-partition`: one partition with far more lag, or far more writes, than its siblings (key skew).

use serde_json::json;

use super::super::{Entities, Finding, FindingInputs, FindingSeverity, Rule, RuleDocs, median};
use super::{analysis_group_label, analysis_group_name, group_label, group_name};
use crate::l10n::Arg;
use crate::msg;

pub(crate) struct HotPartition;

pub(super) static DOCS: RuleDocs = RuleDocs { id: "hot-partition", severity: FindingSeverity::Warning };

impl Rule for HotPartition {
    fn docs(&self) -> &'static RuleDocs {
        &DOCS
    }

    fn check(&self, inputs: &FindingInputs<'_>) -> Vec<Finding> {
        let mut findings = inputs.analysis.map(produce_skew).unwrap_or_default();
        let Some(snapshot) = inputs.snapshot else { return findings };
        for group in &snapshot.groups {
            let mut topics: Vec<&str> = group.partitions.iter().map(|partition| &*partition.topic).collect();
            topics.dedup();
            for topic in topics {
                let partitions: Vec<_> = group
                    .partitions
                    .iter()
                    .filter(|partition| &*partition.topic == topic && partition.lag.is_some())
                    .collect();
                if partitions.len() < 3 {
                    continue;
                }
                let lags: Vec<f64> =
                    partitions.iter().filter_map(|partition| partition.lag).map(|lag| lag as f64).collect();
                let total: f64 = lags.iter().sum();
                let Some(typical) = median(&lags) else { continue };
                let is_hot = |partition: &crate::model::PartitionOffsets| {
                    let lag = partition.lag.unwrap_or(0);
                    let share = if total > 0.0 { lag as f64 / total } else { 0.0 };
                    lag > 0 && (lag as f64) >= 5.0 * typical.max(1.0) && share >= 0.3
                };
                for partition in &partitions {
                    if !is_hot(partition) {
                        continue;
                    }
                    // Several hot partitions on one host point at the host, not at keys (see slow-host).
                    let hot_on_same_host = partitions
                        .iter()
                        .filter(|other| other.host.is_some() && other.host == partition.host && is_hot(other))
                        .count();
                    if hot_on_same_host > 1 {
                        continue;
                    }
                    let lag = partition.lag.unwrap_or(0);
                    let share = if total > 0.0 { lag as f64 / total } else { 0.0 };
                    let name = format!("{}-{}", partition.topic, partition.partition);
                    findings.push(Finding {
                        rule: DOCS.id,
                        severity: DOCS.severity,
                        title: msg!(
                            "finding-hot-partition-lag-title",
                            partition = &name,
                            share = Arg::share(share),
                            topic = topic,
                            group = group_label(group),
                        ),
                        summary: msg!(
                            "finding-hot-partition-lag-summary",
                            partition = &name,
                            lag = lag,
                            topic = topic,
                            median = Arg::decimal(typical, 0),
                        ),
                        evidence: [
                            ("partition", json!(name)),
                            ("lag", json!(lag)),
                            ("topic_median_lag", json!(typical)),
                            ("share_of_topic_lag", json!(share)),
                        ]
                        .into_iter()
                        .collect(),
                        entities: Entities {
                            groups: vec![group_name(group)],
                            hosts: partition.host.as_deref().map(str::to_owned).into_iter().collect(),
                            partitions: vec![name],
                            ..Entities::default()
                        },
                    });
                }
            }
        }
        findings
    }
}

/// Partitions receiving far more writes than their topic's other partitions, from a series.
fn produce_skew(report: &crate::analyze::AnalysisReport) -> Vec<Finding> {
    let mut findings = Vec::new();
    for group in &report.groups {
        let group_label = analysis_group_name(group);
        let mut topics: Vec<&str> = group.partitions.iter().map(|partition| &*partition.topic).collect();
        topics.dedup();
        for topic in topics {
            let rates: Vec<(&crate::analyze::PartitionAnalysis, f64)> = group
                .partitions
                .iter()
                .filter(|partition| partition.topic == topic)
                .filter_map(|partition| Some((partition, partition.rates.produce_per_s?.max(0.0))))
                .collect();
            if rates.len() < 3 {
                continue;
            }
            let values: Vec<f64> = rates.iter().map(|(_, rate)| *rate).collect();
            let total: f64 = values.iter().sum();
            let Some(typical) = median(&values) else { continue };
            if total <= 0.0 {
                continue;
            }
            for (partition, rate) in &rates {
                let share = rate / total;
                // The floor keeps a trickle into an otherwise idle topic from counting as a hot key.
                if *rate < 5.0 * typical.max(0.1) || share < 0.3 {
                    continue;
                }
                let name = format!("{}-{}", partition.topic, partition.partition);
                findings.push(Finding {
                    rule: DOCS.id,
                    severity: DOCS.severity,
                    title: msg!(
                        "finding-hot-partition-writes-title",
                        partition = &name,
                        share = Arg::share(share),
                        topic = topic,
                        group = analysis_group_label(group),
                    ),
                    summary: msg!(
                        "finding-hot-partition-writes-summary",
                        partition = &name,
                        rate = Arg::decimal(*rate, 1),
                        topic = topic,
                        median = Arg::decimal(typical, 1),
                    ),
                    evidence: [
                        ("partition", json!(name)),
                        ("produce_per_s", json!(rate)),
                        ("topic_median_produce_per_s", json!(typical)),
                        ("share_of_topic_produce", json!(share)),
                    ]
                    .into_iter()
                    .collect(),
                    entities: Entities {
                        groups: vec![group_label.clone()],
                        hosts: partition.host.clone().into_iter().collect(),
                        partitions: vec![name],
                        ..Entities::default()
                    },
                });
            }
        }
    }
    findings
}
