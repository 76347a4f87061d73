//! Coverage-guided fuzzing of the parser: any bytes, decoded as an upload would be, must parse
//! without panicking, every diagnostic must name a line that exists, and every line must be
//! accounted for (used, noise or reported: `LineAccount::silent` is empty "unless the parser has
//! a bug").
//!
//! Run with `cargo +nightly fuzz run parse` (needs `cargo install cargo-fuzz`); see fuzz/README.md.
#![no_main]

#[path = "common/mod.rs"]
mod common;

use lagscope_core::parse::{ParseOptions, Parser, holds_embedded_json, parse_accounted};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let text = lagscope_core::text::decode(bytes);
    let (outcome, account) = parse_accounted(&text, ParseOptions::default());
    let n_lines = common::last_line_allowed(&text);
    for diagnostic in &outcome.diagnostics {
        assert!(
            diagnostic.line >= 1 && diagnostic.line <= n_lines,
            "diagnostic names line {} of a text with {} line(s): {}",
            diagnostic.line,
            common::line_count(&text),
            lagscope_core::l10n::english(&diagnostic.message)
        );
    }
    assert!(account.silent.is_empty(), "lines dropped without a word: {:?}", account.silent);
    assert_eq!(
        account.n_lines(),
        lagscope_core::text::numbered_lines(&text).count(),
        "the account does not cover every line: {account:?}"
    );
    common::assert_finite("snapshot", &outcome.snapshot);
    // The streaming parser must agree with the whole-text parser on line-based input (a JSON
    // document, at the start or after prose, is read whole and only by the whole-text parser).
    if !text.trim_start().starts_with(['{', '[']) && !holds_embedded_json(&text) {
        let mut parser = Parser::new(ParseOptions::default());
        for (_, line) in lagscope_core::text::numbered_lines(&text) {
            parser.push_line(line);
        }
        assert_eq!(parser.finish(), outcome);
    }
});
