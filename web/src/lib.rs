//! What the page's WebAssembly and the lazily loaded one (`src/bin/playground/`: the simulator, the
//! what-if and the exports) share: the English and Korean texts, number formatting, the consumer
//! settings, the what-if question that the page keeps in its document (so a share link carries it)
//! while the lazy module answers it, and the export request (report, JSON, CSV).

pub mod document;
pub mod download;
pub mod format;
pub mod i18n;
pub mod lazy;

use serde::{Deserialize, Serialize};

pub use document::share_link;

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
    /// The document's analysis, exactly as the page made it (the same inputs, settings and core).
    #[must_use]
    pub fn workbench(&self) -> lagscope_core::workbench::Workbench {
        use lagscope_core::workbench::{Input, Options, build};
        let inputs: Vec<Input> = self.texts.iter().map(|(name, text)| Input::text(name, text)).collect();
        let (consumer, _) = consumer_config(&self.settings);
        build(inputs, &Options { consumer, ..Options::default() })
    }

    /// The report or download it asks for, in `localizer`'s language; `None` when there is nothing
    /// to export (a CSV without a snapshot) or the kind is unknown.
    #[must_use]
    pub fn answer(&self, localizer: &lagscope_core::l10n::Localizer) -> Option<String> {
        let workbench = self.workbench();
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
        serde_json::from_str(std::str::from_utf8(&share_link::decode(fragment)?).ok()?).ok()
    }
}

/// The window event that carries an edited [`WhatIfForm`] back to the page.
pub const WHAT_IF_EVENT: &str = "lagscope-whatif";

/// The event the reset planner (in the lazily loaded module) sends the page with each edit of a
/// group's plan: its detail is `{"group": <index>, "form": <ResetForm>}` as JSON ([`ResetEdit`]).
pub const RESET_EVENT: &str = "lagscope-reset";

/// The event the reset planner sends when it is closed (the page hides it and gives the focus back).
pub const RESET_CLOSE_EVENT: &str = "lagscope-reset-close";

/// One edit of a group's reset plan, as the planner hands it to the page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ResetEdit {
    /// Index of the group in the newest snapshot.
    pub group: usize,
    /// The plan as typed ([`document::ResetForm`] as JSON: the page keeps it as it is).
    pub form: serde_json::Value,
}

/// The bundled sample incident (a slow host, dumps between `date` lines): what a first visit
/// shows.
pub const SAMPLE_SLOW_HOST: &str = include_str!("../../tests/fixtures/series/slow-host-timed.txt");

/// [`SAMPLE_SLOW_HOST`]'s analysis as the analysis worker hands it over (`workbench::wire`), made
/// when the page was built (`build.rs`): a first visit's first paint needs no worker.
pub const SAMPLE_SLOW_HOST_ANALYSIS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/slow-host.lsb"));

#[cfg(test)]
mod tests {
    use lagscope_core::workbench::wire::{Analysed, decode};

    /// The analysis made at build time is the one the worker makes of the sample document (its
    /// text pasted, no setting), so the first paint shows what a paste of the sample would.
    #[test]
    fn the_bundled_sample_analysis_is_the_samples_analysis() {
        let document =
            super::document::Document { paste: super::SAMPLE_SLOW_HOST.to_owned(), ..Default::default() };
        let texts =
            document.texts().into_iter().map(|(name, text)| (name.to_owned(), text.to_owned())).collect();
        let request =
            super::ExportRequest { kind: "json".to_owned(), texts, settings: document.settings.clone() };
        let workbench = request.workbench();
        let expected = Analysed { overview: lagscope_core::overview::overview(&workbench), workbench };
        let bundled = decode(super::SAMPLE_SLOW_HOST_ANALYSIS).expect("decodes");
        assert!(!bundled.workbench.findings.is_empty());
        assert_eq!(bundled, expected);
    }
}
