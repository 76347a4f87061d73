//! The lessons' widgets: pick a host, an alert on lag in records or in seconds, Kafka's assignors
//! on topics and consumers the learner writes, Burrow's evaluation of a window the learner edits,
//! and the producer's key → partition. Each reads its inputs and asks the core.

use std::rc::Rc;

use lagscope_core::assign::{AssignOutcome, AssignorKind, assign};
use lagscope_core::burrow::{EvaluatorConfig, PartitionStatus, evaluate_partition};
use lagscope_core::learn::windows::{self, WindowText};
use lagscope_core::learn::{Tool, assignment_request, keys};
use lagscope_core::msg;
use lagscope_core::sim::Outcome;
use lagscope_web::i18n::{Message, Texts};
use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

/// What the learner entered in a lesson's widget.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct ToolState {
    /// The picked host.
    pub(crate) host: String,
    /// The alert: on lag in seconds (else in records), above this threshold.
    pub(crate) in_seconds: bool,
    pub(crate) threshold: String,
    /// The assignment: topics (`name:partitions`), consumers, assignor.
    pub(crate) topics: String,
    pub(crate) members: String,
    pub(crate) assignor: AssignorKind,
    /// Burrow's window.
    pub(crate) window: WindowText,
    /// The key, the partitions, and the partitions after adding some.
    pub(crate) key: String,
    pub(crate) partitions: String,
    pub(crate) after: String,
}

impl ToolState {
    /// The widget as the lesson opens.
    pub(crate) fn new() -> Self {
        Self {
            host: String::new(),
            in_seconds: false,
            threshold: "1000000".to_owned(),
            topics: "orders:3 payments:3".to_owned(),
            members: "2".to_owned(),
            assignor: AssignorKind::Range,
            window: windows::shape("steady")
                .unwrap_or(WindowText { rows: String::new(), minutes_since_last: 1 }),
            key: "order-42".to_owned(),
            partitions: "6".to_owned(),
            after: "12".to_owned(),
        }
    }

    /// The assignment the widget shows.
    pub(crate) fn assignment(&self) -> Result<AssignOutcome, Message> {
        let request = assignment_request(&self.topics, &self.members, self.assignor)?;
        assign(&request).map_err(|error| error.message())
    }

    /// Burrow's verdict on the window.
    pub(crate) fn burrow(&self) -> Result<PartitionStatus, Message> {
        let (window, now) = windows::window(&self.window)?;
        Ok(evaluate_partition(&window, &EvaluatorConfig::default(), now))
    }
}

#[derive(Properties)]
pub(crate) struct Props {
    pub(crate) kind: Tool,
    pub(crate) state: ToolState,
    pub(crate) on_change: Callback<ToolState>,
    /// The run shown (for the host picker).
    pub(crate) outcome: Option<Rc<Outcome>>,
    pub(crate) texts: Texts,
}

impl PartialEq for Props {
    fn eq(&self, other: &Self) -> bool {
        self.kind == other.kind
            && self.state == other.state
            && self.on_change == other.on_change
            && match (&self.outcome, &other.outcome) {
                (Some(a), Some(b)) => Rc::ptr_eq(a, b),
                (None, None) => true,
                _ => false,
            }
            && self.texts == other.texts
    }
}

/// A callback that edits one field of the state from an input, select or text area's value.
fn edit(props: &Props, apply: fn(&mut ToolState, String)) -> Callback<Event> {
    let (state, on_change) = (props.state.clone(), props.on_change.clone());
    Callback::from(move |event: Event| {
        let Some(target) = event.target() else { return };
        let value = if let Some(input) = target.dyn_ref::<HtmlInputElement>() {
            input.value()
        } else if let Some(select) = target.dyn_ref::<HtmlSelectElement>() {
            select.value()
        } else if let Some(area) = target.dyn_ref::<HtmlTextAreaElement>() {
            area.value()
        } else {
            return;
        };
        let mut next = state.clone();
        apply(&mut next, value);
        on_change.emit(next);
    })
}

#[function_component(ToolView)]
pub(crate) fn tool_view(props: &Props) -> Html {
    let texts = &props.texts;
    let body = match props.kind {
        Tool::PickHost => pick_host(props),
        Tool::Alert => alert(props),
        Tool::Assignment => assignment(props),
        Tool::Burrow => burrow(props),
        Tool::Keys => keys_widget(props),
    };
    html! { <section class="panel lesson-tool" id="lesson-tool" aria-label={texts.t("learn-try")}>{body}</section> }
}

