//! Tables read by their column names: what people copy from a web UI's consumer-group page
//! (kafka-ui, kafbat, AKHQ, Redpanda Console, Kafdrop, Confluent Control Center) and any other table
//! with a header whose cells name the fields (a spreadsheet, a wiki page). It is the fallback for a
//! table no layout of `layouts.rs` names.
//!
//! Header cells are matched against a dictionary of synonyms per field, in English and Korean,
//! ignoring case, spaces and punctuation (`Consumer Lag`, `Messages behind`, `랙` are all the lag).
//! Cells are split by tabs (a browser's or a spreadsheet's copy), pipes or commas; numbers may
//! carry either locale's separators (`1,204,553`, `1.245.660`). A display-rounded lag (`1.2k`) is
//! not the lag: it is end − committed when both offsets are there, else unknown. The UIs' spellings
//! of unknown (empty, `N/A`, `-`, `—`, `-1`) are unknown, and a lag without a committed offset is
//! unknown (kafbat prints `0` there). A total row (`Total`, `Combined lag`) is a total to check
//! against, not a partition; a table with topics and lags but no partitions is a per-topic summary.
//!
//! The UIs' column names are from their sources (see `tests/fixtures/dumps/ui/SOURCES.md`).

use super::columns::Field;
use crate::source::Tool;

/// Column names per field, normalised (lower case, letters and digits only).
const SYNONYMS: &[(Field, &[&str])] = &[
    (
        Field::Group,
        &["group", "groupid", "consumergroup", "consumergroupid", "groupname", "그룹", "컨슈머그룹"],
    ),
    (Field::Topic, &["topic", "topicname", "name", "토픽", "토픽명"]),
    (Field::Partition, &["partition", "partitionid", "partitionnumber", "파티션", "파티션번호"]),
    (
        Field::CurrentOffset,
        &[
            "currentoffset",
            "committedoffset",
            "consumeroffset",
            "groupoffset",
            "offset",
            "committed",
            "현재오프셋",
            "커밋오프셋",
            "컨슈머오프셋",
        ],
    ),
    (
        Field::LogEndOffset,
        &[
            "logendoffset",
            "endoffset",
            "lastoffset",
            "latestoffset",
            "highwatermark",
            "로그엔드오프셋",
            "최신오프셋",
            "마지막오프셋",
        ],
    ),
    (Field::Lag, &["lag", "consumerlag", "messagesbehind", "offsetlag", "랙", "지연", "컨슈머랙"]),
    (
        Field::ConsumerId,
        &["consumerid", "memberid", "consumer", "member", "assignedmember", "컨슈머id", "멤버id", "멤버"],
    ),
    (Field::Host, &["host", "consumerhost", "호스트"]),
    (Field::ClientId, &["clientid", "클라이언트id", "클라이언트"]),
    (Field::NMembers, &["members", "numofmembers", "membercount", "nummembers", "activemembers", "멤버수"]),
    (Field::State, &["state", "status", "groupstate", "상태"]),
    (
        Field::Ignored,
        &[
            "",
            "metadata",
            "firstoffset",
            "logstartoffset",
            "startoffset",
            "leaderepoch",
            "numoftopics",
            "topics",
            "topiccount",
            "coordinator",
            "coordinatorid",
            "protocoltype",
            "assignedpartitions",
        ],
    ),
];

/// A header cell, normalised for the dictionary.
fn normalise(cell: &str) -> String {
    cell.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
}

fn field_of(cell: &str) -> Option<Field> {
    let name = normalise(cell);
    SYNONYMS.iter().find(|(_, names)| names.contains(&name.as_str())).map(|(field, _)| *field)
}

/// What a table's rows are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TableKind {
    /// A row per partition.
    Partitions,
    /// A row per topic: its name and its lag (kafka-ui's topic list above the partitions).
    TopicSummary,
    /// A row per group: its id, and its state, member count or lag (a UI's list of groups).
    Groups,
}

/// How a table's cells are split.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Cells {
    /// By a character: a tab, a pipe or a comma.
    Separated(char),
    /// Aligned columns, whose headers are two or more spaces apart: each word of a row belongs to
    /// the last column that starts at or before it (in characters).
    Aligned(Vec<usize>),
}

