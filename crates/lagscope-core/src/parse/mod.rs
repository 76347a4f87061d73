//! Parsing pasted dumps into a [`Snapshot`] plus [`Diagnostic`]s.
//!
//! Parsing never fails: every line is either used (a header, a row, a message that states a fact),
//! recognised as noise (a prompt, a log line, a comment), or reported as a diagnostic with its
//! 1-based line number and what was expected. One bad line never loses the rest of a paste.
//!
//! [`Parser`] reads one line at a time, so the CLI can stream inputs of any size. A header line
//! opens a table of one of the known layouts (a tool, a version range and a view); the rows
//! that follow are matched to its columns until the next header. Lines outside tables are tool
//! messages, command lines (which name the tool and the group), Prometheus samples, rpk's
//! key/value summaries, or noise. Whole JSON documents (Burrow, Confluent, kafkactl, Prometheus
//! API) are read by [`parse`] before any line is.

mod builder;
mod cleanup;
mod columns;
mod errors;
mod json;
mod json_recovery;
mod layouts;
mod ledger;
pub use ledger::LineAccount;
use ledger::{Ledger, LineUse};
mod messages;
mod named_table;
mod partition_index;
mod pieces;
pub use pieces::split_points;

pub use json_recovery::holds_embedded_json;
mod prometheus;
mod rows;
mod tokens;
pub mod wire;

use crate::diagnostic::Diagnostic;
use crate::l10n::Arg;
use crate::model::{GroupState, OffsetReset, Snapshot};
use crate::source::{Source, Tool};
use builder::SnapshotBuilder;
use columns::{Column, NumericCell, match_header, parse_count, parse_offset};
use layouts::{LAYOUTS, Layout, RowKind, Separator};
use messages::{CommandLine, Message};
use tokens::{Token, tokenize};

/// Whether a (non-blank) line is chatter around the data: a prompt or command line, a comment, a
/// log line, a stack frame, a tool's note. The snapshot parser accounts for these without
/// reporting them; so do the readers that cut a paste into pieces before parsing it.
pub(crate) fn is_chatter(line: &str) -> bool {
    matches!(messages::recognise(line), Some(Message::Command(_) | Message::Noise))
}

/// The result of parsing: whatever could be read, and what could not.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ParseOutcome {
    /// The tool (and version) the input was recognised as.
    pub source: Source,
    /// The groups, partitions and members read from the input.
    pub snapshot: Snapshot,
    /// One entry per line that could not be fully used, in line order.
    pub diagnostics: Vec<Diagnostic>,
}

/// How to parse.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ParseOptions {
    /// Read the input as this tool's output only, instead of detecting it.
    pub format: Option<Tool>,
}

/// Parses `input` (already decoded, see [`crate::text::decode`]), detecting its format.
#[must_use]
pub fn parse(input: &str) -> ParseOutcome {
    parse_with(input, ParseOptions::default())
}

/// Parses `input` with `options`.
#[must_use]
pub fn parse_with(input: &str, options: ParseOptions) -> ParseOutcome {
    parse_accounted(input, options).0
}

/// Whether an input that starts with `head` (a stream's first buffer) is read whole rather than a
/// line at a time: UTF-16 (decoded whole), a JSON document, or JSON after prose in its first lines
/// ([`holds_embedded_json`]). Only those lines of the head are decoded.
#[must_use]
pub fn head_is_read_whole(head: &[u8]) -> bool {
    let is_utf16 = head.starts_with(&[0xFF, 0xFE]) || head.starts_with(&[0xFE, 0xFF]);
    let first_character =
        head.iter().find(|byte| !byte.is_ascii_whitespace() && !matches!(byte, 0xEF | 0xBB | 0xBF));
    let json_lines = memchr::memchr_iter(b'\n', head)
        .nth(json_recovery::EMBEDDED_JSON_LINES - 1)
        .map_or(head, |end| &head[..end]);
    is_utf16
        || matches!(first_character, Some(b'{' | b'['))
        || holds_embedded_json(&String::from_utf8_lossy(json_lines))
}

/// Parses `input` with `options`, and says what became of each of its lines.
#[must_use]
pub fn parse_accounted(input: &str, options: ParseOptions) -> (ParseOutcome, LineAccount) {
    let text = input.strip_prefix('\u{FEFF}').unwrap_or(input);
    // A JSON document is read whole: each of its lines is part of what was read.
    let whole = || LineAccount::whole(crate::text::numbered_lines(text).count());
    if let Some(outcome) = json::parse_document(text, options) {
        return (outcome, whole());
    }
    if json_recovery::holds_embedded_json(text)
        && let Some(outcome) = json_recovery::read_embedded(text, options)
    {
        return (outcome, whole());
    }
    let mut parser = Parser::new(options);
    for (_, line) in crate::text::numbered_lines(text) {
        parser.push_line(line);
    }
    parser.finish_accounted()
}

/// The table rows currently belong to.
struct ActiveTable {
    layout: &'static Layout,
    columns: Vec<Column>,
    field_index: columns::FieldIndex,
    /// Whether rows carry numbers, so that only rows can fit the table.
    anchored: bool,
    /// The cells of a row with one token per column, when the column solver tries that first:
    /// such a row is read without the solver (see [`Parser::apply_row`]).
    one_token_cells: Option<columns::Cells>,
}

impl ActiveTable {
    fn new(layout: &'static Layout, columns: Vec<Column>) -> Self {
        let field_index = columns::field_index(&columns);
        let anchored = columns.iter().any(|column| {
            matches!(
                column.shape,
                columns::Shape::Count | columns::Shape::Offset | columns::Shape::Coordinator
            )
        });
        let one_token_cells =
            (layout.separator == Separator::Whitespace).then(|| columns::one_token_cells(&columns)).flatten();
        Self { layout, columns, field_index, anchored, one_token_cells }
    }
}

/// Why a line is not a row of the active table.
struct RowError {
    reason: crate::l10n::Message,
    /// The line may be the first half of a row the paste wrapped.
    maybe_wrapped: bool,
}

impl From<crate::l10n::Message> for RowError {
    fn from(reason: crate::l10n::Message) -> Self {
        Self { reason, maybe_wrapped: false }
    }
}

/// A row that had too few columns, kept for one line in case the paste wrapped it.
struct PendingRow {
    line_number: usize,
    text: String,
    reason: crate::l10n::Message,
}

/// A line-at-a-time parser; feed it with [`Parser::push_line`], then call [`Parser::finish`].
pub struct Parser {
    options: ParseOptions,
    line_number: usize,
    builder: SnapshotBuilder,
    diagnostics: Vec<Diagnostic>,
    /// Boxed: it is taken out and put back for every row, and is a few hundred bytes.
    table: Option<Box<ActiveTable>>,
    /// The latest pasted command line.
    command: Option<CommandLine>,

