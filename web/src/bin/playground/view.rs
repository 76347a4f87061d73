//! The Playground: pick a preset (the seeds' incidents and the lessons around them), change the
//! settings that matter or the whole scenario, run it, and read what happened: the summary, the
//! lag and the members over time, the hosts, the event log. "Analyze these dumps" hands the run's
//! `kafka-consumer-groups.sh` dumps to the Analyze view, where the findings diagnose it as they
//! would a real incident. The core simulates, exports and validates; this view only renders.

use std::rc::Rc;

use lagscope_core::sim::output::{EventKind, Outcome};
use lagscope_core::sim::{
    CommitMode, ConsumerSpec, Scenario, export, presets, scenario_from_group, simulate,
};
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
    pub(crate) korean: bool,
    /// The Analyze view's text (a dump), which a scenario can start from.
    pub(crate) source: std::rc::Rc<str>,
}

/// The commit modes people choose: the mode, the select's value, and its label in each language.
const COMMIT_MODES: [(CommitMode, &str, &str, &str); 4] = [
    (CommitMode::Auto, "auto", "auto-commit", "자동 커밋"),
    (CommitMode::SyncPerBatch, "sync_per_batch", "commitSync per batch", "배치마다 commitSync"),
    (CommitMode::SyncPerRecord, "sync_per_record", "commitSync per record", "레코드마다 commitSync"),
    (CommitMode::AsyncPerBatch, "async_per_batch", "commitAsync per batch", "배치마다 commitAsync"),
];

fn t(korean: bool, english: &'static str, korean_text: &'static str) -> &'static str {
    if korean { korean_text } else { english }
}

fn preset_text(name: &str) -> String {
    let json = presets::PRESETS.iter().find(|preset| preset.name == name).map_or("{}", |preset| preset.json);
    serde_json::from_str::<Value>(json)
        .and_then(|value| serde_json::to_string_pretty(&value))
        .unwrap_or_default()
}

/// The result of the last run.
#[derive(Clone, PartialEq)]
enum Run {
    None,
    Running,
    Done(Rc<Outcome>),
    Failed(String),
}

fn simulate_text(text: &str, seed: u64) -> Run {
    match Scenario::from_json(text).and_then(|scenario| simulate(&scenario, seed)) {
        Ok(outcome) => Run::Done(Rc::new(outcome)),
        Err(error) => Run::Failed(error.to_string()),
    }
}

