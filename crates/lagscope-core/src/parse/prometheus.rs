//! Prometheus exposition text from the lag exporters: `kafka_exporter`, kafka-lag-exporter, `KMinion`
//! and Burrow. Samples of one partition from several metrics merge into one partition row;
//! log-end offsets, which exporters publish per topic, are joined to every group's partition.

use std::collections::BTreeMap;

use super::builder::SnapshotBuilder;
use crate::model::{GroupState, PartitionOffsets};

/// One sample line: `name{label="value",…} value [timestamp]`.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Sample {
    pub(crate) name: String,
    pub(crate) labels: Vec<(String, String)>,
    pub(crate) value: String,
}

impl Sample {
    fn label(&self, keys: &[&str]) -> Option<&str> {
        keys.iter()
            .find_map(|key| self.labels.iter().find(|(name, _)| name == key).map(|(_, value)| value.as_str()))
    }

    fn group(&self) -> Option<&str> {
        self.label(&["consumergroup", "group", "group_id", "consumer_group"])
    }

    fn topic(&self) -> Option<&str> {
        self.label(&["topic", "topic_name"])
    }

    fn partition(&self) -> Option<i32> {
        self.label(&["partition", "partition_id"]).and_then(|text| text.parse().ok())
    }

    /// The value as an integer, `None` for NaN, infinities and fractions.
    fn integer(&self) -> Option<i64> {
        let value: f64 = self.value.parse().ok()?;
        (value.is_finite() && value.fract() == 0.0 && value.abs() < 9.0e18).then_some(value as i64)
    }

    /// Which exporter publishes this metric, or `None` for a metric of no lag exporter.
    pub(crate) fn exporter(&self) -> Option<&'static str> {
        let name = self.name.as_str();
        if name.starts_with("kminion_") {
            Some("kminion")
        } else if name.starts_with("burrow_") {
            Some("burrow")
        } else if name.starts_with("kafka_consumergroup_group_")
            || name.starts_with("kafka_partition_")
            || name == "kafka_consumergroup_poll_time_ms"
        {
            Some("kafka-lag-exporter")
        } else if name.starts_with("kafka_") {
            Some("kafka_exporter")
        } else {
            None
        }
    }
}

/// Reads a sample line of a known exporter, or `None` when the line is not one.
pub(crate) fn parse_sample(line: &str) -> Option<Sample> {
    let line = line.trim();
    let name_end = line.find(|character: char| {
        !(character.is_ascii_alphanumeric() || character == '_' || character == ':')
    })?;
    let name = &line[..name_end];
    if name.is_empty() || name.starts_with(|character: char| character.is_ascii_digit()) {
        return None;
    }
    let rest = &line[name_end..];
    let (labels, rest) =
        if let Some(inner) = rest.strip_prefix('{') { parse_labels(inner)? } else { (Vec::new(), rest) };
    let mut values = rest.split_whitespace();
    let value = values.next()?.to_owned();
    // A timestamp may follow; anything else means this is not a sample.
    if values.next().is_some_and(|timestamp| timestamp.parse::<i64>().is_err()) || values.next().is_some() {
        return None;
    }
    let looks_numeric = value.parse::<f64>().is_ok() || matches!(value.as_str(), "NaN" | "+Inf" | "-Inf");
    looks_numeric.then(|| Sample { name: name.to_owned(), labels, value })
}

/// `key="value",…}` → the labels and what follows the closing brace. Escapes `\"`, `\\`, `\n`;
/// a trailing comma (older Java simpleclient) is allowed.
fn parse_labels(text: &str) -> Option<(Vec<(String, String)>, &str)> {
    let mut labels = Vec::new();
    let mut rest = text.trim_start();
    loop {
        if let Some(after) = rest.strip_prefix('}') {
            return Some((labels, after));
        }
        let (key, after) = rest.split_once('=')?;
        let mut value = String::new();
        let mut characters = after.strip_prefix('"')?.char_indices();
        let end = loop {
            let (index, character) = characters.next()?;
            match character {
                '"' => break index,
                '\\' => match characters.next()?.1 {
                    'n' => value.push('\n'),
                    other => value.push(other),
                },
                other => value.push(other),
            }
        };
        labels.push((key.trim().to_owned(), value));
        rest = after[1 + end + 1..].trim_start();
        rest = rest.strip_prefix(',').unwrap_or(rest).trim_start();
    }
}

/// Accumulates samples; applies the per-topic ones at the end.
#[derive(Debug, Default)]
pub(crate) struct Collector {
    /// Log-end offsets by (topic, partition), from topic-level metrics.
    log_end_offsets: BTreeMap<(String, i32), i64>,
}

impl Collector {
    /// Whether no sample was collected.
    pub(crate) fn is_empty(&self) -> bool {
        self.log_end_offsets.is_empty()
    }