impl Cells {
    fn split<'a>(&self, line: &'a str) -> Vec<std::borrow::Cow<'a, str>> {
        match self {
            Self::Separated(separator) => {
                split(line, *separator).into_iter().map(std::borrow::Cow::Borrowed).collect()
            }
            Self::Aligned(starts) => {
                let mut cells: Vec<Vec<&str>> = vec![Vec::new(); starts.len()];
                for (at, word) in words_at(line) {
                    let column = starts.iter().rposition(|start| *start <= at).unwrap_or(0);
                    cells[column].push(word);
                }
                cells.into_iter().map(|words| std::borrow::Cow::Owned(words.join(" "))).collect()
            }
        }
    }

    fn fits(&self, line: &str) -> bool {
        match self {
            Self::Separated(separator) => line.contains(*separator),
            Self::Aligned(_) => !line.trim().is_empty(),
        }
    }
}

/// How many terminal columns a character takes: two for Hangul, CJK ideographs and full-width
/// forms (a terminal aligns a Korean header by them), one otherwise.
fn display_width(character: char) -> usize {
    let wide = matches!(character as u32,
        0x1100..=0x115F | 0x2E80..=0x303E | 0x3041..=0x33FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF
        | 0xA960..=0xA97F | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF | 0xFE30..=0xFE4F | 0xFF00..=0xFF60 | 0xFFE0..=0xFFE6);
    if wide { 2 } else { 1 }
}

/// The words of a line with the terminal column each starts at.
fn words_at(line: &str) -> Vec<(usize, &str)> {
    let mut words = Vec::new();
    let mut start: Option<(usize, usize)> = None;
    let mut column = 0;
    for (byte, character) in line.char_indices() {
        match (character.is_whitespace(), start) {
            (false, None) => start = Some((column, byte)),
            (true, Some((column_start, byte_start))) => {
                words.push((column_start, &line[byte_start..byte]));
                start = None;
            }
            _ => {}
        }
        column += display_width(character);
    }
    if let Some((column_start, byte_start)) = start {
        words.push((column_start, &line[byte_start..]));
    }
    words
}

/// The cells of an aligned header (two or more spaces apart) and the character column each starts at.
fn aligned_header(line: &str) -> Option<(Vec<String>, Vec<usize>)> {
    let mut cells: Vec<(usize, String)> = Vec::new();
    let mut previous_end: Option<usize> = None;
    for (at, word) in words_at(line) {
        match (cells.last_mut(), previous_end) {
            (Some((_, cell)), Some(end)) if at == end + 1 => {
                cell.push(' ');
                cell.push_str(word);
            }
            _ => cells.push((at, word.to_owned())),
        }
        previous_end = Some(at + word.chars().map(display_width).sum::<usize>());
    }
    (cells.len() >= 2).then(|| {
        (cells.iter().map(|(_, cell)| cell.clone()).collect(), cells.iter().map(|(at, _)| *at).collect())
    })
}

/// An open table: how its cells are split and what each column holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct NamedTable {
    /// The header's line.
    pub(crate) line: usize,
    cells: Cells,
    columns: Vec<Field>,
    pub(crate) kind: TableKind,
    /// The UI whose column names these are (or [`Tool::Table`]).
    pub(crate) tool: Tool,
}

/// One row read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum NamedRow {
    Partition {
        group: Option<String>,
        topic: Option<String>,
        partition: i32,
        current_offset: Option<i64>,
        log_end_offset: Option<i64>,
        lag: Option<i64>,
        consumer_id: Option<String>,
        host: Option<String>,
        client_id: Option<String>,
    },
    /// A topic of a per-topic summary, with its lag.
    Topic { topic: String, lag: Option<i64> },
    /// A total row: the lag the UI summed.
    Total { lag: Option<i64> },
    /// A group of a list of groups.
    Group { group: String, state: Option<crate::model::GroupState>, n_members: Option<u32>, lag: Option<i64> },
}

fn split(line: &str, separator: char) -> Vec<&str> {
    let line = line.trim_end_matches(['\r', '\n']);
    let line = if separator == '|' { line.trim().trim_matches('|') } else { line };
    line.split(separator).map(str::trim).collect()
}

