//! A per-host × per-time processed-count table, as teams paste it into incident write-ups
//! (`shared/seeds/000`), found wherever it sits in a paste (title lines above it, notes and prose
//! around it), in either orientation:
//!
//! - hours as rows: the first columns are the date and the hour (or one date-time, or the hour
//!   alone), the others are hosts;
//! - hosts as rows: the first column names the host, the other columns are hours or times.
//!
//! Cells are split as the table was written: Markdown pipes, tabs (a spreadsheet), commas (CSV,
//! with quotes), or aligned spaces. Counts may carry separators of either locale (`30,000`,
//! `30.000`, `30 000`), `**` emphasis, a `건` suffix and a unit (`36k`, `1.2M`, `3.6만`, `36천`); `-`,
//! an empty cell and `N/A` are unknown.
//!
//! Times are read as printed and treated as UTC (the tables do not say their zone); each row (or
//! column) covers the time up to the next one, the last an hour. A table that gives hours without
//! a date is placed on 1970-01-01, moving to the next day when an hour is smaller than the one
//! before it (past midnight), and says so ([`HostTable::hours_only`]).

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

/// A host table as read.
#[derive(Debug, Clone, PartialEq)]
pub struct HostTable {
    /// Per host, its counts over time.
    pub hosts: Vec<HostThroughput>,
    /// Rows of the table that could not be read.
    pub diagnostics: Vec<Diagnostic>,
    /// The table gives hours without a date (the times are placed on 1970-01-01).
    pub hours_only: bool,
}

/// Reads a host × time table, or `None` when `text` holds none.
#[must_use]
pub fn import_host_table(text: &str) -> Option<(Vec<HostThroughput>, Vec<Diagnostic>)> {
    read_host_table(text).map(|table| (table.hosts, table.diagnostics))
}

/// Lines looked at for a table's header: a host table sits near the top of what people paste, and
/// a large dump or CSV must not be searched line by line for one.
const HEADER_SEARCH_LINES: usize = 5_000;

/// The most lines [`read_host_table`] looks at before it knows a text is not a host table.
pub(super) const LINES_READ: usize = HEADER_SEARCH_LINES + 1_000;

/// Reads the first host × time table in `text`, or `None` when it holds none.
#[must_use]
pub fn read_host_table(text: &str) -> Option<HostTable> {
    let lines: Vec<(usize, &str)> = crate::text::numbered_lines(text).take(LINES_READ).collect();
    for (start, &(_, header_line)) in lines.iter().enumerate().take(HEADER_SEARCH_LINES) {
        // Cheap test first: the header's first cell must name the time or the host column.
        let first_cell = header_line
            .trim()
            .trim_start_matches('|')
            .split(['|', '\t', ',', ' '])
            .next()
            .unwrap_or_default()
            .trim_matches(['*', '"', ' ']);
        if !is_time_label(first_cell) && !is_host_label(first_cell) {
            continue;
        }
        let Some(split) = Split::of(header_line) else { continue };
        let header = split.cells(header_line);
        let orientation = if header.first().is_some_and(|cell| is_time_label(cell)) {
            // Cheap test before the rows are read: the other columns must be hosts (a lag CSV's
            // `group, topic, lag` are not).
            let first_host = if header.get(1).is_some_and(|cell| is_time_label(cell)) { 2 } else { 1 };
            let hosts: Vec<&String> =
                header[first_host.min(header.len())..].iter().filter(|cell| !is_total(cell)).collect();
            if hosts.len() < 2 || !hosts.iter().all(|host| is_host_name(host)) {
                continue;
            }
            Orientation::HoursAsRows
        } else if header.first().is_some_and(|cell| is_host_label(cell))
            && header[1..].iter().all(|cell| is_moment(cell))
        {
            Orientation::HostsAsRows
        } else {
            continue;
        };
        // The table's rows: the lines after the header that split the same way (separator rows
        // skipped), up to a blank line or a line of another shape.
        let mut rows: Vec<(usize, Vec<String>)> = Vec::new();
        for &(number, line) in &lines[start + 1..] {
            if line.trim().is_empty() || Split::of(line) != Some(split) {
                break;
            }
            let cells = split.cells(line);
            if cells.iter().all(|cell| cell.chars().all(|c| matches!(c, '-' | ':' | '=' | '+' | ' '))) {
                continue;
            }
            rows.push((number, cells));
        }
        let table = match orientation {
            Orientation::HoursAsRows => hours_as_rows(&header, &rows),
            Orientation::HostsAsRows => hosts_as_rows(&header, &rows),
        };
        if table.is_some() {
            return table;
        }
    }
    None
}

