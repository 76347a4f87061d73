//! Several dumps in one paste, each after a time stamp line (what `date` prints in a polling loop).
//!
//! The paste is cut at every line that is only a time stamp ([`super::clock::parse_timestamp`]);
//! each piece is parsed as its own snapshot, with its line numbers kept, and the snapshots become
//! one [`LagSeries`].

use super::LagSeries;
use super::clock::parse_timestamp;
use crate::diagnostic::Diagnostic;
use crate::parse::{ParseOptions, ParseOutcome, Parser};
use crate::text::numbered_lines;

/// The snapshots of a timestamped paste, and what could not be read.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TimedSnapshots {
    /// Each snapshot with the time stamp that preceded it, in input order.
    pub snapshots: Vec<(i64, ParseOutcome)>,
    /// Diagnostics of every snapshot, in line order, plus one for lines before the first time stamp.
    pub diagnostics: Vec<Diagnostic>,
}

impl TimedSnapshots {
    /// The series these snapshots make.
    #[must_use]
    pub fn series(&self) -> LagSeries {
        let snapshots: Vec<(i64, &crate::model::Snapshot)> =
            self.snapshots.iter().map(|(time_ms, outcome)| (*time_ms, &outcome.snapshot)).collect();
        LagSeries::from_snapshots(&snapshots)
    }
}

/// Cuts `text` at its time stamp lines and parses each piece; `None` when it has no time stamp.
#[must_use]
pub fn split_timed_dumps(text: &str, options: ParseOptions) -> Option<TimedSnapshots> {
    let mut result = TimedSnapshots::default();
    let mut current: Option<(i64, Parser)> = None;
    for (line_number, line) in numbered_lines(text) {
        if let Some(time_ms) = parse_timestamp(line) {
            if let Some((time, parser)) = current.take() {
                result.snapshots.push((time, parser.finish()));
            }
            current = Some((time_ms, Parser::starting_at_line(options, line_number + 1)));
            continue;
        }
        if let Some((_, parser)) = &mut current {
            parser.push_line(line);
        }
    }
    if let Some((time, parser)) = current.take() {
        result.snapshots.push((time, parser.finish()));
    }
    if result.snapshots.is_empty() {
        return None;
    }
    // What came before the first stamp, looked at only once there is one (a plain dump, with
    // none, is not read twice).
    let before_first = numbered_lines(text)
        .take_while(|(_, line)| parse_timestamp(line).is_none())
        .find(|(_, line)| !line.trim().is_empty() && !crate::parse::is_chatter(line))
        .map(|(line_number, _)| line_number);
    if let Some(line) = before_first {
        result.diagnostics.push(Diagnostic::warning(line, crate::msg!("series-dumps-before-first-stamp")));
    }
    result
        .diagnostics
        .extend(result.snapshots.iter().flat_map(|(_, outcome)| outcome.diagnostics.iter().cloned()));
    crate::diagnostic::sort_by_line(&mut result.diagnostics);
    Some(result)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_prompt_running_date_before_the_first_stamp_is_not_reported() {
        let text = "$ date\nSat Mar 14 10:00:00 UTC 2026\nGROUP TOPIC PARTITION CURRENT-OFFSET LOG-END-OFFSET LAG CONSUMER-ID HOST CLIENT-ID\ng t 0 1 2 1 - - -\n";
        let timed = split_timed_dumps(text, ParseOptions::default()).expect("timed");
        assert!(timed.diagnostics.is_empty(), "{:?}", timed.diagnostics);
        let stray = split_timed_dumps(&format!("hello\n{text}"), ParseOptions::default()).expect("timed");
        assert_eq!(stray.diagnostics.len(), 1);
    }
}
