//! The offset-reset planner: what `kafka-consumer-groups.sh --reset-offsets` would do to a group
//! as dumped, partition by partition (before, after, records skipped or replayed), and the exact
//! command to preview it (`--dry-run`) and apply it (`--execute`).
//!
//! Kafka clamps a new offset into `[log-start, log-end]`; a dump shows the log-end offset but not
//! the log-start offset, so "earliest" and anything below the current offset is bounded only from
//! above, and says so.

use serde::{Deserialize, Serialize};

use crate::l10n::Message;
use crate::model::GroupSnapshot;
use crate::msg;
use crate::series::LagSeries;

/// Where to move the committed offsets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "value", rename_all = "kebab-case")]
pub enum ResetTarget {
    /// `--to-earliest`: the log-start offset (not in a dump).
    ToEarliest,
    /// `--to-latest`: the log-end offset; the lag is skipped.
    ToLatest,
    /// `--to-offset N`.
    ToOffset(i64),
    /// `--shift-by N` (negative: back, replaying).
    ShiftBy(i64),
    /// `--to-datetime`: the first offset at or after this time (ms since the epoch, UTC),
    /// estimated from the series' log-end offsets.
    ToDatetime(i64),
}

/// What to reset.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ResetSpec {
    /// `--bootstrap-server`.
    pub bootstrap_server: String,
    /// Where to.
    pub target: ResetTarget,
    /// `--topic` filters; empty: `--all-topics`.
    pub topics: Vec<String>,
}

/// One partition's plan.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ResetRow {
    /// Topic.
    pub topic: String,
    /// Partition.
    pub partition: i32,
    /// Committed offset now (`None`: none committed).
    pub current_offset: Option<i64>,
    /// Log-end offset now.
    pub log_end_offset: Option<i64>,
    /// The offset after the reset (`None`: it depends on what the dump does not show).
    pub new_offset: Option<i64>,
    /// Records skipped (never consumed) by moving forward.
    pub skipped: Option<i64>,
    /// Records consumed again by moving back.
    pub replayed: Option<i64>,
    /// Why a figure is unknown or estimated, if it is.
    pub note: Option<Message>,
}

/// The plan.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ResetPlan {
    /// Per partition, in (topic, partition) order.
    pub rows: Vec<ResetRow>,
    /// Sum of the known skipped records.
    pub total_skipped: i64,
    /// Sum of the known replayed records.
    pub total_replayed: i64,
    /// The preview command.
    pub dry_run: String,
    /// The command that applies it (the group must have no active members).
    pub execute: String,
    /// Whether the group looks active (Kafka refuses to reset an active group).
    pub group_is_active: bool,
}

/// `2026-11-22T03:10:00.000` (UTC, the form `--to-datetime` takes).
fn datetime(time_ms: i64) -> String {
    let text = crate::series::clock::utc(time_ms);
    format!("{}T{}.{:03}", &text[..10], &text[11..], time_ms.rem_euclid(1000))
}

fn quote(value: &str) -> String {
    if value.chars().all(|c| c.is_ascii_alphanumeric() || "-_.:/,=".contains(c)) && !value.is_empty() {
        value.to_owned()
    } else {
        format!("'{}'", value.replace('\'', r"'\''"))
    }
}

/// The log-end offset of a partition at `time_ms`, interpolated between the series' samples.
fn log_end_at(
    series: &LagSeries,
    group: Option<&str>,
    topic: &str,
    partition: i32,
    time_ms: i64,
) -> Option<i64> {
    let samples = &series
        .partitions
        .iter()
        .find(|p| p.group.as_deref() == group && &*p.topic == topic && p.partition == partition)?
        .samples;
    let points: Vec<(i64, i64)> =
        samples.iter().filter_map(|s| s.log_end_offset().map(|o| (s.time_ms, o))).collect();
    let after = points.iter().position(|&(t, _)| t >= time_ms)?;
    if after == 0 {
        return (points[0].0 == time_ms).then_some(points[0].1);
    }
    let (t0, o0) = points[after - 1];
    let (t1, o1) = points[after];
    let fraction = (time_ms - t0) as f64 / (t1 - t0).max(1) as f64;
    Some(o0 + ((o1 - o0) as f64 * fraction).round() as i64)
}

