//! Findings as cards, most severe first, each with its evidence numbers and its rule's
//! documentation (what, why, what to check). Clicking a card highlights its hosts, members and
//! partitions in the tables and charts; clicking it again (or Escape) clears that.

use lagscope_core::findings::evidence::{self, EvidenceUnit, unit_of};
use lagscope_core::findings::{FindingSeverity, catalogue};
use lagscope_core::series::clock::Zone;
use yew::prelude::*;

use crate::format;
use crate::i18n::{Lang, Message, Texts};
use crate::state::{Action, AppState};

#[derive(Properties, PartialEq)]
pub(crate) struct FindingsProps {
    pub(crate) state: UseReducerHandle<AppState>,
}

#[function_component(FindingsPanel)]
pub(crate) fn findings_panel(props: &FindingsProps) -> Html {
    let state = &props.state;
    let texts = crate::i18n::use_texts();
    let findings = &state.workbench.findings;
    let rules = catalogue();
    let zone = &state.workbench.zone;
    html! {
        <section class="panel findings" id="findings" aria-label={texts.t("ui-findings")}>
            <h2>{texts.render(&lagscope_core::msg!("ui-findings-count", count = findings.len()))}</h2>
            if findings.is_empty() {
                <p class="ok">{texts.t("ui-no-findings")}</p>
            }
            <ol class="finding-list">
                { for findings.iter().enumerate().map(|(index, finding)| {
                    let selected = state.selection.finding == Some(index);
                    let onclick = {
                        let state = state.clone();
                        Callback::from(move |_: MouseEvent| state.dispatch(Action::Select(index)))
                    };
                    let docs = rules.iter().find(|rule| rule.id == finding.rule);
                    let (severity, severity_label) = match finding.severity {
                        FindingSeverity::Critical => ("critical", Message::new("ui-severity-critical")),
                        FindingSeverity::Warning => ("warning", Message::new("ui-severity-warning")),
                        FindingSeverity::Info => ("info", Message::new("ui-severity-info")),
                    };
                    html! {
                        <li class={classes!("finding", severity, selected.then_some("selected"))} data-rule={finding.rule}>
                            <button class="finding-head" aria-pressed={selected.to_string()} {onclick}>
                                <span class={classes!("severity", severity)}>{texts.render(&severity_label)}</span>
                                <span class="finding-title">{texts.render(&finding.title)}</span>
                            </button>
                            <p class="finding-summary">{texts.render(&finding.summary)}</p>
                            if !finding.evidence.is_empty() {
                                <dl class="evidence">
                                    { for finding.evidence.iter().map(|(key, value)| html! {
                                        <div><dt>{label(key, &texts)}</dt><dd data-key={*key}>{evidence_text(key, value, &texts, zone)}</dd></div>
                                    }) }
                                </dl>
                            }
                            if let Some(docs) = docs {
                                // The rules' documentation loads on demand, when a reader opens it.
                                <details class="rule-docs" ontoggle={Callback::from(|_: Event| crate::i18n::request_complete())}>
                                    <summary>{texts.render(&lagscope_core::msg!("ui-rule-about", rule = docs.id))}</summary>
                                    if texts.is_complete() {
                                        <dl>
                                            <dt>{texts.t("ui-rule-what")}</dt><dd>{texts.render(&docs.what())}</dd>
                                            <dt>{texts.t("ui-rule-why")}</dt><dd>{texts.render(&docs.why())}</dd>
                                            <dt>{texts.t("ui-rule-evidence")}</dt><dd>{texts.render(&docs.evidence())}</dd>
                                            <dt>{texts.t("ui-rule-next")}</dt><dd>{texts.render(&docs.next())}</dd>
                                        </dl>
                                    } else {
                                        <p class="status">{texts.t("ui-loading")}</p>
                                    }
                                </details>
                            }
                        </li>
                    }
                }) }
            </ol>
        </section>
    }
}

/// An evidence key as a label in the page's language (`drain_seconds_at_its_rate` → "time to
/// drain at its rate"); a key the core does not list is shown as it is.
fn label(key: &str, texts: &Texts) -> String {
    evidence::label(key).map_or_else(|| key.to_owned(), |label| texts.render(&label))
}

/// An evidence value in a person's units: times as the incident's wall clock, durations as
/// "2 h 55 min", shares as %, counts with separators; nested records field by field.
fn evidence_text(key: &str, value: &serde_json::Value, texts: &Texts, zone: &Zone) -> String {
    let lang: Lang = texts.lang();
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
            if *yes {
                texts.t("ui-yes")
            } else {
                texts.t("ui-no")
            }
        }
        serde_json::Value::Null => texts.t("unknown"),
        serde_json::Value::Array(items) => {
            items.iter().map(|item| evidence_text(key, item, texts, zone)).collect::<Vec<_>>().join("; ")
        }
        serde_json::Value::Object(fields) => fields
            .iter()
            .map(|(field, value)| {
                format!("{}: {}", label(field, texts), evidence_text(field, value, texts, zone))
            })
            .collect::<Vec<_>>()
            .join(", "),
    }
}
