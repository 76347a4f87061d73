//! The simulator's WebAssembly, apart from the page's: trunk builds it as a worker
//! (`data-type="worker"`), so the first load of the app does not carry it. `sim-host.js` loads it
//! in a web worker when a simulation is asked for, and answers the page's messages with these
//! functions. Every decision is the core's.

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

fn main() {}
