//! A window of a large input parsed on every core: cut into pieces at line breaks, each read by
//! a parser of its own, joined in order. Threads out of pieces read the next window of a file
//! ([`NextReads`]).

use lagscope_core::parse::{ParseOptions, Parser as LineParser};

use crate::windows::NextReads;

/// How many cores a large input is read on: every one, or `LAGSCOPE_THREADS` (`1` reads on one
/// core, for comparisons and measurements).
pub(crate) fn cores() -> usize {
    std::env::var("LAGSCOPE_THREADS")
        .ok()
        .and_then(|threads| threads.parse::<usize>().ok())
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, std::num::NonZero::get))
        .clamp(1, MAX_CORES)
}

/// Reads a window of a lag CSV (whole lines) into `blocks`, cut at line breaks into one piece per
/// core: the first piece on this thread, the others as parts read at the same time and joined in
/// order; each thread then runs what is left of `reads`. `false` when a piece is not plain UTF-8
/// text (the file is then read whole).
pub(crate) fn push_on_every_core(
    blocks: &mut lagscope_core::series::BlockImport,
    window: &[u8],
    n_cores: usize,
    reads: &NextReads<'_>,
) -> bool {
    if n_cores < 2 || window.len() < MIN_PIECE_BYTES.saturating_mul(2) {
        return simdutf8::basic::from_utf8(window).is_ok_and(|text| blocks.push(text));
    }
    // Each piece ends with its last line break (the window's last piece: with whatever remains).
    let mut pieces = Vec::with_capacity(n_cores);
    let mut start = 0;
    for index in 1..n_cores {
        let target = (window.len() / n_cores).saturating_mul(index).max(start);
        if let Some(offset) = window.get(target..).and_then(|rest| memchr::memchr(b'\n', rest)) {
            let end = target + offset + 1;
            pieces.push(&window[start..end]);
            start = end;
        }
    }
    pieces.push(&window[start..]);
    let Some((first, later_pieces)) = pieces.split_first() else { return true };
    let parts: Vec<_> = later_pieces.iter().map(|_| blocks.part()).collect();
    let (first_read, parts) = std::thread::scope(|scope| {
        let workers: Vec<_> = parts
            .into_iter()
            .zip(later_pieces)
            .map(|(mut part, piece)| {
                scope.spawn(move || {
                    let part =
                        simdutf8::basic::from_utf8(piece).is_ok_and(|text| part.push(text)).then_some(part);
                    reads.run();
                    part
                })
            })
            .collect();
        let first_read = simdutf8::basic::from_utf8(first).is_ok_and(|text| blocks.push(text));
        reads.run();
        let parts: Vec<_> = workers
            .into_iter()
            .map(|worker| worker.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic)))
            .collect();
        (first_read, parts)
    });
    if !first_read {
        return false;
    }
    for part in parts {
        let Some(part) = part else { return false };
        blocks.absorb(part);
    }
    true
}

/// The most cores a parse uses.
const MAX_CORES: usize = 8;

