//! Turning a row's cells into model records, by what the table's rows describe.

use std::ops::Range;

use super::builder::{RowName, SnapshotBuilder};
use super::columns::{Field, FieldIndex, NumericCell, is_unknown, parse_count, parse_offset};
use super::layouts::RowKind;
use super::line_arg;
use super::tokens::{Token, span};
use crate::diagnostic::Diagnostic;
use crate::l10n::Message;
use crate::model::{
    AssignedPartition, GroupState, Member, Name, OffsetDeletion, OffsetReset, PartitionOffsets,
};

/// The cells of one solved row, looked up by field.
pub(crate) struct Row<'a> {
    pub(crate) line: &'a str,
    pub(crate) tokens: &'a [Token<'a>],
    pub(crate) field_index: &'a FieldIndex,
    pub(crate) cells: &'a [Range<usize>],
    /// The numbers a row with one token per column had read while it was matched to the columns
    /// (by column); `None` for rows the column solver split.
    pub(crate) numbers: Option<&'a [Option<NumericCell>]>,
}

impl<'a> Row<'a> {
    /// The text of the first column with `field`, or `None` when the table has no such column or
    /// the row left it out.
    fn text(&self, field: Field) -> Option<&'a str> {
        let index = self.field_index[field as usize]?;
        let range = self.cells.get(index)?.clone();
        match self.tokens.get(range.clone())? {
            [] => None,
            [single] => Some(single.text),
            many => span(self.line, many),
        }
    }

    /// The text, or `None` when it is an unknown marker.
    fn known_text(&self, field: Field) -> Option<&'a str> {
        self.text(field).filter(|text| !is_unknown(text))
    }

    fn number(&self, field: Field) -> Option<i64> {
        match self.scanned_number(field) {
            Some(cell) => cell.value(),
            None => self.text(field).and_then(parse_offset).and_then(NumericCell::value),
        }
    }

    /// The number already read from `field`'s cell, if it was (see [`Row::numbers`]).
    fn scanned_number(&self, field: Field) -> Option<NumericCell> {
        let index = self.field_index[field as usize]?;
        self.numbers?.get(index).copied().flatten()
    }
}

/// Where a table's rows go: the group they belong to when the table has no GROUP column.
pub(crate) struct RowTarget<'a> {
    pub(crate) context_group: Option<&'a str>,
}

/// Applies one solved row to the builder.
pub(crate) fn apply(
    kind: RowKind,
    row: &Row<'_>,
    target: &RowTarget<'_>,
    line_number: usize,
    builder: &mut SnapshotBuilder,
    diagnostics: &mut Vec<Diagnostic>,
) -> Result<(), Message> {
    let group = row.known_text(Field::Group).or(target.context_group);
    match kind {
        RowKind::Partitions => apply_partition(row, group, line_number, builder, diagnostics),
        RowKind::Members => {
            let member = member(row, builder)?;
            builder.add_member(group, member);
            Ok(())
        }
        RowKind::GroupState => {
            let coordinator = row.known_text(Field::Coordinator).map(coordinator_text);
            let reported_total_lag = row.number(Field::ReportedTotalLag);
            let strategy = row.known_text(Field::AssignmentStrategy).map(str::to_owned);
            let state = row.known_text(Field::State).map(GroupState::from_name);
            let n_members = row.number(Field::NMembers).and_then(|count| u32::try_from(count).ok());
            let facts = builder.group(group);
            facts.coordinator = coordinator.or(facts.coordinator.take());
            facts.assignment_strategy = strategy.or(facts.assignment_strategy.take());
            facts.state = state.or(facts.state.take());
            facts.n_members = n_members.or(facts.n_members);
            facts.reported_total_lag = reported_total_lag.or(facts.reported_total_lag);
            Ok(())
        }
        RowKind::GroupList => {
            let state = row.known_text(Field::State).map(GroupState::from_name);
            let facts = builder.group(group);
            facts.state = state.or(facts.state.take());
            Ok(())
        }
        RowKind::OffsetResets => {
            let (topic, partition) = topic_partition(row, builder)?;
            let new_offset =
                row.number(Field::NewOffset).ok_or_else(|| crate::msg!("diag-new-offset-not-integer"))?;
            builder.add_offset_reset(group, OffsetReset { topic, partition, new_offset });
            Ok(())
        }
        RowKind::OffsetDeletions => {
            let topic =
                builder.name(row.text(Field::Topic).ok_or_else(|| crate::msg!("diag-missing-topic"))?);
            let partition = row.text(Field::Partition).and_then(parse_count);
            let status = row.text(Field::Status).unwrap_or_default().to_owned();
            builder.add_offset_deletion(group, OffsetDeletion { topic, partition, status });
            Ok(())
        }
    }
}

