//! Reading a large input a window of whole lines at a time, so that memory stays a few windows
//! whatever the size of the input: a file at offsets, by the threads that parse the window
//! before ([`read_file_windows`]); a pipe through a thread that reads ahead
//! ([`read_stream_windows`]).

use std::io::Read;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, OnceLock, PoisonError};

/// How much of the input is read (and parsed on several cores) at once.
pub(crate) const WINDOW_BYTES: usize = 8 << 20;

/// The chunks a window of a file is read in: a few per core, so that the threads that run them
/// at the end of a window end it close together.
const READ_CHUNK_BYTES: usize = 1 << 19;

/// Reads the regular file `file` in windows of whole lines, as [`read_stream_windows`] reads a
/// pipe (with the same windows, where no line is longer than a window). The next window is read
/// at its offset, in chunks, while `read` works on this one: `read` gets those reads
/// ([`NextReads`]) for its threads to run when they have nothing else to do, so that no thread
/// of its own competes with them for a core. What they leave is read when `read` returns. A
/// window starts at the first line its predecessor did not hold (that line is read again rather
/// than copied over), and a line longer than a window doubles the window. Memory is two windows.
pub(crate) fn read_file_windows(
    file: &std::fs::File,
    n_cores: usize,
    mut read: impl FnMut(&[u8], bool, &NextReads<'_>) -> bool,
) -> std::io::Result<()> {
    let mut window = vec![0_u8; WINDOW_BYTES];
    let mut next = vec![0_u8; WINDOW_BYTES];
    let mut start = 0_u64;
    let mut filled = read_on_every_core(file, start, &mut window, n_cores)?;
    loop {
        // Chunks are read whole unless the file ends: a window read short is the last.
        let is_last = filled < window.len();
        let end = if is_last {
            filled
        } else if let Some(offset) = memchr::memrchr(b'\n', &window) {
            offset + 1
        } else {
            // A line longer than a window (or lines that end in CR alone): a window twice as long,
            // its pages untouched until read into.
            let size = window.len().saturating_mul(2);
            window = vec![0_u8; size];
            next = vec![0_u8; size];
            filled = read_on_every_core(file, start, &mut window, n_cores)?;
            continue;
        };
        if is_last {
            if end > 0 {
                read(&window[..end], true, &NextReads::none());
            }
            return Ok(());
        }
        let next_start = start.saturating_add(end as u64);
        let reads = NextReads::at(file, next_start, &mut next);
        if !read(&window[..end], false, &reads) {
            return Ok(());
        }
        filled = reads.finish()?;
        std::mem::swap(&mut window, &mut next);
        start = next_start;
    }
}

/// Fills `window` from `file` at `offset` on `n_cores` threads: how many bytes it holds.
fn read_on_every_core(
    file: &std::fs::File,
    offset: u64,
    window: &mut [u8],
    n_cores: usize,
) -> std::io::Result<usize> {
    let reads = NextReads::at(file, offset, window);
    if n_cores > 1 {
        std::thread::scope(|scope| {
            for _ in 1..n_cores {
                scope.spawn(|| reads.run());
            }
            reads.run();
        });
    }
    reads.finish()
}

/// The reads that fill the next window of a file, in chunks that any thread runs
/// ([`NextReads::run`]) when it is out of work; none for a pipe.
pub(crate) struct NextReads<'a> {
    file: Option<&'a std::fs::File>,
    /// Each chunk, until a thread takes it.
    chunks: Vec<Mutex<Option<Chunk<'a>>>>,
    chunk_lengths: Vec<usize>,
    /// How many bytes each chunk read.
    read: Vec<OnceLock<std::io::Result<usize>>>,
    next_chunk: AtomicUsize,
}

/// Where a chunk is in the file, and its bytes in the window.
struct Chunk<'a> {
    offset: u64,
    bytes: &'a mut [u8],
}

impl std::fmt::Debug for NextReads<'_> {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter
            .debug_struct("NextReads")
            .field("chunk_lengths", &self.chunk_lengths)
            .finish_non_exhaustive()
    }
}

impl<'a> NextReads<'a> {
    /// Nothing to read.
    pub(crate) fn none() -> Self {
        Self {
            file: None,
            chunks: Vec::new(),
            chunk_lengths: Vec::new(),
            read: Vec::new(),
            next_chunk: AtomicUsize::new(0),
        }
    }

