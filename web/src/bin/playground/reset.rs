//! The offset-reset planner: choose where to move a group's committed offsets, preview each
//! partition before and after with the records skipped or replayed, and copy the exact
//! `kafka-consumer-groups.sh --reset-offsets` command (`--dry-run`, then `--execute`). The plan
//! is `lagscope_core::reset::plan`'s. It is not needed for a first paste, so it lives in the lazily
//! loaded module and opens as a dialog over the page (`#reset-host`); every edit goes back to the
//! page's document (a `lagscope-reset` event), so a share link carries the plan.

use std::rc::Rc;

use lagscope_core::reset::{ResetSpec, ResetTarget, plan};
use lagscope_core::workbench::Workbench;
use lagscope_web::document::ResetForm;
use lagscope_web::format::count as format_count;
use lagscope_web::i18n::Texts;
use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// Partition rows previewed at most (the totals and commands cover every partition).
const MAX_ROWS: usize = 100;

#[derive(Properties, PartialEq)]
pub(crate) struct Props {
    /// The page's texts (its language and catalogue).
    pub(crate) texts: Texts,
    /// The page's analysis, made again here from the same document.
    pub(crate) workbench: Rc<Workbench>,
    pub(crate) group_index: usize,
    /// The plan as the page's document holds it.
    pub(crate) form: ResetForm,
}

/// Hands an edited plan to the page (which keeps it in the document).
fn send_edit(group: usize, form: &ResetForm) {
    let edit = lagscope_web::ResetEdit { group, form: serde_json::to_value(form).unwrap_or_default() };
    if let Ok(json) = serde_json::to_string(&edit) {
        lagscope_web::lazy::send_to_page(lagscope_web::RESET_EVENT, &json);
    }
}

fn close() {
    lagscope_web::lazy::send_to_page(lagscope_web::RESET_CLOSE_EVENT, "");
}

