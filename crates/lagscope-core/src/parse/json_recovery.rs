//! JSON as people paste it: inside prose, after a prompt or a backtick, several documents in a
//! row, with a line break a mail client or a terminal put inside a string, or cut off before its
//! end. Each document is found, repaired (line breaks inside strings removed) and, when cut, read up
//! to its last complete element (the containers still open are closed), then read by `json.rs` as
//! the tool's document it is. Every repair is said in a diagnostic with its line.

use serde_json::Value;

use super::{ParseOptions, ParseOutcome, line_arg};
use crate::diagnostic::Diagnostic;

/// Whether a line opens a JSON object: `{` first, after spaces, a backtick or a quote mark (`> `).
fn opens_object(line: &str) -> Option<usize> {
    let rest = line.trim_start().trim_start_matches(['`', '>', ' ']);
    rest.starts_with('{').then(|| line.len() - rest.len())
}

/// How many lines [`holds_embedded_json`] looks at.
pub(crate) const EMBEDDED_JSON_LINES: usize = 2000;

/// Whether `text` holds a JSON document that does not start it (after prose, a prompt): such a text
/// is read whole, not line by line. Looks at the first 2,000 lines.
#[must_use]
pub fn holds_embedded_json(text: &str) -> bool {
    !starts_a_document(text)
        && text.lines().take(EMBEDDED_JSON_LINES).any(|line| opens_object(line).is_some())
}

/// Whether `text` starts with a JSON document: `{`, or `[` opening an array (`[ops@host ~]$` is a
/// prompt, not JSON).
#[must_use]
pub(crate) fn starts_a_document(text: &str) -> bool {
    let trimmed =
        text.trim_start_matches(|character: char| character.is_ascii_whitespace() || character == '\u{FEFF}');
    trimmed.starts_with('{')
        || trimmed.strip_prefix('[').is_some_and(|rest| {
            rest.trim_start()
                .starts_with(|c: char| matches!(c, '{' | '[' | ']' | '"' | '-') || c.is_ascii_digit())
        })
}

/// One document found in a text.
struct Found {
    /// The repaired document.
    json: String,
    /// Its first and last lines in the text (1-based).
    first_line: usize,
    last_line: usize,
    /// What was repaired.
    notes: Vec<Diagnostic>,
}

/// Scans one document from `start` (a `{`): strings and nesting followed, line breaks inside
/// strings dropped, and where the text ends first, the document cut after its last complete
/// element of a list (else of anything) and its open containers closed. Returns the document and the
/// byte offset after it.
fn scan(text: &str, start: usize, first_line: usize) -> (Found, usize) {
    let mut json = String::new();
    let mut notes = Vec::new();
    let mut stack: Vec<char> = Vec::new();
    let (mut in_string, mut escaped) = (false, false);
    let mut line = first_line;
    // (length of `json`, open containers) after the last element that closed inside a list, and
    // after the last that closed anywhere.
    let mut safe_in_list: Option<(usize, Vec<char>, usize)> = None;
    let mut safe_anywhere: Option<(usize, Vec<char>, usize)> = None;
    let mut end = text.len();
    for (offset, character) in text[start..].char_indices() {
        let at = start + offset;
        if character == '\n' && at + 1 == text.len() {
            // The text's final line break starts no line.
            break;
        }
        if character == '\n' {
            let next_line = text[at + 1..].lines().next().unwrap_or_default();
            if in_string && next_line.contains('"') {
                // A wrapped string: its rest (and closing quote) is on the next line.
                line += 1;
                notes.push(Diagnostic::info(
                    line - 1,
                    crate::msg!(
                        "diag-json-line-break-removed",
                        first = line_arg(line - 1),
                        second = line_arg(line)
                    ),
                ));
                continue;
            }
            let continues = next_line.trim_start().chars().next().is_none_or(|first| {
                matches!(first, '{' | '}' | '[' | ']' | '"' | ',' | ':' | '-' | 't' | 'f' | 'n')
                    || first.is_ascii_digit()
            });
            if in_string || !continues {
                // The document stops on this line: what follows is not its rest.
                end = at;
                break;
            }
            line += 1;
        }
        if character == '\r' && in_string {
            continue;
        }
        json.push(character);
        if in_string {
            if escaped {
                escaped = false;
            } else if character == '\\' {
                escaped = true;
            } else if character == '"' {
                in_string = false;
            }
            continue;
        }
        match character {
            '"' => in_string = true,
            '{' => stack.push('}'),
            '[' => stack.push(']'),
            '}' | ']' => {
                if stack.pop() != Some(character) {
                    // Not JSON after all: stop here.
                    end = at;
                    break;
                }
                if stack.is_empty() {
                    end = at + character.len_utf8();
                    return (Found { json, first_line, last_line: line, notes }, end);
                }
                let state = (json.len(), stack.clone(), line);
                if stack.last() == Some(&']') {
                    safe_in_list = Some(state.clone());
                }
                safe_anywhere = Some(state);
            }
            _ => {}
        }
    }
    // Cut before its end: keep what was complete, close what is open.
    let cut_line = line;
    if let Some((length, open, _)) = safe_in_list.or(safe_anywhere) {
        json.truncate(length);
        for closer in open.iter().rev() {
            json.push(*closer);
        }
        notes.push(Diagnostic::warning(
            cut_line,
            crate::msg!("diag-json-cut-off", first = line_arg(first_line), cut = line_arg(cut_line)),
        ));
    }
    (Found { json, first_line, last_line: cut_line, notes }, end)
}