    /// The reads of `window` from `file` at `offset`.
    fn at(file: &'a std::fs::File, offset: u64, window: &'a mut [u8]) -> Self {
        let chunk_lengths: Vec<usize> = window.chunks(READ_CHUNK_BYTES).map(<[u8]>::len).collect();
        let mut chunk_offset = offset;
        let chunks = window
            .chunks_mut(READ_CHUNK_BYTES)
            .map(|chunk| {
                let at = chunk_offset;
                chunk_offset = chunk_offset.saturating_add(chunk.len() as u64);
                Mutex::new(Some(Chunk { offset: at, bytes: chunk }))
            })
            .collect();
        let read = chunk_lengths.iter().map(|_| OnceLock::new()).collect();
        Self { file: Some(file), chunks, chunk_lengths, read, next_chunk: AtomicUsize::new(0) }
    }

    /// Reads chunks no other thread has taken, until none is left.
    pub(crate) fn run(&self) {
        let Some(file) = self.file else { return };
        loop {
            let index = self.next_chunk.fetch_add(1, Ordering::Relaxed);
            let (Some(chunk), Some(read)) = (self.chunks.get(index), self.read.get(index)) else { return };
            let taken = chunk.lock().unwrap_or_else(PoisonError::into_inner).take();
            if let Some(Chunk { offset, bytes }) = taken {
                let _ = read.set(read_at_most(file, bytes, offset));
            }
        }
    }

    /// Reads what is left; how many bytes the window holds from its start (up to the first chunk
    /// the end of the file cut short).
    fn finish(self) -> std::io::Result<usize> {
        self.run();
        let mut filled = 0_usize;
        for (read, length) in self.read.into_iter().zip(self.chunk_lengths) {
            let n_read = read.into_inner().unwrap_or(Ok(0))?;
            filled = filled.saturating_add(n_read);
            if n_read < length {
                break;
            }
        }
        Ok(filled)
    }
}

/// Fills `bytes` from `file` at `offset`, short only at the end of the file: how many bytes.
fn read_at_most(file: &std::fs::File, bytes: &mut [u8], offset: u64) -> std::io::Result<usize> {
    let mut filled = 0;
    while filled < bytes.len() {
        match read_at(file, &mut bytes[filled..], offset.saturating_add(filled as u64)) {
            Ok(0) => break,
            Ok(n_read) => filled += n_read,
            Err(error) if error.kind() == std::io::ErrorKind::Interrupted => {}
            Err(error) => return Err(error),
        }
    }
    Ok(filled)
}

#[cfg(unix)]
fn read_at(file: &std::fs::File, bytes: &mut [u8], offset: u64) -> std::io::Result<usize> {
    std::os::unix::fs::FileExt::read_at(file, bytes, offset)
}

#[cfg(windows)]
fn read_at(file: &std::fs::File, bytes: &mut [u8], offset: u64) -> std::io::Result<usize> {
    std::os::windows::fs::FileExt::seek_read(file, bytes, offset)
}

#[cfg(not(any(unix, windows)))]
fn read_at(_: &std::fs::File, _: &mut [u8], _: u64) -> std::io::Result<usize> {
    Err(std::io::ErrorKind::Unsupported.into())
}

/// Whether `file` is read by [`read_file_windows`]: a regular file, on a system that reads at
/// offsets, not yet read into (a descriptor shared with a reader before, as `/dev/fd/N` may be,
/// is read as a stream from where it stands).
pub(crate) fn reads_at_offsets(file: &std::fs::File) -> bool {
    use std::io::Seek as _;
    let mut handle = file;
    cfg!(any(unix, windows))
        && file.metadata().is_ok_and(|metadata| metadata.is_file())
        && handle.stream_position().is_ok_and(|position| position == 0)
}

