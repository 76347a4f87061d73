//! Lag series from a Prometheus `query_range` (or instant `query`) reply, for the lag exporters'
//! metrics: `kafka_consumergroup_lag` (`kafka_exporter`), `kafka_consumergroup_group_lag`
//! (kafka-lag-exporter), `kminion_kafka_consumer_group_topic_partition_lag` (`KMinion`),
//! `burrow_kafka_consumer_partition_lag` (Burrow), and the committed/log-end offset metrics of each.
//! Values are strings; `NaN` and `±Inf` are unknown.

use std::collections::BTreeMap;

use serde_json::Value;

use super::{LagSample, LagSeries};
use crate::diagnostic::Diagnostic;
use crate::model::Name;

/// The latest time a point may carry, in seconds since the epoch (the year 5138).
const MAX_EPOCH_S: f64 = 1e11;
/// The largest whole number an f64 holds exactly (2^53).
const MAX_EXACT: f64 = 9_007_199_254_740_992.0;

/// Reads a Prometheus API reply as a lag series, or `None` when it is not one.
#[must_use]
pub fn import_query_range(text: &str) -> Option<(LagSeries, Vec<Diagnostic>)> {
    let value: Value = serde_json::from_str(text.trim_start_matches('\u{FEFF}')).ok()?;
    let data = value.get("data")?;
    data.get("resultType")?;
    let mut diagnostics = Vec::new();
    if value.get("status").and_then(Value::as_str) == Some("error") {
        let error = value.get("error").and_then(Value::as_str);
        diagnostics.push(Diagnostic::error(1, crate::msg!("series-prometheus-error", error = error)));
    }
    let mut samples: BTreeMap<(Option<String>, Name, i32), Vec<LagSample>> = BTreeMap::new();
    for result in data.get("result").and_then(Value::as_array).into_iter().flatten() {
        let metric = result.get("metric");
        let label = |keys: &[&str]| {
            keys.iter().find_map(|key| {
                metric.and_then(|metric| metric.get(*key)).and_then(Value::as_str).map(str::to_owned)
            })
        };
        let name = label(&["__name__"]).unwrap_or_default();
        let field = if name.ends_with("_lag") && !name.contains("_sum") && !name.contains("_max") {
            Field::Lag
        } else if name.ends_with("current_offset")
            || name.ends_with("group_offset")
            || name.ends_with("partition_offset") && name.contains("consumer")
        {
            Field::CurrentOffset
        } else if name.ends_with("latest_offset")
            || name.ends_with("high_water_mark")
            || name == "kafka_topic_partition_current_offset"
        {
            Field::LogEndOffset
        } else if name.is_empty() {
            // A query like `sum by (…) (…)` loses the name: read it as lag.
            Field::Lag
        } else {
            continue;
        };
        let (Some(topic), Some(partition)) = (
            label(&["topic", "topic_name"]),
            label(&["partition", "partition_id"]).and_then(|p| p.parse::<i32>().ok()),
        ) else {
            continue;
        };
        let group = label(&["consumergroup", "group", "group_id", "consumer_group"]);
        let points = result
            .get("values")
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_else(|| result.get("value").cloned().into_iter().collect());
        let entry = samples.entry((group, Name::from(topic.as_str()), partition)).or_default();
        for (index, point) in points.iter().enumerate() {
            let Some((time_ms, number)) = read_point(point, &topic, partition, index, &mut diagnostics)
            else {
                continue;
            };
            if let Some(sample) = entry.iter_mut().find(|sample| sample.time_ms == time_ms) {
                field.set(sample, number);
            } else {
                let mut sample = LagSample::new(time_ms, None, None, None);
                field.set(&mut sample, number);
                entry.push(sample);
            }
        }
    }
    Some((LagSeries::from_samples(samples), diagnostics))
}

