//! Column-oriented tables: how a header names its columns, and how a row's whitespace-separated
//! tokens are matched to those columns when some values contain spaces.
//!
//! Widths are computed per group and re-aligned by hand, so header positions are never used.
//! Instead each column has a [`Shape`] (an integer, a topic name, a host, free text …) and
//! [`solve`] finds the one split of the tokens into columns where every cell has its column's
//! shape, letting free-text columns (group ids, client ids, coordinators) take several tokens.

use super::tokens::Token;

/// What a column means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Field {
    Group,
    Topic,
    Partition,
    CurrentOffset,
    LogEndOffset,
    Lag,
    ConsumerId,
    Host,
    ClientId,
    /// `clientId_clientHost` (0.9–0.10.1 OWNER column).
    Owner,
    InstanceId,
    NPartitions,
    Assignment,
    Coordinator,
    AssignmentStrategy,
    State,
    NMembers,
    NewOffset,
    /// A group's total lag as printed.
    ReportedTotalLag,
    Status,
    /// Parsed for shape only; the value is not kept (epochs, percentages, earliest offsets …).
    Ignored,
}

impl Field {
    /// How many fields there are, for lookup tables indexed by field.
    pub(crate) const COUNT: usize = Self::Ignored as usize + 1;
}

/// For each field, the index of the first column that holds it.
pub(crate) type FieldIndex = [Option<usize>; Field::COUNT];

/// Where each field is in `columns`.
pub(crate) fn field_index(columns: &[Column]) -> FieldIndex {
    let mut index = [None; Field::COUNT];
    for (position, column) in columns.iter().enumerate().rev() {
        index[column.field as usize] = Some(position);
    }
    index
}

/// How a column's cells look.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Shape {
    /// A non-negative integer.
    Count,
    /// An integer (possibly negative) or an unknown marker (`-`, `unknown`).
    Offset,
    /// A Kafka topic name: `[a-zA-Z0-9._-]{1,249}`.
    Topic,
    /// A host as brokers report it, or `-`.
    Host,
    /// One token of anything.
    Word,
    /// One or more tokens of anything.
    Text,
    /// A member id: one token, or several when the last ends with a UUID (kafka-go's
    /// `client (github.com/segmentio/kafka-go)-<UUID>`), so a client id with spaces after it is not
    /// swallowed.
    MemberId,
    /// A member's assignment: `topic(0,1), t2(3)`, `(0,1)`, `topic:0,1;t2:3`, or `-`.
    Assignment,
    /// `host:port (id)` with one or two spaces.
    Coordinator,
    /// A partition number, `-`, or `Not Provided` (`--delete-offsets` topic-level rows).
    PartitionOrNotProvided,
}

/// One column of a table layout.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Column {
    /// The header text, words separated by single spaces, upper case.
    pub(crate) header: &'static str,
    pub(crate) field: Field,
    pub(crate) shape: Shape,
    /// The header may omit this column (for example GROUP-INSTANCE-ID appears only when used).
    pub(crate) optional_in_header: bool,
    /// Whether a row may leave this cell out (tools print an empty value as nothing at all).
    pub(crate) presence: Presence,
}

/// Whether a row always has a cell for a column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Presence {
    Always,
    /// Usually printed; may be empty (an empty client id, an unassigned rpk row).
    MayBeMissing,
    /// Usually empty (rpk's INSTANCE-ID, an old empty ASSIGNMENT-STRATEGY): try without it first.
    UsuallyMissing,
}

/// A column that every header and row has.
pub(crate) const fn column(header: &'static str, field: Field, shape: Shape) -> Column {
    Column { header, field, shape, optional_in_header: false, presence: Presence::Always }
}

impl Column {
    /// The same column, present only in some headers.
    pub(crate) const fn optional(self) -> Self {
        Self { optional_in_header: true, ..self }
    }

    /// The same column, possibly left out of a row.
    pub(crate) const fn may_be_missing(self) -> Self {
        Self { presence: Presence::MayBeMissing, ..self }
    }