/// A row's printed LAG against its offsets: a LAG that disagrees with LOG-END-OFFSET −
/// CURRENT-OFFSET, or a negative one, is kept as printed with a warning.
pub(super) fn check_lag(
    line_number: usize,
    current_offset: Option<i64>,
    log_end_offset: Option<i64>,
    lag: Option<i64>,
    diagnostics: &mut Vec<Diagnostic>,
) {
    if let (Some(current), Some(log_end), Some(printed)) = (current_offset, log_end_offset, lag)
        && log_end.checked_sub(current) != Some(printed)
    {
        // The offsets as the row prints them, so the sum reads like the row.
        let computed =
            log_end.checked_sub(current).map_or_else(|| crate::msg!("diag-lag-overflow").into(), line_arg);
        diagnostics.push(Diagnostic::warning(
            line_number,
            crate::msg!(
                "diag-lag-disagrees",
                printed = line_arg(printed),
                log_end = line_arg(log_end),
                current = line_arg(current),
                computed = computed
            ),
        ));
    }
    if lag.is_some_and(i64::is_negative) {
        diagnostics.push(Diagnostic::warning(line_number, crate::msg!("diag-lag-negative")));
    }
}

fn topic_partition(row: &Row<'_>, builder: &mut SnapshotBuilder) -> Result<(Name, i32), Message> {
    let topic = row.text(Field::Topic).ok_or_else(|| crate::msg!("diag-missing-topic"))?;
    let partition = partition_number(row)?;
    Ok((builder.name(topic), partition))
}

fn partition_number(row: &Row<'_>) -> Result<i32, Message> {
    let scanned = row
        .scanned_number(Field::Partition)
        .and_then(NumericCell::value)
        .and_then(|number| i32::try_from(number).ok());
    scanned.or_else(|| row.text(Field::Partition).and_then(parse_count)).ok_or_else(|| {
        crate::msg!(
            "diag-cell-shape",
            column = "PARTITION",
            shape = crate::msg!("diag-shape-count"),
            found = row.text(Field::Partition).unwrap_or_default()
        )
    })
}

fn apply_partition(
    row: &Row<'_>,
    group: Option<&str>,
    line_number: usize,
    builder: &mut SnapshotBuilder,
    diagnostics: &mut Vec<Diagnostic>,
) -> Result<(), Message> {
    // 0.10.2–1.0: a row whose TOPIC and PARTITION are `-` is a member with no partitions.
    if row.text(Field::Topic) == Some("-") {
        if row.text(Field::Partition) != Some("-") {
            return Err(crate::msg!(
                "diag-cell-shape",
                column = "TOPIC",
                shape = crate::msg!("diag-shape-topic-name"),
                found = "-"
            ));
        }
        let mut member = member(row, builder)?;
        member.n_partitions = Some(0);
        member.assignment = Some(Vec::new());
        builder.add_member(group, member);
        return Ok(());
    }
    let topic = row.text(Field::Topic).ok_or_else(|| crate::msg!("diag-missing-topic"))?;
    let partition = partition_number(row)?;
    let topic = builder.row_name(RowName::Topic, topic);
    // Several tools print -1 for "never committed" (ConsumerOffsetChecker, kafkactl).
    let current_offset = row.number(Field::CurrentOffset).filter(|offset| *offset >= 0);
    let log_end_offset = row.number(Field::LogEndOffset);
    let lag = row.number(Field::Lag);
    let owner = row.known_text(Field::Owner);
    let (consumer_id, host, client_id) = if let Some(owner) = owner {
        // `clientId_/host` (0.9–0.10.1, new consumer); anything else is an old consumer's id.
        if let Some((client, host)) = owner.rsplit_once("_/") {
            (None, Some(builder.name(&format!("/{host}"))), Some(builder.name(client)))
        } else {
            (Some(builder.name(owner)), None, None)
        }
    } else {
        let consumer = row.known_text(Field::ConsumerId);
        let host = row.known_text(Field::Host);
        // An owned partition with nothing printed after HOST has an empty client id.
        let client = match row.text(Field::ClientId) {
            Some(text) if !is_unknown(text) => Some(text),
            None if consumer.is_some() && row.field_index[Field::ClientId as usize].is_some() => Some(""),
            _ => None,
        };
        let owner = builder.owner(consumer, host, client);
        (owner.consumer_id, owner.host, owner.client_id)
    };
    check_lag(line_number, current_offset, log_end_offset, lag, diagnostics);
    let partition = PartitionOffsets {
        topic,
        partition,
        current_offset,
        log_end_offset,
        lag,
        consumer_id,
        host,
        client_id,
    };
    builder.add_partition(line_number, group, partition, diagnostics);
    Ok(())
}

