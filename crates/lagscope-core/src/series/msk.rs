//! Amazon MSK's consumer-lag metrics exported from `CloudWatch` as CSV: `OffsetLag` and
//! `EstimatedTimeLag` per partition; `SumOffsetLag`, `MaxOffsetLag` and `EstimatedMaxTimeLag` per
//! group and topic (dimensions `Consumer Group`, `Topic`, `Partition`).
//!
//! Two shapes are read: one row per data point with dimension columns and either a column per
//! metric or a metric-name column and a value column; and one column per series, its header naming
//! the metric and its dimensions (`OffsetLag (Consumer Group: g, Topic: t, Partition: 0)`, or
//! `key=value` pairs). `OffsetLag` becomes the partitions' lag; the other metrics are kept as
//! reported, MSK's own figures.

use std::collections::BTreeMap;

use super::clock::parse_timestamp;
use super::{LagSample, LagSeries, ReportedSeries};
use crate::diagnostic::Diagnostic;
use crate::model::Name;

/// (metric, group, topic, partition).
type ReportedKey = (String, Option<String>, Option<String>, Option<i32>);

const METRICS: [&str; 5] =
    ["EstimatedMaxTimeLag", "EstimatedTimeLag", "MaxOffsetLag", "SumOffsetLag", "OffsetLag"];

/// The metric a header names, if any (longest name first, so `SumOffsetLag` is not `OffsetLag`).
fn metric_of(text: &str) -> Option<&'static str> {
    let trimmed = text.trim();
    METRICS.iter().copied().find(|metric| {
        trimmed.starts_with(metric) && !trimmed[metric.len()..].starts_with(char::is_alphanumeric)
    })
}

