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

    fn has(bits: &[u64], index: usize) -> bool {
        bits.get(index / 64).is_some_and(|word| word & (1 << (index % 64)) != 0)
    }

    /// The account of lines `first_line..=last_line` given the parse's diagnostics.
    pub(crate) fn account(&self, last_line: usize, diagnostics: &[Diagnostic]) -> LineAccount {
        let mut account = LineAccount::default();
        let mut reported = diagnostics.iter().map(|diagnostic| diagnostic.line).peekable();
        for line in self.first_line..=last_line {
            let index = line - self.first_line;
            while reported.next_if(|&reported_line| reported_line < line).is_some() {}
            if reported.peek() == Some(&line) {
                account.n_reported += 1;
            } else if Self::has(&self.used, index) {
                account.n_used += 1;
            } else if Self::has(&self.noise, index) {
                account.n_noise += 1;
            } else {
                account.silent.push(line);
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
