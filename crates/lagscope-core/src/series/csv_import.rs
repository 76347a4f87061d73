//! Lag series from CSV: generic lag CSVs (one row per partition and time, columns named in any of
//! the usual ways), and Grafana panel exports (wide: `"Time"` then one column per series, named by
//! its labels; long: `"Series";"Time";"Value"`).
//!
//! Delimiters `,` `;` and tab are detected (or given by a `sep=` first line), quotes and BOMs
//! handled, CRLF accepted. Times are ISO 8601, `date` output, or epoch seconds / milliseconds.
//! Every row that cannot be used is reported with its line number.

use std::collections::BTreeMap;
use std::sync::Arc;

use rustc_hash::FxHashMap;

use super::clock::parse_timestamp;
use super::{LagSample, LagSeries, Owners, SampleOwner, SeriesFormat};
use crate::diagnostic::Diagnostic;
use crate::model::Name;

/// A series read from CSV, what was recognised, and what could not be read.
#[derive(Debug, Clone, PartialEq)]
pub struct CsvImport {
    /// The series.
    pub series: LagSeries,
    /// A lag CSV, or a Grafana export (wide or long).
    pub format: SeriesFormat,
    /// One entry per unusable row or cell.
    pub diagnostics: Vec<Diagnostic>,
}

/// Which column holds what, for generic CSVs; `None` fields are found by their usual names.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CsvMapping {
    /// The time column.
    pub time: Option<String>,
    /// The group column.
    pub group: Option<String>,
    /// The topic column.
    pub topic: Option<String>,
    /// The partition column.
    pub partition: Option<String>,
    /// The lag column.
    pub lag: Option<String>,
    /// The committed-offset column.
    pub current_offset: Option<String>,
    /// The log-end-offset column.
    pub log_end_offset: Option<String>,
    /// The owner host column.
    pub host: Option<String>,
}

const TIME: &[&str] = &["time", "timestamp", "ts", "datetime", "date", "@timestamp"];
const GROUP: &[&str] = &["group", "consumergroup", "consumer_group", "consumer group", "group_id", "groupid"];
const TOPIC: &[&str] = &["topic", "topic_name"];
const PARTITION: &[&str] = &["partition", "partition_id"];
const LAG: &[&str] = &["lag", "offset_lag", "consumer_lag", "records_lag", "offsetlag"];
const CURRENT: &[&str] =
    &["current_offset", "current-offset", "committed_offset", "consumer_offset", "offset", "group_offset"];
const LOG_END: &[&str] =
    &["log_end_offset", "log-end-offset", "leo", "latest_offset", "end_offset", "high_watermark"];
const HOST: &[&str] = &["host", "member_host", "owner", "client_host"];

/// Reads `text` as a lag CSV, or `None` when its header is not one.
#[must_use]
pub fn import_csv(text: &str, mapping: &CsvMapping) -> Option<CsvImport> {
    import_csv_with(text, mapping, Reader::PlainWhenPossible)
}

/// How a lag CSV's rows are cut.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Reader {
    /// Directly, when the text has no quotes or CRs; otherwise by `csv`.
    PlainWhenPossible,
    /// Always by `csv` (the reference the direct cut is tested against).
    #[cfg_attr(not(test), allow(dead_code, reason = "the tests' reference reader"))]
    Csv,
}

/// Where a CSV's rows start: its delimiter (given by a `sep=` line or sniffed from the header), the
/// text after the `sep=` line, and the number of that text's first line.
fn layout_of(text: &str) -> Option<(u8, &str, usize)> {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    match text.split_once('\n') {
        Some((first, rest)) if first.trim_end().starts_with("sep=") => {
            Some((first.trim_end().as_bytes().get(4).copied().unwrap_or(b','), rest, 2))
        }
        _ => Some((sniff_delimiter(text.lines().next()?), text, 1)),
    }
}

/// A CSV reader over `body` as every layout reads it, with the header's cells (trimmed).
fn csv_reader(body: &str, delimiter: u8) -> Option<(csv::Reader<&[u8]>, Vec<String>)> {
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .has_headers(true)
        .from_reader(body.as_bytes());
    let headers: Vec<String> = reader.headers().ok()?.iter().map(|header| header.trim().to_owned()).collect();
    Some((reader, headers))
}

/// The header's column for `given` (the user's name for it), else for one of its usual `names`.
fn find_column(lower: &[String], given: Option<&String>, names: &[&str]) -> Option<usize> {
    match given {
        Some(name) => lower.iter().position(|header| *header == name.to_ascii_lowercase()),
        None => lower.iter().position(|header| names.contains(&header.as_str())),
    }
}

/// A lag CSV's columns, when the header is one: a time, a partition and at least one of lag,
/// committed offset and log-end offset (and no `Series`/`Value` pair, a Grafana long export's).
fn lag_columns(lower: &[String], mapping: &CsvMapping) -> Option<LagColumns> {
    let time = find_column(lower, mapping.time.as_ref(), TIME)?;
    if lower.iter().any(|header| header == "series") && lower.iter().any(|header| header == "value") {
        return None;
    }
    let columns = LagColumns {
        time,
        partition: find_column(lower, mapping.partition.as_ref(), PARTITION)?,
        group: find_column(lower, mapping.group.as_ref(), GROUP),
        topic: find_column(lower, mapping.topic.as_ref(), TOPIC),
        lag: find_column(lower, mapping.lag.as_ref(), LAG),
        current: find_column(lower, mapping.current_offset.as_ref(), CURRENT),
        log_end: find_column(lower, mapping.log_end_offset.as_ref(), LOG_END),
        host: find_column(lower, mapping.host.as_ref(), HOST),
    };
    (columns.lag.is_some() || columns.current.is_some() || columns.log_end.is_some()).then_some(columns)
}

