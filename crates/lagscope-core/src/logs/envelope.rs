//! What wraps a log message: the host or pod a line came from, its time, and the message itself.
//!
//! Wrappers read (from the outside in):
//! - `kubectl logs --prefix`: `[pod/<pod>/<container>] …`; an aggregator's or `docker compose`'s
//!   source column: `<host> | …`;
//! - JSON lines (logstash, ECS, Docker's json-file driver, Loki's `logcli --output=jsonl`): the
//!   message in `message` (or `msg`, `log`, `line`; a whole printed line there is opened as
//!   one), the time in `@timestamp` (or `timestamp`, `time`), the host in `HOSTNAME` (or `host`,
//!   `hostname`, `host.name`, `kubernetes.pod_name`, Loki's `labels.pod`), a stack trace in
//!   `stack_trace` (or `error.stack_trace`);
//! - a leading time: Kafka's log4j pattern `[%d] %p %m (%c)%n` (`[2024-05-01 10:00:00,123] INFO …`),
//!   Spring Boot's console pattern (`2024-03-17 18:00:01.123  INFO 1 --- [thread] logger : …`, or
//!   ISO 8601 with an offset since Boot 3), also after a journal's or syslog's prefix; logback's
//!   default (`18:00:01.123 [thread] INFO …` has no date: its time of day is kept, for
//!   `read_logs` to place on a day).
//!
//! The message is what follows; the Kafka phrases are found in it wherever the layout put them,
//! so a layout not listed here still reads when it starts with a time.

use std::borrow::Cow;

use crate::series::clock::{Zone, parse_timestamp, stated_zone};

/// One line, opened.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Envelope<'a> {
    /// The host or pod the line names, when a wrapper names one.
    pub host: Option<Cow<'a, str>>,
    /// When it was written (ms since the epoch), when the line starts with a time.
    pub time_ms: Option<i64>,
    /// The time as written ([`Envelope::zone`] reads the zone it names).
    pub time_text: Option<Cow<'a, str>>,
    /// The time of day (ms after midnight) a line without a date starts with (logback's default
    /// `HH:mm:ss.SSS`); `None` when the line has a whole time, or none.
    pub time_of_day_ms: Option<i64>,
    /// Everything after the time (the level, the logger and the message, in the layout's order).
    pub message: Cow<'a, str>,
    /// A stack trace carried beside the message (JSON lines).
    pub stack_trace: Option<String>,
}

/// Opens `line`.
pub(super) fn open(line: &str) -> Envelope<'_> {
    let (host, rest) = source_prefix(line);
    let trimmed = rest.trim_start();
    if trimmed.starts_with('{')
        && let Some(envelope) = json_line(trimmed)
    {
        return Envelope { host: envelope.host.or(host), ..envelope };
    }
    Envelope { host, ..open_printed(trimmed) }
}

/// A line as a program printed it (no JSON around it): its time and message, without a host.
fn open_printed(trimmed: &str) -> Envelope<'_> {
    let (time, message) = leading_time(trimmed);
    let time_of_day_ms = if time.is_none() { leading_time_of_day(trimmed) } else { None };
    let (time_ms, time_text) =
        time.map_or((None, None), |(time_ms, text)| (Some(time_ms), Some(Cow::Borrowed(text))));
    let message = without_logger(message);
    Envelope {
        host: None,
        time_ms,
        time_text,
        time_of_day_ms,
        message: Cow::Borrowed(message),
        stack_trace: None,
    }
}

impl Envelope<'_> {
    /// The zone the line's time names.
    pub(super) fn zone(&self) -> Option<Zone> {
        stated_zone(self.time_text.as_deref()?)
    }
}

/// The message without the ` (kafka.coordinator.group.GroupCoordinator)` log4j's `%m (%c)`
/// layout puts after it (a class name: dotted, no spaces).
fn without_logger(message: &str) -> &str {
    match message.strip_suffix(')').and_then(|rest| rest.rsplit_once(" (")) {
        Some((before, class)) if class.contains('.') && !class.contains(' ') && !class.starts_with('_') => {
            before
        }
        _ => message,
    }
}

