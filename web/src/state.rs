//! The app's one store. Every change goes through [`Action`]; every change of the document asks
//! the analysis worker (`analysis`) for the core's analysis (`workbench::build`,
//! `overview::overview`), which arrives as [`Action::Analysed`].
//!
//! What a visitor gave (the pasted text, the files, the consumer settings) is the *document*
//! (`lagscope_web::document`); `persist` keeps it across reloads, a share link carries it, and
//! `analysis` reads a large one in a worker.

use std::rc::Rc;

use lagscope_core::overview::GroupOverview;
use lagscope_core::workbench::Workbench;
use lagscope_core::workbench::wire::Analysed;
pub(crate) use lagscope_web::document::{Document, View};
use yew::Reducible;

use crate::analysis::{Pending, next_job, stop_worker};
use crate::i18n::Lang;
pub(crate) use crate::persist::Remembered;
use crate::persist::view_in_address;

/// The `max.poll.interval.ms` `LeaveGroup` storm (shared/seeds/002): dumps between `date` lines.
/// Where the poll-timeout storm sample is served from (fetched on demand: it is large, and most
/// visits never need it).
pub(crate) const SAMPLE_POLL_STORM_URL: &str = "samples/seed-002-leavegroup-storm.txt";

/// Light or dark.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Theme {
    Light,
    Dark,
}

impl Theme {
    pub(crate) fn code(self) -> &'static str {
        match self {
            Self::Light => "light",
            Self::Dark => "dark",
        }
    }
}

/// A bundled sample.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Sample {
    SlowHost,
    PollStorm,
}

/// What a clicked finding is about, highlighted in tables and charts.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Selection {
    pub(crate) finding: Option<usize>,
    pub(crate) hosts: Vec<String>,
    pub(crate) members: Vec<String>,
    pub(crate) partitions: Vec<String>,
}

impl Selection {
    pub(crate) fn has_host(&self, host: &str) -> bool {
        self.hosts.iter().any(|h| h == host)
    }
    pub(crate) fn has_member(&self, member: &str) -> bool {
        self.members.iter().any(|m| m == member)
    }
    pub(crate) fn has_partition(&self, topic: &str, partition: i32) -> bool {
        let name = format!("{topic}-{partition}");
        self.partitions.contains(&name)
    }
    pub(crate) fn is_empty(&self) -> bool {
        self.hosts.is_empty() && self.members.is_empty() && self.partitions.is_empty()
    }
}

/// Two states are equal when they hold the same document, analysis and choices: the shared parts
/// are compared by identity (a new analysis is a new `Rc`), never field by field.
#[derive(Debug, Clone)]
pub(crate) struct AppState {
    pub(crate) view: View,
    pub(crate) document: Rc<Document>,
    pub(crate) workbench: Rc<Workbench>,
    pub(crate) overview: Rc<Vec<GroupOverview>>,
    pub(crate) setting_problems: Rc<Vec<lagscope_core::l10n::Message>>,
    pub(crate) lang: Lang,
    pub(crate) theme: Theme,
    pub(crate) selection: Selection,
    /// Milliseconds the last analysis took (shown, and read by the browser tests).
    pub(crate) analysis_ms: f64,
    /// The document's analysis under way (the results shown are the previous document's).
    pub(crate) pending: Option<Pending>,
    /// The last analysis could not be made (the worker could not start, or failed; the browser's
    /// reason is in the console: it is the browser's text, in its language, not ours).
    pub(crate) failed: bool,
    /// The last large input's analysis was cancelled: the results shown are older.
    pub(crate) cancelled: bool,
    /// The group whose offset-reset planner is open (a dialog over the page).
    pub(crate) reset_open: Option<usize>,
}

pub(crate) enum Action {
    SetView(View),
    /// The paste box changed.
    SetPaste(String),
    /// Files were picked or dropped: (name, bytes) in the order given; each is read on its own.
    AddFiles(Vec<(String, Vec<u8>)>),
    RemoveFile(usize),
    LoadSample(Sample),
    /// A sample whose text was fetched.
    LoadSampleText(Sample, String),
    Clear,
    SetSetting(String, String),
    SetLang(Lang),
    ToggleTheme,
    /// A finding was clicked (again: cleared).
    Select(usize),
    ClearSelection,
    /// A whole document, e.g. from a share link.
    Replace(Document),
    /// The analysis under way read this many bytes.
    Progress(u64, usize),
    /// An analysis arrived, after this many milliseconds.
    Analysed(u64, Rc<Analysed>, f64),
    /// An analysis could not be made, and why.
    AnalysisFailed(u64, String),
    /// Stop the analysis under way.
    Cancel,
    /// The what-if question changed (no new analysis).
    SetWhatIf(serde_json::Value),
    /// A group's reset choice changed (no new analysis).
    SetReset(usize, serde_json::Value),
    /// Open a group's offset-reset planner.
    OpenReset(usize),
    /// Close the offset-reset planner.
    CloseReset,
    /// Analyse the current document again (after a cancel).
    Reanalyse,
}

