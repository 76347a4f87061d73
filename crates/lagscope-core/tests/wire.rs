//! The hand-off formats (`parse::wire`: a parse, a series): every fixture survives the round trip
//! exactly, the page's analysis of a series read in the worker is the analysis of the text, and no
//! bytes, however broken, make the reader panic.
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
            } else if path.extension().is_some_and(|e| e == "txt" || e == "json" || e == "csv") {
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

#[test]
fn every_series_fixture_survives_the_round_trip_and_analyses_the_same() {
    use lagscope_core::series::csv_import::CsvMapping;
    use lagscope_core::workbench::{Input, Options, build};
    let mut n_series = 0;
    for text in fixture_texts() {
        let Some(import) = lagscope_core::series::import_with(&text, &CsvMapping::default()) else {
            continue;
        };
        let Some(bytes) = wire::encode_series(&import) else {
            // A host table or a monitor's own figures: the page reads those itself.
            assert!(!import.hosts.is_empty() || !import.series.reported.is_empty());
            continue;
        };
        n_series += 1;
        assert!(wire::is_series(&bytes));
        let decoded = wire::decode_series(&bytes).expect("decodes");
        assert_eq!(decoded, import);
        let options = Options::default();
        let from_text = build(vec![Input::text("input", text.clone())], &options);
        let from_worker =
            build(vec![Input { imported: Some(decoded), ..Input::text("input", String::new()) }], &options);
        assert_eq!(from_worker, from_text);
    }
    assert!(n_series >= 5, "{n_series} series fixtures");
}

/// Every fixture read apart (as a worker does) and handed over through the wire analyses as the
/// text itself does: the same readers in the same order, whatever the input kind.
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
        // Across the wire, as the page receives it (what the wire does not carry stays for the page).
        let handed = wire::decode_read(&wire::encode_read(&read)).expect("decodes");
        if let (ReadApart::Imported(import), ReadApart::Unread) = (&read, &handed) {
            assert!(
                !import.hosts.is_empty() || !import.series.reported.is_empty(),
                "only a host table or a monitor's figures stay"
            );
        }
        let apart = build(vec![Input::read_apart("input", text.clone(), handed)], &options);
        assert_eq!(apart, build(vec![Input::text("input", text.clone())], &options));
    }
    assert!(n_parsed > 100 && n_imported >= 5, "{n_parsed} parsed, {n_imported} imported");
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
    fn broken_series_bytes_give_an_error_never_a_panic(bytes in proptest::collection::vec(any::<u8>(), 0..256)) {
        let mut framed = b"LSS1".to_vec();
        framed.extend(bytes);
        let _ = wire::decode_series(&framed);
    }

    #[test]
    fn truncations_of_a_real_series_encoding_are_rejected(cut in 0_usize..4000) {
        let text = "time,group,topic,partition,current_offset,log_end_offset,lag\n\
            2026-03-17T10:00:00Z,g,t,0,10,20,10\n2026-03-17T10:01:00Z,g,t,0,15,30,15\n\
            2026-03-17T10:01:00Z,g,t,1,-,30,\n";
        let import = lagscope_core::series::import(text).expect("a lag CSV");
        let bytes = wire::encode_series(&import).expect("carried");
        let cut = cut % bytes.len();
        prop_assert!(wire::decode_series(&bytes[..cut]).is_err());
    }

    #[test]
    fn truncations_of_a_real_encoding_are_rejected(cut in 0_usize..2000) {
        let outcome = parse("GROUP TOPIC PARTITION CURRENT-OFFSET LOG-END-OFFSET LAG CONSUMER-ID HOST CLIENT-ID\ng t 0 1 5 4 c-1 /h1 c\ng t 1 - 5 - - - -\n");
        let bytes = wire::encode(&outcome);
        let cut = cut % bytes.len();
        prop_assert!(wire::decode(&bytes[..cut]).is_err());
    }
}