    /// The same column, usually left out of a row.
    pub(crate) const fn usually_missing(self) -> Self {
        Self { presence: Presence::UsuallyMissing, ..self }
    }

    fn is_required(&self) -> bool {
        self.presence == Presence::Always
    }
}

/// Matches header words (upper-cased, as split on whitespace) against a layout, returning the
/// columns the header actually has, or `None` when it is not this layout's header.
pub(crate) fn match_header(words: &[String], layout: &[Column]) -> Option<Vec<Column>> {
    let mut present = Vec::with_capacity(layout.len());
    let mut position = 0;
    for column in layout {
        let n_words = column.header.split(' ').count();
        let matches = words
            .get(position..position + n_words)
            .is_some_and(|candidate| candidate.iter().map(String::as_str).eq(column.header.split(' ')));
        if matches {
            present.push(*column);
            position += n_words;
        } else if !column.optional_in_header {
            return None;
        }
    }
    (position == words.len()).then_some(present)
}

/// A row split into cells: for each column, the range of tokens it took (empty when missing).
pub(crate) type Cells = Vec<std::ops::Range<usize>>;

/// Splits `tokens` into `columns`, or returns `None` when no split gives every cell its shape.
///
/// Multi-token columns prefer the fewest tokens, except the last column, which takes the rest; so
/// the anchors after a free-text column (integers, hosts) decide where it ends.
pub(crate) fn solve(columns: &[Column], tokens: &[Token<'_>]) -> Option<Cells> {
    if columns.len() > MAX_COLUMNS {
        return None;
    }
    if let Some(cells) = solve_one_token_each(columns, tokens) {
        return Some(cells);
    }
    solve_by_search(columns, tokens)
}

/// The most columns a table may have.
pub(crate) const MAX_COLUMNS: usize = 24;

/// The common row, without the search: one token per column, each with its column's shape.
///
/// This is the split [`solve_by_search`] tries first whenever every column's first try is one
/// token wide (it is, unless the column is usually missing, whose first try is no token, or a
/// coordinator or partition cell, whose first try is two tokens); as that split succeeds, the
/// search would return it. `None` means "ask the search", never "no split".
fn solve_one_token_each(columns: &[Column], tokens: &[Token<'_>]) -> Option<Cells> {
    let cells = one_token_cells(columns)?;
    read_one_token_each(columns, "", tokens, &mut [None; MAX_COLUMNS]).then_some(cells)
}

/// The cells of a row with one token per column, when [`solve`] tries that split first for
/// `columns` (see [`solve_one_token_each`]); `None` when it does not.
pub(crate) fn one_token_cells(columns: &[Column]) -> Option<Cells> {
    let tries_one_token_first = |column: &Column| {
        column.presence != Presence::UsuallyMissing
            && !matches!(column.shape, Shape::Coordinator | Shape::PartitionOrNotProvided)
    };
    (columns.len() <= MAX_COLUMNS && columns.iter().all(tries_one_token_first))
        .then(|| (0..columns.len()).map(|index| index..index + 1).collect())
}

/// Whether `tokens` are one per column, each with its column's shape: for columns with
/// [`one_token_cells`], the split [`solve`] returns. The count and offset cells are read on the
/// way, into `numbers` by column (`None` for the other columns), so that the row's numbers are
/// read once. `line` is the line the tokens were cut from (its digits are then read eight at a
/// time), or "".
pub(crate) fn read_one_token_each(
    columns: &[Column],
    line: &str,
    tokens: &[Token<'_>],
    numbers: &mut [Option<NumericCell>; MAX_COLUMNS],
) -> bool {
    if tokens.len() != columns.len() {
        return false;
    }
    for ((column, token), number) in columns.iter().zip(tokens).zip(numbers.iter_mut()) {
        *number = match column.shape {
            Shape::Offset => match digits_value(line.as_bytes(), token) {
                Some(value) => Some(NumericCell::Known(value.cast_signed())),
                None => match parse_offset(token.text) {
                    Some(cell) => Some(cell),
                    None => return false,
                },
            },
            Shape::Count => {
                match digits_value(line.as_bytes(), token).and_then(|value| i32::try_from(value).ok()) {
                    Some(count) => Some(NumericCell::Known(i64::from(count))),
                    None => match parse_count(token.text) {
                        Some(count) => Some(NumericCell::Known(i64::from(count))),
                        None if token.text == "-" => Some(NumericCell::Unknown),
                        None => return false,
                    },
                }
            }
            // Any one token.
            Shape::Word | Shape::Text | Shape::MemberId => None,
            shape => {
                if !fits(shape, std::slice::from_ref(token)) {
                    return false;
                }
                None
            }
        };
    }
    true
}

/// The value of `token` when it is 1 to 16 ASCII digits, read eight at a time from `line` (the
/// bytes before the token are read and masked off, so the token must not start a short line);
/// `None` otherwise (a token of another line too), and the token is read one byte at a time.
fn digits_value(line: &[u8], token: &Token<'_>) -> Option<u64> {
    if !std::ptr::eq(line.as_ptr().wrapping_add(token.start), token.text.as_ptr()) {
        return None;
    }
    let n_digits = token.end.checked_sub(token.start)?;
    match n_digits {
        1..=8 => eight_digits(line, token.end, n_digits),
        9..=16 => {
            let high = eight_digits(line, token.end - 8, n_digits - 8)?;
            let low = eight_digits(line, token.end, 8)?;
            Some(high * 100_000_000 + low)
        }
        _ => None,
    }
}

/// The value of the `n_digits` (1 to 8) digits that end at `end` in `line`: the eight bytes
/// before `end` as one little-endian word, those before the digits made `0`s, checked and
/// combined in three multiplications (as simdjson and `fast_float` read eight digits).
fn eight_digits(line: &[u8], end: usize, n_digits: usize) -> Option<u64> {
    const ZEROS: u64 = u64::from_le_bytes([b'0'; 8]);
    let bytes: &[u8; 8] = line.get(end.checked_sub(8)?..end)?.try_into().ok()?;
    let mut word = u64::from_le_bytes(*bytes);
    if n_digits < 8 {
        // The bytes before the digits are the word's low ones.
        let before = u64::MAX >> (8 * n_digits);
        word = (word & !before) | (ZEROS & before);
    }
    let all_digits = (word & 0xF0F0_F0F0_F0F0_F0F0) == ZEROS
        && (word.wrapping_add(0x0606_0606_0606_0606) & 0xF0F0_F0F0_F0F0_F0F0) == ZEROS;
    if !all_digits {
        return None;
    }
    let digits = word - ZEROS;
    let pairs = digits * 10 + (digits >> 8);
    let value = ((pairs & 0x0000_00FF_0000_00FF).wrapping_mul(100 + (1_000_000 << 32))
        + ((pairs >> 16) & 0x0000_00FF_0000_00FF).wrapping_mul(1 + (10_000 << 32)))
        >> 32;
    Some(value)
}

/// Splits `tokens` into `columns` by a depth-first search over cell widths.
fn solve_by_search(columns: &[Column], tokens: &[Token<'_>]) -> Option<Cells> {
    // How many required columns follow each column: free-text cells must leave them a token each.
    let mut required_after = [0_usize; MAX_COLUMNS];
    for index in (0..columns.len().saturating_sub(1)).rev() {
        required_after[index] = required_after[index + 1] + usize::from(columns[index + 1].is_required());
    }
    let mut solver = Solver {
        columns,
        required_after: &required_after[..columns.len()],
        tokens,
        // Only rows with more tokens than columns can branch; they remember (column, start) pairs
        // that failed, so a long ambiguous line costs O(columns × tokens²), not exponential time.
        failed: if tokens.len() > columns.len() {
            vec![false; columns.len() * (tokens.len() + 1)]
        } else {
            Vec::new()
        },
        cells: Vec::with_capacity(columns.len()),
    };
    solver.solve_from(0, 0).then_some(solver.cells)
}

struct Solver<'c, 't, 'a> {
    columns: &'c [Column],
    required_after: &'c [usize],
    tokens: &'t [Token<'a>],
    failed: Vec<bool>,
    cells: Cells,
}

impl Solver<'_, '_, '_> {
    fn solve_from(&mut self, column_index: usize, start: usize) -> bool {
        let tokens = self.tokens;
        let Some(column) = self.columns.get(column_index).copied() else {
            return start == tokens.len();
        };
        let memo = column_index * (tokens.len() + 1) + start;
        if self.failed.get(memo).copied().unwrap_or(false) {
            return false;
        }
        let is_last = column_index + 1 == self.columns.len();
        let min_after = self.required_after.get(column_index).copied().unwrap_or(0);
        let remaining = tokens.len() - start;
        let is_free_text = matches!(column.shape, Shape::Text | Shape::Assignment | Shape::MemberId);
        let (min_width, max_width) = match column.shape {
            _ if is_free_text && is_last => (remaining, remaining),
            _ if is_free_text => (1, remaining.saturating_sub(min_after)),
            Shape::Coordinator | Shape::PartitionOrNotProvided => (1, remaining.min(2)),
            _ => (1, remaining.min(1)),
        };
        let mut widths = [0usize; 3];
        let mut n_widths = 0;
        let mut add = |width: usize| {
            if n_widths < widths.len() {
                widths[n_widths] = width;
                n_widths += 1;
            }
        };
        if column.presence == Presence::UsuallyMissing {
            add(0);
        }
        match column.shape {
            // Two-token forms first: `host:port (id)`, `Not Provided`.
            Shape::Coordinator | Shape::PartitionOrNotProvided if max_width >= 2 => {
                add(2);
                add(1);
            }
            _ if min_width <= max_width && min_width > 0 => add(min_width),
            _ => {}
        }
        if column.presence == Presence::MayBeMissing {
            add(0);
        }
        for &first_width in &widths[..n_widths] {
            // Free text: every width from the shortest up, so later anchors decide.
            let last_width =
                if first_width > 0 && is_free_text && !is_last { max_width } else { first_width };
            for width in first_width..=last_width {
                if width > 0 {
                    let cell = &tokens[start..start + width];
                    if column.shape == Shape::Assignment && width > first_width {
                        // Widening adds one token: an assignment cell stops at the first token that is not one.
                        if !cell.last().is_some_and(|token| looks_like_assignment(token.text)) {
                            break;
                        }
                    } else if !fits(column.shape, cell) {
                        continue;
                    }
                }
                self.cells.push(start..start + width);
                if self.solve_from(column_index + 1, start + width) {
                    return true;
                }
                self.cells.pop();
            }
        }
        if let Some(failed) = self.failed.get_mut(memo) {
            *failed = true;
        }
        false
    }
}

fn fits(shape: Shape, cell: &[Token<'_>]) -> bool {
    let Some(first) = cell.first() else { return false };
    match shape {
        Shape::Count => cell.len() == 1 && (parse_count(first.text).is_some() || first.text == "-"),
        Shape::Offset => cell.len() == 1 && parse_offset(first.text).is_some(),
        Shape::Topic => cell.len() == 1 && (is_topic_name(first.text) || first.text == "-"),
        Shape::PartitionOrNotProvided => match cell {
            [single] => parse_count(single.text).is_some() || single.text == "-",
            [not, provided] => not.text == "Not" && provided.text == "Provided",
            _ => false,
        },
        Shape::Host => cell.len() == 1 && (is_unknown(first.text) || looks_like_host(first.text)),
        Shape::Word | Shape::Text => true,
        Shape::MemberId => match cell {
            [_] => true,
            [.., last] => ends_with_uuid(last.text),
            [] => false,
        },
        Shape::Assignment => cell.iter().all(|token| looks_like_assignment(token.text)),
        Shape::Coordinator => match cell {
            [address, id] => address.text.contains(':') && id.text.starts_with('(') && id.text.ends_with(')'),
            [single] => {
                single.text.contains(':') || parse_count(single.text).is_some() || is_unknown(single.text)
            }
            _ => false,
        },
    }
}

/// `…-3f2b8c1e-9d4a-4e7b-a1c2-5d6e7f8a9b0c`: the last 36 characters are a UUID.
fn ends_with_uuid(text: &str) -> bool {
    let Some(uuid) = text.len().checked_sub(36).and_then(|start| text.get(start..)) else { return false };
    uuid.bytes().enumerate().all(|(index, byte)| match index {
        8 | 13 | 18 | 23 => byte == b'-',
        _ => byte.is_ascii_hexdigit(),
    })
}

/// `-`, `unknown`, `none`, or an empty cell: the tool did not know.
pub(crate) fn is_unknown(text: &str) -> bool {
    matches!(text, "-" | "unknown" | "none" | "" | "null")
}

/// A non-negative integer that fits in `i32`.
pub(crate) fn parse_count(text: &str) -> Option<i32> {
    if !text.is_empty() && text.bytes().all(|byte| byte.is_ascii_digit()) { text.parse().ok() } else { None }
}

/// A numeric cell: an integer, or a marker for a value the tool did not know.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum NumericCell {
    Unknown,
    Known(i64),
}

impl NumericCell {
    pub(crate) fn value(self) -> Option<i64> {
        match self {
            Self::Unknown => None,
            Self::Known(value) => Some(value),
        }
    }
}

/// Reads an offset or lag cell; `None` when the text is neither an integer nor an unknown marker.
/// Monitors print floats (`97.0`); a float with no fractional part is accepted.
pub(crate) fn parse_offset(text: &str) -> Option<NumericCell> {
    // Nearly every cell: up to 18 digits, which cannot overflow.
    if (1..=18).contains(&text.len()) {
        let mut value: i64 = 0;
        let mut all_digits = true;
        for byte in text.bytes() {
            let digit = byte.wrapping_sub(b'0');
            if digit > 9 {
                all_digits = false;
                break;
            }
            value = value * 10 + i64::from(digit);
        }
        if all_digits {
            return Some(NumericCell::Known(value));
        }
    }
    if is_unknown(text) {
        return Some(NumericCell::Unknown);
    }
    let integer = text.strip_suffix(".0").unwrap_or(text);
    let (negative, digits) = match integer.strip_prefix('-') {
        Some(digits) => (true, digits),
        None => (false, integer),
    };
    if digits.is_empty() {
        return None;
    }
    let mut value: i64 = 0;
    for byte in digits.bytes() {
        if !byte.is_ascii_digit() {
            return None;
        }
        value = value.checked_mul(10)?.checked_add(i64::from(byte - b'0'))?;
    }
    Some(NumericCell::Known(if negative { -value } else { value }))
}

/// Kafka topic names: `[a-zA-Z0-9._-]`, 1 to 249 characters, not `-` alone.
pub(crate) fn is_topic_name(text: &str) -> bool {
    (1..=249).contains(&text.len()) && text.bytes().all(|byte| TOPIC_BYTES[usize::from(byte)]) && text != "-"
}

/// The bytes of a topic name, by value.
const TOPIC_BYTES: [bool; 256] = {
    let mut table = [false; 256];
    let mut byte = 0;
    while byte < 256 {
        let character = byte as u8;
        table[byte] = character.is_ascii_alphanumeric() || matches!(character, b'.' | b'_' | b'-');
        byte += 1;
    }
    table
};

/// `/10.0.3.17` (Apache Kafka), `rdns/10.0.3.17` (Confluent Cloud), `10.0.3.17` (Redpanda) or
/// `10.0.3.17:52144` (`KoP`); IPv6 forms alike.
pub(crate) fn looks_like_host(text: &str) -> bool {
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

/// One token of an assignment cell.
fn looks_like_assignment(text: &str) -> bool {
    if text == "-" {
        return true;
    }
    let text = text.trim_end_matches(',');
    // `topic(0,1)` (1.1–3.7) or `(0,1)` (3.8–3.9).
    if let Some(open) = text.find('(') {
        let (topic, partitions) = text.split_at(open);
        return (topic.is_empty() || is_topic_name(topic))
            && partitions.ends_with(')')
            && partitions[1..partitions.len() - 1]
                .split(',')
                .all(|part| part.is_empty() || parse_count(part).is_some());
    }
    // `topic:0,2;topic2:1` (4.x, share groups).
    text.split(';').filter(|part| !part.is_empty()).all(|part| {
        part.split_once(':').is_some_and(|(topic, partitions)| {
            is_topic_name(topic) && partitions.split(',').all(|part| parse_count(part).is_some())
        })
    }) && !text.is_empty()
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    #[test]
    fn digits_read_eight_at_a_time_are_the_digits_read_one_by_one() {
        let mut rng = crate::sim::rng::Rng::new(3);
        let mut next = |bound: u64| rng.next_u64() % bound;
        let alphabet = b"0123456789012345678901234567890123456789-./:/x \x7f";
        for _ in 0..50_000 {
            let n_before = next(20) as usize;
            let n_token = 1 + next(20) as usize;
            let mut line: Vec<u8> = (0..n_before).map(|_| b'a' + next(26) as u8).collect();
            line.push(b' ');
            let start = line.len();
            line.extend((0..n_token).map(|_| alphabet[next(alphabet.len() as u64) as usize]));
            let end = line.len();
            line.extend(b"  rest");
            let line = String::from_utf8(line).expect("ASCII");
            let token = Token { text: &line[start..end], start, end };
            let expected = parse_offset(token.text).and_then(NumericCell::value);
            if let Some(value) = digits_value(line.as_bytes(), &token) {
                assert_eq!(Some(value.cast_signed()), expected, "{:?}", token.text);
            } else {
                assert!(
                    !(1..=16).contains(&token.text.len())
                        || !token.text.bytes().all(|byte| byte.is_ascii_digit())
                        || start < 8
                        || (token.text.len() > 8 && start < 16),
                    "{:?} at {start} should be read eight at a time",
                    token.text
                );
            }
        }
    }

    const MEMBERS: [Column; 6] = [
        column("GROUP", Field::Group, Shape::Text),
        column("CONSUMER-ID", Field::ConsumerId, Shape::Text),
        column("HOST", Field::Host, Shape::Host),
        column("CLIENT-ID", Field::ClientId, Shape::Text),
        column("#PARTITIONS", Field::NPartitions, Shape::Count),
        column("ASSIGNMENT", Field::Assignment, Shape::Assignment).optional(),
    ];

    fn texts(line: &str, columns: &[Column]) -> Option<Vec<String>> {
        let tokens = tokenize(line);
        let cells = solve(columns, &tokens)?;
        Some(
            cells
                .into_iter()
                .map(|range| tokens[range].iter().map(|token| token.text).collect::<Vec<_>>().join(" "))
                .collect(),
        )
    }

    #[test]
    fn header_with_and_without_optional_columns() {
        let words = |line: &str| line.split_whitespace().map(str::to_owned).collect::<Vec<_>>();
        assert_eq!(
            match_header(&words("GROUP CONSUMER-ID HOST CLIENT-ID #PARTITIONS"), &MEMBERS).map(|c| c.len()),
            Some(5)
        );
        assert_eq!(
            match_header(&words("GROUP CONSUMER-ID HOST CLIENT-ID #PARTITIONS ASSIGNMENT"), &MEMBERS)
                .map(|c| c.len()),
            Some(6)
        );
        assert_eq!(match_header(&words("GROUP CONSUMER-ID HOST"), &MEMBERS), None);
    }

    #[test]
    fn free_text_columns_end_at_the_next_anchor() {
        let columns = &MEMBERS[..5];
        assert_eq!(
            texts("my group c-1 (kafka-go) /10.0.0.1 worker 3 2", columns).unwrap(),
            vec!["my", "group c-1 (kafka-go)", "/10.0.0.1", "worker 3", "2"]
        );
        assert_eq!(
            texts("g c-1 /10.0.0.1 client 2 payments(0,1), refunds(0)", &MEMBERS).unwrap(),
            vec!["g", "c-1", "/10.0.0.1", "client", "2", "payments(0,1), refunds(0)"]
        );
        assert_eq!(texts("g c-1 /10.0.0.1 client", columns), None);
    }

    /// Token texts of every shape the layouts' columns take, and some that fit none.
    const SAMPLE_TOKENS: [&str; 16] = [
        "orders",
        "0",
        "12",
        "-",
        "-1",
        "97.0",
        "/10.0.0.1",
        "10.0.0.1:9092",
        "(1)",
        "payments(0,1),",
        "Not",
        "Provided",
        "consumer-1-3f2b8c1e-9d4a-4e7b-a1c2-5d6e7f8a9b0c",
        "Stable",
        "client id",
        "$",
    ];

    proptest::proptest! {
        /// The shortcut for one token per column gives the split the search would give, for
        /// every layout this parser knows and rows of every shape.
        #[test]
        fn one_token_per_column_is_what_the_search_finds(
            layout_index in 0..super::super::layouts::LAYOUTS.len(),
            picks in proptest::collection::vec(0..SAMPLE_TOKENS.len(), 0..14),
            drop_optional in proptest::bool::ANY,
        ) {
            let layout = &super::super::layouts::LAYOUTS[layout_index];
            let columns: Vec<Column> = layout
                .columns
                .iter()
                .filter(|column| !(drop_optional && column.optional_in_header))
                .copied()
                .collect();
            let line = picks.iter().map(|&pick| SAMPLE_TOKENS[pick]).collect::<Vec<_>>().join("  ");
            let tokens = tokenize(&line);
            if let Some(shortcut) = solve_one_token_each(&columns, &tokens) {
                proptest::prop_assert_eq!(Some(shortcut), solve_by_search(&columns, &tokens));
            }
        }
    }

    #[test]
    fn a_row_that_fits_one_token_per_column_takes_the_shortcut() {
        let columns = &MEMBERS[..5];
        let tokens = tokenize("g c-1 /10.0.0.1 client 2");
        assert_eq!(solve_one_token_each(columns, &tokens), Some(vec![0..1, 1..2, 2..3, 3..4, 4..5]));
        assert_eq!(solve_by_search(columns, &tokens), Some(vec![0..1, 1..2, 2..3, 3..4, 4..5]));
        // A client id with a space: the search decides.
        assert_eq!(solve_one_token_each(columns, &tokenize("g c-1 /10.0.0.1 my client 2")), None);
    }

    #[test]
    fn assignment_forms() {
        for good in ["payments(0,1),", "refunds(0)", "(0,1,10,2),", "payments:0,2;refunds:1", "-", "t()"] {
            assert!(looks_like_assignment(good), "{good}");
        }
        for bad in ["2", "client", "payments(0,x)"] {
            assert!(!looks_like_assignment(bad), "{bad}");
        }
    }

    #[test]
    fn offsets_and_unknowns() {
        assert_eq!(parse_offset("-"), Some(NumericCell::Unknown));
        assert_eq!(parse_offset("unknown"), Some(NumericCell::Unknown));
        assert_eq!(parse_offset("-3"), Some(NumericCell::Known(-3)));
        assert_eq!(parse_offset("97.0"), Some(NumericCell::Known(97)));
        assert_eq!(parse_offset("99999999999999999999999"), None);
        // Around the short path's 18 digits and i64's 19.
        assert_eq!(parse_offset("999999999999999999"), Some(NumericCell::Known(999_999_999_999_999_999)));
        assert_eq!(parse_offset("9223372036854775807"), Some(NumericCell::Known(i64::MAX)));
        assert_eq!(parse_offset("9223372036854775808"), None);
        assert_eq!(parse_offset("000042"), Some(NumericCell::Known(42)));
        assert_eq!(parse_offset("12a"), None);
        assert_eq!(parse_offset("1 2"), None);
        assert_eq!(parse_offset("ten"), None);
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
}
