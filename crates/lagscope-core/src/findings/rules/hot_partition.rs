//! `hot-partition`: one partition with far more lag, or far more writes, than its siblings (key skew).

use serde_json::json;

use super::super::{Entities, Finding, FindingInputs, FindingSeverity, Rule, RuleDocs, grouped, median};
use super::{analysis_group_name, group_name};

pub(crate) struct HotPartition;

static DOCS: RuleDocs = RuleDocs {
    id: "hot-partition",
    severity: FindingSeverity::Warning,
    what: "A partition whose lag is at least five times the median lag of its topic's partitions in the group and \
           holds at least 30% of the topic's lag (topics with three or more partitions), unless its host has other \
           such partitions (then the host is the likelier cause). With a series, also a partition whose produce \
           rate is at least five times the median of its topic's partitions and takes at least 30% of the topic's \
           writes.",
    why: "Keys hash to partitions: a hot key (one tenant, one device, a null key with a sticky partitioner) piles \
          records onto one partition, and since a partition is consumed by one member at a time, adding members \
          does not help it.",
    evidence: "The partition's lag, the median lag of its topic's partitions, and its share of the topic's lag; \
               from a series, its produce rate, the topic's median produce rate and its share of the writes.",
    next: "Look at the key distribution of that topic (which keys land on that partition); spread hot keys \
           (salting, a better key), or give that partition's owner more capacity.",
};

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
                        title: format!("{name} holds {:.0}% of {topic}'s lag in {}", share * 100.0, group_name(group)),
                        summary: format!(
                            "{name} has {} records of lag while the median partition of {topic} has {}: a hot key is the \
                             usual cause.",
                            grouped(lag),
                            grouped(typical.round() as i64)
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
                    title: format!("{name} receives {:.0}% of {topic}'s writes in {group_label}", share * 100.0),
                    summary: format!(
                        "{name} is written at {rate:.1} records/s while the median partition of {topic} gets \
                         {typical:.1}/s: a hot key is the usual cause, and one member has to keep up with it alone."
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