fn lowercase(headers: &[String]) -> Vec<String> {
    headers.iter().map(|header| header.to_ascii_lowercase()).collect()
}

#[allow(clippy::too_many_lines, reason = "one pass over three layouts that share the reader and the header")]
fn import_csv_with(text: &str, mapping: &CsvMapping, reader_choice: Reader) -> Option<CsvImport> {
    let (delimiter, body, first_line) = layout_of(text)?;
    let (mut reader, headers) = csv_reader(body, delimiter)?;
    let lower = lowercase(&headers);
    // Lines from byte offsets (`csv`'s own line count is off by one with CRLF line ends).
    let lines = std::cell::RefCell::new(LineCounter::new(body));
    let line_of = |position: Option<&csv::Position>| {
        position.map_or(first_line, |position| lines.borrow_mut().line_at(position.byte()) + first_line - 1)
    };
    let mut diagnostics = Vec::new();
    let mut samples: BTreeMap<(Option<String>, Name, i32), Vec<LagSample>> = BTreeMap::new();

    let time_column = find_column(&lower, mapping.time.as_ref(), TIME)?;
    let series_column = lower.iter().position(|header| header == "series");
    let format;
    if let (Some(series_column), Some(value_column)) =
        (series_column, lower.iter().position(|header| header == "value"))
    {
        format = SeriesFormat::GrafanaLongCsv;
        for record in reader.records() {
            let record = match record {
                Ok(record) => record,
                Err(error) => {
                    diagnostics.push(not_a_row(line_of(error.position()), &error));
                    continue;
                }
            };
            let line = line_of(record.position());
            let (Some(name), Some(time), Some(value)) =
                (record.get(series_column), record.get(time_column), record.get(value_column))
            else {
                diagnostics
                    .push(Diagnostic::warning(line, crate::msg!("series-csv-expected-series-time-value")));
                continue;
            };
            push_labelled(&mut samples, &mut diagnostics, line, name, time, value);
        }
    } else if find_column(&lower, mapping.partition.as_ref(), PARTITION).is_some() {
        let columns = lag_columns(&lower, mapping)?;
        if reader_choice == Reader::PlainWhenPossible && is_plain(body, delimiter) {
            // Most lag CSVs: no quotes, no CR. Cut on line breaks and delimiters directly, which is
            // what `csv` does with such text (blank lines skipped, the first other line the
            // header), several times faster.
            let (rows, lines_before) = after_header(body);
            let mut plain = PlainLagCsv {
                rows: LagRows::new(columns, headers),
                delimiter,
                next_line: first_line + lines_before,
            };
            plain.read(rows);
            return Some(plain.finish());
        }
        let mut rows = LagRows::new(columns, headers);
        let mut record = csv::StringRecord::new();
        loop {
            match reader.read_record(&mut record) {
                Ok(true) => {}
                Ok(false) => break,
                Err(error) => {
                    // The reader has moved past the record it could not read.
                    rows.diagnostics.push(not_a_row(line_of(error.position()), &error));
                    continue;
                }
            }
            rows.read(&|| line_of(record.position()), &|column| record.get(column));
        }
        return Some(rows.finish(SeriesFormat::LagCsv));
    } else if lower.get(time_column).is_some_and(|header| header == "time") && headers.len() > 1 {
        format = SeriesFormat::GrafanaWideCsv;
        for record in reader.records() {
            let record = match record {
                Ok(record) => record,
                Err(error) => {
                    diagnostics.push(not_a_row(line_of(error.position()), &error));
                    continue;
                }
            };
            let line = line_of(record.position());
            if record.len() < headers.len() {
                // A row cut short: the series it lacks are unknown at its time.
                diagnostics.push(Diagnostic::warning(
                    line,
                    crate::msg!("series-csv-row-cut-short", found = record.len(), expected = headers.len()),
                ));
            }
            let Some(time) = record.get(time_column) else { continue };
            for (column, name) in headers.iter().enumerate().filter(|(column, _)| *column != time_column) {
                if let Some(value) = record.get(column) {
                    push_labelled(&mut samples, &mut diagnostics, line, name, time, value);
                }
            }
        }
    } else {
        return None;
    }
    crate::diagnostic::sort_by_line(&mut diagnostics);
    Some(CsvImport { series: LagSeries::from_samples(samples), format, diagnostics })
}

/// Whether `csv` would read `body` line by line with no quoting: no quote, no carriage return (a
/// CR, alone or before a line break, ends a record in `csv`'s own way), an ASCII delimiter.
fn is_plain(body: &str, delimiter: u8) -> bool {
    // A delimiter byte that is not ASCII would cut characters in two, as `csv` does.
    // `csv` also drops a byte-order mark at the start of what it reads (after a `sep=` line, or
    // a second one).
    delimiter.is_ascii()
        && !body.starts_with('\u{FEFF}')
        && memchr::memchr2(b'"', b'\r', body.as_bytes()).is_none()
}

/// `body` after its first line with text (a plain CSV's header), and how many lines come before
/// what follows.
fn after_header(body: &str) -> (&str, usize) {
    let mut start = 0;
    let mut lines = 0;
    for line in body.split('\n') {
        lines += 1;
        let end = start + line.len();
        if !line.is_empty() {
            return (body.get(end + 1..).unwrap_or_default(), lines);
        }
        start = end + 1;
    }
    ("", lines)
}

/// A plain lag CSV (no quote, no CR) read block by block, each block whole lines:
/// what [`import_csv`] reads from the whole text, for a reader that holds one block of a large
/// file at a time (the CLI).
#[derive(Debug)]
pub struct PlainLagCsv {
    rows: LagRows,
    delimiter: u8,
    /// The number of the next block's first line.
    next_line: usize,
}

