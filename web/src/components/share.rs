//! Sharing and keeping: copy the core's Markdown incident report, download the normalised data
//! (CSV, JSON), and a share link that carries the whole document compressed in the URL fragment
//! (browsers never send the fragment to a server).

use lagscope_core::export::{snapshot_csv, workbench_json};
use wasm_bindgen::JsCast;
use web_sys::HtmlAnchorElement;
use yew::prelude::*;

use crate::i18n::Message;
use crate::state::AppState;

#[derive(Properties, PartialEq)]
pub(crate) struct ShareProps {
    pub(crate) state: UseReducerHandle<AppState>,
}

/// Offers `text` as a file download.
pub(crate) fn download_text(file_name: &str, mime: &str, text: &str) {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else { return };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
    if let Some(anchor) =
        gloo::utils::document().create_element("a").ok().and_then(|a| a.dyn_into::<HtmlAnchorElement>().ok())
    {
        anchor.set_href(&url);
        anchor.set_download(file_name);
        anchor.click();
    }
    let _ = web_sys::Url::revoke_object_url(&url);
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
            copy(state.workbench.report(texts.localizer()));
            copied.set(Some("report"));
        })
    };
    let on_csv = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(snapshot) = &state.workbench.snapshot {
                download_text("lagscope-partitions.csv", "text/csv", &snapshot_csv(snapshot));
            }
        })
    };
    let on_json = {
        let state = state.clone();
        let texts = texts.clone();
        Callback::from(move |_: MouseEvent| {
            let json = workbench_json(&state.workbench, texts.localizer());
            download_text("lagscope-analysis.json", "application/json", &json);
        })
    };
    let on_link = {
        let state = state.clone();
        let copied = copied.clone();
        Callback::from(move |_: MouseEvent| {
            let link = state.share_link();
            // Keep it in the address bar too, without reloading or adding history.
            let _ = gloo::utils::window()
                .history()
                .map(|history| history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&link)));
            copy(link);
            copied.set(Some("link"));
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
            <span class="share-status" role="status">{status}</span>
        </section>
    }
}