fn pick_host(props: &Props) -> Html {
    let texts = &props.texts;
    let hosts: Vec<String> = props
        .outcome
        .as_ref()
        .map(|outcome| outcome.hosts.iter().map(|host| host.host.clone()).collect())
        .unwrap_or_default();
    html! {
        <label>{texts.t("learn-pick-host")}{" "}
            <select id="tool-host" onchange={edit(props, |state, value| state.host = value)}>
                <option value="" selected={props.state.host.is_empty()}>{texts.t("learn-pick-none")}</option>
                { for hosts.iter().map(|host| html! { <option value={host.clone()} selected={*host == props.state.host}>{host.clone()}</option> }) }
            </select>
        </label>
    }
}

fn alert(props: &Props) -> Html {
    let texts = &props.texts;
    html! {
        <div class="settings-grid">
            <label>{texts.t("learn-alert-unit")}
                <select id="tool-unit" onchange={edit(props, |state, value| state.in_seconds = value == "seconds")}>
                    <option value="records" selected={!props.state.in_seconds}>{texts.t("learn-alert-records")}</option>
                    <option value="seconds" selected={props.state.in_seconds}>{texts.t("learn-alert-seconds")}</option>
                </select>
            </label>
            <label>{texts.t("learn-alert-threshold")}
                <input id="tool-threshold" type="number" min="0" value={props.state.threshold.clone()} onchange={edit(props, |state, value| state.threshold = value)} />
            </label>
        </div>
    }
}

fn assignment(props: &Props) -> Html {
    let texts = &props.texts;
    let result = props.state.assignment();
    html! {
        <>
            <div class="settings-grid">
                <label>{texts.t("learn-assign-topics")}
                    <input id="tool-topics" type="text" value={props.state.topics.clone()} onchange={edit(props, |state, value| state.topics = value)} />
                </label>
                <label>{texts.t("learn-assign-members")}
                    <input id="tool-members" type="number" min="1" max="100" value={props.state.members.clone()} onchange={edit(props, |state, value| state.members = value)} />
                </label>
                <label>{texts.t("learn-assign-assignor")}
                    <select id="tool-assignor" onchange={edit(props, |state, value| {
                        if let Some(kind) = AssignorKind::ALL.into_iter().find(|kind| kind.name() == value) { state.assignor = kind; }
                    })}>
                        { for AssignorKind::ALL.iter().map(|kind| html! { <option value={kind.name()} selected={*kind == props.state.assignor}>{kind.name()}</option> }) }
                    </select>
                </label>
            </div>
            { match result {
                Err(message) => html! { <p class="setting-problem" id="tool-error">{texts.render(&message)}</p> },
                Ok(outcome) => html! {
                    <div class="table-scroll">
                        <table id="tool-assignment">
                            <thead><tr><th>{texts.t("learn-assign-member")}</th><th class="num">{"#"}</th><th>{texts.t("learn-assign-gets")}</th></tr></thead>
                            <tbody>
                                { for outcome.assignment.0.iter().map(|(member, partitions)| html! {
                                    <tr>
                                        <td class="mono">{member.clone()}</td>
                                        <td class="num">{partitions.len()}</td>
                                        <td class="mono">{partitions.join(", ")}</td>
                                    </tr>
                                }) }
                            </tbody>
                        </table>
                    </div>
                },
            } }
        </>
    }
}

