//! The Playground: pick a preset (the seeds' incidents and the lessons around them), change the
//! settings that matter or the whole scenario, run it, and read what happened: the summary, the
//! lag and the members over time, the hosts, the event log. "Analyze these dumps" hands the run's
//! `kafka-consumer-groups.sh` dumps to the Analyze view, where the findings diagnose it as they
//! would a real incident. The core simulates, exports and validates; this view only renders.

use std::rc::Rc;

use lagscope_core::msg;
use lagscope_core::sim::output::{EventKind, Outcome};
use lagscope_core::sim::{
    CommitMode, ConsumerSpec, Scenario, export, presets, scenario_from_group, simulate,
};
use lagscope_web::format;
use lagscope_web::i18n::{Message, Texts};
use serde_json::Value;
use wasm_bindgen::JsCast;
use web_sys::{HtmlCanvasElement, HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

/// Events listed at most (the whole log is in the JSON download).
const MAX_EVENTS: usize = 300;
const ASSIGNORS: [&str; 6] =
    ["range", "roundrobin", "sticky", "cooperative-sticky", "uniform", "server-range"];

#[derive(Properties, PartialEq)]
pub(crate) struct Props {
    /// The page's texts (its language and catalogue): a new value re-renders everything in it.
    pub(crate) texts: Texts,
    /// The Analyze view's text (a dump), which a scenario can start from.
    pub(crate) source: std::rc::Rc<str>,
}

/// The commit modes people choose: the mode, the select's value, and its label.
const COMMIT_MODES: [CommitMode; 4] =
    [CommitMode::Auto, CommitMode::SyncPerBatch, CommitMode::SyncPerRecord, CommitMode::AsyncPerBatch];

/// A commit mode's value in the select and its label.
fn commit_mode_choice(mode: CommitMode) -> (&'static str, Message) {
    match mode {
        CommitMode::Auto => ("auto", Message::new("pg-commit-auto")),
        CommitMode::SyncPerBatch => ("sync_per_batch", Message::new("pg-commit-sync-per-batch")),
        CommitMode::SyncPerRecord => ("sync_per_record", Message::new("pg-commit-sync-per-record")),
        CommitMode::AsyncPerBatch => ("async_per_batch", Message::new("pg-commit-async-per-batch")),
    }
}

fn preset_text(name: &str) -> String {
    let json = presets::PRESETS.iter().find(|preset| preset.name == name).map_or("{}", |preset| preset.json);
    serde_json::from_str::<Value>(json)
        .and_then(|value| serde_json::to_string_pretty(&value))
        .unwrap_or_default()
}

/// The `description` a preset's JSON gives (its English text).
fn preset_description(json: &str) -> Option<String> {
    serde_json::from_str::<Value>(json).ok()?.get("description")?.as_str().map(str::to_owned)
}

/// The result of the last run.
#[derive(Clone, PartialEq)]
enum Run {
    None,
    Running,
    Done(Rc<Outcome>),
    /// The scenario cannot run: the core's message, naming the field.
    Failed(Message),
    /// "Start from the group in Analyze" found no group with partitions there.
    NoGroupInAnalyze,
}

fn simulate_text(text: &str, seed: u64) -> Run {
    match Scenario::from_json(text).and_then(|scenario| simulate(&scenario, seed)) {
        Ok(outcome) => Run::Done(Rc::new(outcome)),
        Err(error) => Run::Failed(error.message),
    }
}

#[function_component(Playground)]
pub(crate) fn playground(props: &Props) -> Html {
    let texts = &props.texts;
    let preset = use_state(|| "poll-timeout-storm".to_owned());
    let text = use_state(|| preset_text("poll-timeout-storm"));
    let seed = use_state(|| 1_u64);
    let run = use_state(|| Run::None);

    let start = {
        let (text, seed, run) = (text.clone(), seed.clone(), run.clone());
        Callback::from(move |()| {
            run.set(Run::Running);
            let (text, seed, run) = ((*text).clone(), *seed, run.clone());
            // Let the "running" state paint before the simulation takes the thread.
            gloo::timers::callback::Timeout::new(20, move || run.set(simulate_text(&text, seed))).forget();
        })
    };
    {
        let start = start.clone();
        use_effect_with((), move |()| start.emit(()));
    }
    let on_submit = Callback::from(|event: SubmitEvent| event.prevent_default());
    let on_run = {
        let start = start.clone();
        Callback::from(move |_: MouseEvent| start.emit(()))
    };
    let on_preset = {
        let (preset, text, run) = (preset.clone(), text.clone(), run.clone());
        Callback::from(move |event: Event| {
            let Some(select) = event.target_dyn_into::<HtmlSelectElement>() else { return };
            preset.set(select.value());
            text.set(preset_text(&select.value()));
            run.set(Run::None);
        })
    };
    let on_seed = {
        let seed = seed.clone();
        Callback::from(move |event: Event| {
            if let Some(input) = event.target_dyn_into::<HtmlInputElement>()
                && let Ok(value) = input.value().trim().parse::<u64>()
            {
                seed.set(value);
            }
        })
    };
    let assumptions = use_state(Vec::<Message>::new);
    let from_dump = {
        let (text, run, assumptions, source) =
            (text.clone(), run.clone(), assumptions.clone(), props.source.clone());
        Callback::from(move |_: MouseEvent| match start_from_dump(&source, &text) {
            Ok((scenario, said)) => {
                text.set(scenario);
                assumptions.set(said);
                run.set(Run::None);
            }
            Err(failed) => run.set(failed),
        })
    };
    let on_text = {
        let text = text.clone();
        Callback::from(move |event: InputEvent| {
            if let Some(area) = event.target_dyn_into::<HtmlTextAreaElement>() {
                text.set(area.value());
            }
        })
    };
    let parsed: Option<Value> = serde_json::from_str(&text).ok();
    let consumer_value =
        |key: &str| parsed.as_ref().and_then(|value| value.get("consumer")?.get(key).cloned());
    // A setting edits the scenario's JSON: the text stays the one source of truth.
    let setter = |key: &'static str, to_value: fn(&str) -> Option<Value>| {
        let text = text.clone();
        Callback::from(move |event: Event| {
            let Some(target) = event.target() else { return };
            let raw = if let Some(input) = target.dyn_ref::<HtmlInputElement>() {
                if input.type_() == "checkbox" { input.checked().to_string() } else { input.value() }
            } else if let Some(select) = target.dyn_ref::<HtmlSelectElement>() {
                select.value()
            } else {
                return;
            };
            let (Ok(mut scenario), Some(new_value)) = (serde_json::from_str::<Value>(&text), to_value(&raw))
            else {
                return;
            };
            let Some(object) = scenario.as_object_mut() else { return };
            let consumer = object.entry("consumer").or_insert_with(|| Value::Object(serde_json::Map::new()));
            if let Some(consumer) = consumer.as_object_mut() {
                consumer.insert(key.to_owned(), new_value);
                if key == "assignor" {
                    consumer.remove("protocol");
                }
            }
            if let Ok(pretty) = serde_json::to_string_pretty(&scenario) {
                text.set(pretty);
            }
        })
    };
    // The commit mode is two settings: Kafka's `enable.auto.commit` and, when it is off, how the
    // application commits.
    let on_commit = {
        let text = text.clone();
        Callback::from(move |event: Event| {
            let Some(select) = event.target_dyn_into::<HtmlSelectElement>() else { return };
            let Ok(mut scenario) = serde_json::from_str::<Value>(&text) else { return };
            let Some(object) = scenario.as_object_mut() else { return };
            let consumer = object.entry("consumer").or_insert_with(|| Value::Object(serde_json::Map::new()));
            let Some(consumer) = consumer.as_object_mut() else { return };
            let mode = select.value();
            if mode == "auto" {
                consumer.insert("enable_auto_commit".to_owned(), Value::Bool(true));
                consumer.remove("commit");
            } else {
                consumer.insert("enable_auto_commit".to_owned(), Value::Bool(false));
                consumer.insert("commit".to_owned(), Value::String(mode));
            }
            if let Ok(pretty) = serde_json::to_string_pretty(&scenario) {
                text.set(pretty);
            }
        })
    };
    let commit_mode = parsed
        .as_ref()
        .and_then(|value| serde_json::from_value::<ConsumerSpec>(value.get("consumer")?.clone()).ok())
        .map_or(CommitMode::Auto, |consumer| consumer.commit_mode());
    let number = |raw: &str| raw.trim().parse::<u64>().ok().filter(|n| *n > 0).map(Value::from);
    let boolean = |raw: &str| Some(Value::Bool(raw == "true"));
    let string = |raw: &str| Some(Value::String(raw.to_owned()));
    let shown = |key: &str, default: &str| {
        consumer_value(key).map_or_else(|| default.to_owned(), |v| v.to_string().trim_matches('"').to_owned())
    };
    let description = parsed
        .as_ref()
        .and_then(|value| value.get("description")?.as_str().map(str::to_owned))
        .unwrap_or_default();
    // A preset's own description is the catalogue's (in the page's language); one the visitor
    // wrote is shown as written.
    let description = match presets::PRESETS.iter().find(|item| item.name == *preset) {
        Some(item) if preset_description(item.json).as_deref() == Some(description.as_str()) => {
            texts.render(&item.description())
        }
        _ => description,
    };

    html! {
        <div class="playground">
            <section class="panel">
                <h2>{texts.t("pg-title")}</h2>
                <p class="hint">{texts.t("pg-hint")}</p>
                <form class="pg-form" onsubmit={on_submit}>
                    <div class="settings-grid">
                        <label>{texts.t("pg-scenario")}
                            <select id="pg-preset" onchange={on_preset}>
                                { for presets::PRESETS.iter().map(|item| html! {
                                    <option value={item.name} selected={*preset == item.name}>{item.name}</option>
                                }) }
                            </select>
                        </label>
                        <label>{texts.t("pg-seed")}
                            <input id="pg-seed" type="number" min="0" value={seed.to_string()} onchange={on_seed} />
                        </label>
                        <label>{"max.poll.records"}
                            <input id="pg-max-poll-records" type="number" min="1" value={shown("max_poll_records", "500")} onchange={setter("max_poll_records", number)} />
                        </label>
                        <label>{"max.poll.interval.ms"}
                            <input id="pg-max-poll-interval" type="number" min="1" value={shown("max_poll_interval_ms", "300000")} onchange={setter("max_poll_interval_ms", number)} />
                        </label>
                        <label>{texts.t("pg-assignor")}
                            <select id="pg-assignor" onchange={setter("assignor", string)}>
                                { for ASSIGNORS.iter().map(|name| html! {
                                    <option value={*name} selected={shown("assignor", "range") == *name}>{*name}</option>
                                }) }
                            </select>
                        </label>
                        <label class="pg-check">
                            <input id="pg-static" type="checkbox" checked={shown("static_membership", "false") == "true"} onchange={setter("static_membership", boolean)} />
                            {texts.t("pg-static-membership")}
                        </label>
                        <label>{texts.t("pg-commits")}
                            <select id="pg-commit" onchange={on_commit}>
                                { for COMMIT_MODES.iter().map(|mode| {
                                    let (value, label) = commit_mode_choice(*mode);
                                    html! { <option {value} selected={commit_mode == *mode}>{texts.render(&label)}</option> }
                                }) }
                            </select>
                        </label>
                    </div>
                    <p class="hint" id="pg-description">{description}</p>
                    if !props.source.trim().is_empty() {
                        <div class="actions">
                            <button type="button" class="ghost" id="pg-from-dump" onclick={from_dump}>
                                {texts.t("pg-from-dump")}
                            </button>
                        </div>
                    }
                    if !assumptions.is_empty() {
                        <ul class="hint" id="pg-assumptions">
                            { for assumptions.iter().map(|said| html! { <li>{texts.render(said)}</li> }) }
                        </ul>
                    }
                    <details>
                        <summary>{texts.t("pg-whole-scenario")}</summary>
                        <textarea id="pg-scenario" class="pg-scenario" spellcheck="false" value={(*text).clone()} oninput={on_text} />
                    </details>
                    <div class="actions">
                        <button id="pg-run" type="button" onclick={on_run} disabled={*run == Run::Running}>{texts.t("pg-run")}</button>
                    </div>
                </form>
            </section>
            { match &*run {
                Run::None => html! {},
                Run::Running => html! { <section class="panel"><p class="status" id="pg-running">{texts.t("pg-simulating")}</p></section> },
                Run::Failed(message) => html! { <section class="panel"><p class="setting-problem" id="pg-error">{texts.render(message)}</p></section> },
                Run::NoGroupInAnalyze => html! { <section class="panel"><p class="setting-problem" id="pg-error">{texts.t("pg-no-group-in-analyze")}</p></section> },
                Run::Done(outcome) => html! { <Results outcome={outcome.clone()} texts={texts.clone()} /> },
            } }
        </div>
    }
}

