//! The page: header, input, diagnostics, and one view per group.

use yew::prelude::*;

use crate::components::diagnostics::DiagnosticsPanel;
use crate::components::group_view::GroupView;
use crate::components::input_panel::InputPanel;
use crate::i18n::{Text, tr};
use crate::state::{Action, AppState};

#[function_component(App)]
pub(crate) fn app() -> Html {
    let state = use_reducer(AppState::restore);
    let textarea = use_node_ref();
    {
        let state = state.clone();
        use_effect_with((state.input.clone(), state.lang), move |_| {
            state.persist();
            if let Some(root) = gloo::utils::document().document_element() {
                let _ = root.set_attribute("lang", state.lang.code());
            }
        });
    }
    let lang = state.lang;
    let toggle_lang = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::SetLang(state.lang.other())))
    };
    let groups = &state.outcome.snapshot.groups;

    html! {
        <div class="app">
            <header class="topbar">
                <div class="brand">
                    <span class="logo" aria-hidden="true">{"▮▮▯"}</span>
                    <h1>{"lagscope"}</h1>
                    <span class="tagline">{tr(lang, Text::Tagline)}</span>
                </div>
                <button class="ghost" id="lang-toggle" onclick={toggle_lang}>{tr(lang, Text::LanguageToggle)}</button>
            </header>
            <main class="layout">
                <InputPanel state={state.clone()} textarea={textarea.clone()} />
                <section class="results" aria-live="polite">
                    <DiagnosticsPanel state={state.clone()} textarea={textarea} />
                    if groups.is_empty() {
                        <p class="empty">{tr(lang, Text::NothingYet)}</p>
                    }
                    { for groups.iter().enumerate().map(|(index, group)| html! {
                        <GroupView key={index} group={group.clone()} {lang} />
                    }) }
                </section>
            </main>
            <footer class="footer">{tr(lang, Text::Privacy)}</footer>
        </div>
    }
}
