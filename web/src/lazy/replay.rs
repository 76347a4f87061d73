//! A run replayed: one lane per partition over time, coloured by the member fetching it and dark
//! while nobody does (from the core's `sim::timeline`), the total lag (and, on request, the lag in
//! seconds) on the same time axis, a cursor to scrub, play, pause and step from event to event,
//! the group and its partitions at the cursor, the events just before it, the lesson's "watch
//! this" callouts as they are passed, and the direct manipulations ("crash this instance now").
//! A second run (`compare`) is drawn below on the same axis: two runs side by side.

use std::rc::Rc;

use gloo::timers::callback::Interval;
use lagscope_core::sim::manipulate::Manipulation;
use lagscope_core::sim::output::{EventKind, Outcome};
use lagscope_core::sim::{export, timeline};
use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::i18n::{Message, Texts};

/// A callout: when it fires (epoch ms) and what it says.
pub type Callout = (i64, Message);

/// What a person did at a moment: the action, when (seconds from the start), on which instance.
pub type Act = (Manipulation, f64, String);

#[allow(missing_debug_implementations, reason = "a component's properties")]
#[derive(Properties)]
pub struct Props {
    /// The run.
    pub outcome: Rc<Outcome>,
    /// Its label when two runs are shown.
    #[prop_or_default]
    pub label: Option<String>,
    /// A second run, drawn below on the same time axis.
    #[prop_or_default]
    pub compare: Option<(Rc<Outcome>, String)>,
    /// The callouts, in time order.
    #[prop_or_default]
    pub callouts: Rc<Vec<Callout>>,
    /// Draw the lag in seconds too.
    #[prop_or_default]
    pub time_lag: bool,
    /// Offer the direct manipulations; each action is handed back.
    #[prop_or_default]
    pub on_act: Option<Callback<Act>>,
    /// The page's texts.
    pub texts: Texts,
}

impl PartialEq for Props {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.outcome, &other.outcome)
            && self.label == other.label
            && match (&self.compare, &other.compare) {
                (Some((a, x)), Some((b, y))) => Rc::ptr_eq(a, b) && x == y,
                (None, None) => true,
                _ => false,
            }
            && Rc::ptr_eq(&self.callouts, &other.callouts)
            && self.time_lag == other.time_lag
            && self.on_act == other.on_act
            && self.texts == other.texts
    }
}

/// The speeds offered: seconds of the run per second of playing.
const SPEEDS: [u32; 6] = [1, 10, 60, 300, 1800, 3600];
/// Ticks of the player per second.
const TICKS_PER_S: u32 = 10;
/// Partitions listed at the cursor at most (the laggiest first).
const LISTED: usize = 12;

/// A member's colour: hues spread by the golden angle.
#[must_use]
pub fn member_colour(member: u32) -> String {
    format!("hsl({:.0}, 62%, 52%)", (f64::from(member) * 137.508) % 360.0)
}