/// Which way a table runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Orientation {
    /// A row per hour, a column per host.
    HoursAsRows,
    /// A row per host, a column per hour.
    HostsAsRows,
}

/// Whether a header cell is a time or an hour.
fn is_moment(cell: &str) -> bool {
    parse_hour(cell).is_some() || moment(Some(cell), None).is_some()
}

/// How a table's cells are separated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Split {
    /// `| a | b |`.
    Pipes,
    /// A spreadsheet's copy.
    Tabs,
    /// CSV, with quoted cells.
    Commas,
    /// Aligned columns.
    Spaces,
}

impl Split {
    /// How `line` would be split, when it has at least three cells that way.
    fn of(line: &str) -> Option<Self> {
        let trimmed = line.trim();
        let split = if trimmed.contains('|') {
            Self::Pipes
        } else if trimmed.contains('\t') {
            Self::Tabs
        } else if trimmed.contains(',') && csv_cells(trimmed).len() >= 3 && !trimmed.contains(", ") {
            Self::Commas
        } else {
            Self::Spaces
        };
        (split.cells(trimmed).len() >= 3).then_some(split)
    }

    fn cells(self, line: &str) -> Vec<String> {
        let line = line.trim().replace("**", "").replace("__", "");
        match self {
            Self::Pipes => line.trim_matches('|').split('|').map(|cell| cell.trim().to_owned()).collect(),
            Self::Tabs => line.split('\t').map(|cell| cell.trim().to_owned()).collect(),
            Self::Commas => csv_cells(&line),
            Self::Spaces => line.split_whitespace().map(str::to_owned).collect(),
        }
    }
}

/// The cells of one CSV line (`"30,000"` is one cell; `""` inside quotes is a quote).
fn csv_cells(line: &str) -> Vec<String> {
    let mut cells = Vec::new();
    let mut cell = String::new();
    let mut quoted = false;
    let mut characters = line.chars().peekable();
    while let Some(character) = characters.next() {
        match character {
            '"' if quoted && characters.peek() == Some(&'"') => {
                cell.push('"');
                characters.next();
            }
            '"' => quoted = !quoted,
            ',' if !quoted => {
                cells.push(cell.trim().to_owned());
                cell.clear();
            }
            _ => cell.push(character),
        }
    }
    cells.push(cell.trim().to_owned());
    cells
}

/// Whether a header cell names the date, the time or the hour column.
fn is_time_label(cell: &str) -> bool {
    let name: String = cell.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect();
    // Korean labels may carry a prefix (`처리일자`); English ones are whole words (`Timeline` is not).
    ["일자", "날짜", "일시", "시각", "시간"].iter().any(|word| name.contains(word))
        || [
            "시",
            "date",
            "day",
            "time",
            "hour",
            "datetime",
            "timestamp",
            "hh",
            "dt",
            "ts",
            "period",
            "interval",
        ]
        .contains(&name.as_str())
}

/// Whether a header cell names the host column (hosts as rows).
fn is_host_label(cell: &str) -> bool {
    let name = cell.to_lowercase();
    name.is_empty()
        || [
            "서버",
            "호스트",
            "host",
            "server",
            "instance",
            "인스턴스",
            "pod",
            "node",
            "구분",
            "name",
            "이름",
            "장비",
            "consumer",
        ]
        .iter()
        .any(|word| name.contains(word))
}

/// Whether a host name could be one: not a lag CSV's or an exporter's column, not a total.
fn is_host_name(cell: &str) -> bool {
    let name = cell.to_lowercase();
    !cell.is_empty()
        && parse_count(cell).is_none()
        && !is_total(cell)
        && !cell.contains(['{', '=', '('])
        && !["group", "topic", "partition", "lag", "offset", "그룹", "토픽", "파티션", "랙"]
            .iter()
            .any(|word| name == *word || name.contains("offset") || name.contains("lag"))
}

