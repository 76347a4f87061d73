//! The page: header (navigation, language, theme), then the current view: Analyze (input,
//! overview, findings, charts, tables, reset planner), Assignment (what-if), Playground.

use gloo::events::EventListener;
use lagscope_core::msg;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::components::analyze::AnalyzeView;
use crate::components::assignment::AssignmentView;
use crate::i18n::{Arg, Texts};
use crate::state::{Action, AppState, Remembered, View};

#[function_component(App)]
pub(crate) fn app() -> Html {
    let state = use_reducer(AppState::restore);
    let remembered = use_state(|| Remembered::Kept);
    {
        let state = state.clone();
        let remembered = remembered.clone();
        use_effect_with((state.document.clone(), state.lang, state.theme), move |_| {
            remembered.set(state.persist());
            if let Some(root) = gloo::utils::document().document_element() {
                let _ = root.set_attribute("data-theme", state.theme.code());
            }
        });
    }
    {
        // Each new document's analysis is asked of the worker, off the path of every keystroke
        // and frame.
        let pending_job = state.pending.map(|pending| pending.job);
        let document = state.document.clone();
        let dispatcher = state.dispatcher();
        use_effect_with(pending_job, move |job| {
            if let Some(job) = *job {
                crate::analysis::analyse(job, &document, &dispatcher);
            }
        });
    }
    {
        // A share link pasted into this tab's address bar: load its document.
        let state = state.clone();
        use_effect_with((), move |()| {
            let listener = EventListener::new(&gloo::utils::window(), "hashchange", move |_| {
                let hash = gloo::utils::window().location().hash().unwrap_or_default();
                if let Some(document) =
                    hash.strip_prefix("#s=").and_then(lagscope_web::document::Document::from_fragment)
                {
                    state.dispatch(Action::Replace(document));
                } else if let Some(view) = crate::persist::view_in_address() {
                    // A lesson's address (`#learn/<id>`) or a Playground run's link (`#play=`).
                    state.dispatch(Action::SetView(view));
                }
            });
            move || drop(listener)
        });
    }
    {
        // The Assignment view (in the lazily loaded module) hands back every edit of the question.
        let state = state.clone();
        use_effect_with((), move |()| {
            let listener =
                EventListener::new(&gloo::utils::window(), lagscope_web::WHAT_IF_EVENT, move |event| {
                    let form = event
                        .dyn_ref::<web_sys::CustomEvent>()
                        .and_then(|event| event.detail().as_string())
                        .and_then(|json| serde_json::from_str(&json).ok());
                    if let Some(form) = form {
                        state.dispatch(Action::SetWhatIf(form));
                    }
                });
            move || drop(listener)
        });
    }
    {
        // The Playground hands a simulated run's dumps to the Analyze view.
        let state = state.clone();
        use_effect_with((), move |()| {
            let listener = EventListener::new(&gloo::utils::window(), "lagscope-analyze", move |event| {
                let Some(text) =
                    event.dyn_ref::<web_sys::CustomEvent>().and_then(|event| event.detail().as_string())
                else {
                    return;
                };
                let document = crate::state::Document {
                    paste: text,
                    view: Some(View::Analyze),
                    ..crate::state::Document::default()
                };
                state.dispatch(Action::Replace(document));
            });
            move || drop(listener)
        });
    }
    {
        // Alt+1/2/3 switch views; Escape clears a highlighted finding.
        let state = state.clone();
        use_effect_with((), move |()| {
            let listener = EventListener::new(&gloo::utils::document(), "keydown", move |event| {
                let Some(event) = event.dyn_ref::<web_sys::KeyboardEvent>() else { return };
                match (event.alt_key(), event.key().as_str()) {
                    (true, "1") => state.dispatch(Action::SetView(View::Analyze)),
                    (true, "2") => state.dispatch(Action::SetView(View::Assignment)),
                    (true, "3") => state.dispatch(Action::SetView(View::Playground)),
                    (true, "4") => state.dispatch(Action::SetView(View::Learn)),
                    (false, "Escape") => state.dispatch(Action::ClearSelection),
                    _ => {}
                }
            });
            move || drop(listener)
        });
    }
    let texts = use_state(|| None::<crate::i18n::Texts>);
    // Whether a view has asked for the texts that load on demand (the Playground, the Assignment
    // view, an export, a rule's documentation): from then on every language loads complete.
    let want_complete = use_state(|| false);
    {
        let want_complete = want_complete.clone();
        use_effect_with((), move |()| {
            let listener =
                EventListener::new(&gloo::utils::window(), crate::i18n::COMPLETE_TEXTS_EVENT, move |_| {
                    want_complete.set(true);
                });
            move || drop(listener)
        });
    }
    // The last catalogue asked for (a late answer to an earlier switch is dropped), and the one
    // that could not be loaded (not asked for again; the page says so).
    let requested = use_mut_ref(|| None::<(crate::i18n::Lang, bool)>);
    let failed = use_state(|| None::<(crate::i18n::Lang, bool)>);
    {
        // The chosen language's catalogue, loaded on demand; the page shows the old language until
        // the new one has arrived, then every text (findings included) at once. When it cannot be
        // loaded, the page keeps what it shows, or falls back to English on a first load.
        let texts = texts.clone();
        let failed = failed.clone();
        let shown = texts.as_ref().map(|texts| (texts.lang(), texts.is_complete()));
        use_effect_with(
            (state.lang, *want_complete, shown, *failed),
            move |(lang, complete, shown, gave_up)| {
                let (lang, complete) = (*lang, *complete);
                let enough = shown.is_some_and(|(shown, has_all)| shown == lang && (has_all || !complete));
                if !enough && *gave_up != Some((lang, complete)) {
                    *requested.borrow_mut() = Some((lang, complete));
                    wasm_bindgen_futures::spawn_local(async move {
                        match crate::i18n::load(lang, complete).await {
                            Ok(loaded) if *requested.borrow() == Some((lang, complete)) => {
                                texts.set(Some(loaded));
                            }
                            Ok(_) => {}
                            Err(error) => {
                                gloo::console::error!(error);
                                if texts.is_none()
                                    && lang != crate::i18n::Lang::En
                                    && let Ok(english) = crate::i18n::load(crate::i18n::Lang::En, false).await
                                {
                                    texts.set(Some(english));
                                }
                                failed.set(Some((lang, complete)));
                            }
                        }
                    });
                }
            },
        );
    }
    {
        // Once the page is painted with its texts, the analysis worker loads its module, ready
        // for the first paste.
        let painted = texts.is_some();
        let dispatcher = state.dispatcher();
        use_effect_with(painted, move |painted| {
            if *painted {
                crate::analysis::warm_up(&dispatcher);
            }
        });
    }
    {
        // `<html lang>` names the language the page shows (once its catalogue has arrived).
        let shown = texts.as_ref().map(Texts::lang);
        use_effect_with(shown, move |shown| {
            if let (Some(lang), Some(root)) = (shown, gloo::utils::document().document_element()) {
                let _ = root.set_attribute("lang", lang.code());
            }
        });
    }
    let Some(texts) = (*texts).clone() else {
        // No catalogue could be loaded: the one text that cannot come from it, in both languages.
        let note = failed.is_some().then(|| {
            html! { <p class="note" role="alert">{"The texts could not be loaded: reload the page. · 화면 문구를 불러오지 못했습니다. 페이지를 새로 고치세요."}</p> }
        });
        return html! {
            <div class="app"><header class="topbar"><div class="brand">
                <span class="logo" aria-hidden="true">{"▮▮▯"}</span><h1>{"lagscope"}</h1>
            </div></header>{note}</div>
        };
    };
    let toggle_lang = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| {
            // A share link left in the address bar carries its own language: choosing one drops it,
            // so a reload keeps the choice (the document itself is remembered in local storage).
            forget_address_route("#s=");
            state.dispatch(Action::SetLang(state.lang.other()));
        })
    };
    let toggle_theme = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::ToggleTheme))
    };
    let tab = |view: View, id: &'static str, label: String, key: &'static str| {
        let current = state.view == view;
        let state = state.clone();
        let onclick = Callback::from(move |_: MouseEvent| state.dispatch(Action::SetView(view)));
        html! {
            <button {id} class={classes!("tab", current.then_some("current"))} role="tab"
                aria-selected={current.to_string()} title={format!("Alt+{key}")} {onclick}>{label}</button>
        }
    };

    html! {
        <ContextProvider<crate::i18n::Texts> context={texts.clone()}>
        <div class="app">
            <header class="topbar">
                <div class="brand">
                    <span class="logo" aria-hidden="true">{"▮▮▯"}</span>
                    <h1>{"lagscope"}</h1>
                    <span class="tagline">{texts.t("ui-tagline")}</span>
                </div>
                <nav class="tabs" role="tablist" aria-label={texts.t("ui-views")}>
                    { tab(View::Analyze, "tab-analyze", texts.t("ui-tab-analyze"), "1") }
                    { tab(View::Assignment, "tab-assignment", texts.t("ui-tab-assignment"), "2") }
                    { tab(View::Playground, "tab-playground", texts.t("ui-tab-playground"), "3") }
                    { tab(View::Learn, "tab-learn", texts.t("ui-tab-learn"), "4") }
                </nav>
                <div class="top-actions">
                    <button class="ghost" id="theme-toggle" onclick={toggle_theme}
                        aria-label={texts.t("ui-theme-toggle")}>
                        { if state.theme == crate::state::Theme::Dark { "☀" } else { "☾" } }
                    </button>
                    <button class="ghost" id="lang-toggle" onclick={toggle_lang}>{texts.t("ui-lang-toggle")}</button>
                </div>
            </header>
            { not_remembered_notice(*remembered, &texts) }
            { match state.view {
                View::Analyze => html! { <AnalyzeView state={state.clone()} /> },
                View::Assignment => html! { <AssignmentView state={state.clone()} /> },
                View::Playground => html! {
                    <PlaygroundView texts={texts.clone()} source={state.document.texts().iter().map(|(_, text)| *text).collect::<Vec<_>>().join("\n")} />
                },
                View::Learn => html! { <LearnView texts={texts.clone()} /> },
            } }
            if !matches!(state.view, View::Playground | View::Learn) {
                <footer class="footer">{texts.t("ui-privacy")}</footer>
            }
        </div>
        </ContextProvider<crate::i18n::Texts>>
    }
}

