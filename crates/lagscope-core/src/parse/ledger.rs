//! What became of every line: used (a row, a header, a tool's message), recognised as noise (a
//! prompt, a blank line, a copied page's chrome), or reported (a diagnostic names it). The parser
//! marks the first two as it reads; a line with neither mark nor diagnostic was dropped silently,
//! which [`LineAccount::silent`] lists so that tests can hold the parser to "nothing is lost".

use serde::Serialize;

use crate::diagnostic::Diagnostic;

/// How the parser used one line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum LineUse {
    /// Read into the snapshot, or a structure that shapes it (a header, a command, a message).
    Used,
    /// Recognised and set aside: blank, a prompt, a warning, a log line, a copied page's chrome.
    Noise,
}

/// Two bits per line: about 2.5 MB for ten million lines.
#[derive(Debug, Default)]
pub(crate) struct Ledger {
    /// The line number of bit 0 (a parser of a slice starts past 1).
    first_line: usize,
    used: Vec<u64>,
    noise: Vec<u64>,
}

impl Ledger {
    pub(crate) fn starting_at(first_line: usize) -> Self {
        Self { first_line, used: Vec::new(), noise: Vec::new() }
    }

    pub(crate) fn first_line(&self) -> usize {
        self.first_line
    }

    pub(crate) fn mark(&mut self, line: usize, what: LineUse) {
        let Some(index) = line.checked_sub(self.first_line) else { return };
        let (word, bit) = (index / 64, index % 64);
        let bits = match what {
            LineUse::Used => &mut self.used,
            LineUse::Noise => &mut self.noise,
        };
        if bits.len() <= word {
            bits.resize(word + 1, 0);
        }
        bits[word] |= 1 << bit;
    }

    /// Adds the marks of `later`, a ledger of lines after this one's.
    pub(crate) fn absorb(&mut self, later: &Self) {
        if let Some(shift) = later.first_line.checked_sub(self.first_line) {
            // A word at a time, each of `later`'s words over two of this ledger's.
            for (bits, later_bits) in [(&mut self.used, &later.used), (&mut self.noise, &later.noise)] {
                let (word_shift, bit_shift) = (shift / 64, shift % 64);
                let needed = word_shift + later_bits.len() + 1;
                if bits.len() < needed {
                    bits.resize(needed, 0);
                }
                for (word_index, &word) in later_bits.iter().enumerate() {
                    bits[word_shift + word_index] |= word << bit_shift;
                    if bit_shift > 0 {
                        bits[word_shift + word_index + 1] |= word >> (64 - bit_shift);
                    }
                }
            }
            return;
        }
        for (what, bits) in [(LineUse::Used, &later.used), (LineUse::Noise, &later.noise)] {
            for (word_index, word) in bits.iter().enumerate() {
                let mut word = *word;
                while word != 0 {
                    let bit = word.trailing_zeros() as usize;
                    word &= word - 1;
                    self.mark(later.first_line + word_index * 64 + bit, what);
                }
            }
        }
    }

    /// The account of lines `first_line..=last_line` given the parse's diagnostics (sorted by
    /// line), sixty-four lines at a time: a line a diagnostic names is reported, else used, else
    /// noise, else silent.
    pub(crate) fn account(&self, last_line: usize, diagnostics: &[Diagnostic]) -> LineAccount {
        let mut account = LineAccount::default();
        let Some(n_lines) = last_line.checked_add(1).and_then(|end| end.checked_sub(self.first_line)) else {
            return account;
        };
        let mut reported_lines = diagnostics.iter().map(|diagnostic| diagnostic.line).peekable();
        let word = |bits: &[u64], index: usize| bits.get(index).copied().unwrap_or(0);
        for word_index in 0..n_lines.div_ceil(64) {
            let start = word_index * 64;
            let n_in_word = (n_lines - start).min(64);
            let first = self.first_line + start;
            let in_range = u64::MAX >> (64 - n_in_word);
            let mut reported = 0_u64;
            while let Some(line) = reported_lines.next_if(|&line| line < first + n_in_word) {
                // Lines before the ledger's first are not its own.
                if let Some(offset) = line.checked_sub(first) {
                    reported |= 1 << offset;
                }
            }
            let used = word(&self.used, word_index) & in_range & !reported;
            let noise = word(&self.noise, word_index) & in_range & !reported & !used;
            account.n_reported += reported.count_ones() as usize;
            account.n_used += used.count_ones() as usize;
            account.n_noise += noise.count_ones() as usize;
            let mut silent = in_range & !reported & !used & !noise;
            while silent != 0 {
                account.silent.push(first + silent.trailing_zeros() as usize);
                silent &= silent - 1;
            }
        }
        account
    }
}

/// What became of the lines of one input.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct LineAccount {
    /// Lines read into the result (rows, headers, commands, tools' messages).
    pub n_used: usize,
    /// Lines recognised and set aside (blank lines, prompts, warnings, a copied page's chrome).
    pub n_noise: usize,
    /// Lines a diagnostic names (used in part, or not at all).
    pub n_reported: usize,
    /// Lines none of the above: dropped without a word. Always empty, unless the parser has a bug.
    pub silent: Vec<usize>,
}