/// A total column or row (`total`, `sum`, `합계`), which is not a host.
fn is_total(cell: &str) -> bool {
    matches!(
        cell.trim().to_lowercase().as_str(),
        "total" | "sum" | "합계" | "총계" | "계" | "전체" | "σ" | "all"
    )
}

/// An hour alone: `18`, `18시`, `18:00`, `18h`, `18-19시`, `18시~19시`.
fn parse_hour(cell: &str) -> Option<u8> {
    let cell = cell.trim();
    let digits: String = cell.chars().take_while(char::is_ascii_digit).collect();
    if digits.is_empty() || digits.len() > 2 {
        return None;
    }
    let rest = cell[digits.len()..].trim();
    let hour: u8 = digits.parse().ok()?;
    let rest_ok = rest.is_empty()
        || rest.starts_with(['시', 'h', 'H', '-', '~', '–'])
        || rest == ":00"
        || rest == ":00:00";
    (hour < 24 && rest_ok).then_some(hour)
}

/// A date: `2022-03-17`, `2022.03.17`, `2022/03/17`, `2022. 3. 17.`, `2022년 3월 17일`.
fn parse_date(cell: &str) -> Option<String> {
    let numbers: Vec<&str> =
        cell.split(|c: char| !c.is_ascii_digit()).filter(|part| !part.is_empty()).collect();
    let [year, month, day] = numbers.as_slice() else { return None };
    if year.len() != 4 || month.len() > 2 || day.len() > 2 {
        return None;
    }
    Some(format!("{year}-{month:0>2}-{day:0>2}"))
}

/// A moment given by a date cell and an hour cell, or by one cell (a date-time).
fn moment(date: Option<&str>, hour: Option<u8>) -> Option<i64> {
    match (date, hour) {
        (Some(date), Some(hour)) => parse_timestamp(&format!("{}T{hour:02}:00:00Z", parse_date(date)?)),
        (Some(date_time), None) => parse_timestamp(date_time).or_else(|| {
            // `2022-03-17 18시`, `2022/03/17 18:00`.
            let (date, clock) = date_time.rsplit_once(' ')?;
            moment(Some(date), Some(parse_hour(clock)?))
        }),
        (None, _) => None,
    }
}

/// Hours without dates, placed on consecutive days from 1970-01-01 (an hour smaller than the one
/// before it is the next day).
fn hours_to_times(hours: &[u8]) -> Vec<i64> {
    // Listed newest first: placed in reading order from the oldest, then handed back as listed.
    if hours.len() >= 2 && hours.windows(2).all(|pair| pair[1] < pair[0]) {
        let mut oldest_first = hours.to_vec();
        oldest_first.reverse();
        let mut times = hours_to_times(&oldest_first);
        times.reverse();
        return times;
    }
    let mut day = 0_i64;
    let mut previous: Option<u8> = None;
    hours
        .iter()
        .map(|&hour| {
            if previous.is_some_and(|previous| hour <= previous) {
                day += 1;
            }
            previous = Some(hour);
            day * 86_400_000 + i64::from(hour) * 3_600_000
        })
        .collect()
}

/// A processed count: separators of either locale, `**`, `건`, and `k`/`M`/`만`/`천` units.
fn parse_count(cell: &str) -> Option<i64> {
    let cell = cell.trim().trim_end_matches('건').trim();
    let (number, multiplier) = match cell.char_indices().last() {
        Some((at, 'k' | 'K' | '천')) => (&cell[..at], 1_000.0),
        Some((at, 'm' | 'M')) => (&cell[..at], 1_000_000.0),
        Some((at, '만')) => (&cell[..at], 10_000.0),
        _ => (cell, 1.0),
    };
    let number = number.trim();
    if number.is_empty() || !number.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    if !number.chars().all(|c| c.is_ascii_digit() || matches!(c, ',' | '.' | ' ' | '_' | '\u{a0}' | '\'')) {
        return None;
    }
    let value = if multiplier > 1.0 {
        // `3.6만`, `1,5k`: a decimal fraction before the unit.
        number.replace(',', ".").replace([' ', '_', '\u{a0}', '\''], "").parse::<f64>().ok()?
    } else {
        grouped_integer(number)? as f64
    };
    let scaled = (value * multiplier).round();
    (0.0..9.0e18).contains(&scaled).then_some(scaled as i64)
}

