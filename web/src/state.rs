//! The app's one store. Every change goes through [`Action`]; the analysis happens here, in one
//! place, by calling the core (`workbench::build`, `overview::overview`).
//!
//! What a visitor gave (the pasted text, the files, the consumer settings) is the *document*:
//! it is remembered across reloads (local storage) and carried whole, compressed, in a share
//! link's fragment (`#s=…`), which browsers never send to a server.

use std::rc::Rc;

use gloo::storage::{LocalStorage, Storage};
use lagscope_core::findings::ConsumerConfig;
use lagscope_core::overview::{GroupOverview, overview};
use lagscope_core::workbench::{Input, Options, Workbench, build};
pub(crate) use lagscope_web::WhatIfForm;
use serde::{Deserialize, Serialize};
use yew::Reducible;

use crate::i18n::Lang;

/// The slow host over time: dumps between `date` lines.
pub(crate) const SAMPLE_SLOW_HOST_TIMED: &str =
    include_str!("../../tests/fixtures/series/slow-host-timed.txt");
/// The `max.poll.interval.ms` `LeaveGroup` storm (shared/seeds/002): dumps between `date` lines.
/// Where the poll-timeout storm sample is served from (fetched on demand: it is large, and most
/// visits never need it).
pub(crate) const SAMPLE_POLL_STORM_URL: &str = "samples/seed-002-leavegroup-storm.txt";

const DOCUMENT_KEY: &str = "lagscope.document";
const LANG_KEY: &str = "lagscope.lang";
const THEME_KEY: &str = "lagscope.theme";
/// Whether the document will come back after a reload.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Remembered {
    /// Kept in local storage.
    Kept,
    /// Larger than the page keeps.
    TooLarge { size: usize, limit: usize },
    /// The browser refused to store it (its storage is full or disabled).
    Refused { size: usize },
}

/// Documents larger than this are not remembered across visits (local storage is small).
const MAX_REMEMBERED_BYTES: usize = 2 << 20;
/// Documents larger than this are analysed in slices between frames, with a progress bar and a
/// cancel button, so the page never stops answering.
pub(crate) const SLICED_ANALYSIS_BYTES: usize = 512 << 10;

thread_local! {
    /// The analysis that may still report; a cancelled or superseded one stops at its next slice.
    static CURRENT_JOB: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// Whether the sliced analysis `job` is still wanted.
pub(crate) fn job_is_current(job: u64) -> bool {
    CURRENT_JOB.with(|current| current.get() == job)
}

/// A large document's analysis under way.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Pending {
    pub(crate) job: u64,
    pub(crate) done_bytes: usize,
    pub(crate) total_bytes: usize,
}

/// The places of the app.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) enum View {
    Analyze,
    Assignment,
    Playground,
    Learn,
}

/// The view the address names: `#learn…` opens Learn, `#play=…` (a Playground run's link) the
/// Playground; anything else names none.
pub(crate) fn view_in_address() -> Option<View> {
    let hash = gloo::utils::window().location().hash().ok()?;
    if hash.starts_with("#learn") {
        Some(View::Learn)
    } else if hash.starts_with("#play=") {
        Some(View::Playground)
    } else {
        None
    }
}

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

/// One group's offset-reset choice, as typed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct ResetForm {
    pub(crate) kind: String,
    pub(crate) value: String,
    pub(crate) topics: String,
    pub(crate) bootstrap: String,
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
pub(crate) struct Document {
    /// The paste box.
    pub(crate) paste: String,
    /// Files, each read on its own: (name, text).
    pub(crate) files: Vec<(String, String)>,
    /// Consumer settings as typed: (Kafka property, value).
    pub(crate) settings: Vec<(String, String)>,
    /// The view shown.
    pub(crate) view: Option<View>,
    /// The Assignment view's question.
    pub(crate) what_if: WhatIfForm,
    /// Per group index, the reset planner's choice.
    pub(crate) resets: std::collections::BTreeMap<usize, ResetForm>,
    /// The language it was read in (`en`, `ko`): a share link opens in it. Absent in older links
    /// and documents, which open in the visitor's language.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) lang: Option<String>,
}