/// Plans the reset of `group` (as dumped); `series` serves `--to-datetime`.
#[must_use]
pub fn plan(group: &GroupSnapshot, spec: &ResetSpec, series: Option<&LagSeries>) -> ResetPlan {
    let mut rows = Vec::new();
    for partition in &group.partitions {
        if !spec.topics.is_empty() && !spec.topics.iter().any(|topic| **topic == *partition.topic) {
            continue;
        }
        let current = partition.current_offset;
        let end = partition.log_end_offset;
        let mut note = None;
        let new_offset = match spec.target {
            ResetTarget::ToLatest => end,
            ResetTarget::ToEarliest => {
                note = Some(msg!("reset-note-earliest"));
                None
            }
            ResetTarget::ToOffset(offset) => match end {
                Some(end) if offset > end => {
                    note = Some(msg!("reset-note-past-log-end", offset = offset, end = end));
                    Some(end)
                }
                _ => Some(offset.max(0)),
            },
            ResetTarget::ShiftBy(shift) => current.map(|current| {
                let wanted = current.saturating_add(shift);
                match end {
                    Some(end) if wanted > end => end,
                    _ => wanted.max(0),
                }
            }),
            ResetTarget::ToDatetime(time_ms) => {
                let estimate = series.and_then(|series| {
                    log_end_at(series, group.group.as_deref(), &partition.topic, partition.partition, time_ms)
                });
                note = Some(if estimate.is_some() {
                    msg!("reset-note-datetime-estimated")
                } else {
                    msg!("reset-note-datetime-beyond-series")
                });
                estimate
            }
        };
        if current.is_none() && note.is_none() {
            note = Some(msg!("reset-note-no-commit"));
        }
        let (skipped, replayed) = match (current, new_offset) {
            (Some(current), Some(new)) => (Some((new - current).max(0)), Some((current - new).max(0))),
            _ => (None, None),
        };
        rows.push(ResetRow {
            topic: partition.topic.to_string(),
            partition: partition.partition,
            current_offset: current,
            log_end_offset: end,
            new_offset,
            skipped,
            replayed,
            note,
        });
    }
    crate::order::sort_by(&mut rows, |a, b| a.topic.cmp(&b.topic).then(a.partition.cmp(&b.partition)));
    let target = match spec.target {
        ResetTarget::ToEarliest => "--to-earliest".to_owned(),
        ResetTarget::ToLatest => "--to-latest".to_owned(),
        ResetTarget::ToOffset(offset) => format!("--to-offset {offset}"),
        ResetTarget::ShiftBy(shift) => format!("--shift-by {shift}"),
        ResetTarget::ToDatetime(time_ms) => format!("--to-datetime {}", datetime(time_ms)),
    };
    let scope = if spec.topics.is_empty() {
        "--all-topics".to_owned()
    } else {
        spec.topics.iter().map(|topic| format!("--topic {}", quote(topic))).collect::<Vec<_>>().join(" ")
    };
    let group_id = group.group.clone().unwrap_or_else(|| "<group>".to_owned());
    let base = format!(
        "kafka-consumer-groups.sh --bootstrap-server {} --group {} --reset-offsets {target} {scope}",
        quote(&spec.bootstrap_server),
        quote(&group_id)
    );
    let group_is_active = group.member_count().is_some_and(|n| n > 0)
        || group.partitions.iter().any(|p| p.consumer_id.is_some());
    ResetPlan {
        total_skipped: rows.iter().filter_map(|r| r.skipped).sum(),
        total_replayed: rows.iter().filter_map(|r| r.replayed).sum(),
        rows,
        dry_run: format!("{base} --dry-run"),
        execute: format!("{base} --execute"),
        group_is_active,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::parse;

    const DUMP: &str = "GROUP TOPIC PARTITION CURRENT-OFFSET LOG-END-OFFSET LAG CONSUMER-ID HOST CLIENT-ID\n\
        orders payments 0 100 160 60 - - -\n\
        orders payments 1 - 50 - - - -\n\
        orders refunds 0 10 12 2 - - -\n";

    fn spec(target: ResetTarget, topics: &[&str]) -> ResetSpec {
        ResetSpec {
            bootstrap_server: "kafka:9092".to_owned(),
            target,
            topics: topics.iter().map(|t| (*t).to_owned()).collect(),
        }
    }

    #[test]
    fn to_latest_skips_the_lag_and_writes_the_command() {
        let group = parse(DUMP).snapshot.groups.remove(0);
        let plan = plan(&group, &spec(ResetTarget::ToLatest, &["payments"]), None);
        assert_eq!(plan.rows.len(), 2);
        assert_eq!(plan.rows[0].skipped, Some(60));
        assert_eq!(plan.rows[1].new_offset, Some(50));
        assert_eq!(plan.rows[1].skipped, None, "no committed offset: nothing is skipped or replayed");
        assert_eq!(plan.total_skipped, 60);
        assert_eq!(
            plan.dry_run,
            "kafka-consumer-groups.sh --bootstrap-server kafka:9092 --group orders --reset-offsets --to-latest --topic payments --dry-run"
        );
        assert!(plan.execute.ends_with("--execute"));
    }

    #[test]
    fn shifting_back_replays_and_past_the_end_clamps() {
        let group = parse(DUMP).snapshot.groups.remove(0);
        let back = plan(&group, &spec(ResetTarget::ShiftBy(-30), &[]), None);
        assert_eq!(back.rows[0].replayed, Some(30));
        assert!(back.dry_run.contains("--shift-by -30 --all-topics"));
        let far = plan(&group, &spec(ResetTarget::ToOffset(1_000), &["refunds"]), None);
        assert_eq!(far.rows[0].new_offset, Some(12));
        let note = far.rows[0].note.as_ref().map(crate::l10n::english).unwrap_or_default();
        assert_eq!(note, "1,000 is past the log end; Kafka sets 12");
        let korean = crate::l10n::Localizer::bundled(crate::l10n::Lang::Ko);
        assert_eq!(
            far.rows[0].note.as_ref().map(|note| korean.render(note)).unwrap_or_default(),
            "요청한 오프셋(1,000)이 로그 끝보다 뒤에 있어, Kafka는 로그 끝 오프셋(12)으로 설정합니다"
        );
    }

    #[test]
    fn datetime_is_written_in_the_form_kafka_reads() {
        assert_eq!(datetime(1_700_000_000_123), "2023-11-14T22:13:20.123");
    }
}
