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

/// The common case: ASCII text, where only bytes up to 0x20 can be whitespace.
fn tokenize_ascii(line: &str) -> Vec<Token<'_>> {
    let mut tokens = Vec::with_capacity(12);
    each_ascii_token(line, |token| {
        tokens.push(token);
        true
    });
    tokens
}

impl Token<'_> {
    /// A placeholder, for arrays of tokens.
    pub(crate) const EMPTY: Token<'static> = Token { text: "", start: 0, end: 0 };
}

/// The tokens of an ASCII `line` into `tokens`, without allocating: how many there are, or `None`
/// when there are more than `tokens` holds.
pub(crate) fn tokenize_ascii_into<'a>(line: &'a str, tokens: &mut [Token<'a>]) -> Option<usize> {
    let mut count = 0;
    let fits = each_ascii_token(line, |token| {
        let Some(slot) = tokens.get_mut(count) else { return false };
        *slot = token;
        count += 1;
        true
    });
    fits.then_some(count)
}

/// Gives each token of an ASCII `line` to `take`, until it answers `false`; whether every token
/// was taken. Eight bytes are read at a time, and a padding run or a token ends at the first byte
/// that says so, found without a loop over bytes.
fn each_ascii_token<'a>(line: &'a str, mut take: impl FnMut(Token<'a>) -> bool) -> bool {
    const SPACES: u64 = u64::from_le_bytes([b' '; 8]);
    let bytes = line.as_bytes();
    let word_at = |index: usize| -> Option<u64> {
        bytes.get(index..index + 8).and_then(|chunk| chunk.try_into().ok()).map(u64::from_le_bytes)
    };
    // The first byte of `word` at 0x20 or below (a whitespace candidate) has its high bit set:
    // the bytes before it are ASCII above 0x20, so no borrow reaches it, and none is set before
    // it (later ones may be, wrongly, and are never read).
    let low_bytes = |word: u64| word.wrapping_sub(0x2121_2121_2121_2121) & !word & 0x8080_8080_8080_8080;
    // Where the first set bit of `mask` is, in bytes (words are read little-end first).
    let first_byte = |mask: u64| (mask.trailing_zeros() / 8) as usize;
    let mut index = 0;
    while index < bytes.len() {
        // Padding: whole words of spaces, then the first byte that is not a space.
        loop {
            match word_at(index) {
                Some(SPACES) => index += 8,
                Some(word) => {
                    index += first_byte(word ^ SPACES);
                    if !is_ascii_space(bytes[index]) {
                        break;
                    }
                    index += 1;
                }
                None => {
                    while index < bytes.len() && is_ascii_space(bytes[index]) {
                        index += 1;
                    }
                    break;
                }
            }
        }
        let start = index;
        // The token: whole words without a low byte, then the first whitespace byte.
        loop {
            match word_at(index) {
                Some(word) if low_bytes(word) == 0 => index += 8,
                Some(word) => {
                    index += first_byte(low_bytes(word));
                    if is_ascii_space(bytes[index]) {
                        break;
                    }
                    // A control character inside the token.
                    index += 1;
                }
                None => {
                    while index < bytes.len() && !is_ascii_space(bytes[index]) {
                        index += 1;
                    }
                    break;
                }
            }
        }
        if index > start && !take(Token { text: &line[start..index], start, end: index }) {
            return false;
        }
    }
    true
}

/// What `char::is_whitespace` says for ASCII: space, tab, LF, VT, FF and CR (not the separators
/// 0x1C–0x1F, which Unicode does not count as white space), so ASCII and other lines split alike.
fn is_ascii_space(byte: u8) -> bool {
    matches!(byte, b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r')
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
    fn tokenizing_into_an_array_gives_the_same_tokens_or_says_it_is_too_small() {
        let line = "  group-a  orders 3\t17   -  ";
        let mut tokens = [Token::EMPTY; 5];
        assert_eq!(tokenize_ascii_into(line, &mut tokens), Some(5));
        assert_eq!(tokens.as_slice(), tokenize(line).as_slice());
        let mut too_few = [Token::EMPTY; 4];
        assert_eq!(tokenize_ascii_into(line, &mut too_few), None);
        let mut none = [Token::EMPTY; 2];
        assert_eq!(tokenize_ascii_into("   ", &mut none), Some(0));
    }

    #[test]
    fn ascii_tokens_are_those_of_char_whitespace_whatever_the_spacing() {
        // Every mix of spaces, tabs, other whitespace and control characters at every offset of
        // an eight-byte word, against the `char::is_whitespace` split.
        let pieces =
            ["a", "bc", "defghijkl", " ", "  ", "         ", "\t", "\x1f", "\x01", "x\x07y", "\r", "\x0b"];
        let mut state = 7_u64;
        for _ in 0..20_000 {
            let mut line = String::new();
            let n_pieces = (state % 13) as usize;
            for _ in 0..n_pieces {
                state = state.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
                line.push_str(pieces[((state >> 33) % pieces.len() as u64) as usize]);
            }
            state = state.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
            let expected: Vec<&str> =
                line.split(char::is_whitespace).filter(|piece| !piece.is_empty()).collect();
            let texts: Vec<&str> = tokenize(&line).iter().map(|token| token.text).collect();
            assert_eq!(texts, expected, "{line:?}");
            for token in tokenize(&line) {
                assert_eq!(&line[token.start..token.end], token.text);
            }
        }
    }

    #[test]
    fn span_keeps_inner_spacing() {
        let line = "x host:9092  (2) y";
        let tokens = tokenize(line);
        assert_eq!(span(line, &tokens[1..3]), Some("host:9092  (2)"));
        assert_eq!(span(line, &[]), None);
    }
}
