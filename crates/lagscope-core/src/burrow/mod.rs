//! Burrow's consumer-lag evaluation, exactly: the sliding-window partition rules (OK, WARN, STOP,
//! STALL, REWIND), `complete`, and the group roll-up (NOTFOUND, OK, WARN, ERR) with `maxlag` and
//! `totallag`, as `linkedin/Burrow` `core/internal/evaluator/caching.go` computes them (commit
//! ced55ba; `shared/reference/lag-evaluation.md` §1).
//!
//! Every partition verdict also says which rule decided it and the numbers it compared, the answer
//! to Burrow's most common question, "why is this OK?".
//!
//! Burrow reads the clock; here `now_ms` is an argument. Like Burrow, only whole seconds of it
//! count (`time.Now().Unix()`).
//!
//! One divergence, on purpose: a window whose slots are all empty makes Burrow keep one nil entry
//! and then dereference it (a crash when the rules run). Here such a partition is OK with
//! `complete = 1/len`, `start` and `end` null, and the rule `no-commits`.

mod rules;

use serde::{Deserialize, Serialize};

use crate::l10n::{Arg, Message};

/// Evaluator settings (Burrow's `evaluator` and `storage` sections).
#[derive(Debug, Clone, Copy, PartialEq, Deserialize, Serialize)]
pub struct EvaluatorConfig {
    /// Lag at or below this counts as zero (`allowed-lag`, default 0).
    #[serde(default)]
    pub allowed_lag: u64,
    /// Partitions whose window is less complete than this stay OK (`minimum-complete`, default 0).
    /// A fraction from 0 to 1: anything else is refused where it is read.
    #[serde(default, deserialize_with = "minimum_complete")]
    pub minimum_complete: f32,
    /// The ring size (`intervals`, default 10); informational here, since windows come sized.
    #[serde(default = "default_intervals")]
    pub intervals: usize,
}

/// `minimum_complete` as Burrow takes it: a fraction of the window from 0 to 1. A number past
/// `f32`'s range would otherwise be read as an infinity that no window reaches.
fn minimum_complete<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<f32, D::Error> {
    let value = f64::deserialize(deserializer)?;
    if (0.0..=1.0).contains(&value) {
        Ok(value as f32)
    } else {
        Err(serde::de::Error::custom(format!("minimum_complete must be a fraction from 0 to 1, not {value}")))
    }
}

/// The largest ring a window may have: Burrow's own configurations use tens of intervals; a ring
/// is allocated per partition, so a size from input is bounded here.
pub const MAX_INTERVALS: usize = 10_000;

fn default_intervals() -> usize {
    10
}

impl Default for EvaluatorConfig {
    fn default() -> Self {
        Self { allowed_lag: 0, minimum_complete: 0.0, intervals: default_intervals() }
    }
}

/// One committed offset in a partition's window.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
pub struct WindowEntry {
    /// The committed offset.
    pub offset: i64,
    /// The commit's timestamp, in milliseconds.
    pub timestamp_ms: i64,
    /// The lag when the commit arrived; `None` for back-filled commits.
    pub lag: Option<u64>,
}

/// A partition's evaluator input.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
pub struct PartitionWindow {
    /// Topic name.
    pub topic: String,
    /// Partition number.
    pub partition: i32,
    /// The commit ring, oldest first; `None` for an empty slot.
    pub window: Vec<Option<WindowEntry>>,
    /// Recent log-end offsets, oldest first.
    #[serde(default)]
    pub broker_offsets: Vec<i64>,
    /// Newest log-end offset − newest committed offset, floored at 0.
    pub current_lag: u64,
    /// The owning host, as Burrow reports it.
    #[serde(default)]
    pub owner: Option<String>,
    /// The owning client id.
    #[serde(default)]
    pub client_id: Option<String>,
}