    /// The group named by context: an rpk `GROUP` line or a `--delete-offsets` message.
    context_group: Option<String>,
    /// Whether the previous non-blank line was a table row (a header right after one is 3.8/3.9).
    previous_was_row: bool,
    pending: Option<PendingRow>,
    /// Single words outside tables: group ids of `--list`, when nothing else claims them.
    loose_words: Vec<(usize, String)>,
    /// The last header's line and words, to join it with its second half when a console wrapped it.
    last_header: Option<(usize, Vec<String>)>,
    /// A table read by its column names (a web UI's copy, a spreadsheet), while its rows come.
    named: Option<named_table::NamedTable>,
    /// What a copied page says around its tables (the group, the topic, its labels and values).
    page: named_table::Page,
    /// Lines nothing read, reported at the end unless they turn out to be a copied page's chrome.
    unread: Vec<Diagnostic>,
    /// The first line of several words that nothing read, to say what an unreadable input looks like.
    first_unread: Option<(usize, String)>,
    /// The first line that was not text (a binary file): the whole input is refused.
    binary_at: Option<usize>,
    /// Lines of several words that were neither a row, a header nor a message (prose, a web
    /// page's labels): with any of them, single words are not a bare `--list`.
    n_unread_lines: usize,
    n_rows: usize,
    sources: Vec<(Tool, String)>,
    prometheus: prometheus::Collector,
    /// `| Key | Value |` lines of a Confluent CLI box, until its border closes it.
    key_values: Vec<(usize, String, String)>,
    /// The lines used or set aside as noise (the others must have a diagnostic).
    ledger: Ledger,
    /// Whether the first line that was neither blank nor noise opened a layout's table (`None`
    /// before one): a piece that starts so is read alike after any earlier lines (see `absorb`).
    first_content_was_header: Option<bool>,
    /// Whether the last line read was blank: a piece is joined only after one (see `absorb`).
    last_was_blank: bool,
}

impl std::fmt::Debug for Parser {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.debug_struct("Parser").field("line_number", &self.line_number).finish_non_exhaustive()
    }
}

impl Parser {
    /// A parser with nothing read yet.
    #[must_use]
    pub fn new(options: ParseOptions) -> Self {
        Self {
            options,
            line_number: 0,
            builder: SnapshotBuilder::default(),
            diagnostics: Vec::new(),
            table: None,
            command: None,
            context_group: None,
            previous_was_row: false,
            pending: None,
            loose_words: Vec::new(),
            n_unread_lines: 0,
            binary_at: None,
            first_unread: None,
            last_header: None,
            named: None,
            page: named_table::Page::default(),
            unread: Vec::new(),
            n_rows: 0,
            sources: Vec::new(),
            prometheus: prometheus::Collector::default(),
            key_values: Vec::new(),
            ledger: Ledger::starting_at(1),
            first_content_was_header: None,
            last_was_blank: false,
        }
    }

    /// A parser for a piece of a larger input whose first line is `first_line_number`, so that
    /// diagnostics keep the larger input's line numbers.
    #[must_use]
    pub fn starting_at_line(options: ParseOptions, first_line_number: usize) -> Self {
        let mut parser = Self::new(options);
        parser.line_number = first_line_number.saturating_sub(1);
        parser.ledger = Ledger::starting_at(first_line_number.max(1));
        parser
    }

    /// How many lines were read (with the lines before the first, for a parser of a piece).
    #[must_use]
    pub fn lines_read(&self) -> usize {
        self.line_number
    }

    /// Reads the next line (without its line break).
    pub fn push_line(&mut self, line: &str) {
        self.line_number += 1;
        if self.binary_at.is_some() {
            return;
        }
        // Looked for until a row is read: a binary file shows itself in its first lines, and the
        // rows of a large dump are not scanned twice.
        if self.n_rows == 0 && is_binary(line) {
            // Not text: nothing read from it means anything. One message, at the end.
            self.binary_at = Some(self.line_number);
            return;
        }
        let line = if self.line_number == 1 { line.strip_prefix('\u{FEFF}').unwrap_or(line) } else { line };
        let cleaned = cleanup::clean(line);
        let line = match &cleaned {
            cleanup::Cleaned::Blank | cleanup::Cleaned::Noise => {
                self.last_was_blank = matches!(cleaned, cleanup::Cleaned::Blank);
                self.ledger.mark(self.line_number, LineUse::Noise);
                self.previous_was_row = false;
                // A copied table ends at a blank line.
                if matches!(cleaned, cleanup::Cleaned::Blank) {
                    self.named = None;
                }
                // A list without numbers ends at a blank line.
                if self.table.as_ref().is_some_and(|table| !table.anchored) {
                    self.table = None;
                }
                self.flush_pending();
                self.flush_key_values();
                return;
            }
            cleanup::Cleaned::Line(line) => {
                self.last_was_blank = false;
                line.as_ref()
            }
        };
        if let Some(pending) = self.pending.take() {
            let is_row_start = self.table.as_ref().is_some_and(|table| {
                columns::solve(&table.columns, &tokenize_line(line, table.layout.separator)).is_some()
            });
            // A complete row on its own is not the rest of the previous one. A console breaks a row
            // where its width ends: between two cells, or inside one (then the halves join as is).
            if !is_row_start {
                let rest = line.trim_start();
                let between_cells =
                    pending.text.ends_with(char::is_whitespace) || line.starts_with(char::is_whitespace);
                let mut joins = vec![format!("{} {rest}", pending.text.trim_end())];
                if !between_cells {
                    // No space on either side of the break: the console cut a cell in two.
                    joins.insert(0, format!("{}{rest}", pending.text));
                }
                for joined in joins {
                    if self.try_row(pending.line_number, &joined).is_ok() {
                        self.ledger.mark(pending.line_number, LineUse::Used);
                        self.ledger.mark(self.line_number, LineUse::Used);
                        self.diagnostics.push(Diagnostic::info(
                            pending.line_number,
                            crate::msg!(
                                "diag-wrapped-row",
                                first = line_arg(pending.line_number),
                                second = line_arg(self.line_number)
                            ),
                        ));
                        return;
                    }
                }
            }
            self.settle_pending(pending);
        }
        self.read_line(line);
    }

    fn flush_pending(&mut self) {
        if let Some(pending) = self.pending.take() {
            self.settle_pending(pending);
        }
    }

    /// A short row that nothing completed: kept as a partial row when its cells fit the table's
    /// leading columns, else reported.
    fn settle_pending(&mut self, pending: PendingRow) {
        match self.try_partial_row(&pending) {
            Some(missing) => self.diagnostics.push(Diagnostic::warning(
                pending.line_number,
                crate::msg!("diag-row-cut-short", missing = missing),
            )),
            None => self.diagnostics.push(Diagnostic::warning(pending.line_number, pending.reason)),
        }
    }

    /// Reads a row that stops before the table's last columns (a paste cut at the end of a line, a
    /// redacted tail): the cells it has fill the leading columns, the rest are unknown. Its last
    /// cell may itself be cut (`consumer-1-3f2b8c1e-9d` of a longer id, `152` of `15203`), so it is
    /// unknown too unless the line ends with a space after it. Returns the unknown columns' names,
    /// or `None` when the cells do not fit.
    fn try_partial_row(&mut self, pending: &PendingRow) -> Option<Arg> {
        let table = self.table.take()?;
        let result = self.apply_partial_row(&table, pending);
        self.table = Some(table);
        if result.is_some() {
            self.n_rows += 1;
        }
        result
    }

