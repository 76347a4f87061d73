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

/// Whether `line` is ASCII. `str::is_ascii` reads the bytes after its last 64-byte block one at a
/// time, which is half of a dump row; eight at a time here, the tail included.
pub(crate) fn is_ascii(line: &str) -> bool {
    let (words, tail) = line.as_bytes().as_chunks::<8>();
    let high_bits = words.iter().fold(0_u64, |bits, word| bits | u64::from_le_bytes(*word))
        | tail.iter().fold(0_u64, |bits, byte| bits | u64::from(*byte));
    high_bits & 0x8080_8080_8080_8080 == 0
}

/// The tokens of `line`, in order.
pub(crate) fn tokenize(line: &str) -> Vec<Token<'_>> {
    if is_ascii(line) {
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
#[cfg_attr(
    any(target_arch = "x86_64", target_arch = "wasm32"),
    allow(dead_code, reason = "other targets' plain rows, and the reference for the SIMD split in tests")
)]
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

/// The tokens of a plain row into `tokens`: how many there are, or `None` when the line is not
/// ASCII, holds a `$` (a prompt) or a `|` (cells between bars), or has more tokens than `tokens`
/// holds. The row a large dump is made of; its other lines go the general way.
pub(crate) fn tokenize_plain_row<'a>(line: &'a str, tokens: &mut [Token<'a>]) -> Option<usize> {
    #[cfg(any(target_arch = "x86_64", target_arch = "wasm32"))]
    {
        tokenize_plain_row_by_blocks(line, tokens)
    }
    #[cfg(not(any(target_arch = "x86_64", target_arch = "wasm32")))]
    {
        tokenize_plain_row_by_words(line, tokens)
    }
}

/// [`tokenize_plain_row`] on any target: the line checked, then split eight bytes at a time.
#[cfg_attr(
    any(target_arch = "x86_64", target_arch = "wasm32"),
    allow(dead_code, reason = "other targets' plain rows, and the reference for the SIMD split in tests")
)]
fn tokenize_plain_row_by_words<'a>(line: &'a str, tokens: &mut [Token<'a>]) -> Option<usize> {
    if !is_ascii(line) || memchr::memchr2(b'$', b'|', line.as_bytes()).is_some() {
        return None;
    }
    tokenize_ascii_into(line, tokens)
}

/// [`tokenize_plain_row`] with SIMD (SSE2 on every `x86_64` processor, WebAssembly's 128-bit SIMD
/// in the browser): each 64-byte block of the line is read once, sixteen bytes at a time, into a
/// bit per byte for whitespace and one for what is not plain; tokens are then found from the bits.
#[cfg(any(target_arch = "x86_64", target_arch = "wasm32"))]
fn tokenize_plain_row_by_blocks<'a>(line: &'a str, tokens: &mut [Token<'a>]) -> Option<usize> {
    let bytes = line.as_bytes();
    let (blocks, tail) = bytes.as_chunks::<64>();
    // The tail, padded with spaces: whitespace after the line ends its last token.
    let mut padded_tail = [b' '; 64];
    padded_tail[..tail.len()].copy_from_slice(tail);
    let mut n_tokens = 0;
    let mut token_start: Option<usize> = None;
    let mut not_plain = 0_u64;
    for (block_index, block) in blocks.iter().chain((!tail.is_empty()).then_some(&padded_tail)).enumerate() {
        let (spaces, odd) = block_bits(block);
        not_plain |= odd;
        let base = block_index * 64;
        let mut from = 0_u32;
        while from < 64 {
            let ahead = u64::MAX << from;
            let Some(start) = token_start else {
                let starts = !spaces & ahead;
                if starts == 0 {
                    break;
                }
                from = starts.trailing_zeros();
                token_start = Some(base + from as usize);
                continue;
            };
            let ends = spaces & ahead;
            if ends == 0 {
                break;
            }
            from = ends.trailing_zeros();
            let end = base + from as usize;
            *tokens.get_mut(n_tokens)? = Token { text: line.get(start..end)?, start, end };
            n_tokens += 1;
            token_start = None;
        }
    }
    if let Some(start) = token_start {
        // A token up to the end of a line of whole blocks.
        *tokens.get_mut(n_tokens)? = Token { text: line.get(start..)?, start, end: line.len() };
        n_tokens += 1;
    }
    (not_plain == 0).then_some(n_tokens)
}

/// For each byte of `block`, a bit: in the first word when it is whitespace (as
/// [`is_ascii_space`] says), in the second when it is not ASCII, a `$` or a `|`.
#[cfg(target_arch = "x86_64")]
fn block_bits(block: &[u8; 64]) -> (u64, u64) {
    use safe_arch::{
        bitor_m128i, cmp_eq_mask_i8_m128i, load_unaligned_m128i, min_u8_m128i, move_mask_i8_m128i,
        set_splat_i8_m128i, sub_i8_m128i,
    };
    let (sixteens, _) = block.as_chunks::<16>();
    let mut spaces = 0_u64;
    let mut odd = 0_u64;
    for (index, sixteen) in sixteens.iter().enumerate() {
        let bytes = load_unaligned_m128i(sixteen);
        let is = |byte: u8| cmp_eq_mask_i8_m128i(bytes, set_splat_i8_m128i(byte.cast_signed()));
        // Tab to CR: the byte less 9 is at most 4, unsigned.
        let less_tab = sub_i8_m128i(bytes, set_splat_i8_m128i(9));
        let control_space = cmp_eq_mask_i8_m128i(min_u8_m128i(less_tab, set_splat_i8_m128i(4)), less_tab);
        let space = bitor_m128i(is(b' '), control_space);
        // A byte past ASCII has its high bit set already.
        let not_plain = bitor_m128i(bitor_m128i(is(b'$'), is(b'|')), bytes);
        let shift = 16 * index;
        spaces |= u64::from(move_mask_i8_m128i(space).cast_unsigned() & 0xFFFF) << shift;
        odd |= u64::from(move_mask_i8_m128i(not_plain).cast_unsigned() & 0xFFFF) << shift;
    }
    (spaces, odd)
}