fn member(row: &Row<'_>, builder: &mut SnapshotBuilder) -> Result<Member, Message> {
    let mut name = |field| row.known_text(field).map(|text| builder.name(text));
    let consumer_id = name(Field::ConsumerId);
    let group_instance_id = name(Field::InstanceId);
    let host = name(Field::Host);
    let client_id = name(Field::ClientId);
    let assignment = match (row.text(Field::Assignment), row.known_text(Field::Topic)) {
        // kafkactl: one row per topic, partitions `0,1,2`.
        (Some(partitions), Some(topic)) => {
            let topic = builder.name(topic);
            let partitions = partitions
                .split(',')
                .map(|part| {
                    parse_count(part.trim())
                        .map(|partition| AssignedPartition { topic: Some(topic.clone()), partition })
                })
                .collect::<Option<Vec<_>>>()
                .ok_or_else(|| crate::msg!("diag-assigned-partitions-malformed", found = partitions))?;
            Some(partitions)
        }
        (Some(text), None) => Some(parse_assignment(text, builder)?),
        (None, _) => None,
    };
    let n_partitions = row
        .number(Field::NPartitions)
        .and_then(|count| u32::try_from(count).ok())
        .or_else(|| assignment.as_ref().and_then(|assignment| u32::try_from(assignment.len()).ok()));
    Ok(Member { consumer_id, group_instance_id, host, client_id, n_partitions, assignment })
}

/// `topic1(0,2), topic2(1)` (1.1–3.7), `(0,1,10,2), (3)` (3.8–3.9, no topics), `topic1:0,2;topic2:1`
/// (4.x, share groups), `-` (none).
pub(crate) fn parse_assignment(
    text: &str,
    builder: &mut SnapshotBuilder,
) -> Result<Vec<AssignedPartition>, Message> {
    let text = text.trim();
    let mut assignment = Vec::new();
    if text == "-" || text.is_empty() {
        return Ok(assignment);
    }
    let malformed = || crate::msg!("diag-assignment-malformed", found = text);
    if text.contains('(') {
        for item in text.split("),") {
            let item = item.trim().trim_end_matches(')');
            let (topic, partitions) = item.split_once('(').ok_or_else(malformed)?;
            let topic = (!topic.is_empty()).then(|| builder.name(topic));
            for part in partitions.split(',').filter(|part| !part.is_empty()) {
                let partition = parse_count(part.trim()).ok_or_else(malformed)?;
                assignment.push(AssignedPartition { topic: topic.clone(), partition });
            }
        }
    } else {
        for item in text.split(';').filter(|item| !item.is_empty()) {
            let (topic, partitions) = item.split_once(':').ok_or_else(malformed)?;
            let topic = builder.name(topic);
            for part in partitions.split(',') {
                let partition = parse_count(part.trim()).ok_or_else(malformed)?;
                assignment.push(AssignedPartition { topic: Some(topic.clone()), partition });
            }
        }
    }
    assignment.sort();
    Ok(assignment)
}

/// `host:port (id)` with single spaces; kafka-ui's JSON cell (`{"id":1,"host":"…","port":9092}`)
/// becomes the same form.
fn coordinator_text(text: &str) -> String {
    if text.starts_with('{') {
        let json = text.replace("\"\"", "\"");
        if let Ok(value) = serde_json::from_str::<serde_json::Value>(&json) {
            let host = value.get("host").and_then(serde_json::Value::as_str).unwrap_or("?");
            let port = value.get("port").map_or_else(|| "?".to_owned(), ToString::to_string);
            let id = value.get("id").map_or_else(|| "?".to_owned(), ToString::to_string);
            return format!("{host}:{port} ({id})");
        }
    }
    collapse_spaces(text)
}

fn collapse_spaces(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
