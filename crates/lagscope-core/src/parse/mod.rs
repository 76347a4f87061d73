//! Parsing pasted dumps into a [`Snapshot`] plus [`Diagnostic`]s.
//!
//! Parsing never fails: every line is either used (a header, a row, a message that states a fact),
//! recognised as noise (a prompt, a log line, a comment), or reported as a diagnostic with its
//! 1-based line number and what was expected. One bad line never loses the rest of a paste.
//!
//! The driver walks the lines once. A header line opens a table of one format; the rows that follow
//! are read by that format's module until the next header. Each format lives in its own module and
//! plugs in through the private `Table` enum: recognising its header and parsing its rows.

mod describe;
mod messages;
mod tokens;

use std::collections::BTreeMap;

use crate::diagnostic::Diagnostic;
use crate::model::{GroupSnapshot, GroupState, PartitionOffsets, Snapshot};
use crate::text::numbered_lines;
use describe::DescribeLayout;
use messages::Message;
use tokens::tokenize;

/// The result of parsing: whatever could be read, and what could not.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ParseOutcome {
    /// The groups, partitions and members read from the input.
    pub snapshot: Snapshot,
    /// One entry per line that could not be fully used, in line order.
    pub diagnostics: Vec<Diagnostic>,
}

/// The kind of table the rows under the latest header belong to.
#[derive(Debug, Clone, Copy)]
enum Table {
    /// `kafka-consumer-groups.sh --describe`, offsets view, 2.3+ layout.
    Describe(DescribeLayout),
}

impl Table {
    fn from_header(tokens: &[tokens::Token<'_>]) -> Option<Self> {
        DescribeLayout::from_header(tokens).map(Self::Describe)
    }
}

/// Parses `input` (already decoded, see [`crate::text::decode`]).
#[must_use]
pub fn parse(input: &str) -> ParseOutcome {
    let mut builder = SnapshotBuilder::default();
    let mut diagnostics = Vec::new();
    let mut table = None;
    for (line_number, line) in numbered_lines(input) {
        let tokens = tokenize(line);
        if tokens.is_empty() {
            continue;
        }
        if let Some(header) = Table::from_header(&tokens) {
            table = Some(header);
            continue;
        }
        if let Some(message) = messages::recognise(line) {
            builder.apply_message(line_number, message, &mut diagnostics);
            continue;
        }
        match table {
            Some(Table::Describe(layout)) => match describe::parse_row(layout, line, &tokens) {
                Ok(row) => {
                    diagnostics
                        .extend(row.warnings.into_iter().map(|warning| Diagnostic::warning(line_number, warning)));
                    builder.add_partition(line_number, row.group, row.partition, &mut diagnostics);
                }
                Err(reason) => diagnostics.push(Diagnostic::warning(line_number, reason)),
            },
            None => diagnostics.push(Diagnostic::warning(
                line_number,
                "not a recognised header, row or message: expected a table header such as \
                 \"GROUP TOPIC PARTITION CURRENT-OFFSET LOG-END-OFFSET LAG CONSUMER-ID HOST CLIENT-ID\" before rows",
            )),
        }
    }
    ParseOutcome {
        snapshot: builder.finish(),
        diagnostics,
    }
}

/// Collects rows and facts per group, then emits groups and partitions in a stable order.
#[derive(Default)]
struct SnapshotBuilder {
    groups: BTreeMap<Option<String>, GroupBuilder>,
}

#[derive(Default)]
struct GroupBuilder {
    state: Option<GroupState>,
    /// Keyed by (topic, partition); the value remembers the line that gave it.
    partitions: BTreeMap<(String, i32), (usize, PartitionOffsets)>,
}

impl SnapshotBuilder {
    fn group(&mut self, group: Option<String>) -> &mut GroupBuilder {
        self.groups.entry(group).or_default()
    }

    fn add_partition(
        &mut self,
        line_number: usize,
        group: String,
        partition: PartitionOffsets,
        diagnostics: &mut Vec<Diagnostic>,
    ) {
        let key = (partition.topic.clone(), partition.partition);
        let label = format!("{}-{}", partition.topic, partition.partition);
        let previous = self
            .group(Some(group.clone()))
            .partitions
            .insert(key, (line_number, partition));
        if let Some((previous_line, _)) = previous {
            diagnostics.push(Diagnostic::warning(
                line_number,
                format!(
                    "partition {label} of group '{group}' was already given on line {previous_line}; \
                     this row replaces it"
                ),
            ));
        }
    }

    fn apply_message(&mut self, line_number: usize, message: Message, diagnostics: &mut Vec<Diagnostic>) {
        match message {
            Message::GroupState { group, state } => self.group(Some(group)).state = Some(state),
            Message::GroupDoesNotExist { group } => diagnostics.push(Diagnostic::error(
                line_number,
                format!("the tool says consumer group '{group}' does not exist"),
            )),
            Message::ToolError { message } => {
                diagnostics.push(Diagnostic::error(
                    line_number,
                    format!("the tool reports an error: {message}"),
                ));
            }
            Message::Noise => {}
        }
    }

    fn finish(self) -> Snapshot {
        let groups = self
            .groups
            .into_iter()
            .map(|(group, builder)| GroupSnapshot {
                group,
                state: builder.state,
                partitions: builder
                    .partitions
                    .into_values()
                    .map(|(_, partition)| partition)
                    .collect(),
                members: Vec::new(),
            })
            .collect();
        Snapshot { groups }
    }
}
