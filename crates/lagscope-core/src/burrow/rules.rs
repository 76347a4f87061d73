//! Burrow's partition rules, exactly as `core/internal/evaluator/caching.go` (commit ced55ba)
//! implements them, including the quirks documented in `shared/reference/lag-evaluation.md` §1.2.
//!
//! Each function mirrors one upstream function; `offsets` is the window with the leading empty
//! slots already trimmed, oldest first, and never empty.

use super::WindowEntry;

/// Rule 1: no lag in the window is at or below `allowed_lag` (null lags are skipped, so a window
/// of only null lags counts as "never zero").
pub(crate) fn is_lag_always_not_zero(offsets: &[WindowEntry], allowed_lag: u64) -> bool {
    !offsets.iter().any(|offset| offset.lag.is_some_and(|lag| lag <= allowed_lag))
}

/// Rule 2: the index of the first commit whose offset is below the previous one.
pub(crate) fn check_if_offsets_rewind(offsets: &[WindowEntry]) -> Option<usize> {
    (1..offsets.len()).find(|&index| offsets[index].offset < offsets[index - 1].offset)
}

/// Rule 2, part 2: whether a later commit reached the offset committed before the rewind.
pub(crate) fn check_if_rewind_recovered(offsets: &[WindowEntry], rewind_index: usize) -> bool {
    let Some(previous_progress) = rewind_index.checked_sub(1).and_then(|index| offsets.get(index)) else {
        return false;
    };
    offsets.iter().skip(rewind_index).any(|offset| offset.offset >= previous_progress.offset)
}

/// Rule 3: the time since the last commit is strictly greater than the window's span.
/// `now_s` is whole seconds (Burrow uses `time.Now().Unix()`), timestamps are milliseconds.
pub(crate) fn check_if_offsets_stopped(offsets: &[WindowEntry], now_s: i64) -> bool {
    let (Some(first), Some(last)) = (offsets.first(), offsets.last()) else { return false };
    now_s.saturating_mul(1000).saturating_sub(last.timestamp_ms)
        > last.timestamp_ms.saturating_sub(first.timestamp_ms)
}

/// Rule 4: every commit in the window has the same offset (a single commit counts as stalled).
pub(crate) fn check_if_offsets_stalled(offsets: &[WindowEntry]) -> bool {
    offsets.windows(2).all(|pair| pair[0].offset == pair[1].offset)
}

/// Rule 5: the lag never decreases between successive non-null lags.
pub(crate) fn check_if_lag_not_decreasing(offsets: &[WindowEntry]) -> bool {
    let mut last_lag: Option<u64> = None;
    for lag in offsets.iter().filter_map(|offset| offset.lag) {
        if last_lag.is_some_and(|last| lag < last) {
            return false;
        }
        last_lag = Some(lag);
    }
    true
}

/// Whether any recent broker offset is at or below the last committed offset: the consumer was
/// caught up within the broker window, so a STOP is not raised yet (Burrow #303, #338).
pub(crate) fn check_if_recent_lag_zero(offsets: &[WindowEntry], broker_offsets: &[i64]) -> bool {
    let Some(last) = offsets.last() else { return false };
    broker_offsets.iter().any(|&broker_offset| broker_offset <= last.offset)
}
