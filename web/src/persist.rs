//! What the page keeps between visits (local storage: the document, the language, the theme)
//! and reads from the browser and the address: a share link's document, the visitor's language
//! and colour scheme, the view a link names.

use gloo::storage::{LocalStorage, Storage};
use lagscope_web::document::{Document, View};

use crate::i18n::Lang;
use crate::state::Theme;

const DOCUMENT_KEY: &str = "lagscope.document";
const LANG_KEY: &str = "lagscope.lang";
const THEME_KEY: &str = "lagscope.theme";

/// Documents larger than this are not remembered across visits (local storage is small).
const MAX_REMEMBERED_BYTES: usize = 2 << 20;

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

/// What a visit starts from: a share link's document, else the one kept last time; the language
/// (the link's, else the one chosen last time, else the document's, else the browser's) and the
/// theme (chosen last time, else the system's).
pub(crate) struct Restored {
    pub(crate) document: Option<Document>,
    pub(crate) lang: Lang,
    pub(crate) theme: Theme,
}

pub(crate) fn restore() -> Restored {
    let from_link = share_fragment().and_then(|fragment| Document::from_fragment(&fragment));
    // A share link opens in the language it was shared in; else the language chosen last time.
    let linked_lang = from_link.as_ref().and_then(Document::language);
    let document = from_link.or_else(|| LocalStorage::get::<Document>(DOCUMENT_KEY).ok());
    let lang = linked_lang
        .or_else(|| LocalStorage::get::<String>(LANG_KEY).ok().and_then(|code| Lang::from_code(&code)))
        .or_else(|| document.as_ref().and_then(Document::language))
        .unwrap_or_else(browser_lang);
    let theme = match LocalStorage::get::<String>(THEME_KEY).ok().as_deref() {
        Some("dark") => Theme::Dark,
        Some("light") => Theme::Light,
        _ if prefers_dark() => Theme::Dark,
        _ => Theme::Light,
    };
    Restored { document, lang, theme }
}

/// Saves what a later visit restores, and says whether the document could be kept.
pub(crate) fn save(document: &Document, lang: Lang, theme: Theme) -> Remembered {
    let size = document.size();
    let remembered = if size > MAX_REMEMBERED_BYTES {
        LocalStorage::delete(DOCUMENT_KEY);
        Remembered::TooLarge { size, limit: MAX_REMEMBERED_BYTES }
    } else if LocalStorage::set(DOCUMENT_KEY, document).is_err() {
        LocalStorage::delete(DOCUMENT_KEY);
        Remembered::Refused { size }
    } else {
        Remembered::Kept
    };
    let _ = LocalStorage::set(LANG_KEY, lang.code());
    let _ = LocalStorage::set(THEME_KEY, theme.code());
    remembered
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