fn burrow(props: &Props) -> Html {
    let texts = &props.texts;
    let result = props.state.burrow();
    html! {
        <>
            <div class="actions" role="group" aria-label={texts.t("learn-burrow-shape")}>
                <span class="hint">{texts.t("learn-burrow-shape")}</span>
                { for windows::SHAPES.iter().map(|shape| {
                    let (state, on_change, shape) = (props.state.clone(), props.on_change.clone(), *shape);
                    let onclick = Callback::from(move |_: MouseEvent| {
                        if let Some(window) = windows::shape(shape) {
                            on_change.emit(ToolState { window, ..state.clone() });
                        }
                    });
                    html! { <button type="button" class="ghost" id={format!("shape-{shape}")} {onclick}>{texts.t(&format!("learn-shape-{shape}"))}</button> }
                }) }
            </div>
            <div class="settings-grid">
                <label class="wide">{texts.t("learn-burrow-rows")}
                    <textarea id="tool-window" rows="10" spellcheck="false" value={props.state.window.rows.clone()} onchange={edit(props, |state, value| state.window.rows = value)} />
                </label>
                <label>{texts.t("learn-burrow-since")}
                    <input id="tool-since" type="number" min="0" value={props.state.window.minutes_since_last.to_string()}
                        onchange={edit(props, |state, value| state.window.minutes_since_last = value.trim().parse().unwrap_or(1))} />
                </label>
            </div>
            { match result {
                Err(message) => html! { <p class="setting-problem" id="tool-error">{texts.render(&message)}</p> },
                Ok(status) => html! {
                    <div id="tool-burrow">
                        { window_chart(&props.state.window, texts) }
                        <p class={classes!("burrow-status", status.status.as_str())}><strong>{texts.render(&msg!("learn-burrow-status", status = status.status.as_str()))}</strong></p>
                        <p>{texts.render(&msg!("learn-burrow-rule", rule = status.rule.rule))}{" · "}{texts.render(&status.rule.detail)}</p>
                    </div>
                },
            } }
        </>
    }
}

/// The window's lag, commit by commit: the shape Burrow's rules read.
fn window_chart(text: &WindowText, texts: &Texts) -> Html {
    let Ok((window, _)) = windows::window(text) else { return Html::default() };
    let lags: Vec<f64> = window.window.iter().flatten().map(|entry| entry.lag.unwrap_or(0) as f64).collect();
    let highest = lags.iter().copied().fold(1.0, f64::max);
    let step = 1000.0 / (lags.len().max(2) - 1) as f64;
    let point = |(index, lag): (usize, &f64)| (index as f64 * step, 95.0 - 90.0 * lag / highest);
    let points: Vec<(f64, f64)> = lags.iter().enumerate().map(point).collect();
    let line = points.iter().map(|(x, y)| format!("{x:.1},{y:.1}")).collect::<Vec<_>>().join(" ");
    html! {
        <svg class="window-chart" id="tool-window-chart" viewBox="-10 0 1020 100" preserveAspectRatio="none" role="img" aria-label={texts.t("learn-burrow-chart")}>
            <polyline class="lag" points={line} />
            { for points.iter().map(|(x, y)| html! { <circle cx={format!("{x:.1}")} cy={format!("{y:.1}")} r="4" /> }) }
        </svg>
    }
}

fn keys_widget(props: &Props) -> Html {
    let texts = &props.texts;
    let count = |text: &str| text.trim().parse::<u32>().ok().filter(|n| (1..=100_000).contains(n));
    let (partitions, after) = (count(&props.state.partitions), count(&props.state.after));
    let key = props.state.key.clone();
    let result = partitions.map(|partitions| {
        let partition = keys::partition_for_key(&key, partitions);
        let mut lines =
            vec![msg!("learn-keys-result", key = &key, partition = partition, partitions = partitions)];
        if let Some(after) = after.filter(|after| *after != partitions) {
            let moved = keys::partition_for_key(&key, after);
            lines.push(if moved == partition {
                msg!("learn-keys-stays", after = after, partition = partition)
            } else {
                msg!("learn-keys-moved", after = after, moved = moved, partition = partition)
            });
        }
        lines
    });
    html! {
        <>
            <div class="settings-grid">
                <label>{texts.t("learn-keys-key")}
                    <input id="tool-key" type="text" value={props.state.key.clone()} oninput={{
                        let (state, on_change) = (props.state.clone(), props.on_change.clone());
                        Callback::from(move |event: InputEvent| {
                            if let Some(input) = event.target_dyn_into::<HtmlInputElement>() {
                                on_change.emit(ToolState { key: input.value(), ..state.clone() });
                            }
                        })
                    }} />
                </label>
                <label>{texts.t("learn-keys-partitions")}
                    <input id="tool-partitions" type="number" min="1" value={props.state.partitions.clone()} onchange={edit(props, |state, value| state.partitions = value)} />
                </label>
                <label>{texts.t("learn-keys-after")}
                    <input id="tool-after" type="number" min="1" value={props.state.after.clone()} onchange={edit(props, |state, value| state.after = value)} />
                </label>
            </div>
            <div id="tool-keys">
                { for result.into_iter().flatten().map(|line| html! { <p>{texts.render(&line)}</p> }) }
            </div>
        </>
    }
}
