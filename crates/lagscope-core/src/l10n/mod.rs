//! Everything a person reads, in their language: the core says *what* to say as a [`Message`] (a
//! stable id and typed arguments), and one [`Localizer`] renders it with a language's catalogue.
//!
//! The catalogues are two data files, `i18n/en.ftl` and `i18n/ko.ftl`, in a subset of Project
//! Fluent's syntax ([`catalogue`]): ids, named arguments (`{ $host }`), selectors on plural
//! categories or values (`{ $count -> [one] … *[other] … }`), references to other messages and
//! terms. The `fluent` crates were weighed and not taken: with their locale and plural-rule tables
//! they cost more than the first load's remaining budget, and two languages need none of it.
//!
//! Numbers, durations, shares, rates and times in arguments are written per language in one place
//! ([`mod@format`]), so a finding and the page around it agree.
//!
//! Adding a message: (1) emit it with [`msg!`](crate::msg) (`msg!("slow-host-title", host = name, share = Arg::share(x))`);
//! (2) add the id with its English text to `i18n/en.ftl`; (3) add the Korean text to
//! `i18n/ko.ftl`. `tests/l10n.rs` fails until both catalogues have it with the same arguments.

pub mod catalogue;
pub mod format;

use std::borrow::Cow;
use std::sync::Arc;

use serde::Serialize;
use serde::ser::SerializeMap;

pub use catalogue::{Catalogue, split_for_web};

use crate::series::clock::Zone;

/// A language people read lagscope in.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// English (the default).
    #[default]
    En,
    /// Korean.
    Ko,
}

impl Lang {
    /// Every language, in the order a switch offers them.
    pub const ALL: [Self; 2] = [Self::En, Self::Ko];

    /// Its code: `en`, `ko` (`--lang`, `<html lang>`, local storage, share links).
    #[must_use]
    pub fn code(self) -> &'static str {
        match self {
            Self::En => "en",
            Self::Ko => "ko",
        }
    }

    /// The language of a code (`ko`, `KO`).
    #[must_use]
    pub fn from_code(code: &str) -> Option<Self> {
        match code.trim().to_ascii_lowercase().as_str() {
            "en" => Some(Self::En),
            "ko" => Some(Self::Ko),
            _ => None,
        }
    }

    /// The language a POSIX locale (`LC_ALL`, `LANG`: `ko_KR.UTF-8`, `en_US`, `C`) or a browser
    /// language tag (`ko-KR`) names, when it is one of ours.
    #[must_use]
    pub fn from_locale(locale: &str) -> Option<Self> {
        let language = locale.split(['_', '-', '.', '@']).next().unwrap_or_default();
        Self::from_code(language)
    }

    /// The other language, for a two-way switch.
    #[must_use]
    pub fn other(self) -> Self {
        match self {
            Self::En => Self::Ko,
            Self::Ko => Self::En,
        }
    }

    /// The CLDR plural category of a number in this language (`one`, `other`).
    #[must_use]
    pub fn plural_category(self, value: f64) -> &'static str {
        match self {
            // English: "1" is one; "1.0", "0", "2" are other (CLDR's rule for `en`).
            Self::En if (value - 1.0).abs() < f64::EPSILON => "one",
            Self::En | Self::Ko => "other",
        }
    }
}

/// What to say, without saying it in a language yet: a catalogue id and its arguments by name.
#[derive(Debug, Clone, PartialEq)]
pub struct Message {
    /// The catalogue id (kebab-case, stable: scripts may match on it).
    pub id: Cow<'static, str>,
    /// The arguments the catalogue's text names (`{ $host }`).
    pub args: Vec<(Cow<'static, str>, Arg)>,
}

impl Message {
    /// A message without arguments.
    #[must_use]
    pub fn new(id: &'static str) -> Self {
        Self { id: Cow::Borrowed(id), args: Vec::new() }
    }

    /// `self` with one more argument.
    #[must_use]
    pub fn with(mut self, name: &'static str, value: impl Into<Arg>) -> Self {
        self.args.push((Cow::Borrowed(name), value.into()));
        self
    }

    /// The argument named `name`.
    #[must_use]
    pub fn arg(&self, name: &str) -> Option<&Arg> {
        self.args.iter().find(|(key, _)| key == name).map(|(_, value)| value)
    }
}

impl Serialize for Message {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let text = RENDERING.with(|cell| cell.borrow().as_ref().map(|localizer| localizer.render(self)));
        let mut map = serializer.serialize_map(Some(if text.is_some() { 3 } else { 2 }))?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("args", &Args(&self.args))?;
        if let Some(text) = text {
            map.serialize_entry("text", &text)?;
        }
        map.end()
    }
}