impl Document {
    /// (name, text) of every input, in the order the analysis reads them.
    pub(crate) fn texts(&self) -> Vec<(&str, &str)> {
        let mut texts = Vec::with_capacity(self.files.len() + 1);
        if !self.paste.trim().is_empty() {
            texts.push(("pasted text", self.paste.as_str()));
        }
        texts.extend(self.files.iter().map(|(name, text)| (name.as_str(), text.as_str())));
        texts
    }

    /// The language the document names, if it names one of ours.
    pub(crate) fn language(&self) -> Option<Lang> {
        self.lang.as_deref().and_then(Lang::from_code)
    }

    fn inputs(&self) -> Vec<Input> {
        self.texts().into_iter().map(|(name, text)| Input::text(name, text)).collect()
    }

    /// The settings the core understands, and a message per setting it does not.
    pub(crate) fn consumer_config(&self) -> (ConsumerConfig, Vec<lagscope_core::l10n::Message>) {
        lagscope_web::consumer_config(&self.settings)
    }

    /// What the lazily loaded module needs to write `kind` (a report or a download) of this
    /// document; the paste is named in the reader's language (the report lists its inputs).
    pub(crate) fn export_request(
        &self,
        kind: &str,
        texts: &crate::i18n::Texts,
    ) -> lagscope_web::ExportRequest {
        let pasted = texts.t("ui-pasted-text");
        let mut inputs = Vec::with_capacity(self.files.len() + 1);
        if !self.paste.trim().is_empty() {
            inputs.push((pasted, self.paste.clone()));
        }
        inputs.extend(self.files.iter().cloned());
        lagscope_web::ExportRequest { kind: kind.to_owned(), texts: inputs, settings: self.settings.clone() }
    }

    pub(crate) fn size(&self) -> usize {
        self.paste.len() + self.files.iter().map(|(name, text)| name.len() + text.len()).sum::<usize>()
    }
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

#[derive(Debug, Clone, PartialEq)]
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
    /// A sliced analysis under way (large inputs).
    pub(crate) pending: Option<Pending>,
    /// The last large input's analysis was cancelled: the results shown are older.
    pub(crate) cancelled: bool,
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
    /// A sliced analysis read this many bytes.
    Progress(u64, usize),
    /// A sliced analysis finished.
    Analysed(u64, Rc<Workbench>, f64),
    /// Stop the sliced analysis under way.
    Cancel,
    /// The what-if question changed (no new analysis).
    SetWhatIf(WhatIfForm),
    /// A group's reset choice changed (no new analysis).
    SetReset(usize, ResetForm),
    /// Analyse the current document again (after a cancel).
    Reanalyse,
}

impl AppState {
    /// The state on page load: a share link's document, else what the visitor had last time,
    /// else the slow-host sample incident.
    pub(crate) fn restore() -> Self {
        let from_link = share_fragment().and_then(|fragment| decode_document(&fragment));
        // A share link opens in the language it was shared in; else the language chosen last time.
        let linked_lang = from_link.as_ref().and_then(Document::language);
        let mut document = from_link
            .or_else(|| LocalStorage::get::<Document>(DOCUMENT_KEY).ok())
            .unwrap_or_else(|| sample_document(Sample::SlowHost, None));
        let lang = linked_lang
            .or_else(|| LocalStorage::get::<String>(LANG_KEY).ok().and_then(|code| Lang::from_code(&code)))
            .or_else(|| document.language())
            .unwrap_or_else(browser_lang);
        document.lang = Some(lang.code().to_owned());
        let theme = match LocalStorage::get::<String>(THEME_KEY).ok().as_deref() {
            Some("dark") => Theme::Dark,
            Some("light") => Theme::Light,
            _ if prefers_dark() => Theme::Dark,
            _ => Theme::Light,
        };
        let view = view_in_address().or(document.view).unwrap_or(View::Analyze);
        Self::analysed(view, document, lang, theme)
    }

    fn analysed(view: View, document: Document, lang: Lang, theme: Theme) -> Self {
        let started = now_ms();
        let (consumer, problems) = document.consumer_config();
        let options = Options { consumer, ..Options::default() };
        let workbench = build(&document.inputs(), &options);
        let overview = overview(&workbench);
        Self {
            view,
            document: Rc::new(document),
            workbench: Rc::new(workbench),
            overview: Rc::new(overview),
            setting_problems: Rc::new(problems),
            lang,
            theme,
            selection: Selection::default(),
            analysis_ms: now_ms() - started,
            pending: None,
            cancelled: false,
        }
    }