impl PartialEq for AppState {
    fn eq(&self, other: &Self) -> bool {
        self.view == other.view
            && Rc::ptr_eq(&self.document, &other.document)
            && Rc::ptr_eq(&self.workbench, &other.workbench)
            && Rc::ptr_eq(&self.overview, &other.overview)
            && Rc::ptr_eq(&self.setting_problems, &other.setting_problems)
            && self.lang == other.lang
            && self.theme == other.theme
            && self.selection == other.selection
            && self.analysis_ms.to_bits() == other.analysis_ms.to_bits()
            && self.pending == other.pending
            && self.failed == other.failed
            && self.cancelled == other.cancelled
            && self.reset_open == other.reset_open
    }
}

impl AppState {
    /// The state on page load: a share link's document, else what the visitor had last time,
    /// else the slow-host sample incident. Its analysis is asked of the worker, except the
    /// sample's, which was made when the page was built.
    pub(crate) fn restore() -> Self {
        let restored = crate::persist::restore();
        let mut document = restored.document.unwrap_or_else(|| sample_document(Sample::SlowHost, None));
        document.lang = Some(restored.lang.code().to_owned());
        let view = view_in_address().or(document.view).unwrap_or(View::Analyze);
        let empty = Self {
            view,
            document: Rc::new(Document::default()),
            workbench: Rc::new(Workbench::default()),
            overview: Rc::new(Vec::new()),
            setting_problems: Rc::new(Vec::new()),
            lang: restored.lang,
            theme: restored.theme,
            selection: Selection::default(),
            analysis_ms: 0.0,
            pending: None,
            failed: false,
            cancelled: false,
            reset_open: None,
        };
        empty.with_document(document)
    }

    /// The new document, its analysis asked of the worker (or known already: the bundled
    /// sample's). It keeps the language shown (a share link made from it opens in that language).
    fn with_document(&self, mut document: Document) -> Self {
        document.lang = Some(self.lang.code().to_owned());
        let (_, problems) = document.consumer_config();
        let known = is_sample(&document, Sample::SlowHost).then(crate::analysis::sample_analysis).flatten();
        let common = Self {
            setting_problems: Rc::new(problems),
            cancelled: false,
            failed: false,
            selection: Selection::default(),
            reset_open: None,
            ..self.clone()
        };
        if let Some(analysed) = known {
            next_job();
            return Self {
                document: Rc::new(document),
                workbench: Rc::new(analysed.workbench),
                overview: Rc::new(analysed.overview),
                analysis_ms: 0.0,
                pending: None,
                ..common
            };
        }
        let size = document.size();
        let job = next_job();
        Self {
            document: Rc::new(document),
            pending: Some(Pending { job, done_bytes: 0, total_bytes: size }),
            ..common
        }
    }

    /// The worker's answer for `job`: the analysis shown, or why there is none; an answer for an
    /// older document changes nothing.
    fn answered(&self, job: u64, answer: Result<Rc<Analysed>, String>, ms: f64) -> Self {
        if self.pending.is_none_or(|pending| pending.job != job) {
            return self.clone();
        }
        match answer {
            Ok(analysed) => {
                let Analysed { workbench, overview } =
                    Rc::try_unwrap(analysed).unwrap_or_else(|shared| (*shared).clone());
                Self {
                    workbench: Rc::new(workbench),
                    overview: Rc::new(overview),
                    analysis_ms: ms,
                    pending: None,
                    ..self.clone()
                }
            }
            Err(problem) => {
                gloo::console::warn!(format!("the analysis failed: {problem}"));
                Self { pending: None, failed: true, ..self.clone() }
            }
        }
    }

    /// Saves what a later visit restores, and says whether the document could be kept.
    pub(crate) fn persist(&self) -> Remembered {
        crate::persist::save(&self.document, self.lang, self.theme)
    }

