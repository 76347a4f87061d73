//! `poll-timeout-storm`: a poll loop slower than `max.poll.interval.ms`, from the configuration's
//! arithmetic, from a series in which every member leaves the group one interval after joining,
//! or from consumer logs in which members leave for a poll timeout (counted per storm:
//! leaves at most a minute apart, `logs::timeline::STORM_GAP_MS`).

use serde_json::json;

use super::super::{Entities, Finding, FindingInputs, FindingSeverity, Rule, RuleDocs, clause};
use super::{analysis_group_label, analysis_group_name};
#[cfg(feature = "logs")]
use super::{log_group_label, log_group_name, protocol_arg};
use crate::l10n::Arg;
use crate::msg;
use crate::series::clock::Zone;

pub(crate) struct PollTimeoutStorm;

/// Kafka's default `max.poll.records`.
const DEFAULT_MAX_POLL_RECORDS: u32 = 500;
/// Kafka's default `max.poll.interval.ms`.
const DEFAULT_MAX_POLL_INTERVAL_MS: u64 = 300_000;

pub(super) static DOCS: RuleDocs = RuleDocs { id: "poll-timeout-storm", severity: FindingSeverity::Critical };

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
            .map(|report| storms(report, interval_ms, interval_is_default, inputs.zone))
            .unwrap_or_default();
        #[cfg(feature = "logs")]
        if let Some(logs) = inputs.logs {
            findings.extend(from_logs(logs, interval_ms, interval_is_default, inputs.zone));
        }
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
    zone: Option<&Zone>,
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
            (Some(before), Some(lowest), Some(after)) => {
                Some(msg!("finding-poll-timeout-storm-lag", before = before, lowest = lowest, after = after))
            }
            _ => None,
        };
        let group_label = analysis_group_name(group);
        findings.push(Finding {
            rule: DOCS.id,
            severity: DOCS.severity,
            title: msg!(
                "finding-poll-timeout-storm-title",
                members = first.n_members,
                group = analysis_group_label(group),
                interval = Arg::millis(interval_ms),
                storms = matching.len(),
            ),
            summary: msg!(
                "finding-poll-timeout-storm-summary",
                joined_after = Arg::time(first.joined.0, zone),
                joined_by = Arg::time(first.joined.1, zone),
                left_after = Arg::time(first.left.0, zone),
                left_by = Arg::time(first.left.1, zone),
                stay_min = Arg::millis(first.left.0 - first.joined.1),
                stay_max = Arg::millis(first.left.1 - first.joined.0),
                interval = Arg::millis(interval_ms),
                lag_story = clause(lag_story),
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

#[cfg(feature = "logs")]
/// Members the logs say left for a poll timeout, per group, with the storms they left in.
fn from_logs(
    logs: &crate::logs::LogTimeline,
    interval_ms: u64,
    interval_is_default: bool,
    zone: Option<&Zone>,
) -> Vec<Finding> {
    let mut findings = Vec::new();
    for group in &logs.groups {
        let Some(largest) = group.storms.iter().max_by_key(|storm| (storm.members, -storm.start_ms)) else {
            continue;
        };
        let members_left = group.poll_timeout_members;
        let (stay_min, stay_max) = (largest.stays_ms.first().copied(), largest.stays_ms.last().copied());
        let stay = match (stay_min, stay_max) {
            (Some(min), Some(max)) => Some(msg!(
                "finding-poll-timeout-storm-logs-stay",
                stay_min = Arg::millis(min),
                stay_max = Arg::millis(max),
                interval = Arg::millis(i64::try_from(interval_ms).unwrap_or(i64::MAX)),
            )),
            _ => None,
        };
        findings.push(Finding {
            rule: DOCS.id,
            severity: if largest.members >= 2 { DOCS.severity } else { FindingSeverity::Warning },
            title: msg!(
                "finding-poll-timeout-storm-logs-title",
                members = members_left,
                group = log_group_label(group),
                storms = group.storms.len(),
            ),
            summary: msg!(
                "finding-poll-timeout-storm-logs-summary",
                largest = largest.members,
                start = Arg::time(largest.start_ms, zone),
                end = Arg::time(largest.end_ms, zone),
                hosts = Arg::list(&largest.hosts),
                n_hosts = largest.hosts.len(),
                stay = clause(stay),
                protocol = protocol_arg(group),
            ),
            evidence: [
                ("max_poll_interval_ms", json!(interval_ms)),
                ("max_poll_interval_ms_is_default", json!(interval_is_default)),
                ("members_left", json!(members_left)),
                ("storms", json!(group.storms.len())),
                ("largest_storm_members", json!(largest.members)),
                ("largest_storm_start_ms", json!(largest.start_ms)),
                ("largest_storm_end_ms", json!(largest.end_ms)),
                ("shortest_stay_ms", json!(stay_min)),
                ("longest_stay_ms", json!(stay_max)),
            ]
            .into_iter()
            .collect(),
            entities: Entities {
                groups: vec![log_group_name(group)],
                hosts: largest.hosts.clone(),
                ..Entities::default()
            },
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
        title: msg!(
            "finding-poll-timeout-config-title",
            batch = Arg::seconds(batch_ms / 1000.0),
            interval = Arg::millis(i64::try_from(interval_ms).unwrap_or(i64::MAX)),
        ),
        summary: msg!(
            "finding-poll-timeout-config-summary",
            records = records,
            per_record_ms = Arg::amount(per_record_ms),
            batch_ms = Arg::decimal(batch_ms, 0),
            interval_ms = interval_ms,
            interval = Arg::millis(i64::try_from(interval_ms).unwrap_or(i64::MAX)),
            safe = safe_records,
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
