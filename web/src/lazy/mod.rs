//! What only the lazily loaded modules use (the Playground's and Learn's): the replay of a run
//! (partition lanes, play, step, callouts, direct manipulation), the simulator's levers as
//! controls, and what they send to the page. The page's first load names none of it, so none of it is in the
//! page's WebAssembly; each lazily loaded module carries what it uses, written once here.

pub mod levers;
pub mod replay;

/// Sends `detail` to the page as a window event named `name` (the page's Yew app listens: a run's
/// dumps to analyse, an edited what-if question).
pub fn send_to_page(name: &str, detail: &str) {
    let init = web_sys::CustomEventInit::new();
    init.set_detail(&wasm_bindgen::JsValue::from_str(detail));
    if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict(name, &init) {
        let _ = gloo::utils::window().dispatch_event(&event);
    }
}

/// Opens the Playground on a scenario and seed: the address becomes its share link
/// (`#play=<fragment>`), which the page follows.
pub fn open_in_playground(scenario: &str, seed: u64) {
    let link = crate::PlaygroundLink { scenario: scenario.to_owned(), seed };
    if let Ok(json) = serde_json::to_vec(&link) {
        let _ =
            gloo::utils::window().location().set_hash(&format!("play={}", crate::share_link::encode(&json)));
    }
}