struct Args<'a>(&'a [(Cow<'static, str>, Arg)]);

impl Serialize for Args<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (name, value) in self.0 {
            map.serialize_entry(name, value)?;
        }
        map.end()
    }
}

/// `msg!("id", name = value, …)`: a [`Message`]; each value becomes an [`Arg`] through `From`
/// (text, whole numbers, `Option`s of them, other messages) or is one already
/// (`Arg::share(0.97)`, `Arg::seconds(10480.0)`, `Arg::time(ms, zone)`).
#[macro_export]
macro_rules! msg {
    ($id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::l10n::Message {
            id: ::std::borrow::Cow::Borrowed($id),
            args: vec![$((::std::borrow::Cow::Borrowed(stringify!($name)), $crate::l10n::Arg::from($value))),*],
        }
    };
}

/// A typed argument: the language decides how it is written.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    /// Verbatim text: a host, a member id, a group, a topic, a setting's name, a value as the input
    /// printed it.
    Text(String),
    /// A whole number, written with separators (`1,234,567`).
    Int(i64),
    /// A whole number written as digits only, as editors and tools write it: a line number, an
    /// offset quoted from a dump.
    Plain(i64),
    /// A measured number: whole numbers grouped, small ones with one decimal.
    Amount(f64),
    /// A number with a fixed count of decimals.
    Decimal(f64, u8),
    /// A share of a whole: `0.973` → `97%`.
    Share(f64),
    /// A duration in seconds: `10480` → `2 h 55 min` / `2시간 55분`.
    Seconds(f64),
    /// A rate per second: `12.5/s` / `12.5/초`.
    PerSecond(f64),
    /// A rate per hour.
    PerHour(f64),
    /// A moment, in the incident's zone (UTC when it names none, and then said).
    Time(i64, Option<Zone>),
    /// Several texts, listed (`a, b, c`).
    List(Vec<String>),
    /// Several counts, listed (`1,200, 1,500`).
    Counts(Vec<i64>),
    /// Counts in the order they happened (`100,000 → 102,400 → 104,800`).
    Sequence(Vec<i64>),
    /// Another message, rendered in place (a clause that depends on the case).
    Message(Box<Message>),
    /// Not known (`-` in a dump): written as the language's "unknown".
    Unknown,
}

impl Arg {
    /// A share of a whole (`0.973` is 97%).
    #[must_use]
    pub fn share(value: f64) -> Self {
        Self::Share(value)
    }

    /// A duration in seconds.
    #[must_use]
    pub fn seconds(value: f64) -> Self {
        Self::Seconds(value)
    }

    /// A duration in milliseconds.
    #[must_use]
    pub fn millis(value: i64) -> Self {
        Self::Seconds(value as f64 / 1000.0)
    }

    /// A measured amount.
    #[must_use]
    pub fn amount(value: f64) -> Self {
        Self::Amount(value)
    }

    /// A number with `places` decimals.
    #[must_use]
    pub fn decimal(value: f64, places: u8) -> Self {
        Self::Decimal(value, places)
    }

    /// Records per second.
    #[must_use]
    pub fn per_second(value: f64) -> Self {
        Self::PerSecond(value)
    }

    /// Records per hour.
    #[must_use]
    pub fn per_hour(value: f64) -> Self {
        Self::PerHour(value)
    }

    /// A moment (ms since the epoch) in `zone` (UTC, said, when `None`).
    #[must_use]
    pub fn time(ms: i64, zone: Option<&Zone>) -> Self {
        Self::Time(ms, zone.cloned())
    }

    /// Texts to list.
    #[must_use]
    pub fn list<T: ToString>(items: impl IntoIterator<Item = T>) -> Self {
        Self::List(items.into_iter().map(|item| item.to_string()).collect())
    }

    /// The number it holds, for selectors.
    fn number(&self) -> Option<f64> {
        match *self {
            Self::Int(value) | Self::Plain(value) => Some(value as f64),
            Self::Amount(value)
            | Self::Decimal(value, _)
            | Self::Share(value)
            | Self::Seconds(value)
            | Self::PerSecond(value)
            | Self::PerHour(value) => Some(value),
            Self::List(ref items) => Some(items.len() as f64),
            Self::Counts(ref items) | Self::Sequence(ref items) => Some(items.len() as f64),
            _ => None,
        }
    }
}

