//! Burrow windows from a snapshot series, so Burrow's evaluation runs on what people pasted.
//!
//! How samples become Burrow's inputs:
//! - each sample with a known committed offset is one commit, at the sample's time, with lag
//!   `max(0, log-end − committed)` when the log-end offset is known (else no lag, as Burrow stores
//!   back-filled commits);
//! - the newest `intervals` commits make the ring, oldest first, padded with empty slots in front
//!   when there are fewer;
//! - the log-end offsets of the same samples are the broker ring;
//! - `current_lag` is `max(0, newest known log-end − newest known committed offset)`, as Burrow
//!   computes it from its newest broker offset and its newest ring slot; 0 when either is unknown.
//!   A partition whose committed offset became unknown (`-`) keeps its last commit, so a consumer
//!   that stopped shows as STOP once the silence outlasts the window's span.
//!
//! A consumer that re-commits the same offset (auto-commit while stuck) shows as repeated commits of
//! one offset, which Burrow calls STALL; a consumer that stopped committing shows the same in a
//! snapshot series, because a snapshot cannot tell the two apart. The evaluation time is the last
//! sample's time.

use super::{LagSample, PartitionSeries};
use crate::burrow::{PartitionWindow, WindowEntry};

/// Burrow's window for one partition's series.
#[must_use]
pub fn burrow_window(series: &PartitionSeries, intervals: usize) -> PartitionWindow {
    // The CLI refuses a larger ring with a message; other callers are held to it here.
    let intervals = intervals.clamp(1, crate::burrow::MAX_INTERVALS);
    // Only the newest `intervals` of each are kept: read from the newest sample back.
    let mut commits: Vec<WindowEntry> = series
        .samples
        .iter()
        .rev()
        .filter_map(|sample| {
            let offset = sample.current_offset()?;
            let lag = sample
                .log_end_offset()
                .map(|log_end| u64::try_from(log_end.saturating_sub(offset)).unwrap_or(0));
            Some(WindowEntry { offset, timestamp_ms: sample.time_ms, lag })
        })
        .take(intervals)
        .collect();
    commits.reverse();
    let mut window: Vec<Option<WindowEntry>> = vec![None; intervals - commits.len()];
    window.extend(commits.iter().copied().map(Some));
    let mut broker_offsets: Vec<i64> =
        series.samples.iter().rev().filter_map(LagSample::log_end_offset).take(intervals).collect();
    broker_offsets.reverse();
    let last = series.samples.last();
    // Burrow: newest broker offset − the offset of the newest ring slot (the newest known commit).
    let current_lag = broker_offsets
        .last()
        .zip(commits.last())
        .map_or(0, |(log_end, commit)| u64::try_from(log_end.saturating_sub(commit.offset)).unwrap_or(0));
    PartitionWindow {
        topic: series.topic.to_string(),
        partition: series.partition,
        window,
        broker_offsets,
        current_lag,
        owner: last.and_then(|sample| sample.host().map(str::to_owned)),
        client_id: None,
    }
}
