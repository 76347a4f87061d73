//! The document: what a visitor gave (the pasted text, the files, the consumer settings) and
//! chose (the view, the what-if question, the reset plans). It is remembered across reloads
//! (local storage), carried whole in a share link's fragment (`#s=…`, which browsers never send to
//! a server), and saved as a file when a link would be too long. The three are one JSON form,
//! read by the one reader here.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::i18n::Lang;

/// The places of the app.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum View {
    Analyze,
    Assignment,
    Playground,
    Learn,
}

/// One group's offset-reset choice, as typed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ResetForm {
    pub kind: String,
    pub value: String,
    pub topics: String,
    pub bootstrap: String,
}

impl Default for ResetForm {
    fn default() -> Self {
        Self {
            kind: "to-latest".to_owned(),
            value: String::new(),
            topics: String::new(),
            bootstrap: "localhost:9092".to_owned(),
        }
    }
}

/// What the visitor gave and chose: the inputs determine the analysis; the rest is the questions
/// asked of it. All of it is remembered and carried by a share link.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Document {
    /// The paste box.
    pub paste: String,
    /// Files, each read on its own: (name, text).
    pub files: Vec<(String, String)>,
    /// Consumer settings as typed: (Kafka property, value).
    pub settings: Vec<(String, String)>,
    /// The view shown.
    pub view: Option<View>,
    /// The Assignment view's question ([`crate::WhatIfForm`] as the lazily loaded module writes
    /// it), kept as JSON: the page only stores and hands it back, so its first load carries no code
    /// for the question's parts (null until the view is first used).
    pub what_if: serde_json::Value,
    /// Per group index, the reset planner's choice ([`ResetForm`] as the lazily loaded planner
    /// writes it), kept as JSON like `what_if`.
    pub resets: BTreeMap<usize, serde_json::Value>,
    /// The language it was read in (`en`, `ko`): a share link opens in it. Absent in older links
    /// and documents, which open in the visitor's language.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
}

/// The name of the paste box's input, as the analysis names it.
pub const PASTE_INPUT: &str = "pasted text";

impl Document {
    /// (name, text) of every input, in the order the analysis reads them.
    #[must_use]
    pub fn texts(&self) -> Vec<(&str, &str)> {
        let mut texts = Vec::with_capacity(self.files.len() + 1);
        if !self.paste.trim().is_empty() {
            texts.push((PASTE_INPUT, self.paste.as_str()));
        }
        texts.extend(self.files.iter().map(|(name, text)| (name.as_str(), text.as_str())));
        texts
    }

    /// The language the document names, if it names one of ours.
    #[must_use]
    pub fn language(&self) -> Option<Lang> {
        self.lang.as_deref().and_then(Lang::from_code)
    }

    /// The settings the core understands, and a message per setting it does not.
    #[must_use]
    pub fn consumer_config(
        &self,
    ) -> (lagscope_core::findings::ConsumerConfig, Vec<lagscope_core::l10n::Message>) {
        crate::consumer_config(&self.settings)
    }

    /// What the lazily loaded module needs to write `kind` (a report or a download) of this
    /// document; the paste is named in the reader's language (the report lists its inputs).
    #[must_use]
    pub fn export_request(&self, kind: &str, texts: &crate::i18n::Texts) -> crate::ExportRequest {
        let mut inputs = Vec::with_capacity(self.files.len() + 1);
        if !self.paste.trim().is_empty() {
            inputs.push((texts.t("ui-pasted-text"), self.paste.clone()));
        }
        inputs.extend(self.files.iter().cloned());
        crate::ExportRequest { kind: kind.to_owned(), texts: inputs, settings: self.settings.clone() }
    }

    /// The bytes of its inputs (names and texts), saturating.
    #[must_use]
    pub fn size(&self) -> usize {
        self.files.iter().fold(self.paste.len(), |size, (name, text)| {
            size.saturating_add(name.len()).saturating_add(text.len())
        })
    }

    /// The share link's fragment for this document (what follows `#s=`).
    #[must_use]
    pub fn fragment(&self) -> String {
        share_link::encode(serde_json::to_string(self).unwrap_or_default().as_bytes())
    }

    /// The document a share link's fragment (what follows `#s=`) carries; `None` for anything else.
    #[must_use]
    pub fn from_fragment(fragment: &str) -> Option<Self> {
        serde_json::from_str(std::str::from_utf8(&share_link::decode(fragment)?).ok()?).ok()
    }

    /// The document as a file a visitor keeps when its link would be too long.
    #[must_use]
    pub fn to_file(&self) -> String {
        serde_json::to_string(&DocumentFile { lagscope_document: 1, document: self.clone() })
            .unwrap_or_default()
    }

    /// The document a saved document file holds; `None` for any other text (a dump is never
    /// parsed as JSON here: only a text that starts as a document file is tried).
    #[must_use]
    pub fn from_file(text: &str) -> Option<Self> {
        let text = text.trim_start();
        if !text.starts_with("{\"lagscope_document\"") {
            return None;
        }
        serde_json::from_str::<DocumentFile>(text)
            .ok()
            .filter(|file| file.lagscope_document == 1)
            .map(|file| file.document)
    }
}

/// The longest share link offered, in characters: under Chromium's `url::kMaxURLChars` (2 MiB,
/// which the browser test measures), with room for the address before the fragment. A longer
/// document is saved as a file instead ([`Document::to_file`]).
pub const MAX_LINK_CHARS: usize = 2_000_000;