#[derive(Properties, PartialEq)]
struct LearnProps {
    /// The page's texts: Learn renders with the same catalogue and its own part.
    texts: Texts,
}

/// Learn lives in its own WebAssembly, loaded when the view first opens, rendered into
/// `#learn-host` (a sibling of this app's root, like the Playground's). The address names the
/// lesson (`#learn/<id>`): following a lesson's link changes it, and Learn is mounted again there.
#[function_component(LearnView)]
fn learn_view(props: &LearnProps) -> Html {
    let route = use_state(learn_route);
    {
        let route = route.clone();
        use_effect_with((), move |()| {
            if !gloo::utils::window().location().hash().unwrap_or_default().starts_with("#learn") {
                let _ = gloo::utils::window().location().set_hash("learn");
            }
            let listener =
                EventListener::new(&gloo::utils::window(), "hashchange", move |_| route.set(learn_route()));
            move || {
                drop(listener);
                // Leaving Learn: the address no longer names a lesson (a reload opens the view chosen).
                forget_address_route("#learn");
            }
        });
    }
    use_effect_with((props.texts.clone(), (*route).clone()), move |(texts, route)| {
        let host = gloo::utils::document().get_element_by_id("learn-host");
        if texts.is_complete() {
            let [lang, catalogue, loading] =
                lazy_texts(texts, &crate::i18n::Message::new("ui-loading-learn"));
            mount_lazy(
                "mountLearn",
                host.as_ref(),
                &[lang, catalogue, loading, wasm_bindgen::JsValue::from_str(route)],
            );
            gloo::utils::window().scroll_to_with_x_and_y(0.0, 0.0);
        } else {
            crate::i18n::request_complete();
        }
        move || {
            if let Some(host) = host {
                let _ = host.set_attribute("hidden", "");
            }
        }
    });
    html! { <main class="layout single" id="learn" /> }
}

