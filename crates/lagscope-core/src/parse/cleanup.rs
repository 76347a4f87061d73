//! What pastes do to tables, undone: Markdown and `|` tables, prompts glued to the last row,
//! consumer ids run into the host column.

use std::borrow::Cow;

use super::tokens::Token;

/// A line after clean-up.
pub(crate) enum Cleaned<'a> {
    /// Nothing but whitespace.
    Blank,
    /// A table border: `|---|---|`, `-----+-----`, `+-----+`.
    Noise,
    /// A line to read.
    Line(Cow<'a, str>),
}

pub(crate) fn clean(line: &str) -> Cleaned<'_> {
    // A dump's row: it starts and ends with a visible ASCII character (not a quoting `>`), so
    // there is nothing to trim or unquote. A border is drawn with a few characters only, the first
    // among them.
    if let (Some(first), Some(last)) = (line.as_bytes().first(), line.as_bytes().last())
        && first.is_ascii_graphic()
        && *first != b'>'
        && last.is_ascii_graphic()
        && (!matches!(first, b'|' | b'-' | b'+' | b':' | b'=') || !is_border(line))
    {
        return Cleaned::Line(Cow::Borrowed(line));
    }
    let trimmed = line.trim();
    if trimmed.is_empty() {
        return Cleaned::Blank;
    }
    if is_border(trimmed) {
        return Cleaned::Noise;
    }
    // A paste quoted in Markdown, Slack or an e-mail: `> GROUP TOPIC …`.
    if let Some(quoted) = line.trim_start().strip_prefix('>') {
        let quoted = quoted.strip_prefix(' ').unwrap_or(quoted);
        return if quoted.trim().is_empty() { Cleaned::Blank } else { Cleaned::Line(Cow::Borrowed(quoted)) };
    }
    Cleaned::Line(Cow::Borrowed(line))
}

/// A table's border: `+---+---+`, `|---|---|`, `-----` (in the box-drawing characters too).
fn is_border(trimmed: &str) -> bool {
    let drawn = trimmed.len() >= 3
        && trimmed.contains('-')
        && trimmed
            .chars()
            .all(|character| matches!(character, '|' | '-' | '+' | ':' | ' ' | '=' | '─' | '┼' | '│'));
    drawn
        && (trimmed.contains('|')
            || trimmed.contains('+')
            || trimmed.chars().all(|character| character == '-'))
}

/// The cells of a `|`-separated row (a Markdown table, Confluent CLI output), each trimmed; an
/// empty cell reads as `-` (unknown). `None` when the line is not such a row.
pub(crate) fn pipe_cells(line: &str) -> Option<Vec<Token<'_>>> {
    // Most lines have no bar at all.
    memchr::memchr(b'|', line.as_bytes())?;
    let trimmed = line.trim();
    let n_pipes = trimmed.matches('|').count();
    if n_pipes < 2 || !(trimmed.starts_with('|') || trimmed.contains(" | ")) {
        return None;
    }
    let mut cells = split_cells(line, '|');
    // `| a | b |`: the empty pieces outside the outer bars are not cells.
    if trimmed.starts_with('|') && cells.first().is_some_and(|cell| cell.start == cell.end) {
        cells.remove(0);
    }
    if trimmed.ends_with('|') && cells.last().is_some_and(|cell| cell.start == cell.end) {
        cells.pop();
    }
    for cell in &mut cells {
        if cell.text.is_empty() {
            cell.text = "-";
        }
    }
    Some(cells)
}

/// Splits `line` on `separator`, trimming each cell; positions point into `line`.
pub(crate) fn split_cells(line: &str, separator: char) -> Vec<Token<'_>> {
    let mut cells = Vec::new();
    let mut start = 0;
    for piece in line.split(separator) {
        let leading = piece.len() - piece.trim_start().len();
        let text = piece.trim();
        let cell_start = start + leading;
        cells.push(Token { text, start: cell_start, end: cell_start + text.len() });
        start += piece.len() + separator.len_utf8();
    }
    cells
}

/// The cells of a CSV line (RFC 4180): commas, and `"quoted"` cells in which `""` is a quote.
/// Positions point into `line`; a quoted cell's text is what is inside the quotes, with `""` left
/// doubled (the one cell that uses quotes, kafka-ui's coordinator, is read as JSON after undoubling).
pub(crate) fn split_csv(line: &str) -> Vec<Token<'_>> {
    let bytes = line.as_bytes();
    let mut cells = Vec::new();
    let mut index = 0;
    loop {
        let (start, end, next) = if bytes.get(index) == Some(&b'"') {
            let mut cursor = index + 1;
            while cursor < bytes.len() {
                if bytes[cursor] == b'"' {
                    if bytes.get(cursor + 1) == Some(&b'"') {
                        cursor += 2;
                        continue;
                    }
                    break;
                }
                cursor += 1;
            }
            let after = line[cursor.min(bytes.len())..].find(',').map(|offset| cursor + offset);
            (index + 1, cursor.min(bytes.len()), after)
        } else {
            let after = line[index..].find(',').map(|offset| index + offset);
            (index, after.unwrap_or(bytes.len()), after)
        };
        let text = line[start..end].trim();
        cells.push(Token { text: if text.is_empty() { "-" } else { text }, start, end });
        match next {
            Some(comma) => index = comma + 1,
            None => break,
        }
    }
    cells
}

