//! The input: a paste box, files (picked or dropped, each read on its own), the bundled sample
//! incidents, and the consumer settings the findings use.

use web_sys::{DragEvent, File, HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::i18n::{Text, bi, tr};
use crate::state::{Action, AppState, Sample};

/// The settings the findings read, with Kafka's defaults as placeholders.
const SETTINGS: [(&str, &str); 6] = [
    ("max.poll.records", "500"),
    ("max.poll.interval.ms", "300000"),
    ("processing.ms.per.record", "—"),
    ("session.timeout.ms", "45000"),
    ("concurrency", "1"),
    ("instances", "—"),
];

#[derive(Properties, PartialEq)]
pub(crate) struct InputPanelProps {
    pub(crate) state: UseReducerHandle<AppState>,
    pub(crate) textarea: NodeRef,
}

#[function_component(InputPanel)]
pub(crate) fn input_panel(props: &InputPanelProps) -> Html {
    let state = &props.state;
    let lang = state.lang;
    let dragging = use_state(|| false);
    let file_picker = use_node_ref();

    let on_input = {
        let state = state.clone();
        Callback::from(move |event: InputEvent| {
            let textarea: HtmlTextAreaElement = event.target_unchecked_into();
            state.dispatch(Action::SetPaste(textarea.value()));
        })
    };
    let on_files = {
        let state = state.clone();
        Callback::from(move |event: Event| {
            let input: HtmlInputElement = event.target_unchecked_into();
            load_files(state.clone(), input.files());
            // Picking the same file again must fire `change` again.
            input.set_value("");
        })
    };
    let on_drag_over = {
        let dragging = dragging.clone();
        Callback::from(move |event: DragEvent| {
            event.prevent_default();
            dragging.set(true);
        })
    };
    let on_drag_leave = {
        let dragging = dragging.clone();
        Callback::from(move |_: DragEvent| dragging.set(false))
    };
    let on_drop = {
        let state = state.clone();
        let dragging = dragging.clone();
        Callback::from(move |event: DragEvent| {
            event.prevent_default();
            dragging.set(false);
            load_files(state.clone(), event.data_transfer().and_then(|transfer| transfer.files()));
        })
    };
    let on_choose = {
        let file_picker = file_picker.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(input) = file_picker.cast::<HtmlInputElement>() {
                input.click();
            }
        })
    };
    let sample = |which: Sample| {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| match which {
            Sample::SlowHost => state.dispatch(Action::LoadSample(which)),
            Sample::PollStorm => {
                let state = state.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    match crate::state::fetch_text(crate::state::SAMPLE_POLL_STORM_URL).await {
                        Ok(text) => state.dispatch(Action::LoadSampleText(which, text)),
                        Err(problem) => gloo::console::error!(format!("sample: {problem}")),
                    }
                });
            }
        })
    };
    let on_clear = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::Clear))
    };

    let document = &state.document;
    let n_lines = document.paste.lines().count();
    let n_groups = state.overview.len();
    let n_diagnostics: usize = state.workbench.inputs.iter().map(|input| input.diagnostics.len()).sum();
    let settings: Vec<(String, String)> = SETTINGS
        .iter()
        .map(|(key, _)| {
            let value =
                document.settings.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone()).unwrap_or_default();
            ((*key).to_owned(), value)
        })
        .collect();
    let class = classes!("panel", "input-panel", dragging.then_some("dragging"));

    html! {
        <section {class} id="input" ondragover={on_drag_over} ondragleave={on_drag_leave} ondrop={on_drop}>
            <div class="panel-head">
                <h2>{tr(lang, Text::InputTitle)}</h2>
                <div class="actions">
                    <button id="load-sample" onclick={sample(Sample::SlowHost)}>{bi(lang, "Sample: slow host", "예제: 느린 서버")}</button>
                    <button id="load-sample-storm" onclick={sample(Sample::PollStorm)}>{bi(lang, "Sample: poll-timeout storm", "예제: poll 타임아웃 폭풍")}</button>
                    <button id="choose-files" onclick={on_choose}>{tr(lang, Text::ChooseFiles)}</button>
                    <input id="file-picker" ref={file_picker} class="visually-hidden" type="file" multiple=true
                        tabindex="-1" onchange={on_files} />
                    <button id="clear-input" class="ghost" onclick={on_clear}>{tr(lang, Text::Clear)}</button>
                </div>
            </div>
            <p class="hint">{bi(lang,
                "Paste kafka-consumer-groups.sh output (several dumps between `date` lines show the incident over time), or choose or drop files: dumps, lag CSVs, Grafana or Prometheus exports, Burrow JSON.",
                "kafka-consumer-groups.sh 출력을 붙여 넣으세요(`date` 줄 사이의 여러 덤프는 시간에 따른 변화를 보여 줍니다). 덤프, lag CSV, Grafana·Prometheus 내보내기, Burrow JSON 파일을 고르거나 끌어다 놓을 수도 있습니다.")}</p>
            <textarea
                id="dump-input"
                ref={props.textarea.clone()}
                aria-label={tr(lang, Text::InputLabel)}
                spellcheck="false"
                autocomplete="off"
                wrap="off"
                value={document.paste.clone()}
                oninput={on_input}
            />
            if !document.files.is_empty() {
                <ul class="files" id="file-list" aria-label={bi(lang, "Files", "파일")}>
                    { for document.files.iter().enumerate().map(|(index, (name, text))| {
                        let state = state.clone();
                        let remove = Callback::from(move |_: MouseEvent| state.dispatch(Action::RemoveFile(index)));
                        let read_as = state_read_as(&props.state, name);
                        html! {
                            <li class="file" data-name={name.clone()}>
                                <span class="file-name">{name}</span>
                                <span class="file-meta">{format!("{} · {}", format_bytes(text.len()), read_as)}</span>
                                <button class="ghost small" aria-label={format!("{} {name}", bi(lang, "Remove", "삭제"))} onclick={remove}>{"✕"}</button>
                            </li>
                        }
                    }) }
                </ul>
            }
            <p class="status" id="input-status">
                {format!("{}: {n_lines} · {}: {n_groups} · {}: {n_diagnostics} · {:.0} ms",
                    tr(lang, Text::Lines), tr(lang, Text::Groups), tr(lang, Text::Diagnostics).to_lowercase(), state.analysis_ms)}
            </p>
            if let Some(paste) = state.workbench.inputs.iter().find(|input| input.name == "pasted text") {
                <p class="status">{tr(lang, Text::Detected)}{": "}<span id="detected-source" class="badge">{&paste.read_as}</span></p>
            }
            if let Some(pending) = state.pending {
                <div class="progress" id="analysis-progress" role="status">
                    <progress max={pending.total_bytes.to_string()} value={pending.done_bytes.to_string()}></progress>
                    <span>{format!("{} {} / {}", bi(lang, "Reading", "읽는 중"), format_bytes(pending.done_bytes), format_bytes(pending.total_bytes))}</span>
                    <button class="ghost small" id="cancel-analysis" onclick={{
                        let state = state.clone();
                        Callback::from(move |_: MouseEvent| state.dispatch(Action::Cancel))
                    }}>{bi(lang, "Cancel", "취소")}</button>
                </div>
            }
            if state.cancelled {
                <div class="progress" id="analysis-cancelled" role="status">
                    <span>{bi(lang, "Analysis cancelled: the results below are from the previous input.", "분석을 취소했습니다. 아래 결과는 이전 입력의 것입니다.")}</span>
                    <button class="small" id="reanalyse" onclick={{
                        let state = state.clone();
                        Callback::from(move |_: MouseEvent| state.dispatch(Action::Reanalyse))
                    }}>{bi(lang, "Analyse", "분석")}</button>
                </div>
            }
            <details class="settings" id="consumer-settings">
                <summary>{bi(lang, "Consumer settings (optional)", "컨슈머 설정(선택)")}</summary>
                <p class="hint">{bi(lang, "The findings use them: e.g. max.poll.records × processing time against max.poll.interval.ms.",
                    "분석 규칙이 사용합니다. 예: max.poll.records × 처리 시간과 max.poll.interval.ms 비교.")}</p>
                <div class="settings-grid">
                    { for settings.iter().zip(SETTINGS.iter()).map(|((key, value), (_, placeholder))| {
                        let state = state.clone();
                        let key_owned = key.clone();
                        let oninput = Callback::from(move |event: InputEvent| {
                            let input: HtmlInputElement = event.target_unchecked_into();
                            state.dispatch(Action::SetSetting(key_owned.clone(), input.value()));
                        });
                        let id = format!("setting-{}", key.replace('.', "-"));
                        html! {
                            <label for={id.clone()}>
                                <span>{key}</span>
                                <input id={id} type="text" inputmode="decimal" value={value.clone()} placeholder={*placeholder} {oninput} />
                            </label>
                        }
                    }) }
                </div>
                { for state.setting_problems.iter().map(|problem| html! { <p class="setting-problem" role="alert">{problem}</p> }) }
            </details>
            if *dragging {
                <div class="drop-overlay">{tr(lang, Text::DropHere)}</div>
            }
        </section>
    }
}

