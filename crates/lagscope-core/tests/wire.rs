//! The hand-off formats (`parse::wire`: a parse, for the what-if; `workbench::wire`: a whole
//! analysis, from the analysis worker to the page): every fixture survives the round trip
//! exactly, a text read apart (as the worker reads it) analyses as the text, and no bytes, however
//! broken, make a reader panic.
#![allow(clippy::disallowed_methods, reason = "tests read fixture files; the library itself does no I/O")]

use std::path::Path;

use lagscope_core::parse::{parse, wire};
use proptest::prelude::*;

fn fixture_texts() -> Vec<String> {
    let mut texts = Vec::new();
    let mut folders = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures")];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).expect("fixtures") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                folders.push(path);
            } else if path
                .extension()
                .is_some_and(|e| ["txt", "json", "csv", "log", "jsonl"].iter().any(|x| e == *x))
            {
                texts.push(lagscope_core::text::decode(&std::fs::read(&path).expect("read")));
            }
        }
    }
    texts
}

#[test]
fn every_fixture_survives_the_round_trip() {
    let texts = fixture_texts();
    assert!(texts.len() > 100);
    for text in texts {
        let outcome = parse(&text);
        let bytes = wire::encode(&outcome);
        assert_eq!(wire::decode(&bytes).expect("decodes"), outcome);
    }
}

/// Every fixture read apart (as the analysis worker does, to parse a plain dump with progress)
/// analyses as the text itself does: the same readers in the same order, whatever the input kind.
#[test]
fn every_fixture_read_apart_analyses_as_its_text() {
    use lagscope_core::parse::{ParseOptions, parse_with};
    use lagscope_core::workbench::{Input, Options, ReadApart, build, read_apart};
    let options = Options::default();
    let (mut n_parsed, mut n_imported) = (0, 0);
    for text in fixture_texts() {
        let read = read_apart(&text, &options, |text| parse_with(text, ParseOptions::default()));
        match &read {
            ReadApart::Parsed(_) => n_parsed += 1,
            ReadApart::Imported(_) => n_imported += 1,
            ReadApart::Unread => {}
        }
        let apart = build(vec![Input::read_apart("input", text.clone(), read)], &options);
        assert_eq!(apart, build(vec![Input::text("input", text.clone())], &options));
    }
    assert!(n_parsed > 100 && n_imported >= 5, "{n_parsed} parsed, {n_imported} imported");
}

/// A whole analysis (the workbench and its overview) handed from the analysis worker to the page
/// comes back equal, for every fixture alone and for the logs with the lag beside them; ids held
/// as `&'static str` come back as the same ids.
#[test]
fn every_analysis_survives_the_round_trip() {
    use lagscope_core::workbench::wire::{Analysed, decode, encode};
    use lagscope_core::workbench::{Input, Options, build};
    let options = Options::default();
    let texts = fixture_texts();
    let mut n_findings = 0;
    let mut inputs: Vec<Vec<Input>> =
        texts.iter().map(|text| vec![Input::text("input", text.clone())]).collect();
    inputs.push(
        texts.iter().enumerate().map(|(i, text)| Input::text(format!("input-{i}"), text.clone())).collect(),
    );
    for input in inputs {
        let workbench = build(input, &options);
        n_findings += workbench.findings.len();
        let analysed = Analysed { overview: lagscope_core::overview::overview(&workbench), workbench };
        let bytes = encode(&analysed);
        let decoded = decode(&bytes).expect("decodes");
        assert_eq!(decoded, analysed);
        for (decoded, original) in decoded.workbench.findings.iter().zip(&analysed.workbench.findings) {
            assert_eq!(decoded.rule, original.rule);
        }
        for cut in [0, 3, 4, bytes.len() / 2, bytes.len() - 1] {
            assert!(decode(&bytes[..cut]).is_err(), "cut at {cut}");
        }
    }
    assert!(n_findings > 100, "{n_findings} findings");
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn broken_bytes_give_an_error_never_a_panic(bytes in proptest::collection::vec(any::<u8>(), 0..256)) {
        let mut framed = b"LSW2".to_vec();
        framed.extend(bytes);
        let _ = wire::decode(&framed);
    }

    #[test]
    fn broken_analysis_bytes_give_an_error_never_a_panic(bytes in proptest::collection::vec(any::<u8>(), 0..256)) {
        let mut framed = b"LSB1".to_vec();
        framed.extend(bytes);
        let _ = lagscope_core::workbench::wire::decode(&framed);
    }

    #[test]
    fn truncations_of_a_real_encoding_are_rejected(cut in 0_usize..2000) {
        let outcome = parse("GROUP TOPIC PARTITION CURRENT-OFFSET LOG-END-OFFSET LAG CONSUMER-ID HOST CLIENT-ID\ng t 0 1 5 4 c-1 /h1 c\ng t 1 - 5 - - - -\n");
        let bytes = wire::encode(&outcome);
        let cut = cut % bytes.len();
        prop_assert!(wire::decode(&bytes[..cut]).is_err());
    }
}
