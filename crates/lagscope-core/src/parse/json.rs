//! Whole JSON documents: Burrow's HTTP API, the Confluent CLI's `-o json`, kafkactl's `-o json`,
//! and Prometheus API replies.

use serde_json::Value;

use super::builder::SnapshotBuilder;
use super::prometheus::{Collector, Sample};
use super::{ParseOptions, ParseOutcome};
use crate::diagnostic::Diagnostic;
use crate::model::{AssignedPartition, GroupState, Member, PartitionOffsets};
use crate::source::{Source, Tool};

/// Reads `text` as a JSON document when it is one; `None` when it is not JSON (a log line that
/// starts with `[` is not). Only ASCII whitespace and a BOM may come first, as the CLI's streaming
/// reader decides the same from the first bytes (a vertical tab before `{` is text, not JSON).
pub(crate) fn parse_document(text: &str, options: ParseOptions) -> Option<ParseOutcome> {
    let trimmed =
        text.trim_start_matches(|character: char| character.is_ascii_whitespace() || character == '\u{FEFF}');
    if !(trimmed.starts_with('{') || trimmed.starts_with('[')) {
        return None;
    }
    let value: Value = match serde_json::from_str(text) {
        Ok(value) => value,
        Err(_) if trimmed.starts_with('[') && !trimmed[1..].trim_start().starts_with(['{', '[', ']']) => {
            return None;
        }
        Err(error) => {
            // Cut, wrapped inside a string, several replies: recovered where it can be.
            if let Some(outcome) = super::json_recovery::read_embedded(text, options) {
                return Some(outcome);
            }
            // Not one JSON document (JSON followed by a table, …): read it line by line like any
            // paste, and say why the JSON reader gave up.
            let mut parser = super::Parser::new(options);
            for (_, line) in crate::text::numbered_lines(text) {
                parser.push_line(line);
            }
            let mut outcome = parser.finish();
            // A complete document followed by other text is reported where the document starts.
            let starts_at = text.lines().take_while(|line| line.trim().is_empty()).count() + 1;
            // The JSON reader counts a line after the text's final line break; the text has none.
            let n_lines = crate::text::numbered_lines(text).count().max(1);
            let error_line = error.line().clamp(1, n_lines);
            let (line, reason) = if error.to_string().starts_with("trailing characters") {
                (starts_at, crate::msg!("diag-json-trailing-text", line = super::line_arg(error_line)))
            } else {
                (error_line, invalid_json(&error))
            };
            outcome
                .diagnostics
                .insert(0, Diagnostic::error(line, crate::msg!("diag-json-read-by-line", reason = reason)));
            crate::diagnostic::sort_by_line(&mut outcome.diagnostics);
            return Some(outcome);
        }
    };
    Some(read_value(&value, options))
}

/// Why a text is not JSON: the JSON reader's own description (English, quoted as it says it), its
/// kind, and where.
fn invalid_json(error: &serde_json::Error) -> crate::l10n::Message {
    let kind = match error.classify() {
        serde_json::error::Category::Io => "io",
        serde_json::error::Category::Syntax => "syntax",
        serde_json::error::Category::Data => "data",
        serde_json::error::Category::Eof => "eof",
    };
    let text = error.to_string();
    let place = format!(" at line {} column {}", error.line(), error.column());
    match text.strip_suffix(&place) {
        Some(detail) => crate::msg!(
            "diag-json-invalid",
            kind = kind,
            detail = detail,
            line = super::line_arg(error.line()),
            column = super::line_arg(error.column())
        ),
        None => crate::msg!("diag-json-invalid-nowhere", kind = kind, detail = text),
    }
}