/// [`block_bits`] with WebAssembly's 128-bit SIMD, in the same steps as with SSE2. The module that
/// holds it needs a browser with WebAssembly SIMD (Chrome and Edge 91, Firefox 89, Safari 16.4):
/// only the modules that read dumps hold it (the analysis worker's and the Playground's), never
/// the page's own.
/// The sixteen bytes are named one by one, which the compiler reads as one `v128.load`.
#[cfg(target_arch = "wasm32")]
#[target_feature(enable = "simd128")]
fn block_bits(block: &[u8; 64]) -> (u64, u64) {
    use core::arch::wasm32::{u8x16, u8x16_bitmask, u8x16_eq, u8x16_min, u8x16_splat, u8x16_sub, v128_or};
    let (sixteens, _) = block.as_chunks::<16>();
    let mut spaces = 0_u64;
    let mut odd = 0_u64;
    for (index, sixteen) in sixteens.iter().enumerate() {
        let [b0, b1, b2, b3, b4, b5, b6, b7, b8, b9, b10, b11, b12, b13, b14, b15] = *sixteen;
        let bytes = u8x16(b0, b1, b2, b3, b4, b5, b6, b7, b8, b9, b10, b11, b12, b13, b14, b15);
        // Tab to CR: the byte less 9 is at most 4, unsigned.
        let less_tab = u8x16_sub(bytes, u8x16_splat(9));
        let control_space = u8x16_eq(u8x16_min(less_tab, u8x16_splat(4)), less_tab);
        let space = v128_or(u8x16_eq(bytes, u8x16_splat(b' ')), control_space);
        // A byte past ASCII has its high bit set already.
        let prompt_or_bar = v128_or(u8x16_eq(bytes, u8x16_splat(b'$')), u8x16_eq(bytes, u8x16_splat(b'|')));
        let not_plain = v128_or(prompt_or_bar, bytes);
        let shift = 16 * index;
        spaces |= u64::from(u8x16_bitmask(space)) << shift;
        odd |= u64::from(u8x16_bitmask(not_plain)) << shift;
    }
    (spaces, odd)
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
        let mut rng = crate::sim::rng::Rng::new(7);
        let mut next = |bound: usize| (rng.next_u64() % bound as u64) as usize;
        for _ in 0..20_000 {
            let mut line = String::new();
            for _ in 0..next(13) {
                line.push_str(pieces[next(pieces.len())]);
            }
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
    fn plain_rows_split_alike_by_blocks_and_by_words() {
        // Lines around the 16- and 64-byte steps of the block reader, with whitespace, control
        // characters, prompts, bars and non-ASCII text at every offset.
        let pieces = [
            "a",
            "bc",
            "defghijkl",
            " ",
            "  ",
            "               ",
            "\t",
            "\x1f",
            "\x01",
            "\r",
            "\x0b",
            "\x0c",
            "$",
            "|",
            "é",
            "한",
            "consumer-1-4c5d45d4-906e-43d0-f44d6f0b43b4",
            "/10.0.0.1",
        ];
        let mut rng = crate::sim::rng::Rng::new(11);
        let mut next = |bound: usize| (rng.next_u64() % bound as u64) as usize;
        for _ in 0..40_000 {
            let mut line = String::new();
            for _ in 0..next(40) {
                // Mostly plain pieces, so that most lines are plain rows.
                let index = next(pieces.len());
                let index = if (12..16).contains(&index) && next(5) != 0 { 0 } else { index };
                line.push_str(pieces[index]);
            }
            for capacity in [4, MAX_TOKENS] {
                let mut by_words = [Token::EMPTY; MAX_TOKENS];
                let mut by_blocks = [Token::EMPTY; MAX_TOKENS];
                let n_by_words = tokenize_plain_row_by_words(&line, &mut by_words[..capacity]);
                let n_by_blocks = tokenize_plain_row(&line, &mut by_blocks[..capacity]);
                assert_eq!(n_by_blocks, n_by_words, "{line:?}");
                if let Some(n_tokens) = n_by_words {
                    assert_eq!(by_blocks[..n_tokens], by_words[..n_tokens], "{line:?}");
                }
            }
        }
    }

    const MAX_TOKENS: usize = 64;

    #[test]
    fn span_keeps_inner_spacing() {
        let line = "x host:9092  (2) y";
        let tokens = tokenize(line);
        assert_eq!(span(line, &tokens[1..3]), Some("host:9092  (2)"));
        assert_eq!(span(line, &[]), None);
    }
}
