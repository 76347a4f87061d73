//! Parsing never panics and never loses a line: arbitrary bytes, and fixtures mutated line by line,
//! still give a result whose diagnostics point at real lines, and every line is accounted for
//! (used, recognised as noise, or named by a diagnostic).

#![allow(clippy::disallowed_methods, reason = "tests read fixture files; the library itself does no I/O")]

use lagscope_core::parse::{ParseOptions, Parser, parse, parse_accounted};
use lagscope_core::text::{decode, numbered_lines};
use proptest::prelude::*;

/// The CLI's parse on several cores agrees with one pass: the text cut before any line (every
/// line of a short text, about 40 places in a long one), and where `split_points` cuts it, each
/// piece parsed apart and joined with `Parser::absorb`, or read again when it cannot be.
fn check_pieces(
    text: &str,
    outcome: &lagscope_core::parse::ParseOutcome,
    account: &lagscope_core::parse::LineAccount,
) {
    let lines: Vec<&str> = numbered_lines(text).map(|(_, line)| line).collect();
    let step = (lines.len() / 40).max(1);
    let mut cuts: Vec<Vec<usize>> = (1..lines.len()).step_by(step).map(|cut| vec![cut]).collect();
    // Three pieces too: a middle piece of one line, of two (a blank line, a header after one),
    // or of many, after about 20 places.
    for first in (1..lines.len()).step_by((lines.len() / 20).max(1)) {
        // (A cut past the last line is dropped below.)
        for second in [first + 1, first + 2, first + lines.len() / 3] {
            cuts.push(vec![first, second]);
        }
    }
    // `split_points` gives byte offsets of line starts; as line indices (plain `\n` texts only).
    if !text.contains('\r') {
        let starts: Vec<usize> = lagscope_core::parse::split_points(text.as_bytes(), 4)
            .iter()
            .map(|point| text[..*point].matches('\n').count())
            .collect();
        cuts.push(starts);
    }
    for cut in cuts {
        let mut bounds = vec![0];
        bounds.extend(cut.iter().copied().filter(|line| *line > 0 && *line < lines.len()));
        bounds.push(lines.len());
        let mut parser: Option<Parser> = None;
        for window in bounds.windows(2) {
            let piece = &lines[window[0]..window[1]];
            let mut later = Parser::starting_at_line(ParseOptions::default(), window[0] + 1);
            for line in piece {
                later.push_line(line);
            }
            match parser.as_mut() {
                None => parser = Some(later),
                Some(earlier) => {
                    if !earlier.absorb(later) {
                        for line in piece {
                            earlier.push_line(line);
                        }
                    }
                }
            }
        }
        let (joined, joined_account) = parser.expect("one piece at least").finish_accounted();
        assert_eq!(&joined, outcome, "pieces cut before lines {cut:?} join into another outcome");
        assert_eq!(&joined_account, account, "pieces cut before lines {cut:?} account differently");
    }
}

fn fixtures() -> Vec<String> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures");
    // JSON documents too (Burrow, Confluent, Prometheus replies): they are mutated like any paste.
    let mut paths: Vec<_> = ["dumps/kafka", "dumps/other", "dumps/messy", "dumps/wild", "samples", "series"]
        .iter()
        .filter_map(|folder| std::fs::read_dir(root.join(folder)).ok())
        .flatten()
        .map(|entry| entry.expect("readable entry").path())
        .filter(|path| {
            path.extension().is_some_and(|extension| extension != "md")
                && path.file_name().is_none_or(|name| name != "EXPECTED.json")
        })
        .collect();
    paths.sort();
    paths.iter().map(|path| decode(&std::fs::read(path).expect("fixture is readable"))).collect()
}

/// Every diagnostic names a line that exists, and diagnostics come in line order; the streaming
/// parser (the CLI's) agrees with the whole-text parser (the web app's).
fn check_outcome(text: &str) {
    let (outcome, account) = parse_accounted(text, ParseOptions::default());
    assert_eq!(outcome, parse(text));
    let n_lines = numbered_lines(text).count();
    assert_eq!(account.n_lines(), n_lines, "{account:?}");
    assert!(account.silent.is_empty(), "lines dropped without a word: {:?}", account.silent);
    // JSON documents are read whole by both (the CLI decides from the first non-blank byte, or a
    // line that opens an object after prose).
    if !text
        .trim_start_matches(|character: char| character.is_ascii_whitespace() || character == '\u{FEFF}')
        .starts_with(['{', '['])
        && !lagscope_core::parse::holds_embedded_json(text)
    {
        let mut parser = Parser::new(ParseOptions::default());
        for (_, line) in numbered_lines(text) {
            parser.push_line(line);
        }
        let (streamed, streamed_account) = parser.finish_accounted();
        assert_eq!(streamed, outcome, "streaming and whole-text parses differ");
        assert_eq!(streamed_account, account);
        check_pieces(text, &outcome, &account);
    }
    for diagnostic in &outcome.diagnostics {
        assert!((1..=n_lines).contains(&diagnostic.line), "line {} of {n_lines}", diagnostic.line);
    }
    assert!(outcome.diagnostics.windows(2).all(|pair| pair[0].line <= pair[1].line));
    for group in &outcome.snapshot.groups {
        assert!(
            group
                .partitions
                .windows(2)
                .all(|pair| (&pair[0].topic, pair[0].partition) < (&pair[1].topic, pair[1].partition))
        );
    }
}