    /// The new document, analysed now, or (when large) in slices by [`run_sliced_analysis`]. It
    /// keeps the language shown (a share link made from it opens in that language).
    fn with_document(&self, mut document: Document) -> Self {
        document.lang = Some(self.lang.code().to_owned());
        let size = document.size();
        if size <= SLICED_ANALYSIS_BYTES {
            CURRENT_JOB.with(|current| current.set(current.get() + 1));
            return Self::analysed(self.view, document, self.lang, self.theme);
        }
        let job = CURRENT_JOB.with(|current| {
            current.set(current.get() + 1);
            current.get()
        });
        let (_, problems) = document.consumer_config();
        Self {
            document: Rc::new(document),
            setting_problems: Rc::new(problems),
            pending: Some(Pending { job, done_bytes: 0, total_bytes: size }),
            cancelled: false,
            selection: Selection::default(),
            ..self.clone()
        }
    }

    /// Saves what a later visit restores, and says whether the document could be kept.
    pub(crate) fn persist(&self) -> Remembered {
        let size = self.document.size();
        let remembered = if size > MAX_REMEMBERED_BYTES {
            LocalStorage::delete(DOCUMENT_KEY);
            Remembered::TooLarge { size, limit: MAX_REMEMBERED_BYTES }
        } else if LocalStorage::set(DOCUMENT_KEY, self.document.as_ref()).is_err() {
            LocalStorage::delete(DOCUMENT_KEY);
            Remembered::Refused { size }
        } else {
            Remembered::Kept
        };
        let _ = LocalStorage::set(LANG_KEY, self.lang.code());
        let _ = LocalStorage::set(THEME_KEY, self.theme.code());
        remembered
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
                Self { view, document: Rc::new(document), ..(*self).clone() }
            }
            Action::SetWhatIf(form) => {
                document.what_if = form;
                Self { document: Rc::new(document), ..(*self).clone() }
            }
            Action::SetReset(group, form) => {
                document.resets.insert(group, form);
                Self { document: Rc::new(document), ..(*self).clone() }
            }
            Action::SetPaste(paste) => {
                document.paste = paste;
                self.with_document(document)
            }
            Action::AddFiles(files) => {
                for (name, bytes) in files {
                    let text = lagscope_core::text::decode(&bytes);
                    // A saved document (a link too long to share) opens as the document it was.
                    match read_document_file(&text) {
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
            Action::Analysed(job, workbench, ms) => match self.pending {
                Some(pending) if pending.job == job => Self {
                    overview: Rc::new(overview(&workbench)),
                    workbench,
                    analysis_ms: ms,
                    pending: None,
                    ..(*self).clone()
                },
                _ => (*self).clone(),
            },
            Action::Cancel => {
                CURRENT_JOB.with(|current| current.set(current.get() + 1));
                stop_worker();
                Self { pending: None, cancelled: self.pending.is_some(), ..(*self).clone() }
            }
            Action::Reanalyse => self.with_document(document),
        })
    }
}