/// Dimension values in a header: `(Consumer Group: g, Topic: t, Partition: 0)` or `{ConsumerGroup=g, …}`.
fn dimensions_of(text: &str) -> Dimensions {
    let mut dimensions = Dimensions::default();
    let inner = text.split_once(['(', '{']).map_or("", |(_, rest)| rest.trim_end_matches([')', '}']));
    for pair in inner.split(',') {
        if let Some((key, value)) = pair.split_once([':', '=']) {
            dimensions.set(key, value.trim().trim_matches('"'));
        }
    }
    dimensions
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct Dimensions {
    group: Option<String>,
    topic: Option<String>,
    partition: Option<i32>,
}

impl Dimensions {
    fn set(&mut self, key: &str, value: &str) {
        let key: String =
            key.chars().filter(|character| character.is_alphanumeric()).collect::<String>().to_lowercase();
        match key.as_str() {
            "consumergroup" | "group" => self.group = Some(value.to_owned()),
            "topic" => self.topic = Some(value.to_owned()),
            "partition" => self.partition = value.parse().ok(),
            _ => {}
        }
    }

    fn or(self, other: &Self) -> Self {
        Self {
            group: self.group.or_else(|| other.group.clone()),
            topic: self.topic.or_else(|| other.topic.clone()),
            partition: self.partition.or(other.partition),
        }
    }
}

/// Reads a `CloudWatch` CSV of MSK lag metrics, or `None` when `text` is not one.
#[must_use]
pub fn import_cloudwatch_csv(text: &str) -> Option<(LagSeries, Vec<Diagnostic>)> {
    let text = text.trim_start_matches('\u{FEFF}');
    let header_line = text.lines().next()?;
    let delimiter =
        if header_line.matches(';').count() > header_line.matches(',').count() { b';' } else { b',' };
    let mut reader =
        csv::ReaderBuilder::new().delimiter(delimiter).flexible(true).from_reader(text.as_bytes());
    let headers: Vec<String> = reader.headers().ok()?.iter().map(|header| header.trim().to_owned()).collect();
    let lower: Vec<String> = headers.iter().map(|header| header.to_lowercase()).collect();
    let metric_column = lower
        .iter()
        .position(|header| header == "metricname" || header == "metric" || header == "metric name");
    let value_column = lower.iter().position(|header| header == "value" || header == "values");
    let metric_columns: Vec<(usize, &'static str, Dimensions)> = headers
        .iter()
        .enumerate()
        .filter_map(|(index, header)| Some((index, metric_of(header)?, dimensions_of(header))))
        .collect();
    if metric_columns.is_empty() && metric_column.is_none() {
        return None;
    }
    let time_column = lower
        .iter()
        .position(|header| ["timestamp", "time", "date", "timestamps"].contains(&header.as_str()))?;
    let dimension_columns: Vec<(usize, String)> = headers
        .iter()
        .enumerate()
        .filter(|(index, _)| *index != time_column)
        .map(|(index, header)| (index, header.clone()))
        .collect();

    let mut diagnostics = Vec::new();
    let mut partitions: BTreeMap<(Option<String>, Name, i32), Vec<LagSample>> = BTreeMap::new();
    let mut reported: BTreeMap<ReportedKey, Vec<(i64, Option<f64>)>> = BTreeMap::new();
    let mut lines = super::csv_import::LineCounter::new(text);
    for record in reader.records() {
        let record = match record {
            Ok(record) => record,
            Err(error) => {
                let line = error.position().map_or(1, |position| lines.line_at(position.byte()));
                diagnostics.push(super::csv_import::not_a_row(line, &error));
                continue;
            }
        };
        let line = record.position().map_or(1, |position| lines.line_at(position.byte()));
        let Some(time_ms) = record.get(time_column).map(str::trim).and_then(parse_timestamp) else {
            diagnostics.push(Diagnostic::warning(line, crate::msg!("series-msk-expected-time")));
            continue;
        };
        let mut row_dimensions = Dimensions::default();
        for (index, header) in &dimension_columns {
            if let Some(value) = record.get(*index).map(str::trim).filter(|value| !value.is_empty()) {
                row_dimensions.set(header, value);
            }
        }
        let mut points: Vec<(&'static str, Dimensions, Option<f64>)> = Vec::new();
        if let (Some(metric_column), Some(value_column)) = (metric_column, value_column)
            && let Some(metric) = record.get(metric_column).and_then(metric_of)
        {
            points.push((metric, row_dimensions.clone(), record.get(value_column).and_then(parse_value)));
        }
        for (index, metric, dimensions) in &metric_columns {
            points.push((
                metric,
                dimensions.clone().or(&row_dimensions),
                record.get(*index).and_then(parse_value),
            ));
        }
        for (metric, dimensions, value) in points {
            match (metric, &dimensions.topic, dimensions.partition) {
                ("OffsetLag", Some(topic), Some(partition)) => {
                    partitions
                        .entry((dimensions.group.clone(), Name::from(topic.as_str()), partition))
                        .or_default()
                        .push(LagSample::new(time_ms, None, None, offset_lag(value, line, &mut diagnostics)));
                }
                _ => reported
                    .entry((metric.to_owned(), dimensions.group, dimensions.topic, dimensions.partition))
                    .or_default()
                    .push((time_ms, value)),
            }
        }
    }
    let mut series = LagSeries::from_samples(partitions);
    series.reported = reported
        .into_iter()
        .map(|((metric, group, topic, partition), mut points)| {
            crate::order::sort_by_key(&mut points, |(time_ms, _)| *time_ms);
            ReportedSeries { metric, group, topic, partition, points }
        })
        .collect();
    Some((series, diagnostics))
}

/// An `OffsetLag` value as a lag: a whole number from 0 to 2^53; any other number is said on its
/// line and kept unknown.
fn offset_lag(value: Option<f64>, line: usize, diagnostics: &mut Vec<Diagnostic>) -> Option<i64> {
    let value = value?;
    if value.fract() == 0.0 && (0.0..=super::csv_import::MAX_SERIES_VALUE as f64).contains(&value) {
        return Some(value as i64);
    }
    diagnostics.push(Diagnostic::warning(
        line,
        crate::msg!("series-value-out-of-range", column = "OffsetLag", value = value.to_string()),
    ));
    None
}

fn parse_value(text: &str) -> Option<f64> {
    text.trim().parse::<f64>().ok().filter(|value| value.is_finite())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_column_per_series() {
        let text = "Timestamp,\"OffsetLag (Consumer Group: orders, Topic: payments, Partition: 0)\",\"SumOffsetLag (Consumer Group: orders, Topic: payments)\",\"EstimatedMaxTimeLag (Consumer Group: orders, Topic: payments)\"\n\
                    2026-11-22T03:10:00Z,120,310,42\n\
                    2026-11-22T03:11:00Z,90,250,35\n";
        let (series, diagnostics) = import_cloudwatch_csv(text).expect("an MSK CSV");
        assert!(diagnostics.is_empty());
        let lags: Vec<Option<i64>> =
            series.partitions[0].samples.iter().map(crate::series::LagSample::lag).collect();
        assert_eq!(lags, vec![Some(120), Some(90)]);
        let metrics: Vec<&str> = series.reported.iter().map(|reported| reported.metric.as_str()).collect();
        assert_eq!(metrics, vec!["EstimatedMaxTimeLag", "SumOffsetLag"]);
        assert_eq!(
            series.reported[1].points,
            vec![(1_795_317_000_000, Some(310.0)), (1_795_317_060_000, Some(250.0))]
        );
    }

    #[test]
    fn one_row_per_point_with_dimension_columns() {
        let text = "Timestamp,Consumer Group,Topic,Partition,MetricName,Value\n\
                    2026-11-22T03:10:00Z,orders,payments,1,OffsetLag,7\n\
                    2026-11-22T03:10:00Z,orders,payments,1,EstimatedTimeLag,12.5\n\
                    later,orders,payments,1,OffsetLag,3\n";
        let (series, diagnostics) = import_cloudwatch_csv(text).expect("an MSK CSV");
        assert_eq!(series.partitions[0].partition, 1);
        assert_eq!(series.partitions[0].samples[0].lag(), Some(7));
        assert_eq!(series.reported[0].metric, "EstimatedTimeLag");
        assert_eq!(series.reported[0].partition, Some(1));
        assert_eq!(diagnostics.len(), 1);
        assert_eq!(diagnostics[0].line, 4);
    }

    #[test]
    fn not_msk() {
        assert!(import_cloudwatch_csv("time,lag,partition\n1,2,3\n").is_none());
    }
}