/// `[pod/<pod>/<container>] ` or `<host> | ` at the start of a line.
fn source_prefix(line: &str) -> (Option<Cow<'_, str>>, &str) {
    if let Some(rest) = line.strip_prefix("[pod/")
        && let Some((inside, after)) = rest.split_once("] ")
    {
        let pod = inside.split('/').next().unwrap_or(inside);
        if !pod.is_empty() && !pod.contains(' ') {
            return (Some(Cow::Borrowed(pod)), after);
        }
    }
    if let Some((source, after)) = line.split_once(" | ") {
        let source = source.trim();
        let is_name = !source.is_empty()
            && source.len() <= 253
            && source.bytes().all(|byte| byte.is_ascii_alphanumeric() || b"-_.:/@".contains(&byte));
        // A time or a level is not a source (`WARN  | 2024-03-17 … | …` is a layout's own
        // columns); a source column is followed by the line as its program wrote it.
        let is_level = LEVELS.contains(&source.to_ascii_uppercase().as_str());
        let line_follows = after.trim_start().starts_with(|character: char| {
            character.is_ascii_digit() || character == '[' || character == '{'
        });
        if is_name
            && !is_level
            && line_follows
            && (!source.starts_with(|character: char| character.is_ascii_digit()) || is_ipv4_address(source))
        {
            return (Some(Cow::Borrowed(source)), after);
        }
    }
    (None, line)
}

/// Whether `source` is an IPv4 address, with or without a port (`10.0.1.7`, `10.0.1.7:8080`):
/// an aggregator's source column, where another column starting with a digit is a time.
fn is_ipv4_address(source: &str) -> bool {
    let address = source.split_once(':').map_or(source, |(address, _)| address);
    let parts: Vec<&str> = address.split('.').collect();
    parts.len() == 4
        && parts.iter().all(|part| !part.is_empty() && part.len() <= 3 && part.parse::<u8>().is_ok())
}

/// 9999-12-31T23:59:59.999Z: the last moment a time stamp can name.
const MAX_EPOCH_MS: i64 = 253_402_300_799_999;

/// Log levels, which a layout may print in a column of its own.
const LEVELS: [&str; 8] = ["TRACE", "DEBUG", "INFO", "WARN", "WARNING", "ERROR", "FATAL", "SEVERE"];

/// A JSON log line's fields, or `None` when the line is not a JSON object with a message.
fn json_line(line: &str) -> Option<Envelope<'static>> {
    let value: serde_json::Value = serde_json::from_str(line).ok()?;
    let object = value.as_object()?;
    let text = |keys: &[&str]| {
        keys.iter().find_map(|key| {
            let mut value = object.get(*key);
            if value.is_none() && key.contains('.') {
                // ECS nests `host.name` as `{"host": {"name": …}}`.
                let mut parts = key.split('.');
                value = parts.next().and_then(|first| object.get(first));
                for part in parts {
                    value = value.and_then(|inner| inner.get(part));
                }
            }
            value.and_then(serde_json::Value::as_str).map(str::to_owned)
        })
    };
    // `log`: Docker's json-file driver; `line`: Loki's `logcli --output=jsonl`.
    let message = text(&["message", "msg", "log", "line"])?;
    // A time as text, or as epoch milliseconds (Log4j 2's `timeMillis`, `instant.epochSecond`).
    let time = text(&["@timestamp", "timestamp", "time", "ts"]);
    let number =
        |keys: &[&str]| keys.iter().find_map(|key| object.get(*key).and_then(serde_json::Value::as_i64));
    // `timeMillis` is milliseconds; other epoch numbers are read as the date module reads an epoch
    // written as text (10 digits: seconds, 13: milliseconds), so `"time": 1710000000` is 2024,
    // not 1970.
    let epoch_ms = number(&["timeMillis"])
        .or_else(|| {
            number(&["timestamp", "time", "ts"]).and_then(|epoch| parse_timestamp(&epoch.to_string()))
        })
        .or_else(|| {
            let seconds = object.get("instant")?.get("epochSecond")?.as_i64()?;
            seconds.checked_mul(1000)
        });
    // A number is a time only within the years the date module reads (1970–9999).
    let epoch_ms = epoch_ms.filter(|ms| (0..=MAX_EPOCH_MS).contains(ms));
    let time_ms = time.as_deref().and_then(parse_timestamp).or(epoch_ms);
    let host = text(&[
        "HOSTNAME",
        "hostname",
        "host",
        "host.name",
        "kubernetes.pod_name",
        "kubernetes.pod.name",
        "labels.pod",
        "labels.host",
        "labels.instance",
    ]);
    // The program's own line inside a container runtime's or a collector's JSON (`{"log":
    // "2024-03-17 18:00:01.123  INFO 1 --- [main] … : …\n", "time": …}`): opened as printed, for
    // its message without the layout's columns and logger, and its own time when the JSON's has none.
    let printed = open_printed(message.trim());
    let (message, printed_time, printed_time_of_day) =
        if printed.time_ms.is_some() || printed.time_of_day_ms.is_some() {
            let printed_time = printed.time_ms.map(|ms| (ms, printed.time_text.map(Cow::into_owned)));
            (printed.message.into_owned(), printed_time, printed.time_of_day_ms)
        } else {
            (message, None, None)
        };
    let (time_ms, time_text, time_of_day_ms) = match (time_ms, printed_time) {
        (Some(ms), _) => (Some(ms), time, None),
        (None, Some((ms, text))) => (Some(ms), text, None),
        (None, None) => (None, None, printed_time_of_day),
    };
    let stack_trace = text(&["stack_trace", "error.stack_trace", "exception", "stackTrace"]);
    Some(Envelope {
        host: host.map(Cow::Owned),
        time_ms,
        time_text: time_text.map(Cow::Owned),
        time_of_day_ms,
        message: Cow::Owned(message),
        stack_trace,
    })
}