impl PlainLagCsv {
    /// Starts with the text's first block, whole lines (it ends with a line break unless it is the
    /// whole text): `None` unless [`import_csv`] reads the text as a lag CSV and the block is plain.
    #[must_use]
    pub fn start(head: &str, mapping: &CsvMapping) -> Option<Self> {
        let (delimiter, body, first_line) = layout_of(head)?;
        if !is_plain(body, delimiter) {
            return None;
        }
        let (rows, lines_before) = after_header(body);
        let (_, headers) = csv_reader(body, delimiter)?;
        let columns = lag_columns(&lowercase(&headers), mapping)?;
        let mut csv =
            Self { rows: LagRows::new(columns, headers), delimiter, next_line: first_line + lines_before };
        csv.read(rows);
        Some(csv)
    }

    /// Reads the next block of whole lines (the text's next bytes); `false`, with nothing read,
    /// when it is not plain: the text must then be read whole.
    pub fn push(&mut self, block: &str) -> bool {
        if !is_plain_block(block) {
            return false;
        }
        self.read(block);
        true
    }

    /// The series read, with every unusable row said on its line.
    #[must_use]
    pub fn finish(self) -> CsvImport {
        self.rows.finish(SeriesFormat::LagCsv)
    }

    /// A reader of the same CSV for blocks read apart from this one (on another core), whose
    /// lines are numbered from the first of them (line 0): [`Self::absorb`] joins it.
    #[must_use]
    pub fn part(&self) -> Self {
        let reader = &self.rows.reader;
        let rows = LagRows::new(reader.columns.clone(), reader.headers.clone());
        Self { rows, delimiter: self.delimiter, next_line: 0 }
    }

    /// Joins `later`, a [`Self::part`] that read the blocks right after the ones this reader read,
    /// as if this reader had read them: its samples follow this reader's in each series, its
    /// diagnostics are numbered from this reader's next line.
    pub fn absorb(&mut self, later: Self) {
        let first_line = self.next_line;
        self.rows.diagnostics.extend(later.rows.diagnostics.into_iter().map(|mut diagnostic| {
            diagnostic.line = diagnostic.line.saturating_add(first_line);
            diagnostic
        }));
        self.rows.keys.absorb(later.rows.keys);
        self.next_line = first_line.saturating_add(later.next_line);
    }

    /// Cuts and joins `lines` (plain), row by row.
    fn read(&mut self, lines: &str) {
        let LagRows { reader, keys, diagnostics, .. } = &mut self.rows;
        self.next_line =
            cut_lines(reader, self.delimiter, lines, self.next_line, diagnostics, |row| keys.join(row));
    }
}

/// Cuts the rows of plain `lines`, whose first line is `first_line`, gives each to `row`, and
/// says the number of the line after them.
fn cut_lines<'t>(
    reader: &RowReader,
    delimiter: u8,
    lines: &'t str,
    first_line: usize,
    diagnostics: &mut Vec<Diagnostic>,
    mut row: impl FnMut(CutRow<'t>),
) -> usize {
    let mut cells: Vec<&str> = Vec::with_capacity(reader.headers.len());
    let mut last_index = 0;
    let mut last_time = None;
    for (index, line) in lines.split('\n').enumerate() {
        last_index = index;
        if line.is_empty() {
            continue;
        }
        cells.clear();
        // Cells are short: a plain loop beats a vectorised search here.
        let mut start = 0;
        for (end, byte) in line.bytes().enumerate() {
            if byte == delimiter {
                cells.push(line.get(start..end).unwrap_or_default());
                start = end + 1;
            }
        }
        cells.push(line.get(start..).unwrap_or_default());
        let line_number = first_line + index;
        if let Some(cut) =
            reader.cut(&mut last_time, diagnostics, &|| line_number, |column| cells.get(column).copied())
        {
            row(cut);
        }
    }
    // A block ends with a line break (or is the text's last): the next one starts a line.
    first_line + last_index
}

/// Whether a block after a plain CSV's first can be cut directly ([`is_plain`]).
fn is_plain_block(block: &str) -> bool {
    memchr::memchr2(b'"', b'\r', block.as_bytes()).is_none()
}

/// The columns of a lag CSV.
#[derive(Debug, Clone)]
struct LagColumns {
    time: usize,
    partition: usize,
    group: Option<usize>,
    topic: Option<usize>,
    lag: Option<usize>,
    current: Option<usize>,
    log_end: Option<usize>,
    host: Option<usize>,
}

/// One row of a lag CSV read, before its keys are interned.
#[derive(Debug)]
struct CutRow<'t> {
    group: Option<&'t str>,
    topic: &'t str,
    partition: i32,
    host: Option<&'t str>,
    time_ms: i64,
    current_offset: Option<i64>,
    log_end_offset: Option<i64>,
    lag: Option<i64>,
}

/// Reads a lag CSV row's cells (what needs no keys).
#[derive(Debug, Clone)]
struct RowReader {
    columns: LagColumns,
    headers: Vec<String>,
}

