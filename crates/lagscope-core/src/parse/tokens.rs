//! Splitting a line on runs of whitespace while remembering where each token came from.
//!
//! Column widths in dumps are computed per group and often re-aligned by hand, so parsers split on
//! whitespace; values that contain spaces (client ids, the coordinator cell) are then recovered as
//! the exact slice of the line between two tokens.

/// A whitespace-separated piece of a line, with its byte range in that line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Token<'a> {
    pub(crate) text: &'a str,
    pub(crate) start: usize,
    pub(crate) end: usize,
}

/// The tokens of `line`, in order.
pub(crate) fn tokenize(line: &str) -> Vec<Token<'_>> {
    if line.is_ascii() {
        return tokenize_ascii(line);
    }
    let mut tokens = Vec::new();
    let mut start = None;
    for (index, character) in line.char_indices() {
        match (character.is_whitespace(), start) {
            (true, Some(token_start)) => {
                tokens.push(Token { text: &line[token_start..index], start: token_start, end: index });
                start = None;
            }
            (false, None) => start = Some(index),
            _ => {}
        }
    }
    if let Some(token_start) = start {
        tokens.push(Token { text: &line[token_start..], start: token_start, end: line.len() });
    }
    tokens
}

/// The common case, byte by byte: ASCII whitespace is the only whitespace in ASCII text.
fn tokenize_ascii(line: &str) -> Vec<Token<'_>> {
    let bytes = line.as_bytes();
    let mut tokens = Vec::with_capacity(12);
    let mut index = 0;
    while index < bytes.len() {
        while index < bytes.len() && is_ascii_space(bytes[index]) {
            index += 1;
        }
        let start = index;
        while index < bytes.len() && !is_ascii_space(bytes[index]) {
            index += 1;
        }
        if index > start {
            tokens.push(Token { text: &line[start..index], start, end: index });
        }
    }
    tokens
}

/// What `char::is_whitespace` says for ASCII: space, tab, LF, VT, FF, CR, and the separators 0x1C–0x1F.
fn is_ascii_space(byte: u8) -> bool {
    matches!(byte, b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | 0x1C..=0x1F)
}

/// The exact text of `line` from the first to the last of `tokens` (inner spacing kept), or `None`
/// when `tokens` is empty.
pub(crate) fn span<'a>(line: &'a str, tokens: &[Token<'_>]) -> Option<&'a str> {
    let first = tokens.first()?;
    let last = tokens.last()?;
    line.get(first.start..last.end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_on_runs_of_any_whitespace() {
        let line = "  a\tbb   c\u{3000}d ";
        let texts: Vec<&str> = tokenize(line).iter().map(|token| token.text).collect();
        assert_eq!(texts, vec!["a", "bb", "c", "d"]);
        assert!(tokenize("   ").is_empty());
    }

    #[test]
    fn span_keeps_inner_spacing() {
        let line = "x host:9092  (2) y";
        let tokens = tokenize(line);
        assert_eq!(span(line, &tokens[1..3]), Some("host:9092  (2)"));
        assert_eq!(span(line, &[]), None);
    }
}