/// The documents in `text`, in order (at most 64).
fn documents(text: &str) -> Vec<Found> {
    let mut found = Vec::new();
    let mut offset = 0;
    while offset < text.len() && found.len() < 64 {
        // The next line that opens an object.
        let mut start = None;
        let mut line_start = offset;
        for piece in text[offset..].split_inclusive('\n') {
            if let Some(column) = opens_object(piece) {
                start = Some(line_start + column);
                break;
            }
            line_start += piece.len();
        }
        let Some(start) = start else { break };
        let first_line = text[..start].matches('\n').count() + 1;
        let (document, end) = scan(text, start, first_line);
        found.push(document);
        // Go on from the line after the document's end.
        offset = text[end..].find('\n').map_or(text.len(), |newline| end + newline + 1).max(start + 1);
    }
    found
}

/// Reads the JSON documents inside `text` (after prose, cut, wrapped), or `None` when none of them
/// is a tool's document.
pub(crate) fn read_embedded(text: &str, options: ParseOptions) -> Option<ParseOutcome> {
    let mut outcome = ParseOutcome::default();
    let mut any = false;
    let mut covered: Vec<(usize, usize)> = Vec::new();
    for document in documents(text) {
        let Ok(value) = serde_json::from_str::<Value>(&document.json) else { continue };
        let read = super::json::read_value(&value, options);
        if read.source.tool.is_none() {
            continue;
        }
        any = true;
        covered.push((document.first_line, document.last_line));
        outcome.source = read.source;
        outcome.snapshot.groups.extend(read.snapshot.groups);
        outcome.diagnostics.extend(document.notes);
        outcome.diagnostics.extend(
            read.diagnostics.into_iter().map(|diagnostic| Diagnostic {
                line: diagnostic.line + document.first_line - 1,
                ..diagnostic
            }),
        );
    }
    if !any {
        return None;
    }
    // The lines around the documents are read as any paste is (a table after a reply); when they
    // hold nothing, they are prose and prompts, said once rather than line by line.
    let mut rest = super::Parser::new(options);
    for (number, line) in crate::text::numbered_lines(text) {
        let inside = covered.iter().any(|&(first, last)| (first..=last).contains(&number));
        rest.push_line(if inside { "" } else { line });
    }
    let rest = rest.finish();
    if rest.source.tool.is_some() || !rest.snapshot.groups.is_empty() {
        outcome.source = rest.source;
        outcome.snapshot.groups.extend(rest.snapshot.groups);
        outcome.diagnostics.extend(rest.diagnostics);
    } else {
        let n_lines = crate::text::numbered_lines(text).count();
        let outside: Vec<usize> = crate::text::numbered_lines(text)
            .filter(|(number, line)| {
                !line.trim().is_empty()
                    && !covered.iter().any(|(first, last)| (first..=last).contains(&number))
            })
            .map(|(number, _)| number)
            .collect();
        if let (Some(first), Some(last)) = (outside.first(), outside.last()) {
            outcome.diagnostics.push(Diagnostic::info(
                *first,
                crate::msg!(
                    "diag-json-text-around",
                    count = outside.len(),
                    first = line_arg(first),
                    last = line_arg(last),
                    total = line_arg(n_lines)
                ),
            ));
        }
    }
    crate::diagnostic::sort_by_line(&mut outcome.diagnostics);
    outcome.snapshot.groups = merge_groups(std::mem::take(&mut outcome.snapshot.groups));
    Some(outcome)
}