    pub(crate) fn add(&mut self, line_number: usize, sample: Sample, builder: &mut SnapshotBuilder) {
        let name = sample.name.as_str();
        match name {
            "kafka_topic_partition_current_offset"
            | "kafka_partition_latest_offset"
            | "kminion_kafka_topic_partition_high_water_mark"
            | "burrow_kafka_topic_partition_offset" => {
                if let (Some(topic), Some(partition), Some(offset)) =
                    (sample.topic(), sample.partition(), sample.integer())
                {
                    self.log_end_offsets.insert((topic.to_owned(), partition), offset);
                }
            }
            "kafka_consumergroup_members" | "kminion_kafka_consumer_group_members" => {
                if let (Some(group), Some(count)) = (sample.group(), sample.integer()) {
                    builder.group(Some(group)).n_members = u32::try_from(count).ok();
                }
            }
            "kminion_kafka_consumer_group_info" => {
                if let Some(group) = sample.group().map(str::to_owned) {
                    let state = sample.label(&["state"]).map(GroupState::from_name);
                    let strategy = sample
                        .label(&["protocol"])
                        .filter(|protocol| !protocol.is_empty())
                        .map(str::to_owned);
                    let coordinator = sample.label(&["coordinator_id"]).map(str::to_owned);
                    let facts = builder.group(Some(&group));
                    facts.state = state.or(facts.state.take());
                    facts.assignment_strategy = strategy.or(facts.assignment_strategy.take());
                    facts.coordinator = coordinator.or(facts.coordinator.take());
                }
            }
            _ => {
                let field = match name {
                    "kafka_consumergroup_lag"
                    | "kafka_consumergroupzookeeper_lag_zookeeper"
                    | "kafka_consumergroup_group_lag"
                    | "kminion_kafka_consumer_group_topic_partition_lag"
                    | "burrow_kafka_consumer_partition_lag" => PartitionField::Lag,
                    "kafka_consumergroup_current_offset"
                    | "kafka_consumergroup_group_offset"
                    | "kminion_kafka_consumer_group_topic_partition_offset"
                    | "burrow_kafka_consumer_partition_current_offset" => PartitionField::CurrentOffset,
                    // Sums, maxima, lag in seconds, earliest offsets, broker counts: not per-partition offsets.
                    _ => return,
                };
                Self::add_partition_sample(line_number, &sample, field, builder);
            }
        }
    }

    fn add_partition_sample(
        line_number: usize,
        sample: &Sample,
        field: PartitionField,
        builder: &mut SnapshotBuilder,
    ) {
        fn known(text: Option<&str>) -> Option<&str> {
            text.filter(|text| !text.is_empty() && *text != "unknown")
        }
        let (Some(group), Some(topic), Some(partition)) =
            (sample.group(), sample.topic(), sample.partition())
        else {
            return;
        };
        // kafka_exporter reports -1 for the lag of a partition it has no committed offset for.
        let value = sample.integer().filter(|value| match field {
            PartitionField::CurrentOffset => *value >= 0,
            PartitionField::Lag => !(sample.name == "kafka_consumergroup_lag" && *value == -1),
        });
        let consumer_id = known(sample.label(&["consumer_id", "consumerId"])).map(|text| builder.name(text));
        let host = known(sample.label(&["member_host", "memberHost"])).map(|text| builder.name(text));
        let client_id = known(sample.label(&["client_id", "clientId"])).map(|text| builder.name(text));
        let topic = builder.name(topic);
        let (current_offset, lag) = match field {
            PartitionField::Lag => (None, value),
            PartitionField::CurrentOffset => (value, None),
        };
        let update = PartitionOffsets {
            topic,
            partition,
            current_offset,
            log_end_offset: None,
            lag,
            consumer_id,
            host,
            client_id,
        };
        builder.merge_partition(line_number, Some(group), update);
    }

    /// Joins the per-topic log-end offsets to the partitions of every group.
    pub(crate) fn finish(self, builder: &mut SnapshotBuilder) {
        for ((topic, partition), offset) in self.log_end_offsets {
            for offsets in builder.partitions_of_topic_mut(&topic, partition) {
                offsets.log_end_offset = offsets.log_end_offset.or(Some(offset));
            }
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum PartitionField {
    Lag,
    CurrentOffset,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn samples() {
        let sample = parse_sample(
            r#"kafka_consumergroup_lag{consumergroup="orders",partition="0",topic="payments"} 10"#,
        )
        .unwrap();
        assert_eq!(sample.group(), Some("orders"));
        assert_eq!(sample.partition(), Some(0));
        assert_eq!(sample.integer(), Some(10));
        let trailing = parse_sample(
            r#"kafka_consumergroup_group_lag{group="o",topic="t",partition="2",client_id="a \"q\"",} 97.0"#,
        )
        .unwrap();
        assert_eq!(trailing.label(&["client_id"]), Some("a \"q\""));
        assert_eq!(trailing.integer(), Some(97));
        assert_eq!(trailing.exporter(), Some("kafka-lag-exporter"));
        let nan = parse_sample(r#"kafka_consumergroup_group_lag_seconds{group="o"} NaN"#).unwrap();
        assert_eq!(nan.integer(), None);
        assert!(parse_sample("kafka_brokers 3 1700000000000").is_some());
        // `orders 3` has a sample's shape but no exporter's name: the driver decides by context.
        assert_eq!(parse_sample("orders 3").and_then(|sample| sample.exporter()), None);
        assert_eq!(
            parse_sample(r#"go_info{version="go1.21.5"} 1"#).and_then(|sample| sample.exporter()),
            None
        );
        assert!(parse_sample("kafka_consumergroup_lag{consumergroup=\"o\" 3").is_none());
    }
}