impl LineAccount {
    /// Every line is one of used, noise or reported (a diagnostic may name a line that was used too).
    #[must_use]
    pub fn n_lines(&self) -> usize {
        self.n_used + self.n_noise + self.n_reported + self.silent.len()
    }

    /// An input read whole (a JSON document): every line is part of what was read.
    pub(crate) fn whole(n_lines: usize) -> Self {
        Self { n_used: n_lines, ..Self::default() }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_with_a_diagnostic_is_reported_and_an_unmarked_one_is_silent() {
        let mut ledger = Ledger::starting_at(1);
        ledger.mark(1, LineUse::Used);
        ledger.mark(2, LineUse::Noise);
        ledger.mark(130, LineUse::Used);
        let diagnostics = [Diagnostic::warning(3, crate::msg!("diag-unread-line"))];
        let account = ledger.account(131, &diagnostics);
        assert_eq!((account.n_used, account.n_noise, account.n_reported), (2, 1, 1));
        assert_eq!(account.silent, (4..=129).chain([131]).collect::<Vec<_>>());
        assert_eq!(account.n_lines(), 131);
    }

    /// Whether the line at `index` has its bit in `bits`: the reference, a line at a time.
    fn has(bits: &[u64], index: usize) -> bool {
        bits.get(index / 64).is_some_and(|word| word & (1 << (index % 64)) != 0)
    }

    #[test]
    fn lines_counted_by_words_are_counted_as_line_by_line() {
        let mut rng = crate::sim::rng::Rng::new(5);
        let mut next = |bound: u64| rng.next_u64() % bound;
        for _ in 0..300 {
            let first_line = 1 + next(100) as usize;
            let last_line = first_line + next(400) as usize;
            let mut ledger = Ledger::starting_at(first_line);
            let mut diagnostics = Vec::new();
            for line in first_line.saturating_sub(3)..=last_line + 2 {
                match next(12) {
                    0..=6 => ledger.mark(line, LineUse::Used),
                    7..=8 => ledger.mark(line, LineUse::Noise),
                    9 => {
                        ledger.mark(line, LineUse::Used);
                        diagnostics.push(Diagnostic::warning(line, crate::msg!("diag-unread-line")));
                        diagnostics.push(Diagnostic::warning(line, crate::msg!("diag-unread-line")));
                    }
                    10 => diagnostics.push(Diagnostic::warning(line, crate::msg!("diag-unread-line"))),
                    _ => {}
                }
            }
            let mut expected = LineAccount::default();
            for line in first_line..=last_line {
                let index = line - first_line;
                if diagnostics.iter().any(|diagnostic| diagnostic.line == line) {
                    expected.n_reported += 1;
                } else if has(&ledger.used, index) {
                    expected.n_used += 1;
                } else if has(&ledger.noise, index) {
                    expected.n_noise += 1;
                } else {
                    expected.silent.push(line);
                }
            }
            assert_eq!(ledger.account(last_line, &diagnostics), expected);
        }
    }

    #[test]
    fn a_later_ledger_joins_at_its_lines_whatever_their_offset() {
        for (first, later_first) in [(1, 2), (1, 65), (3, 200), (10, 10)] {
            let mut joined = Ledger::starting_at(first);
            let mut one_pass = Ledger::starting_at(first);
            let mut later = Ledger::starting_at(later_first);
            for line in first..later_first {
                joined.mark(line, LineUse::Used);
                one_pass.mark(line, LineUse::Used);
            }
            for line in later_first..later_first + 150 {
                let what = if line % 3 == 0 { LineUse::Noise } else { LineUse::Used };
                if line % 7 != 0 {
                    later.mark(line, what);
                    one_pass.mark(line, what);
                }
            }
            joined.absorb(&later);
            let last_line = later_first + 160;
            assert_eq!(joined.account(last_line, &[]), one_pass.account(last_line, &[]));
        }
    }

    #[test]
    fn a_slice_counts_from_its_first_line() {
        let mut ledger = Ledger::starting_at(10);
        ledger.mark(10, LineUse::Used);
        ledger.mark(9, LineUse::Used);
        let account = ledger.account(10, &[]);
        assert_eq!((account.n_used, account.silent.len()), (1, 0));
    }
}

#[cfg(test)]
mod parse_tests {
    use crate::parse::{ParseOptions, parse_accounted};

    #[test]
    fn a_dump_with_a_prompt_a_blank_line_and_prose_is_accounted_line_by_line() {
        let text = "$ kafka-consumer-groups.sh --bootstrap-server b:9092 --describe --group g\n\
                    \n\
                    GROUP TOPIC PARTITION CURRENT-OFFSET LOG-END-OFFSET LAG CONSUMER-ID HOST CLIENT-ID\n\
                    g     t     0         5              9              4   c1          /h   app\n\
                    g     t     1         7\n\
                    this line is prose nobody wrote for a parser\n";
        let (outcome, account) = parse_accounted(text, ParseOptions::default());
        assert_eq!(account.silent, Vec::<usize>::new());
        assert_eq!(account.n_lines(), 6);
        // Used: the command, the header and the row. Noise: the blank line. Reported: the row cut
        // short (line 5) and the prose (line 6).
        assert_eq!((account.n_used, account.n_noise, account.n_reported), (3, 1, 2), "{outcome:?}");
    }
}