/// The UI whose header this is, by the column names only it uses.
fn tool_of(cells: &[&str]) -> Tool {
    let has = |name: &str| cells.iter().any(|cell| normalise(cell) == name);
    if has("assignedmember") || has("groupoffset") {
        Tool::RedpandaConsole
    } else if has("firstoffset") && has("consumeroffset") {
        Tool::Kafdrop
    } else if has("metadata") && has("name") {
        Tool::Akhq
    } else if has("messagesbehind") && has("clientid") {
        Tool::ControlCenter
    } else if has("consumerlag") || has("messagesbehind") {
        Tool::KafkaUi
    } else {
        Tool::Table
    }
}

/// Opens a table when `line` is a header whose cells all name fields, with a partition and a lag
/// or an offset (a partition table), or a topic and a lag (a per-topic summary).
pub(crate) fn header(line: &str) -> Option<NamedTable> {
    let (splitter, owned): (Cells, Vec<String>) =
        if let Some(separator) = ['\t', '|', ','].into_iter().find(|separator| line.contains(*separator)) {
            (Cells::Separated(separator), split(line, separator).into_iter().map(str::to_owned).collect())
        } else if line.contains("  ") {
            let (cells, starts) = aligned_header(line)?;
            (Cells::Aligned(starts), cells)
        } else {
            return None;
        };
    let cells: Vec<&str> = owned.iter().map(String::as_str).collect();
    if cells.len() < 2 || cells.iter().all(|cell| cell.is_empty()) {
        return None;
    }
    let columns: Vec<Field> = cells.iter().map(|cell| field_of(cell)).collect::<Option<_>>()?;
    let has = |field: Field| columns.contains(&field);
    let kind = if has(Field::Partition)
        && (has(Field::Lag) || has(Field::CurrentOffset) || has(Field::LogEndOffset))
    {
        TableKind::Partitions
    } else if has(Field::Topic)
        && has(Field::Lag)
        && !has(Field::Partition)
        // `Name` is a topic only beside partitions (AKHQ); alone it could name anything.
        && !cells.iter().any(|cell| normalise(cell) == "name")
    {
        TableKind::TopicSummary
    } else if has(Field::Group) && (has(Field::State) || has(Field::NMembers) || has(Field::Lag)) {
        TableKind::Groups
    } else {
        return None;
    };
    Some(NamedTable { line: 0, cells: splitter, columns, kind, tool: tool_of(&cells) })
}

/// A number as a UI shows it: `1,234`, `1.245.660`, `48211`; unknown spellings and `-1` are `None`.
fn exact_number(cell: &str) -> Option<i64> {
    let cell = cell.trim().trim_end_matches(['▲', '▼']).trim();
    if cell.is_empty() || cell == "-1" {
        return None;
    }
    let negative = cell.starts_with('-');
    let digits = cell.trim_start_matches('-');
    // A plain space is no separator here: two numbers an aligned table ran together stay apart.
    let groups: Vec<&str> = digits.split([',', '.', '\u{a0}', '\u{202f}']).collect();
    let grouped = groups.len() == 1
        || (!groups[0].is_empty()
            && groups[0].len() <= 3
            && groups[1..].iter().all(|group| group.len() == 3));
    if !grouped || !groups.iter().all(|group| group.bytes().all(|byte| byte.is_ascii_digit())) {
        return None;
    }
    let value: i64 = groups.concat().parse().ok()?;
    Some(if negative { -value } else { value })
}

/// Whether a lag cell is rounded for display (`1.2k`, `3.4M`): then it is not the lag.
fn is_rounded(cell: &str) -> bool {
    let cell = cell.trim();
    cell.ends_with(['k', 'K', 'm', 'M', 'b', 'B']) && cell[..cell.len() - 1].parse::<f64>().is_ok()
}

fn text(cell: &str) -> Option<String> {
    let cell = cell.trim();
    (!cell.is_empty() && !matches!(cell, "-" | "—" | "–" | "N/A" | "n/a" | "null" | "None" | "unknown"))
        .then(|| cell.to_owned())
}

/// A total row's first cell: `Total`, `Combined lag`, `Total lag`, `합계`.
fn is_total(cell: &str) -> bool {
    matches!(normalise(cell).as_str(), "total" | "combinedlag" | "totallag" | "합계" | "총계" | "총랙")
}