#[function_component(Playground)]
pub(crate) fn playground(props: &Props) -> Html {
    let korean = props.korean;
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
    let assumptions = use_state(Vec::<String>::new);
    let from_dump = {
        let (text, run, assumptions, source) =
            (text.clone(), run.clone(), assumptions.clone(), props.source.clone());
        Callback::from(move |_: MouseEvent| match start_from_dump(&source, &text) {
            Ok((scenario, said)) => {
                text.set(scenario);
                assumptions.set(said);
                run.set(Run::None);
            }
            Err(message) => run.set(Run::Failed(message)),
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

    html! {
        <div class="playground">
            <section class="panel">
                <h2>{t(korean, "Playground: a consumer group, simulated", "실습: 컨슈머 그룹 시뮬레이션")}</h2>
                <p class="hint">{t(korean,
                    "Replay the seeds' incidents and what-ifs: the same scenario and seed always give the same run, here and in `lagscope simulate`. Change a setting and run again to try a fix before deploying it.",
                    "사례의 장애와 가정 상황을 다시 돌려 봅니다. 같은 시나리오와 시드는 여기서도 `lagscope simulate`에서도 항상 같은 결과를 냅니다. 설정을 바꿔 다시 실행하면 배포 전에 해결책을 시험할 수 있습니다.")}</p>
                <form class="pg-form" onsubmit={on_submit}>
                    <div class="settings-grid">
                        <label>{t(korean, "Scenario", "시나리오")}
                            <select id="pg-preset" onchange={on_preset}>
                                { for presets::PRESETS.iter().map(|item| html! {
                                    <option value={item.name} selected={*preset == item.name}>{item.name}</option>
                                }) }
                            </select>
                        </label>
                        <label>{t(korean, "Seed", "시드")}
                            <input id="pg-seed" type="number" min="0" value={seed.to_string()} onchange={on_seed} />
                        </label>
                        <label>{"max.poll.records"}
                            <input id="pg-max-poll-records" type="number" min="1" value={shown("max_poll_records", "500")} onchange={setter("max_poll_records", number)} />
                        </label>
                        <label>{"max.poll.interval.ms"}
                            <input id="pg-max-poll-interval" type="number" min="1" value={shown("max_poll_interval_ms", "300000")} onchange={setter("max_poll_interval_ms", number)} />
                        </label>
                        <label>{t(korean, "Assignor", "할당 전략")}
                            <select id="pg-assignor" onchange={setter("assignor", string)}>
                                { for ASSIGNORS.iter().map(|name| html! {
                                    <option value={*name} selected={shown("assignor", "range") == *name}>{*name}</option>
                                }) }
                            </select>
                        </label>
                        <label class="pg-check">
                            <input id="pg-static" type="checkbox" checked={shown("static_membership", "false") == "true"} onchange={setter("static_membership", boolean)} />
                            {t(korean, "static membership (group.instance.id)", "정적 멤버십 (group.instance.id)")}
                        </label>
                        <label>{t(korean, "Commits", "커밋 방식")}
                            <select id="pg-commit" onchange={on_commit}>
                                { for COMMIT_MODES.iter().map(|(mode, value, english, korean_text)| html! {
                                    <option value={*value} selected={commit_mode == *mode}>{t(korean, english, korean_text)}</option>
                                }) }
                            </select>
                        </label>
                    </div>
                    <p class="hint" id="pg-description">{description}</p>
                    if !props.source.trim().is_empty() {
                        <div class="actions">
                            <button type="button" class="ghost" id="pg-from-dump" onclick={from_dump}>
                                {t(korean, "Start from the group in Analyze", "분석 화면의 그룹에서 시작")}
                            </button>
                        </div>
                    }
                    if !assumptions.is_empty() {
                        <ul class="hint" id="pg-assumptions">
                            { for assumptions.iter().map(|said| html! { <li>{said.clone()}</li> }) }
                        </ul>
                    }
                    <details>
                        <summary>{t(korean, "The whole scenario (JSON; schema in docs/simulator.md)", "전체 시나리오 (JSON, 스키마는 docs/simulator.md)")}</summary>
                        <textarea id="pg-scenario" class="pg-scenario" spellcheck="false" value={(*text).clone()} oninput={on_text} />
                    </details>
                    <div class="actions">
                        <button id="pg-run" type="button" onclick={on_run} disabled={*run == Run::Running}>{t(korean, "Run", "실행")}</button>
                    </div>
                </form>
            </section>
            { match &*run {
                Run::None => html! {},
                Run::Running => html! { <section class="panel"><p class="status" id="pg-running">{t(korean, "Simulating…", "시뮬레이션 중…")}</p></section> },
                Run::Failed(message) => html! { <section class="panel"><p class="setting-problem" id="pg-error">{message.clone()}</p></section> },
                Run::Done(outcome) => html! { <Results outcome={outcome.clone()} korean={korean} /> },
            } }
        </div>
    }
}

#[derive(Properties)]
struct ResultsProps {
    outcome: Rc<Outcome>,
    korean: bool,
}

impl PartialEq for ResultsProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.outcome, &other.outcome) && self.korean == other.korean
    }
}

