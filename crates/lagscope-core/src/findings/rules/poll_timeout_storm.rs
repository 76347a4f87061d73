//! `poll-timeout-storm`: a poll loop slower than `max.poll.interval.ms`.

use serde_json::json;

use super::super::{Entities, Finding, FindingInputs, FindingSeverity, Rule, RuleDocs, grouped};

pub(crate) struct PollTimeoutStorm;

/// Kafka's default `max.poll.records`.
const DEFAULT_MAX_POLL_RECORDS: u32 = 500;
/// Kafka's default `max.poll.interval.ms`.
const DEFAULT_MAX_POLL_INTERVAL_MS: u64 = 300_000;

static DOCS: RuleDocs = RuleDocs {
    id: "poll-timeout-storm",
    severity: FindingSeverity::Critical,
    what: "A poll loop that cannot finish a batch within `max.poll.interval.ms`: `max.poll.records` × processing \
           time per record reaches the interval (from the configuration given).",
    why: "A consumer that does not call poll() within `max.poll.interval.ms` leaves the group: every member that \
          processes a full batch leaves at the same time, the group rebalances, the uncommitted batch is processed \
          again by someone else, and the cycle repeats every interval (the LeaveGroup storm of `shared/seeds/002`).",
    evidence: "`max.poll.records`, the processing time per record, the time a full batch takes, \
               `max.poll.interval.ms`, and the largest `max.poll.records` that fits with headroom.",
    next: "Lower `max.poll.records` to the safe value (or below), raise `max.poll.interval.ms`, and bound the time of \
           each record: external calls need timeouts; one hung call makes one batch exceed any interval.",
};

impl Rule for PollTimeoutStorm {
    fn docs(&self) -> &'static RuleDocs {
        &DOCS
    }

    fn check(&self, inputs: &FindingInputs<'_>) -> Vec<Finding> {
        let Some(config) = inputs.config else { return Vec::new() };
        let Some(per_record_ms) = config.processing_ms_per_record.filter(|ms| *ms > 0.0) else {
            return Vec::new();
        };
        let records = config.max_poll_records.unwrap_or(DEFAULT_MAX_POLL_RECORDS);
        let interval_ms = config.max_poll_interval_ms.unwrap_or(DEFAULT_MAX_POLL_INTERVAL_MS);
        let batch_ms = f64::from(records) * per_record_ms;
        if batch_ms < interval_ms as f64 {
            return Vec::new();
        }
        // Keep a batch within half the interval: processing time varies.
        let safe_records = ((interval_ms as f64 * 0.5) / per_record_ms).floor().max(1.0) as u64;
        vec![Finding {
            rule: DOCS.id,
            severity: DOCS.severity,
            title: format!(
                "a full batch takes {} s, more than max.poll.interval.ms ({} s)",
                grouped((batch_ms / 1000.0).round() as i64),
                grouped(i64::try_from(interval_ms / 1000).unwrap_or(i64::MAX))
            ),
            summary: format!(
                "{records} records × {per_record_ms} ms = {} ms per poll, ≥ max.poll.interval.ms = {} ms: each member that gets \
                 a full batch leaves the group {} s after the rebalance, and the group rebalances again. Set \
                 max.poll.records to {safe_records} or less (half the interval at this speed), or raise the interval.",
                grouped(batch_ms.round() as i64),
                grouped(i64::try_from(interval_ms).unwrap_or(i64::MAX)),
                grouped(i64::try_from(interval_ms / 1000).unwrap_or(i64::MAX)),
            ),
            evidence: [
                ("max_poll_records", json!(records)),
                ("processing_ms_per_record", json!(per_record_ms)),
                ("batch_ms", json!(batch_ms)),
                ("max_poll_interval_ms", json!(interval_ms)),
                ("safe_max_poll_records", json!(safe_records)),
                ("max_poll_records_is_default", json!(config.max_poll_records.is_none())),
                ("max_poll_interval_ms_is_default", json!(config.max_poll_interval_ms.is_none())),
            ]
            .into_iter()
            .collect(),
            entities: Entities::default(),
        }]
    }
}
