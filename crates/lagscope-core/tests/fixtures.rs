//! Data-driven tests: every dump under `tests/fixtures/describe/` is parsed and its JSON contract
//! compared with a reviewed snapshot (`snapshots/fixtures__contract@<fixture>.snap`).
//!
//! To add a case, drop a file in the folder, run `cargo insta test` (or `INSTA_UPDATE=always cargo test`),
//! and review the new snapshot.

#![allow(
    clippy::disallowed_methods,
    reason = "tests read fixture files; the library itself does no I/O"
)]

use lagscope_core::contract::ParseReport;
use lagscope_core::parse::parse;
use lagscope_core::text::decode;

#[test]
fn contract() {
    insta::glob!(
        "../../../tests/fixtures",
        "{dumps,samples}/**/*.{txt,json,prom,csv}",
        |path| {
            let bytes = std::fs::read(path).expect("fixture is readable");
            let outcome = parse(&decode(&bytes));
            let json =
                serde_json::to_string_pretty(&ParseReport::new(&outcome)).expect("contract serialises");
            insta::assert_snapshot!(json);
        }
    );
}