    fn apply_partial_row(&mut self, table: &ActiveTable, pending: &PendingRow) -> Option<Arg> {
        let tokens = tokenize_line(&pending.text, table.layout.separator);
        let last_is_whole = pending.text.ends_with(char::is_whitespace);
        let n_trusted = if last_is_whole { tokens.len() } else { tokens.len().saturating_sub(1) };
        // The cells must reach past the row's first number (a partition, an offset), so a row is
        // never made of names alone.
        let first_number = table
            .columns
            .iter()
            .position(|column| matches!(column.shape, columns::Shape::Count | columns::Shape::Offset))?;
        if n_trusted <= first_number || n_trusted >= table.columns.len() {
            return None;
        }
        let leading: Vec<Column> = table.columns[..n_trusted]
            .iter()
            .map(|column| Column { presence: columns::Presence::Always, ..*column })
            .collect();
        let mut cells = columns::solve(&leading, &tokens[..n_trusted])?;
        if !last_is_whole {
            // The cut cell: present, but unknown.
            cells.push(n_trusted..n_trusted);
        }
        // Only the columns the row has: a missing CLIENT-ID is unknown, not the empty id an owned
        // partition prints.
        let present = columns::field_index(&table.columns[..cells.len()]);
        let row = rows::Row {
            line: &pending.text,
            tokens: &tokens,
            field_index: &present,
            cells: &cells,
            numbers: None,
        };
        let context_group = context_group_of(self.context_group.as_deref(), self.command.as_ref());
        let target = rows::RowTarget { context_group };
        let mut diagnostics = Vec::new();
        rows::apply(
            table.layout.kind,
            &row,
            &target,
            pending.line_number,
            &mut self.builder,
            &mut diagnostics,
        )
        .ok()?;
        self.diagnostics.extend(diagnostics);
        Some(Arg::list(table.columns[n_trusted..].iter().map(|column| column.header)))
    }

    fn allows(&self, tool: Tool) -> bool {
        self.options.format.is_none_or(|format| format == tool)
    }

    fn note_source(&mut self, tool: Tool, hint: &str) {
        if !self.sources.iter().any(|(known, known_hint)| *known == tool && known_hint == hint) {
            self.sources.push((tool, hint.to_owned()));
        }
    }

    fn read_line(&mut self, line: &str) {
        let line_number = self.line_number;
        let is_first_content = self.first_content_was_header.is_none();
        if is_first_content {
            self.first_content_was_header = Some(false);
        }
        if self.read_named_row(line_number, line) {
            self.ledger.mark(line_number, LineUse::Used);
            return;
        }
        // The common case first: a row of the open table. Tables without numbers in their rows
        // (group lists, member lists) would take any line, so headers and messages go first there.
        let anchored = self.table.as_ref().is_some_and(|table| table.anchored);
        let mut row_error = if anchored {
            match self.try_row(line_number, line) {
                Ok(()) => {
                    self.ledger.mark(line_number, LineUse::Used);
                    return;
                }
                Err(error) => Some(error),
            }
        } else {
            None
        };
        let tokens = tokenize_line(line, Separator::Whitespace);
        if self.read_header(line, &tokens) {
            self.ledger.mark(line_number, LineUse::Used);
            self.previous_was_row = false;
            if is_first_content && self.table.is_some() {
                self.first_content_was_header = Some(true);
            }
            return;
        }
        if let [key, value] = tokens.as_slice()
            && CONFLUENT_KEYS.iter().any(|known| known.eq_ignore_ascii_case(key.text))
            && self.allows(Tool::Confluent)
            && cleanup::pipe_cells(line).is_some()
        {
            self.key_values.push((line_number, key.text.to_ascii_lowercase(), value.text.to_owned()));
            self.ledger.mark(line_number, LineUse::Used);
            return;
        }
        self.flush_key_values();
        if let Some(message) = messages::recognise(line) {
            self.previous_was_row = false;
            self.ledger.mark(line_number, LineUse::Used);
            self.apply_message(line_number, message);
            return;
        }
        if self.read_rpk_summary(&tokens, line) {
            self.ledger.mark(line_number, LineUse::Used);
            return;
        }
        if self.allows(Tool::Prometheus)
            && let Some(sample) = prometheus::parse_sample(line)
        {
            if let Some(exporter) = sample.exporter() {
                self.note_source(Tool::Prometheus, exporter);
                self.prometheus.add(line_number, sample, &mut self.builder);
                self.ledger.mark(line_number, LineUse::Used);
                return;
            }
            // Go runtime, process and other metrics of an exporter's page: recognised, not used.
            let looks_like_metric = !sample.labels.is_empty() || sample.name.contains('_');
            if row_error.is_none()
                && looks_like_metric
                && self.sources.iter().any(|(tool, _)| *tool == Tool::Prometheus)
            {
                self.ledger.mark(line_number, LineUse::Noise);
                return;
            }
        }
        if self.table.is_some() && !anchored {
            match self.try_row(line_number, line) {
                Ok(()) => {
                    self.ledger.mark(line_number, LineUse::Used);
                    return;
                }
                Err(error) => row_error = Some(error),
            }
        }
        if let Some(error) = row_error {
            if error.maybe_wrapped {
                self.pending = Some(PendingRow { line_number, text: line.to_owned(), reason: error.reason });
            } else {
                self.diagnostics.push(Diagnostic::warning(line_number, error.reason));
            }
            return;
        }
        self.read_outside_tables(line_number, line, &tokens);
    }