#[function_component(Replay)]
pub fn replay(props: &Props) -> Html {
    let texts = &props.texts;
    let outcome = &props.outcome;
    let start = outcome.sample_times_ms.first().copied().unwrap_or(0);
    let end = outcome.sample_times_ms.last().copied().unwrap_or(start).max(start + 1);
    let span = end - start;
    let cursor = use_state(|| 0_i64);
    let playing = use_state(|| false);
    let default_speed =
        SPEEDS.iter().copied().find(|speed| i64::from(*speed) * 30_000 >= span).unwrap_or(3600);
    let speed = use_state(|| default_speed);
    let host = use_state(|| outcome.hosts.first().map(|host| host.host.clone()).unwrap_or_default());
    let at = (*cursor).clamp(0, span);
    {
        // Playing: the cursor moves `speed` seconds of the run per second, and stops at the end.
        let (cursor, playing) = (cursor.clone(), playing.clone());
        use_effect_with((*playing, *speed, span), move |(is_playing, speed, span)| {
            let interval = is_playing.then(|| {
                let (step, span) = (i64::from(*speed) * 1000 / i64::from(TICKS_PER_S), *span);
                let cursor = cursor.clone();
                let playing = playing.clone();
                Interval::new(1000 / TICKS_PER_S, move || {
                    let next = (*cursor + step).min(span);
                    cursor.set(next);
                    if next >= span {
                        playing.set(false);
                    }
                })
            });
            move || drop(interval)
        });
    }
    let key_events: Vec<i64> = outcome
        .events
        .iter()
        .filter(|event| !matches!(event.kind, EventKind::Started))
        .map(|event| event.at_ms - start)
        .collect();
    let step = |forward: bool| {
        let (cursor, playing, key_events) = (cursor.clone(), playing.clone(), key_events.clone());
        Callback::from(move |()| {
            playing.set(false);
            let now = *cursor;
            let next = if forward {
                key_events.iter().copied().find(|time| *time > now)
            } else {
                key_events.iter().rev().copied().find(|time| *time < now)
            };
            cursor.set(next.unwrap_or(if forward { span } else { 0 }));
        })
    };
    let toggle = {
        let (playing, cursor) = (playing.clone(), cursor.clone());
        Callback::from(move |()| {
            if !*playing && *cursor >= span {
                cursor.set(0);
            }
            playing.set(!*playing);
        })
    };
    let on_scrub = {
        let (cursor, playing) = (cursor.clone(), playing.clone());
        Callback::from(move |event: InputEvent| {
            if let Some(input) = event.target_dyn_into::<HtmlInputElement>()
                && let Ok(value) = input.value().parse::<i64>()
            {
                playing.set(false);
                cursor.set(value);
            }
        })
    };
    // Keys, when the replay has the focus (not a field in it): space plays or pauses, the arrows
    // step from event to event.
    let on_key = {
        let (toggle, back, next) = (toggle.clone(), step(false), step(true));
        Callback::from(move |event: KeyboardEvent| {
            let in_field = event
                .target()
                .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
                .is_some_and(|element| {
                    matches!(element.tag_name().as_str(), "INPUT" | "SELECT" | "TEXTAREA" | "BUTTON")
                });
            if in_field || event.alt_key() || event.ctrl_key() || event.meta_key() {
                return;
            }
            let action = match event.key().as_str() {
                " " => &toggle,
                "ArrowLeft" => &back,
                "ArrowRight" => &next,
                _ => return,
            };
            event.prevent_default();
            action.emit(());
        })
    };
    let on_speed = {
        let speed = speed.clone();
        Callback::from(move |event: Event| {
            if let Some(select) = event.target_dyn_into::<HtmlSelectElement>()
                && let Ok(value) = select.value().parse::<u32>()
            {
                speed.set(value);
            }
        })
    };
    let cursor_left = format!("--at: {:.5}", at as f64 / span as f64);
    let fired: Vec<&Callout> = props.callouts.iter().filter(|(time, _)| *time - start <= at).collect();
    let sample = timeline::sample_at(outcome, start + at);
    let group = outcome.samples.get(sample);
    let lang = texts.lang();
    let moment = |time: i64| crate::format::duration((time as f64 / 1000.0).max(0.0), lang);
    let recent: Vec<&lagscope_core::sim::SimEvent> = timeline::events_until(outcome, start + at)
        .iter()
        .rev()
        .filter(|event| !matches!(event.kind, EventKind::Started))
        .take(5)
        .collect();
    html! {
        <section class="replay" id="replay" aria-label={texts.t("replay-title")} tabindex="0" onkeydown={on_key} title={texts.t("replay-keys")}>
            <div class="replay-controls" role="toolbar">
                <button type="button" id="replay-back" class="ghost" onclick={step(false).reform(|_: MouseEvent| ())} title={texts.t("replay-back")} aria-label={texts.t("replay-back")}>{"«"}</button>
                <button type="button" id="replay-play" onclick={toggle.reform(|_: MouseEvent| ())}>
                    { if *playing { texts.t("replay-pause") } else { texts.t("replay-play") } }
                </button>
                <button type="button" id="replay-next" class="ghost" onclick={step(true).reform(|_: MouseEvent| ())} title={texts.t("replay-next")} aria-label={texts.t("replay-next")}>{"»"}</button>
                <label class="replay-speed">{texts.t("replay-speed")}{" "}
                    <select id="replay-speed" onchange={on_speed}>
                        { for SPEEDS.iter().map(|option| html! {
                            <option value={option.to_string()} selected={*option == *speed}>{format!("{option}×")}</option>
                        }) }
                    </select>
                </label>
                <span class="replay-clock mono" id="replay-clock">
                    {export::date_line(start + at).get(11..19).unwrap_or_default().to_owned()}{" · "}
                    {texts.render(&lagscope_core::msg!("replay-at", at = lagscope_core::l10n::Arg::Seconds(at as f64 / 1000.0)))}
                </span>
            </div>
            <input type="range" id="replay-cursor" class="replay-cursor" min="0" max={span.to_string()} step="100"
                value={at.to_string()} oninput={on_scrub} aria-label={texts.t("replay-time")} />
            { lanes_block(outcome, props.label.as_deref(), &cursor_left, props.time_lag, &props.callouts, start, span, &cursor, texts) }
            if let Some((other, label)) = &props.compare {
                { lanes_block(other, Some(label), &cursor_left, props.time_lag, &Rc::new(Vec::new()), start, span, &cursor, texts) }
            }
            <p class="hint replay-legend">{texts.t("replay-lanes-label")}</p>
            if let Some((time, message)) = fired.last() {
                <p class="callout" id="replay-callout" role="status">
                    <strong>{texts.t("replay-watch")}{" · "}{moment(*time - start)}</strong>{" "}{texts.render(message)}
                </p>
            }
            <div class="replay-now">
                <div>
                    if let Some(group) = group {
                        <p id="replay-group">{texts.render(&lagscope_core::msg!("replay-state", state = group.state, generation = group.generation, members = group.members.len()))}</p>
                    }
                    { partitions_at(outcome, sample, texts) }
                </div>
                <div>
                    <h5>{texts.t("replay-recent")}</h5>
                    if recent.is_empty() {
                        <p class="hint">{texts.t("replay-nothing-yet")}</p>
                    } else {
                        <ul class="replay-events" id="replay-events">
                            { for recent.iter().map(|event| html! {
                                <li>
                                    <span class="mono">{moment(event.at_ms - start)}</span>{" · "}
                                    <strong>{texts.render(&event.kind.label())}</strong>
                                    if let Some(host) = &event.host { {" · "}{host.clone()} }
                                    {": "}{texts.render(&event.detail)}
                                </li>
                            }) }
                        </ul>
                    }
                </div>
            </div>
            if let Some(on_act) = &props.on_act {
                { acts(outcome, at, &host, on_act, texts) }
            }
            if !props.callouts.is_empty() {
                <ol class="callouts" id="replay-callouts">
                    { for props.callouts.iter().enumerate().map(|(index, (time, message))| {
                        let passed = *time - start <= at;
                        let (cursor, playing, target) = (cursor.clone(), playing.clone(), *time - start);
                        let onclick = Callback::from(move |_: MouseEvent| { playing.set(false); cursor.set(target); });
                        html! {
                            <li class={classes!(passed.then_some("passed"))} data-callout={index.to_string()}>
                                <button type="button" class="link" {onclick} title={texts.t("replay-go-to")} aria-label={texts.t("replay-go-to")}>{"→"}</button>
                                {" "}{texts.render(message)}
                            </li>
                        }
                    }) }
                </ol>
            }
        </section>
    }
}