/// Ways a paste gets damaged: a line cut short, a token replaced, lines swapped, a line doubled.
#[derive(Debug, Clone)]
enum Mutation {
    Truncate { line: usize, keep: usize },
    ReplaceToken { line: usize, token: usize, with: String },
    Swap { first: usize, second: usize },
    Duplicate { line: usize },
    Insert { line: usize, text: String },
}

fn mutation() -> impl Strategy<Value = Mutation> {
    let line = 0usize..64;
    prop_oneof![
        (line.clone(), 0usize..200).prop_map(|(line, keep)| Mutation::Truncate { line, keep }),
        (line.clone(), 0usize..12, "[-0-9a-z/()' ]{0,12}")
            .prop_map(|(line, token, with)| Mutation::ReplaceToken { line, token, with }),
        (line.clone(), line.clone()).prop_map(|(first, second)| Mutation::Swap { first, second }),
        line.clone().prop_map(|line| Mutation::Duplicate { line }),
        (line, "\\PC{0,80}").prop_map(|(line, text)| Mutation::Insert { line, text }),
    ]
}

fn apply(text: &str, mutations: &[Mutation]) -> String {
    let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
    for mutation in mutations {
        if lines.is_empty() {
            break;
        }
        let n_lines = lines.len();
        match mutation {
            Mutation::Truncate { line, keep } => {
                let line = &mut lines[line % n_lines];
                let cut = line.char_indices().nth(*keep).map_or(line.len(), |(index, _)| index);
                line.truncate(cut);
            }
            Mutation::ReplaceToken { line, token, with } => {
                let line = &mut lines[line % n_lines];
                let mut tokens: Vec<String> = line.split_whitespace().map(str::to_owned).collect();
                if !tokens.is_empty() {
                    let index = token % tokens.len();
                    tokens[index].clone_from(with);
                }
                *line = tokens.join(" ");
            }
            Mutation::Swap { first, second } => lines.swap(first % n_lines, second % n_lines),
            Mutation::Duplicate { line } => {
                let copy = lines[line % n_lines].clone();
                lines.insert(line % n_lines, copy);
            }
            Mutation::Insert { line, text } => lines.insert(line % n_lines, text.clone()),
        }
    }
    lines.join("\n")
}

/// Every line of every fixture, as it is: used, noise or reported, never dropped silently.
#[test]
fn every_line_of_every_fixture_is_accounted_for() {
    let fixtures = fixtures();
    assert!(fixtures.len() > 50, "found {} fixtures", fixtures.len());
    for text in &fixtures {
        check_outcome(text);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        check_outcome(&decode(&bytes));
    }

    #[test]
    fn arbitrary_text_never_panics(text in "\\PC{0,400}") {
        check_outcome(&text);
    }

    #[test]
    fn mutated_fixtures_never_panic(
        fixture_index in 0usize..512,
        mutations in proptest::collection::vec(mutation(), 1..8),
    ) {
        let fixtures = fixtures();
        let text = apply(&fixtures[fixture_index % fixtures.len()], &mutations);
        check_outcome(&text);
        // And the whole workbench: every series reader (CSV, Grafana, Prometheus, CloudWatch, host
        // tables, timed dumps), the analysis and the findings.
        let workbench = lagscope_core::workbench::build(
            vec![lagscope_core::workbench::Input::text("mutated", &text)],
            &lagscope_core::workbench::Options::default(),
        );
        let n_lines = numbered_lines(&text).count().max(1);
        for diagnostic in workbench.inputs.iter().flat_map(|input| &input.diagnostics) {
            prop_assert!((1..=n_lines).contains(&diagnostic.line), "line {} of {n_lines}", diagnostic.line);
        }
    }
}

/// Review finding: a `|` row whose cells hold more words than there are cells once panicked in the
/// 3.8/3.9 glued-reset reader.
#[test]
fn pipe_header_with_glued_words_does_not_panic() {
    let outcome = parse("| GROUP TOPIC PARTITION NEW-OFFSET | g t 0 5 |\n");
    assert!(outcome.snapshot.groups.iter().all(|group| group.offset_resets.is_empty()));
}

/// Review finding: a long line that almost fits a table with several free-text columns once took
/// exponential time; the solver now remembers failed splits.
#[test]
fn long_ambiguous_rows_finish() {
    let header = "GROUP CONSUMER-ID HOST CLIENT-ID #PARTITIONS CURRENT-EPOCH CURRENT-ASSIGNMENT TARGET-EPOCH TARGET-ASSIGNMENT";
    let row = format!("{} x", vec!["-"; 400].join(" "));
    let outcome = parse(&format!("{header}\n{row}\n"));
    assert_eq!(outcome.diagnostics.len(), 1, "{:?}", outcome.diagnostics);
    assert_eq!(outcome.diagnostics[0].line, 2);
}

/// Fuzzing finding (cargo fuzz, target `parse`): a JSON document ending with a line break had its
/// diagnostic on the line after the last (the JSON reader counts a line after the final break).
#[test]
fn a_json_error_at_the_end_names_the_last_line() {
    check_outcome("{\n");
    check_outcome("[{\"a\": 1},\n");
    check_outcome("{\"a\": [1, 2,\n");
    let outcome = parse("{\n");
    assert_eq!(outcome.diagnostics.iter().map(|diagnostic| diagnostic.line).max(), Some(1));
}

/// Proptest finding: a vertical tab before `{` made the whole-text parse try JSON while the CLI's
/// streaming reader did not; both now treat only ASCII whitespace and a BOM as blank.
#[test]
fn a_vertical_tab_before_a_brace_is_text_for_both_readers() {
    check_outcome("\u{b}{");
    check_outcome("\u{c}{\"a\": 1}");
    check_outcome("\u{FEFF} \n{}");
}