/// One entry per group id (a Burrow reply and a table about the same group are one group): the
/// partitions of both, the first's where both have one, and each fact from whichever has it.
fn merge_groups(groups: Vec<crate::model::GroupSnapshot>) -> Vec<crate::model::GroupSnapshot> {
    let mut merged: std::collections::BTreeMap<Option<String>, crate::model::GroupSnapshot> =
        std::collections::BTreeMap::new();
    for group in groups {
        match merged.get_mut(&group.group) {
            None => {
                merged.insert(group.group.clone(), group);
            }
            Some(known) => {
                for partition in group.partitions {
                    if !known
                        .partitions
                        .iter()
                        .any(|p| p.topic == partition.topic && p.partition == partition.partition)
                    {
                        known.partitions.push(partition);
                    }
                }
                crate::order::sort_by(&mut known.partitions, |a, b| {
                    (&a.topic, a.partition).cmp(&(&b.topic, b.partition))
                });
                known.members.extend(group.members);
                known.offset_resets.extend(group.offset_resets);
                known.offset_deletions.extend(group.offset_deletions);
                known.state = known.state.take().or(group.state);
                known.n_members = known.n_members.or(group.n_members);
                known.coordinator = known.coordinator.take().or(group.coordinator);
                known.assignment_strategy = known.assignment_strategy.take().or(group.assignment_strategy);
                known.reported_total_lag = known.reported_total_lag.or(group.reported_total_lag);
            }
        }
    }
    merged.into_values().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const STATUS: &str = r#"{"error":false,"message":"consumer status returned","status":{"cluster":"prod","group":"orders","status":"WARN","complete":1,"partitions":[{"topic":"payments","partition":0,"owner":"/10.0.0.1","client_id":"c","status":"OK","start":{"offset":10,"timestamp":1,"lag":5},"end":{"offset":20,"timestamp":2,"lag":4},"current_lag":4,"complete":1},{"topic":"payments","partition":1,"owner":"/10.0.0.1","client_id":"c","status":"WARN","start":{"offset":10,"timestamp":1,"lag":5},"end":{"offset":20,"timestamp":2,"lag":7},"current_lag":7,"complete":1}],"partition_count":2,"maxlag":null,"totallag":11},"request":{"url":"/v3/kafka/prod/consumer/orders/status","host":"burrow"}}"#;

    fn read(text: &str) -> ParseOutcome {
        read_embedded(text, ParseOptions::default()).expect("a document")
    }

    #[test]
    fn a_document_inside_prose() {
        let outcome = read(&format!(
            "Burrow says WARN, see:\n$ curl -s burrow:8000/v3/kafka/prod/consumer/orders/status\n`{STATUS}`\nany idea?\n"
        ));
        assert_eq!(outcome.snapshot.groups.len(), 1);
        assert_eq!(outcome.snapshot.groups[0].partitions.len(), 2);
        assert!(
            outcome.diagnostics.iter().any(|d| crate::l10n::english(&d.message).contains("lines 1–4 of 4")),
            "{:#?}",
            outcome.diagnostics
        );
    }

    #[test]
    fn a_cut_document_keeps_its_complete_partitions() {
        let cut =
            &STATUS[..STATUS.find(r#"{"topic":"payments","partition":1"#).expect("second partition") + 30];
        let outcome = read(&format!("here:\n{cut}"));
        let group = &outcome.snapshot.groups[0];
        assert_eq!(group.partitions.len(), 1);
        assert_eq!(group.partitions[0].lag, Some(4));
        assert!(
            outcome.diagnostics.iter().any(|d| crate::l10n::english(&d.message).contains("cut off")),
            "{:#?}",
            outcome.diagnostics
        );
    }

    #[test]
    fn a_line_break_inside_a_string_is_removed() {
        let wrapped = STATUS.replacen("/v3/kafka/prod/con", "/v3/kafka/prod/con\nsumer", 1).replacen(
            "consumer/orders",
            "/orders",
            1,
        );
        let outcome = read(&format!("mail:\n{wrapped}"));
        assert_eq!(outcome.snapshot.groups[0].partitions.len(), 2);
        assert!(
            outcome
                .diagnostics
                .iter()
                .any(|d| crate::l10n::english(&d.message).contains("line break inside a JSON string"))
        );
    }

    #[test]
    fn a_group_in_a_reply_and_a_table_is_one_group() {
        let text = format!(
            "Burrow says:\n{STATUS}\nand describe:\nGROUP TOPIC PARTITION CURRENT-OFFSET LOG-END-OFFSET LAG CONSUMER-ID HOST CLIENT-ID\norders payments 2 10 15 5 c-1 /10.0.0.1 c\n"
        );
        let outcome = read(&text);
        assert_eq!(outcome.snapshot.groups.len(), 1);
        let partitions: Vec<i32> =
            outcome.snapshot.groups[0].partitions.iter().map(|p| p.partition).collect();
        assert_eq!(partitions, vec![0, 1, 2]);
    }

    #[test]
    fn several_documents_in_a_row() {
        let other = STATUS.replace("\"group\":\"orders\"", "\"group\":\"billing\"");
        let outcome = read(&format!("$ curl a\n{STATUS}\n$ curl b\n{other}\n"));
        let names: Vec<_> = outcome.snapshot.groups.iter().filter_map(|g| g.group.as_deref()).collect();
        assert_eq!(names, vec!["billing", "orders"]);
    }

    #[test]
    fn not_a_document() {
        assert!(read_embedded("a { b } c\n{ not json\n", ParseOptions::default()).is_none());
        assert!(holds_embedded_json("prose\n{\"a\": 1}\n"));
        assert!(!holds_embedded_json("{\"a\": 1}\n"));
        assert!(!holds_embedded_json("GROUP TOPIC\n"));
        assert!(holds_embedded_json("[ops@mon-01 ~]$ curl -s burrow/status | jq .\n{\n\"a\": 1}\n"));
    }
}
