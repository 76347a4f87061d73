//! Sharing and keeping: copy the core's Markdown incident report, download the normalised data
//! (CSV, JSON), and a share link that carries the whole document compressed in the URL fragment
//! (browsers never send the fragment to a server).

use lagscope_core::export::{snapshot_csv, workbench_json};
use wasm_bindgen::JsCast;
use web_sys::HtmlAnchorElement;
use yew::prelude::*;

use crate::i18n::bi;
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
    let lang = state.lang;
    let copied = use_state(|| None::<&'static str>);
    let on_report = {
        let state = state.clone();
        let copied = copied.clone();
        Callback::from(move |_: MouseEvent| {
            copy(state.workbench.report());
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
        Callback::from(move |_: MouseEvent| {
            download_text("lagscope-analysis.json", "application/json", &workbench_json(&state.workbench));
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
        Some("report") => bi(lang, "Report copied as Markdown.", "보고서를 Markdown으로 복사했습니다."),
        Some("link") => bi(
            lang,
            "Link copied: it holds everything, compressed in the part after #, which is never sent to a server.",
            "링크를 복사했습니다. 모든 내용이 # 뒤에 압축되어 들어 있으며, 이 부분은 서버로 전송되지 않습니다.",
        ),
        _ => "",
    };
    html! {
        <section class="panel share" id="share" aria-label={bi(lang, "Share and keep", "공유와 보관")}>
            <button id="copy-report" onclick={on_report}>{bi(lang, "Copy report", "보고서 복사")}</button>
            <button id="download-csv" class="ghost" onclick={on_csv}>{bi(lang, "Download CSV", "CSV 내려받기")}</button>
            <button id="download-json" class="ghost" onclick={on_json}>{bi(lang, "Download JSON", "JSON 내려받기")}</button>
            <button id="share-link" class="ghost" onclick={on_link}>{bi(lang, "Copy share link", "공유 링크 복사")}</button>
            <span class="share-status" role="status">{status}</span>
        </section>
    }
}