/// Reads `reader` (a pipe) in windows of whole lines, about [`WINDOW_BYTES`] each: `read` gets
/// each window up to and with its last line break (the last window: whatever remains), whether it
/// is the last, and no reads to run (see [`NextReads`]), and stops the reading by answering
/// `false`. What follows a window's last line break waits for the next one, so memory stays a few
/// windows, whatever the input. The first window is read here (a reader that stops at it, as
/// `analyze` does with a file that is no lag CSV, has read no more); after it, the next window is
/// read on a thread of its own while `read` works on this one, unless `n_cores` is 1.
pub(crate) fn read_stream_windows(
    reader: impl Read + Send,
    n_cores: usize,
    mut read: impl FnMut(&[u8], bool, &NextReads<'_>) -> bool,
) -> std::io::Result<()> {
    let no_reads = NextReads::none();
    let mut read = |window: &[u8], is_last: bool| read(window, is_last, &no_reads);
    let mut windows = WindowReader { reader, window: new_window(), searched: 0 };
    let Some(first) = windows.next(&mut new_window)? else { return Ok(()) };
    if !read(&first.bytes[..first.end], first.is_last) || first.is_last {
        return Ok(());
    }
    if n_cores < 2 {
        // One core: each window in turn, its buffer filled again for the next.
        let mut spare = Some(first.bytes);
        loop {
            let next = windows.next(&mut || spare.take().unwrap_or_else(new_window))?;
            let Some(window) = next else { return Ok(()) };
            let go_on = read(&window.bytes[..window.end], window.is_last);
            spare = Some(window.bytes);
            if !go_on {
                return Ok(());
            }
        }
    }
    let (full_sender, full) = std::sync::mpsc::sync_channel::<Window>(1);
    // Windows `read` is done with, to be filled again rather than allocated (and zeroed) anew.
    let (spare_sender, spare) = std::sync::mpsc::channel::<Vec<u8>>();
    let _ = spare_sender.send(first.bytes);
    std::thread::scope(|scope| {
        let reading = scope.spawn(move || -> std::io::Result<()> {
            let mut spare_window = || spare.try_recv().unwrap_or_else(|_| new_window());
            while let Some(window) = windows.next(&mut spare_window)? {
                // A receiver that is gone wanted no more.
                if full_sender.send(window).is_err() {
                    break;
                }
            }
            Ok(())
        });
        for window in &full {
            let go_on = read(&window.bytes[..window.end], window.is_last);
            // The reader may have stopped already: then the window is simply dropped.
            let _ = spare_sender.send(window.bytes);
            if !go_on {
                break;
            }
        }
        // Stops the reader at its next window.
        drop(full);
        reading.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic))
    })
}

/// A window of whole lines: `bytes[..end]` (what follows is the start of the next window).
struct Window {
    bytes: Vec<u8>,
    end: usize,
    is_last: bool,
}

fn new_window() -> Vec<u8> {
    Vec::with_capacity(WINDOW_BYTES + (1 << 20))
}

/// Cuts what `reader` gives into [`Window`]s.
struct WindowReader<R> {
    reader: R,
    /// The next window, as far as it is read.
    window: Vec<u8>,
    /// The window's bytes before this hold no line break (a line longer than a window, or CR-only
    /// line ends): only what was read since is searched, so a text without `\n` stays linear.
    searched: usize,
}

impl<R: Read> WindowReader<R> {
    /// The next window (`None` at the end), its remainder moved into a buffer from `spare`.
    fn next(&mut self, spare: &mut dyn FnMut() -> Vec<u8>) -> std::io::Result<Option<Window>> {
        loop {
            // Straight into the window, past the reader's buffer once that is empty.
            let wanted = WINDOW_BYTES.saturating_sub(self.window.len()).max(1 << 16);
            if (&mut self.reader).take(wanted as u64).read_to_end(&mut self.window)? == 0 {
                if self.window.is_empty() {
                    return Ok(None);
                }
                let bytes = std::mem::take(&mut self.window);
                let end = bytes.len();
                return Ok(Some(Window { bytes, end, is_last: true }));
            }
            if self.window.len() < WINDOW_BYTES {
                continue;
            }
            if let Some(offset) = memchr::memrchr(b'\n', &self.window[self.searched..]) {
                let end = self.searched + offset + 1;
                let mut next = spare();
                next.clear();
                next.extend_from_slice(&self.window[end..]);
                let bytes = std::mem::replace(&mut self.window, next);
                self.searched = 0;
                return Ok(Some(Window { bytes, end, is_last: false }));
            }
            self.searched = self.window.len();
        }
    }
}

#[cfg(test)]
mod tests {
    use std::io::Write as _;

    use super::*;

    /// Each window `read_file_windows` and `read_stream_windows` give for `input`, with whether
    /// it is the last, on `n_cores`.
    fn windows_of(input: &[u8], n_cores: usize) -> [Vec<(Vec<u8>, bool)>; 2] {
        let path = std::env::temp_dir().join(format!(
            "lagscope-windows-{}-{n_cores}-{}.txt",
            std::process::id(),
            input.len()
        ));
        std::fs::write(&path, input).unwrap();
        let file = std::fs::File::open(&path).unwrap();
        assert!(reads_at_offsets(&file));
        let mut by_offsets = Vec::new();
        read_file_windows(&file, n_cores, |window, is_last, reads| {
            by_offsets.push((window.to_vec(), is_last));
            // Half the reads on a thread of their own, as a parse's threads run them.
            std::thread::scope(|scope| {
                scope.spawn(|| reads.run());
                reads.run();
            });
            true
        })
        .unwrap();
        std::fs::remove_file(&path).unwrap();
        let mut by_stream = Vec::new();
        read_stream_windows(input, n_cores, |window, is_last, _| {
            by_stream.push((window.to_vec(), is_last));
            true
        })
        .unwrap();
        [by_offsets, by_stream]
    }

