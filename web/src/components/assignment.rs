//! Assignment (what-if): the page's half. Kafka's assignors are not needed for a first paste, so
//! the view itself lives in the lazily loaded module (`src/bin/playground/whatif.rs`), loaded when
//! this view first opens. The page keeps the question in its document (remembered, carried by a
//! share link), hands the module the newest snapshot and the question, and takes back every edit
//! (a `lagscope-whatif` window event, see `app.rs`). The module renders into `#assignment-host`, a
//! sibling of the page's root: two Yew apps must never share a subtree.

use yew::prelude::*;

use crate::components::share::ShareBar;
use crate::state::AppState;

#[derive(Properties, PartialEq)]
pub(crate) struct AssignmentProps {
    pub(crate) state: UseReducerHandle<AppState>,
}

#[function_component(AssignmentView)]
pub(crate) fn assignment_view(props: &AssignmentProps) -> Html {
    let state = &props.state;
    let texts = crate::i18n::use_texts();
    let has_groups = state.workbench.snapshot.as_ref().is_some_and(|s| !s.groups.is_empty());
    // The snapshot in the wire form, encoded once per analysis.
    // Keyed by the analysis's identity (a new analysis is a new `Rc`), never compared field by field.
    let workbench = state.workbench.clone();
    let groups = use_memo(std::rc::Rc::as_ptr(&state.workbench) as usize, move |_| {
        workbench.snapshot.clone().map_or_else(Vec::new, |snapshot| {
            lagscope_core::parse::wire::encode(&lagscope_core::parse::ParseOutcome {
                source: lagscope_core::source::Source::default(),
                snapshot,
                diagnostics: Vec::new(),
            })
        })
    });
    let form = serde_json::to_string(&state.document.what_if).unwrap_or_default();
    use_effect_with((groups, form, texts.clone(), has_groups), move |(groups, form, texts, has_groups)| {
        let host = gloo::utils::document().get_element_by_id("assignment-host");
        if !texts.is_complete() {
            // Its texts load on demand: mounted when they have arrived (this effect runs again).
            crate::i18n::request_complete();
        } else if *has_groups {
            // The page's language and catalogue, and what to say while the module loads.
            let [lang, catalogue, loading] =
                crate::app::lazy_texts(texts, &crate::i18n::Message::new("ui-loading-assignors"));
            crate::app::mount_lazy(
                "mountAssignment",
                host.as_ref(),
                &[
                    lang,
                    catalogue,
                    loading,
                    js_sys::Uint8Array::from(groups.as_slice()).into(),
                    wasm_bindgen::JsValue::from_str(form),
                ],
            );
        }
        move || {
            if let Some(host) = host {
                let _ = host.set_attribute("hidden", "");
            }
        }
    });
    html! {
        <main class="layout single" id="assignment">
            <ShareBar state={state.clone()} />
            if !has_groups {
                <section class="panel">
                    <h2>{texts.t("ui-whatif-title")}</h2>
                    <p class="empty">{texts.t("ui-whatif-empty")}</p>
                </section>
            }
        </main>
    }
}