/// `30,000`, `30.000`, `30 000`, `1.204.553`: digits in groups of three after the first; a single
/// `.`/`,` followed by other than three digits is a fraction, not a count.
fn grouped_integer(number: &str) -> Option<i64> {
    let groups: Vec<&str> = number.split([',', '.', ' ', '_', '\u{a0}', '\'']).collect();
    let well_grouped = groups.len() == 1
        || (groups[0].len() <= 3
            && !groups[0].is_empty()
            && groups[1..].iter().all(|group| group.len() == 3));
    if !well_grouped {
        return None;
    }
    groups.concat().parse().ok()
}

/// A row of an hours-as-rows table: its moment (a date-time, or an hour alone) and its counts.
type ReadRow = (Option<i64>, Option<u8>, Vec<Option<i64>>);

/// Hours as rows: `[date,] hour | host… ` or `date-time | host…`.
fn hours_as_rows(header: &[String], rows: &[(usize, Vec<String>)]) -> Option<HostTable> {
    let first = header.first()?;
    if !is_time_label(first) {
        return None;
    }
    let two_columns = header.get(1).is_some_and(|second| is_time_label(second));
    let time_columns = if two_columns { 2 } else { 1 };
    // Hosts, without a total column (its counts are the hosts' sum).
    let host_columns: Vec<usize> =
        (time_columns..header.len()).filter(|&index| !is_total(&header[index])).collect();
    let hosts: Vec<String> = host_columns.iter().map(|&index| header[index].clone()).collect();
    if hosts.len() < 2 || !hosts.iter().all(|host| is_host_name(host)) {
        return None;
    }
    let mut diagnostics = Vec::new();
    let mut read: Vec<ReadRow> = Vec::new();
    for (line, cells) in rows {
        if cells.first().is_some_and(|cell| is_total(cell)) {
            continue;
        }
        let counts =
            host_columns.iter().map(|&index| cells.get(index).and_then(|c| parse_count(c))).collect();
        let (time, hour) = if two_columns {
            // A date with an hour this reader cannot read (`18:30`, `오후 6시`) is no moment: the row is
            // reported, never placed at midnight.
            let hour = cells.get(1).and_then(|cell| parse_hour(cell));
            (hour.and_then(|hour| moment(cells.first().map(String::as_str), Some(hour))), hour)
        } else {
            let cell = cells.first().map(String::as_str).unwrap_or_default();
            (moment(Some(cell), None), parse_hour(cell))
        };
        if time.is_none() && hour.is_none() {
            diagnostics.push(Diagnostic::warning(*line, crate::msg!("series-host-table-expected-moment")));
            continue;
        }
        read.push((time, hour, counts));
    }
    let (times, hours_only) =
        times_of(&read.iter().map(|(time, hour, _)| (*time, *hour)).collect::<Vec<_>>())?;
    let columns: Vec<Vec<Option<i64>>> = read.into_iter().map(|(_, _, counts)| counts).collect();
    if !mostly_counts(rows, time_columns) || !hourly(&times) {
        return None;
    }
    Some(build(hosts, &times, |host, column| columns[column][host], diagnostics, hours_only))
}