/// Kafka 3.8/3.9 print no newline after the last row, so the next prompt (`$ `) lands on it:
/// `… orders-client-2$ ` or `… orders-client-2$ exit`. Returns the row without the prompt when
/// the last token ends with `$`, or `None`. A `$` token followed by a typed command is
/// [`strip_prompt_and_command`]'s.
pub(crate) fn strip_glued_prompt(line: &str) -> Option<&str> {
    let trimmed = line.trim_end();
    (trimmed.len() >= 2 && trimmed.ends_with('$') && !trimmed.ends_with(" $"))
        .then(|| cut_bracket_prompt(&trimmed[..trimmed.len() - 1]))
}

/// `… (1)[ec2-user@bastion ~]`: the row without a bracketed prompt (`[user@host dir]`) glued to
/// its end; the text as it is otherwise.
fn cut_bracket_prompt(text: &str) -> &str {
    if let Some(stripped) = text.trim_end().strip_suffix(']')
        && let Some(open) = stripped.rfind('[')
        && stripped[open..].contains('@')
    {
        return text[..open].trim_end();
    }
    text
}

/// `… orders-client-2$ exit`: the row up to the first token at or after `min_token_index` that
/// ends with `$`, without the `$` (a `$` in an earlier cell, such as a group id, is kept).
pub(crate) fn strip_prompt_and_command(line: &str, min_token_index: usize) -> Option<&str> {
    memchr::memchr(b'$', line.as_bytes())?;
    let mut offset = 0;
    let mut token_index = 0;
    for word in line.split_inclusive(char::is_whitespace) {
        let token = word.trim_end();
        if !token.is_empty() {
            if token_index >= min_token_index && token.len() >= 2 && token.ends_with('$') {
                return line.get(..offset + token.len() - 1).map(cut_bracket_prompt);
            }
            token_index += 1;
        }
        offset += word.len();
    }
    None
}

/// 0.10.2–1.0 pad CONSUMER-ID to 50 characters with no separator, so a longer id runs into HOST:
/// `…-7c6d5e4f3a2b/10.0.3.19`. Splits the first such token in two.
pub(crate) fn split_glued_host<'a>(tokens: &[Token<'a>]) -> Option<Vec<Token<'a>>> {
    let index = tokens.iter().position(|token| {
        token
            .text
            .find('/')
            .is_some_and(|slash| slash >= 50 && token.text[slash + 1..].parse::<std::net::IpAddr>().is_ok())
    })?;
    let token = tokens[index];
    let slash = token.text.find('/')?;
    let mut split = tokens.to_vec();
    split[index] = Token { text: &token.text[..slash], start: token.start, end: token.start + slash };
    split.insert(index + 1, Token { text: &token.text[slash..], start: token.start + slash, end: token.end });
    Some(split)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(tokens: &[Token<'_>]) -> Vec<String> {
        tokens.iter().map(|token| token.text.to_owned()).collect()
    }

    #[test]
    fn pipe_tables() {
        assert_eq!(
            texts(&pipe_cells("| orders | payments | 0 |  |").unwrap()),
            vec!["orders", "payments", "0", "-"]
        );
        assert_eq!(
            texts(&pipe_cells(" lkc-1 | orders group |  10 | ").unwrap()),
            vec!["lkc-1", "orders group", "10"]
        );
        assert!(pipe_cells("orders payments 0").is_none());
        assert!(matches!(clean("|---|:---:|"), Cleaned::Noise));
        assert!(matches!(clean("-----------+-----------"), Cleaned::Noise));
        assert!(matches!(clean("   "), Cleaned::Blank));
        assert!(matches!(clean("orders - 1"), Cleaned::Line(_)));
    }

    #[test]
    fn glued_prompts() {
        assert_eq!(strip_glued_prompt("g t 0 1 2 1 c /h client-2$ "), Some("g t 0 1 2 1 c /h client-2"));
        assert_eq!(strip_glued_prompt("g t 0 1 2 1 c /h client-2$ exit"), None);
        assert_eq!(
            strip_prompt_and_command("g t 0 1 2 1 c /h client-2$ exit", 8),
            Some("g t 0 1 2 1 c /h client-2")
        );
        assert_eq!(strip_glued_prompt("g t 0 1 2 1 c /h client-2"), None);
        assert_eq!(strip_prompt_and_command("billing$ payments 0 1 2 1 c /h c", 8), None);
    }

    #[test]
    fn glued_host() {
        let line =
            "refunds 0 77 80 3 orders-consumer-instance-7-8a1e4f0c-2b3d-4e5f-9a8b-7c6d5e4f3a2b/10.0.3.19 c";
        let tokens = super::super::tokens::tokenize(line);
        let split = split_glued_host(&tokens).unwrap();
        assert_eq!(split[5].text, "orders-consumer-instance-7-8a1e4f0c-2b3d-4e5f-9a8b-7c6d5e4f3a2b");
        assert_eq!(split[6].text, "/10.0.3.19");
    }
}