/// Parses whole lines (`bytes` without its last line break) with `parser`, cut into a few pieces
/// per core where `split_points` says; a piece read apart joins the parser with `absorb`, or, when
/// its reading could have depended on the lines before it, is read again by `parser`. The outcome
/// is always that of reading the lines in order with `parser`.
///
/// `parser` reads the first piece; the threads (this one after it) then take the other pieces
/// one at a time, so that a thread held up leaves more of them to the others instead of keeping
/// everyone waiting at the end of the window, and then run what is left of `reads`.
pub(crate) fn parse_window(
    parser: &mut LineParser,
    bytes: &[u8],
    options: ParseOptions,
    n_cores: usize,
    reads: &NextReads<'_>,
) {
    if n_cores < 2 || bytes.len() < MIN_PIECE_BYTES.saturating_mul(2) {
        return push_lines(parser, bytes);
    }
    // Pieces start at line starts, so each is checked for UTF-8 where it is read, as the whole
    // would be.
    let n_pieces = n_cores.saturating_mul(PIECES_PER_CORE).min(bytes.len() / MIN_PIECE_BYTES);
    let points = lagscope_core::parse::split_points(bytes, n_pieces);
    let mut bounds = Vec::with_capacity(points.len() + 2);
    bounds.push(0);
    bounds.extend(points);
    bounds.push(bytes.len() + 1);
    // Each piece without the line break before the next one.
    let pieces: Vec<&[u8]> = bounds.windows(2).map(|pair| &bytes[pair[0]..pair[1] - 1]).collect();
    let Some((first, later_pieces)) = pieces.split_first() else { return };
    let window_first_line = parser.lines_read().saturating_add(1);
    // Each piece's line count, counted once by whichever thread first needs it.
    let line_counts: Vec<std::sync::OnceLock<usize>> =
        pieces.iter().map(|_| std::sync::OnceLock::new()).collect();
    let next_piece = std::sync::atomic::AtomicUsize::new(0);
    let take_pieces = || {
        let mut parsed = Vec::new();
        loop {
            let index = next_piece.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            let Some(piece) = later_pieces.get(index) else {
                reads.run();
                return parsed;
            };
            let first_line =
                pieces[..=index].iter().zip(&line_counts).fold(window_first_line, |line, (before, count)| {
                    line.saturating_add(*count.get_or_init(|| count_lines(before)))
                });
            let mut piece_parser = LineParser::starting_at_line(options, first_line);
            push_lines(&mut piece_parser, piece);
            parsed.push((index, piece_parser));
        }
    };
    let mut parsed: Vec<(usize, LineParser)> = std::thread::scope(|scope| {
        let workers: Vec<_> = (1..n_cores).map(|_| scope.spawn(take_pieces)).collect();
        push_lines(parser, first);
        let mut parsed = take_pieces();
        for worker in workers {
            parsed.extend(worker.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic)));
        }
        parsed
    });
    parsed.sort_unstable_by_key(|(index, _)| *index);
    for ((_, piece_parser), piece) in parsed.into_iter().zip(later_pieces) {
        if !parser.absorb(piece_parser) {
            push_lines(parser, piece);
        }
    }
}

/// Pieces per core in a window: enough that the threads end a window close together.
const PIECES_PER_CORE: usize = 8;

/// Below this, a window is read on one core: starting threads would cost more than it saves.
const MIN_PIECE_BYTES: usize = 1 << 19;

/// How many lines `push_lines` gives the parser for `text`.
fn count_lines(text: &[u8]) -> usize {
    if memchr::memchr(b'\r', text).is_none() {
        return memchr::memchr_iter(b'\n', text).count() + 1;
    }
    text.split(|byte| *byte == b'\n')
        .map(|line| {
            let line = line.strip_suffix(b"\r").unwrap_or(line);
            1 + memchr::memchr_iter(b'\r', line).count()
        })
        .sum()
}

/// Feeds whole lines (`bytes` without its last line break) to `parser`. A block that is valid
/// UTF-8 (nearly every one) is checked once; otherwise each line is decoded on its own, with
/// U+FFFD for what is not UTF-8, so one bad byte changes one line.
pub(crate) fn push_lines(parser: &mut LineParser, bytes: &[u8]) {
    // A lone CR ends a line too, as in the core's `numbered_lines` (old Mac captures).
    let push = |parser: &mut LineParser, line: &str| {
        let line = line.strip_suffix('\r').unwrap_or(line);
        for piece in line.split('\r') {
            parser.push_line(piece);
        }
    };
    if let Ok(text) = simdutf8::basic::from_utf8(bytes) {
        if memchr::memchr(b'\r', bytes).is_none() {
            // Nearly every input: lines end at LF alone, found a block at a time.
            let mut start = 0;
            for end in memchr::memchr_iter(b'\n', bytes) {
                parser.push_line(&text[start..end]);
                start = end + 1;
            }
            parser.push_line(&text[start..]);
            return;
        }
        for line in text.split('\n') {
            push(parser, line);
        }
    } else {
        for line in bytes.split(|byte| *byte == b'\n') {
            push(parser, &String::from_utf8_lossy(line));
        }
    }
}
