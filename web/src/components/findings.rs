//! Findings as cards, most severe first, each with its evidence numbers and its rule's
//! documentation (what, why, what to check). Clicking a card highlights its hosts, members and
//! partitions in the tables and charts; clicking it again (or Escape) clears that.

use lagscope_core::findings::evidence::{EvidenceUnit, unit_of};
use lagscope_core::findings::{FindingSeverity, catalogue};
use lagscope_core::series::clock::Zone;
use yew::prelude::*;

use crate::format;
use crate::i18n::{Lang, bi};
use crate::state::{Action, AppState};

#[derive(Properties, PartialEq)]
pub(crate) struct FindingsProps {
    pub(crate) state: UseReducerHandle<AppState>,
}

#[function_component(FindingsPanel)]
pub(crate) fn findings_panel(props: &FindingsProps) -> Html {
    let state = &props.state;
    let lang = state.lang;
    let findings = &state.workbench.findings;
    let rules = catalogue();
    let zone = &state.workbench.zone;
    html! {
        <section class="panel findings" id="findings" aria-label={bi(lang, "Findings", "분석 결과")}>
            <h2>{format!("{} ({})", bi(lang, "Findings", "분석 결과"), findings.len())}</h2>
            if findings.is_empty() {
                <p class="ok">{bi(lang, "No rule fired: nothing looks wrong in what was given.", "해당하는 규칙이 없습니다. 주어진 데이터에서 이상이 보이지 않습니다.")}</p>
            }
            <ol class="finding-list">
                { for findings.iter().enumerate().map(|(index, finding)| {
                    let selected = state.selection.finding == Some(index);
                    let onclick = {
                        let state = state.clone();
                        Callback::from(move |_: MouseEvent| state.dispatch(Action::Select(index)))
                    };
                    let docs = rules.iter().find(|rule| rule.id == finding.rule);
                    let severity = match finding.severity {
                        FindingSeverity::Critical => "critical",
                        FindingSeverity::Warning => "warning",
                        FindingSeverity::Info => "info",
                    };
                    html! {
                        <li class={classes!("finding", severity, selected.then_some("selected"))} data-rule={finding.rule}>
                            <button class="finding-head" aria-pressed={selected.to_string()} {onclick}>
                                <span class={classes!("severity", severity)}>{severity}</span>
                                <span class="finding-title">{&finding.title}</span>
                            </button>
                            <p class="finding-summary">{&finding.summary}</p>
                            if !finding.evidence.is_empty() {
                                <dl class="evidence">
                                    { for finding.evidence.iter().map(|(key, value)| html! {
                                        <div><dt>{label(key)}</dt><dd data-key={*key}>{evidence_text(key, value, lang, zone)}</dd></div>
                                    }) }
                                </dl>
                            }
                            if let Some(docs) = docs {
                                <details class="rule-docs">
                                    <summary>{format!("{} · {}", bi(lang, "About this rule", "이 규칙에 대해"), docs.id)}</summary>
                                    <dl>
                                        <dt>{bi(lang, "What", "무엇")}</dt><dd>{docs.what}</dd>
                                        <dt>{bi(lang, "Why it matters", "왜 중요한가")}</dt><dd>{docs.why}</dd>
                                        <dt>{bi(lang, "Evidence", "근거")}</dt><dd>{docs.evidence}</dd>
                                        <dt>{bi(lang, "What to check", "확인할 것")}</dt><dd>{docs.next}</dd>
                                    </dl>
                                </details>
                            }
                        </li>
                    }
                }) }
            </ol>
        </section>
    }
}

/// An evidence key as a label: `joined_after_ms` → `joined after` (the value carries its unit).
fn label(key: &str) -> String {
    let bare = match unit_of(key) {
        Some(EvidenceUnit::TimeMs | EvidenceUnit::DurationMs) => key.strip_suffix("_ms").unwrap_or(key),
        _ => key,
    };
    bare.replace('_', " ")
}

/// An evidence value in a person's units: times as the incident's wall clock, durations as
/// "2 h 55 min", shares as %, counts with separators; nested records field by field.
fn evidence_text(key: &str, value: &serde_json::Value, lang: Lang, zone: &Zone) -> String {
    match value {
        serde_json::Value::Number(number) => {
            let Some(n) = number.as_f64() else { return number.to_string() };
            match unit_of(key) {
                Some(EvidenceUnit::TimeMs) => {
                    number.as_i64().map_or_else(|| n.to_string(), |ms| format::time(ms, zone))
                }
                Some(EvidenceUnit::DurationMs) => format::duration(n / 1000.0, lang),
                Some(EvidenceUnit::DurationS) => format::duration(n, lang),
                Some(EvidenceUnit::Share) => format::share(n),
                Some(EvidenceUnit::PerSecond) => format::per_second(n, lang),
                Some(EvidenceUnit::PerHour) => format::per_hour(n, lang),
                Some(EvidenceUnit::Count | EvidenceUnit::Plain) | None => format::amount(n),
            }
        }
        serde_json::Value::String(text) => text.clone(),
        serde_json::Value::Bool(yes) => {
            if *yes { bi(lang, "yes", "예") } else { bi(lang, "no", "아니요") }.to_owned()
        }
        serde_json::Value::Null => bi(lang, "unknown", "알 수 없음").to_owned(),
        serde_json::Value::Array(items) => {
            items.iter().map(|item| evidence_text(key, item, lang, zone)).collect::<Vec<_>>().join("; ")
        }
        serde_json::Value::Object(fields) => fields
            .iter()
            .map(|(field, value)| format!("{}: {}", label(field), evidence_text(field, value, lang, zone)))
            .collect::<Vec<_>>()
            .join(", "),
    }
}