/// Reads a JSON value as the document of a tool it is (Burrow, the Prometheus API, kafkactl, the
/// Confluent CLI), or says it is none of them.
pub(crate) fn read_value(value: &Value, options: ParseOptions) -> ParseOutcome {
    let mut builder = SnapshotBuilder::default();
    let mut diagnostics = Vec::new();
    let allows = |tool: Tool| options.format.is_none_or(|format| format == tool);
    // Burrow's error reply: `{"error":true,"message":"cluster or consumer not found","request":{…}}`.
    if value.get("error").and_then(Value::as_bool) == Some(true) && allows(Tool::Burrow) {
        // Burrow's own message, verbatim.
        let message = text(value.get("message"))
            .map_or_else(|| crate::msg!("diag-burrow-no-message").into(), crate::l10n::Arg::from);
        let url = value.pointer("/request/url").and_then(Value::as_str).unwrap_or_default();
        let group =
            url.split("/consumer/").nth(1).and_then(|rest| rest.split('/').next()).filter(|g| !g.is_empty());
        let said = match group {
            Some(group) => {
                crate::msg!("diag-burrow-error-for-group", group = group, message = message, url = url)
            }
            None => crate::msg!("diag-burrow-error", message = message, url = url),
        };
        diagnostics.push(Diagnostic::error(1, said));
        return ParseOutcome {
            source: Source { tool: Some(Tool::Burrow), version_hint: Some("error reply".to_owned()) },
            diagnostics,
            ..ParseOutcome::default()
        };
    }
    let (tool, hint) = if let Some(status) =
        value.get("status").filter(|status| status.is_object()).filter(|_| allows(Tool::Burrow))
    {
        read_burrow(status, &mut builder);
        let v2 = status.get("complete").is_some_and(Value::is_boolean);
        let url = value.pointer("/request/url").and_then(Value::as_str).unwrap_or_default();
        let hint = match (v2, url.ends_with("/status")) {
            (true, _) => "v2",
            (false, true) => "v3 status",
            (false, false) => "v3 lag",
        };
        (Tool::Burrow, hint)
    } else if value.get("data").is_some_and(|data| data.get("resultType").is_some())
        && allows(Tool::Prometheus)
    {
        read_prometheus_api(value, &mut builder);
        (Tool::Prometheus, "API JSON")
    } else if field(value, "group").is_some() && field(value, "topics").is_some() && allows(Tool::Kafkactl) {
        read_kafkactl(value, &mut builder);
        (Tool::Kafkactl, "describe consumer-group -o json")
    } else if value.as_array().is_some_and(|rows| rows.iter().all(|row| row.get("consumer_group").is_some()))
        && allows(Tool::Confluent)
    {
        for row in value.as_array().into_iter().flatten() {
            read_confluent_row(row, &mut builder, &mut diagnostics);
        }
        (Tool::Confluent, "lag list -o json")
    } else {
        diagnostics.push(Diagnostic::warning(1, crate::msg!("diag-json-unknown-document")));
        return ParseOutcome { diagnostics, ..ParseOutcome::default() };
    };
    ParseOutcome {
        source: Source { tool: Some(tool), version_hint: Some(hint.to_owned()) },
        snapshot: builder.finish(),
        diagnostics,
    }
}

/// A field by name, ignoring case (kafkactl capitalises some names and not others).
fn field<'a>(value: &'a Value, name: &str) -> Option<&'a Value> {
    value.as_object()?.iter().find(|(key, _)| key.eq_ignore_ascii_case(name)).map(|(_, value)| value)
}

/// An integer given as a JSON number or a string.
fn integer(value: Option<&Value>) -> Option<i64> {
    match value? {
        Value::Number(number) => number.as_i64().or_else(|| {
            number
                .as_f64()
                .filter(|value| value.fract() == 0.0 && value.abs() < 9.0e18)
                .map(|value| value as i64)
        }),
        Value::String(text) => text.trim().parse().ok(),
        _ => None,
    }
}

fn text(value: Option<&Value>) -> Option<&str> {
    value.and_then(Value::as_str).map(str::trim).filter(|text| !text.is_empty() && *text != "-")
}

fn read_burrow(status: &Value, builder: &mut SnapshotBuilder) {
    let group = text(status.get("group")).map(str::to_owned);
    let partitions = status.get("partitions").and_then(Value::as_array).into_iter().flatten();
    for partition in partitions.chain(status.get("maxlag").filter(|maxlag| maxlag.is_object())) {
        let (Some(topic), Some(number)) = (text(partition.get("topic")), integer(partition.get("partition")))
        else {
            continue;
        };
        let Ok(number) = i32::try_from(number) else {
            continue;
        };
        let update = PartitionOffsets {
            topic: builder.name(topic),
            partition: number,
            current_offset: integer(partition.pointer("/end/offset")),
            log_end_offset: None,
            // v2 has no `current_lag`; its latest lag is `end.lag`.
            lag: integer(partition.get("current_lag")).or_else(|| integer(partition.pointer("/end/lag"))),
            consumer_id: None,
            host: text(partition.get("owner")).map(|owner| builder.name(owner)),
            client_id: text(partition.get("client_id")).map(|client| builder.name(client)),
        };
        builder.merge_partition(1, group.as_deref(), update);
    }
    let facts = builder.group(group.as_deref());
    facts.reported_total_lag = integer(status.get("totallag"));
    if text(status.get("status")) == Some("NOTFOUND") {
        facts.state = Some(GroupState::Dead);
    }
}