/// A sample as a document; the poll storm's text is given by the caller once fetched.
pub(crate) fn sample_document(sample: Sample, text: Option<String>) -> Document {
    match sample {
        Sample::SlowHost => Document { paste: SAMPLE_SLOW_HOST_TIMED.to_owned(), ..Document::default() },
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

/// The document a share link's fragment carries (`lagscope_web::share_link`).
/// The longest share link offered, in characters: under Chromium's `url::kMaxURLChars` (2 MiB,
/// which the browser test measures), with room for the address before the fragment. A longer
/// document is saved as a file instead ([`document_file`]).
pub(crate) const MAX_LINK_CHARS: usize = 2_000_000;

/// A saved document file (`lagscope-document.json`): the same JSON a link carries, marked, so
/// that opening or dropping the file on the page restores it. Read with the same code as a link
/// (`serde_json::from_slice`), so the page carries no second reader.
#[derive(Serialize, Deserialize)]
struct DocumentFile {
    /// The file's format version: 1.
    lagscope_document: u32,
    document: Document,
}

/// The document as a file a visitor keeps when its link would be too long.
pub(crate) fn document_file(document: &Document) -> String {
    serde_json::to_string(&DocumentFile { lagscope_document: 1, document: document.clone() })
        .unwrap_or_default()
}

/// The document a saved document file holds; `None` for any other text.
pub(crate) fn read_document_file(text: &str) -> Option<Document> {
    // Only a text that starts as one is tried (a dump is never parsed as JSON here).
    if !text.trim_start().starts_with("{\"lagscope_document\"") {
        return None;
    }
    serde_json::from_slice::<DocumentFile>(text.trim_start().as_bytes()).ok().map(|file| file.document)
}

pub(crate) fn decode_document(fragment: &str) -> Option<Document> {
    serde_json::from_slice(&lagscope_web::share_link::decode(fragment)?).ok()
}

fn share_fragment() -> Option<String> {
    let hash = gloo::utils::window().location().hash().ok()?;
    hash.strip_prefix("#s=").map(str::to_owned)
}

fn browser_lang() -> Lang {
    let language = web_sys::window().and_then(|window| window.navigator().language()).unwrap_or_default();
    if language.starts_with("ko") { Lang::Ko } else { Lang::En }
}

fn prefers_dark() -> bool {
    gloo::utils::window()
        .match_media("(prefers-color-scheme: dark)")
        .ok()
        .flatten()
        .is_some_and(|query| query.matches())
}

fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// A promise's settle function, filled once the promise exists.
type Settle = Rc<std::cell::RefCell<Option<js_sys::Function>>>;

thread_local! {
    /// The parsing worker of the analysis under way, and how to end its wait; a cancel
    /// terminates it at once.
    static WORKER: std::cell::RefCell<Option<(web_sys::Worker, Settle)>> = const { std::cell::RefCell::new(None) };
}

/// Stops the parsing worker, if one is running.
pub(crate) fn stop_worker() {
    WORKER.with(|worker| {
        if let Some((worker, reject)) = worker.borrow_mut().take() {
            worker.terminate();
            // The waiting parse ends too, with an error it will not report.
            if let Some(reject) = reject.borrow_mut().take() {
                let _ = reject.call1(&wasm_bindgen::JsValue::NULL, &"cancelled".into());
            }
        }
    });
}

/// The URLs of this page's wasm-bindgen module and its wasm (trunk preloads both).
fn bundle_urls() -> Option<(String, String)> {
    let document = gloo::utils::document();
    let script = document.query_selector("link[rel=modulepreload]").ok()??.get_attribute("href")?;
    let wasm =
        document.query_selector("link[rel=preload][type='application/wasm']").ok()??.get_attribute("href")?;
    Some((script, wasm))
}

/// Parses `text` in the worker (`worker.js`): `Some(outcome)` when it was a plain dump,
/// `None` when the page should read it itself, `Err` when no worker could run it.
async fn parse_in_worker(
    text: &str,
    on_progress: impl Fn(usize) + 'static,
) -> Result<Option<lagscope_core::parse::ParseOutcome>, String> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen::closure::Closure;
    let (script, wasm) = bundle_urls().ok_or("the page does not name its module")?;
    let options = web_sys::WorkerOptions::new();
    options.set_type(web_sys::WorkerType::Module);
    let worker = web_sys::Worker::new_with_options("worker.js", &options).map_err(|e| format!("{e:?}"))?;
    let resolve: Settle = Rc::default();
    let reject: Settle = Rc::default();
    let on_message = {
        let resolve = resolve.clone();
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
            let data = event.data();
            let progress = js_sys::Reflect::get(&data, &"progress".into()).ok().and_then(|v| v.as_f64());
            if let Some(done) = progress {
                on_progress(done as usize);
            } else if let Some(resolve) = resolve.borrow_mut().take() {
                let bytes = js_sys::Reflect::get(&data, &"bytes".into()).unwrap_or_default();
                let _ = resolve.call1(&wasm_bindgen::JsValue::NULL, &bytes);
            }
        })
    };
    let on_error = {
        let reject = reject.clone();
        Closure::<dyn FnMut(wasm_bindgen::JsValue)>::new(move |error: wasm_bindgen::JsValue| {
            if let Some(reject) = reject.borrow_mut().take() {
                let _ = reject.call1(&wasm_bindgen::JsValue::NULL, &error);
            }
        })
    };
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    let promise = js_sys::Promise::new(&mut |ok, fail| {
        *resolve.borrow_mut() = Some(ok);
        *reject.borrow_mut() = Some(fail);
    });
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"jsUrl".into(), &script.into());
    let _ = js_sys::Reflect::set(&message, &"wasmUrl".into(), &wasm.into());
    let _ = js_sys::Reflect::set(&message, &"text".into(), &text.into());
    worker.post_message(&message).map_err(|e| format!("{e:?}"))?;
    WORKER.with(|slot| *slot.borrow_mut() = Some((worker.clone(), reject.clone())));
    let answer = wasm_bindgen_futures::JsFuture::from(promise).await.map_err(|e| format!("{e:?}"));
    worker.terminate();
    WORKER.with(|slot| {
        slot.borrow_mut().take();
    });
    drop((on_message, on_error));
    let bytes = js_sys::Uint8Array::new(&answer?).to_vec();
    if bytes.is_empty() {
        return Ok(None);
    }
    lagscope_core::parse::wire::decode(&bytes).map(Some)
}