impl RowReader {
    /// Reads one row: `line` gives its line number (only counted for a diagnostic), `get` a cell;
    /// `last_time` is the previous row's time cell and time (a CSV lists every partition at one
    /// time). A row without a time or a partition is said and skipped.
    fn cut<'r>(
        &self,
        last_time: &mut Option<(String, i64)>,
        diagnostics: &mut Vec<Diagnostic>,
        line: &dyn Fn() -> usize,
        get: impl Fn(usize) -> Option<&'r str>,
    ) -> Option<CutRow<'r>> {
        // `get` is generic, not `dyn`: a million rows of eight cells each are read through it.
        let cell =
            |column: Option<usize>| column.and_then(&get).map(trim_cell).filter(|text| !text.is_empty());
        let columns = &self.columns;
        let time_text = cell(Some(columns.time));
        let time_ms = match (time_text, &*last_time) {
            (Some(text), Some((last_text, last_ms))) if text == last_text => Some(*last_ms),
            (Some(text), _) => {
                parse_time(text).inspect(|time_ms| *last_time = Some((text.to_owned(), *time_ms)))
            }
            (None, _) => None,
        };
        let Some(time_ms) = time_ms else {
            diagnostics.push(Diagnostic::warning(
                line(),
                crate::msg!("series-csv-expected-time-in-column", column = &self.headers[columns.time]),
            ));
            return None;
        };
        let Some(partition) = cell(Some(columns.partition)).and_then(|text| text.parse::<i32>().ok()) else {
            diagnostics.push(Diagnostic::warning(line(), crate::msg!("series-csv-expected-partition")));
            return None;
        };
        let mut number = |column: Option<usize>| {
            let text = cell(column)?;
            let header = column.and_then(|column| self.headers.get(column))?;
            checked_value_at(text, line, header, diagnostics)
        };
        Some(CutRow {
            current_offset: number(columns.current),
            log_end_offset: number(columns.log_end),
            lag: number(columns.lag),
            group: cell(columns.group),
            topic: cell(columns.topic).unwrap_or("-"),
            partition,
            host: cell(columns.host),
            time_ms,
        })
    }
}

/// Reads a lag CSV's rows into series, whichever reader cut them.
#[derive(Debug)]
struct LagRows {
    reader: RowReader,
    keys: SeriesKeys,
    /// The previous row's time cell and time, for rows read one by one.
    last_time: Option<(String, i64)>,
    diagnostics: Vec<Diagnostic>,
}

impl LagRows {
    fn new(columns: LagColumns, headers: Vec<String>) -> Self {
        Self {
            reader: RowReader { columns, headers },
            keys: SeriesKeys::default(),
            last_time: None,
            diagnostics: Vec::new(),
        }
    }

    fn finish(self, format: SeriesFormat) -> CsvImport {
        let mut diagnostics = self.diagnostics;
        crate::diagnostic::sort_by_line(&mut diagnostics);
        CsvImport { series: LagSeries::from_samples(self.keys.into_samples()), format, diagnostics }
    }

    /// Reads one row (`RowReader::cut`) into its series.
    fn read<'r>(&mut self, line: &dyn Fn() -> usize, get: &dyn Fn(usize) -> Option<&'r str>) {
        if let Some(row) = self.reader.cut(&mut self.last_time, &mut self.diagnostics, line, get) {
            self.keys.join(row);
        }
    }
}

/// A cell without the whitespace around it (most cells have none: checked by their ends first).
fn trim_cell(text: &str) -> &str {
    let is_visible_ascii = |byte: Option<&u8>| byte.is_some_and(|byte| (0x21..0x7F).contains(byte));
    if is_visible_ascii(text.as_bytes().first()) && is_visible_ascii(text.as_bytes().last()) {
        text
    } else {
        text.trim()
    }
}

