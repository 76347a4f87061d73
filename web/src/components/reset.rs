//! The offset-reset planner: the page's half. Planning a reset is not needed for a first paste, so
//! the planner itself lives in the lazily loaded module (`src/bin/playground/reset.rs`), opened as
//! a dialog over the page (`#reset-host`, a sibling of the page's root: two Yew apps never share a
//! subtree). The page keeps each group's plan in its document (remembered, carried by a share
//! link), hands the module the document and the plan, and takes back every edit (a
//! `lagscope-reset` event) and the close (`lagscope-reset-close`).

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::state::{Action, AppState};

#[derive(Properties, PartialEq)]
pub(crate) struct OpenerProps {
    pub(crate) state: UseReducerHandle<AppState>,
    pub(crate) group_index: usize,
}

/// The group's button that opens its planner.
#[function_component(ResetOpener)]
pub(crate) fn reset_opener(props: &OpenerProps) -> Html {
    let texts = crate::i18n::use_texts();
    let open = props.state.reset_open == Some(props.group_index);
    let onclick = {
        let (state, group) = (props.state.clone(), props.group_index);
        Callback::from(move |_: MouseEvent| state.dispatch(Action::OpenReset(group)))
    };
    html! {
        <section class="panel reset-opener">
            <button type="button" class="reset-open" id={format!("reset-open-{}", props.group_index)}
                aria-haspopup="dialog" aria-expanded={open.to_string()} {onclick}>
                {texts.t("ui-reset-open")}
            </button>
            <span class="hint">{texts.t("ui-reset-open-note")}</span>
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub(crate) struct DialogProps {
    pub(crate) state: UseReducerHandle<AppState>,
}

/// Mounts the planner of the open group (if any) into `#reset-host`, and hears its edits and close.
#[function_component(ResetDialog)]
pub(crate) fn reset_dialog(props: &DialogProps) -> Html {
    let state = &props.state;
    let texts = crate::i18n::use_texts();
    {
        let dispatcher = state.dispatcher();
        use_effect_with((), move |()| {
            let window = gloo::utils::window();
            let edits = {
                let dispatcher = dispatcher.clone();
                EventListener::new(&window, lagscope_web::RESET_EVENT, move |event| {
                    let edit = event
                        .dyn_ref::<web_sys::CustomEvent>()
                        .and_then(|event| event.detail().as_string())
                        .and_then(|json| serde_json::from_str::<lagscope_web::ResetEdit>(&json).ok());
                    if let Some(edit) = edit {
                        dispatcher.dispatch(Action::SetReset(edit.group, edit.form));
                    }
                })
            };
            let close = EventListener::new(&window, lagscope_web::RESET_CLOSE_EVENT, move |_| {
                // The focus goes back to the button that opened the planner.
                let opener = gloo::utils::document()
                    .query_selector(".reset-open[aria-expanded='true']")
                    .ok()
                    .flatten();
                dispatcher.dispatch(Action::CloseReset);
                if let Some(opener) = opener.and_then(|opener| opener.dyn_into::<web_sys::HtmlElement>().ok())
                {
                    let _ = opener.focus();
                }
            });
            move || drop((edits, close))
        });
    }
    // The document as the module analyses it again: encoded once per document, not per render.
    let request = use_memo((state.document.clone(), texts.clone()), |(document, texts)| {
        serde_json::to_string(&document.export_request("reset", texts)).unwrap_or_default()
    });
    let open = state.reset_open;
    // The plan is read when the planner opens; its own edits come back through the document without
    // mounting it again.
    let form = open.map(|group| state.document.resets.get(&group).cloned().unwrap_or_default());
    let form = use_memo((open, request.clone()), move |_| form);
    use_effect_with((open, request, texts.clone(), form), move |(open, request, texts, form)| {
        let host = gloo::utils::document().get_element_by_id("reset-host");
        if let Some(group) = *open {
            if texts.is_complete() {
                let [lang, catalogue, loading] =
                    crate::app::lazy_texts(texts, &crate::i18n::Message::new("ui-loading-reset"));
                let form = serde_json::to_string(&**form).unwrap_or_default();
                crate::app::mount_lazy(
                    "mountReset",
                    host.as_ref(),
                    &[
                        lang,
                        catalogue,
                        loading,
                        wasm_bindgen::JsValue::from_str(request),
                        wasm_bindgen::JsValue::from(group as u32),
                        wasm_bindgen::JsValue::from_str(&form),
                    ],
                );
            } else {
                // Its texts load on demand: mounted when they have arrived (this effect runs again).
                crate::i18n::request_complete();
            }
        }
        move || {
            if let Some(host) = host {
                let _ = host.set_attribute("hidden", "");
            }
        }
    });
    Html::default()
}
