//! The input: a paste box, files (picked or dropped, each read on its own), the bundled sample
//! incidents, and the consumer settings the findings use.

use web_sys::{DragEvent, File, HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::i18n::{Arg, Message, Texts};
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
    let texts = crate::i18n::use_texts();
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
                    match crate::fetch::fetch_text(crate::state::SAMPLE_POLL_STORM_URL).await {
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
    {
        // The box is written only when the document's text is not already what it shows (a
        // sample, a link, a cleared box): writing a large paste back into the box it came from
        // would make the browser lay out megabytes of text again, for nothing.
        let textarea = props.textarea.clone();
        use_effect_with(document.clone(), move |document| {
            if let Some(textarea) = textarea.cast::<HtmlTextAreaElement>()
                && textarea.value() != document.paste
            {
                textarea.set_value(&document.paste);
            }
        });
    }
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
                <h2>{texts.t("ui-input-title")}</h2>
                <div class="actions">
                    <button id="load-sample" onclick={sample(Sample::SlowHost)}>{texts.t("ui-sample-slow-host")}</button>
                    <button id="load-sample-storm" onclick={sample(Sample::PollStorm)}>{texts.t("ui-sample-poll-storm")}</button>
                    <button id="choose-files" onclick={on_choose}>{texts.t("ui-choose-files")}</button>
                    <input id="file-picker" ref={file_picker} class="visually-hidden" type="file" multiple=true
                        tabindex="-1" onchange={on_files} />
                    <button id="clear-input" class="ghost" onclick={on_clear}>{texts.t("ui-clear")}</button>
                </div>
            </div>
            <p class="hint">{texts.t("ui-input-hint")}</p>
            <textarea
                id="dump-input"
                ref={props.textarea.clone()}
                aria-label={texts.t("ui-input-label")}
                spellcheck="false"
                autocomplete="off"
                wrap="off"
                oninput={on_input}
            />
            if !document.files.is_empty() {
                <ul class="files" id="file-list" aria-label={texts.t("ui-files")}>
                    { for document.files.iter().enumerate().map(|(index, (name, text))| {
                        let state = state.clone();
                        let remove = Callback::from(move |_: MouseEvent| state.dispatch(Action::RemoveFile(index)));
                        let read_as = state_read_as(&props.state, name).map(|read_as| texts.render(&read_as)).unwrap_or_default();
                        html! {
                            <li class="file" data-name={name.clone()}>
                                <span class="file-name">{name}</span>
                                <span class="file-meta">{format!("{} · {}", texts.render(&format_bytes(text.len())), read_as)}</span>
                                <button class="ghost small" aria-label={texts.render(&lagscope_core::msg!("ui-remove-file", name = name))} onclick={remove}>{"✕"}</button>
                            </li>
                        }
                    }) }
                </ul>
            }
            <p class="status" id="input-status">
                {texts.render(&lagscope_core::msg!("ui-input-status", lines = n_lines, groups = n_groups,
                    diagnostics = n_diagnostics, ms = Arg::decimal(state.analysis_ms, 0)))}
            </p>
            if let Some(paste) = state.workbench.inputs.iter().find(|input| input.name == lagscope_web::document::PASTE_INPUT) {
                <p class="status">{texts.t("ui-detected")}{": "}<span id="detected-source" class="badge">{texts.render(&paste.read_as)}</span></p>
            }
            if let Some(pending) = state.pending.filter(|pending| pending.total_bytes > crate::analysis::SHOWN_PROGRESS_BYTES) {
                <div class="progress" id="analysis-progress" role="status">
                    <progress max={pending.total_bytes.to_string()} value={pending.done_bytes.to_string()}></progress>
                    <span>{reading(&texts, pending.done_bytes, pending.total_bytes)}</span>
                    <button class="ghost small" id="cancel-analysis" onclick={{
                        let state = state.clone();
                        Callback::from(move |_: MouseEvent| state.dispatch(Action::Cancel))
                    }}>{texts.t("ui-cancel")}</button>
                </div>
            }
            if state.failed {
                <div class="progress" id="analysis-failed" role="alert">
                    <span>{texts.t("ui-analysis-failed")}</span>
                </div>
            }
            if state.cancelled {
                <div class="progress" id="analysis-cancelled" role="status">
                    <span>{texts.t("ui-analysis-cancelled")}</span>
                    <button class="small" id="reanalyse" onclick={{
                        let state = state.clone();
                        Callback::from(move |_: MouseEvent| state.dispatch(Action::Reanalyse))
                    }}>{texts.t("ui-analyze")}</button>
                </div>
            }
            <details class="settings" id="consumer-settings">
                <summary>{texts.t("ui-settings-title")}</summary>
                <p class="hint">{texts.t("ui-settings-hint")}</p>
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
                { for state.setting_problems.iter().map(|problem| html! { <p class="setting-problem" role="alert">{texts.render(problem)}</p> }) }
            </details>
            if *dragging {
                <div class="drop-overlay">{texts.t("ui-drop-here")}</div>
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

fn state_read_as(state: &UseReducerHandle<AppState>, name: &str) -> Option<Message> {
    state.workbench.inputs.iter().find(|input| input.name == name).map(|input| input.read_as.clone())
}

/// A size as people read it: `1.5 MB`, `12.0 KB`, `300 B`.
pub(crate) fn format_bytes(n: usize) -> Message {
    if n >= 1 << 20 {
        lagscope_core::msg!("ui-size-mb", size = Arg::decimal(n as f64 / f64::from(1 << 20), 1))
    } else if n >= 1 << 10 {
        lagscope_core::msg!("ui-size-kb", size = Arg::decimal(n as f64 / f64::from(1 << 10), 1))
    } else {
        lagscope_core::msg!("ui-size-b", size = n)
    }
}

/// How far a large input's reading has come.
fn reading(texts: &Texts, done: usize, total: usize) -> String {
    texts.render(&lagscope_core::msg!("ui-reading", done = format_bytes(done), total = format_bytes(total)))
}
