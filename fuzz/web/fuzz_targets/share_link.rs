//! Share links (`#s=…`): the fragment a visitor opens, from anyone (`lagscope_web::document`).
//!
//! Input: any bytes, as the text after `#s=` (a URL fragment is text).
//!
//! Promises: no panic and no runaway allocation (inflation stops at 256 MiB); a fragment that
//! opens as a document opens again, the same, from the link that document writes.
#![no_main]

use lagscope_web::document::{Document, share_link};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let fragment = String::from_utf8_lossy(bytes);
    let _ = share_link::decode(&fragment);
    if let Some(document) = Document::from_fragment(&fragment) {
        assert_eq!(Document::from_fragment(&document.fragment()), Some(document));
    }
});
