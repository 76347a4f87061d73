//! A per-host × per-hour processed-count table, as teams paste it into incident write-ups
//! (`shared/seeds/000`): a Markdown or plain table whose first columns are the date and hour (or one
//! date-time column) and whose other columns are hosts, with counts such as `**30,000**`.
//!
//! Times are read as printed and treated as UTC (the tables do not say their zone); each row
//! covers the hour that starts at its time, or the interval up to the next row.

use serde::Serialize;

use super::clock::parse_timestamp;
use crate::diagnostic::Diagnostic;

/// Records one host processed in one interval.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct HostCount {
    /// Start of the interval (ms since the epoch, as printed, read as UTC).
    pub start_ms: i64,
    /// Its length in milliseconds.
    pub duration_ms: i64,
    /// Records processed; `None` when the cell is empty or `-`.
    pub count: Option<i64>,
}

/// One host's counts over time, oldest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct HostThroughput {
    /// The host, as the table's header names it.
    pub host: String,
    /// Its counts per interval.
    pub counts: Vec<HostCount>,
}

/// Reads a host × hour table, or `None` when `text` is not one.
#[must_use]
pub fn import_host_table(text: &str) -> Option<(Vec<HostThroughput>, Vec<Diagnostic>)> {
    let mut lines =
        crate::text::numbered_lines(text).map(|(number, line)| (number, cells(line))).filter(|(_, cells)| {
            !cells.is_empty()
                && !cells.iter().all(|cell| cell.chars().all(|c| matches!(c, '-' | ':' | '=' | '+')))
        });
    let (_, header) = lines.next()?;
    let first = header.first()?.to_lowercase();
    let second = header.get(1).map(|cell| cell.to_lowercase()).unwrap_or_default();
    let is_date = |name: &str| {
        ["일자", "날짜", "date", "day", "일시", "time", "datetime", "시각"]
            .iter()
            .any(|word| name.contains(word))
    };
    let is_hour =
        |name: &str| ["시간", "hour", "hh", "시"].iter().any(|word| name == *word || name.contains(word));
    let time_columns = if is_date(&first) && is_hour(&second) {
        2
    } else if is_date(&first) {
        1
    } else {
        return None;
    };
    let hosts: Vec<String> = header[time_columns..].to_vec();
    if hosts.is_empty() {
        return None;
    }
    let mut diagnostics = Vec::new();
    let mut rows: Vec<(i64, Vec<Option<i64>>)> = Vec::new();
    for (line_number, cells) in lines {
        let time = if time_columns == 2 {
            let (Some(date), Some(hour)) = (cells.first(), cells.get(1)) else { continue };
            hour.parse::<u8>()
                .ok()
                .filter(|hour| *hour < 24)
                .and_then(|hour| parse_timestamp(&format!("{date} {hour:02}:00:00")))
        } else {
            cells.first().and_then(|time| parse_timestamp(time))
        };
        let Some(start_ms) = time else {
            diagnostics
                .push(Diagnostic::warning(line_number, "expected a date and an hour in the first columns"));
            continue;
        };
        let counts = (0..hosts.len())
            .map(|index| cells.get(time_columns + index).and_then(|cell| parse_count(cell)))
            .collect();
        rows.push((start_ms, counts));
    }
    if rows.is_empty() {
        return None;
    }
    rows.sort_by_key(|(start_ms, _)| *start_ms);
    let durations: Vec<i64> = (0..rows.len())
        .map(|index| rows.get(index + 1).map_or(3_600_000, |next| next.0 - rows[index].0).max(1))
        .collect();
    let throughput = hosts
        .into_iter()
        .enumerate()
        .map(|(index, host)| HostThroughput {
            host,
            counts: rows
                .iter()
                .zip(&durations)
                .map(|((start_ms, counts), duration_ms)| HostCount {
                    start_ms: *start_ms,
                    duration_ms: *duration_ms,
                    count: counts.get(index).copied().flatten(),
                })
                .collect(),
        })
        .collect();
    Some((throughput, diagnostics))
}

/// The cells of a Markdown (`| a | b |`) or whitespace-separated row, without `**` emphasis.
fn cells(line: &str) -> Vec<String> {
    let line = line.replace("**", "").replace("__", "");
    let trimmed = line.trim();
    if trimmed.contains('|') {
        trimmed.trim_matches('|').split('|').map(|cell| cell.trim().to_owned()).collect()
    } else {
        trimmed.split_whitespace().map(str::to_owned).collect()
    }
}

/// `30,000`, `231000`, `1.2k`? No: only digits with `,` or `_` separators; `-` and empty are unknown.
fn parse_count(cell: &str) -> Option<i64> {
    let digits: String = cell.chars().filter(|character| !matches!(character, ',' | '_' | ' ')).collect();
    if digits.is_empty() || !digits.bytes().all(|byte| byte.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The table of `shared/seeds/000` (the slow "A server"), as pasted.
    const SEED_000: &str = "\
| **일자**       | **시간** | **A서버**  | **B서버**   | **C서버**   | **D서버**   |
| -------------- | -------- | ---------- | ----------- | ----------- | ----------- |
| **2022-03-17** | **18**   | **30,000** | **231,000** | **231,000** | **231,000** |
| **2022-03-17** | **19**   | **36,000** | **38,000**  | **38,000**  | **38,000**  |
| **2022-03-17** | **20**   | **36,000** | **200**     | **200**     | **200**     |
| **2022-03-17** | **21**   | **36,000** | **170**     | **170**     | **160**     |
| **2022-03-17** | **22**   | **36,000** | **160**     | **170**     | **170**     |
| **2022-03-17** | **23**   | **35,000** | **120**     | **120**     | **110**     |
| **2022-03-18** | **00**   | **35,000** | **90**      | **91**      | **90**      |
| **2022-03-18** | **01**   | **36,000** | **96**      | **95**      | **97**      |
";

    #[test]
    fn the_seed_table() {
        let (hosts, diagnostics) = import_host_table(SEED_000).expect("a host table");
        assert!(diagnostics.is_empty(), "{diagnostics:?}");
        let names: Vec<&str> = hosts.iter().map(|host| host.host.as_str()).collect();
        assert_eq!(names, vec!["A서버", "B서버", "C서버", "D서버"]);
        let a: Vec<Option<i64>> = hosts[0].counts.iter().map(|count| count.count).collect();
        assert_eq!(a[0], Some(30_000));
        assert_eq!(a[7], Some(36_000));
        assert_eq!(hosts[1].counts[0].count, Some(231_000));
        assert_eq!(hosts[1].counts[0].duration_ms, 3_600_000);
        // 2022-03-17 18:00 (read as UTC).
        assert_eq!(hosts[0].counts[0].start_ms, 1_647_540_000_000);
        assert_eq!(hosts[0].counts[6].start_ms - hosts[0].counts[5].start_ms, 3_600_000);
    }

    #[test]
    fn plain_table_with_one_time_column() {
        let text =
            "time host-a host-b\n2022-03-17T18:00:00Z 30000 231000\n2022-03-17T19:00:00Z - 38000\nnoon 1 2\n";
        let (hosts, diagnostics) = import_host_table(text).expect("a host table");
        assert_eq!(hosts[0].counts[1].count, None);
        assert_eq!(diagnostics.len(), 1);
        assert_eq!(diagnostics[0].line, 4);
    }

    #[test]
    fn not_a_host_table() {
        assert!(import_host_table("GROUP TOPIC PARTITION\n").is_none());
    }
}
