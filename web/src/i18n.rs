//! English and Korean texts of the interface.

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

/// Every text the interface shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Text {
    Tagline,
    Privacy,
    LanguageToggle,
    InputTitle,
    InputLabel,
    ChooseFiles,
    Clear,
    DropHere,
    Lines,
    Groups,
    Diagnostics,
    NoDiagnostics,
    NothingYet,
    Line,
    GoToLine,
    Partitions,
    TotalLag,
    State,
    UnknownLagNote,
    Unknown,
    UnnamedGroup,
    LagPerPartition,
    DownloadPng,
    Host,
    Topic,
    Partition,
    CurrentOffset,
    LogEndOffset,
    Lag,
    ConsumerId,
    ClientId,
    Info,
    Warning,
    Error,
    Detected,
    Strategy,
    Members,
    Coordinator,
    ReportedTotalLag,
}

/// The text for `key` in `lang`.
#[allow(clippy::match_same_arms, reason = "two keys may share a translation in one language only")]
#[must_use]
pub fn tr(lang: Lang, key: Text) -> &'static str {
    #[allow(clippy::enum_glob_use, reason = "a table of translations reads best with bare keys")]
    use Text::*;
    match lang {
        Lang::En => match key {
            Tagline => "Kafka consumer-group lag analyzer",
            Privacy => "Runs entirely in your browser: nothing you paste leaves this page.",
            LanguageToggle => "한국어",
            InputTitle => "Input",
            InputLabel => "Consumer-group dump",
            ChooseFiles => "Choose files…",
            Clear => "Clear",
            DropHere => "Drop files to load them",
            Lines => "lines",
            Groups => "groups",
            Diagnostics => "Diagnostics",
            NoDiagnostics => "Every line was understood.",
            NothingYet => "Paste a dump to see its groups.",
            Line => "line",
            GoToLine => "Show this line in the input",
            Partitions => "partitions",
            TotalLag => "total lag",
            State => "state",
            UnknownLagNote => "partitions with unknown lag (not counted, not drawn)",
            Unknown => "unknown",
            UnnamedGroup => "(group not named in the dump)",
            LagPerPartition => "Lag per partition, coloured by host",
            DownloadPng => "Download PNG",
            Host => "Host",
            Topic => "Topic",
            Partition => "Partition",
            CurrentOffset => "Current offset",
            LogEndOffset => "Log-end offset",
            Lag => "Lag",
            ConsumerId => "Consumer id",
            ClientId => "Client id",
            Info => "info",
            Warning => "warning",
            Error => "error",
            Detected => "detected",
            Strategy => "assignor",
            Members => "members",
            Coordinator => "coordinator",
            ReportedTotalLag => "total lag as the tool reported it (covers partitions not listed here)",
        },
        Lang::Ko => match key {
            Tagline => "Kafka 컨슈머 그룹 랙 분석기",
            Privacy => {
                "모든 처리는 브라우저 안에서만 이루어지며, 붙여 넣은 내용은 이 페이지 밖으로 나가지 않습니다."
            }
            LanguageToggle => "English",
            InputTitle => "입력",
            InputLabel => "컨슈머 그룹 덤프",
            ChooseFiles => "파일 선택…",
            Clear => "지우기",
            DropHere => "파일을 놓으면 불러옵니다",
            Lines => "줄",
            Groups => "그룹",
            Diagnostics => "진단",
            NoDiagnostics => "모든 줄을 해석했습니다.",
            NothingYet => "덤프를 붙여 넣으면 그룹이 표시됩니다.",
            Line => "줄",
            GoToLine => "입력에서 이 줄 보기",
            Partitions => "파티션",
            TotalLag => "총 랙",
            State => "상태",
            UnknownLagNote => "랙을 알 수 없는 파티션 (합계와 차트에서 제외)",
            Unknown => "알 수 없음",
            UnnamedGroup => "(덤프에 그룹 이름 없음)",
            LagPerPartition => "파티션별 랙 (호스트별 색상)",
            DownloadPng => "PNG 다운로드",
            Host => "호스트",
            Topic => "토픽",
            Partition => "파티션",
            CurrentOffset => "커밋 오프셋",
            LogEndOffset => "로그 끝 오프셋",
            Lag => "랙",
            ConsumerId => "컨슈머 ID",
            ClientId => "클라이언트 ID",
            Info => "정보",
            Warning => "경고",
            Error => "오류",
            Detected => "감지된 형식",
            Strategy => "할당 전략",
            Members => "멤버",
            Coordinator => "코디네이터",
            ReportedTotalLag => "도구가 보고한 총 랙 (여기 나오지 않은 파티션 포함)",
        },
    }
}

/// A text given in both languages at its place of use (the newer views keep their texts beside
/// the markup that shows them).
#[must_use]
pub fn bi(lang: Lang, english: &'static str, korean: &'static str) -> &'static str {
    match lang {
        Lang::En => english,
        Lang::Ko => korean,
    }
}