/// Hosts as rows: `host | 18 | 19 | …` (or dates, date-times).
fn hosts_as_rows(header: &[String], rows: &[(usize, Vec<String>)]) -> Option<HostTable> {
    let first = header.first()?;
    if !is_host_label(first) {
        return None;
    }
    let moments: Vec<(Option<i64>, Option<u8>)> =
        header[1..].iter().map(|cell| (moment(Some(cell), None), parse_hour(cell))).collect();
    if moments.len() < 2 || moments.iter().any(|(time, hour)| time.is_none() && hour.is_none()) {
        return None;
    }
    let (times, hours_only) = times_of(&moments)?;
    let mut diagnostics = Vec::new();
    let mut hosts = Vec::new();
    let mut counts: Vec<Vec<Option<i64>>> = Vec::new();
    for (line, cells) in rows {
        if cells.first().is_some_and(|cell| is_total(cell)) {
            continue;
        }
        let Some(host) = cells.first().filter(|host| is_host_name(host)) else {
            diagnostics.push(Diagnostic::warning(*line, crate::msg!("series-host-table-expected-host")));
            continue;
        };
        hosts.push(host.clone());
        counts
            .push((0..times.len()).map(|index| cells.get(1 + index).and_then(|c| parse_count(c))).collect());
    }
    if hosts.len() < 2 || !mostly_counts(rows, 1) || !hourly(&times) {
        return None;
    }
    Some(build(hosts, &times, |host, column| counts[host][column], diagnostics, hours_only))
}

/// The start of each row's (or column's) interval: date-times as read, or hours placed on days;
/// `None` unless they are all of one kind and at least two.
fn times_of(moments: &[(Option<i64>, Option<u8>)]) -> Option<(Vec<i64>, bool)> {
    if moments.len() < 2 {
        return None;
    }
    if moments.iter().all(|(time, _)| time.is_some()) {
        return Some((moments.iter().filter_map(|(time, _)| *time).collect(), false));
    }
    let hours: Option<Vec<u8>> = moments.iter().map(|(_, hour)| *hour).collect();
    Some((hours_to_times(&hours?), true))
}

/// Whether a table's cells are counts: at least half of its non-empty count cells read as one.
fn mostly_counts(rows: &[(usize, Vec<String>)], first_count_column: usize) -> bool {
    let cells = rows
        .iter()
        .flat_map(|(_, cells)| cells.iter().skip(first_count_column))
        .filter(|cell| !cell.is_empty());
    let (n, counts) = cells.fold((0_usize, 0_usize), |(n, counts), cell| {
        (n + 1, counts + usize::from(parse_count(cell).is_some()))
    });
    n > 0 && counts * 2 >= n
}

/// Whether the intervals are an hour-scale table's: a median of five minutes or more (a metrics
/// export, every 15 s or a minute, is not a host table).
fn hourly(times: &[i64]) -> bool {
    let mut sorted = times.to_vec();
    sorted.sort_unstable();
    let mut steps: Vec<i64> = sorted.windows(2).map(|pair| pair[1] - pair[0]).collect();
    steps.sort_unstable();
    steps.get(steps.len() / 2).is_none_or(|median| *median >= 300_000)
}