/// The time a line starts with (bracketed or not: a date and a clock, or ISO 8601 in one word)
/// and its text, and the rest of the line.
fn leading_time(line: &str) -> (Option<(i64, &str)>, &str) {
    let (inside, rest) =
        if let Some((inside, rest)) = line.strip_prefix('[').and_then(|rest| rest.split_once(']')) {
            (inside, rest)
        } else {
            match date_and_clock(line) {
                (Some(inside), rest) => (inside, rest),
                (None, _) => return bracketed_time_within(line),
            }
        };
    let time = (inside.starts_with(|character: char| character.is_ascii_digit()) && inside.len() >= 16)
        .then(|| parse_timestamp(inside))
        .flatten();
    match time {
        Some(time_ms) => (Some((time_ms, inside)), rest.trim_start()),
        None => bracketed_time_within(line),
    }
}

/// `HH:mm:ss`, `HH:mm:ss.SSS` or `HH:mm:ss,SSS` starting `line` and followed by the rest of the
/// line: the time of day, in ms after midnight.
fn leading_time_of_day(line: &str) -> Option<i64> {
    let (word, rest) = line.split_once(' ')?;
    if rest.trim().is_empty() {
        return None;
    }
    let (clock, fraction) = match word.split_once(['.', ',']) {
        Some((clock, fraction)) => (clock, Some(fraction)),
        None => (word, None),
    };
    let bytes = clock.as_bytes();
    if bytes.len() != 8 || bytes[2] != b':' || bytes[5] != b':' {
        return None;
    }
    let two_digits = |at: usize| -> Option<i64> {
        let pair = clock.get(at..at + 2)?;
        pair.bytes().all(|byte| byte.is_ascii_digit()).then(|| pair.parse().ok()).flatten()
    };
    let (hours, minutes, seconds) = (two_digits(0)?, two_digits(3)?, two_digits(6)?);
    if hours > 23 || minutes > 59 || seconds > 60 {
        return None;
    }
    let milliseconds = match fraction {
        None => 0,
        Some(digits)
            if (1..=9).contains(&digits.len()) && digits.bytes().all(|byte| byte.is_ascii_digit()) =>
        {
            // `.5` is 500 ms, `.123456` is 123 ms.
            digits
                .bytes()
                .chain(std::iter::repeat(b'0'))
                .take(3)
                .fold(0, |ms, byte| ms * 10 + i64::from(byte - b'0'))
        }
        Some(_) => return None,
    };
    // A leap second (`23:59:60`) is read as the second before it.
    Some(((hours * 60 + minutes) * 60 + seconds.min(59)) * 1000 + milliseconds)
}

/// The date and the clock starting `line`, unbracketed: one word (ISO 8601) or two; and what
/// follows them.
fn date_and_clock(line: &str) -> (Option<&str>, &str) {
    let mut words = line.splitn(3, ' ');
    let first = words.next().unwrap_or_default();
    let second = words.next().unwrap_or_default();
    if first.len() >= 19 && first.as_bytes().get(10) == Some(&b'T') {
        (Some(first), &line[first.len()..])
    } else if first.len() == 10 && !second.is_empty() {
        let end = first.len() + 1 + second.len();
        (Some(&line[..end]), &line[end..])
    } else {
        (None, line)
    }
}

