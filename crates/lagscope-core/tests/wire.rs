//! The parse hand-off format (`parse::wire`): every fixture survives the round trip exactly, and
//! no bytes, however broken, make the reader panic.
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

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn broken_bytes_give_an_error_never_a_panic(bytes in proptest::collection::vec(any::<u8>(), 0..256)) {
        let mut framed = b"LSW2".to_vec();
        framed.extend(bytes);
        let _ = wire::decode(&framed);
    }

    #[test]
    fn truncations_of_a_real_encoding_are_rejected(cut in 0_usize..2000) {
        let outcome = parse("GROUP TOPIC PARTITION CURRENT-OFFSET LOG-END-OFFSET LAG CONSUMER-ID HOST CLIENT-ID\ng t 0 1 5 4 c-1 /h1 c\ng t 1 - 5 - - - -\n");
        let bytes = wire::encode(&outcome);
        let cut = cut % bytes.len();
        prop_assert!(wire::decode(&bytes[..cut]).is_err());
    }
}
