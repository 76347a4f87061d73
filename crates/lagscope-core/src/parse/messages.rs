//! Lines that are not table rows: the tool's own messages, command lines, log lines, prompts and
//! comments.
//!
//! Messages about a group become facts ("has no active members" means the group is Empty); errors
//! become diagnostics; a pasted command line tells which tool ran and which group it asked about;
//! the rest is recognised as noise so that it is accounted for without being reported.

use crate::model::GroupState;
use crate::source::Tool;

/// What a non-table line means.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Message {
    /// The tool states a group's state.
    GroupState { group: String, state: GroupState },
    /// The tool says the group does not exist.
    GroupDoesNotExist { group: String },
    /// The tool reports a failure.
    ToolError(ToolFailure),
    /// A line that names the group the following table belongs to.
    GroupContext { group: String },
    /// A command line, with or without its prompt.
    Command(CommandLine),
    /// A line that carries nothing for the analysis (prompt, comment, log line, stack frame, note).
    Noise,
}

/// A failure a tool printed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum ToolFailure {
    /// The tool's own text after `Error: `, verbatim.
    Printed(String),
    /// 0.9–0.10.1: `Error while executing consumer group command <detail>`.
    CommandFailed(String),
    /// `Consumer group 'g' does not exist or is rebalancing.` (0.9–0.10.1), with its group.
    MissingOrRebalancing(String),
}

impl ToolFailure {
    /// The failure as one English text, the form the causes in `errors.rs` are matched against.
    pub(crate) fn text(&self) -> String {
        match self {
            Self::Printed(text) => text.clone(),
            Self::CommandFailed(detail) => format!("executing consumer group command failed: {detail}"),
            Self::MissingOrRebalancing(group) => {
                format!("consumer group '{group}' does not exist or is rebalancing")
            }
        }
    }

    /// The failure as the diagnostic quotes it: the tool's words verbatim, said in the reader's
    /// language where lagscope rewrote them.
    pub(crate) fn quoted(&self) -> crate::l10n::Arg {
        match self {
            Self::Printed(text) => text.as_str().into(),
            Self::CommandFailed(detail) => {
                crate::msg!("diag-tool-error-command-failed", detail = detail.as_str()).into()
            }
            Self::MissingOrRebalancing(group) => {
                crate::msg!("diag-tool-error-missing-or-rebalancing", group = group.as_str()).into()
            }
        }
    }
}

/// What a pasted command line says about the output that follows it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct CommandLine {
    pub(crate) tool: Option<Tool>,
    /// The groups it names (`--group X`, `rpk group describe X`, …).
    pub(crate) groups: Vec<String>,
    /// `--list`: the output is group ids, one per line.
    pub(crate) lists_groups: bool,
}

/// Recognises `line` (already known not to be blank) as a message, or `None` when it is not one.
pub(crate) fn recognise(line: &str) -> Option<Message> {
    let trimmed = line.trim();
    if let Some(message) = group_message(trimmed) {
        return Some(message);
    }
    if let Some(command) = command_line(trimmed) {
        return Some(Message::Command(command));
    }
    is_noise(line, trimmed).then_some(Message::Noise)
}