/// How far into a line a bracketed time may start (after a journal's or syslog's own prefix:
/// `May 01 10:00:00 host kafka[1234]: [2024-05-01 10:00:00,123] INFO …`).
const TIME_SEARCH_BYTES: usize = 96;

/// A bracketed date and time a little way into `line`, and what follows it.
fn bracketed_time_within(line: &str) -> (Option<(i64, &str)>, &str) {
    let mut from = 0;
    while let Some(offset) = line.get(from..).and_then(|rest| rest.find('[')) {
        let start = from + offset;
        if start > TIME_SEARCH_BYTES {
            break;
        }
        let after = &line[start + 1..];
        if let Some((inside, rest)) = after.split_once(']')
            && inside.len() >= 16
            && inside.as_bytes().get(4) == Some(&b'-')
            && let Some(time_ms) = parse_timestamp(inside)
        {
            return (Some((time_ms, inside)), rest.trim_start());
        }
        from = start + 1;
    }
    time_after_journal_prefix(line)
}

/// A time that starts the program's own line after a journal's or syslog's prefix (`May 01
/// 10:00:00 b-1 app[1234]: 2024-05-01 10:00:00.123  INFO 1 --- …`: Spring Boot's layout under
/// journald), and what follows it.
fn time_after_journal_prefix(line: &str) -> (Option<(i64, &str)>, &str) {
    let head = &line[..line.floor_char_boundary(TIME_SEARCH_BYTES)];
    if let Some(colon) = head.find(": ") {
        let rest = line[colon + 2..].trim_start();
        if let (Some(words), after) = date_and_clock(rest)
            && words.len() >= 16
            && words.starts_with(|character: char| character.is_ascii_digit())
            && let Some(time_ms) = parse_timestamp(words)
        {
            return (Some((time_ms, words)), after.trim_start());
        }
    }
    time_in_columns(line)
}

