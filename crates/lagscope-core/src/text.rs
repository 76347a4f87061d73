//! Turning pasted or uploaded bytes into text, and text into numbered lines.
//!
//! Terminals and editors hand us UTF-8 with or without a byte-order mark, UTF-16 with a BOM (what
//! PowerShell's `>` writes), and CRLF line ends (Windows, Grafana exports). Everything downstream sees
//! plain `&str` lines numbered from 1.

/// Decodes uploaded bytes: UTF-16 LE/BE when they start with that byte-order mark, UTF-8 otherwise.
///
/// A UTF-8 BOM is dropped. Invalid sequences become U+FFFD rather than failing, so one bad byte
/// never loses the rest of a file; the line that holds it will then be reported by the parser.
#[must_use]
pub fn decode(bytes: &[u8]) -> String {
    match bytes {
        [0xFF, 0xFE, rest @ ..] => decode_utf16(rest, u16::from_le_bytes),
        [0xFE, 0xFF, rest @ ..] => decode_utf16(rest, u16::from_be_bytes),
        [0xEF, 0xBB, 0xBF, rest @ ..] => String::from_utf8_lossy(rest).into_owned(),
        _ => String::from_utf8_lossy(bytes).into_owned(),
    }
}

/// How much of an input is looked at to tell text from a binary file.
const BINARY_SAMPLE_CHARS: usize = 4096;

/// Whether an input is a binary file (an archive, an image, a program) rather than text: its
/// first 4,096 characters hold a NUL, or more than one in ten of them are control characters or
/// bytes that were not text (decoded as U+FFFD). Looked at before any parsing, so a file dropped
/// by mistake costs nothing and says why nothing was read from it.
#[must_use]
pub fn looks_binary(text: &str) -> bool {
    let mut sampled = 0_usize;
    let mut odd = 0_usize;
    for character in text.chars().take(BINARY_SAMPLE_CHARS) {
        sampled += 1;
        match character {
            '\0' => return true,
            '\t' | '\n' | '\r' | '\u{c}' | '\u{1b}' => {}
            '\u{FFFD}' => odd += 1,
            character if character.is_control() => odd += 1,
            _ => {}
        }
    }
    sampled > 0 && odd * 10 > sampled
}

/// [`looks_binary`] for an input that starts with `head` (a stream's first buffer): decoded as the
/// whole input would be (a UTF-16 file's NULs are text), only as far as the check reads.
#[must_use]
pub fn head_looks_binary(head: &[u8]) -> bool {
    // At most four bytes a character, after a byte-order mark.
    const CHECKED_BYTES: usize = 4 * BINARY_SAMPLE_CHARS + 4;
    looks_binary(&decode(&head[..head.len().min(CHECKED_BYTES)]))
}

/// What a binary input is told: nothing was read from it.
#[must_use]
pub fn binary_diagnostic() -> crate::diagnostic::Diagnostic {
    crate::diagnostic::Diagnostic::error(1, crate::msg!("text-binary-input"))
}

/// [`decode`] for owned bytes: valid UTF-8 without a byte-order mark is reused, not copied (a
/// large file costs its size once, not twice).
#[must_use]
pub fn decode_owned(bytes: Vec<u8>) -> String {
    if !bytes.starts_with(&[0xFF, 0xFE])
        && !bytes.starts_with(&[0xFE, 0xFF])
        && !bytes.starts_with(&[0xEF, 0xBB, 0xBF])
    {
        match String::from_utf8(bytes) {
            Ok(text) => return text,
            Err(error) => return decode(error.as_bytes()),
        }
    }
    decode(&bytes)
}

fn decode_utf16(bytes: &[u8], to_unit: fn([u8; 2]) -> u16) -> String {
    let units = bytes.chunks(2).map(|pair| match *pair {
        [first, second] => to_unit([first, second]),
        // An odd trailing byte cannot be a code unit.
        _ => 0xFFFD,
    });
    char::decode_utf16(units).map(|unit| unit.unwrap_or(char::REPLACEMENT_CHARACTER)).collect()
}

/// The lines of `text` with their 1-based numbers.
///
/// `\n`, `\r\n` and a lone `\r` all end a line; a leading U+FEFF is dropped.
pub fn numbered_lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    Lines { rest: Some(text) }.enumerate().map(|(index, line)| (index + 1, line))
}

struct Lines<'a> {
    rest: Option<&'a str>,
}

impl<'a> Iterator for Lines<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let rest = self.rest?;
        // A vectorised search: a `char` pattern would look at every character in turn.
        if let Some(end) = memchr::memchr2(b'\n', b'\r', rest.as_bytes()) {
            let line = &rest[..end];
            let after = if rest[end..].starts_with("\r\n") { end + 2 } else { end + 1 };
            let remaining = &rest[after..];
            // A final line break does not start another (empty) line.
            self.rest = if remaining.is_empty() { None } else { Some(remaining) };
            Some(line)
        } else {
            self.rest = None;
            if rest.is_empty() { None } else { Some(rest) }
        }
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn a_binary_file_is_told_from_text() {
        // gzip's magic, then bytes that are not text.
        let mut gzip = vec![0x1f_u8, 0x8b, 0x08, 0x00];
        gzip.extend((0..4096_u32).map(|n| (n.wrapping_mul(2_654_435_761) >> 24) as u8));
        assert!(super::looks_binary(&super::decode(&gzip)));
        assert!(super::head_looks_binary(&gzip));
        assert!(super::looks_binary("PNG\0\0IHDR"));
        // A head past what the check reads: its text decides, not what follows.
        let mut long_head = "GROUP TOPIC PARTITION\n".repeat(2_000).into_bytes();
        long_head.extend_from_slice(&gzip);
        assert!(!super::head_looks_binary(&long_head));
        // UTF-16 from PowerShell: its NULs are text once decoded.
        let utf16: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("GROUP TOPIC\r\n".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        assert!(!super::head_looks_binary(&utf16));
        for text in ["GROUP TOPIC PARTITION\n", "한국어 덤프\tcolumns\r\n", "", "\u{1b}[1mbold\u{1b}[0m"]
        {
            assert!(!super::looks_binary(text), "{text:?}");
        }
    }

    use super::*;

    fn lines(text: &str) -> Vec<(usize, &str)> {
        numbered_lines(text).collect()
    }

    #[test]
    fn line_ends_of_every_kind() {
        assert_eq!(lines("a\nb\r\nc\rd"), vec![(1, "a"), (2, "b"), (3, "c"), (4, "d")]);
        assert_eq!(lines("a\n\nb\n"), vec![(1, "a"), (2, ""), (3, "b")]);
        assert_eq!(lines(""), vec![]);
        assert_eq!(lines("\u{FEFF}x"), vec![(1, "x")]);
    }

    #[test]
    fn decodes_boms_and_utf16() {
        assert_eq!(decode(b"\xEF\xBB\xBFhi"), "hi");
        assert_eq!(decode(b"\xFF\xFEh\0i\0"), "hi");
        assert_eq!(decode(b"\xFE\xFF\0h\0i"), "hi");
        assert_eq!(decode(b"\xFF\xFEh\0i"), "h\u{FFFD}");
        assert_eq!(decode(b"ok \xFF"), "ok \u{FFFD}");
        assert_eq!(decode_owned(b"\xEF\xBB\xBFhi".to_vec()), "hi");
        assert_eq!(decode_owned(b"ok \xFF".to_vec()), "ok \u{FFFD}");
        assert_eq!(decode_owned(b"\xFF\xFEh\0".to_vec()), "h");
    }
}