impl NamedTable {
    /// Reads `line` as a row of this table, or `None` when it is not one (the table ends).
    pub(crate) fn row(&self, line: &str) -> Option<NamedRow> {
        if !self.cells.fits(line) {
            return None;
        }
        let owned = self.cells.split(line);
        let cells: Vec<&str> = owned.iter().map(AsRef::as_ref).collect();
        let get = |field: Field| {
            self.columns
                .iter()
                .position(|column| *column == field)
                .and_then(|index| cells.get(index).copied())
        };
        if cells.first().is_some_and(|cell| is_total(cell)) {
            // The Lag column's cell when it holds a number (`| Total | | 96,000 | 97,346 | 1,346 |`),
            // else the row's first number (Kafdrop's `Combined lag` row).
            let lag = get(Field::Lag)
                .and_then(exact_number)
                .or_else(|| cells.iter().skip(1).find_map(|cell| exact_number(cell)));
            return Some(NamedRow::Total { lag });
        }
        if self.kind == TableKind::Groups {
            let group = get(Field::Group).and_then(text)?;
            let state = get(Field::State)
                .and_then(text)
                .map(|state| crate::model::GroupState::from_name(&state))
                .filter(|state| !matches!(state, crate::model::GroupState::Other(_)));
            let n_members = get(Field::NMembers).and_then(exact_number).and_then(|n| u32::try_from(n).ok());
            let lag = get(Field::Lag).and_then(exact_number);
            // A row of the list says something: a state, a member count or a lag (prose does not).
            if state.is_none() && n_members.is_none() && lag.is_none() {
                return None;
            }
            return Some(NamedRow::Group { group, state, n_members, lag });
        }
        if self.kind == TableKind::TopicSummary {
            let topic = get(Field::Topic).and_then(text)?;
            let lag = get(Field::Lag).and_then(exact_number);
            // An aligned table takes any line: its rows must have their lag.
            if lag.is_none() && matches!(self.cells, Cells::Aligned(_)) {
                return None;
            }
            return Some(NamedRow::Topic { topic, lag });
        }
        let partition =
            i32::try_from(get(Field::Partition).and_then(exact_number)?).ok().filter(|p| *p >= 0)?;
        let current_offset = get(Field::CurrentOffset).and_then(exact_number).filter(|offset| *offset >= 0);
        let log_end_offset = get(Field::LogEndOffset).and_then(exact_number).filter(|offset| *offset >= 0);
        let lag_cell = get(Field::Lag).unwrap_or_default();
        let computed = current_offset.zip(log_end_offset).and_then(|(current, end)| end.checked_sub(current));
        let lag = if is_rounded(lag_cell) {
            computed
        } else if get(Field::CurrentOffset).is_some() && current_offset.is_none() {
            // No committed offset, no lag (whatever the cell says: kafbat prints 0).
            None
        } else {
            exact_number(lag_cell).or(computed)
        };
        Some(NamedRow::Partition {
            group: get(Field::Group).and_then(text),
            topic: get(Field::Topic).and_then(text),
            partition,
            current_offset,
            log_end_offset,
            lag,
            consumer_id: get(Field::ConsumerId).and_then(text),
            host: get(Field::Host).and_then(text),
            client_id: get(Field::ClientId).and_then(text),
        })
    }
}

/// A group or topic named by a line above a table: `Consumer Group: orders`, `Kafka Consumer:
/// orders`, `Topic: payments`, `그룹: orders`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Named {
    Group(String),
    Topic(String),
}

