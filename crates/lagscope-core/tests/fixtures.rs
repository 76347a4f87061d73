//! Data-driven tests: every dump under `tests/fixtures/describe/` is parsed and its JSON contract
//! compared with a reviewed snapshot (`snapshots/fixtures__contract@<fixture>.snap`).
//!
//! To add a case, drop a file in the folder, run `cargo insta test` (or `INSTA_UPDATE=always cargo test`),
//! and review the new snapshot.

#![allow(clippy::disallowed_methods, reason = "tests read fixture files; the library itself does no I/O")]

use lagscope_core::contract::ParseReport;
use lagscope_core::parse::parse;
use lagscope_core::text::decode;

#[test]
fn contract() {
    insta::glob!("../../../tests/fixtures", "{dumps,samples}/**/*.{txt,json,prom,csv}", |path| {
        if path.file_name().is_some_and(|name| name == "EXPECTED.json") {
            // The hand-checked expectations (tests/expectations.rs), not an input.
            return;
        }
        let bytes = std::fs::read(path).expect("fixture is readable");
        let outcome = parse(&decode(&bytes));
        let english = lagscope_core::l10n::Localizer::bundled(lagscope_core::l10n::Lang::En);
        let contract = english.to_json(&ParseReport::new(&outcome)).expect("contract serialises");
        let json = serde_json::to_string_pretty(&contract).expect("contract serialises");
        insta::assert_snapshot!(json);
    });
}

/// Every diagnostic of every fixture reads in Korean: no argument left out (`{$name}`), and Korean
/// words in it.
#[test]
fn every_diagnostic_reads_in_korean() {
    let korean = lagscope_core::l10n::Localizer::bundled(lagscope_core::l10n::Lang::Ko);
    let mut problems = Vec::new();
    insta::glob!("../../../tests/fixtures", "{dumps,samples}/**/*.{txt,json,prom,csv}", |path| {
        let bytes = std::fs::read(path).expect("fixture is readable");
        for diagnostic in parse(&decode(&bytes)).diagnostics {
            let text = korean.render(&diagnostic.message);
            if text.contains("{$") || !text.chars().any(|c| ('가'..='힣').contains(&c)) {
                problems.push(format!("{}:{}: {text}", path.display(), diagnostic.line));
            }
        }
    });
    assert!(problems.is_empty(), "{problems:#?}");
}

/// Every snapshot belongs to a fixture that still exists (a renamed or deleted fixture must take its
/// snapshot with it).
#[test]
fn no_orphaned_snapshots() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let fixtures = root.join("../../tests/fixtures");
    let mut orphans = Vec::new();
    for entry in std::fs::read_dir(root.join("tests/snapshots")).expect("snapshots folder") {
        let name = entry.expect("entry").file_name().to_string_lossy().into_owned();
        let Some(fixture) =
            name.strip_prefix("fixtures__contract@").and_then(|rest| rest.strip_suffix(".snap"))
        else {
            continue;
        };
        if !fixtures.join(fixture.replace("__", "/")).exists() {
            orphans.push(name);
        }
    }
    assert!(orphans.is_empty(), "snapshots without a fixture: {orphans:?}");
}