/// Takes `prefix`'s route out of the address (without a reload or a history entry), when the
/// address holds one.
fn forget_address_route(prefix: &str) {
    let window = gloo::utils::window();
    if window.location().hash().is_ok_and(|hash| hash.starts_with(prefix)) {
        let location = window.location();
        let here =
            format!("{}{}", location.pathname().unwrap_or_default(), location.search().unwrap_or_default());
        let _ = window
            .history()
            .map(|history| history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&here)));
    }
}

/// What follows `#learn/` in the address.
fn learn_route() -> String {
    let hash = gloo::utils::window().location().hash().unwrap_or_default();
    hash.strip_prefix("#learn").unwrap_or_default().trim_start_matches('/').to_owned()
}

#[derive(Properties, PartialEq)]
struct PlaygroundProps {
    /// The page's texts: the lazily loaded module renders with the same catalogue.
    texts: Texts,
    /// What Analyze holds, for "start from the group in Analyze".
    source: String,
}

/// The Playground lives in its own WebAssembly (the simulator and its view), loaded when the view
/// first opens so the first load of the app does not carry it. It renders into
/// `#playground-host`, a sibling of this app's root: two Yew apps must not share a subtree (each
/// would take the other's elements for its own). This view shows the host while it is open.
#[function_component(PlaygroundView)]
fn playground_view(props: &PlaygroundProps) -> Html {
    use_effect_with((props.texts.clone(), props.source.clone()), move |(texts, source)| {
        let host = gloo::utils::document().get_element_by_id("playground-host");
        if texts.is_complete() {
            let [lang, catalogue, loading] =
                lazy_texts(texts, &crate::i18n::Message::new("ui-loading-simulator"));
            // A Playground run's link (`#play=`) opens that run.
            let hash = gloo::utils::window().location().hash().unwrap_or_default();
            let shared = hash.strip_prefix("#play=").unwrap_or_default();
            mount_lazy(
                "mount",
                host.as_ref(),
                &[
                    lang,
                    catalogue,
                    loading,
                    wasm_bindgen::JsValue::from_str(source),
                    wasm_bindgen::JsValue::from_str(shared),
                ],
            );
        } else {
            // Its texts load on demand: mounted when they have arrived (this effect runs again).
            crate::i18n::request_complete();
        }
        move || {
            if let Some(host) = host {
                let _ = host.set_attribute("hidden", "");
            }
        }
    });
    // Leaving the Playground: a run's link in the address is done with.
    use_effect_with((), |()| || forget_address_route("#play="));
    html! { <main class="layout single" id="playground" /> }
}