fn read_prometheus_api(value: &Value, builder: &mut SnapshotBuilder) {
    let mut collector = Collector::default();
    for result in value.pointer("/data/result").and_then(Value::as_array).into_iter().flatten() {
        let labels: Vec<(String, String)> = result
            .get("metric")
            .and_then(Value::as_object)
            .into_iter()
            .flatten()
            .filter_map(|(key, value)| Some((key.clone(), value.as_str()?.to_owned())))
            .collect();
        let name = labels
            .iter()
            .find(|(key, _)| key == "__name__")
            .map(|(_, name)| name.clone())
            .unwrap_or_default();
        // An instant vector has `value`; a range matrix has `values`, of which the latest is the snapshot.
        let latest = result
            .get("value")
            .or_else(|| result.get("values").and_then(Value::as_array).and_then(|values| values.last()));
        let Some(sample_value) = latest.and_then(|pair| pair.get(1)).and_then(Value::as_str) else {
            continue;
        };
        collector.add(1, Sample { name, labels, value: sample_value.to_owned() }, builder);
    }
    collector.finish(builder);
}

fn read_kafkactl(value: &Value, builder: &mut SnapshotBuilder) {
    let group_value = field(value, "group");
    let group = group_value
        .and_then(|group| text(field(group, "name")).or_else(|| group.as_str()))
        .map(str::to_owned);
    for topic in field(value, "topics").and_then(Value::as_array).into_iter().flatten() {
        let Some(topic_name) = text(field(topic, "name")) else {
            continue;
        };
        for partition in field(topic, "partitions").and_then(Value::as_array).into_iter().flatten() {
            let Some(number) =
                integer(field(partition, "partition")).and_then(|number| i32::try_from(number).ok())
            else {
                continue;
            };
            let update = PartitionOffsets {
                topic: builder.name(topic_name),
                partition: number,
                current_offset: integer(field(partition, "consumerOffset")).filter(|offset| *offset >= 0),
                log_end_offset: integer(field(partition, "newestOffset")),
                lag: integer(field(partition, "lag")),
                consumer_id: None,
                host: None,
                client_id: None,
            };
            builder.merge_partition(1, group.as_deref(), update);
        }
    }
    for member in field(value, "members").and_then(Value::as_array).into_iter().flatten() {
        let mut assignment = Vec::new();
        for topic in field(member, "assignedPartitions").and_then(Value::as_array).into_iter().flatten() {
            let Some(name) = text(field(topic, "name")).map(|name| builder.name(name)) else {
                continue;
            };
            for partition in field(topic, "partitions").and_then(Value::as_array).into_iter().flatten() {
                if let Some(number) = integer(Some(partition)).and_then(|number| i32::try_from(number).ok()) {
                    assignment.push(AssignedPartition { topic: Some(name.clone()), partition: number });
                }
            }
        }
        assignment.sort();
        let member = Member {
            consumer_id: text(field(member, "consumerId")).map(|id| builder.name(id)),
            group_instance_id: None,
            host: text(field(member, "clientHost")).map(|host| builder.name(host)),
            client_id: text(field(member, "clientId")).map(|client| builder.name(client)),
            n_partitions: u32::try_from(assignment.len()).ok(),
            assignment: Some(assignment),
        };
        builder.add_member(group.as_deref(), member);
    }
    let state = text(field(value, "state")).map(GroupState::from_name);
    let protocol = text(field(value, "protocol")).map(str::to_owned);
    let facts = builder.group(group.as_deref());
    facts.state = state;
    facts.assignment_strategy = protocol;
}

fn read_confluent_row(row: &Value, builder: &mut SnapshotBuilder, diagnostics: &mut Vec<Diagnostic>) {
    let group = text(row.get("consumer_group")).map(str::to_owned);
    let (Some(topic), Some(partition)) =
        (text(row.get("topic")), integer(row.get("partition")).and_then(|p| i32::try_from(p).ok()))
    else {
        diagnostics.push(Diagnostic::warning(1, crate::msg!("diag-confluent-row-skipped")));
        return;
    };
    let update = PartitionOffsets {
        topic: builder.name(topic),
        partition,
        current_offset: integer(row.get("current_offset")),
        log_end_offset: integer(row.get("log_end_offset")),
        lag: integer(row.get("lag")),
        consumer_id: text(row.get("consumer")).map(|id| builder.name(id)),
        host: None,
        client_id: text(row.get("client")).map(|client| builder.name(client)),
    };
    builder.merge_partition(1, group.as_deref(), update);
}
