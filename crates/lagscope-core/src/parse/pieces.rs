//! Parsing a large input in pieces, one per core, with the same outcome as one pass.
//!
//! A piece is parsed by its own [`Parser`] (started with [`Parser::starting_at_line`]) while the
//! pieces before it are parsed by another; then [`Parser::absorb`] joins it to them. A parser reads
//! each line in the light of what came before (the open table, the pasted command line, a row held
//! in case a console wrapped it), so a piece parsed alone is only joined when nothing before it
//! could have changed how its lines were read, and when it read nothing whose meaning is decided
//! at the end; otherwise the caller reads the piece's lines again with the earlier parser. The
//! answer is then always the one-pass answer; pieces cut where [`split_points`] says (at a
//! layout's header after a blank line, where `--describe --all-groups` starts each group) are
//! joined in nearly every dump.

use super::Parser;

impl Parser {
    /// Joins `later`, a parser that read the lines right after the ones this one read, as if this
    /// parser had read them itself. Returns `false`, with this parser unchanged, when that cannot
    /// be known to give the same outcome: the caller then reads `later`'s lines with this parser.
    #[must_use]
    pub fn absorb(&mut self, later: Self) -> bool {
        if !self.may_be_followed_by(&later) || !later.read_only_rows_and_headers() {
            return false;
        }
        let Self {
            line_number,
            builder,
            table,
            previous_was_row,
            pending,
            last_header,
            n_rows,
            sources,
            ledger,
            last_was_blank,
            ..
        } = later;
        if !self.builder.absorb(builder, &mut self.diagnostics) {
            return false;
        }
        self.ledger.absorb(&ledger);
        for (tool, hint) in sources {
            self.note_source(tool, &hint);
        }
        self.line_number = line_number;
        self.table = table;
        self.previous_was_row = previous_was_row;
        self.pending = pending;
        self.last_header = last_header;
        self.last_was_blank = last_was_blank;
        self.n_rows = self.n_rows.saturating_add(n_rows);
        true
    }

    /// Whether this parser, having read up to its last line, would read the lines after it just as
    /// a fresh parser does: its last line was blank, no row held over, no table it could extend,
    /// no command line or group named by context, nothing that makes it skip lines.
    fn may_be_followed_by(&self, later: &Self) -> bool {
        let next_line = self.line_number.saturating_add(1);
        // Lines read before a source's own lines change how some lines read (a metric without an
        // exporter is noise beside an exporter's page; rpk's summary lines).
        let reads_by_source =
            self.sources.iter().any(|(tool, _)| matches!(tool, super::Tool::Prometheus | super::Tool::Rpk));
        // Only after a blank line: a line right after a table's own lines may be read as one of
        // them (a header repeated in a flattened paste is a row of the table it repeats).
        later.ledger.first_line() == next_line
            && self.last_was_blank
            && !reads_by_source
            && later.options == self.options
            && self.binary_at.is_none()
            && self.pending.is_none()
            && self.named.is_none()
            && self.key_values.is_empty()
            && !self.previous_was_row
            && self.command.is_none()
            && self.context_group.is_none()
            && self.table.as_ref().is_none_or(|table| table.anchored)
            && self.last_header.as_ref().is_none_or(|(line, _)| line.saturating_add(1) != next_line)
    }

    /// Whether this parser started with a layout's header and every line it read was a header, a
    /// row or a blank line, with no warning and no metric: nothing of it depends on what the
    /// parser knew before, or waits for the end to be decided.
    fn read_only_rows_and_headers(&self) -> bool {
        // Its first line with text opened a table: from there on, an earlier open table, row held
        // or wrapped header cannot make a difference (a line before it would have been read as a
        // row of the earlier table, or the earlier table would have stayed open).
        self.first_content_was_header == Some(true)
            && !self.sources.iter().any(|(tool, _)| *tool == super::Tool::Prometheus)
            && self.diagnostics.is_empty()
            && self.unread.is_empty()
            && self.loose_words.is_empty()
            && self.n_unread_lines == 0
            && self.first_unread.is_none()
            && self.binary_at.is_none()
            && self.named.is_none()
            && self.page == super::named_table::Page::default()
            && self.prometheus.is_empty()
            && self.key_values.is_empty()
            && self.command.is_none()
            && self.context_group.is_none()
    }
}