/// One run's lanes and lag tracks, with the cursor.
#[allow(clippy::too_many_arguments, reason = "one drawing, its inputs")]
fn lanes_block(
    outcome: &Outcome,
    label: Option<&str>,
    cursor_left: &str,
    time_lag: bool,
    callouts: &[Callout],
    start: i64,
    span: i64,
    cursor: &UseStateHandle<i64>,
    texts: &Texts,
) -> Html {
    let partition_lanes = timeline::lanes(outcome);
    let dense = partition_lanes.len() > 24;
    let lane_height = if dense { 5 } else { 14 };
    let x = |time: i64| ((time - start) as f64 * 1000.0 / span as f64).clamp(0.0, 1000.0);
    let total_lag = timeline::total_lag(outcome);
    let lag_max = total_lag.iter().copied().max().unwrap_or(0).max(1) as f64;
    let points = |values: &[f64], max: f64| -> String {
        outcome
            .sample_times_ms
            .iter()
            .zip(values)
            .map(|(time, value)| format!("{:.1},{:.1}", x(*time), 40.0 - 38.0 * value / max))
            .collect::<Vec<_>>()
            .join(" ")
    };
    let lag_values: Vec<f64> = total_lag.iter().map(|lag| *lag as f64).collect();
    let seconds: Vec<f64> =
        timeline::time_lag_ms(outcome).iter().map(|ms| ms.unwrap_or(0) as f64 / 1000.0).collect();
    let seconds_max = seconds.iter().copied().fold(1.0, f64::max);
    let on_click = {
        let cursor = cursor.clone();
        Callback::from(move |event: MouseEvent| {
            let Some(target) =
                event.current_target().and_then(|target| target.dyn_into::<web_sys::Element>().ok())
            else {
                return;
            };
            let rect = target.get_bounding_client_rect();
            if rect.width() > 0.0 {
                let share = ((f64::from(event.client_x()) - rect.left()) / rect.width()).clamp(0.0, 1.0);
                cursor.set((share * span as f64) as i64);
            }
        })
    };
    let lang = texts.lang();
    html! {
        <div class="lanes-block">
            if let Some(label) = label { <h5 class="lanes-label">{label.to_owned()}</h5> }
            <div class={classes!("lanes", dense.then_some("dense"))} role="img" aria-label={texts.t("replay-lanes-label")}>
                { for partition_lanes.iter().map(|lane| html! {
                    <div class="lane">
                        <span class="lane-name mono">{ if dense { String::new() } else { lane.name.clone() } }</span>
                        <svg class="lane-track" viewBox={format!("0 0 1000 {lane_height}")} preserveAspectRatio="none" onclick={on_click.clone()}>
                            { for lane.spans.iter().map(|span| {
                                let (from, to) = (x(span.from_ms), x(span.to_ms));
                                let fill = span.member.map_or_else(|| "var(--lane-empty)".to_owned(), member_colour);
                                let title = span.member
                                    .and_then(|member| outcome.members.get(member as usize))
                                    .map_or_else(|| texts.t("replay-nobody"), |member| texts.render(&lagscope_core::msg!("replay-member", member = &member.client_id, host = &member.host)));
                                html! { <rect x={format!("{from:.2}")} y="0" width={format!("{:.2}", (to - from).max(0.5))} height={lane_height.to_string()} fill={fill}><title>{title}</title></rect> }
                            }) }
                        </svg>
                    </div>
                }) }
                <div class="lane">
                    <span class="lane-name">{texts.t("pg-chart-lag")}</span>
                    <svg class="lane-track lag-track" viewBox="0 0 1000 40" preserveAspectRatio="none" onclick={on_click.clone()}>
                        <polyline points={points(&lag_values, lag_max)} fill="none" stroke="var(--lag-line)" stroke-width="2" vector-effect="non-scaling-stroke" />
                        { for callouts.iter().map(|(time, _)| html! { <line x1={format!("{:.1}", x(*time))} x2={format!("{:.1}", x(*time))} y1="0" y2="40" stroke="var(--callout-mark)" stroke-dasharray="3 3" vector-effect="non-scaling-stroke" /> }) }
                    </svg>
                </div>
                if time_lag {
                    <div class="lane">
                        <span class="lane-name">{texts.t("replay-lag-seconds")}</span>
                        <svg class="lane-track lag-track" viewBox="0 0 1000 40" preserveAspectRatio="none" onclick={on_click}>
                            <polyline points={points(&seconds, seconds_max)} fill="none" stroke="var(--time-lag-line)" stroke-width="2" vector-effect="non-scaling-stroke" />
                        </svg>
                    </div>
                }
                <div class="lane-cursor" style={cursor_left.to_owned()} aria-hidden="true" />
            </div>
            <div class="lanes-axis hint"><span>{"0"}</span><span>{crate::format::duration(span as f64 / 1000.0, lang)}</span></div>
        </div>
    }
}

