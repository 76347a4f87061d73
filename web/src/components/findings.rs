//! Findings as cards, most severe first, each with its evidence numbers and its rule's
//! documentation (what, why, what to check). Clicking a card highlights its hosts, members and
//! partitions in the tables and charts; clicking it again (or Escape) clears that.

use lagscope_core::findings::evidence;
use lagscope_core::findings::{FindingSeverity, catalogue};
use yew::prelude::*;

use crate::i18n::Message;
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
                                        <div><dt>{evidence::label_text(key, texts.localizer())}</dt><dd data-key={*key}>{evidence::value_text(key, value, zone, texts.localizer())}</dd></div>
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
