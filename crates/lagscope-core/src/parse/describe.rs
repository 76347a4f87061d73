//! `kafka-consumer-groups.sh --describe`, the offsets view, in the Kafka 2.3+ layout:
//!
//! ```text
//! GROUP TOPIC PARTITION [LEADER-EPOCH] CURRENT-OFFSET LOG-END-OFFSET LAG CONSUMER-ID HOST CLIENT-ID
//! ```
//!
//! `LEADER-EPOCH` is printed by the 4.x tool with `--verbose`. Column widths are computed per group
//! and re-aligned by hand in pastes, so rows are split on whitespace and anchored on their numeric
//! run (see `shared/reference/input-formats.md`, §1): the first `topic partition offset offset lag`
//! run decides where the group id ends; after it, CONSUMER-ID runs up to the first token that looks
//! like a host, and whatever follows the host is CLIENT-ID. Group ids and client ids may contain
//! spaces; topic names may not.

use super::tokens::{Token, span};
use crate::model::PartitionOffsets;

/// The columns of one describe table, as its header announced them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct DescribeLayout {
    has_leader_epoch: bool,
}

const COLUMNS: [&str; 9] = [
    "GROUP",
    "TOPIC",
    "PARTITION",
    "CURRENT-OFFSET",
    "LOG-END-OFFSET",
    "LAG",
    "CONSUMER-ID",
    "HOST",
    "CLIENT-ID",
];
const COLUMNS_WITH_EPOCH: [&str; 10] = [
    "GROUP",
    "TOPIC",
    "PARTITION",
    "LEADER-EPOCH",
    "CURRENT-OFFSET",
    "LOG-END-OFFSET",
    "LAG",
    "CONSUMER-ID",
    "HOST",
    "CLIENT-ID",
];

impl DescribeLayout {
    /// Recognises the header line of a 2.3+ offsets table.
    pub(crate) fn from_header(tokens: &[Token<'_>]) -> Option<Self> {
        let matches = |columns: &[&str]| {
            tokens.len() == columns.len()
                && tokens
                    .iter()
                    .zip(columns)
                    .all(|(token, column)| token.text.eq_ignore_ascii_case(column))
        };
        if matches(&COLUMNS) {
            Some(Self {
                has_leader_epoch: false,
            })
        } else if matches(&COLUMNS_WITH_EPOCH) {
            Some(Self {
                has_leader_epoch: true,
            })
        } else {
            None
        }
    }

    fn columns(self) -> &'static [&'static str] {
        if self.has_leader_epoch {
            &COLUMNS_WITH_EPOCH
        } else {
            &COLUMNS
        }
    }

    /// How many integer-or-`-` columns follow PARTITION.
    fn n_numeric_after_partition(self) -> usize {
        if self.has_leader_epoch { 4 } else { 3 }
    }
}

/// A parsed row: the group it belongs to, the partition, and any doubts worth reporting.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct DescribeRow {
    pub(crate) group: String,
    pub(crate) partition: PartitionOffsets,
    pub(crate) warnings: Vec<String>,
}