/// The partitions at a sample: owner, log end, committed offset, lag (the laggiest first).
fn partitions_at(outcome: &Outcome, sample: usize, texts: &Texts) -> Html {
    let mut rows: Vec<(usize, i64)> = outcome
        .partitions
        .iter()
        .enumerate()
        .map(|(index, partition)| (index, partition.lag.get(sample).copied().flatten().unwrap_or(0)))
        .collect();
    if rows.len() > LISTED {
        rows.sort_by_key(|(index, lag)| (std::cmp::Reverse(*lag), *index));
        rows.truncate(LISTED);
        rows.sort_unstable();
    }
    let count = |value: Option<i64>| value.map_or_else(|| "-".to_owned(), crate::format::count);
    html! {
        <div class="table-scroll">
            <table class="replay-partitions" id="replay-partitions">
                <thead><tr>
                    <th>{texts.t("replay-col-partition")}</th><th>{texts.t("replay-col-owner")}</th>
                    <th class="num">{"LOG-END"}</th><th class="num">{"COMMITTED"}</th><th class="num">{"LAG"}</th>
                </tr></thead>
                <tbody>
                    { for rows.iter().map(|(index, _)| {
                        let partition = &outcome.partitions[*index];
                        let owner = partition.owner.get(sample).copied().flatten();
                        let owner_text = owner
                            .and_then(|member| outcome.members.get(member as usize))
                            .map_or_else(|| texts.t("replay-nobody"), |member| texts.render(&lagscope_core::msg!("replay-member", member = &member.client_id, host = &member.host)));
                        html! { <tr>
                            <td class="mono">{format!("{}-{}", partition.topic, partition.partition)}</td>
                            <td>
                                if let Some(member) = owner { <span class="swatch" style={format!("background:{}", member_colour(member))} /> }
                                {owner_text}
                            </td>
                            <td class="num">{count(partition.log_end_offset.get(sample).copied().flatten())}</td>
                            <td class="num">{count(partition.committed.get(sample).copied().flatten())}</td>
                            <td class="num">{count(partition.lag.get(sample).copied().flatten())}</td>
                        </tr> }
                    }) }
                </tbody>
            </table>
        </div>
    }
}