/// Reads every file, then loads them together, in the order given.
fn load_files(state: UseReducerHandle<AppState>, files: Option<web_sys::FileList>) {
    let Some(list) = files else { return };
    let files: Vec<File> = (0..list.length()).filter_map(|index| list.item(index)).collect();
    if files.is_empty() {
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        let mut loaded = Vec::with_capacity(files.len());
        for file in files {
            let name = file.name();
            let blob = gloo::file::Blob::from(file);
            match gloo::file::futures::read_as_bytes(&blob).await {
                Ok(bytes) => loaded.push((name, bytes)),
                Err(error) => gloo::console::error!(format!("cannot read {name}: {error}")),
            }
        }
        state.dispatch(Action::AddFiles(loaded));
    });
}

fn state_read_as(state: &UseReducerHandle<AppState>, name: &str) -> String {
    state
        .workbench
        .inputs
        .iter()
        .find(|input| input.name == name)
        .map(|input| input.read_as.clone())
        .unwrap_or_default()
}

pub(crate) fn format_bytes(n: usize) -> String {
    if n >= 1 << 20 {
        format!("{:.1} MB", n as f64 / f64::from(1 << 20))
    } else if n >= 1 << 10 {
        format!("{:.1} KB", n as f64 / f64::from(1 << 10))
    } else {
        format!("{n} B")
    }
}
