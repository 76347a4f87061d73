//! Coverage-guided fuzzing of the parser: any bytes, decoded as an upload would be, must parse
//! without panicking, and every diagnostic must name a line that exists.
//!
//! Run with `cargo +nightly fuzz run parse` (needs `cargo install cargo-fuzz`).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let text = lagscope_core::text::decode(bytes);
    let outcome = lagscope_core::parse::parse(&text);
    let n_lines = lagscope_core::text::numbered_lines(&text).count();
    for diagnostic in &outcome.diagnostics {
        assert!(diagnostic.line >= 1 && diagnostic.line <= n_lines.max(1));
    }
    // The streaming parser must agree with the whole-text parser on line-based input.
    if !text.trim_start().starts_with(['{', '[']) {
        let mut parser = lagscope_core::parse::Parser::new(lagscope_core::parse::ParseOptions::default());
        for (_, line) in lagscope_core::text::numbered_lines(&text) {
            parser.push_line(line);
        }
        assert_eq!(parser.finish(), outcome);
    }
});