pub(crate) fn named_line(line: &str) -> Option<Named> {
    let (label, value) = line.trim().split_once(':')?;
    let value = value.trim();
    if value.is_empty() || value.contains(char::is_whitespace) || value.chars().count() > 255 {
        return None;
    }
    match normalise(label).as_str() {
        "consumergroup" | "group" | "groupid" | "kafkaconsumer" | "consumer" | "그룹" | "컨슈머그룹" => {
            Some(Named::Group(value.to_owned()))
        }
        "topic" | "토픽" => Some(Named::Topic(value.to_owned())),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_of_the_uis() {
        let kafka_ui = header("Partition\tConsumer ID\tHost\tConsumer Lag\tCurrent Offset\tEnd offset")
            .expect("kafka-ui");
        assert_eq!((kafka_ui.kind, kafka_ui.tool), (TableKind::Partitions, Tool::KafkaUi));
        let redpanda = header("Partition\tAssigned Member\tHost\tLog End Offset\tGroup Offset\tLag\t")
            .expect("redpanda");
        assert_eq!(redpanda.tool, Tool::RedpandaConsole);
        let akhq = header("Name\tPartition\tMember\tOffset\tMetadata\tLag").expect("akhq");
        assert_eq!(akhq.tool, Tool::Akhq);
        let summary = header("\tTopic\tConsumer lag\t").expect("kafbat's topic list");
        assert_eq!(summary.kind, TableKind::TopicSummary);
        assert!(header("GROUP TOPIC PARTITION").is_none(), "no separator");
        assert!(header("Name\tMessages\tState").is_none(), "not every column is known");
        assert!(header("State\tSTABLE").is_none());
    }

    #[test]
    fn rows_with_rounded_and_unknown_cells() {
        let redpanda =
            header("Partition\tAssigned Member\tHost\tLog End Offset\tGroup Offset\tLag\t").expect("header");
        let Some(NamedRow::Partition { lag, current_offset, .. }) =
            redpanda.row("1\tc-1\t/10.0.0.1\t49224\t47990\t1.2k\t")
        else {
            panic!("a row")
        };
        assert_eq!((current_offset, lag), (Some(47_990), Some(1234)), "1.2k is end − committed");
        let Some(NamedRow::Partition { lag, current_offset, .. }) =
            redpanda.row("3\tc-2\t/10.0.0.2\t51002\t—\t—\t")
        else {
            panic!("a row")
        };
        assert_eq!((current_offset, lag), (None, None));
        let kafbat =
            header("Partition\tConsumer ID\tHost\tConsumer Lag\tCurrent Offset\tEnd offset").expect("header");
        let Some(NamedRow::Partition { lag, .. }) = kafbat.row("3\tc-2\t/10.0.0.2\t0\t\t") else {
            panic!("a row")
        };
        assert_eq!(lag, None, "kafbat's 0 without a committed offset is unknown");
        assert_eq!(kafbat.row("Combined lag\t1346"), Some(NamedRow::Total { lag: Some(1346) }));
        assert_eq!(kafbat.row("no tabs here"), None);
    }

    #[test]
    fn aligned_tables_with_multi_word_headers() {
        let table =
            header("Topic      Partition  Consumer ID        Messages behind").expect("an aligned header");
        assert_eq!(table.kind, TableKind::Partitions);
        let Some(NamedRow::Partition { topic, partition, consumer_id, lag, .. }) =
            table.row("payments   3          consumer-1 (go)    1,204")
        else {
            panic!("a row")
        };
        assert_eq!(
            (topic.as_deref(), partition, consumer_id.as_deref(), lag),
            (Some("payments"), 3, Some("consumer-1 (go)"), Some(1204))
        );
        assert!(header("just some prose  with two spaces").is_none());
    }

    #[test]
    fn numbers_of_either_locale() {
        assert_eq!(exact_number("1,204,553"), Some(1_204_553));
        assert_eq!(exact_number("1.245.660"), Some(1_245_660));
        assert_eq!(exact_number("88 ▲"), Some(88));
        assert_eq!(exact_number("-1"), None);
        assert_eq!(exact_number("1.2"), None);
        assert_eq!(exact_number("N/A"), None);
    }

    #[test]
    fn names_above_a_table() {
        assert_eq!(
            named_line("Consumer Group: orders-consumer"),
            Some(Named::Group("orders-consumer".into()))
        );
        assert_eq!(
            named_line("Kafka Consumer: orders-consumer"),
            Some(Named::Group("orders-consumer".into()))
        );
        assert_eq!(named_line("Topic: payments"), Some(Named::Topic("payments".into())));
        assert_eq!(named_line("Refresh rate: Off"), None);
        assert_eq!(named_line("Lag: 1346"), None);
    }
}

/// What a copied web page says around its tables: the group and topic it names, and its label and
/// value lines (`State` / `STABLE`, `Total lag` / `1346`, in either order).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Page {
    /// Short lines outside tables, in order: (line number, text).
    lines: Vec<(usize, String)>,
    group: Option<String>,
    topic: Option<String>,
    summary_topics: Vec<String>,
    /// The per-topic summary table, whose rows may come back between partition tables.
    pub(crate) summary_table: Option<NamedTable>,
    /// The group of the last partition row (a total row below it is that group's).
    pub(crate) last_row_group: Option<String>,
    /// The line of the first table read by its column names.
    pub(crate) first_table_line: Option<usize>,
}

