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
        Self { localizer: Rc::new(Localizer::new(lang, parsed.catalogue)), source: source.into() }
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
        self.localizer.text(id)
    }

    /// `message` in this language.
    #[must_use]
    pub fn render(&self, message: &Message) -> String {
        self.localizer.render(message)
    }
}

/// Loads `lang`'s catalogue from the site (`i18n/<code>.ftl`, kept offline by the service worker).
pub async fn load(lang: Lang) -> Result<Texts, String> {
    use wasm_bindgen::JsCast;
    let window = web_sys::window().ok_or("no window")?;
    let path = format!("i18n/{}.ftl", lang.code());
    let response = wasm_bindgen_futures::JsFuture::from(window.fetch_with_str(&path))
        .await
        .map_err(|error| format!("{path}: {error:?}"))?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| format!("{path}: not a response"))?;
    if !response.ok() {
        return Err(format!("{path}: HTTP {}", response.status()));
    }
    let text = wasm_bindgen_futures::JsFuture::from(response.text().map_err(|error| format!("{error:?}"))?)
        .await
        .map_err(|error| format!("{path}: {error:?}"))?;
    Ok(Texts::from_source(lang, &text.as_string().unwrap_or_default()))
}

/// The texts the app provides to every component.
#[yew::hook]
#[must_use]
pub fn use_texts() -> Texts {
    yew::use_context::<Texts>().unwrap_or_else(|| Texts::from_source(Lang::En, ""))
}
