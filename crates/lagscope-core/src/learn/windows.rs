//! The Burrow lesson's commit windows: the lag shapes people meet (steady, falling behind,
//! draining, stalled, stopped, rewound) as windows of ten commits a minute apart, and the
//! learner's own window, written one commit per line (`offset lag`).

use crate::burrow::{PartitionWindow, WindowEntry};
use crate::l10n::Message;

/// The shapes, by id.
pub const SHAPES: &[&str] = &["steady", "behind", "falling", "stalled", "stopped", "rewind"];

/// A window as the learner edits it: one commit per line, `offset lag`, oldest first, and how
/// long ago the newest commit was.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WindowText {
    /// The commits, one per line.
    pub rows: String,
    /// Minutes since the newest commit.
    pub minutes_since_last: i64,
}

/// A shape's window, as text.
#[must_use]
pub fn shape(id: &str) -> Option<WindowText> {
    let rows: Vec<(i64, i64)> = match id {
        "steady" => (0..10).map(|i| (100_000 + i * 6_000, 40 + (i % 3) * 10)).collect(),
        "behind" => (0..10).map(|i| (100_000 + i * 5_000, 2_000 + i * 1_000)).collect(),
        "falling" => (0..10).map(|i| (100_000 + i * 9_000, 40_000 - i * 3_000)).collect(),
        "stalled" => (0..10).map(|i| (100_000, 3_000 + i * 500)).collect(),
        "stopped" => (0..10).map(|i| (100_000 + i * 6_000, 3_000 + i * 100)).collect(),
        "rewind" => (0..10).map(|i| (if i < 8 { 100_000 + i * 6_000 } else { 90_000 }, 500)).collect(),
        _ => return None,
    };
    let rows = rows.iter().map(|(offset, lag)| format!("{offset} {lag}")).collect::<Vec<_>>().join("\n");
    Some(WindowText { rows, minutes_since_last: if id == "stopped" { 30 } else { 1 } })
}

/// The window `text` describes and the moment to evaluate it at (epoch ms, the newest commit at
/// `10 × 60 s`); a line that is not `offset lag` is refused, naming it.
pub fn window(text: &WindowText) -> Result<(PartitionWindow, i64), Message> {
    let mut entries = Vec::new();
    for (index, line) in text.rows.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let mut words = line.split_whitespace();
        let parsed = (words.next().map(str::parse::<i64>), words.next().map(str::parse::<u64>), words.next());
        let (Some(Ok(offset)), Some(Ok(lag)), None) = parsed else {
            return Err(crate::msg!("learn-error-window-line", line = crate::parse::line_arg(index + 1)));
        };
        if offset < 0 {
            return Err(crate::msg!("learn-error-window-line", line = crate::parse::line_arg(index + 1)));
        }
        entries.push((offset, lag));
    }
    if entries.is_empty() || entries.len() > 100 {
        return Err(crate::msg!("learn-error-window-size"));
    }
    let n = i64::try_from(entries.len()).unwrap_or(i64::MAX);
    let window = entries
        .iter()
        .enumerate()
        .map(|(index, (offset, lag))| {
            Some(WindowEntry {
                offset: *offset,
                timestamp_ms: (i64::try_from(index).unwrap_or(0) + 1) * 60_000,
                lag: Some(*lag),
            })
        })
        .collect();
    let current_lag = entries.last().map_or(0, |(_, lag)| *lag);
    let now = n * 60_000 + text.minutes_since_last.clamp(0, 100_000) * 60_000;
    Ok((
        PartitionWindow {
            topic: "orders".to_owned(),
            partition: 0,
            window,
            broker_offsets: Vec::new(),
            current_lag,
            owner: None,
            client_id: None,
        },
        now,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::burrow::{EvaluatorConfig, Status, evaluate_partition};

    fn status(id: &str) -> Status {
        let (window, now) = window(&shape(id).unwrap()).unwrap();
        evaluate_partition(&window, &EvaluatorConfig::default(), now).status
    }

    /// Each shape gets the verdict Burrow's rules give it (`caching.go`).
    #[test]
    fn every_shape_reads_as_burrow_reads_it() {
        assert_eq!(status("steady"), Status::Ok);
        assert_eq!(status("behind"), Status::Warn);
        assert_eq!(status("falling"), Status::Ok);
        assert_eq!(status("stalled"), Status::Stall);
        assert_eq!(status("stopped"), Status::Stop);
        assert_eq!(status("rewind"), Status::Rewind);
    }

    #[test]
    fn a_bad_line_is_named() {
        let text = WindowText { rows: "100 5\n200 x\n".into(), minutes_since_last: 1 };
        let error = window(&text).unwrap_err();
        assert_eq!(error.id, "learn-error-window-line");
        assert!(window(&WindowText { rows: String::new(), minutes_since_last: 1 }).is_err());
    }
}