/// Where to cut `text` into about `n_pieces` pieces of similar size: byte offsets of line starts,
/// each at a layout's header that follows a blank line, in increasing order (fewer when the text
/// has fewer such places). `text` is bytes, so that a large input is not checked for UTF-8 here
/// as well as where each piece is read (a header is text; the lines around it may not be).
#[must_use]
pub fn split_points(text: &[u8], n_pieces: usize) -> Vec<usize> {
    let mut points = Vec::new();
    if n_pieces < 2 {
        return points;
    }
    let piece_size = text.len() / n_pieces;
    for index in 1..n_pieces {
        let target = index.saturating_mul(piece_size).max(points.last().map_or(0, |last| last + 1));
        if let Some(point) = header_after_blank_from(text, target)
            && points.last().is_none_or(|last| *last < point)
        {
            points.push(point);
        }
    }
    points
}

/// The first line start at or after `from` that begins a layout's header right after a blank line.
fn header_after_blank_from(bytes: &[u8], from: usize) -> Option<usize> {
    let mut search = from;
    while let Some(offset) = memchr::memmem::find(bytes.get(search..)?, b"\n\n") {
        let start = search + offset + 2;
        let line_end = memchr::memchr(b'\n', &bytes[start..]).map_or(bytes.len(), |end| start + end);
        if let Ok(line) = std::str::from_utf8(&bytes[start..line_end])
            && super::starts_a_layout_header(line)
        {
            return Some(start);
        }
        search = start;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::ParseOptions;

    const DUMP: &str = "\
GROUP TOPIC PARTITION CURRENT-OFFSET LOG-END-OFFSET LAG CONSUMER-ID HOST CLIENT-ID
a     t     0         5              9              4   c1          /h   app
a     t     1         5              9              4   c1          /h   app

GROUP TOPIC PARTITION CURRENT-OFFSET LOG-END-OFFSET LAG CONSUMER-ID HOST CLIENT-ID
b     t     0         1              2              1   c2          /h   app

GROUP TOPIC PARTITION CURRENT-OFFSET LOG-END-OFFSET LAG CONSUMER-ID HOST CLIENT-ID
a     t     1         6              9              3   c1          /h   app
";

    fn parse_in_pieces(
        text: &str,
        points: &[usize],
    ) -> (crate::parse::ParseOutcome, crate::parse::LineAccount, usize) {
        let mut bounds = vec![0];
        bounds.extend_from_slice(points);
        bounds.push(text.len());
        let mut parser = Parser::new(ParseOptions::default());
        let mut n_joined = 0;
        for window in bounds.windows(2) {
            let piece = &text[window[0]..window[1]];
            let piece = piece.strip_suffix('\n').unwrap_or(piece);
            let first_line = text[..window[0]].matches('\n').count() + 1;
            let mut later = Parser::starting_at_line(ParseOptions::default(), first_line);
            for line in piece.split('\n') {
                later.push_line(line);
            }
            if window[0] == 0 {
                parser = later;
            } else if parser.absorb(later) {
                n_joined += 1;
            } else {
                for line in piece.split('\n') {
                    parser.push_line(line);
                }
            }
        }
        let (outcome, account) = parser.finish_accounted();
        (outcome, account, n_joined)
    }

    /// The same, three pieces: the middle one (the first flat line, after a blank line) is
    /// joined, and what it ends with decides whether the next one may be.
    #[test]
    fn a_joined_piece_passes_on_how_it_ended() {
        let line = "GROUP                          TOPIC                          PARTITION  NEW-OFFSET     \
                    billing-audit                  payments                       2          1200           \
                    billing-audit                  payments                       0          1200           ";
        let text = format!("\n{line}\n{line}");
        let whole = crate::parse::parse(&text);
        let (joined, _, _) = parse_in_pieces(&text, &[1, line.len() + 2]);
        assert_eq!(joined, whole);
    }

    /// Property-test finding: a table pasted flat (header and rows on one line), then the same
    /// line again. After the first, the second reads as a row of its table, so a piece cut between
    /// the two is not joined: pieces are joined only after a blank line.
    #[test]
    fn a_piece_right_after_a_table_line_is_read_again() {
        let line = "GROUP                          TOPIC                          PARTITION  NEW-OFFSET     \
                    billing-audit                  payments                       2          1200           \
                    billing-audit                  payments                       0          1200           ";
        let text = format!("{line}\n{line}");
        let whole = crate::parse::parse(&text);
        let (joined, _, n_joined) = parse_in_pieces(&text, &[line.len() + 1]);
        assert_eq!(joined, whole);
        assert_eq!(n_joined, 0);
    }

    #[test]
    fn split_points_are_headers_after_blank_lines() {
        let points = split_points(DUMP.as_bytes(), 3);
        assert_eq!(points.len(), 2);
        for point in &points {
            assert!(DUMP[*point..].starts_with("GROUP"));
            assert!(DUMP[..*point].ends_with("\n\n"));
        }
        assert!(split_points(DUMP.as_bytes(), 1).is_empty());
        assert!(split_points(b"no headers\n\nhere\n", 4).is_empty());
    }

    #[test]
    fn pieces_join_into_the_one_pass_outcome_with_its_warnings() {
        let whole = crate::parse::parse_accounted(DUMP, ParseOptions::default());
        let (outcome, account, n_joined) = parse_in_pieces(DUMP, &split_points(DUMP.as_bytes(), 3));
        assert_eq!(n_joined, 2, "both pieces are rows and headers only");
        assert_eq!((outcome, account), whole);
        // Group a's partition 1 is read twice with different offsets: the warning of one pass.
        assert_eq!(whole.0.diagnostics.len(), 1);
    }

    /// Parses `lines` in pieces cut before each of `cuts` (0-based line indexes) and in one pass.
    fn same_in_pieces(lines: &[&str], cuts: &[usize]) {
        let text = format!("{}\n", lines.join("\n"));
        let points: Vec<usize> =
            cuts.iter().map(|cut| lines[..*cut].iter().map(|line| line.len() + 1).sum::<usize>()).collect();
        let (outcome, account, _) = parse_in_pieces(&text, &points);
        assert_eq!(
            (outcome, account),
            crate::parse::parse_accounted(&text, ParseOptions::default()),
            "cut before {cuts:?}"
        );
    }

    const HEADER: &str = "GROUP TOPIC PARTITION CURRENT-OFFSET LOG-END-OFFSET LAG CONSUMER-ID HOST CLIENT-ID";

    /// Review findings: a piece of blank lines only keeps the earlier table open; a copied
    /// table's header after a cut is the earlier table's bad row, as in one pass; a metric beside
    /// an exporter's page, and an exporter's member count set to unknown, read as in one pass.
    #[test]
    fn pieces_that_depend_on_what_came_before_read_as_in_one_pass() {
        same_in_pieces(&[HEADER, "g t 0 5 9 4 c1 /h app", "", "", "g t 1 5 9 4 c1 /h app"], &[3, 4]);
        same_in_pieces(&[HEADER, "g t 0 5 9 4 c1 /h app", "", "Group\tState\tMembers", ""], &[3]);
        same_in_pieces(
            &[
                "kafka_consumergroup_members{consumergroup=\"g\"} 3",
                "",
                HEADER,
                "g t 0 5 9 4 c1 /h app",
                "kafka_consumergroup_members{consumergroup=\"g\"} -1",
            ],
            &[2],
        );
        same_in_pieces(
            &[
                "kafka_consumergroup_lag{consumergroup=\"g\",partition=\"0\",topic=\"t\"} 5",
                "",
                "GROUP STATE",
                "go_goroutines 12",
            ],
            &[2],
        );
    }

    #[test]
    fn a_piece_after_a_command_line_is_read_again() {
        let text = format!("$ kafka-consumer-groups.sh --describe --group a\n\n{DUMP}");
        let points = split_points(text.as_bytes(), 3);
        let (outcome, account, n_joined) = parse_in_pieces(&text, &points);
        assert_eq!(n_joined, 0);
        assert_eq!((outcome, account), crate::parse::parse_accounted(&text, ParseOptions::default()));
    }
}
