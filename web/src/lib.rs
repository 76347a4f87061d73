//! What the page's WebAssembly and the lazily loaded one (`src/bin/playground/`: the simulator, the
//! what-if and the exports) share: the English and Korean texts, number formatting, the consumer
//! settings, the what-if question that the page keeps in its document (so a share link carries it)
//! while the lazy module answers it, and the export request (report, JSON, CSV).

pub mod download;
pub mod format;
pub mod i18n;
pub mod lazy;

use serde::{Deserialize, Serialize};

/// The what-if question being asked in the Assignment view. The page keeps it in the document; the
/// Assignment view (in the lazily loaded module) edits it and hands it back with a
/// `lagscope-whatif` window event whose detail is this, as JSON.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WhatIfForm {
    /// Index of the group in the newest snapshot.
    pub group: usize,
    /// The assignor to run.
    pub assignor: lagscope_core::assign::AssignorKind,
    /// The changes to the group, in order.
    pub changes: Vec<lagscope_core::assign::whatif::Change>,
}

impl Default for WhatIfForm {
    fn default() -> Self {
        Self {
            group: 0,
            assignor: lagscope_core::assign::AssignorKind::CooperativeSticky,
            changes: Vec::new(),
        }
    }
}

/// The document as a share link carries it in its fragment: JSON, raw deflate, base64url. The page
/// only reads links (`decode`); the lazily loaded module writes them (`encode`), so the compressor
/// is not in the first load.
pub mod share_link {
    const BASE64URL: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    /// `json` compressed and written for a URL fragment.
    #[must_use]
    pub fn encode(json: &[u8]) -> String {
        let bytes = miniz_oxide::deflate::compress_to_vec(json, 9);
        let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
        for chunk in bytes.chunks(3) {
            let value =
                chunk.iter().enumerate().fold(0_u32, |acc, (i, &b)| acc | (u32::from(b) << (16 - 8 * i)));
            for index in 0..=chunk.len() {
                out.push(char::from(BASE64URL[((value >> (18 - 6 * index)) & 63) as usize]));
            }
        }
        out
    }

    /// The JSON a fragment carries; `None` when it is not one [`encode`] wrote (up to 256 MiB).
    #[must_use]
    pub fn decode(fragment: &str) -> Option<Vec<u8>> {
        let mut compressed = Vec::with_capacity(fragment.len() * 3 / 4);
        let mut buffer = 0_u32;
        let mut bits = 0;
        for byte in fragment.bytes() {
            let value = BASE64URL.iter().position(|&c| c == byte)? as u32;
            buffer = (buffer << 6) | value;
            bits += 6;
            if bits >= 8 {
                bits -= 8;
                compressed.push((buffer >> bits) as u8);
            }
        }
        miniz_oxide::inflate::decompress_to_vec_with_limit(&compressed, 256 << 20).ok()
    }

    #[cfg(test)]
    mod tests {
        #[test]
        fn a_link_reads_back_what_it_carries() {
            for json in ["", "{}", "{\"paste\":\"GROUP TOPIC\\n한국어 ✓\"}"] {
                assert_eq!(super::decode(&super::encode(json.as_bytes())).as_deref(), Some(json.as_bytes()));
            }
            assert_eq!(super::decode("not base64!"), None);
        }
    }
}

/// The consumer settings as typed (Kafka property, value) read by the core, and a message per
/// setting it does not understand; a blank value is no setting.
#[must_use]
pub fn consumer_config(
    settings: &[(String, String)],
) -> (lagscope_core::findings::ConsumerConfig, Vec<lagscope_core::l10n::Message>) {
    let mut config = lagscope_core::findings::ConsumerConfig::default();
    let mut problems = Vec::new();
    for (key, value) in settings {
        if value.trim().is_empty() {
            continue;
        }
        if let Err(problem) = config.set(key, value) {
            problems.push(problem);
        }
    }
    (config, problems)
}

/// What the page hands the lazily loaded module to write a report or a download: the document's
/// inputs and settings, from which the module analyses it again exactly as the page did (the
/// exports are not needed for a first paste, so their code loads on demand).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExportRequest {
    /// `report` (Markdown), `json` (the analysis) or `csv` (the newest snapshot's partitions).
    pub kind: String,
    /// (name, text) of every input, in the order the page reads them.
    pub texts: Vec<(String, String)>,
    /// Consumer settings as typed.
    pub settings: Vec<(String, String)>,
}

impl ExportRequest {
    /// The report or download it asks for, in `localizer`'s language; `None` when there is nothing
    /// to export (a CSV without a snapshot) or the kind is unknown.
    #[must_use]
    pub fn answer(&self, localizer: &lagscope_core::l10n::Localizer) -> Option<String> {
        use lagscope_core::workbench::{Input, Options, build};
        let inputs: Vec<Input> = self.texts.iter().map(|(name, text)| Input::text(name, text)).collect();
        let (consumer, _) = consumer_config(&self.settings);
        let workbench = build(&inputs, &Options { consumer, ..Options::default() });
        match self.kind.as_str() {
            "report" => Some(workbench.report(localizer)),
            "json" => Some(lagscope_core::export::workbench_json(&workbench, localizer)),
            "csv" => workbench.snapshot.as_ref().map(lagscope_core::export::snapshot_csv),
            _ => None,
        }
    }
}

/// A Playground run as its share link carries it (`#play=` and the [`share_link`] encoding of
/// this as JSON): the scenario as written and the seed. A run's manipulations are operations of
/// its scenario, so the link carries them too.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlaygroundLink {
    /// The scenario's JSON.
    pub scenario: String,
    /// The seed.
    pub seed: u64,
}

impl PlaygroundLink {
    /// The address fragment that carries this run (`play=…`, without the `#`).
    #[must_use]
    pub fn fragment(&self) -> String {
        let json = serde_json::to_vec(self).unwrap_or_default();
        format!("play={}", share_link::encode(&json))
    }

    /// The run a `#play=` fragment carries; `None` when it is not one.
    #[must_use]
    pub fn decode(fragment: &str) -> Option<Self> {
        serde_json::from_slice(&share_link::decode(fragment)?).ok()
    }
}

/// The window event that carries an edited [`WhatIfForm`] back to the page.
pub const WHAT_IF_EVENT: &str = "lagscope-whatif";