#[derive(Properties)]
struct ResultsProps {
    outcome: Rc<Outcome>,
    texts: Texts,
}

impl PartialEq for ResultsProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.outcome, &other.outcome) && self.texts == other.texts
    }
}

#[function_component(Results)]
fn results(props: &ResultsProps) -> Html {
    let texts = &props.texts;
    let lang = texts.lang();
    let outcome = props.outcome.clone();
    let canvas = use_node_ref();
    let filter = use_state(|| "key".to_owned());
    {
        let (canvas, outcome) = (canvas.clone(), outcome.clone());
        use_effect_with((Rc::as_ptr(&outcome) as usize, texts.clone()), move |(_, texts)| {
            if let Some(element) = canvas.cast::<HtmlCanvasElement>()
                && let Err(error) = crate::chart::draw(&element, &outcome, texts)
            {
                gloo::console::error!(error);
            }
        });
    }
    let summary = &outcome.summary;
    let leaves: Vec<String> = summary
        .leaves
        .iter()
        .map(|(reason, n)| {
            texts.render(&lagscope_core::msg!("sim-summary-count", name = reason.label(), count = *n))
        })
        .collect();
    let failed_commits = if summary.commit_failures.is_empty() {
        "0".to_owned()
    } else {
        summary
            .commit_failures
            .iter()
            .map(|(error, n)| format!("{} {n}", error.as_str()))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let fact = |id: &'static str, label: String, value: String| {
        html! {
            <div><dt>{label}</dt><dd id={id}>{value}</dd></div>
        }
    };
    let analyze = {
        let outcome = outcome.clone();
        Callback::from(move |_| {
            crate::send_to_page("lagscope-analyze", &export::timed_dumps(&outcome));
        })
    };
    let download = |kind: &'static str| {
        let (outcome, texts) = (outcome.clone(), texts.clone());
        Callback::from(move |_| {
            let (text, name, mime) = match kind {
                "dump" => {
                    (export::timed_dumps(&outcome), format!("{}-dumps.txt", outcome.scenario), "text/plain")
                }
                "csv" => (export::lag_csv(&outcome), format!("{}-lag.csv", outcome.scenario), "text/csv"),
                _ => (
                    texts.localizer().to_json(&*outcome).map(|json| json.to_string()).unwrap_or_default(),
                    format!("{}.json", outcome.scenario),
                    "application/json",
                ),
            };
            save(&text, &name, mime);
        })
    };
    let on_filter = {
        let filter = filter.clone();
        Callback::from(move |event: Event| {
            if let Some(select) = event.target_dyn_into::<HtmlSelectElement>() {
                filter.set(select.value());
            }
        })
    };
    let wanted = |kind: EventKind| match filter.as_str() {
        "all" => true,
        "rebalances" => matches!(
            kind,
            EventKind::RebalanceStarted | EventKind::RebalanceCompleted | EventKind::EpochBumped
        ),
        "leaves" => {
            matches!(kind, EventKind::Left | EventKind::Joined | EventKind::Crashed | EventKind::Stopped)
        }
        "commits" => kind == EventKind::CommitFailed,
        _ => !matches!(kind, EventKind::Assigned | EventKind::Started | EventKind::Revoked),
    };
    let events: Vec<&lagscope_core::sim::SimEvent> =
        outcome.events.iter().filter(|event| wanted(event.kind)).collect();
    let total_processed: u64 = outcome.hosts.iter().map(|host| host.processed.iter().sum::<u64>()).sum();
    html! {
        <section class="panel" id="pg-results">
            <div class="panel-head">
                <h3>{texts.render(&msg!("pg-results-title", scenario = &outcome.scenario, seed = outcome.seed.to_string()))}</h3>
                <div class="actions">
                    <button id="pg-analyze" onclick={analyze}>{texts.t("pg-analyze-dumps")}</button>
                    <button class="ghost" onclick={download("dump")}>{texts.t("pg-dumps")}</button>
                    <button class="ghost" onclick={download("csv")}>{"CSV"}</button>
                    <button class="ghost" onclick={download("json")}>{"JSON"}</button>
                </div>
            </div>
            <dl class="facts pg-facts">
                { fact("pg-rebalances", texts.t("pg-rebalances"), summary.n_rebalances.to_string()) }
                { fact("pg-leaves", texts.t("pg-members-left"), if leaves.is_empty() { "0".to_owned() } else { leaves.join(", ") }) }
                { fact("pg-duplicates", texts.t("pg-processed-twice"), crate::chart::format_count(summary.duplicates as f64)) }
                { fact("pg-commit-failures", texts.t("pg-failed-commits"), failed_commits) }
                { fact("pg-lag", texts.t("pg-lag-start-max-end"), format!("{} → {} → {}",
                    crate::chart::format_count(summary.first_total_lag as f64),
                    crate::chart::format_count(summary.max_total_lag as f64),
                    crate::chart::format_count(summary.final_total_lag as f64))) }
                { fact("pg-unowned", texts.t("pg-unowned-time"), format::duration(summary.unowned_ms as f64 / 1000.0, lang)) }
            </dl>
            <canvas ref={canvas} class="pg-chart" role="img" aria-label={texts.t("pg-chart-label")} />
            if !outcome.other_groups.is_empty() {
                <h4>{texts.t("pg-every-group")}</h4>
                <div class="table-scroll">
                    <table id="pg-groups">
                        <thead><tr>
                            <th>{texts.t("pg-col-group")}</th>
                            <th class="num">{texts.t("pg-rebalances")}</th>
                            <th class="num">{texts.t("pg-failed-commits")}</th>
                            <th class="num">{texts.t("pg-processed-twice")}</th>
                            <th class="num">{texts.t("pg-col-lag-start-end")}</th>
                        </tr></thead>
                        <tbody>
                            { for outcome.groups().map(|group| html! { <tr>
                                <td>{group.group.clone()}</td>
                                <td class="num">{group.summary.n_rebalances}</td>
                                <td class="num">{group.summary.n_commit_failures}</td>
                                <td class="num">{crate::chart::format_count(group.summary.duplicates as f64)}</td>
                                <td class="num">{format!("{} → {}",
                                    crate::chart::format_count(group.summary.first_total_lag as f64),
                                    crate::chart::format_count(group.summary.final_total_lag as f64))}</td>
                            </tr> }) }
                        </tbody>
                    </table>
                </div>
            }
            <h4>{texts.t("pg-hosts")}</h4>
            <div class="table-scroll">
                <table>
                    <thead><tr><th>{texts.t("pg-col-host")}</th><th>{texts.t("pg-col-address")}</th><th class="num">{texts.t("pg-col-processed")}</th><th class="num">{texts.t("pg-col-share")}</th></tr></thead>
                    <tbody>
                        { for outcome.hosts.iter().map(|host| {
                            let processed: u64 = host.processed.iter().sum();
                            let share = if total_processed == 0 { 0.0 } else { processed as f64 / total_processed as f64 };
                            html! { <tr><td>{host.host.clone()}</td><td>{host.address.clone()}</td><td class="num">{format::count(i64::try_from(processed).unwrap_or(i64::MAX))}</td><td class="num">{format::share(share)}</td></tr> }
                        }) }
                    </tbody>
                </table>
            </div>
            <div class="panel-head">
                <h4>{texts.t("pg-event-log")}</h4>
                <label>{texts.t("pg-show")}{" "}
                    <select id="pg-event-filter" onchange={on_filter}>
                        <option value="key" selected={*filter == "key"}>{texts.t("pg-filter-key")}</option>
                        <option value="rebalances">{texts.t("pg-rebalances")}</option>
                        <option value="leaves">{texts.t("pg-filter-leaves")}</option>
                        <option value="commits">{texts.t("pg-failed-commits")}</option>
                        <option value="all">{texts.t("pg-filter-all")}</option>
                    </select>
                </label>
            </div>
            <div class="table-scroll">
                <table id="pg-events">
                    <thead><tr><th>{texts.t("pg-col-time")}</th><th>{texts.t("pg-col-event")}</th><th>{texts.t("pg-col-host")}</th><th>{texts.t("pg-col-what")}</th></tr></thead>
                    <tbody>
                        { for events.iter().take(MAX_EVENTS).map(|event| html! {
                            <tr>
                                <td class="mono">{export::date_line(event.at_ms)[11..19].to_owned()}</td>
                                <td>{texts.render(&event.kind.label())}</td>
                                <td>{event.host.clone().unwrap_or_default()}</td>
                                <td>{texts.render(&event.detail)}</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
            if events.len() > MAX_EVENTS {
                <p class="hint">{texts.render(&msg!("pg-more-events", shown = MAX_EVENTS, total = events.len()))}</p>
            }
        </section>
    }
}

/// The scenario `text` with the topics, hosts and offsets of the largest group in `source` (the
/// core decides; this only picks the group with the most partitions). Returns the new scenario as
/// JSON and the assumptions the core made.
fn start_from_dump(source: &str, text: &str) -> Result<(String, Vec<Message>), Run> {
    let template = Scenario::from_json(text).map_err(|error| Run::Failed(error.message))?;
    let parsed = lagscope_core::parse::parse(source);
    let group = parsed
        .snapshot
        .groups
        .iter()
        .max_by_key(|group| group.partitions.len())
        .filter(|group| !group.partitions.is_empty())
        .ok_or(Run::NoGroupInAnalyze)?;
    let (scenario, assumptions) =
        scenario_from_group(group, &template).map_err(|error| Run::Failed(error.message))?;
    // A scenario always serialises (its maps have text keys).
    let json = serde_json::to_string_pretty(&scenario).unwrap_or_default();
    Ok((json, assumptions))
}

/// Downloads `text` as a file.
fn save(text: &str, name: &str, mime: &str) {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else { return };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
    if let Some(anchor) = gloo::utils::document()
        .create_element("a")
        .ok()
        .and_then(|element| element.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    {
        anchor.set_href(&url);
        anchor.set_download(name);
        anchor.click();
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}