fn group_message(trimmed: &str) -> Option<Message> {
    for kind in ["Consumer group ", "Share group ", "Streams group "] {
        if let Some(group) = quoted_group(trimmed, kind, " has no active members.") {
            return Some(Message::GroupState { group, state: GroupState::Empty });
        }
    }
    let unwarned = trimmed.strip_prefix("Warning: ").unwrap_or(trimmed);
    if let Some(group) = quoted_group(unwarned, "Consumer group ", " is rebalancing.") {
        return Some(Message::GroupState { group, state: GroupState::Rebalancing });
    }
    if let Some(group) = quoted_group(trimmed, "Consumer group ", " does not exist.") {
        return Some(Message::GroupDoesNotExist { group });
    }
    if let Some(group) = quoted_group(trimmed, "Consumer group ", " does not exist or is rebalancing.") {
        return Some(Message::ToolError(ToolFailure::MissingOrRebalancing(group)));
    }
    if let Some(rest) = trimmed.strip_prefix("Request succeed for deleting offsets with topic ") {
        let group = rest.rsplit_once(" group ").map(|(_, group)| group.to_owned())?;
        return Some(Message::GroupContext { group });
    }
    if let Some(rest) = trimmed.strip_prefix("Request succeeded for deleting offsets from group ") {
        return Some(Message::GroupContext { group: rest.trim_end_matches('.').to_owned() });
    }
    // 0.9–0.10.1 print their failures without the `Error: ` prefix.
    if let Some(error) = trimmed.strip_prefix("Error while executing consumer group command") {
        return Some(Message::ToolError(ToolFailure::CommandFailed(error.trim().to_owned())));
    }
    if let Some(error) = trimmed.strip_prefix("Error: ").or_else(|| trimmed.strip_prefix("* Group ")) {
        for kind in ["Consumer group ", "The consumer group ", "Share group ", "Streams group "] {
            if let Some(group) = quoted_group(error, kind, " does not exist.") {
                return Some(Message::GroupDoesNotExist { group });
            }
        }
        return Some(Message::ToolError(ToolFailure::Printed(error.to_owned())));
    }
    None
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

/// Executables whose command lines we read, and the tool each one is.
const EXECUTABLES: [(&str, Tool); 8] = [
    ("kafka-consumer-groups", Tool::KafkaConsumerGroups),
    ("ConsumerGroupCommand", Tool::KafkaConsumerGroups),
    ("ConsumerOffsetChecker", Tool::KafkaConsumerOffsetChecker),
    ("kafka-share-groups", Tool::KafkaShareGroups),
    ("kafka-streams-groups", Tool::KafkaStreamsGroups),
    ("rpk", Tool::Rpk),
    ("kafkactl", Tool::Kafkactl),
    ("confluent", Tool::Confluent),
];

/// A command line of one of the tools, after an optional shell prompt.
fn command_line(trimmed: &str) -> Option<CommandLine> {
    let owned_words = shell_words(trimmed);
    let words: Vec<&str> = owned_words.iter().map(String::as_str).collect();
    let (index, tool) = words.iter().enumerate().find_map(|(index, word)| {
        let program = word.rsplit(['/', '\\']).next().unwrap_or(word);
        // `kafka-run-class.sh kafka.tools.ConsumerOffsetChecker`
        let program =
            program.rsplit('.').next().filter(|class| *class == "ConsumerOffsetChecker").unwrap_or(program);
        let program = program.trim_end_matches(".sh").trim_end_matches(".bat").trim_end_matches(".exe");
        EXECUTABLES.iter().find(|(name, _)| program == *name).map(|(_, tool)| (index, *tool))
    })?;
    // Only a prompt may stand before the program: `$`, `user@host:~$`, `PS C:\>`, `#`, `%`, `>`, or
    // `kafka-run-class.sh` for the offset checker.
    let before_is_prompt = index == 0
        || words[..index].last().is_some_and(|word| {
            word.ends_with(['$', '#', '%', '>']) || word.ends_with("kafka-run-class.sh") || *word == "sudo"
        });
    if !before_is_prompt {
        return None;
    }
    let arguments = &words[index + 1..];
    let mut command = CommandLine { tool: Some(tool), ..CommandLine::default() };
    let mut position = 0;
    while let Some(word) = arguments.get(position) {
        if let Some(value) = word.strip_prefix("--group=") {
            command.groups.push((*value).to_owned());
        } else if *word == "--group" || *word == "-group" {
            if let Some(value) = arguments.get(position + 1) {
                command.groups.push((*value).to_owned());
                position += 1;
            }
        } else if *word == "--list" {
            command.lists_groups = true;
        }
        position += 1;
    }
    // Tools that take the group as an argument: `rpk group describe G`, `kafkactl describe
    // consumer-group G`, `confluent kafka consumer group lag list G`.
    let positional: Vec<&str> = arguments.iter().copied().filter(|word| !word.starts_with('-')).collect();
    let after = |keywords: &[&str]| {
        positional
            .windows(keywords.len() + 1)
            .find(|window| window[..keywords.len()] == *keywords)
            .map(|window| window[keywords.len()])
    };
    let named = match tool {
        Tool::Rpk => after(&["group", "describe"]),
        Tool::Kafkactl => after(&["describe", "consumer-group"]).or_else(|| after(&["describe", "cg"])),
        Tool::Confluent => after(&["lag", "list"])
            .or_else(|| after(&["lag", "summarize"]))
            .or_else(|| after(&["lag", "describe"])),
        _ => None,
    };
    if let Some(group) = named {
        command.groups.push(group.to_owned());
    }
    Some(command)
}

/// Splits a command line into words as a POSIX shell would, for the quoting people use:
/// `'single'`, `"double"` and backslash escapes.
fn shell_words(line: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut in_word = false;
    let mut characters = line.chars();
    while let Some(character) = characters.next() {
        match character {
            '\'' => {
                in_word = true;
                word.extend(characters.by_ref().take_while(|&inner| inner != '\''));
            }
            '"' => {
                in_word = true;
                while let Some(inner) = characters.next() {
                    match inner {
                        '"' => break,
                        '\\' => word.extend(characters.next()),
                        other => word.push(other),
                    }
                }
            }
            // A backslash escapes only what a shell user would escape; Windows paths keep theirs.
            '\\' if characters.clone().next().is_some_and(|next| matches!(next, '"' | '\'' | ' ' | '\\')) => {
                in_word = true;
                word.extend(characters.next());
            }
            space if space.is_whitespace() => {
                if in_word {
                    words.push(std::mem::take(&mut word));
                    in_word = false;
                }
            }
            other => {
                in_word = true;
                word.push(other);
            }
        }
    }
    if in_word {
        words.push(word);
    }
    words
}

fn is_noise(line: &str, trimmed: &str) -> bool {
    const PREFIXES: [&str; 17] = [
        "Note: ",
        "Warning: ",
        "WARN: ",
        "WARN ",
        "Warn: ",
        "SLF4J:",
        "#",
        "//",
        "```",
        "~~~",
        "$ ",
        "> ",
        "Caused by: ",
        "... ",
        "The --new-consumer option is deprecated",
        "Deletion of requested consumer groups",
        "These consumer groups were deleted successfully",
    ];
    PREFIXES.iter().any(|prefix| trimmed.starts_with(prefix))
        || trimmed == "$"
        || trimmed == "BROKER INFO"
        || trimmed == "No topic available for consumer group provided"
        || is_log4j(trimmed)
        || is_stack_frame(line, trimmed)
        || is_exception_line(trimmed)
        || is_bare_prompt(trimmed)
        || is_date_line(trimmed)
}

/// `[2025-03-14 09:15:02,118] WARN ...` (Kafka's tools log4j layout) and
/// `2025-03-14 09:15:02,118 WARN ...` / `09:15:02.118 [main] WARN ...` (other layouts).
fn is_log4j(trimmed: &str) -> bool {
    const LEVELS: [&str; 6] = ["TRACE", "DEBUG", "INFO", "WARN", "ERROR", "FATAL"];
    if let Some(rest) = trimmed.strip_prefix('[')
        && let Some((stamp, message)) = rest.split_once("] ")
    {
        let looks_like_time = stamp.len() >= 10 && stamp.as_bytes().get(4) == Some(&b'-');
        let level = message.split_whitespace().next().unwrap_or_default();
        return looks_like_time && LEVELS.contains(&level);
    }
    let words: Vec<&str> = trimmed.split_whitespace().take(4).collect();
    let starts_with_time = words.first().is_some_and(|word| {
        word.len() >= 8 && word.as_bytes().get(4) == Some(&b'-') || word.as_bytes().get(2) == Some(&b':')
    });
    starts_with_time && words.iter().skip(1).any(|word| LEVELS.contains(&word.trim_matches(['[', ']'])))
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
        && head.chars().all(|character| character.is_ascii_alphanumeric() || "._$".contains(character))
}

/// A prompt with a command of another program: `user@host:~$ ls`, `PS C:\> dir`.
fn is_bare_prompt(trimmed: &str) -> bool {
    let mut words = trimmed.split_whitespace();
    let Some(first) = words.next() else { return false };
    if first == "PS" {
        // PowerShell: `PS C:\kafka> …`
        return words.next().is_some_and(|path| path.ends_with('>'));
    }
    // `user@host:~$ …`, `[ec2-user@ip-10-0-0-1 ~]$ …`, `host% …`.
    let prompt: Vec<&str> = trimmed.split_whitespace().take(3).collect();
    let Some(end) = prompt.iter().position(|word| word.len() > 1 && word.ends_with(['$', '#', '%', '>']))
    else {
        return false;
    };
    prompt[..=end].iter().any(|word| word.contains('@') || word.contains(':') || word.contains('~'))
        || (end == 0 && is_shell_name(&prompt[0][..prompt[0].len() - 1]))
}

/// `bash`, `sh-4.2`, `bash-5.1`, `zsh`: a shell's own prompt (`bash-5.1#` in a container).
fn is_shell_name(word: &str) -> bool {
    let (name, version) = word.split_once('-').unwrap_or((word, ""));
    ["sh", "bash", "zsh", "ksh", "ash", "dash"].contains(&name)
        && version.chars().all(|c| c.is_ascii_digit() || c == '.')
}

/// What `date` prints between dumps: `Sun Nov 22 03:10:00 UTC 2026`, `2026. 11. 22. (일) 03:10:00 KST`,
/// ISO 8601 stamps.
fn is_date_line(trimmed: &str) -> bool {
    const DAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
    let words: Vec<&str> = trimmed.split_whitespace().collect();
    let has_clock = words.iter().any(|word| {
        let bytes = word.as_bytes();
        bytes.len() >= 5 && bytes[2] == b':' && bytes[..2].iter().all(u8::is_ascii_digit)
    });
    let english =
        words.len() >= 5 && words.first().is_some_and(|day| DAYS.contains(&day.trim_end_matches(',')));
    let korean =
        trimmed.contains('(') && words.first().is_some_and(|year| year.trim_end_matches('.').len() == 4);
    let iso = words.len() <= 2
        && words.first().is_some_and(|word| {
            let bytes = word.as_bytes();
            bytes.len() >= 10
                && bytes[4] == b'-'
                && bytes[7] == b'-'
                && bytes[..4].iter().all(u8::is_ascii_digit)
        });
    (english || korean || iso) && (has_clock || iso) && words.len() <= 8
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn group_messages_become_facts() {
        assert_eq!(
            recognise("Consumer group 'billing-audit' has no active members."),
            Some(Message::GroupState { group: "billing-audit".into(), state: GroupState::Empty })
        );
        assert_eq!(
            recognise("Warning: Consumer group 'orders' is rebalancing."),
            Some(Message::GroupState { group: "orders".into(), state: GroupState::Rebalancing })
        );
        assert_eq!(
            recognise("Error: Consumer group 'ghost' does not exist."),
            Some(Message::GroupDoesNotExist { group: "ghost".into() })
        );
        assert_eq!(
            recognise("Error: The consumer group 'ghost' does not exist."),
            Some(Message::GroupDoesNotExist { group: "ghost".into() })
        );
        assert_eq!(
            recognise("Consumer group `old` does not exist."),
            Some(Message::GroupDoesNotExist { group: "old".into() })
        );
        assert_eq!(
            recognise("Error: Executing consumer group command failed due to timeout"),
            Some(Message::ToolError(ToolFailure::Printed(
                "Executing consumer group command failed due to timeout".into()
            )))
        );
        assert_eq!(
            recognise("Request succeed for deleting offsets with topic payments, refunds group orders"),
            Some(Message::GroupContext { group: "orders".into() })
        );
    }

    #[test]
    fn command_lines_name_tool_and_group() {
        let Some(Message::Command(command)) = recognise(
            "user@bastion:~$ kafka-consumer-groups.sh --bootstrap-server b:9092 --describe --group 'orders app'",
        ) else {
            panic!("a command line");
        };
        assert_eq!(command.tool, Some(Tool::KafkaConsumerGroups));
        assert_eq!(command.groups, vec!["orders app".to_owned()]);
        let Some(Message::Command(command)) = recognise("$ rpk group describe orders-consumer") else {
            panic!()
        };
        assert_eq!((command.tool, command.groups), (Some(Tool::Rpk), vec!["orders-consumer".to_owned()]));
        let Some(Message::Command(command)) =
            recognise("/opt/kafka/bin/kafka-consumer-groups.sh --list --bootstrap-server b:9092")
        else {
            panic!()
        };
        assert!(command.lists_groups);
        assert_eq!(recognise("echo kafka-consumer-groups is great"), None);
    }

    #[test]
    fn noise_is_recognised() {
        for line in [
            "[2025-03-14 09:15:02,118] WARN [AdminClient clientId=adminclient-1] Connection lost (org.apache.kafka.clients.NetworkClient)",
            "2025-03-14 09:15:02,118 WARN [main] something happened",
            "\tat org.apache.kafka.tools.consumer.group.ConsumerGroupCommand.main(ConsumerGroupCommand.java:99)",
            "java.util.concurrent.ExecutionException: org.apache.kafka.common.errors.TimeoutException: timed out",
            "Caused by: org.apache.kafka.common.errors.TimeoutException: timed out",
            "Note: This will not show information about old Zookeeper-based consumers.",
            "user@bastion:~$ ls -l",
            "# captured at 18:05",
            "// during the incident",
            "```",
            "Sun Nov 22 03:10:00 UTC 2026",
            "2026. 11. 22. (일) 03:10:00 KST",
            "2026-11-22T03:10:00+00:00",
        ] {
            assert_eq!(recognise(line), Some(Message::Noise), "{line}");
        }
        assert_eq!(recognise("orders payments 0 1 2 1 - - -"), None);
        assert_eq!(recognise("hello world"), None);
    }
}