/// A point `[seconds, "value"]`: seconds since the epoch (up to the year 5138) and a whole number
/// an f64 holds exactly; anything else is said, naming the series and the point (a point without a
/// time is left out, a value beyond any offset is unknown).
fn read_point(
    point: &Value,
    topic: &str,
    partition: i32,
    index: usize,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<(i64, Option<i64>)> {
    let time_ms = point
        .get(0)
        .and_then(Value::as_f64)
        .filter(|time| time.is_finite() && (0.0..=MAX_EPOCH_S).contains(time))
        .map(|time| (time * 1000.0).round() as i64);
    let text = point.get(1).and_then(Value::as_str);
    let (Some(time_ms), Some(text)) = (time_ms, text) else {
        diagnostics.push(Diagnostic::warning(
            1,
            crate::msg!(
                "series-prometheus-bad-point",
                topic = topic,
                partition = partition,
                point = index + 1
            ),
        ));
        return None;
    };
    let number = text.trim().parse::<f64>().ok().filter(|value| value.is_finite() && value.fract() == 0.0);
    let number = match number {
        Some(value) if value.abs() <= MAX_EXACT => Some(value as i64),
        Some(_) => {
            diagnostics.push(Diagnostic::warning(
                1,
                crate::msg!(
                    "series-prometheus-value-out-of-range",
                    topic = topic,
                    partition = partition,
                    point = index + 1,
                    value = text,
                ),
            ));
            None
        }
        None => None,
    };
    Some((time_ms, number))
}

#[derive(Clone, Copy)]
enum Field {
    Lag,
    CurrentOffset,
    LogEndOffset,
}

impl Field {
    fn set(self, sample: &mut LagSample, value: Option<i64>) {
        match self {
            Self::Lag => sample.set_lag(value),
            Self::CurrentOffset => sample.set_current_offset(value.filter(|offset| *offset >= 0)),
            Self::LogEndOffset => sample.set_log_end_offset(value),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matrix_of_lag_and_offsets() {
        let text = r#"{"status":"success","data":{"resultType":"matrix","result":[
          {"metric":{"__name__":"kafka_consumergroup_lag","consumergroup":"orders","topic":"payments","partition":"2"},
           "values":[[1735689600,"88"],[1735689615,"NaN"],[1735689630,"97"]]},
          {"metric":{"__name__":"kafka_consumergroup_current_offset","consumergroup":"orders","topic":"payments","partition":"2"},
           "values":[[1735689600,"1000"],[1735689630,"1010"]]}]}}"#;
        let (series, diagnostics) = import_query_range(text).expect("a reply");
        assert!(diagnostics.is_empty());
        let samples = &series.partitions[0].samples;
        assert_eq!(samples.len(), 3, "{samples:?}");
        assert_eq!(samples[0].lag(), Some(88));
        assert_eq!(samples[1].lag(), None);
        assert_eq!(samples[2].current_offset(), Some(1010));
    }

    #[test]
    fn an_error_reply_is_said() {
        let said = |text: &str| {
            let (_, diagnostics) = import_query_range(text).expect("a reply");
            crate::l10n::english(&diagnostics[0].message)
        };
        assert_eq!(
            said(
                r#"{"status":"error","error":"parse error at char 5","data":{"resultType":"matrix","result":[]}}"#
            ),
            "Prometheus answered with an error: parse error at char 5"
        );
        assert_eq!(
            said(r#"{"status":"error","data":{"resultType":"matrix","result":[]}}"#),
            "Prometheus answered with an error: unknown error"
        );
    }

    #[test]
    fn a_time_or_value_beyond_any_real_one_is_said_and_the_rest_kept() {
        let text = r#"{"status":"success","data":{"resultType":"matrix","result":[
          {"metric":{"__name__":"kafka_consumergroup_lag","consumergroup":"g","topic":"t","partition":"0"},
           "values":[[-1e300,"1"],[1e300,"2"],[1735689600,"1e300"],[1735689615,"5"],["soon","6"]]}]}}"#;
        let (series, diagnostics) = import_query_range(text).expect("a reply");
        let said: Vec<String> = diagnostics.iter().map(|d| crate::l10n::english(&d.message)).collect();
        assert_eq!(said.len(), 4, "{said:?}");
        assert!(said[0].starts_with("t partition 0, point 1: expected"), "{said:?}");
        assert!(said[2].contains("point 3: 1e300 is beyond any offset or lag"), "{said:?}");
        let samples = &series.partitions[0].samples;
        assert_eq!(samples.iter().map(crate::series::LagSample::lag).collect::<Vec<_>>(), [None, Some(5)]);
        // And the whole analysis of it runs (no overflow on the way).
        let workbench = crate::workbench::build(
            vec![crate::workbench::Input::text("reply.json", text)],
            &crate::workbench::Options::default(),
        );
        assert_eq!(workbench.series.partitions.len(), 1);
    }
}
