//! The app's one store: the input text, its parse outcome, and the interface language.
//!
//! Every change goes through [`Action`]; the parse happens here, in one place, by calling the core.

use std::rc::Rc;

use gloo::storage::{LocalStorage, Storage};
use lagscope_core::parse::{ParseOutcome, parse};
use lagscope_core::text::decode;
use yew::Reducible;

use crate::i18n::Lang;

/// The bundled sample incident: the slow "A server" (shared/seeds/000), as a 3.x describe dump.
pub(crate) const SAMPLE_INCIDENT: &str = include_str!("../../tests/fixtures/samples/sample-slow-host.txt");

const INPUT_KEY: &str = "lagscope.input";
const LANG_KEY: &str = "lagscope.lang";
/// Inputs larger than this are not remembered across visits (local storage is small).
const MAX_REMEMBERED_INPUT_BYTES: usize = 1 << 20;

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct AppState {
    pub(crate) input: Rc<str>,
    pub(crate) outcome: Rc<ParseOutcome>,
    pub(crate) lang: Lang,
}

pub(crate) enum Action {
    /// The text area changed.
    SetInput(String),
    /// Files were picked or dropped: (name, bytes) in the order given.
    LoadFiles(Vec<(String, Vec<u8>)>),
    LoadSample,
    Clear,
    SetLang(Lang),
}

impl AppState {
    /// The state on page load: what the visitor had last time, or the sample incident on a first visit.
    pub(crate) fn restore() -> Self {
        let input = LocalStorage::get::<String>(INPUT_KEY).unwrap_or_else(|_| SAMPLE_INCIDENT.to_owned());
        let lang = LocalStorage::get::<String>(LANG_KEY)
            .ok()
            .and_then(|code| Lang::from_code(&code))
            .unwrap_or_else(browser_lang);
        Self::with_input(input, lang)
    }

    fn with_input(input: String, lang: Lang) -> Self {
        let outcome = parse(&input);
        Self { input: input.into(), outcome: Rc::new(outcome), lang }
    }

    /// Saves what a later visit restores.
    pub(crate) fn persist(&self) {
        if self.input.len() <= MAX_REMEMBERED_INPUT_BYTES {
            let _ = LocalStorage::set(INPUT_KEY, self.input.as_ref());
        } else {
            LocalStorage::delete(INPUT_KEY);
        }
        let _ = LocalStorage::set(LANG_KEY, self.lang.code());
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let lang = self.lang;
        Rc::new(match action {
            Action::SetInput(input) => Self::with_input(input, lang),
            Action::LoadFiles(files) => {
                let texts: Vec<String> = files.iter().map(|(_, bytes)| decode(bytes)).collect();
                Self::with_input(texts.join("\n"), lang)
            }
            Action::LoadSample => Self::with_input(SAMPLE_INCIDENT.to_owned(), lang),
            Action::Clear => Self::with_input(String::new(), lang),
            Action::SetLang(lang) => Self { lang, ..(*self).clone() },
        })
    }
}

fn browser_lang() -> Lang {
    let language = web_sys::window().and_then(|window| window.navigator().language()).unwrap_or_default();
    if language.starts_with("ko") { Lang::Korean } else { Lang::English }
}
