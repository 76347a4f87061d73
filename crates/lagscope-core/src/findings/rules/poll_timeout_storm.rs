//! `poll-timeout-storm`: a poll loop slower than `max.poll.interval.ms`, from the configuration's
//! arithmetic or from a series in which every member leaves the group one interval after joining.

use serde_json::json;

use super::super::{Entities, Finding, FindingInputs, FindingSeverity, Rule, RuleDocs, grouped};
use super::analysis_group_name;

pub(crate) struct PollTimeoutStorm;

/// Kafka's default `max.poll.records`.
const DEFAULT_MAX_POLL_RECORDS: u32 = 500;
/// Kafka's default `max.poll.interval.ms`.
const DEFAULT_MAX_POLL_INTERVAL_MS: u64 = 300_000;

static DOCS: RuleDocs = RuleDocs {
    id: "poll-timeout-storm",
    severity: FindingSeverity::Critical,
    what: "A poll loop that cannot finish a batch within `max.poll.interval.ms`: `max.poll.records` × processing \
           time per record reaches the interval (from the configuration given); or, in a series of snapshots, \
           every member leaving the group at once `max.poll.interval.ms` after the members appeared (the \
           configured interval, else Kafka's default of 300 s, within the sampling interval).",
    why: "A consumer that does not call poll() within `max.poll.interval.ms` leaves the group: every member that \
          processes a full batch leaves at the same time, the group rebalances, the uncommitted batch is processed \
          again by someone else, and the cycle repeats every interval (the LeaveGroup storm of `shared/seeds/002`).",
    evidence: "`max.poll.records`, the processing time per record, the time a full batch takes, \
               `max.poll.interval.ms`, and the largest `max.poll.records` that fits with headroom; from a series, \
               when the members appeared and left (each bounded by the samples around it), how many members left, \
               and how many times it happened.",
    next: "Lower `max.poll.records` to the safe value (or below), raise `max.poll.interval.ms`, and bound the time of \
           each record: external calls need timeouts; one hung call makes one batch exceed any interval.",
};

impl Rule for PollTimeoutStorm {
    fn docs(&self) -> &'static RuleDocs {
        &DOCS
    }

    fn check(&self, inputs: &FindingInputs<'_>) -> Vec<Finding> {
        let interval_ms = inputs
            .config
            .and_then(|config| config.max_poll_interval_ms)
            .unwrap_or(DEFAULT_MAX_POLL_INTERVAL_MS);
        let interval_is_default = inputs.config.and_then(|config| config.max_poll_interval_ms).is_none();
        let mut findings = inputs
            .analysis
            .map(|report| storms(report, interval_ms, interval_is_default, &|ms| inputs.time(ms)))
            .unwrap_or_default();
        findings.extend(from_configuration(inputs));
        findings
    }
}

/// A member stint: members appeared between `joined.0` and `joined.1` and all left between `left.0`
/// and `left.1` (ms).
struct Stint {
    joined: (i64, i64),
    left: (i64, i64),
    n_members: usize,
}

/// Every member leaving at once, one interval after appearing, in each group's series.
fn storms(
    report: &crate::analyze::AnalysisReport,
    interval_ms: u64,
    interval_is_default: bool,
    time: &dyn Fn(i64) -> String,
) -> Vec<Finding> {
    let interval_ms = i64::try_from(interval_ms).unwrap_or(i64::MAX);
    let mut findings = Vec::new();
    for group in &report.groups {
        let timeline = &group.members_timeline;
        let mut stints = Vec::new();
        let mut joined = None;
        for pair in timeline.windows(2) {
            let ((before_ms, before), (after_ms, after)) = (pair[0], pair[1]);
            if before == 0 && after > 0 {
                joined = Some((before_ms, after_ms));
            } else if before > 0
                && after == 0
                && let Some(joined) = joined.take()
            {
                stints.push(Stint { joined, left: (before_ms, after_ms), n_members: before });
            }
        }
        // The stint can have lasted anywhere from (left.0 − joined.1) to (left.1 − joined.0).
        let matching: Vec<&Stint> = stints
            .iter()
            .filter(|stint| {
                stint.left.0 - stint.joined.1 <= interval_ms && interval_ms <= stint.left.1 - stint.joined.0
            })
            .collect();
        let Some(first) = matching.first() else { continue };
        let lag_at =
            |time_ms: i64| group.lag_timeline.iter().find(|(time, _)| *time == time_ms).map(|(_, lag)| *lag);
        let lowest_lag = group
            .lag_timeline
            .iter()
            .filter(|(time, _)| (first.joined.1..=first.left.0).contains(time))
            .map(|(_, lag)| *lag)
            .min();
        let (lag_before, lag_after) = (lag_at(first.joined.0), lag_at(first.left.1));
        let lag_story = match (lag_before, lowest_lag, lag_after) {
            (Some(before), Some(lowest), Some(after)) => format!(
                " The group's lag went from {} to {} while they were in, and was {} after they left.",
                grouped(before),
                grouped(lowest),
                grouped(after)
            ),
            _ => String::new(),
        };
        let group_label = analysis_group_name(group);
        let seconds = interval_ms / 1000;
        let times = if matching.len() == 1 { "once".to_owned() } else { format!("{} times", matching.len()) };
        findings.push(Finding {
            rule: DOCS.id,
            severity: DOCS.severity,
            title: format!(
                "all {} members left {group_label} max.poll.interval.ms ({seconds} s) after joining, {times}",
                first.n_members
            ),
            summary: format!(
                "The members appeared between {} and {} and were all gone between {} and {}: a stay of {}–{} s, \
                 which brackets max.poll.interval.ms = {seconds} s. Members that leave together one interval \
                 after a rebalance did not call poll() in time: a batch (max.poll.records × time per record, or \
                 one hung call) outlasts the interval, the group rebalances, and the batch is processed again.\
                 {lag_story}",
                time(first.joined.0),
                time(first.joined.1),
                time(first.left.0),
                time(first.left.1),
                (first.left.0 - first.joined.1) / 1000,
                (first.left.1 - first.joined.0) / 1000,
            ),
            evidence: [
                ("max_poll_interval_ms", json!(interval_ms)),
                ("max_poll_interval_ms_is_default", json!(interval_is_default)),
                ("joined_after_ms", json!(first.joined.0)),
                ("joined_by_ms", json!(first.joined.1)),
                ("left_after_ms", json!(first.left.0)),
                ("left_by_ms", json!(first.left.1)),
                ("members_left", json!(first.n_members)),
                ("lag_before_join", json!(lag_before)),
                ("lowest_lag_while_joined", json!(lowest_lag)),
                ("lag_after_leave", json!(lag_after)),
                ("storms", json!(matching.len())),
            ]
            .into_iter()
            .collect(),
            entities: Entities { groups: vec![group_label], ..Entities::default() },
        });
    }
    findings
}

/// `max.poll.records` × time per record against the interval, from the configuration given.
fn from_configuration(inputs: &FindingInputs<'_>) -> Vec<Finding> {
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
