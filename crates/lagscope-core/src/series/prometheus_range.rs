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
        for point in points {
            let (Some(time), Some(text)) =
                (point.get(0).and_then(Value::as_f64), point.get(1).and_then(Value::as_str))
            else {
                continue;
            };
            let number = text
                .parse::<f64>()
                .ok()
                .filter(|value| value.is_finite() && value.fract() == 0.0)
                .map(|value| value as i64);
            let time_ms = (time * 1000.0).round() as i64;
            if let Some(sample) = entry.iter_mut().find(|sample| sample.time_ms == time_ms) {
                field.set(sample, number);
            } else {
                let mut sample = LagSample {
                    time_ms,
                    current_offset: None,
                    log_end_offset: None,
                    lag: None,
                    host: None,
                    consumer_id: None,
                };
                field.set(&mut sample, number);
                entry.push(sample);
            }
        }
    }
    Some((LagSeries::from_samples(samples), diagnostics))
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
            Self::Lag => sample.lag = value,
            Self::CurrentOffset => sample.current_offset = value.filter(|offset| *offset >= 0),
            Self::LogEndOffset => sample.log_end_offset = value,
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
        assert_eq!(samples[0].lag, Some(88));
        assert_eq!(samples[1].lag, None);
        assert_eq!(samples[2].current_offset, Some(1010));
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
}