    /// The share link for the current document: this page with the document compressed in the
    /// fragment. The compressor is in the lazily loaded module (a link is not needed for a first
    /// paste): `None` when it could not load.
    pub(crate) async fn share_link(&self) -> Option<String> {
        let location = gloo::utils::window().location();
        let base = format!(
            "{}{}",
            location.origin().unwrap_or_default(),
            location.pathname().unwrap_or_else(|_| "/".to_owned())
        );
        let json = serde_json::to_string(self.document.as_ref()).ok()?;
        let fragment = crate::components::share::ask_module("compressDocument", &[json.into()]).await?;
        Some(format!("{base}#s={fragment}"))
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut document = (*self.document).clone();
        Rc::new(match action {
            Action::SetView(view) => {
                document.view = Some(view);
                Self { view, document: Rc::new(document), reset_open: None, ..(*self).clone() }
            }
            Action::SetWhatIf(form) => {
                document.what_if = form;
                Self { document: Rc::new(document), ..(*self).clone() }
            }
            Action::SetReset(group, form) => {
                document.resets.insert(group, form);
                Self { document: Rc::new(document), ..(*self).clone() }
            }
            Action::OpenReset(group) => Self { reset_open: Some(group), ..(*self).clone() },
            Action::CloseReset => Self { reset_open: None, ..(*self).clone() },
            Action::SetPaste(paste) => {
                document.paste = paste;
                self.with_document(document)
            }
            Action::AddFiles(files) => {
                for (name, bytes) in files {
                    let text = lagscope_core::text::decode(&bytes);
                    // A saved document (a link too long to share) opens as the document it was.
                    match Document::from_file(&text) {
                        Some(saved) => document = saved,
                        None => document.files.push((name, text)),
                    }
                }
                self.with_document(document)
            }
            Action::RemoveFile(index) => {
                if index < document.files.len() {
                    document.files.remove(index);
                }
                self.with_document(document)
            }
            Action::LoadSample(sample) => self.with_document(sample_document(sample, None)),
            Action::LoadSampleText(sample, text) => self.with_document(sample_document(sample, Some(text))),
            Action::Clear => self.with_document(Document::default()),
            Action::SetSetting(key, value) => {
                match document.settings.iter_mut().find(|(k, _)| *k == key) {
                    Some(entry) => entry.1 = value,
                    None => document.settings.push((key, value)),
                }
                self.with_document(document)
            }
            Action::SetLang(lang) => {
                document.lang = Some(lang.code().to_owned());
                Self { lang, document: Rc::new(document), ..(*self).clone() }
            }
            Action::ToggleTheme => Self {
                theme: if self.theme == Theme::Dark { Theme::Light } else { Theme::Dark },
                ..(*self).clone()
            },
            Action::Select(index) => {
                if self.selection.finding == Some(index) {
                    Self { selection: Selection::default(), ..(*self).clone() }
                } else {
                    let entities = self.workbench.findings.get(index).map(|finding| finding.entities.clone());
                    let selection = entities.map_or_else(Selection::default, |entities| Selection {
                        finding: Some(index),
                        hosts: entities.hosts,
                        members: entities.members,
                        partitions: entities.partitions,
                    });
                    Self { selection, ..(*self).clone() }
                }
            }
            Action::ClearSelection => Self { selection: Selection::default(), ..(*self).clone() },
            Action::Replace(document) => {
                // A share link's document brings its language; one without keeps the page's.
                let view = document.view.unwrap_or(self.view);
                let lang = document.language().unwrap_or(self.lang);
                let before = Self { lang, ..(*self).clone() };
                Self { view, ..before.with_document(document) }
            }
            Action::Progress(job, done_bytes) => match self.pending {
                Some(pending) if pending.job == job => {
                    Self { pending: Some(Pending { done_bytes, ..pending }), ..(*self).clone() }
                }
                _ => (*self).clone(),
            },
            Action::Analysed(job, analysed, ms) => self.answered(job, Ok(analysed), ms),
            Action::AnalysisFailed(job, problem) => self.answered(job, Err(problem), 0.0),
            Action::Cancel => {
                next_job();
                stop_worker();
                Self { pending: None, cancelled: self.pending.is_some(), ..(*self).clone() }
            }
            Action::Reanalyse => self.with_document(document),
        })
    }
}

/// Whether `document` is the bundled `sample` as it opens (its text and settings, no file).
fn is_sample(document: &Document, sample: Sample) -> bool {
    let opened = sample_document(sample, None);
    document.files.is_empty() && document.paste == opened.paste && document.settings == opened.settings
}

/// A sample as a document; the poll storm's text is given by the caller once fetched.
pub(crate) fn sample_document(sample: Sample, text: Option<String>) -> Document {
    match sample {
        Sample::SlowHost => {
            Document { paste: lagscope_web::SAMPLE_SLOW_HOST.to_owned(), ..Document::default() }
        }
        Sample::PollStorm => Document {
            paste: text.unwrap_or_default(),
            settings: vec![
                ("max.poll.records".to_owned(), "500".to_owned()),
                ("max.poll.interval.ms".to_owned(), "300000".to_owned()),
                ("processing.ms.per.record".to_owned(), "700".to_owned()),
            ],
            ..Document::default()
        },
    }
}