/// [`checked_value`], counting the line only for a diagnostic.
fn checked_value_at(
    text: &str,
    line: &dyn Fn() -> usize,
    column: &str,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<i64> {
    match parse_number(text) {
        Some(value) if (0..=MAX_SERIES_VALUE).contains(&value) => Some(value),
        _ => checked_value(text, line(), column, diagnostics),
    }
}

/// A record the `csv` reader refused, said on its line (the reader goes on with the next one).
pub(super) fn not_a_row(line: usize, error: &csv::Error) -> Diagnostic {
    Diagnostic::warning(line, crate::msg!("series-csv-not-a-row", error = error.to_string()))
}

/// (group, topic, partition).
type SeriesKey = (Option<String>, Name, i32);

/// Per-row keys, interned: a large CSV repeats a few groups, topics and hosts millions of times.
#[derive(Debug, Default)]
struct SeriesKeys {
    // Only looked up, never iterated: their order cannot reach the output.
    names: FxHashMap<Box<str>, Name>,
    groups: FxHashMap<Box<str>, u32>,
    group_names: Vec<String>,
    topics: FxHashMap<Box<str>, u32>,
    topic_names: Vec<Name>,
    index: FxHashMap<(Option<u32>, u32, i32), usize>,
    buckets: Vec<(SeriesKey, Vec<LagSample>)>,
    owners: Owners,
    /// The previous row's owner (its host).
    last_owner: Option<Arc<SampleOwner>>,
    /// The previous row's group and topic with their ids: rows come in runs of one group and topic.
    last_group: Option<(Box<str>, u32)>,
    last_topic: Option<(Box<str>, u32)>,
}

impl SeriesKeys {
    fn name(&mut self, text: &str) -> Name {
        if let Some(name) = self.names.get(text) {
            return name.clone();
        }
        let name = Name::from(text);
        self.names.insert(text.into(), name.clone());
        name
    }

    /// Adds a row read to its series.
    fn join(&mut self, row: CutRow<'_>) {
        let owner = row.host.and_then(|host| self.owner(host));
        let sample =
            LagSample::new(row.time_ms, row.current_offset, row.log_end_offset, row.lag).owned_by(owner);
        self.push(row.group, row.topic, row.partition, sample);
    }

    /// The shared owner of the samples on `host`: most often the previous row's.
    fn owner(&mut self, host: &str) -> Option<Arc<SampleOwner>> {
        if let Some(owner) = &self.last_owner
            && owner.host.as_deref() == Some(host)
        {
            return Some(owner.clone());
        }
        let name = self.name(host);
        let owner = self.owners.owner(Some(&name), None);
        self.last_owner.clone_from(&owner);
        owner
    }

    fn push(&mut self, group: Option<&str>, topic: &str, partition: i32, sample: LagSample) {
        let bucket = self.bucket(group, topic, partition);
        if let Some((_, samples)) = self.buckets.get_mut(bucket) {
            samples.push(sample);
        }
    }

    /// Adds the series `later` read from the rows after this one's: each after its own.
    fn absorb(&mut self, later: Self) {
        for ((group, topic, partition), samples) in later.buckets {
            let bucket = self.bucket(group.as_deref(), &topic, partition);
            if let Some((_, known)) = self.buckets.get_mut(bucket) {
                if known.is_empty() {
                    *known = samples;
                } else {
                    known.extend(samples);
                }
            }
        }
    }

    /// Where the series of (group, topic, partition) is in `buckets`, added when new.
    fn bucket(&mut self, group: Option<&str>, topic: &str, partition: i32) -> usize {
        let group_id = group.map(|group| {
            if let Some((last, id)) = &self.last_group
                && **last == *group
            {
                return *id;
            }
            if let Some(&id) = self.groups.get(group) {
                self.last_group = Some((group.into(), id));
                return id;
            }
            let id = u32::try_from(self.group_names.len()).unwrap_or(u32::MAX);
            self.groups.insert(group.into(), id);
            self.group_names.push(group.to_owned());
            id
        });
        let topic_id = if let Some((last, id)) = &self.last_topic
            && **last == *topic
        {
            *id
        } else if let Some(&id) = self.topics.get(topic) {
            self.last_topic = Some((topic.into(), id));
            id
        } else {
            let id = u32::try_from(self.topic_names.len()).unwrap_or(u32::MAX);
            self.topics.insert(topic.into(), id);
            let name = self.name(topic);
            self.topic_names.push(name);
            id
        };
        let key = (group_id, topic_id, partition);
        if let Some(&bucket) = self.index.get(&key) {
            bucket
        } else {
            let group = group_id.and_then(|id| self.group_names.get(id as usize).cloned());
            let topic = self.topic_names.get(topic_id as usize).cloned().unwrap_or_else(|| Name::from(""));
            self.buckets.push(((group, topic, partition), Vec::new()));
            self.index.insert(key, self.buckets.len() - 1);
            self.buckets.len() - 1
        }
    }

    fn into_samples(self) -> BTreeMap<SeriesKey, Vec<LagSample>> {
        self.buckets.into_iter().collect()
    }
}

/// Line numbers of byte offsets in one text, for offsets that mostly grow (a reader's records):
/// each call counts only the line breaks since the previous offset, so numbering every record of
/// a file is linear, not quadratic. `csv` places a record at the line break that ends the line
/// before it (CRLF) or where the blank lines before it start: line breaks at the offset are skipped.
pub(crate) struct LineCounter<'a> {
    text: &'a [u8],
    /// Bytes `..end` have been counted, holding `breaks` line breaks.
    end: usize,
    breaks: usize,
}

impl<'a> LineCounter<'a> {
    pub(crate) fn new(text: &'a str) -> Self {
        Self { text: text.as_bytes(), end: 0, breaks: 0 }
    }

    /// The 1-based line of byte `offset`.
    pub(crate) fn line_at(&mut self, offset: u64) -> usize {
        // `csv` places a record where the blank lines before it start (or at the line break
        // that ends the line before it): its line is the first one with text from there.
        let start = usize::try_from(offset).unwrap_or(usize::MAX).min(self.text.len());
        let end = self.text[start..]
            .iter()
            .position(|byte| !matches!(byte, b'\r' | b'\n'))
            .map_or(self.text.len(), |skipped| start + skipped);
        if end < self.end {
            self.end = 0;
            self.breaks = 0;
        }
        self.breaks += memchr::memchr_iter(b'\n', &self.text[self.end..end]).count();
        self.end = end;
        self.breaks + 1
    }
}

/// A Grafana series cell: its name carries the labels (`{consumergroup="g", partition="0", topic="t"}`,
/// optionally after a metric name); an empty value is a null.
fn push_labelled(
    samples: &mut BTreeMap<(Option<String>, Name, i32), Vec<LagSample>>,
    diagnostics: &mut Vec<Diagnostic>,
    line: usize,
    name: &str,
    time: &str,
    value: &str,
) {
    let labels = parse_label_set(name);
    let label = |keys: &[&str]| {
        keys.iter()
            .find_map(|key| labels.iter().find(|(name, _)| name == key).map(|(_, value)| value.clone()))
    };
    let (Some(topic), Some(partition)) = (
        label(&["topic", "topic_name"]),
        label(&["partition", "partition_id"]).and_then(|p| p.parse::<i32>().ok()),
    ) else {
        diagnostics.push(Diagnostic::warning(line, crate::msg!("series-labels-missing", series = name)));
        return;
    };
    let Some(time_ms) = parse_time(time.trim()) else {
        diagnostics.push(Diagnostic::warning(line, crate::msg!("series-expected-time-found", found = time)));
        return;
    };
    let value = value.trim();
    let number = if value.is_empty() { None } else { checked_value(value, line, name, diagnostics) };
    let metric = name.split('{').next().unwrap_or_default();
    let is_offset = metric.ends_with("current_offset") || metric.ends_with("group_offset");
    let is_log_end = metric.ends_with("latest_offset") || metric.ends_with("high_water_mark");
    let group = label(&["consumergroup", "group", "group_id", "consumer_group"]);
    let owner = label(&["member_host", "host"])
        .map(|host| Arc::new(SampleOwner { host: Some(Name::from(host)), consumer_id: None }));
    let sample = LagSample::new(
        time_ms,
        number.filter(|_| is_offset),
        number.filter(|_| is_log_end),
        number.filter(|_| !is_offset && !is_log_end),
    );
    samples.entry((group, Name::from(topic), partition)).or_default().push(sample.owned_by(owner));
}