fn build(
    hosts: Vec<String>,
    times: &[i64],
    count: impl Fn(usize, usize) -> Option<i64>,
    diagnostics: Vec<Diagnostic>,
    hours_only: bool,
) -> HostTable {
    let mut order: Vec<usize> = (0..times.len()).collect();
    crate::order::sort_by_key(&mut order, |&index| times[index]);
    let durations: Vec<i64> = order
        .iter()
        .enumerate()
        .map(|(position, &index)| {
            order.get(position + 1).map_or(3_600_000, |&next| times[next].saturating_sub(times[index])).max(1)
        })
        .collect();
    let hosts = hosts
        .into_iter()
        .enumerate()
        .map(|(host_index, host)| HostThroughput {
            host,
            counts: order
                .iter()
                .zip(&durations)
                .map(|(&column, &duration_ms)| HostCount {
                    start_ms: times[column],
                    duration_ms,
                    count: count(host_index, column),
                })
                .collect(),
        })
        .collect();
    HostTable { hosts, diagnostics, hours_only }
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
        // A lag CSV and a Grafana export have a time column too, but their other columns are not hosts.
        assert!(
            import_host_table("time,group,topic,partition,lag\n2026-01-01T00:00:00Z,g,t,0,5\n").is_none()
        );
        assert!(
            import_host_table(
                "\"Time\",\"{consumergroup=\"\"g\"\"}\",\"{consumergroup=\"\"h\"\"}\"\n1735689600000,1,2\n"
            )
            .is_none()
        );
        assert!(
            import_host_table(
                "Time,OffsetLag (Consumer Group: g),SumOffsetLag (g)\n2026-01-01T00:00:00Z,1,2\n"
            )
            .is_none()
        );
    }

    #[test]
    fn counts_in_every_spelling() {
        for (cell, count) in [
            ("30,000", Some(30_000)),
            ("30.000", Some(30_000)),
            ("1.204.553", Some(1_204_553)),
            ("30 000", Some(30_000)),
            ("**231,000**", None), // emphasis is removed with the cell, not here
            ("36k", Some(36_000)),
            ("1.2M", Some(1_200_000)),
            ("3.6만", Some(36_000)),
            ("36천", Some(36_000)),
            ("30,000건", Some(30_000)),
            ("-", None),
            ("N/A", None),
            ("", None),
            ("3.6", None),
            ("12,34", None),
            ("9e99k", None),
            ("99999999999999999999", None),
        ] {
            assert_eq!(parse_count(cell), count, "{cell}");
        }
    }

    fn summary(text: &str) -> (Vec<String>, Vec<Vec<Option<i64>>>, bool) {
        let table = read_host_table(text).expect("a host table");
        let names = table.hosts.iter().map(|host| host.host.clone()).collect();
        let counts = table.hosts.iter().map(|host| host.counts.iter().map(|c| c.count).collect()).collect();
        (names, counts, table.hours_only)
    }

    #[test]
    fn a_title_above_and_notes_around() {
        let text = format!(
            "## 데이터 확인\n처리 건수 (시간별)\n\n{SEED_000}\n- 초기에는 19시 이후 데이터만 확인했기 때문에\n"
        );
        let (names, counts, hours_only) = summary(&text);
        assert_eq!(names, vec!["A서버", "B서버", "C서버", "D서버"]);
        assert_eq!(counts[0][0], Some(30_000));
        assert!(!hours_only);
    }

    #[test]
    fn hosts_as_rows_with_hours_as_columns_and_korean_units() {
        let text = "서버별 처리량\n\n구분\t18시\t19시\t20시\t21시\nA서버\t3만\t3.6만\t3.6만\t3.6만\nB서버\t23.1만\t3.8만\t200\t170\nC서버\t23.1만\t3.8만\t200\t160\n";
        let (names, counts, hours_only) = summary(text);
        assert_eq!(names, vec!["A서버", "B서버", "C서버"]);
        assert_eq!(counts[0], vec![Some(30_000), Some(36_000), Some(36_000), Some(36_000)]);
        assert_eq!(counts[1][0], Some(231_000));
        assert!(hours_only);
        let table = read_host_table(text).expect("a host table");
        assert_eq!(table.hosts[0].counts[1].start_ms - table.hosts[0].counts[0].start_ms, 3_600_000);
    }

    #[test]
    fn csv_and_hours_past_midnight() {
        let text = "hour,host-a,host-b,host-c\n22,\"36,000\",160,170\n23,\"35,000\",120,110\n00,\"35,000\",90,91\n01,\"36,000\",96,95\n";
        let table = read_host_table(text).expect("a host table");
        assert!(table.hours_only);
        let starts: Vec<i64> = table.hosts[0].counts.iter().map(|c| c.start_ms / 3_600_000).collect();
        assert_eq!(starts, vec![22, 23, 24, 25]);
        assert_eq!(table.hosts[0].counts[0].count, Some(36_000));
    }

    #[test]
    fn spreadsheet_copy_with_date_time_cells_and_european_separators() {
        let text =
            "Zeit\tserver-1\tserver-2\n2022-03-17 18:00\t30.000\t231.000\n2022-03-17 19:00\t36.000\t38.000\n";
        // `Zeit` is not a label we know: no table. With `Time` it is one.
        assert!(read_host_table(text).is_none());
        let (names, counts, _) = summary(&text.replace("Zeit", "Time"));
        assert_eq!(names, vec!["server-1", "server-2"]);
        assert_eq!(counts[1], vec![Some(231_000), Some(38_000)]);
    }
}
