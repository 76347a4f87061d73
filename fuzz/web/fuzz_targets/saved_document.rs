//! Saved documents (`lagscope-document.json`), dropped or opened on the page (`lagscope_web::document`).
//!
//! Input: any bytes, decoded as a dropped file is (`lagscope_core::text::decode`).
//!
//! Promises: no panic; only a text that starts as a document file is read as one; a file that opens
//! as a document opens again, the same, from the file that document writes.
#![no_main]

use lagscope_web::document::Document;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let text = lagscope_core::text::decode(bytes);
    if let Some(document) = Document::from_file(&text) {
        assert!(text.trim_start().starts_with("{\"lagscope_document\""));
        assert_eq!(Document::from_file(&document.to_file()), Some(document));
    }
});
