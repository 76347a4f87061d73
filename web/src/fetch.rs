//! Texts fetched from this site (the samples are static files beside the app).

/// Fetches the text at `url`: an error names the URL and the HTTP status.
pub(crate) async fn fetch_text(url: &str) -> Result<String, String> {
    use wasm_bindgen::JsCast;
    let response = wasm_bindgen_futures::JsFuture::from(gloo::utils::window().fetch_with_str(url))
        .await
        .map_err(|e| format!("{e:?}"))?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| "not a response".to_owned())?;
    if !response.ok() {
        return Err(format!("{url}: HTTP {}", response.status()));
    }
    let text = wasm_bindgen_futures::JsFuture::from(response.text().map_err(|e| format!("{e:?}"))?)
        .await
        .map_err(|e| format!("{e:?}"))?;
    text.as_string().ok_or_else(|| "not text".to_owned())
}