/// Parses one row of a describe table, or says why it cannot.
pub(crate) fn parse_row(
    layout: DescribeLayout,
    line: &str,
    tokens: &[Token<'_>],
) -> Result<DescribeRow, String> {
    let columns = layout.columns();
    if tokens.len() < columns.len() {
        return Err(format!(
            "expected {} columns ({}), found {}",
            columns.len(),
            columns.join(" "),
            tokens.len()
        ));
    }
    let n_numeric = layout.n_numeric_after_partition();
    let Some(topic_index) = find_numeric_run(tokens, n_numeric) else {
        return Err(explain_missing_run(layout, tokens));
    };
    let group = span(line, &tokens[..topic_index]).unwrap_or_default().to_owned();
    let topic = tokens[topic_index].text.to_owned();
    let partition_number = parse_partition(tokens[topic_index + 1].text).unwrap_or_default();
    let numbers: Vec<Option<i64>> = tokens[topic_index + 2..topic_index + 2 + n_numeric]
        .iter()
        .map(|token| parse_offset(token.text).and_then(NumericCell::value))
        .collect();
    // The last three numeric columns are always CURRENT-OFFSET, LOG-END-OFFSET, LAG.
    let [current_offset, log_end_offset, lag] = numbers[numbers.len() - 3..] else {
        unreachable!("the numeric run holds at least three columns")
    };

    let mut warnings = Vec::new();
    let owner = parse_owner(line, &tokens[topic_index + 2 + n_numeric..], &mut warnings);
    if let (Some(current), Some(log_end), Some(printed)) = (current_offset, log_end_offset, lag) {
        let computed = log_end.checked_sub(current);
        if computed != Some(printed) {
            let computed = computed.map_or_else(|| "overflow".to_owned(), |value| value.to_string());
            warnings.push(format!(
                "LAG {printed} disagrees with LOG-END-OFFSET − CURRENT-OFFSET = {log_end} − {current} = {computed}; \
                 kept as printed"
            ));
        }
    }
    Ok(DescribeRow {
        group,
        partition: PartitionOffsets {
            topic,
            partition: partition_number,
            current_offset,
            log_end_offset,
            lag,
            consumer_id: owner.consumer_id,
            host: owner.host,
            client_id: owner.client_id,
        },
        warnings,
    })
}

/// The index of the TOPIC token: the first place (after at least one group token) where a valid
/// topic name is followed by an integer PARTITION and `n_numeric` integers or `-`, with at least
/// one owner token after them.
fn find_numeric_run(tokens: &[Token<'_>], n_numeric: usize) -> Option<usize> {
    (1..tokens.len()).find(|&topic_index| {
        let partition_index = topic_index + 1;
        let owner_index = partition_index + 1 + n_numeric;
        owner_index < tokens.len()
            && is_topic_name(tokens[topic_index].text)
            && parse_partition(tokens[partition_index].text).is_some()
            && tokens[partition_index + 1..owner_index]
                .iter()
                .all(|token| parse_offset(token.text).is_some())
    })
}

/// Says which column is wrong, reading the row positionally (a one-token group id).
fn explain_missing_run(layout: DescribeLayout, tokens: &[Token<'_>]) -> String {
    let columns = layout.columns();
    if !is_topic_name(tokens[1].text) {
        return format!(
            "expected TOPIC to be a topic name (letters, digits, '.', '_', '-'), found \"{}\"",
            tokens[1].text
        );
    }
    if parse_partition(tokens[2].text).is_none() {
        return format!(
            "expected PARTITION to be a non-negative integer, found \"{}\"",
            tokens[2].text
        );
    }
    for (token, column) in tokens[3..]
        .iter()
        .zip(&columns[3..3 + layout.n_numeric_after_partition()])
    {
        if parse_offset(token.text).is_none() {
            return format!(
                "expected {column} to be an integer or \"-\", found \"{}\"",
                token.text
            );
        }
    }
    format!(
        "expected {} columns ({}), found {}",
        columns.len(),
        columns.join(" "),
        tokens.len()
    )
}

/// Kafka topic names: `[a-zA-Z0-9._-]`, 1 to 249 characters.
fn is_topic_name(text: &str) -> bool {
    (1..=249).contains(&text.len())
        && text
            .bytes()
            .all(|byte| byte.is_ascii_alphanumeric() || matches!(byte, b'.' | b'_' | b'-'))
        && text != "-"
}

fn parse_partition(text: &str) -> Option<i32> {
    if text.bytes().all(|byte| byte.is_ascii_digit()) {
        text.parse().ok()
    } else {
        None
    }
}

/// A numeric cell: an integer, or `-` for a value the tool did not know.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum NumericCell {
    Unknown,
    Known(i64),
}

impl NumericCell {
    fn value(self) -> Option<i64> {
        match self {
            Self::Unknown => None,
            Self::Known(value) => Some(value),
        }
    }
}

/// Reads an offset, lag or epoch cell; `None` when the text is neither an integer nor `-`.
fn parse_offset(text: &str) -> Option<NumericCell> {
    if text == "-" {
        return Some(NumericCell::Unknown);
    }
    let digits = text.strip_prefix('-').unwrap_or(text);
    if digits.is_empty() || !digits.bytes().all(|byte| byte.is_ascii_digit()) {
        return None;
    }
    text.parse().ok().map(NumericCell::Known)
}

struct Owner {
    consumer_id: Option<String>,
    host: Option<String>,
    client_id: Option<String>,
}

/// CONSUMER-ID, HOST and CLIENT-ID from the tokens after LAG.
fn parse_owner(line: &str, tokens: &[Token<'_>], warnings: &mut Vec<String>) -> Owner {
    let known = |text: &str| (text != "-").then(|| text.to_owned());
    let Some(first) = tokens.first() else {
        return Owner {
            consumer_id: None,
            host: None,
            client_id: None,
        };
    };
    if first.text == "-" {
        // No owner: the tool prints `-` for all three.
        return Owner {
            consumer_id: None,
            host: tokens.get(1).and_then(|token| known(token.text)),
            client_id: span(line, tokens.get(2..).unwrap_or_default()).and_then(known),
        };
    }
    let host_index = (1..tokens.len()).find(|&index| looks_like_host(tokens[index].text));
    let host_index = host_index.unwrap_or_else(|| {
        match tokens.get(1) {
            Some(guess) => warnings.push(format!(
                "expected HOST to look like a host (/10.0.3.17, name/ip, ip:port); read \"{}\" as HOST",
                guess.text
            )),
            None => warnings.push("expected HOST and CLIENT-ID after CONSUMER-ID, found nothing".to_owned()),
        }
        1
    });
    Owner {
        consumer_id: span(line, &tokens[..host_index.min(tokens.len())]).map(str::to_owned),
        host: tokens.get(host_index).and_then(|token| known(token.text)),
        // An empty client id is printed as nothing at all.
        client_id: Some(
            span(line, tokens.get(host_index + 1..).unwrap_or_default())
                .map(str::to_owned)
                .unwrap_or_default(),
        ),
    }
}

/// `/10.0.3.17` (Apache Kafka), `rdns/10.0.3.17` (Confluent Cloud), `10.0.3.17` (Redpanda) or
/// `10.0.3.17:52144` (`KoP`); IPv6 forms alike.
fn looks_like_host(text: &str) -> bool {
    if text.starts_with('/') && text.len() > 1 {
        return true;
    }
    let address = text.rsplit('/').next().unwrap_or(text);
    is_ip_address(address) || is_ip_address(strip_port(address))
}

fn strip_port(text: &str) -> &str {
    if let Some(rest) = text.strip_prefix('[') {
        return rest.split(']').next().unwrap_or(rest);
    }
    match text.rsplit_once(':') {
        Some((address, port)) if !port.is_empty() && port.bytes().all(|byte| byte.is_ascii_digit()) => {
            address
        }
        _ => text,
    }
}

fn is_ip_address(text: &str) -> bool {
    text.parse::<std::net::IpAddr>().is_ok()
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    const LAYOUT: DescribeLayout = DescribeLayout {
        has_leader_epoch: false,
    };

    fn row(line: &str) -> Result<DescribeRow, String> {
        parse_row(LAYOUT, line, &tokenize(line))
    }

    #[test]
    fn recognises_both_headers() {
        let header = "GROUP TOPIC PARTITION CURRENT-OFFSET LOG-END-OFFSET LAG CONSUMER-ID HOST CLIENT-ID";
        assert_eq!(DescribeLayout::from_header(&tokenize(header)), Some(LAYOUT));
        let verbose =
            "GROUP TOPIC PARTITION LEADER-EPOCH CURRENT-OFFSET LOG-END-OFFSET LAG CONSUMER-ID HOST CLIENT-ID";
        assert_eq!(
            DescribeLayout::from_header(&tokenize(verbose)),
            Some(DescribeLayout {
                has_leader_epoch: true
            })
        );
        assert_eq!(
            DescribeLayout::from_header(&tokenize("GROUP TOPIC PARTITION")),
            None
        );
    }

    #[test]
    fn kafka_go_ids_with_spaces() {
        let parsed = row("orders-consumer payments        2          1433            1530            97              orders-consumer@worker-3 (github.com/segmentio/kafka-go)-8a1e4f0c /10.0.3.18      orders-consumer@worker-3 (github.com/segmentio/kafka-go)").unwrap();
        assert_eq!(parsed.group, "orders-consumer");
        assert_eq!(
            parsed.partition.consumer_id.as_deref(),
            Some("orders-consumer@worker-3 (github.com/segmentio/kafka-go)-8a1e4f0c")
        );
        assert_eq!(parsed.partition.host.as_deref(), Some("/10.0.3.18"));
        assert_eq!(
            parsed.partition.client_id.as_deref(),
            Some("orders-consumer@worker-3 (github.com/segmentio/kafka-go)")
        );
        assert!(parsed.warnings.is_empty());
    }

    #[test]
    fn group_ids_with_spaces_and_unknown_offsets() {
        let parsed = row("my group 7 payments 1 - 1498 - - - -").unwrap();
        assert_eq!(parsed.group, "my group 7");
        assert_eq!(parsed.partition.topic, "payments");
        assert_eq!(parsed.partition.partition, 1);
        assert_eq!(parsed.partition.current_offset, None);
        assert_eq!(parsed.partition.log_end_offset, Some(1498));
        assert_eq!(parsed.partition.lag, None);
        assert_eq!(parsed.partition.consumer_id, None);
        assert_eq!(parsed.partition.host, None);
        assert_eq!(parsed.partition.client_id, None);
    }

    #[test]
    fn host_forms() {
        for host in [
            "/10.0.3.17",
            "ip-10-0-3-17.ec2.internal/10.0.3.17",
            "10.0.3.17",
            "10.0.3.17:52144",
            "/::1",
            "[::1]:9000",
        ] {
            assert!(looks_like_host(host), "{host}");
        }
        for not_host in ["consumer-1", "(github.com/segmentio/kafka-go)-8a1e", "/", "-"] {
            assert!(!looks_like_host(not_host), "{not_host}");
        }
    }

    #[test]
    fn lag_mismatch_is_kept_and_flagged() {
        let parsed = row("g t 0 10 20 3 c-1 /10.0.0.1 c").unwrap();
        assert_eq!(parsed.partition.lag, Some(3));
        assert_eq!(parsed.warnings.len(), 1);
        assert!(
            parsed.warnings[0].contains("LAG 3 disagrees"),
            "{:?}",
            parsed.warnings
        );
    }

    #[test]
    fn explains_what_is_wrong() {
        assert_eq!(
            row("g t 0 10").unwrap_err(),
            "expected 9 columns (GROUP TOPIC PARTITION CURRENT-OFFSET LOG-END-OFFSET LAG CONSUMER-ID HOST CLIENT-ID), found 4"
        );
        assert_eq!(
            row("g t x 1 2 1 c /h c").unwrap_err(),
            "expected PARTITION to be a non-negative integer, found \"x\""
        );
        assert_eq!(
            row("g t 0 1 2 ten c /h c").unwrap_err(),
            "expected LAG to be an integer or \"-\", found \"ten\""
        );
    }

    #[test]
    fn missing_host_is_guessed_and_flagged() {
        let parsed = row("g t 0 1 2 1 consumer-1 somewhere client").unwrap();
        assert_eq!(parsed.partition.consumer_id.as_deref(), Some("consumer-1"));
        assert_eq!(parsed.partition.host.as_deref(), Some("somewhere"));
        assert_eq!(parsed.partition.client_id.as_deref(), Some("client"));
        assert_eq!(parsed.warnings.len(), 1);
    }

    #[test]
    fn verbose_layout_skips_leader_epoch() {
        let layout = DescribeLayout {
            has_leader_epoch: true,
        };
        let line = "orders payments 0 4 1510 1520 10 Q2k9cF7aTm2xWb0sLd4uVg /10.0.3.17 orders-client-1";
        let parsed = parse_row(layout, line, &tokenize(line)).unwrap();
        assert_eq!(parsed.partition.current_offset, Some(1510));
        assert_eq!(parsed.partition.lag, Some(10));
        assert_eq!(
            parsed.partition.consumer_id.as_deref(),
            Some("Q2k9cF7aTm2xWb0sLd4uVg")
        );
    }
}