/// A saved document file (`lagscope-document.json`): the same JSON a link carries, marked, so
/// that opening or dropping the file on the page restores it.
#[derive(Serialize, Deserialize)]
struct DocumentFile {
    /// The file's format version: 1.
    lagscope_document: u32,
    document: Document,
}

/// The JSON a share link carries in its fragment: raw deflate, then base64url without padding.
/// The page only reads links; the lazily loaded module writes them, so the compressor is not in
/// the first load.
pub mod share_link {
    use base64::Engine as _;
    use base64::engine::general_purpose::URL_SAFE_NO_PAD;

    /// The most a fragment may inflate to (a larger one is refused, not allocated).
    const MAX_INFLATED_BYTES: usize = 256 << 20;

    /// `json` compressed and written for a URL fragment.
    #[must_use]
    pub fn encode(json: &[u8]) -> String {
        URL_SAFE_NO_PAD.encode(miniz_oxide::deflate::compress_to_vec(json, 9))
    }

    /// The JSON a fragment carries; `None` when it is not one [`encode`] wrote (or inflates past
    /// 256 MiB).
    #[must_use]
    pub fn decode(fragment: &str) -> Option<Vec<u8>> {
        let compressed = URL_SAFE_NO_PAD.decode(fragment).ok()?;
        miniz_oxide::inflate::decompress_to_vec_with_limit(&compressed, MAX_INFLATED_BYTES).ok()
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    #[test]
    fn a_link_reads_back_what_it_carries() {
        for json in ["", "{}", "{\"paste\":\"GROUP TOPIC\\n한국어 ✓\"}"] {
            assert_eq!(
                share_link::decode(&share_link::encode(json.as_bytes())).as_deref(),
                Some(json.as_bytes())
            );
        }
        assert_eq!(share_link::decode("not base64!"), None);
    }

    /// The hand-written codec this replaces wrote base64url without padding; links shared before
    /// still open (these were written by it: raw deflate at level 9, each tail length once).
    #[test]
    fn links_written_before_still_open() {
        for (fragment, paste) in [
            ("q1YqSCwuSVWyUnIP8g8NUAjxD_B0VqoFAA", "GROUP TOPIC"),
            ("q1YqSCwuSVWyUko3NFKqBQA", "g12"),
            ("q1YqSCwuSVWyUko3NDJWqgUA", "g123"),
        ] {
            assert_eq!(
                Document::from_fragment(fragment).map(|document| document.paste).as_deref(),
                Some(paste)
            );
        }
    }

    fn document() -> impl Strategy<Value = Document> {
        (
            "\\PC{0,200}",
            proptest::collection::vec(("\\PC{0,20}", "\\PC{0,80}"), 0..3),
            proptest::collection::vec(("[a-z.]{1,30}", "\\PC{0,10}"), 0..3),
            proptest::option::of(prop_oneof![
                Just(View::Analyze),
                Just(View::Assignment),
                Just(View::Playground),
                Just(View::Learn)
            ]),
            proptest::collection::btree_map(
                any::<usize>(),
                ("\\PC{0,12}", "\\PC{0,12}").prop_map(|(kind, value)| {
                    serde_json::to_value(ResetForm { kind, value, ..ResetForm::default() })
                        .unwrap_or_default()
                }),
                0..3,
            ),
            proptest::option::of("[a-z]{2}"),
        )
            .prop_map(|(paste, files, settings, view, resets, lang)| Document {
                paste,
                files,
                settings,
                view,
                resets,
                lang,
                ..Document::default()
            })
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 256, failure_persistence: None, ..ProptestConfig::default() })]

        /// A document comes back whole from its link and from its saved file.
        #[test]
        fn a_document_survives_its_link_and_its_file(document in document()) {
            prop_assert_eq!(Document::from_fragment(&document.fragment()), Some(document.clone()));
            prop_assert_eq!(Document::from_file(&document.to_file()), Some(document));
        }

        /// Any fragment, and any fragment one character off a real one, is read or refused: never
        /// a panic, never a runaway allocation.
        #[test]
        fn a_damaged_fragment_is_refused_or_read(
            document in document(),
            at in any::<prop::sample::Index>(),
            with in "[A-Za-z0-9_=+/!-]",
            noise in "\\PC{0,64}",
        ) {
            let mut fragment: Vec<char> = document.fragment().chars().collect();
            if !fragment.is_empty() {
                let index = at.index(fragment.len());
                fragment[index] = with.chars().next().unwrap_or('A');
            }
            let damaged: String = fragment.into_iter().collect();
            let _ = Document::from_fragment(&damaged);
            let _ = Document::from_fragment(&noise);
            let _ = share_link::decode(&noise);
        }

        /// A saved file cut anywhere, or with a byte changed, is read or refused, never a panic;
        /// a text that does not start as a document file is never read as one.
        #[test]
        fn a_damaged_file_is_refused_or_read(
            document in document(),
            cut in any::<prop::sample::Index>(),
            noise in "\\PC{0,64}",
        ) {
            let file = document.to_file();
            let boundaries: Vec<usize> = file.char_indices().map(|(index, _)| index).collect();
            let end = boundaries.get(cut.index(boundaries.len().max(1))).copied().unwrap_or(0);
            let _ = Document::from_file(&file[..end]);
            prop_assert_eq!(Document::from_file(&format!("x{noise}")), None);
        }
    }
}