#[function_component(ResetPlanner)]
pub(crate) fn reset_planner(props: &Props) -> Html {
    let texts = &props.texts;
    let form_state = use_state(|| props.form.clone());
    {
        // A new group or document: the page's plan for it.
        let form_state = form_state.clone();
        use_effect_with((props.group_index, props.form.clone()), move |(_, form)| {
            form_state.set(form.clone());
        });
    }
    {
        // Opened: the first control has the focus.
        use_effect_with(props.group_index, |_| {
            if let Some(select) = gloo::utils::document().get_element_by_id("reset-kind") {
                let _ = select.unchecked_into::<web_sys::HtmlElement>().focus();
            }
        });
    }
    let form = (*form_state).clone();
    let kind = &form.kind;
    let value = &form.value;
    let topics = &form.topics;
    let bootstrap = &form.bootstrap;
    let Some(group) = props.workbench.snapshot.as_ref().and_then(|s| s.groups.get(props.group_index)) else {
        return html! {};
    };
    let parsed_value: Option<i64> = value.trim().parse().ok();
    let datetime_ms = lagscope_core::series::clock::parse_timestamp(value.trim());
    let target = match kind.as_str() {
        "to-earliest" => Some(ResetTarget::ToEarliest),
        "to-offset" => parsed_value.map(ResetTarget::ToOffset),
        "shift-by" => parsed_value.map(ResetTarget::ShiftBy),
        "to-datetime" => datetime_ms.map(ResetTarget::ToDatetime),
        _ => Some(ResetTarget::ToLatest),
    };
    let topic_list: Vec<String> =
        topics.split([',', ' ']).map(str::trim).filter(|t| !t.is_empty()).map(str::to_owned).collect();
    let group_index = props.group_index;
    let edit = {
        let form_state = form_state.clone();
        move |next: ResetForm| {
            send_edit(group_index, &next);
            form_state.set(next);
        }
    };
    let on_kind = {
        let (form, edit) = (form.clone(), edit.clone());
        Callback::from(move |event: Event| {
            let select: HtmlSelectElement = event.target_unchecked_into();
            edit(ResetForm { kind: select.value(), ..form.clone() });
        })
    };
    let text_input = |field: fn(&mut ResetForm) -> &mut String| {
        let (form, edit) = (form.clone(), edit.clone());
        Callback::from(move |event: InputEvent| {
            let input: HtmlInputElement = event.target_unchecked_into();
            let mut next = form.clone();
            *field(&mut next) = input.value();
            edit(next);
        })
    };
    let on_close = Callback::from(|_: MouseEvent| close());
    let on_key = Callback::from(|event: KeyboardEvent| {
        if event.key() == "Escape" {
            event.prevent_default();
            close();
        }
    });
    let needs_value = matches!(kind.as_str(), "to-offset" | "shift-by" | "to-datetime");
    let unknown = || html! { <span class="unknown">{texts.t("unknown")}</span> };
    let count = |v: Option<i64>| v.map_or_else(unknown, |v| html! { {format_count(v)} });
    html! {
        <section class="panel reset" id="reset-planner" onkeydown={on_key} aria-labelledby="reset-title">
            <div class="reset-head">
                <h2 id="reset-title">{texts.t("reset-ui-title")}</h2>
                <button type="button" id="reset-close" class="close" onclick={on_close}>{texts.t("reset-ui-close")}</button>
            </div>
            <div class="reset-form">
                <label>{texts.t("reset-ui-move-to")}
                    <select id="reset-kind" onchange={on_kind}>
                        <option value="to-latest" selected={*kind == "to-latest"}>{texts.t("reset-ui-to-latest")}</option>
                        <option value="to-earliest" selected={*kind == "to-earliest"}>{texts.t("reset-ui-to-earliest")}</option>
                        <option value="to-offset" selected={*kind == "to-offset"}>{texts.t("reset-ui-to-offset")}</option>
                        <option value="shift-by" selected={*kind == "shift-by"}>{texts.t("reset-ui-shift-by")}</option>
                        <option value="to-datetime" selected={*kind == "to-datetime"}>{texts.t("reset-ui-to-datetime")}</option>
                    </select>
                </label>
                if needs_value {
                    <label>{texts.t("reset-ui-value")}
                        <input id="reset-value" type="text" value={value.clone()} oninput={text_input(|f| &mut f.value)}
                            placeholder={if *kind == "to-datetime" { "2026-03-14T10:00:00Z" } else { "-1000" }} />
                    </label>
                }
                <label>{texts.t("reset-ui-topics")}
                    <input id="reset-topics" type="text" value={topics.clone()} oninput={text_input(|f| &mut f.topics)} />
                </label>
                <label>{"--bootstrap-server"}
                    <input id="reset-bootstrap" type="text" value={bootstrap.clone()} oninput={text_input(|f| &mut f.bootstrap)} />
                </label>
            </div>
            { match target {
                None => html! { <p class="setting-problem" role="alert">{texts.t("reset-ui-bad-value")}</p> },
                Some(target) => {
                    let spec = ResetSpec { bootstrap_server: (*bootstrap).clone(), target, topics: topic_list };
                    let planned = plan(group, &spec, Some(&props.workbench.series));
                    html! {
                        <>
                            <p class="reset-totals" id="reset-totals">{texts.render(&lagscope_core::msg!(
                                "reset-ui-totals",
                                skipped = planned.total_skipped,
                                replayed = planned.total_replayed
                            ))}</p>
                            if planned.group_is_active {
                                <p class="note">{texts.t("reset-ui-group-active")}</p>
                            }
                            <pre class="command" id="reset-dry-run">{&planned.dry_run}</pre>
                            <pre class="command" id="reset-execute">{&planned.execute}</pre>
                            <div class="table-scroll">
                                <table class="reset-rows">
                                    <thead><tr>
                                        <th>{texts.t("reset-ui-topic")}</th><th class="num">{texts.t("reset-ui-partition")}</th>
                                        <th class="num">{texts.t("reset-ui-now")}</th><th class="num">{texts.t("reset-ui-after")}</th>
                                        <th class="num">{texts.t("reset-ui-skipped")}</th><th class="num">{texts.t("reset-ui-replayed")}</th>
                                        <th>{texts.t("reset-ui-note")}</th>
                                    </tr></thead>
                                    <tbody>
                                        { for planned.rows.iter().take(MAX_ROWS).map(|row| html! {
                                            <tr>
                                                <td>{&row.topic}</td><td class="num">{row.partition}</td>
                                                <td class="num">{count(row.current_offset)}</td><td class="num">{count(row.new_offset)}</td>
                                                <td class="num">{count(row.skipped)}</td><td class="num">{count(row.replayed)}</td>
                                                <td class="note">{row.note.as_ref().map(|note| texts.render(note)).unwrap_or_default()}</td>
                                            </tr>
                                        }) }
                                    </tbody>
                                </table>
                            </div>
                            if planned.rows.len() > MAX_ROWS {
                                <p class="note">{texts.render(&lagscope_core::msg!(
                                    "reset-ui-showing-first",
                                    shown = MAX_ROWS,
                                    total = planned.rows.len()
                                ))}</p>
                            }
                        </>
                    }
                }
            } }
        </section>
    }
}
