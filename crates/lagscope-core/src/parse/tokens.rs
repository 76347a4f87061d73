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

/// The common case: ASCII text, where only bytes up to 0x20 can be whitespace. Padding runs and
/// tokens are skipped eight bytes at a time.
fn tokenize_ascii(line: &str) -> Vec<Token<'_>> {
    const SPACES: u64 = u64::from_ne_bytes([b' '; 8]);
    let bytes = line.as_bytes();
    let word_at = |index: usize| -> Option<u64> {
        bytes.get(index..index + 8).and_then(|chunk| chunk.try_into().ok()).map(u64::from_ne_bytes)
    };
    // Whether some byte of `word` is 0x20 or below (a whitespace candidate).
    let has_low_byte =
        |word: u64| word.wrapping_sub(0x2121_2121_2121_2121) & !word & 0x8080_8080_8080_8080 != 0;
    let mut tokens = Vec::with_capacity(12);
    let mut index = 0;
    while index < bytes.len() {
        while word_at(index) == Some(SPACES) {
            index += 8;
        }
        while index < bytes.len() && is_ascii_space(bytes[index]) {
            index += 1;
        }
        let start = index;
        while word_at(index).is_some_and(|word| !has_low_byte(word)) {
            index += 8;
        }
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