    /// Lines of varied lengths, so that windows end at different places, up to `size` bytes.
    fn lines_up_to(size: usize) -> Vec<u8> {
        let mut input = Vec::new();
        let mut line = 0_u64;
        while input.len() < size {
            let width = usize::try_from(line % 97).unwrap_or(0);
            writeln!(input, "{line} {}", "x".repeat(width)).unwrap();
            line += 1;
        }
        input
    }

    /// Four windows and more, so that windows are read ahead and filled again: together they are
    /// the input, each ends at a line break, the file and the pipe give the same windows, and a
    /// stop stops the reading.
    #[test]
    fn windows_read_ahead_are_the_input_in_order() {
        let mut input = lines_up_to(4 * WINDOW_BYTES + 12_345);
        input.extend_from_slice(b"no line break at the end");
        for n_cores in [1, 2] {
            let [by_offsets, by_stream] = windows_of(&input, n_cores);
            assert!(by_offsets.len() >= 5, "{} windows", by_offsets.len());
            assert!(by_offsets == by_stream, "a file and a pipe are cut alike on {n_cores} cores");
            let (last, earlier) = by_offsets.split_last().unwrap();
            assert!(last.1 && earlier.iter().all(|(window, is_last)| !is_last && window.ends_with(b"\n")));
            assert!(by_offsets.concat_windows() == input, "the windows differ from the input");
        }

        let mut n_read = 0;
        read_stream_windows(input.as_slice(), 2, |_, _, _| {
            n_read += 1;
            n_read < 2
        })
        .unwrap();
        assert_eq!(n_read, 2);

        // A stop at the first window: nothing read past it.
        let mut source = std::io::Cursor::new(input.as_slice());
        read_stream_windows(&mut source, 2, |_, _, _| false).unwrap();
        let read_at_most = WINDOW_BYTES + (1 << 16);
        assert!(usize::try_from(source.position()).unwrap() <= read_at_most, "{}", source.position());
    }

    /// The ends a window meets: a short text, an empty one, a text that ends with a line break
    /// right at a window's end, and a line longer than a window (and one with CR line ends only).
    #[test]
    fn windows_at_the_edges() {
        let short = |text: &[u8]| windows_of(text, 2);
        assert_eq!(short(b"a\nb"), [vec![(b"a\nb".to_vec(), true)], vec![(b"a\nb".to_vec(), true)]]);
        assert_eq!(short(b""), [Vec::new(), Vec::new()]);

        let mut exact = lines_up_to(WINDOW_BYTES - 200);
        exact.resize(WINDOW_BYTES - 1, b'y');
        exact.push(b'\n');
        let [by_offsets, by_stream] = windows_of(&exact, 2);
        assert_eq!(by_offsets, [(exact.clone(), false)]);
        assert_eq!(by_stream, by_offsets);

        let mut long_line = b"first\n".to_vec();
        long_line.resize(2 * WINDOW_BYTES + 77, b'z');
        long_line.extend_from_slice(b"\nafter\n");
        let [by_offsets, by_stream] = windows_of(&long_line, 2);
        assert!(by_offsets.concat_windows() == long_line);
        assert!(by_stream.concat_windows() == long_line);
        assert!(by_offsets.iter().all(|(window, _)| window.ends_with(b"\n")));

        let carriage_returns = lines_up_to(WINDOW_BYTES + 999)
            .iter()
            .map(|byte| if *byte == b'\n' { b'\r' } else { *byte })
            .collect::<Vec<u8>>();
        let [by_offsets, by_stream] = windows_of(&carriage_returns, 2);
        assert!(by_offsets == by_stream);
        assert_eq!(by_offsets.len(), 1);
    }

    trait ConcatWindows {
        fn concat_windows(&self) -> Vec<u8>;
    }

    impl ConcatWindows for Vec<(Vec<u8>, bool)> {
        fn concat_windows(&self) -> Vec<u8> {
            self.iter().flat_map(|(window, _)| window.iter().copied()).collect()
        }
    }
}