/// `name{key="value", …}` → the labels (quotes optional, `""` undoubled as Grafana writes them).
fn parse_label_set(name: &str) -> Vec<(String, String)> {
    let Some(inner) =
        name.split_once('{').and_then(|(_, rest)| rest.rsplit_once('}')).map(|(inner, _)| inner)
    else {
        return Vec::new();
    };
    inner
        .split(',')
        .filter_map(|pair| {
            let (key, value) = pair.split_once('=')?;
            Some((key.trim().to_owned(), value.trim().trim_matches('"').to_owned()))
        })
        .collect()
}

/// A time: `parse_timestamp`'s forms, or float epoch seconds (`1735689600.5`).
fn parse_time(text: &str) -> Option<i64> {
    parse_timestamp(text).or_else(|| {
        let seconds: f64 = text.parse().ok()?;
        (seconds.is_finite() && seconds > 0.0 && seconds < 1e11).then(|| (seconds * 1000.0).round() as i64)
    })
}

/// An integer cell (a float with no fraction is accepted; `NaN` and empty are unknown).
fn parse_number(text: &str) -> Option<i64> {
    // Most cells: up to 18 digits, which cannot overflow.
    if (1..=18).contains(&text.len()) && text.bytes().all(|byte| byte.is_ascii_digit()) {
        return Some(text.bytes().fold(0_i64, |value, byte| value * 10 + i64::from(byte - b'0')));
    }
    if let Ok(value) = text.parse::<i64>() {
        return Some(value);
    }
    let value: f64 = text.parse().ok()?;
    (value.is_finite() && value.fract() == 0.0 && value.abs() < 9.0e18).then_some(value as i64)
}

/// The largest offset or lag a series value may be: 2^53, the largest whole number every reader
/// (and a JavaScript page) holds exactly; real offsets are far below it.
pub(super) const MAX_SERIES_VALUE: i64 = 1 << 53;