/// The direct manipulations at the cursor.
fn acts(
    outcome: &Outcome,
    at: i64,
    host: &UseStateHandle<String>,
    on_act: &Callback<Act>,
    texts: &Texts,
) -> Html {
    let on_host = {
        let host = host.clone();
        Callback::from(move |event: Event| {
            if let Some(select) = event.target_dyn_into::<HtmlSelectElement>() {
                host.set(select.value());
            }
        })
    };
    html! {
        <div class="acts" id="replay-acts">
            <h5>{texts.t("act-title")}{" · "}{crate::format::duration(at as f64 / 1000.0, texts.lang())}</h5>
            <label>{texts.t("act-host")}{" "}
                <select id="act-host" onchange={on_host}>
                    { for outcome.hosts.iter().map(|option| html! {
                        <option value={option.host.clone()} selected={option.host == **host}>{option.host.clone()}</option>
                    }) }
                </select>
            </label>
            { for Manipulation::ALL.iter().map(|action| {
                let (on_act, host, action) = (on_act.clone(), host.clone(), *action);
                let onclick = Callback::from(move |_: MouseEvent| on_act.emit((action, at as f64 / 1000.0, (*host).clone())));
                html! { <button type="button" class="ghost" id={format!("act-{}", action.id())} {onclick}>{texts.render(&action.label())}</button> }
            }) }
        </div>
    }
}