/// A status, ordered as Burrow orders them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Status {
    /// The group is unknown.
    #[serde(rename = "NOTFOUND")]
    NotFound,
    /// Nothing wrong.
    #[serde(rename = "OK")]
    Ok,
    /// The lag is not decreasing.
    #[serde(rename = "WARN")]
    Warn,
    /// The group has a stopped, stalled or rewound partition.
    #[serde(rename = "ERR")]
    Err,
    /// The consumer stopped committing.
    #[serde(rename = "STOP")]
    Stop,
    /// The consumer commits the same offset over and over with lag.
    #[serde(rename = "STALL")]
    Stall,
    /// The committed offset went backwards and has not recovered.
    #[serde(rename = "REWIND")]
    Rewind,
}

impl Status {
    /// Burrow's spelling.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Self::NotFound => "NOTFOUND",
            Self::Ok => "OK",
            Self::Warn => "WARN",
            Self::Err => "ERR",
            Self::Stop => "STOP",
            Self::Stall => "STALL",
            Self::Rewind => "REWIND",
        }
    }
}

/// Which rule decided a partition's status, with the numbers it compared.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Decision {
    /// A stable id: `no-commits`, `incomplete`, `lag-within-allowed`, `stop`, `rewind`,
    /// `lag-zero-in-window`, `stall`, `lag-not-decreasing`, `ok`.
    pub rule: &'static str,
    /// The comparison, in words and numbers (`burrow-<rule>`).
    pub detail: Message,
}

impl Decision {
    /// No commit in the window: Burrow has nothing to judge and says OK.
    fn no_commits() -> Self {
        Self { rule: "no-commits", detail: crate::msg!("burrow-no-commits") }
    }
}

/// A partition's verdict.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PartitionStatus {
    /// Topic name.
    pub topic: String,
    /// Partition number.
    pub partition: i32,
    /// The verdict.
    pub status: Status,
    /// Non-empty share of the window, as Burrow's float32.
    pub complete: f32,
    /// As given.
    pub current_lag: u64,
    /// The oldest commit in the window.
    pub start: Option<WindowEntry>,
    /// The newest commit in the window.
    pub end: Option<WindowEntry>,
    /// Why.
    pub rule: Decision,
}

/// The partition with the greatest current lag.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MaxLag {
    /// Topic name.
    pub topic: String,
    /// Partition number.
    pub partition: i32,
    /// Its current lag.
    pub current_lag: u64,
}

/// A group's verdict.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GroupStatus {
    /// NOTFOUND, OK, WARN or ERR.
    pub status: Status,
    /// Share of partitions whose window is complete, as Burrow's float32.
    pub complete: f32,
    /// Sum of the partitions' current lags.
    pub total_lag: u64,
    /// The first partition with strictly the greatest current lag.
    pub max_lag: Option<MaxLag>,
    /// Every partition, in input order.
    pub partitions: Vec<PartitionStatus>,
}

/// Evaluates one partition (`evaluatePartitionStatus`).
#[must_use]
pub fn evaluate_partition(input: &PartitionWindow, config: &EvaluatorConfig, now_ms: i64) -> PartitionStatus {
    let mut status = PartitionStatus {
        topic: input.topic.clone(),
        partition: input.partition,
        status: Status::Ok,
        complete: 0.0,
        current_lag: input.current_lag,
        start: None,
        end: None,
        rule: Decision::no_commits(),
    };
    if input.window.is_empty() {
        return status;
    }
    // Leading empty slots are trimmed; Burrow keeps one when all are empty.
    let first_used = input.window.iter().position(Option::is_some).unwrap_or(input.window.len() - 1);
    let kept = &input.window[first_used..];
    status.complete =
        if kept.len() < input.window.len() { kept.len() as f32 / input.window.len() as f32 } else { 1.0 };
    // Burrow's ring has no empty slot after a used one; an input that has one is read without it.
    let offsets: Vec<WindowEntry> = kept.iter().flatten().copied().collect();
    if offsets.is_empty() {
        return status;
    }
    status.start = offsets.first().copied();
    status.end = offsets.last().copied();
    if status.complete < config.minimum_complete {
        status.rule = Decision {
            rule: "incomplete",
            detail: crate::msg!(
                "burrow-incomplete",
                complete = Arg::decimal(f64::from(status.complete), 2),
                minimum_complete = Arg::decimal(f64::from(config.minimum_complete), 2),
            ),
        };
        return status;
    }
    let (verdict, decision) = calculate_partition_status(
        &offsets,
        &input.broker_offsets,
        input.current_lag,
        now_ms.div_euclid(1000),
        config.allowed_lag,
    );
    status.status = verdict;
    status.rule = decision;
    status
}