/// Breadcrumbs a UI prints before the group's name.
const BREADCRUMBS: [&str; 4] = ["consumers", "consumergroups", "groups", "컨슈머그룹"];

impl Page {
    /// Keeps a short line (a label, a value, a heading) for later.
    pub(crate) fn note(&mut self, line_number: usize, line: &str) {
        let line = line.trim();
        if !line.is_empty() && line.chars().count() <= 60 && line.split_whitespace().count() <= 6 {
            self.lines.push((line_number, line.to_owned()));
        }
    }

    pub(crate) fn named(&mut self, named: Named) {
        match named {
            Named::Group(group) => self.group = Some(group),
            Named::Topic(topic) => self.topic = Some(topic),
        }
    }

    pub(crate) fn summary_topic(&mut self, topic: String) {
        self.summary_topics.push(topic);
    }

    fn id_lines(&self, before: usize) -> impl Iterator<Item = (usize, &str)> {
        self.lines
            .iter()
            .filter(move |(line, text)| *line < before && super::looks_like_listed_group(text))
            .map(|(line, text)| (*line, text.as_str()))
    }

    /// The group the page is about, for a table (at `before`) without a group column: named by a
    /// `Consumer Group: x` line, else the id after a `Consumers` breadcrumb, else the first id.
    pub(crate) fn group(&self, before: usize) -> Option<String> {
        if let Some(group) = &self.group {
            return Some(group.clone());
        }
        let after_breadcrumb = self.lines.windows(2).find_map(|pair| {
            (pair[1].0 < before
                && BREADCRUMBS.contains(&normalise(&pair[0].1).as_str())
                && super::looks_like_listed_group(&pair[1].1))
            .then(|| pair[1].1.clone())
        });
        after_breadcrumb.or_else(|| self.id_lines(before).next().map(|(_, text)| text.to_owned()))
    }

    /// The topic of a partition table (at `before`) without a topic column: named by a `Topic: x`
    /// line, else the last topic row of a summary above it, else the last id before it that is not
    /// the group.
    pub(crate) fn topic(&self, before: usize) -> Option<String> {
        if let Some(topic) = &self.topic {
            return Some(topic.clone());
        }
        if let Some(topic) = self.summary_topics.last() {
            return Some(topic.clone());
        }
        let group = self.group(before);
        self.id_lines(before)
            .filter(|(_, text)| Some(*text) != group.as_deref())
            .last()
            .map(|(_, t)| t.to_owned())
    }

    /// The value next to a label (before or after it): `State` / `STABLE`.
    fn value_of(&self, label: &str) -> Vec<&str> {
        let mut values = Vec::new();
        for (index, (_, text)) in self.lines.iter().enumerate() {
            if normalise(text) == label {
                if let Some((_, next)) = self.lines.get(index + 1) {
                    values.push(next.as_str());
                }
                if let Some((_, previous)) = index.checked_sub(1).and_then(|i| self.lines.get(i)) {
                    values.push(previous.as_str());
                }
            }
        }
        values
    }

    /// The group's state the page shows (`STABLE`, `Stable`, `PREPARING_REBALANCE`).
    pub(crate) fn state(&self) -> Option<crate::model::GroupState> {
        self.value_of("state").into_iter().find_map(|value| {
            let state = crate::model::GroupState::from_name(value);
            (!matches!(state, crate::model::GroupState::Other(_))).then_some(state)
        })
    }

    /// The group's total lag the page shows.
    pub(crate) fn total_lag(&self) -> Option<i64> {
        self.value_of("totallag").into_iter().find_map(exact_number)
    }

    /// The member count the page shows.
    pub(crate) fn n_members(&self) -> Option<u32> {
        self.value_of("members").into_iter().find_map(|value| value.trim().parse().ok())
    }
}