    /// A line no table, header or message took: an export CSV line, a `--list` group id, a copied
    /// table's header, a copied page's label, a single word (decided at the end), or an unread line.
    fn read_outside_tables(&mut self, line_number: usize, line: &str, tokens: &[Token<'_>]) {
        if self.read_export_csv(line) {
            self.ledger.mark(line_number, LineUse::Used);
            return;
        }
        if self.command.as_ref().is_some_and(|command| command.lists_groups) && could_be_group_id(line.trim())
        {
            // `--list`: one group id per line, spaces and all.
            self.builder.group(Some(line.trim()));
            self.n_rows += 1;
            self.ledger.mark(line_number, LineUse::Used);
            return;
        }
        if self.options.format.is_none()
            && let Some(table) = named_table::header(line)
        {
            self.open_named(line_number, table);
            self.ledger.mark(line_number, LineUse::Used);
            return;
        }
        self.page.note(line_number, line);
        if let Some(named) = named_table::named_line(line) {
            self.page.named(named);
            self.ledger.mark(line_number, LineUse::Used);
            return;
        }
        if tokens.len() == 1 {
            self.loose_words.push((line_number, tokens[0].text.to_owned()));
            return;
        }
        self.n_unread_lines += 1;
        if self.first_unread.is_none() {
            self.first_unread = Some((line_number, line.chars().take(400).collect()));
        }
        self.unread.push(Diagnostic::warning(line_number, crate::msg!("diag-unread-line")));
    }

    /// A line while a table read by its column names is open: its row, the next table's header,
    /// or (kafka-ui) the next topic's row; `false` when the table ended.
    fn read_named_row(&mut self, line_number: usize, line: &str) -> bool {
        let Some(table) = self.named.take() else { return false };
        // A tool's message, a command line or a layout's header ends the copied table.
        if messages::recognise(line).is_some() || starts_a_layout_header(line) {
            return false;
        }
        // A new header (kafka-ui's partitions under its topic list) opens the next table.
        if let Some(next) = named_table::header(line) {
            self.open_named(line_number, next);
            return true;
        }
        if let Some(row) = table.row(line) {
            // The tool is known once the table has a row (a header alone may be half of a wrapped one).
            self.note_source(table.tool, "a copied table");
            self.page.first_table_line.get_or_insert(table.line);
            self.apply_named_row(line_number, row);
            self.named = Some(table);
            return true;
        }
        // kafka-ui lists each topic's row right above its own partition table.
        if let Some(summary) = self.page.summary_table.clone()
            && let Some(row @ named_table::NamedRow::Topic { .. }) = summary.row(line)
        {
            self.apply_named_row(line_number, row);
            self.named = Some(summary);
            return true;
        }
        false
    }

    /// Opens a table read by its column names.
    fn open_named(&mut self, line_number: usize, mut table: named_table::NamedTable) {
        table.line = line_number;
        if table.kind == named_table::TableKind::TopicSummary {
            self.page.summary_table = Some(table.clone());
        }
        self.named = Some(table);
    }

    /// A row of a table read by its column names.
    fn apply_named_row(&mut self, line_number: usize, row: named_table::NamedRow) {
        let header_line = self.page.first_table_line.unwrap_or(line_number);
        match row {
            named_table::NamedRow::Topic { topic, .. } => self.page.summary_topic(topic),
            named_table::NamedRow::Group { group, state, n_members, lag } => {
                let facts = self.builder.group(Some(&group));
                facts.state = state.or(facts.state.take());
                facts.n_members = n_members.or(facts.n_members);
                facts.reported_total_lag = lag.or(facts.reported_total_lag);
                self.n_rows += 1;
            }
            named_table::NamedRow::Total { lag } => {
                // The total of the rows above it: their group's, if they had one.
                let group = self.page.last_row_group.clone().or_else(|| self.page.group(header_line));
                if let (Some(lag), Some(group)) = (lag, group) {
                    self.builder.group(Some(&group)).reported_total_lag.get_or_insert(lag);
                }
            }
            named_table::NamedRow::Partition {
                group,
                topic,
                partition,
                current_offset,
                log_end_offset,
                lag,
                consumer_id,
                host,
                client_id,
            } => {
                let Some(topic) = topic.or_else(|| self.page.topic(line_number)) else {
                    self.diagnostics
                        .push(Diagnostic::warning(line_number, crate::msg!("diag-partition-without-topic")));
                    return;
                };
                let group = group.or_else(|| self.page.group(header_line));
                self.page.last_row_group.clone_from(&group);
                rows::check_lag(line_number, current_offset, log_end_offset, lag, &mut self.diagnostics);
                let update = crate::model::PartitionOffsets {
                    topic: self.builder.name(&topic),
                    partition,
                    current_offset,
                    log_end_offset,
                    lag,
                    consumer_id: consumer_id.map(|id| self.builder.name(&id)),
                    host: host.map(|host| self.builder.name(&host)),
                    client_id: client_id.map(|client| self.builder.name(&client)),
                };
                self.builder.merge_partition(line_number, group.as_deref(), update);
                self.n_rows += 1;
            }
        }
    }

    /// Recognises a header line and opens its table. Also reads the 3.8/3.9 reset and delete
    /// results, whose rows are glued onto the header line.
    fn read_header(&mut self, line: &str, tokens: &[Token<'_>]) -> bool {
        // Cheap test first: a header starts with the first column name of some layout.
        let Some(first) =
            tokens.first().map(|token| token.text.split([' ', ',', '\t']).next().unwrap_or_default())
        else {
            return false;
        };
        let starts_a_header = LAYOUTS.iter().any(|layout| {
            layout.columns.first().is_some_and(|column| {
                column.header.split(' ').next().is_some_and(|word| word.eq_ignore_ascii_case(first))
            })
        });
        if !starts_a_header {
            return false;
        }
        // Pipe cells may hold several header words ("Consumer Group").
        let words: Vec<String> = tokens
            .iter()
            .flat_map(|token| token.text.split_whitespace())
            .map(str::to_ascii_uppercase)
            .collect();
        let comma_words: Vec<String> = if line.contains(',') {
            line.split(',').flat_map(str::split_whitespace).map(str::to_ascii_uppercase).collect()
        } else {
            Vec::new()
        };
        let preferred = self.command.as_ref().and_then(|command| command.tool);
        let best_for = |words: &[String], comma_words: &[String]| {
            let mut best: Option<(&'static Layout, Vec<Column>)> = None;
            for layout in LAYOUTS.iter().filter(|layout| self.allows(layout.tool)) {
                let header_words = match layout.separator {
                    Separator::Whitespace => words,
                    Separator::CommaSpace | Separator::Csv if comma_words.is_empty() => continue,
                    Separator::CommaSpace | Separator::Csv => comma_words,
                };
                if let Some(columns) = match_header(header_words, layout.columns) {
                    let better = best.as_ref().is_none_or(|(known, _)| {
                        Some(layout.tool) == preferred && Some(known.tool) != preferred
                    });
                    if better {
                        best = Some((layout, columns));
                    }
                }
            }
            best
        };
        // A header a narrow console wrapped: its second half right under its first.
        if let Some((header_line, first_half)) = &self.last_header
            && *header_line + 1 == self.line_number
        {
            let joined: Vec<String> = first_half.iter().chain(&words).cloned().collect();
            let n_open = self.table.as_ref().map_or(0, |table| table.columns.len());
            if let Some((layout, columns)) =
                best_for(&joined, &[]).filter(|(_, columns)| columns.len() > n_open)
            {
                self.diagnostics.push(Diagnostic::info(
                    *header_line,
                    crate::msg!(
                        "diag-wrapped-header",
                        first = line_arg(*header_line),
                        second = line_arg(self.line_number)
                    ),
                ));
                let header_line = *header_line;
                // The first half alone was no header: it was reported, and now it is read.
                self.unread.retain(|diagnostic| diagnostic.line != header_line);
                self.note_source(tool_of_layout(layout, preferred), layout.version_hint);
                self.table = Some(Box::new(ActiveTable::new(layout, columns)));
                self.last_header = None;
                return true;
            }
        }
        let best = best_for(&words, &comma_words);
        if let Some((layout, columns)) = best {
            self.last_header = Some((self.line_number, words.clone()));
            if self.previous_was_row
                && layout.kind == RowKind::Partitions
                && layout.tool == Tool::KafkaConsumerGroups
            {
                self.note_source(layout.tool, "3.8–3.9");
            }
            self.note_source(tool_of_layout(layout, preferred), layout.version_hint);
            self.table = Some(Box::new(ActiveTable::new(layout, columns)));
            return true;
        }
        if self.read_glued_rows(&words, tokens) {
            return true;
        }
        // Maybe the first half of a header the console wrapped.
        self.last_header = Some((self.line_number, words));
        false
    }

    /// 3.8–3.9 `--reset-offsets`: the rows follow the header on its line. (The 3.8–3.9
    /// `--delete-offsets` rows are glued the same way, but their STATUS cells hold spaces, so they
    /// cannot be told apart; such a line is reported.)
    fn read_glued_rows(&mut self, words: &[String], tokens: &[Token<'_>]) -> bool {
        // One word per token: a `|` row's cells can hold several words.
        if words.len() != tokens.len() {
            return false;
        }
        for layout in LAYOUTS.iter().filter(|layout| matches!(layout.kind, RowKind::OffsetResets)) {
            let n_columns = layout.columns.len();
            if words.len() <= n_columns || !(words.len() - n_columns).is_multiple_of(n_columns) {
                continue;
            }
            let Some(columns) = match_header(&words[..n_columns], layout.columns) else {
                continue;
            };
            self.note_source(layout.tool, "3.8–3.9");
            self.table = Some(Box::new(ActiveTable::new(layout, columns.clone())));
            let field_index = columns::field_index(&columns);
            for chunk in tokens.get(n_columns..).unwrap_or_default().chunks(n_columns) {
                let cells: Vec<_> = (0..n_columns).map(|index| index..index + 1).collect();
                let row = rows::Row {
                    line: "",
                    tokens: chunk,
                    field_index: &field_index,
                    cells: &cells,
                    numbers: None,
                };
                let context_group = context_group_of(self.context_group.as_deref(), self.command.as_ref());
                let target = rows::RowTarget { context_group };
                if let Err(reason) = rows::apply(
                    layout.kind,
                    &row,
                    &target,
                    self.line_number,
                    &mut self.builder,
                    &mut self.diagnostics,
                ) {
                    self.diagnostics.push(Diagnostic::warning(self.line_number, reason));
                }
                self.n_rows += 1;
            }
            return true;
        }
        false
    }

    /// The group a table without a GROUP column belongs to.
    fn context_group(&self) -> Option<&str> {
        context_group_of(self.context_group.as_deref(), self.command.as_ref())
    }

    /// Parses `line` as a row of the active table.
    fn try_row(&mut self, line_number: usize, line: &str) -> Result<(), RowError> {
        let Some(table) = self.table.take() else {
            return Err(crate::msg!("diag-no-table-open").into());
        };
        let result = self.apply_row(&table, line_number, line);
        self.table = Some(table);
        if result.is_ok() {
            self.n_rows += 1;
            self.previous_was_row = true;
        }
        result
    }

    fn apply_row(&mut self, table: &ActiveTable, line_number: usize, line: &str) -> Result<(), RowError> {
        if let Some(cells) = &table.one_token_cells {
            // The common row of a large dump: its tokens on the stack, one per column, each with
            // its column's shape, which is the split the solver would return. No prompt to cut
            // (a `$`) and no `|` cells: the line's tokens are the row's.
            let mut tokens = [Token::EMPTY; columns::MAX_COLUMNS];
            let mut numbers = [None; columns::MAX_COLUMNS];
            if let Some(n_tokens) = tokens::tokenize_plain_row(line, &mut tokens)
                && let Some(tokens) = tokens.get(..n_tokens)
                && columns::read_one_token_each(&table.columns, line, tokens, &mut numbers)
            {
                let numbers = Some(&numbers[..n_tokens]);
                let row = rows::Row { line, tokens, field_index: &table.field_index, cells, numbers };
                return self.apply_cells(table, &row, line_number);
            }
        }
        let layout = table.layout;
        let kafka_tool = is_kafka_tool(layout.tool);
        // Kafka 3.8/3.9: the next prompt lands on the last row (`… client-2$ ` or `… client-2$ exit`);
        // only a `$` in the last cell counts, never one inside a group id.
        let n_required =
            table.columns.iter().filter(|column| column.presence == columns::Presence::Always).count();
        let line = if kafka_tool {
            cleanup::strip_glued_prompt(line)
                .or_else(|| cleanup::strip_prompt_and_command(line, n_required.saturating_sub(1)))
                .unwrap_or(line)
        } else {
            line
        };
        let mut tokens = tokenize_line(line, layout.separator);
        if tokens.len() > 512 {
            return Err(crate::msg!(
                "diag-too-many-columns",
                expected = table.columns.len(),
                found = tokens.len()
            )
            .into());
        }
        let mut cells = columns::solve(&table.columns, &tokens);
        if cells.is_none()
            && let Some(split) = cleanup::split_glued_host(&tokens)
        {
            // 0.10.2–1.0: a CONSUMER-ID of 50 or more characters runs into HOST.
            tokens = split;
            cells = columns::solve(&table.columns, &tokens);
        }
        let Some(cells) = cells else {
            return Err(explain_row(&table.columns, &tokens));
        };
        let row = rows::Row {
            line,
            tokens: &tokens,
            field_index: &table.field_index,
            cells: &cells,
            numbers: None,
        };
        self.apply_cells(table, &row, line_number)
    }

    fn apply_cells(
        &mut self,
        table: &ActiveTable,
        row: &rows::Row<'_>,
        line_number: usize,
    ) -> Result<(), RowError> {
        let context_group = context_group_of(self.context_group.as_deref(), self.command.as_ref());
        let target = rows::RowTarget { context_group };
        rows::apply(table.layout.kind, row, &target, line_number, &mut self.builder, &mut self.diagnostics)?;
        Ok(())
    }

    fn apply_message(&mut self, line_number: usize, message: Message) {
        match message {
            Message::GroupState { group, state } => {
                self.builder.group(Some(&group)).state = Some(state);
                // Before 2.3 the table that follows has no GROUP column: it is this group's.
                self.context_group = Some(group);
            }
            Message::GroupDoesNotExist { group } => self.diagnostics.push(Diagnostic::error(
                line_number,
                crate::msg!("diag-group-does-not-exist", group = group),
            )),
            Message::ToolError(failure) => {
                self.diagnostics.push(Diagnostic::error(line_number, errors::explain(&failure)));
            }
            Message::GroupContext { group } => {
                self.context_group = Some(group);
            }
            Message::Command(command) => {
                // A new command starts new output: tables and contexts from before do not carry over.
                self.table = None;
                self.context_group = None;
                if command.lists_groups {
                    self.claim_loose_words();
                }
                self.command = Some(command);
            }
            Message::Noise => {}
        }
    }

    /// rpk's per-group summary: `GROUP name`, `STATE Stable`, `MEMBERS 2`, …
    fn read_rpk_summary(&mut self, tokens: &[Token<'_>], line: &str) -> bool {
        let Some(key) = tokens.first().map(|token| token.text) else {
            return false;
        };
        let value = tokens::span(line, &tokens[1..]).unwrap_or_default();
        // `GROUP name`, not a header that starts with GROUP.
        let header_words = ["TOPIC", "CONSUMER-ID", "COORDINATOR", "STATE", "TYPE", "MEMBER", "CONSUMER"];
        let second = tokens.get(1).map(|token| token.text.to_ascii_uppercase());
        if key == "GROUP"
            && second.is_some_and(|second| !header_words.contains(&second.as_str()))
            && self.allows(Tool::Rpk)
        {
            self.note_source(Tool::Rpk, "group describe");
            self.builder.group(Some(value));
            self.context_group = Some(value.to_owned());
            self.table = None;
            return true;
        }
        let in_rpk_block = self.context_group.is_some()
            && self.sources.iter().any(|(tool, _)| *tool == Tool::Rpk)
            && self.table.is_none();
        if !in_rpk_block {
            return false;
        }
        let group = self.context_group.clone();
        let facts = self.builder.group(group.as_deref());
        match key {
            "COORDINATOR" | "COORDINATOR-NODE" => facts.coordinator = Some(value.to_owned()),
            "COORDINATOR-PARTITION" => {}
            "TOTAL-LAG" => facts.reported_total_lag = parse_offset(value).and_then(NumericCell::value),
            "STATE" => facts.state = (!value.is_empty()).then(|| GroupState::from_name(value)),
            "BALANCER" => facts.assignment_strategy = (!value.is_empty()).then(|| value.to_owned()),
            "MEMBERS" => facts.n_members = parse_count(value).and_then(|count| u32::try_from(count).ok()),
            "ERROR" => {
                self.diagnostics
                    .push(Diagnostic::error(self.line_number, crate::msg!("diag-rpk-error", error = value)));
            }
            _ => return false,
        }
        true
    }

    /// `--reset-offsets --export`: `topic,partition,offset` or `group,topic,partition,offset`.
    fn read_export_csv(&mut self, line: &str) -> bool {
        let cells: Vec<&str> = line.trim().split(',').collect();
        let (group, rest) = match cells.as_slice() {
            [topic, partition, offset] => {
                (self.context_group().map(str::to_owned), [*topic, *partition, *offset])
            }
            [group, topic, partition, offset] => (Some((*group).to_owned()), [*topic, *partition, *offset]),
            _ => return false,
        };
        let [topic, partition, offset] = rest;
        let (Some(partition), Some(NumericCell::Known(new_offset))) =
            (parse_count(partition), parse_offset(offset))
        else {
            return false;
        };
        if !columns::is_topic_name(topic) || !self.allows(Tool::KafkaConsumerGroups) {
            return false;
        }
        self.note_source(Tool::KafkaConsumerGroups, "0.11+ (--reset-offsets --export)");
        let topic = self.builder.name(topic);
        self.builder.add_offset_reset(group.as_deref(), OffsetReset { topic, partition, new_offset });
        self.n_rows += 1;
        true
    }

    /// Single words outside tables are group ids when the command was `--list` (those that could
    /// be one; the rest stay unread and are reported).
    fn claim_loose_words(&mut self) {
        let words = std::mem::take(&mut self.loose_words);
        for (line, word) in words {
            if could_be_group_id(&word) {
                self.builder.group(Some(&word));
                self.ledger.mark(line, LineUse::Used);
            } else {
                self.loose_words.push((line, word));
            }
        }
    }

    /// Turns a Confluent CLI `lag describe` or `lag summarize` box into a partition row and
    /// group facts.
    fn flush_key_values(&mut self) {
        if self.key_values.is_empty() {
            return;
        }
        let pairs = std::mem::take(&mut self.key_values);
        let line_number = pairs.first().map_or(self.line_number, |(line, _, _)| *line);
        let get = |key: &str| {
            pairs
                .iter()
                .find(|(_, known, _)| known == key)
                .map(|(_, _, value)| value.as_str())
                .filter(|v| !columns::is_unknown(v))
        };
        let number = |key: &str| get(key).and_then(parse_offset).and_then(NumericCell::value);
        let group = get("consumer group").map(str::to_owned);
        let summary = get("total lag").is_some();
        self.note_source(Tool::Confluent, if summary { "lag summarize" } else { "lag describe" });
        let prefix = if summary { "max lag " } else { "" };
        let key = |name: &str| format!("{prefix}{name}");
        if let (Some(topic), Some(partition)) =
            (get(&key("topic")), get(&key("partition")).and_then(parse_count))
        {
            let lag = if summary { number("max lag") } else { number("lag") };
            let partition = crate::model::PartitionOffsets {
                topic: self.builder.name(topic),
                partition,
                current_offset: if summary { None } else { number("current offset") },
                log_end_offset: if summary { None } else { number("log end offset") },
                lag,
                consumer_id: get(&key("consumer")).map(|id| self.builder.name(id)),
                host: None,
                client_id: get(&key("client")).map(|client| self.builder.name(client)),
            };
            self.builder.merge_partition(line_number, group.as_deref(), partition);
        }
        let reported = number("total lag");
        let facts = self.builder.group(group.as_deref());
        facts.reported_total_lag = reported.or(facts.reported_total_lag);
        self.n_rows += 1;
    }

    /// Ends the input and returns what was read.
    #[must_use]
    pub fn finish(self) -> ParseOutcome {
        self.finish_accounted().0
    }

    /// Ends the input and returns what was read, and what became of each line.
    #[must_use]
    pub fn finish_accounted(mut self) -> (ParseOutcome, LineAccount) {
        let last_line = self.line_number;
        if let Some(line) = self.binary_at {
            // Not text: the one error speaks for every line.
            let n_lines = last_line.saturating_sub(self.ledger.first_line()).saturating_add(1);
            let account = LineAccount { n_reported: n_lines, ..LineAccount::default() };
            let outcome = ParseOutcome {
                source: Source::default(),
                snapshot: crate::model::Snapshot::default(),
                diagnostics: vec![Diagnostic::error(
                    line,
                    crate::msg!("diag-binary-file", line = line_arg(line)),
                )],
            };
            return (outcome, account);
        }
        self.flush_pending();
        self.flush_key_values();
        if let Some(first_table) = self.page.first_table_line {
            // A copied web page: the lines around its tables are its labels and values, not rows.
            if let Some(group) = self.page.group(first_table).filter(|group| self.builder.has_group(group)) {
                let facts = self.builder.group(Some(&group));
                facts.state = facts.state.take().or_else(|| self.page.state());
                facts.n_members = facts.n_members.or_else(|| self.page.n_members());
                facts.reported_total_lag = facts.reported_total_lag.or_else(|| self.page.total_lag());
            }
            // Its single words and the lines above its first table are its chrome.
            for (line, _) in std::mem::take(&mut self.loose_words) {
                self.ledger.mark(line, LineUse::Noise);
            }
            let ledger = &mut self.ledger;
            self.unread.retain(|diagnostic| {
                let below = diagnostic.line > first_table;
                if !below {
                    ledger.mark(diagnostic.line, LineUse::Noise);
                }
                below
            });
        }
        self.diagnostics.append(&mut self.unread);
        let lists_groups = self.command.as_ref().is_some_and(|command| command.lists_groups);
        // Without a `--list` command, single words are a list only when they are all there is: a
        // block of id-shaped lines with no table, message or other unread line around them.
        let a_bare_list = self.n_rows == 0
            && self.sources.is_empty()
            && self.n_unread_lines == 0
            && !self.loose_words.is_empty()
            && self.loose_words.iter().all(|(_, word)| looks_like_listed_group(word));
        if lists_groups || a_bare_list {
            if !lists_groups {
                self.note_source(Tool::KafkaConsumerGroups, "--list");
            }
            self.claim_loose_words();
        }
        for (line_number, word) in std::mem::take(&mut self.loose_words) {
            self.diagnostics
                .push(Diagnostic::warning(line_number, crate::msg!("diag-loose-word", word = word)));
        }
        self.prometheus.finish(&mut self.builder);
        crate::diagnostic::sort_by_line(&mut self.diagnostics);
        let command_tool = self.command.as_ref().and_then(|command| command.tool);
        let tool = self.sources.first().map(|(tool, _)| *tool).or(command_tool);
        let hints: Vec<&str> = self
            .sources
            .iter()
            .filter(|(known, _)| Some(*known) == tool)
            .map(|(_, hint)| hint.as_str())
            .collect();
        let source = Source { tool, version_hint: (!hints.is_empty()).then(|| hints.join(", ")) };
        let snapshot = self.builder.finish();
        if snapshot.groups.is_empty() && tool.is_none() {
            let first = self.first_unread.take().or_else(|| self.loose_words.first().cloned());
            if let Some((line, text)) = first {
                self.diagnostics.push(Diagnostic::error(line, nothing_recognised(&text)));
                crate::diagnostic::sort_by_line(&mut self.diagnostics);
            }
        }
        let account = self.ledger.account(last_line, &self.diagnostics);
        (ParseOutcome { source, snapshot, diagnostics: self.diagnostics }, account)
    }
}

/// The tool that printed a layout's table: kafka-share-groups.sh and kafka-streams-groups.sh print
/// some of kafka-consumer-groups.sh's tables (`GROUP STATE`, `--state`), and the command line says
/// which tool it was.
fn tool_of_layout(layout: &Layout, command_tool: Option<Tool>) -> Tool {
    match command_tool {
        Some(tool @ (Tool::KafkaShareGroups | Tool::KafkaStreamsGroups))
            if layout.tool == Tool::KafkaConsumerGroups =>
        {
            tool
        }
        _ => layout.tool,
    }
}

/// Whether a line starts like a header of one of the layouts (`GROUP …`, `TOPIC …`).
fn starts_a_layout_header(line: &str) -> bool {
    let Some(first) = line.split_whitespace().next() else { return false };
    LAYOUTS.iter().any(|layout| {
        layout.columns.first().is_some_and(|column| {
            column.header.split(' ').next().is_some_and(|word| word.eq_ignore_ascii_case(first))
        })
    })
}

/// What to say of an input none of whose lines was read: what it looks like (from its first unread
/// line) and what was tried.
fn nothing_recognised(first_unread: &str) -> crate::l10n::Message {
    let line = first_unread.trim();
    let looks = if line.starts_with(['{', '[']) {
        crate::msg!("diag-looks-like-json")
    } else if let Some(cells) = [('\t', "tab"), ('|', "pipe"), (',', "comma")]
        .iter()
        .find(|(separator, _)| line.matches(*separator).count() >= 2)
        .map(|(separator, _)| {
            line.trim_matches('|')
                .split(*separator)
                .map(str::trim)
                .filter(|cell| !cell.is_empty())
                .take(8)
                .collect::<Vec<_>>()
        })
    {
        // Each cell quoted as the input has it: the quotes mark where a cell starts and ends.
        crate::msg!(
            "diag-looks-like-table",
            cells = Arg::list(cells.iter().map(|cell| format!("\"{cell}\"")))
        )
    } else {
        crate::msg!("diag-looks-like-prose")
    };
    crate::msg!("diag-nothing-recognised", looks = looks)
}

/// A line number as an argument: written as the input's editors, the tools and the diagnostic's own
/// `line` write it (`1234`, not a count's `1,234`). Also for an offset quoted from a row, which the
/// tools print the same way.
pub(crate) fn line_arg(number: impl std::fmt::Display) -> Arg {
    let text = number.to_string();
    text.parse().map_or(Arg::Text(text), Arg::Plain)
}

/// Whether a line holds bytes no text has: a NUL, or many control characters other than tab,
/// carriage return and escape (colour codes). Replaced invalid bytes (`U+FFFD`, text in another
/// encoding) are not binary.
fn is_binary(line: &str) -> bool {
    if line.contains('\0') {
        return true;
    }
    let odd = line.chars().filter(|&c| c.is_ascii_control() && !matches!(c, '\t' | '\r' | '\u{1b}')).count();
    odd >= 4 && odd * 10 >= line.chars().count()
}

/// Whether a line of `--list` output can be a group id: printable, of a sane length, not JSON.
fn could_be_group_id(line: &str) -> bool {
    !line.is_empty()
        && line.chars().count() <= 255
        && !line.chars().any(|c| c.is_control() || c == '\u{FFFD}')
        && !line.starts_with(['{', '[', '}', ']', '"'])
}

/// Whether a single word, seen without a `--list` command, looks like a listed group id rather than
/// a label, a state, a number or a fragment of something else: letters, digits and `._-`, with a
/// letter somewhere, and not a word a web page or a tool prints as a label.
pub(super) fn looks_like_listed_group(word: &str) -> bool {
    const LABELS: [&str; 24] = [
        "state",
        "stable",
        "empty",
        "dead",
        "preparingrebalance",
        "completingrebalance",
        "rebalancing",
        "topics",
        "topic",
        "members",
        "member",
        "lag",
        "consumers",
        "consumer",
        "partitions",
        "partition",
        "coordinator",
        "overview",
        "offsets",
        "groups",
        "group",
        "unknown",
        "none",
        "total",
    ];
    could_be_group_id(word)
        && word.chars().all(|c| c.is_alphanumeric() || matches!(c, '.' | '_' | '-'))
        && word.chars().any(char::is_alphabetic)
        && !LABELS.iter().any(|label| word.replace(['_', '-'], "").eq_ignore_ascii_case(label))
}

/// The keys of the Confluent CLI's `lag describe` and `lag summarize` boxes.
const CONFLUENT_KEYS: [&str; 17] = [
    "Cluster",
    "Consumer Group",
    "Lag",
    "Log End Offset",
    "Current Offset",
    "Consumer",
    "Instance",
    "Client",
    "Topic",
    "Partition",
    "Total Lag",
    "Max Lag",
    "Max Lag Consumer",
    "Max Lag Instance",
    "Max Lag Client",
    "Max Lag Topic",
    "Max Lag Partition",
];

/// The group named by context (an rpk `GROUP` line, a delete message), else by the pasted command.
fn context_group_of<'a>(context_group: Option<&'a str>, command: Option<&'a CommandLine>) -> Option<&'a str> {
    context_group.or_else(|| command.and_then(|command| command.groups.first()).map(String::as_str))
}

fn is_kafka_tool(tool: Tool) -> bool {
    matches!(
        tool,
        Tool::KafkaConsumerGroups
            | Tool::KafkaShareGroups
            | Tool::KafkaStreamsGroups
            | Tool::KafkaConsumerOffsetChecker
    )
}

/// Splits a line into cells: whitespace runs, `, ` (0.9), or `|` cells of Markdown and Confluent tables.
fn tokenize_line(line: &str, separator: Separator) -> Vec<Token<'_>> {
    if let Some(cells) = cleanup::pipe_cells(line) {
        return cells;
    }
    match separator {
        Separator::Whitespace => tokenize(line),
        Separator::CommaSpace => cleanup::split_cells(line, ','),
        Separator::Csv => cleanup::split_csv(line),
    }
}

/// Says which column of a row that fits no split is wrong, reading it positionally.
fn explain_row(columns: &[Column], tokens: &[Token<'_>]) -> RowError {
    let required = columns.iter().filter(|column| column.presence == columns::Presence::Always).count();
    let names = columns.iter().map(|column| column.header).collect::<Vec<_>>().join(" ");
    if tokens.len() < required {
        return RowError {
            reason: crate::msg!(
                "diag-row-too-few-columns",
                expected = columns.len(),
                names = names,
                found = tokens.len()
            ),
            maybe_wrapped: true,
        };
    }
    let has_numbers =
        columns.iter().any(|column| matches!(column.shape, columns::Shape::Count | columns::Shape::Offset));
    if has_numbers
        && !tokens
            .iter()
            .any(|token| parse_offset(token.text).is_some_and(|cell| cell != NumericCell::Unknown))
    {
        return crate::msg!("diag-row-without-numbers", names = names).into();
    }
    // A row whose HOST or later cells are on the next line fits no split either.
    RowError { reason: explain_cell(columns, tokens), maybe_wrapped: true }
}

fn explain_cell(columns: &[Column], tokens: &[Token<'_>]) -> crate::l10n::Message {
    for (column, token) in columns.iter().zip(tokens) {
        let shape = match column.shape {
            columns::Shape::Count if parse_count(token.text).is_none() && token.text != "-" => {
                crate::msg!("diag-shape-count")
            }
            columns::Shape::Offset if parse_offset(token.text).is_none() => crate::msg!("diag-shape-offset"),
            columns::Shape::Topic if !columns::is_topic_name(token.text) && token.text != "-" => {
                crate::msg!("diag-shape-topic")
            }
            columns::Shape::Host
                if !columns::looks_like_host(token.text) && !columns::is_unknown(token.text) =>
            {
                crate::msg!("diag-shape-host")
            }
            _ => continue,
        };
        return crate::msg!("diag-cell-shape", column = column.header, shape = shape, found = token.text);
    }
    let names = columns.iter().map(|column| column.header).collect::<Vec<_>>().join(" ");
    crate::msg!("diag-row-shapes-mismatch", expected = columns.len(), names = names, found = tokens.len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::l10n::{Lang, Localizer, english};

    #[test]
    fn a_head_tells_what_is_read_whole() {
        let dump = "GROUP TOPIC PARTITION CURRENT-OFFSET LOG-END-OFFSET LAG\ng orders 0 1 5 4\n";
        assert!(!head_is_read_whole(dump.as_bytes()));
        assert!(!head_is_read_whole(b""));
        assert!(head_is_read_whole(b"\xEF\xBB\xBF  \n{\"a\": 1}"), "a document after a byte-order mark");
        assert!(head_is_read_whole(b"[{\"group\": \"g\"}]"));
        assert!(head_is_read_whole(b"$ curl -s burrow/v3/kafka/local/consumer/g/lag\n{\n\"a\": 1}\n"));
        let utf16: Vec<u8> =
            [0xFF, 0xFE].into_iter().chain(dump.encode_utf16().flat_map(u16::to_le_bytes)).collect();
        assert!(head_is_read_whole(&utf16));
        // JSON past the lines the check reads is a dump's line, as it is for the whole text.
        let late = format!("{}{{\n\"a\": 1}}\n", "prose line\n".repeat(json_recovery::EMBEDDED_JSON_LINES));
        assert!(!head_is_read_whole(late.as_bytes()));
        assert!(!holds_embedded_json(&late));
    }

    /// A paste with a wrapped row, a row of too few cells and a LAG that disagrees with its offsets.
    const PASTE: &str = "GROUP TOPIC PARTITION CURRENT-OFFSET LOG-END-OFFSET LAG CONSUMER-ID HOST CLIENT-ID\n\
        orders payments 0 1400 1498 90 consumer-1-3f2b /10.0.3.17 consumer-1\n\
        orders payments 1 15203 15210 7 consumer-1-3f2b\n\
        /10.0.3.17 consumer-1\n\
        orders payments 2 1200\n\
        \n\
        hello there\n";

    #[test]
    fn diagnostics_read_in_korean_with_their_numbers() {
        let outcome = parse(PASTE);
        let korean = Localizer::bundled(Lang::Ko);
        let said: Vec<(usize, String, String)> = outcome
            .diagnostics
            .iter()
            .map(|diagnostic| {
                (diagnostic.line, english(&diagnostic.message), korean.render(&diagnostic.message))
            })
            .collect();
        assert!(said.len() >= 4, "{said:#?}");
        for (_, english, korean) in &said {
            assert!(!korean.contains("{$") && !english.contains("{$"), "{english} / {korean}");
            assert!(korean.chars().any(|c| ('가'..='힣').contains(&c)), "not Korean: {korean}");
        }
        let find = |start: &str| {
            said.iter()
                .find(|(_, english, _)| english.starts_with(start))
                .unwrap_or_else(|| panic!("{said:#?}"))
        };
        let (_, english, korean) = find("LAG 90 disagrees");
        assert_eq!(
            english,
            "LAG 90 disagrees with LOG-END-OFFSET − CURRENT-OFFSET = 1498 − 1400 = 98; kept as printed"
        );
        for number in ["90", "1498", "1400", "98"] {
            assert!(korean.contains(number), "{korean}");
        }
        let (_, english, korean) = find("lines 3 and 4");
        assert_eq!(english, "lines 3 and 4 are one row the console wrapped: read joined");
        assert!(korean.contains("3번 줄") && korean.contains("4번 줄"), "{korean}");
        let (line, _, korean) = find("the row is cut short");
        assert_eq!(*line, 5);
        assert!(korean.contains("LAG, CONSUMER-ID, HOST, CLIENT-ID"), "{korean}");
        let (line, english, korean) = find("expected 9 columns");
        assert_eq!(*line, 7);
        assert_eq!(
            english,
            "expected 9 columns (GROUP TOPIC PARTITION CURRENT-OFFSET LOG-END-OFFSET LAG CONSUMER-ID HOST \
             CLIENT-ID), found 2"
        );
        assert!(korean.contains("9개") && korean.contains("2개"), "{korean}");
    }

    #[test]
    fn nothing_recognised_says_what_the_input_looks_like_in_korean() {
        let korean = Localizer::bundled(Lang::Ko);
        let text = korean.render(&nothing_recognised("Name\tMessages behind\tState"));
        assert!(text.contains("\"Name\", \"Messages behind\", \"State\""), "{text}");
        assert!(text.contains("kafka-consumer-groups.sh") && !text.contains("{$"), "{text}");
        let text = korean.render(&nothing_recognised("{\"a\": 1}"));
        assert!(text.contains("JSON처럼") && !text.contains("{$"), "{text}");
    }

    #[test]
    fn json_that_is_not_one_document_is_said_in_both_languages() {
        let korean = Localizer::bundled(Lang::Ko);
        let outcome = parse("{\"a\": tru}\n");
        let message = &outcome.diagnostics[0].message;
        assert_eq!(
            english(message),
            "the input starts like JSON but is not one valid JSON document: expected ident at line 1 column 10; \
             it was read line by line"
        );
        let text = korean.render(message);
        assert!(text.contains("1번 줄 10번째 문자") && !text.contains("{$"), "{text}");
        let outcome = parse("{\"a\": 1}\nGROUP TOPIC\n");
        let message = &outcome.diagnostics[0].message;
        assert_eq!(
            english(message),
            "the input starts like JSON but is one JSON document followed by other text from line 2; it was \
             read line by line"
        );
        assert!(korean.render(message).contains("2번 줄부터"), "{}", korean.render(message));
        let outcome = parse(
            r#"{"error":true,"message":"cluster or consumer not found","request":{"url":"/v3/kafka/prod/consumer/ghost/lag"}}"#,
        );
        let text = korean.render(&outcome.diagnostics[0].message);
        assert!(text.contains("'ghost'") && text.contains("cluster or consumer not found"), "{text}");
        let outcome = parse(r#"{"error":true,"request":{"url":"/v3/kafka/prod"}}"#);
        assert_eq!(
            english(&outcome.diagnostics[0].message),
            "Burrow answered with an error: an error (/v3/kafka/prod); when the group or cluster is not found, \
             check its name and that Burrow's cluster configuration includes it"
        );
    }
}