/// The rules in Burrow's order (`calculatePartitionStatus`), with the deciding rule.
fn calculate_partition_status(
    offsets: &[WindowEntry],
    broker_offsets: &[i64],
    current_lag: u64,
    now_s: i64,
    allowed_lag: u64,
) -> (Status, Decision) {
    let decision = |rule: &'static str, detail: Message| Decision { rule, detail };
    if current_lag <= allowed_lag {
        return (
            Status::Ok,
            decision(
                "lag-within-allowed",
                crate::msg!(
                    "burrow-lag-within-allowed",
                    current_lag = current_lag,
                    allowed_lag = allowed_lag
                ),
            ),
        );
    }
    let (Some(first), Some(last)) = (offsets.first(), offsets.last()) else {
        return (Status::Ok, Decision::no_commits());
    };
    let since_last_ms = now_s.saturating_mul(1000).saturating_sub(last.timestamp_ms);
    let span_ms = last.timestamp_ms.saturating_sub(first.timestamp_ms);
    if rules::check_if_offsets_stopped(offsets, now_s)
        && !rules::check_if_recent_lag_zero(offsets, broker_offsets)
    {
        return (
            Status::Stop,
            decision(
                "stop",
                crate::msg!(
                    "burrow-stop",
                    since_last_commit = Arg::millis(since_last_ms),
                    span = Arg::millis(span_ms),
                    broker_offsets = Arg::Counts(broker_offsets.to_vec()),
                    last_offset = last.offset,
                ),
            ),
        );
    }
    if let Some(index) = rules::check_if_offsets_rewind(offsets)
        && !rules::check_if_rewind_recovered(offsets, index)
    {
        return (
            Status::Rewind,
            decision(
                "rewind",
                crate::msg!(
                    "burrow-rewind",
                    offset = offsets[index].offset,
                    previous = offsets[index - 1].offset,
                    // Burrow's index counts from 0; people count commits from 1.
                    index = index + 1,
                ),
            ),
        );
    }
    if !rules::is_lag_always_not_zero(offsets, allowed_lag) {
        return (
            Status::Ok,
            decision(
                "lag-zero-in-window",
                crate::msg!("burrow-lag-zero-in-window", allowed_lag = allowed_lag),
            ),
        );
    }
    if rules::check_if_offsets_stalled(offsets) {
        return (
            Status::Stall,
            decision(
                "stall",
                crate::msg!(
                    "burrow-stall",
                    count = offsets.len(),
                    offset = last.offset,
                    current_lag = current_lag,
                ),
            ),
        );
    }
    if rules::check_if_lag_not_decreasing(offsets) {
        // The lags in the order they were committed, as the rule reads them.
        let lags = Arg::Sequence(
            offsets
                .iter()
                .filter_map(|offset| offset.lag)
                .map(|lag| i64::try_from(lag).unwrap_or(i64::MAX))
                .collect(),
        );
        return (
            Status::Warn,
            decision("lag-not-decreasing", crate::msg!("burrow-lag-not-decreasing", lags = lags)),
        );
    }
    (
        Status::Ok,
        decision(
            "ok",
            crate::msg!(
                "burrow-ok",
                since_last_commit = Arg::millis(since_last_ms),
                span = Arg::millis(span_ms)
            ),
        ),
    )
}

