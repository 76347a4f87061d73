//! Sharing and keeping: copy the core's Markdown incident report, download the normalised data
//! (CSV, JSON), and a share link that carries the whole document compressed in the URL fragment
//! (browsers never send the fragment to a server).

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::i18n::Message;
use crate::state::AppState;

#[derive(Properties, PartialEq)]
pub(crate) struct ShareProps {
    pub(crate) state: UseReducerHandle<AppState>,
}

/// Offers `text` as a file download.
pub(crate) fn download_text(file_name: &str, mime: &str, text: &str) {
    lagscope_web::download::save(text, file_name, mime);
}

/// Calls `window.lagscopePlayground[method](...args)` (index.html imports the lazily loaded module
/// on first use) and waits for its text; `None` when the module could not load or answered nothing.
pub(crate) async fn ask_module(method: &str, args: &[wasm_bindgen::JsValue]) -> Option<String> {
    let playground = js_sys::Reflect::get(&gloo::utils::window(), &"lagscopePlayground".into()).ok()?;
    let function =
        js_sys::Reflect::get(&playground, &method.into()).ok()?.dyn_into::<js_sys::Function>().ok()?;
    let call_args = js_sys::Array::new();
    for arg in args {
        call_args.push(arg);
    }
    let promise = function.apply(&playground, &call_args).ok()?.dyn_into::<js_sys::Promise>().ok()?;
    match wasm_bindgen_futures::JsFuture::from(promise).await {
        Ok(text) => text.as_string().filter(|text| !text.is_empty()),
        Err(error) => {
            gloo::console::error!(format!("{method}: {error:?}"));
            None
        }
    }
}

/// Asks the lazily loaded module (`index.html`'s `lagscopePlayground.exportDocument`) to write
/// `kind` of the document in the page's language: the report and the downloads are not needed for
/// a first paste, so their code is not in the page's WebAssembly. `None` when there is nothing to
/// export or the module could not load.
async fn export(state: &AppState, kind: &str, texts: &crate::i18n::Texts) -> Option<String> {
    // The report's texts load on demand.
    let loaded;
    let texts = if texts.is_complete() {
        texts
    } else {
        crate::i18n::request_complete();
        loaded = crate::i18n::load(texts.lang(), true).await.ok()?;
        &loaded
    };
    let request = serde_json::to_string(&state.document.export_request(kind, texts)).ok()?;
    ask_module("exportDocument", &[texts.lang().code().into(), texts.source().into(), request.into()]).await
}

fn copy(text: String) {
    let clipboard = gloo::utils::window().navigator().clipboard();
    let _ = clipboard.write_text(&text);
}

#[function_component(ShareBar)]
pub(crate) fn share_bar(props: &ShareProps) -> Html {
    let state = &props.state;
    let copied = use_state(|| None::<&'static str>);
    let texts = crate::i18n::use_texts();
    let on_report = {
        let state = state.clone();
        let copied = copied.clone();
        let texts = texts.clone();
        Callback::from(move |_: MouseEvent| {
            let (state, copied, texts) = (state.clone(), copied.clone(), texts.clone());
            wasm_bindgen_futures::spawn_local(async move {
                if let Some(report) = export(&state, "report", &texts).await {
                    copy(report);
                    copied.set(Some("report"));
                }
            });
        })
    };
    let download = |kind: &'static str, file_name: &'static str, mime: &'static str| {
        let state = state.clone();
        let texts = texts.clone();
        Callback::from(move |_: MouseEvent| {
            let (state, texts) = (state.clone(), texts.clone());
            wasm_bindgen_futures::spawn_local(async move {
                if let Some(text) = export(&state, kind, &texts).await {
                    download_text(file_name, mime, &text);
                }
            });
        })
    };
    let on_csv = download("csv", "lagscope-partitions.csv", "text/csv");
    let on_json = download("json", "lagscope-analysis.json", "application/json");
    // The length of a link too long to share (browsers refuse it): the document is saved instead.
    let too_long = use_state(|| None::<usize>);
    let on_save = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| {
            download_text("lagscope-document.json", "application/json", &state.document.to_file());
        })
    };
    let on_link = {
        let state = state.clone();
        let copied = copied.clone();
        let too_long = too_long.clone();
        Callback::from(move |_: MouseEvent| {
            let (state, copied, too_long) = (state.clone(), copied.clone(), too_long.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let Some(link) = state.share_link().await else { return };
                if link.len() > lagscope_web::document::MAX_LINK_CHARS {
                    too_long.set(Some(link.len()));
                    copied.set(None);
                    return;
                }
                too_long.set(None);
                // Keep it in the address bar too, without reloading or adding history.
                let _ = gloo::utils::window().history().map(|history| {
                    history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&link))
                });
                copy(link);
                copied.set(Some("link"));
            });
        })
    };
    let status = match *copied {
        Some("report") => Some(Message::new("ui-report-copied")),
        Some("link") => Some(Message::new("ui-link-copied")),
        _ => None,
    }
    .map(|message| texts.render(&message))
    .unwrap_or_default();
    html! {
        <section class="panel share" id="share" aria-label={texts.t("ui-share-and-keep")}>
            <button id="copy-report" onclick={on_report}>{texts.t("ui-copy-report")}</button>
            <button id="download-csv" class="ghost" onclick={on_csv}>{texts.t("ui-download-csv")}</button>
            <button id="download-json" class="ghost" onclick={on_json}>{texts.t("ui-download-json")}</button>
            <button id="share-link" class="ghost" onclick={on_link}>{texts.t("ui-copy-share-link")}</button>
            <button id="save-document" class="ghost" onclick={on_save} title={texts.t("ui-save-document-hint")}>{texts.t("ui-save-document")}</button>
            <span class="share-status" role="status">{status}</span>
            if let Some(length) = *too_long {
                <p class="note" id="link-too-long" role="alert">
                    {texts.render(&lagscope_core::msg!("ui-link-too-long", length = length, limit = lagscope_web::document::MAX_LINK_CHARS))}
                </p>
            }
        </section>
    }
}
