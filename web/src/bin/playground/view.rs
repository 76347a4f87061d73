//! The Playground: pick a preset (the seeds' incidents and the lessons around them), change the
//! settings that matter or the whole scenario, run it, and read what happened: the summary, the
//! lag and the members over time, the hosts, the event log. "Analyze these dumps" hands the run's
//! `kafka-consumer-groups.sh` dumps to the Analyze view, where the findings diagnose it as they
//! would a real incident. The core simulates, exports and validates; this view only renders.

use std::rc::Rc;

use lagscope_core::msg;
use lagscope_core::sim::levers::Lever;
use lagscope_core::sim::output::{EventKind, Outcome};
use lagscope_core::sim::{Scenario, export, presets, scenario_from_group};
use lagscope_web::format;
use lagscope_web::i18n::{Message, Texts};
use lagscope_web::lazy::levers::LeverControls;
use lagscope_web::lazy::replay::{Act, Replay};
use serde_json::Value;
use web_sys::{HtmlCanvasElement, HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

/// Events listed at most (the whole log is in the JSON download).
const MAX_EVENTS: usize = 300;
#[derive(Properties, PartialEq)]
pub(crate) struct Props {
    /// The page's texts (its language and catalogue): a new value re-renders everything in it.
    pub(crate) texts: Texts,
    /// The Analyze view's text (a dump), which a scenario can start from.
    pub(crate) source: std::rc::Rc<str>,
    /// A run's link followed to get here: its scenario and seed replace the preset's.
    pub(crate) shared: Option<std::rc::Rc<lagscope_web::PlaygroundLink>>,
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
    /// Under way: how far (0 to 1).
    Running(f64),
    /// Stopped by the cancel button.
    Cancelled,
    Done(Rc<Outcome>),
    /// The scenario cannot run: the core's message, naming the field.
    Failed(Message),
    /// "Start from the group in Analyze" found no group with partitions there.
    NoGroupInAnalyze,
}

/// Runs the scenario `text` with `seed` without stopping the page (slices of events between
/// frames, `lagscope_web::lazy::simulation`), showing its progress in `run`; a newer run or a
/// cancel (a new value of `job`) stops it at its next slice.
fn start_run(text: String, seed: u64, run: UseStateHandle<Run>, job: Rc<std::cell::Cell<u64>>) {
    job.set(job.get().wrapping_add(1));
    let mine = job.get();
    run.set(Run::Running(0.0));
    wasm_bindgen_futures::spawn_local(async move {
        let scenario = match Scenario::from_json(&text) {
            Ok(scenario) => scenario,
            Err(error) => return run.set(Run::Failed(error.message)),
        };
        let progress = {
            let run = run.clone();
            move |done: f64| run.set(Run::Running(done))
        };
        let still_wanted = {
            let job = job.clone();
            move || job.get() == mine
        };
        match lagscope_web::lazy::simulation::simulate_yielding(&scenario, seed, progress, still_wanted).await
        {
            Some(Ok(outcome)) => run.set(Run::Done(Rc::new(outcome))),
            Some(Err(error)) => run.set(Run::Failed(error.message)),
            None => {}
        }
    });
}

#[function_component(Playground)]
pub(crate) fn playground(props: &Props) -> Html {
    let texts = &props.texts;
    let shared = props.shared.clone();
    let preset = use_state(|| if shared.is_some() { String::new() } else { "poll-timeout-storm".to_owned() });
    let text = use_state(|| {
        shared.as_ref().map_or_else(|| preset_text("poll-timeout-storm"), |link| link.scenario.clone())
    });
    let seed = use_state(|| shared.as_ref().map_or(1_u64, |link| link.seed));
    let pinned = use_state(|| None::<Rc<Outcome>>);
    let run = use_state(|| Run::None);

    // The run under way (a new run or a cancel moves it on, and the old one stops).
    let job: Rc<std::cell::Cell<u64>> = (*use_memo((), |()| Rc::new(std::cell::Cell::new(0_u64)))).clone();
    let start = {
        let (text, seed, run, job) = (text.clone(), seed.clone(), run.clone(), job.clone());
        Callback::from(move |()| start_run((*text).clone(), *seed, run.clone(), job.clone()))
    };
    let on_cancel = {
        let (run, job) = (run.clone(), job.clone());
        Callback::from(move |_: MouseEvent| {
            job.set(job.get().wrapping_add(1));
            run.set(Run::Cancelled);
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
    let scenario: Option<Scenario> = Scenario::from_json(&text).ok();
    // A lever edits the scenario's JSON through the core (which refuses a value out of range): the
    // text stays the one source of truth.
    let lever_problem = use_state(|| None::<Message>);
    let on_lever = {
        let (text, lever_problem) = (text.clone(), lever_problem.clone());
        Callback::from(move |(lever, value): (Lever, String)| {
            let Ok(mut scenario) = Scenario::from_json(&text) else { return };
            match lever.set(&mut scenario, &value) {
                Ok(()) => {
                    lever_problem.set(None);
                    text.set(serde_json::to_string_pretty(&scenario).unwrap_or_default());
                }
                Err(message) => lever_problem.set(Some(message)),
            }
        })
    };
    // An action at the replay's cursor becomes an operation of the scenario, and the run goes on
    // from there (the share link carries it).
    let on_act = {
        let (text, seed, run, job) = (text.clone(), seed.clone(), run.clone(), job.clone());
        Callback::from(move |(action, at_s, host): Act| {
            let Ok(scenario) = Scenario::from_json(&text) else { return };
            match action.apply(&scenario, at_s, &host) {
                Ok(edited) => {
                    let json = serde_json::to_string_pretty(&edited).unwrap_or_default();
                    text.set(json.clone());
                    start_run(json, *seed, run.clone(), job.clone());
                }
                Err(error) => run.set(Run::Failed(error.message)),
            }
        })
    };
    let link_status = use_state(|| false);
    let share = {
        let (text, seed, link_status) = (text.clone(), seed.clone(), link_status.clone());
        Callback::from(move |_: MouseEvent| {
            let link = lagscope_web::PlaygroundLink { scenario: (*text).clone(), seed: *seed };
            let window = gloo::utils::window();
            let location = window.location();
            let url = format!(
                "{}{}#{}",
                location.pathname().unwrap_or_default(),
                location.search().unwrap_or_default(),
                link.fragment()
            );
            // The address becomes the link (without a hashchange: the view stays as it is).
            let _ = window
                .history()
                .map(|history| history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url)));
            let full = location.href().unwrap_or(url);
            let _ = window.navigator().clipboard().write_text(&full);
            link_status.set(true);
        })
    };
    let pin = {
        let (pinned, run) = (pinned.clone(), run.clone());
        Callback::from(move |_: MouseEvent| match (&*pinned, &*run) {
            (Some(_), _) => pinned.set(None),
            (None, Run::Done(outcome)) => pinned.set(Some(outcome.clone())),
            _ => {}
        })
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
                                if preset.is_empty() { <option value="" selected=true>{texts.t("pg-linked-scenario")}</option> }
                                { for presets::PRESETS.iter().map(|item| html! {
                                    <option value={item.name} selected={*preset == item.name}>{item.name}</option>
                                }) }
                            </select>
                        </label>
                        <label>{texts.t("pg-seed")}
                            <input id="pg-seed" type="number" min="0" value={seed.to_string()} onchange={on_seed} />
                        </label>
                    </div>
                    if let Some(scenario) = scenario.clone() {
                        <LeverControls levers={Lever::ALL.to_vec()} {scenario} on_change={on_lever} texts={texts.clone()} />
                    } else {
                        <p class="hint">{texts.t("pg-levers-need-json")}</p>
                    }
                    if let Some(problem) = &*lever_problem {
                        <p class="setting-problem" id="pg-lever-problem">{texts.render(problem)}</p>
                    }
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
                        <button id="pg-run" type="button" onclick={on_run} disabled={matches!(*run, Run::Running(_))}>{texts.t("pg-run")}</button>
                        <button id="pg-share-run" type="button" class="ghost" onclick={share}>{texts.t("pg-share-run")}</button>
                        <button id="pg-pin" type="button" class="ghost" onclick={pin} aria-pressed={pinned.is_some().to_string()}>
                            { if pinned.is_some() { texts.t("pg-unpin") } else { texts.t("pg-pin") } }
                        </button>
                    </div>
                    if *link_status { <p class="hint" id="pg-link-status" role="status">{texts.t("pg-link-copied")}</p> }
                </form>
            </section>
            { match &*run {
                Run::None => html! {},
                Run::Running(done) => html! {
                    <section class="panel" id="pg-running">
                        <p class="status" role="status">{texts.t("pg-simulating")}</p>
                        <progress id="pg-progress" max="1000" value={format!("{:.0}", done * 1000.0)} />
                        <button id="pg-cancel" type="button" class="ghost" onclick={on_cancel}>{texts.t("ui-cancel")}</button>
                    </section>
                },
                Run::Cancelled => html! { <section class="panel"><p class="note" id="pg-cancelled" role="status">{texts.t("pg-cancelled")}</p></section> },
                Run::Failed(message) => html! { <section class="panel"><p class="setting-problem" id="pg-error">{texts.render(message)}</p></section> },
                Run::NoGroupInAnalyze => html! { <section class="panel"><p class="setting-problem" id="pg-error">{texts.t("pg-no-group-in-analyze")}</p></section> },
                Run::Done(outcome) => html! {
                    <>
                        <section class="panel">
                            if pinned.is_some() { <p class="hint">{texts.t("pg-compare-note")}</p> }
                            <Replay outcome={outcome.clone()} label={pinned.as_ref().map(|_| texts.t("pg-this-run"))}
                                compare={pinned.as_ref().map(|other| (other.clone(), texts.t("pg-pinned-run")))}
                                on_act={on_act.clone()} texts={texts.clone()} />
                        </section>
                        <Results outcome={outcome.clone()} texts={texts.clone()} />
                    </>
                },
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
            lagscope_web::download::save(&text, &name, mime);
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
                { fact("pg-duplicates", texts.t("pg-processed-twice"), format::count(i64::try_from(summary.duplicates).unwrap_or(i64::MAX))) }
                { fact("pg-commit-failures", texts.t("pg-failed-commits"), failed_commits) }
                { fact("pg-lag", texts.t("pg-lag-start-max-end"), format!("{} → {} → {}",
                    format::count(summary.first_total_lag),
                    format::count(summary.max_total_lag),
                    format::count(summary.final_total_lag))) }
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
                                <td class="num">{format::count(i64::try_from(group.summary.duplicates).unwrap_or(i64::MAX))}</td>
                                <td class="num">{format!("{} → {}",
                                    format::count(group.summary.first_total_lag),
                                    format::count(group.summary.final_total_lag))}</td>
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
                        { for lagscope_core::sim::timeline::host_shares(&outcome).into_iter().map(|(host, address, processed, share)| {
                            let share = share.map_or_else(|| texts.t("unknown"), format::share);
                            html! { <tr><td>{host}</td><td>{address}</td><td class="num">{format::count(i64::try_from(processed).unwrap_or(i64::MAX))}</td><td class="num">{share}</td></tr> }
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