/// A cell's offset or lag, range-checked where it is read: a negative value or one past
/// [`MAX_SERIES_VALUE`] is no offset or lag a partition can have, so it is said on its line (naming
/// the column) and kept unknown.
pub(super) fn checked_value(
    text: &str,
    line: usize,
    column: &str,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<i64> {
    // A number too large for an integer (`99999999999999999999`, `1e30`) is out of range too.
    let too_large = || text.parse::<f64>().is_ok_and(|value| value.is_finite() && value.abs() >= 9.0e18);
    let value = match parse_number(text) {
        Some(value) => value,
        None if too_large() => i64::MAX,
        None => return None,
    };
    if (0..=MAX_SERIES_VALUE).contains(&value) {
        Some(value)
    } else {
        diagnostics.push(Diagnostic::warning(
            line,
            crate::msg!("series-value-out-of-range", column = column, value = text),
        ));
        None
    }
}

/// The delimiter that splits the header into the most cells.
fn sniff_delimiter(header: &str) -> u8 {
    [b',', b';', b'\t']
        .into_iter()
        .max_by_key(|delimiter| header.bytes().filter(|byte| byte == delimiter).count())
        .unwrap_or(b',')
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Cells of lag CSVs people export, with the awkward ones (blank, spaces, floats, text).
    const CELLS: [&str; 14] = [
        "0",
        "12",
        "",
        " 7 ",
        "-",
        "1.0",
        "NaN",
        "x",
        "2026-12-06T10:00:00Z",
        "1735689600",
        "g",
        "t 1",
        "\t",
        "99999999999999999999",
    ];

    /// A CSV of `header` and rows of [`CELLS`] (a blank line after every seventh), with a blank
    /// line first when `blank_first` (not before a `sep=` line or a byte-order mark); with the
    /// offset of its first row and its delimiter.
    fn csv_text(header: &str, rows: &[Vec<usize>], blank_first: bool) -> (String, usize, &'static str) {
        let delimiter = if header.contains(';') {
            ";"
        } else if header.contains('\t') {
            "\t"
        } else {
            ","
        };
        let mut text = String::new();
        if blank_first && !header.starts_with("sep=") && !header.starts_with('\u{FEFF}') {
            text.push('\n');
        }
        text.push_str(header);
        text.push('\n');
        let first_row = text.len();
        for (index, row) in rows.iter().enumerate() {
            let cells: Vec<&str> = row.iter().map(|&pick| CELLS[pick]).collect();
            text.push_str(&cells.join(delimiter));
            if index % 7 == 3 {
                text.push('\n');
            }
            text.push('\n');
        }
        (text, first_row, delimiter)
    }

    proptest::proptest! {
        /// The direct cut of plain text reads every row as `csv` does: same series, same
        /// diagnostics on the same lines.
        #[test]
        fn plain_rows_are_read_as_csv_reads_them(
            header in proptest::sample::select(vec![
                "time,group,topic,partition,current_offset,log_end_offset,lag",
                "timestamp;consumergroup;topic;partition;lag",
                "time\tpartition\tlag\thost",
                "sep=;\nts;topic;partition;offset;leo",
            ]),
            rows in proptest::collection::vec(proptest::collection::vec(0..CELLS.len(), 0..9), 0..30),
            blank_first in proptest::bool::ANY,
        ) {
            let (text, _, _) = csv_text(header, &rows, blank_first);
            let mapping = CsvMapping::default();
            proptest::prop_assert_eq!(
                import_csv_with(&text, &mapping, Reader::PlainWhenPossible),
                import_csv_with(&text, &mapping, Reader::Csv)
            );
        }
    }

    proptest::proptest! {
        /// A plain lag CSV read block by block, cut at any line starts after its header, reads as
        /// the whole text does; any other text is refused at its first block.
        #[test]
        fn plain_blocks_read_as_the_whole_text(
            header in proptest::sample::select(vec![
                "time,group,topic,partition,current_offset,log_end_offset,lag",
                "timestamp;consumergroup;topic;partition;lag",
                "\u{FEFF}time\tpartition\tlag\thost",
                "sep=;\nts;topic;partition;offset;leo",
                "Series,Time,Value",
                "name,age",
            ]),
            rows in proptest::collection::vec(proptest::collection::vec(0..CELLS.len(), 0..9), 0..30),
            blank_first in proptest::bool::ANY,
            cuts in proptest::collection::vec(proptest::num::usize::ANY, 0..4),
            last_line_break in proptest::bool::ANY,
        ) {
            let (mut text, first_row, delimiter) = csv_text(header, &rows, blank_first);
            if !last_line_break && text.ends_with('\n') && text.len() > first_row {
                text.pop();
            }
            // Blocks start at line starts after the header.
            let line_starts: Vec<usize> = std::iter::once(first_row)
                .chain(text.match_indices('\n').map(|(at, _)| at + 1).filter(|at| *at > first_row && *at < text.len()))
                .collect();
            let mut bounds: Vec<usize> = cuts.iter().map(|cut| line_starts[cut % line_starts.len()]).collect();
            bounds.push(text.len());
            bounds.sort_unstable();
            bounds.dedup();
            let mapping = CsvMapping::default();
            let whole = import_csv(&text, &mapping);
            let mut start = 0;
            let mut blocks = bounds.iter().map(|&end| {
                let block = &text[start..end];
                start = end;
                block
            });
            match PlainLagCsv::start(blocks.next().unwrap_or_default(), &mapping) {
                Some(mut plain) => {
                    for block in blocks {
                        proptest::prop_assert!(plain.push(block));
                    }
                    proptest::prop_assert_eq!(Some(plain.finish()), whole);
                }
                None => proptest::prop_assert!(
                    whole.is_none_or(|whole| whole.format != SeriesFormat::LagCsv) || !is_plain(&text, delimiter.as_bytes()[0])
                ),
            }
        }
    }

    /// A block that is not plain is refused, with nothing read: the text is read whole instead.
    #[test]
    fn a_block_with_a_quote_or_a_carriage_return_is_refused() {
        let mapping = CsvMapping::default();
        let mut plain = PlainLagCsv::start("time,partition,lag\n", &mapping).expect("a lag CSV");
        assert!(plain.push("2026-01-01T00:00:00Z,0,5\n"));
        assert!(!plain.push("2026-01-01T00:01:00Z,0,\"6\"\n"));
        assert!(!plain.push("2026-01-01T00:01:00Z,0,6\r\n"));
        assert!(plain.push("2026-01-01T00:02:00Z,x,7\n"));
        let import = plain.finish();
        assert_eq!(import.series.partitions[0].samples.len(), 1);
        let lines: Vec<usize> = import.diagnostics.iter().map(|diagnostic| diagnostic.line).collect();
        assert_eq!(lines, [3], "the refused blocks took no line: {:?}", import.diagnostics);
        assert!(PlainLagCsv::start("time,partition,lag\n\"2026-01-01\",0,5\n", &mapping).is_none());
    }

    /// Review finding: a byte-order mark where `csv` starts reading is dropped by `csv`; the
    /// direct cut leaves such text to it.
    #[test]
    fn a_byte_order_mark_after_the_first_one_reads_as_csv_reads_it() {
        let mapping = CsvMapping::default();
        for text in [
            "\u{FEFF}\u{FEFF}\ntime\tpartition\tlag\n2026-01-01T00:00:00Z\t0\t5\n",
            "sep=,\n\u{FEFF}time,partition,lag\n2026-01-01T00:00:00Z,0,5\n",
        ] {
            let plain = import_csv_with(text, &mapping, Reader::PlainWhenPossible);
            assert_eq!(plain, import_csv_with(text, &mapping, Reader::Csv), "{text:?}");
            assert!(plain.is_some_and(|import| import.diagnostics.is_empty()), "{text:?}");
        }
    }

    #[test]
    fn every_series_fixture_reads_the_same_either_way() {
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures");
        let mut n_plain = 0;
        #[allow(clippy::disallowed_methods, reason = "the test reads fixture files")]
        let paths = ["series", "dumps/wild", "dumps/other", "dumps/messy"]
            .iter()
            .flat_map(|folder| std::fs::read_dir(format!("{root}/{folder}")).expect("fixtures"))
            .map(|entry| entry.expect("entry").path());
        for path in paths {
            #[allow(clippy::disallowed_methods, reason = "the test reads fixture files")]
            let text = crate::text::decode(&std::fs::read(&path).expect("readable"));
            let mapping = CsvMapping::default();
            let plain = import_csv_with(&text, &mapping, Reader::PlainWhenPossible);
            assert_eq!(plain, import_csv_with(&text, &mapping, Reader::Csv), "{}", path.display());
            n_plain += usize::from(plain.is_some() && is_plain(&text, b','));
        }
        assert!(n_plain > 0, "some fixture is a plain lag CSV");
    }

    /// Fuzzing finding (cargo fuzz, target `series_csv`): a negative lag (and one of `i64::MIN`) was
    /// read as it was, and the drain time came out negative. Such a value is said on its line and
    /// kept unknown.
    #[test]
    fn a_lag_no_partition_can_have_is_said_and_kept_unknown() {
        let text = "time,topic,partition,lag\n\
                    2024-01-01T00:00:00Z,t,0,10\n\
                    2024-01-01T00:01:00Z,t,0,-2\n\
                    2024-01-01T00:02:00Z,t,0,-9223372036854775808\n\
                    2024-01-01T00:03:00Z,t,0,9007199254740993\n";
        let import = import_csv(text, &CsvMapping::default()).expect("a lag CSV");
        let lags: Vec<Option<i64>> =
            import.series.partitions[0].samples.iter().map(crate::series::LagSample::lag).collect();
        assert_eq!(lags, [Some(10), None, None, None]);
        let lines: Vec<usize> = import.diagnostics.iter().map(|diagnostic| diagnostic.line).collect();
        assert_eq!(lines, [3, 4, 5]);
        assert!(
            import.diagnostics.iter().all(|diagnostic| diagnostic.message.id == "series-value-out-of-range")
        );
        let grafana = "\u{FEFF}\"Time\",,\"{partition=1\"\",topic=\"}\r1,,1\r\n10,,-2";
        if let Some(import) = import_csv(grafana, &CsvMapping::default()) {
            for series in &import.series.partitions {
                let rates = super::super::rates::partition_rates(series);
                assert!(rates.drain_seconds.is_none_or(|seconds| seconds >= 0.0), "{rates:?}");
            }
        }
    }

    /// Failed before: a wide row without its time cell was skipped without a word.
    #[test]
    fn a_grafana_wide_row_cut_short_is_reported_on_its_line() {
        let text = "Series,Time,{topic=\"t\", partition=\"0\"}\n\
                    x,2024-01-01 00:00:00,5\n\
                    x\n\
                    x,2024-01-01 00:01:00\n";
        let import = import_csv(text, &CsvMapping { time: Some("Time".to_owned()), ..CsvMapping::default() })
            .expect("a wide CSV");
        assert_eq!(import.format, SeriesFormat::GrafanaWideCsv);
        let lines: Vec<usize> = import.diagnostics.iter().map(|diagnostic| diagnostic.line).collect();
        assert!(lines.contains(&3) && lines.contains(&4), "{:?}", import.diagnostics);
        assert!(import.diagnostics.iter().all(|diagnostic| diagnostic.message.id != "series-csv-not-a-row"));
    }

    #[test]
    fn generic_lag_csv_with_aliases_semicolons_and_epochs() {
        let text = "\u{FEFF}timestamp;consumer_group;topic;partition;lag;host\r\n\
                    1735689600;orders;payments;0;88;/10.0.0.1\r\n\
                    1735689660000;orders;payments;0;91;/10.0.0.1\r\n\
                    soon;orders;payments;0;97;/10.0.0.1\r\n";
        let import = import_csv(text, &CsvMapping::default()).expect("a lag CSV");
        assert_eq!(import.format, SeriesFormat::LagCsv);
        let series = &import.series.partitions[0];
        assert_eq!(series.group.as_deref(), Some("orders"));
        let lags: Vec<Option<i64>> = series.samples.iter().map(crate::series::LagSample::lag).collect();
        assert_eq!(lags, vec![Some(88), Some(91)]);
        assert_eq!(import.diagnostics.len(), 1);
        assert_eq!(import.diagnostics[0].line, 4);
        assert_eq!(
            crate::l10n::english(&import.diagnostics[0].message),
            "expected a time in column \"timestamp\""
        );
        assert_eq!(crate::l10n::english(&import.format.name()), "lag CSV");
    }

    #[test]
    fn explicit_mapping() {
        let text = "when,part,behind\n2026-11-22T03:10:00Z,3,12\n";
        let mapping = CsvMapping {
            time: Some("when".into()),
            partition: Some("part".into()),
            lag: Some("behind".into()),
            ..CsvMapping::default()
        };
        let import = import_csv(text, &mapping).expect("mapped");
        assert_eq!(import.series.partitions[0].partition, 3);
        assert_eq!(import.series.partitions[0].samples[0].lag(), Some(12));
    }

    #[test]
    fn grafana_wide_export() {
        let text = "\u{FEFF}\"Time\",\"{consumergroup=\"\"orders\"\", partition=\"\"2\"\", topic=\"\"payments\"\"}\"\r\n\
                    1735689600000,88\r\n1735689615000,\r\n1735689630000,97\r\n\r\n";
        let import = import_csv(text, &CsvMapping::default()).expect("a Grafana CSV");
        assert_eq!(import.format, SeriesFormat::GrafanaWideCsv);
        let series = &import.series.partitions[0];
        assert_eq!((series.topic.as_ref(), series.partition), ("payments", 2));
        let lags: Vec<Option<i64>> = series.samples.iter().map(crate::series::LagSample::lag).collect();
        assert_eq!(lags, vec![Some(88), None, Some(97)]);
    }

    #[test]
    fn grafana_long_export() {
        let text = "\"Series\";\"Time\";\"Value\"\r\n\"kafka_consumergroup_lag{consumergroup=\"\"orders\"\", partition=\"\"0\"\", topic=\"\"payments\"\"}\";1735689600000;10\r\n";
        let import = import_csv(text, &CsvMapping::default()).expect("a Grafana long CSV");
        assert_eq!(import.format, SeriesFormat::GrafanaLongCsv);
        assert_eq!(import.series.partitions[0].samples[0].lag(), Some(10));
    }

    #[test]
    fn not_a_lag_csv() {
        assert!(import_csv("name,age\nada,36\n", &CsvMapping::default()).is_none());
    }
}
