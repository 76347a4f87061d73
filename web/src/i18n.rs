//! The interface's texts, in the language chosen: every word the page and the lazily loaded
//! module show comes from the catalogue of that language (`i18n/<lang>.ftl`), rendered by the
//! core's one localisation layer. Components read [`Texts`] with [`use_texts`]: [`Texts::t`] for a
//! label, [`Texts::render`] for a message with values (the page's own, `ui-` and `pg-` ids, and the
//! core's: findings, diagnostics, verdicts), so a language switch changes everything at once.

use std::rc::Rc;

pub use lagscope_core::l10n::{Arg, Lang, Localizer, Message};

/// The texts of one language: its catalogue (`i18n/<lang>.ftl`), parsed, and rendered by the
/// core's one localisation layer. Components read it from the context the app provides
/// ([`use_texts`]); two values are equal when they are the same loaded catalogue.
#[derive(Debug, Clone)]
pub struct Texts {
    localizer: Rc<Localizer>,
    /// The catalogue as loaded, handed to the lazily loaded module so it need not fetch it again.
    source: Rc<str>,
    /// Whether it holds what loads on demand too ([`load`] with `complete`).
    complete: bool,
}

impl PartialEq for Texts {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.localizer, &other.localizer)
    }
}

impl Texts {
    /// `lang`'s texts from the catalogue's text.
    #[must_use]
    pub fn from_source(lang: Lang, source: &str) -> Self {
        let parsed = lagscope_core::l10n::Catalogue::parse(source);
        for error in &parsed.errors {
            gloo::console::warn!(format!("i18n/{}.ftl line {}: {}", lang.code(), error.line, error.reason));
        }
        Self {
            localizer: Rc::new(Localizer::new(lang, parsed.catalogue)),
            source: source.into(),
            complete: true,
        }
    }

    /// Whether it holds the texts that load on demand (the lazily loaded module's, the rules'
    /// documentation); a page's first texts do not.
    #[must_use]
    pub fn is_complete(&self) -> bool {
        self.complete
    }

    /// Whether it has `id`.
    #[must_use]
    pub fn has(&self, id: &str) -> bool {
        self.localizer.has(id)
    }

    /// The language.
    #[must_use]
    pub fn lang(&self) -> Lang {
        self.localizer.lang()
    }

    /// The catalogue's text, as loaded.
    #[must_use]
    pub fn source(&self) -> &str {
        &self.source
    }

    /// The localizer, for the core's functions that write text (the report, exports).
    #[must_use]
    pub fn localizer(&self) -> &Localizer {
        &self.localizer
    }

    /// The text of `id` (an interface label, no arguments).
    #[must_use]
    pub fn t(&self, id: &str) -> String {
        if self.loads_later(id) {
            return PLACEHOLDER.to_owned();
        }
        self.localizer.text(id)
    }

    /// `message` in this language.
    #[must_use]
    pub fn render(&self, message: &Message) -> String {
        if self.lacks(message) {
            return PLACEHOLDER.to_owned();
        }
        self.localizer.render(message)
    }

    /// Whether `id` is in the part of the catalogue that loads on demand and has not loaded yet;
    /// then the rest is asked for (the views that show it re-render when it arrives). A message the
    /// first paint rarely shows (a tool error's cause) need not be in the first load.
    fn loads_later(&self, id: &str) -> bool {
        let later = !self.complete && !self.localizer.has(id);
        if later {
            request_complete();
        }
        later
    }

    /// Whether `message`, or a message among its arguments, [`Self::loads_later`].
    fn lacks(&self, message: &Message) -> bool {
        self.loads_later(&message.id)
            || message.args.iter().any(|(_, arg)| matches!(arg, Arg::Message(inner) if self.lacks(inner)))
    }
}

/// Loads `lang`'s catalogue from the site (kept offline by the service worker): what the page
/// needs at first paint (`i18n/<code>.ftl`), and with `complete` also what it loads on demand
/// (`i18n/<code>.more.ftl`: the Playground, the Assignment view, the exports, the rules'
/// documentation; `cargo xtask split-catalogues` cuts the one catalogue in two when the site is built).
pub async fn load(lang: Lang, complete: bool) -> Result<Texts, String> {
    let mut source = fetch(&format!("i18n/{}.ftl", lang.code())).await?;
    if complete {
        source.push('\n');
        source.push_str(&fetch(&format!("i18n/{}.more.ftl", lang.code())).await?);
    }
    let mut texts = Texts::from_source(lang, &source);
    texts.complete = complete;
    Ok(texts)
}

async fn fetch(path: &str) -> Result<String, String> {
    use wasm_bindgen::JsCast;
    let window = web_sys::window().ok_or("no window")?;
    // Asked of the server each time (a 304 when unchanged): a catalogue must match the code that
    // names its ids, also right after a new version is deployed.
    let init = web_sys::RequestInit::new();
    init.set_cache(web_sys::RequestCache::NoCache);
    let response = wasm_bindgen_futures::JsFuture::from(window.fetch_with_str_and_init(path, &init))
        .await
        .map_err(|error| format!("{path}: {error:?}"))?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| format!("{path}: not a response"))?;
    if !response.ok() {
        return Err(format!("{path}: HTTP {}", response.status()));
    }
    let text = wasm_bindgen_futures::JsFuture::from(response.text().map_err(|error| format!("{error:?}"))?)
        .await
        .map_err(|error| format!("{path}: {error:?}"))?;
    Ok(text.as_string().unwrap_or_default())
}

/// What a text that loads on demand shows until it has arrived (a moment, on the first paint).
const PLACEHOLDER: &str = "…";

/// The window event with which a view asks the app for the complete texts (what loads on demand).
pub const COMPLETE_TEXTS_EVENT: &str = "lagscope-complete-texts";

/// Asks the app to load the texts that load on demand ([`load`] with `complete`); the views that
/// need them re-render when they arrive.
pub fn request_complete() {
    if let Ok(event) = web_sys::CustomEvent::new(COMPLETE_TEXTS_EVENT) {
        let _ = gloo::utils::window().dispatch_event(&event);
    }
}

/// The texts the app provides to every component.
#[yew::hook]
#[must_use]
pub fn use_texts() -> Texts {
    yew::use_context::<Texts>().unwrap_or_else(|| Texts::from_source(Lang::En, ""))
}