/// Analyses a large document without stopping the page: each plain dump is parsed in a web
/// worker (`worker.js`), with progress, and a cancel terminates it; where no worker can run, the
/// page parses in slices between frames instead. The analysis then runs on what was parsed.
pub(crate) async fn run_sliced_analysis(
    job: u64,
    document: Rc<Document>,
    dispatcher: yew::UseReducerDispatcher<AppState>,
) {
    const LINES_PER_SLICE: usize = 20_000;
    let started = now_ms();
    let mut inputs = Vec::new();
    let mut done_bytes = 0;
    for (name, text) in document.texts() {
        let before = done_bytes;
        let progress = {
            let dispatcher = dispatcher.clone();
            move |done: usize| dispatcher.dispatch(Action::Progress(job, before + done))
        };
        match parse_in_worker(text, progress).await {
            Ok(Some(outcome)) => {
                done_bytes += text.len();
                inputs.push(Input { parsed: Some(outcome), ..Input::text(name, String::new()) });
                if !job_is_current(job) {
                    return;
                }
                continue;
            }
            Ok(None) => {
                done_bytes += text.len();
                inputs.push(Input::text(name, text));
                continue;
            }
            Err(problem) => {
                if !job_is_current(job) {
                    return;
                }
                gloo::console::warn!(format!("no parsing worker ({problem}): reading in slices"));
            }
        }
        if !lagscope_core::workbench::is_plain_dump(text) {
            inputs.push(Input::text(name, text));
            done_bytes += text.len();
            continue;
        }
        let mut parser = lagscope_core::parse::Parser::new(lagscope_core::parse::ParseOptions::default());
        for (index, (_, line)) in lagscope_core::text::numbered_lines(text).enumerate() {
            parser.push_line(line);
            done_bytes += line.len() + 1;
            if index % LINES_PER_SLICE == LINES_PER_SLICE - 1 {
                dispatcher.dispatch(Action::Progress(job, done_bytes));
                gloo::timers::future::TimeoutFuture::new(0).await;
                if !job_is_current(job) {
                    return;
                }
            }
        }
        inputs.push(Input { parsed: Some(parser.finish()), ..Input::text(name, String::new()) });
    }
    dispatcher.dispatch(Action::Progress(job, done_bytes));
    gloo::timers::future::TimeoutFuture::new(0).await;
    if !job_is_current(job) {
        return;
    }
    let (consumer, _) = document.consumer_config();
    let workbench = build(&inputs, &Options { consumer, ..Options::default() });
    dispatcher.dispatch(Action::Analysed(job, Rc::new(workbench), now_ms() - started));
}

/// Fetches a text from this site (the samples are static files beside the app).
pub(crate) async fn fetch_text(url: &str) -> Result<String, String> {
    use wasm_bindgen::JsCast;
    let response = wasm_bindgen_futures::JsFuture::from(gloo::utils::window().fetch_with_str(url))
        .await
        .map_err(|e| format!("{e:?}"))?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| "not a response".to_owned())?;
    if !response.ok() {
        return Err(format!("{url}: HTTP {}", response.status()));
    }
    let text = wasm_bindgen_futures::JsFuture::from(response.text().map_err(|e| format!("{e:?}"))?)
        .await
        .map_err(|e| format!("{e:?}"))?;
    text.as_string().ok_or_else(|| "not text".to_owned())
}