/// What the lazily loaded module needs to speak the page's language: the language's code, the
/// catalogue's text (so it need not fetch it again) and what to say while it loads
/// (`loading`). The first arguments of `window.lagscopePlayground`'s mount functions.
pub(crate) fn lazy_texts(texts: &Texts, loading: &crate::i18n::Message) -> [wasm_bindgen::JsValue; 3] {
    [
        wasm_bindgen::JsValue::from_str(texts.lang().code()),
        wasm_bindgen::JsValue::from_str(texts.source()),
        wasm_bindgen::JsValue::from_str(&texts.render(loading)),
    ]
}

/// Shows `host` and renders a view of the lazily loaded module into it:
/// `window.lagscopePlayground[method](host, ...args)` (index.html imports the module on first use).
pub(crate) fn mount_lazy(method: &str, host: Option<&web_sys::Element>, args: &[wasm_bindgen::JsValue]) {
    let Some(host) = host else { return };
    let playground = js_sys::Reflect::get(&gloo::utils::window(), &"lagscopePlayground".into());
    let mount = playground
        .as_ref()
        .ok()
        .and_then(|playground| js_sys::Reflect::get(playground, &method.into()).ok())
        .and_then(|mount| mount.dyn_into::<js_sys::Function>().ok());
    let (Some(mount), Ok(playground)) = (mount, playground) else { return };
    let _ = host.remove_attribute("hidden");
    let call_args = js_sys::Array::of1(host);
    for arg in args {
        call_args.push(arg);
    }
    let _ = mount.apply(&playground, &call_args);
}

/// Says so when the document will not come back after a reload, and how to keep it.
fn not_remembered_notice(remembered: Remembered, texts: &Texts) -> Html {
    let megabytes = |bytes: usize| Arg::decimal(bytes as f64 / 1e6, 1);
    let text = match remembered {
        Remembered::Kept => return Html::default(),
        Remembered::TooLarge { size, limit } => {
            let message = msg!("ui-not-kept-too-large", size = megabytes(size), limit = limit >> 20);
            texts.render(&message)
        }
        Remembered::Refused { size } => texts.render(&msg!("ui-not-kept-refused", size = megabytes(size))),
    };
    html! { <p class="note not-remembered" role="status">{text}</p> }
}