#[function_component(Results)]
fn results(props: &ResultsProps) -> Html {
    let korean = props.korean;
    let outcome = props.outcome.clone();
    let canvas = use_node_ref();
    let filter = use_state(|| "key".to_owned());
    {
        let (canvas, outcome) = (canvas.clone(), outcome.clone());
        use_effect_with((Rc::as_ptr(&outcome) as usize, korean), move |_| {
            if let Some(element) = canvas.cast::<HtmlCanvasElement>()
                && let Err(error) = crate::chart::draw(&element, &outcome, korean)
            {
                gloo::console::error!(error);
            }
        });
    }
    let summary = &outcome.summary;
    let leaves: Vec<String> =
        summary.leaves.iter().map(|(reason, n)| format!("{} {n}", reason.as_str())).collect();
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
    let fact = |id: &'static str, label: &'static str, value: String| {
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
        let outcome = outcome.clone();
        Callback::from(move |_| {
            let (text, name, mime) = match kind {
                "dump" => {
                    (export::timed_dumps(&outcome), format!("{}-dumps.txt", outcome.scenario), "text/plain")
                }
                "csv" => (export::lag_csv(&outcome), format!("{}-lag.csv", outcome.scenario), "text/csv"),
                _ => (
                    serde_json::to_string(&*outcome).unwrap_or_default(),
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
                <h3>{format!("{} · seed {}", outcome.scenario, outcome.seed)}</h3>
                <div class="actions">
                    <button id="pg-analyze" onclick={analyze}>{t(korean, "Analyze these dumps", "이 덤프 분석하기")}</button>
                    <button class="ghost" onclick={download("dump")}>{t(korean, "Dumps", "덤프")}</button>
                    <button class="ghost" onclick={download("csv")}>{"CSV"}</button>
                    <button class="ghost" onclick={download("json")}>{"JSON"}</button>
                </div>
            </div>
            <dl class="facts pg-facts">
                { fact("pg-rebalances", t(korean, "rebalances", "리밸런스"), summary.n_rebalances.to_string()) }
                { fact("pg-leaves", t(korean, "members left", "이탈한 멤버"), if leaves.is_empty() { "0".to_owned() } else { leaves.join(", ") }) }
                { fact("pg-duplicates", t(korean, "processed twice", "중복 처리"), crate::chart::format_count(summary.duplicates as f64)) }
                { fact("pg-commit-failures", t(korean, "failed commits", "커밋 실패"), failed_commits) }
                { fact("pg-lag", t(korean, "total lag: start → max → end", "총 랙: 처음 → 최대 → 끝"), format!("{} → {} → {}",
                    crate::chart::format_count(summary.first_total_lag as f64),
                    crate::chart::format_count(summary.max_total_lag as f64),
                    crate::chart::format_count(summary.final_total_lag as f64))) }
                { fact("pg-unowned", t(korean, "partition time without a consumer", "컨슈머 없는 파티션 시간"), format!("{:.0} s", summary.unowned_ms as f64 / 1000.0)) }
            </dl>
            <canvas ref={canvas} class="pg-chart" role="img" aria-label={t(korean, "Total lag and members over time", "시간에 따른 총 랙과 멤버 수")} />
            if !outcome.other_groups.is_empty() {
                <h4>{t(korean, "Every group on these topics", "이 토픽을 읽는 모든 그룹")}</h4>
                <div class="table-scroll">
                    <table id="pg-groups">
                        <thead><tr>
                            <th>{t(korean, "group", "그룹")}</th>
                            <th class="num">{t(korean, "rebalances", "리밸런스")}</th>
                            <th class="num">{t(korean, "failed commits", "커밋 실패")}</th>
                            <th class="num">{t(korean, "processed twice", "중복 처리")}</th>
                            <th class="num">{t(korean, "lag: start → end", "랙: 처음 → 끝")}</th>
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
            <h4>{t(korean, "Hosts", "호스트")}</h4>
            <div class="table-scroll">
                <table>
                    <thead><tr><th>{t(korean, "host", "호스트")}</th><th>{t(korean, "address", "주소")}</th><th class="num">{t(korean, "processed", "처리")}</th><th class="num">{t(korean, "share", "비중")}</th></tr></thead>
                    <tbody>
                        { for outcome.hosts.iter().map(|host| {
                            let processed: u64 = host.processed.iter().sum();
                            let share = if total_processed == 0 { 0.0 } else { 100.0 * processed as f64 / total_processed as f64 };
                            html! { <tr><td>{host.host.clone()}</td><td>{host.address.clone()}</td><td class="num">{processed}</td><td class="num">{format!("{share:.0}%")}</td></tr> }
                        }) }
                    </tbody>
                </table>
            </div>
            <div class="panel-head">
                <h4>{t(korean, "Event log", "이벤트 기록")}</h4>
                <label>{t(korean, "Show ", "보기 ")}
                    <select id="pg-event-filter" onchange={on_filter}>
                        <option value="key" selected={*filter == "key"}>{t(korean, "what matters", "주요 이벤트")}</option>
                        <option value="rebalances">{t(korean, "rebalances", "리밸런스")}</option>
                        <option value="leaves">{t(korean, "joins and leaves", "참여와 이탈")}</option>
                        <option value="commits">{t(korean, "failed commits", "커밋 실패")}</option>
                        <option value="all">{t(korean, "everything", "전체")}</option>
                    </select>
                </label>
            </div>
            <div class="table-scroll">
                <table id="pg-events">
                    <thead><tr><th>{t(korean, "time", "시각")}</th><th>{t(korean, "event", "이벤트")}</th><th>{t(korean, "host", "호스트")}</th><th>{t(korean, "what happened", "내용")}</th></tr></thead>
                    <tbody>
                        { for events.iter().take(MAX_EVENTS).map(|event| html! {
                            <tr>
                                <td class="mono">{export::date_line(event.at_ms)[11..19].to_owned()}</td>
                                <td>{format!("{:?}", event.kind)}</td>
                                <td>{event.host.clone().unwrap_or_default()}</td>
                                <td>{event.detail.clone()}</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
            if events.len() > MAX_EVENTS {
                <p class="hint">{format!("{} / {}", MAX_EVENTS, events.len())}</p>
            }
        </section>
    }
}

/// The scenario `text` with the topics, hosts and offsets of the largest group in `source` (the
/// core decides; this only picks the group with the most partitions). Returns the new scenario as
/// JSON and the assumptions the core made.
fn start_from_dump(source: &str, text: &str) -> Result<(String, Vec<String>), String> {
    let template = Scenario::from_json(text).map_err(|error| error.to_string())?;
    let parsed = lagscope_core::parse::parse(source);
    let group = parsed
        .snapshot
        .groups
        .iter()
        .max_by_key(|group| group.partitions.len())
        .filter(|group| !group.partitions.is_empty())
        .ok_or("the Analyze view holds no group with partitions (the offsets view of --describe)")?;
    let (scenario, assumptions) = scenario_from_group(group, &template).map_err(|error| error.to_string())?;
    let json = serde_json::to_string_pretty(&scenario).map_err(|error| error.to_string())?;
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