impl Serialize for Arg {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Text(text) => serializer.serialize_str(text),
            Self::Int(value) | Self::Plain(value) => serializer.serialize_i64(*value),
            Self::Amount(value)
            | Self::Decimal(value, _)
            | Self::Share(value)
            | Self::Seconds(value)
            | Self::PerSecond(value)
            | Self::PerHour(value) => {
                if value.is_finite() {
                    serializer.serialize_f64(*value)
                } else {
                    serializer.serialize_none()
                }
            }
            Self::Time(ms, _) => serializer.serialize_i64(*ms),
            Self::List(items) => items.serialize(serializer),
            Self::Counts(items) | Self::Sequence(items) => items.serialize(serializer),
            Self::Message(message) => message.serialize(serializer),
            Self::Unknown => serializer.serialize_none(),
        }
    }
}

impl From<String> for Arg {
    fn from(value: String) -> Self {
        Self::Text(value)
    }
}
impl From<&String> for Arg {
    fn from(value: &String) -> Self {
        Self::Text(value.clone())
    }
}
impl From<&str> for Arg {
    fn from(value: &str) -> Self {
        Self::Text(value.to_owned())
    }
}
impl From<&crate::model::Name> for Arg {
    fn from(value: &crate::model::Name) -> Self {
        Self::Text(value.to_string())
    }
}
impl From<crate::model::Name> for Arg {
    fn from(value: crate::model::Name) -> Self {
        Self::Text(value.to_string())
    }
}
impl From<char> for Arg {
    fn from(value: char) -> Self {
        Self::Text(value.to_string())
    }
}
impl From<Message> for Arg {
    fn from(value: Message) -> Self {
        Self::Message(Box::new(value))
    }
}
impl From<Vec<String>> for Arg {
    fn from(value: Vec<String>) -> Self {
        Self::List(value)
    }
}
impl<T: Into<Arg>> From<Option<T>> for Arg {
    fn from(value: Option<T>) -> Self {
        value.map_or(Self::Unknown, Into::into)
    }
}
macro_rules! whole_numbers {
    ($($kind:ty),*) => {$(
        impl From<$kind> for Arg {
            fn from(value: $kind) -> Self {
                Self::Int(i64::try_from(value).unwrap_or(i64::MAX))
            }
        }
        impl From<&$kind> for Arg {
            fn from(value: &$kind) -> Self {
                Self::Int(i64::try_from(*value).unwrap_or(i64::MAX))
            }
        }
    )*};
}
whole_numbers!(i8, i16, i32, i64, u8, u16, u32, u64, usize, i128, u128);

/// A language and its catalogue: renders [`Message`]s.
#[derive(Debug, Clone)]
pub struct Localizer {
    lang: Lang,
    catalogue: Arc<Catalogue>,
}

impl Localizer {
    /// `lang` with `catalogue` (its `i18n/<lang>.ftl`, already parsed).
    #[must_use]
    pub fn new(lang: Lang, catalogue: Catalogue) -> Self {
        Self { lang, catalogue: Arc::new(catalogue) }
    }

    /// The catalogue bundled with the crate for `lang` (the CLI and tests; the web app loads its
    /// language's file on demand instead, to keep the first load small).
    #[must_use]
    pub fn bundled(lang: Lang) -> Self {
        let text = match lang {
            Lang::En => bundled::EN,
            Lang::Ko => bundled::KO,
        };
        Self::new(lang, Catalogue::parse(text).catalogue)
    }

    /// Its language.
    #[must_use]
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// Its catalogue.
    #[must_use]
    pub fn catalogue(&self) -> &Catalogue {
        &self.catalogue
    }

    /// `message` in this language.
    #[must_use]
    pub fn render(&self, message: &Message) -> String {
        let mut out = String::new();
        self.catalogue.write(self, &message.id, &message.args, &mut out, 0);
        out
    }

    /// The text of an id without arguments (an interface label).
    #[must_use]
    pub fn text(&self, id: &str) -> String {
        let mut out = String::new();
        self.catalogue.write(self, id, &[], &mut out, 0);
        out
    }

    /// Whether the catalogue has `id`.
    #[must_use]
    pub fn has(&self, id: &str) -> bool {
        self.catalogue.contains(id)
    }

