//! The Playground's WebAssembly, apart from the page's: the simulator and its view. Trunk builds
//! it as a worker module (`data-type="worker"`: unhashed, not loaded by the page), so the first
//! load of the app does not carry it. The page imports it when the Playground opens and calls
//! [`mount_playground`]; `sim-host.js` runs the same module in a web worker for the browser tests
//! and the benchmark. Every decision is the core's.

mod chart;
mod view;

/// Runs a preset with a seed (`spec` is `PRESET SEED`) and returns the run's digest and its number
/// of events (`<digest> <n> events`). The browser tests compare the digests with the native ones,
/// and `cargo xtask bench` times the benchmark preset with it.
#[allow(unreachable_pub, reason = "exported to JavaScript by wasm-bindgen")]
#[wasm_bindgen::prelude::wasm_bindgen]
#[must_use]
pub fn simulate_preset(spec: &str) -> String {
    use lagscope_core::sim::{digest, presets, simulate};
    let mut words = spec.split_whitespace();
    let (Some(name), Some(Ok(seed))) = (words.next(), words.next().map(str::parse::<u64>)) else {
        return "expected: PRESET SEED".to_owned();
    };
    let Some(Ok(scenario)) = presets::preset(name) else {
        return format!("no preset {name}");
    };
    match simulate(&scenario, seed) {
        Ok(outcome) => format!("{} {} events", digest(&outcome), outcome.events.len()),
        Err(error) => format!("error: {error}"),
    }
}

/// Runs a scenario given as JSON with a seed; returns the whole run as JSON, or
/// `{"error": "<field>: <what was expected>"}`.
#[allow(unreachable_pub, reason = "exported to JavaScript by wasm-bindgen")]
#[wasm_bindgen::prelude::wasm_bindgen]
#[must_use]
pub fn simulate_scenario(scenario: &str, seed: u64) -> String {
    let result = lagscope_core::sim::Scenario::from_json(scenario)
        .and_then(|scenario| lagscope_core::sim::simulate(&scenario, seed));
    match result {
        Ok(outcome) => serde_json::to_string(&outcome).unwrap_or_default(),
        Err(error) => serde_json::json!({ "error": error.to_string() }).to_string(),
    }
}

thread_local! {
    /// The mounted Playground and its root: a language switch updates it in place (its scenario
    /// and run are kept); a new root (the view was rebuilt) replaces it.
    static MOUNTED: std::cell::RefCell<Option<(web_sys::Element, yew::AppHandle<view::Playground>)>> =
        const { std::cell::RefCell::new(None) };
}

/// Renders the Playground into `root`, in Korean or English; `source` is what the Analyze view
/// holds (a dump), which a scenario can start from. The page gives a container inside a
/// shadow root, so this module's Yew and the page's never see each other's elements.
#[allow(unreachable_pub, reason = "exported to JavaScript by wasm-bindgen")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn mount_playground(root: web_sys::Element, korean: bool, source: String) {
    MOUNTED.with(|mounted| {
        let mut mounted = mounted.borrow_mut();
        if let Some((existing, handle)) = mounted.as_mut()
            && *existing == root
        {
            handle.update(view::Props { korean, source: source.into() });
            return;
        }
        if let Some((_, handle)) = mounted.take() {
            handle.destroy();
        }
        root.set_inner_html("");
        let handle = yew::Renderer::<view::Playground>::with_root_and_props(
            root.clone(),
            view::Props { korean, source: source.into() },
        )
        .render();
        *mounted = Some((root, handle));
    });
}

fn main() {}