/// Evaluates a group (`evaluateConsumerStatus`). `None` is a group Burrow does not know.
#[must_use]
pub fn evaluate_group(
    partitions: Option<&[PartitionWindow]>,
    config: &EvaluatorConfig,
    now_ms: i64,
) -> GroupStatus {
    let Some(partitions) = partitions else {
        return GroupStatus {
            status: Status::NotFound,
            complete: 1.0,
            total_lag: 0,
            max_lag: None,
            partitions: Vec::new(),
        };
    };
    let statuses: Vec<PartitionStatus> =
        partitions.iter().map(|partition| evaluate_partition(partition, config, now_ms)).collect();
    let mut status = Status::Ok;
    for partition in &statuses {
        if partition.status > status {
            // STOP, STALL and REWIND make the group ERR; WARN makes it WARN.
            status = if partition.status > Status::Err { Status::Err } else { partition.status };
        }
    }
    // Burrow counts only windows whose float32 `complete` is exactly 1.0.
    #[allow(clippy::float_cmp, reason = "Burrow compares the float32 exactly")]
    let n_complete = statuses.iter().filter(|partition| partition.complete == 1.0).count();
    let complete = if statuses.is_empty() { 0.0 } else { n_complete as f32 / statuses.len() as f32 };
    let total_lag = statuses.iter().fold(0_u64, |sum, partition| sum.saturating_add(partition.current_lag));
    let mut max_lag: Option<MaxLag> = None;
    for partition in &statuses {
        if max_lag.as_ref().is_none_or(|max| partition.current_lag > max.current_lag) {
            max_lag = Some(MaxLag {
                topic: partition.topic.clone(),
                partition: partition.partition,
                current_lag: partition.current_lag,
            });
        }
    }
    GroupStatus { status, complete, total_lag, max_lag, partitions: statuses }
}

/// The input of `lagscope evaluate`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct EvaluateRequest {
    /// The evaluation time, in milliseconds.
    pub now_ms: i64,
    /// Evaluator settings.
    #[serde(default)]
    pub config: EvaluatorConfig,
    /// Groups to evaluate.
    pub groups: Vec<GroupWindows>,
}

/// A group's windows in an [`EvaluateRequest`].
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct GroupWindows {
    /// The group id.
    pub group: String,
    /// Its partitions; null or missing for a group Burrow does not know (NOTFOUND).
    #[serde(default)]
    pub partitions: Option<Vec<PartitionWindow>>,
}

/// The output of `lagscope evaluate`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EvaluateResponse {
    /// One verdict per input group, in order.
    pub groups: Vec<NamedGroupStatus>,
}

/// A group's id and verdict.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NamedGroupStatus {
    /// The group id.
    pub group: String,
    /// The verdict.
    #[serde(flatten)]
    pub status: GroupStatus,
}