    /// One argument as this language writes it.
    pub(crate) fn write_arg(&self, arg: &Arg, out: &mut String, depth: usize) {
        match arg {
            Arg::Text(text) => out.push_str(text),
            Arg::Int(value) => out.push_str(&format::count(*value)),
            Arg::Plain(value) => out.push_str(&value.to_string()),
            Arg::Amount(value) => out.push_str(&format::amount(*value)),
            Arg::Decimal(value, places) => out.push_str(&format::decimal(*value, *places)),
            Arg::Share(value) => out.push_str(&format::share(*value)),
            Arg::Seconds(value) => out.push_str(&format::duration(*value, self.lang)),
            Arg::PerSecond(value) => out.push_str(&format::per_second(*value, self.lang)),
            Arg::PerHour(value) => out.push_str(&format::per_hour(*value, self.lang)),
            Arg::Time(ms, zone) => out.push_str(&format::time(*ms, zone.as_ref())),
            Arg::List(items) => out.push_str(&items.join(", ")),
            Arg::Counts(items) => {
                out.push_str(&items.iter().map(|item| format::count(*item)).collect::<Vec<_>>().join(", "));
            }
            Arg::Sequence(items) => {
                out.push_str(&items.iter().map(|item| format::count(*item)).collect::<Vec<_>>().join(" → "));
            }
            Arg::Message(message) => self.catalogue.write(self, &message.id, &message.args, out, depth + 1),
            Arg::Unknown => self.catalogue.write(self, "unknown", &[], out, depth + 1),
        }
    }

    /// `value` as JSON with every message rendered in this language beside its id: a field
    /// `summary` becomes `"summary": "<text>"`, `"summary_id"` and `"summary_args"`; a message in
    /// a list becomes `{"id", "args", "text"}`. Scripts match on the ids; people read the text.
    pub fn to_json<T: Serialize + ?Sized>(&self, value: &T) -> Result<serde_json::Value, serde_json::Error> {
        let previous = RENDERING.with(|cell| cell.replace(Some(self.clone())));
        let json = serde_json::to_value(value);
        RENDERING.with(|cell| cell.replace(previous));
        let mut json = json?;
        hoist_messages(&mut json);
        Ok(json)
    }
}

thread_local! {
    /// The localizer [`Localizer::to_json`] serialises with: set only for the duration of that
    /// call, so serialising stays a pure function of its arguments.
    static RENDERING: std::cell::RefCell<Option<Localizer>> = const { std::cell::RefCell::new(None) };
}

/// `field: {"id", "args", "text"}` → `field: text`, `field_id: id`, `field_args: args`.
fn hoist_messages(value: &mut serde_json::Value) {
    match value {
        serde_json::Value::Object(map) => {
            let keys: Vec<String> = map.keys().cloned().collect();
            for key in keys {
                let Some(field) = map.get_mut(&key) else { continue };
                if is_rendered_message(field) {
                    let mut message = std::mem::take(field);
                    let parts = message.as_object_mut().map(std::mem::take).unwrap_or_default();
                    for (part, value) in parts {
                        match part.as_str() {
                            "text" => map.insert(key.clone(), value),
                            _ => map.insert(format!("{key}_{part}"), value),
                        };
                    }
                } else {
                    hoist_messages(field);
                }
            }
        }
        serde_json::Value::Array(items) => {
            items.iter_mut().filter(|item| !is_rendered_message(item)).for_each(hoist_messages);
        }
        _ => {}
    }
}

fn is_rendered_message(value: &serde_json::Value) -> bool {
    value.as_object().is_some_and(|map| {
        map.len() == 3
            && map.get("id").is_some_and(serde_json::Value::is_string)
            && map.get("args").is_some_and(serde_json::Value::is_object)
            && map.get("text").is_some_and(serde_json::Value::is_string)
    })
}

/// `message` in English from the bundled catalogue (tests and examples; parsed once).
#[must_use]
pub fn english(message: &Message) -> String {
    // Only the English catalogue: a binary that calls this (an error's `Display`) carries no other.
    static ENGLISH: std::sync::LazyLock<Localizer> =
        std::sync::LazyLock::new(|| Localizer::new(Lang::En, Catalogue::parse(bundled::EN).catalogue));
    ENGLISH.render(message)
}

/// The catalogues bundled with the crate (used by the CLI and the tests; a binary that never
/// names them does not carry them).
pub mod bundled {
    /// `i18n/en.ftl`.
    pub const EN: &str = include_str!("../../../../i18n/en.ftl");
    /// `i18n/ko.ftl`.
    pub const KO: &str = include_str!("../../../../i18n/ko.ftl");
}
