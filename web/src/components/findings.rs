//! Findings as cards, most severe first, each with its evidence numbers and its rule's
//! documentation (what, why, what to check). Clicking a card highlights its hosts, members and
//! partitions in the tables and charts; clicking it again (or Escape) clears that.

use lagscope_core::findings::{FindingSeverity, catalogue};
use yew::prelude::*;

use crate::i18n::bi;
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
                                        <div><dt>{key.replace('_', " ")}</dt><dd>{evidence_text(value)}</dd></div>
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

fn evidence_text(value: &serde_json::Value) -> String {
    match value {
        serde_json::Value::String(text) => text.clone(),
        serde_json::Value::Number(number) => number.as_f64().map_or_else(
            || number.to_string(),
            |n| if n.fract() == 0.0 && n.abs() < 1e15 { format!("{}", n as i64) } else { format!("{n:.2}") },
        ),
        serde_json::Value::Array(items) => items.iter().map(evidence_text).collect::<Vec<_>>().join("; "),
        serde_json::Value::Object(fields) => fields
            .iter()
            .map(|(key, value)| format!("{}: {}", key.replace('_', " "), evidence_text(value)))
            .collect::<Vec<_>>()
            .join(", "),
        other => other.to_string(),
    }
}