/// Evaluates every group of a request.
#[must_use]
pub fn evaluate(request: &EvaluateRequest) -> EvaluateResponse {
    EvaluateResponse {
        groups: request
            .groups
            .iter()
            .map(|group| NamedGroupStatus {
                group: group.group.clone(),
                status: evaluate_group(group.partitions.as_deref(), &request.config, request.now_ms),
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use serde::Deserialize;

    use super::*;

    /// Burrow's own `TestCachingEvaluator_CheckRules` table, transcribed as data.
    const CHECK_RULES: &str = include_str!("../../../../tests/fixtures/burrow/check-rules.json");

    #[derive(Deserialize)]
    struct Table {
        cases: Vec<Case>,
    }

    #[derive(Deserialize)]
    #[allow(clippy::struct_excessive_bools, reason = "mirrors the columns of Burrow's test table")]
    struct Case {
        index: usize,
        offsets: Vec<WindowEntry>,
        broker_offsets: Vec<i64>,
        current_lag: u64,
        time_now_s: i64,
        allowed_lag: u64,
        is_lag_always_not_zero: bool,
        check_if_offsets_rewind: i64,
        check_if_offsets_stopped: bool,
        check_if_offsets_stalled: bool,
        check_if_lag_not_decreasing: bool,
        check_if_recent_lag_zero: bool,
        status: Status,
    }

    #[test]
    fn burrow_check_rules_table() {
        let table: Table = serde_json::from_str(CHECK_RULES).expect("the table parses");
        assert_eq!(table.cases.len(), 16);
        for case in &table.cases {
            let offsets = &case.offsets;
            let index = case.index;
            assert_eq!(
                rules::is_lag_always_not_zero(offsets, case.allowed_lag),
                case.is_lag_always_not_zero,
                "case {index}"
            );
            let rewind = rules::check_if_offsets_rewind(offsets)
                .map_or(-1, |index| i64::try_from(index).unwrap_or(i64::MAX));
            assert_eq!(rewind, case.check_if_offsets_rewind, "case {index}");
            assert_eq!(
                rules::check_if_offsets_stopped(offsets, case.time_now_s),
                case.check_if_offsets_stopped,
                "case {index}"
            );
            assert_eq!(
                rules::check_if_offsets_stalled(offsets),
                case.check_if_offsets_stalled,
                "case {index}"
            );
            assert_eq!(
                rules::check_if_lag_not_decreasing(offsets),
                case.check_if_lag_not_decreasing,
                "case {index}"
            );
            assert_eq!(
                rules::check_if_recent_lag_zero(offsets, &case.broker_offsets),
                case.check_if_recent_lag_zero,
                "case {index}"
            );
            let (status, decision) = calculate_partition_status(
                offsets,
                &case.broker_offsets,
                case.current_lag,
                case.time_now_s,
                case.allowed_lag,
            );
            assert_eq!(status, case.status, "case {index}: {}", crate::l10n::english(&decision.detail));
            // The same case through the public entry point, with the window as a ring and now in ms.
            let window = PartitionWindow {
                topic: "t".into(),
                partition: 0,
                window: offsets.iter().copied().map(Some).collect(),
                broker_offsets: case.broker_offsets.clone(),
                current_lag: case.current_lag,
                owner: None,
                client_id: None,
            };
            let config = EvaluatorConfig { allowed_lag: case.allowed_lag, ..EvaluatorConfig::default() };
            let partition = evaluate_partition(&window, &config, case.time_now_s * 1000 + 999);
            assert_eq!(partition.status, case.status, "case {index} (evaluate_partition)");
            assert!((partition.complete - 1.0).abs() < f32::EPSILON);
        }
    }

    #[allow(clippy::unnecessary_wraps, reason = "builds ring slots, which are options")]
    fn entry(offset: i64, timestamp_ms: i64, lag: Option<u64>) -> Option<WindowEntry> {
        Some(WindowEntry { offset, timestamp_ms, lag })
    }

    fn window(slots: Vec<Option<WindowEntry>>, current_lag: u64) -> PartitionWindow {
        PartitionWindow {
            topic: "payments".into(),
            partition: 0,
            window: slots,
            broker_offsets: vec![1_500],
            current_lag,
            owner: None,
            client_id: None,
        }
    }

    #[test]
    fn incomplete_windows_and_minimum_complete() {
        // Half-full ring, one commit 1000 s ago with lag: STOP unless minimum-complete keeps it OK.
        let slots = vec![None, None, entry(1_000, 100_000, Some(400)), entry(1_400, 200_000, Some(100))];
        let partition =
            evaluate_partition(&window(slots.clone(), 100), &EvaluatorConfig::default(), 1_000_000);
        assert_eq!(partition.status, Status::Stop);
        assert!((partition.complete - 0.5).abs() < f32::EPSILON);
        assert_eq!(partition.start.map(|start| start.offset), Some(1_000));
        let strict = EvaluatorConfig { minimum_complete: 0.6, ..EvaluatorConfig::default() };
        let partition = evaluate_partition(&window(slots, 100), &strict, 1_000_000);
        assert_eq!((partition.status, partition.rule.rule), (Status::Ok, "incomplete"));
    }

    #[test]
    fn all_empty_slots_keep_one_like_burrow() {
        let partition = evaluate_partition(&window(vec![None; 10], 50), &EvaluatorConfig::default(), 0);
        assert_eq!(partition.status, Status::Ok);
        assert!((f64::from(partition.complete) - 0.100_000_001_490_116_12).abs() < 1e-12);
        assert_eq!(partition.start, None);
    }

    #[test]
    fn every_decision_is_explained_in_both_languages() {
        use crate::l10n::{Lang, Localizer, english};
        let table: Table = serde_json::from_str(CHECK_RULES).expect("the table parses");
        let mut decisions: Vec<Decision> = table
            .cases
            .iter()
            .map(|case| {
                calculate_partition_status(
                    &case.offsets,
                    &case.broker_offsets,
                    case.current_lag,
                    case.time_now_s,
                    case.allowed_lag,
                )
                .1
            })
            .collect();
        let slots = vec![None, None, entry(1_000, 100_000, Some(400)), entry(1_400, 200_000, Some(100))];
        let strict = EvaluatorConfig { minimum_complete: 0.6, ..EvaluatorConfig::default() };
        decisions.push(evaluate_partition(&window(slots, 100), &strict, 1_000_000).rule);
        decisions.push(evaluate_partition(&window(Vec::new(), 5), &strict, 0).rule);
        let rewound = vec![entry(1_400, 100_000, Some(10)), entry(1_000, 200_000, Some(20))];
        decisions.push(evaluate_partition(&window(rewound, 20), &EvaluatorConfig::default(), 250_000).rule);
        let growing = vec![entry(1_000, 100_000, Some(1_050)), entry(1_100, 200_000, Some(1_060))];
        let warned = evaluate_partition(&window(growing, 1_060), &EvaluatorConfig::default(), 250_000).rule;
        assert_eq!(english(&warned.detail), "the commit lags never decrease: 1,050 → 1,060");
        decisions.push(warned);
        let mut rules: Vec<&str> = decisions.iter().map(|decision| decision.rule).collect();
        rules.sort_unstable();
        rules.dedup();
        assert_eq!(
            rules,
            [
                "incomplete",
                "lag-not-decreasing",
                "lag-within-allowed",
                "lag-zero-in-window",
                "no-commits",
                "ok",
                "rewind",
                "stall",
                "stop"
            ]
        );
        let korean = Localizer::bundled(Lang::Ko);
        for decision in &decisions {
            assert_eq!(decision.detail.id, format!("burrow-{}", decision.rule));
            for text in [english(&decision.detail), korean.render(&decision.detail)] {
                assert!(!text.contains("{$") && !text.starts_with("burrow-"), "{}: {text}", decision.rule);
            }
        }
        let stop = evaluate_partition(
            &window(vec![None, entry(1_000, 1_699_999_900_000, Some(3_321))], 2_421),
            &EvaluatorConfig::default(),
            1_700_000_000_000,
        );
        assert_eq!(
            english(&stop.rule.detail),
            "now − last commit = 1 min 40 s > last − first commit = 0 s, and no recent broker offset (1,500) is \
             ≤ the last committed offset 1,000"
        );
        let rewind = decisions.iter().rev().find(|decision| decision.rule == "rewind").expect("a rewind");
        assert_eq!(
            korean.render(&rewind.detail),
            "윈도우의 2번째 커밋 오프셋 1,000 < 직전 오프셋 1,400이고, 이후 어떤 커밋도 다시 1,400에 도달하지 못했습니다"
        );
    }

    #[test]
    fn group_roll_up() {
        let config = EvaluatorConfig::default();
        let ok = window(vec![entry(1_000, 100_000, Some(0)), entry(1_100, 200_000, Some(10))], 10);
        let mut stalled = window(vec![entry(1_000, 100_000, Some(50)), entry(1_000, 200_000, Some(60))], 60);
        stalled.partition = 1;
        let mut warned = window(vec![entry(1_000, 100_000, Some(50)), entry(1_100, 200_000, Some(60))], 60);
        warned.partition = 2;
        let group = evaluate_group(Some(&[ok.clone(), warned.clone()]), &config, 250_000);
        assert_eq!(group.status, Status::Warn);
        let group = evaluate_group(Some(&[ok, stalled, warned]), &config, 250_000);
        assert_eq!(group.status, Status::Err);
        assert_eq!(group.partitions[1].status, Status::Stall);
        assert_eq!(group.total_lag, 130);
        // The first partition with strictly the greatest lag wins a tie.
        assert_eq!(group.max_lag.map(|max| max.partition), Some(1));
        assert!((group.complete - 1.0).abs() < f32::EPSILON);
        let empty = evaluate_group(Some(&[]), &config, 0);
        assert_eq!((empty.status, empty.complete, empty.max_lag), (Status::Ok, 0.0, None));
        assert_eq!(evaluate_group(None, &config, 0).status, Status::NotFound);
    }
}
