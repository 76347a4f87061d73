//! The input: a paste box, a file picker, drag and drop, and the sample incident.

use web_sys::{DragEvent, File, HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::i18n::{Text, tr};
use crate::state::{Action, AppState};

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
            state.dispatch(Action::SetInput(textarea.value()));
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
    let on_sample = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::LoadSample))
    };
    let on_clear = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::Clear))
    };

    let n_lines = state.input.lines().count();
    let n_groups = state.outcome.snapshot.groups.len();
    let n_diagnostics = state.outcome.diagnostics.len();
    let source = &state.outcome.source;
    let detected = source.tool.map_or_else(
        || tr(lang, Text::NotRecognised).to_owned(),
        |tool| match &source.version_hint {
            Some(hint) => format!("{tool} · {hint}"),
            None => tool.to_string(),
        },
    );
    let class = classes!("panel", "input-panel", dragging.then_some("dragging"));

    html! {
        <section {class} id="input" ondragover={on_drag_over} ondragleave={on_drag_leave} ondrop={on_drop}>
            <div class="panel-head">
                <h2>{tr(lang, Text::InputTitle)}</h2>
                <div class="actions">
                    <button id="load-sample" onclick={on_sample}>{tr(lang, Text::LoadSample)}</button>
                    <button id="choose-files" onclick={on_choose}>{tr(lang, Text::ChooseFiles)}</button>
                    <input id="file-picker" ref={file_picker} class="visually-hidden" type="file" multiple=true
                        tabindex="-1" onchange={on_files} />
                    <button id="clear-input" class="ghost" onclick={on_clear}>{tr(lang, Text::Clear)}</button>
                </div>
            </div>
            <p class="hint">{tr(lang, Text::InputHint)}</p>
            <textarea
                id="dump-input"
                ref={props.textarea.clone()}
                aria-label={tr(lang, Text::InputLabel)}
                spellcheck="false"
                autocomplete="off"
                wrap="off"
                value={state.input.to_string()}
                oninput={on_input}
            />
            <p class="status" id="input-status">
                {format!("{}: {n_lines} · {}: {n_groups} · {}: {n_diagnostics}",
                    tr(lang, Text::Lines), tr(lang, Text::Groups), tr(lang, Text::Diagnostics).to_lowercase())}
            </p>
            if !state.input.trim().is_empty() {
                <p class="status">{tr(lang, Text::Detected)}{": "}<span id="detected-source" class="badge">{detected}</span></p>
            }
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
        state.dispatch(Action::LoadFiles(loaded));
    });
}