/// A time in one of the first columns of a `|`-separated layout (`WARN  | 2024-03-17 18:00:01,123
/// | thread | logger | message`), and what follows it.
fn time_in_columns(line: &str) -> (Option<(i64, &str)>, &str) {
    let mut start = 0;
    for _ in 0..3 {
        let Some(offset) = line.get(start..).and_then(|rest| rest.find(" | ")) else { break };
        let cell = line[start..start + offset].trim();
        if cell.len() >= 16
            && cell.starts_with(|character: char| character.is_ascii_digit())
            && let Some(time_ms) = parse_timestamp(cell)
        {
            return (Some((time_ms, cell)), &line[start + offset + 3..]);
        }
        start += offset + 3;
    }
    (None, line)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kafka_log4j_layout() {
        let envelope = open(
            "[2024-05-01 10:00:00,123] INFO [GroupCoordinator 1]: Stabilized group orders generation 5 \
             (__consumer_offsets-12) with 4 members (kafka.coordinator.group.GroupCoordinator)",
        );
        assert_eq!(envelope.time_ms, parse_timestamp("2024-05-01T10:00:00.123Z"));
        assert_eq!(envelope.zone(), None);
        assert!(envelope.message.starts_with("INFO [GroupCoordinator 1]: Stabilized group"));
        assert!(envelope.message.ends_with("with 4 members"), "the logger is not the message's");
        assert_eq!(envelope.host, None);
    }

    #[test]
    fn spring_boot_layouts_with_kubectl_and_compose_prefixes() {
        let boot2 = open(
            "[pod/notify-7d9f8b6c4-abcde/app] 2022-03-17 18:00:01.123  INFO 1 --- [ntainer#0-0-C-1] \
             o.a.k.c.c.internals.ConsumerCoordinator  : [Consumer clientId=consumer-g-1, groupId=g] \
             Adding newly assigned partitions: t-0",
        );
        assert_eq!(boot2.host.as_deref(), Some("notify-7d9f8b6c4-abcde"));
        assert_eq!(boot2.time_ms, parse_timestamp("2022-03-17T18:00:01.123Z"));
        assert!(boot2.message.starts_with("INFO 1 --- [ntainer#0-0-C-1]"));
        let boot3 = open(
            "server-a | 2024-03-17T18:00:01.123+09:00  WARN 1 --- [alarm] [ntainer#0-0-C-1] \
             o.a.k.c.c.internals.ConsumerCoordinator  : [Consumer clientId=c, groupId=g] text",
        );
        assert_eq!(boot3.host.as_deref(), Some("server-a"));
        assert_eq!(boot3.time_ms, parse_timestamp("2024-03-17T09:00:01.123Z"));
        assert_eq!(boot3.zone().map(|zone| zone.offset_minutes), Some(540));
    }

    #[test]
    fn an_ip_address_is_a_host_and_a_time_of_day_is_not() {
        let by_address = open("10.0.1.7 | 2024-03-17T18:00:01.123+09:00  WARN 1 --- [alarm] [c-1] x : text");
        assert_eq!(by_address.host.as_deref(), Some("10.0.1.7"));
        assert_eq!(by_address.time_ms, parse_timestamp("2024-03-17T09:00:01.123Z"));
        assert_eq!(open("10.0.1.7:8080 | 2024-03-17T18:00:01.123Z x").host.as_deref(), Some("10.0.1.7:8080"));
        for not_a_host in [
            "18:00:01.123 | 2024-03-17T18:00:01.123Z x",
            "1710000000 | 2024-03-17T18:00:01.123Z x",
            "300.0.1.7 | 2024-03-17T18:00:01.123Z x",
        ] {
            assert_eq!(open(not_a_host).host, None, "{not_a_host}");
        }
    }

    #[test]
    fn a_level_column_is_not_a_host() {
        let envelope = open("WARN  | 2024-03-17 18:00:01,123 | main | x");
        assert_eq!(envelope.host, None);
        assert_eq!(envelope.time_ms, parse_timestamp("2024-03-17T18:00:01.123Z"));
        assert_eq!(envelope.message, "main | x");
    }

    #[test]
    fn a_journal_prefix_and_numeric_json_times() {
        let spring = open(
            "May 01 10:00:00 notify-1 app[1234]: 2024-05-01 10:00:00.123  INFO 1 --- [main] o.a.k.c.c.internals.ConsumerCoordinator  : [Consumer clientId=c, groupId=g] (Re-)joining group",
        );
        assert_eq!(spring.time_ms, parse_timestamp("2024-05-01T10:00:00.123Z"));
        assert!(spring.message.starts_with("INFO 1 --- [main]"), "{}", spring.message);
        let iso = open(
            "May 01 10:00:00 notify-1 app[1234]: 2024-05-01T19:00:00.123+09:00  INFO 1 --- [main] x : y",
        );
        assert_eq!(iso.time_ms, parse_timestamp("2024-05-01T10:00:00.123Z"));
        assert_eq!(open("May 01 10:00:00 notify-1 app[1234]: started in 3 s").time_ms, None);
        let journal =
            open("May 01 10:00:00 b-1 kafka[1234]: [2024-05-01 10:00:00,123] INFO [GroupCoordinator 1]: x");
        assert_eq!(journal.time_ms, parse_timestamp("2024-05-01T10:00:00.123Z"));
        assert!(journal.message.starts_with("INFO [GroupCoordinator 1]"));
        let log4j2 = open(r#"{"timeMillis":1710000000000,"thread":"main","level":"INFO","message":"m"}"#);
        assert_eq!(log4j2.time_ms, Some(1_710_000_000_000));
        let instant = open(r#"{"instant":{"epochSecond":1710000000,"nanoOfSecond":0},"message":"m"}"#);
        assert_eq!(instant.time_ms, Some(1_710_000_000_000));
        // A number no clock could print is no time (and never overflows what reads it).
        for extreme in [i64::MIN, -1, i64::MAX] {
            let line = format!(r#"{{"timeMillis":{extreme},"message":"m"}}"#);
            assert_eq!(open(&line).time_ms, None, "{line}");
        }
    }

    #[test]
    fn a_printed_line_inside_a_runtimes_or_a_collectors_json() {
        // Docker's json-file driver: the program's own line, its own layout and time inside.
        let docker = open(
            r#"{"log":"2024-03-17 18:00:01.123  INFO 1 --- [ntainer#0-0-C-1] o.a.k.c.c.internals.ConsumerCoordinator  : [Consumer clientId=c-1, groupId=g] (Re-)joining group\n","stream":"stdout","time":"2024-03-17T18:00:01.125Z"}"#,
        );
        assert_eq!(docker.time_ms, parse_timestamp("2024-03-17T18:00:01.125Z"));
        assert!(docker.message.starts_with("INFO 1 --- [ntainer#0-0-C-1]"), "{}", docker.message);
        // Kafka's log4j layout inside: the ` (class)` suffix is dropped.
        let broker = open(
            r#"{"log":"[2024-03-17 18:00:01,123] INFO [GroupCoordinator 1]: Stabilized group g generation 3 (__consumer_offsets-7) with 2 members (kafka.coordinator.group.GroupCoordinator)\n"}"#,
        );
        assert_eq!(broker.time_ms, parse_timestamp("2024-03-17T18:00:01.123Z"));
        assert!(broker.message.ends_with("with 2 members"), "{}", broker.message);
        // Loki's `logcli --output=jsonl`: the line in `line`, the pod among the labels.
        let loki = open(
            r#"{"labels":{"app":"billing","pod":"billing-7d9f-2xkqp"},"line":"09:30:00.000 [main] INFO  o.a.k.c.c.i.AbstractCoordinator - [Consumer clientId=c-1, groupId=g] (Re-)joining group","timestamp":"2024-03-17T09:30:00.000412Z"}"#,
        );
        assert_eq!(loki.host.as_deref(), Some("billing-7d9f-2xkqp"));
        assert_eq!(loki.time_ms, parse_timestamp("2024-03-17T09:30:00.000Z"));
        assert!(loki.message.contains("(Re-)joining group"));
        // Only the printed line's time of day, and no time around it: kept for a day to be found.
        let bare = open(
            r#"{"log":"09:30:00.000 [main] INFO x - [Consumer clientId=c-1, groupId=g] (Re-)joining group"}"#,
        );
        assert_eq!((bare.time_ms, bare.time_of_day_ms), (None, Some(34_200_000)));
    }

    #[test]
    fn json_lines() {
        let envelope = open(
            r#"{"@timestamp":"2024-03-17T18:00:01.123+09:00","message":"[Consumer clientId=c, groupId=g] (Re-)joining group","logger_name":"org.apache.kafka.clients.consumer.internals.ConsumerCoordinator","level":"INFO","HOSTNAME":"notify-1"}"#,
        );
        assert_eq!(envelope.host.as_deref(), Some("notify-1"));
        assert_eq!(envelope.time_ms, parse_timestamp("2024-03-17T09:00:01.123Z"));
        assert!(envelope.message.contains("(Re-)joining group"));
        let ecs = open(r#"{"@timestamp":"2024-03-17T09:00:01Z","message":"m","host":{"name":"h-2"}}"#);
        assert_eq!(ecs.host.as_deref(), Some("h-2"));
    }

    #[test]
    fn lines_without_a_time_keep_their_text() {
        for line in [
            "\tat org.apache.kafka.clients.consumer.internals.ConsumerCoordinator.x(X.java:1)",
            "18:00:01.123 [main] INFO x - y",
            "",
        ] {
            let envelope = open(line);
            assert_eq!(envelope.time_ms, None, "{line}");
            assert_eq!(envelope.message, line.trim_start());
        }
    }

    #[test]
    fn a_time_of_day_without_a_date_is_kept_apart() {
        let at = |h: i64, m: i64, s: i64, ms: i64| Some(((h * 60 + m) * 60 + s) * 1000 + ms);
        for (line, expected) in [
            ("18:00:01.123 [main] INFO x - y", at(18, 0, 1, 123)),
            ("00:00:00,007 [c-1] WARN  o.a.k.c.c.i.ConsumerCoordinator - z", at(0, 0, 0, 7)),
            ("23:59:59 [main] INFO x", at(23, 59, 59, 0)),
            ("23:59:60.5 [main] INFO x", at(23, 59, 59, 500)),
            ("07:05:09.123456 x", at(7, 5, 9, 123)),
            ("[pod/p-1/c] 09:30:00.000 [main] INFO x", at(9, 30, 0, 0)),
        ] {
            let envelope = open(line);
            assert_eq!((envelope.time_ms, envelope.time_of_day_ms), (None, expected), "{line}");
        }
        for line in [
            "24:00:00.000 [main] INFO x",
            "12:60:00.000 [main] INFO x",
            "1:00:00.000 [main] INFO x",
            "18:00:01.123",
            "18:00:01.12a [main] x",
            "18-00-01.123 [main] x",
            "2024-03-17 18:00:01.123  INFO 1 --- [main] x : y",
        ] {
            assert_eq!(open(line).time_of_day_ms, None, "{line}");
        }
    }
}
