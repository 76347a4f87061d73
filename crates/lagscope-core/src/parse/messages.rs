//! Lines that are not table rows: the tool's own messages, log lines, prompts and comments.
//!
//! Messages about a group become facts ("has no active members" means the group is Empty);
//! errors become diagnostics; the rest is recognised as noise so that it is accounted for
//! without being reported.

use crate::model::GroupState;

/// What a non-table line means.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Message {
    /// The tool states a group's state.
    GroupState { group: String, state: GroupState },
    /// The tool says the group does not exist.
    GroupDoesNotExist { group: String },
    /// The tool reports a failure.
    ToolError { message: String },
    /// A line that carries nothing for the analysis (prompt, comment, log line, stack frame, note).
    Noise,
}

/// Recognises `line` (already known not to be blank) as a message, or `None` when it is not one.
pub(crate) fn recognise(line: &str) -> Option<Message> {
    let trimmed = line.trim();
    if let Some(group) = quoted_group(trimmed, "Consumer group ", " has no active members.") {
        return Some(Message::GroupState {
            group,
            state: GroupState::Empty,
        });
    }
    let unwarned = trimmed.strip_prefix("Warning: ").unwrap_or(trimmed);
    if let Some(group) = quoted_group(unwarned, "Consumer group ", " is rebalancing.") {
        return Some(Message::GroupState {
            group,
            state: GroupState::Rebalancing,
        });
    }
    if let Some(error) = trimmed.strip_prefix("Error: ") {
        let group = quoted_group(error, "Consumer group ", " does not exist.")
            .or_else(|| quoted_group(error, "The consumer group ", " does not exist."));
        return Some(match group {
            Some(group) => Message::GroupDoesNotExist { group },
            None => Message::ToolError {
                message: error.to_owned(),
            },
        });
    }
    is_noise(line, trimmed).then_some(Message::Noise)
}

/// The group name in `prefix 'name' suffix` (single quotes, or backticks as 0.9–0.10.1 print).
fn quoted_group(text: &str, prefix: &str, suffix: &str) -> Option<String> {
    let quoted = text.strip_prefix(prefix)?.strip_suffix(suffix)?;
    let unquoted = quoted
        .strip_prefix('\'')
        .and_then(|rest| rest.strip_suffix('\''))
        .or_else(|| quoted.strip_prefix('`').and_then(|rest| rest.strip_suffix('`')))?;
    Some(unquoted.to_owned())
}

fn is_noise(line: &str, trimmed: &str) -> bool {
    const PREFIXES: [&str; 12] = [
        "Note: ",
        "Warning: ",
        "WARN: ",
        "WARN ",
        "SLF4J:",
        "#",
        "//",
        "```",
        "$ ",
        "> ",
        "Caused by: ",
        "... ",
    ];
    PREFIXES.iter().any(|prefix| trimmed.starts_with(prefix))
        || trimmed == "$"
        || is_log4j(trimmed)
        || is_stack_frame(line, trimmed)
        || is_exception_line(trimmed)
        || is_prompt_with_command(trimmed)
}

/// `[2025-03-14 09:15:02,118] WARN ...` (Kafka's tools log4j layout).
fn is_log4j(trimmed: &str) -> bool {
    let Some(rest) = trimmed.strip_prefix('[') else {
        return false;
    };
    let Some((stamp, message)) = rest.split_once("] ") else {
        return false;
    };
    let looks_like_time = stamp.len() >= 10 && stamp.as_bytes().get(4) == Some(&b'-');
    let level = message.split_whitespace().next().unwrap_or_default();
    looks_like_time && matches!(level, "TRACE" | "DEBUG" | "INFO" | "WARN" | "ERROR" | "FATAL")
}

/// `\tat org.apache.kafka...(File.java:12)` frames of a Java stack trace.
fn is_stack_frame(line: &str, trimmed: &str) -> bool {
    line.starts_with(char::is_whitespace) && trimmed.starts_with("at ") && trimmed.ends_with(')')
}

/// `java.util.concurrent.ExecutionException: ...` heads of a Java stack trace.
fn is_exception_line(trimmed: &str) -> bool {
    let head = trimmed.split([':', ' ']).next().unwrap_or_default();
    head.contains('.')
        && (head.ends_with("Exception") || head.ends_with("Error"))
        && head
            .chars()
            .all(|character| character.is_ascii_alphanumeric() || "._$".contains(character))
}

/// `user@host:~$ kafka-consumer-groups.sh ...` and `PS C:\> ...` prompts.
fn is_prompt_with_command(trimmed: &str) -> bool {
    let Some(first) = trimmed.split_whitespace().next() else {
        return false;
    };
    (first.ends_with('$') || first.ends_with('#') || first.ends_with('%') || first.ends_with('>'))
        && first.len() > 1
        && (first.contains('@') || first.contains(':') || trimmed.starts_with("PS "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn group_messages_become_facts() {
        assert_eq!(
            recognise("Consumer group 'billing-audit' has no active members."),
            Some(Message::GroupState {
                group: "billing-audit".into(),
                state: GroupState::Empty
            })
        );
        assert_eq!(
            recognise("Warning: Consumer group 'orders' is rebalancing."),
            Some(Message::GroupState {
                group: "orders".into(),
                state: GroupState::Rebalancing
            })
        );
        assert_eq!(
            recognise("Error: Consumer group 'ghost' does not exist."),
            Some(Message::GroupDoesNotExist {
                group: "ghost".into()
            })
        );
        assert_eq!(
            recognise("Error: The consumer group 'ghost' does not exist."),
            Some(Message::GroupDoesNotExist {
                group: "ghost".into()
            })
        );
        assert_eq!(
            recognise("Error: Executing consumer group command failed due to timeout"),
            Some(Message::ToolError {
                message: "Executing consumer group command failed due to timeout".into()
            })
        );
    }

    #[test]
    fn noise_is_recognised() {
        for line in [
            "[2025-03-14 09:15:02,118] WARN [AdminClient clientId=adminclient-1] Connection lost (org.apache.kafka.clients.NetworkClient)",
            "\tat org.apache.kafka.tools.consumer.group.ConsumerGroupCommand.main(ConsumerGroupCommand.java:99)",
            "java.util.concurrent.ExecutionException: org.apache.kafka.common.errors.TimeoutException: timed out",
            "Caused by: org.apache.kafka.common.errors.TimeoutException: timed out",
            "Note: This will not show information about old Zookeeper-based consumers.",
            "$ kafka-consumer-groups.sh --bootstrap-server localhost:9092 --describe --group orders",
            "user@bastion:~$ kafka-consumer-groups.sh --describe --group orders",
            "# captured at 18:05",
            "// during the incident",
            "```",
        ] {
            assert_eq!(recognise(line), Some(Message::Noise), "{line}");
        }
        assert_eq!(recognise("orders payments 0 1 2 1 - - -"), None);
        assert_eq!(recognise("hello world"), None);
    }
}
