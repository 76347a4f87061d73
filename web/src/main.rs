//! The lagscope web app. It adapts and renders: every parse, sum and verdict comes from
//! `lagscope-core`; components only turn results into views.

mod app;
mod components;
mod i18n;
mod state;

/// Parses `input` and summarises it in one line. `cargo xtask bench` calls it through
/// `window.wasmBindings` to time the parser in the browser.
#[allow(unreachable_pub, reason = "exported to JavaScript by wasm-bindgen")]
#[wasm_bindgen::prelude::wasm_bindgen]
#[must_use]
pub fn bench_parse(input: &str) -> String {
    let outcome = lagscope_core::parse::parse(input);
    let n_partitions: usize = outcome.snapshot.groups.iter().map(|group| group.partitions.len()).sum();
    format!(
        "{} groups, {n_partitions} partitions, {} diagnostics",
        outcome.snapshot.groups.len(),
        outcome.diagnostics.len()
    )
}

/// Runs the assignor request `input` (the `lagscope assign` JSON contract) and summarises the
/// answer in one line; `cargo xtask bench` times a 10,000-partition × 100-member assignment in
/// the browser.
#[allow(unreachable_pub, reason = "exported to JavaScript by wasm-bindgen")]
#[wasm_bindgen::prelude::wasm_bindgen]
#[must_use]
pub fn bench_assign(input: &str) -> String {
    match lagscope_core::assign::assign_json(input) {
        Ok(outcome) => {
            let n: usize = outcome.assignment.0.iter().map(|(_, partitions)| partitions.len()).sum();
            format!("{n} partitions to {} members", outcome.assignment.0.len())
        }
        Err(error) => format!("error: {error}"),
    }
}

/// Reads a series (lag CSV, Grafana export, …) and analyses it, summarised in one line;
/// `cargo xtask bench` times it in the browser.
#[allow(unreachable_pub, reason = "exported to JavaScript by wasm-bindgen")]
#[wasm_bindgen::prelude::wasm_bindgen]
#[must_use]
pub fn bench_analyze(input: &str) -> String {
    let Some(import) = lagscope_core::series::import(input) else {
        return "not a series".to_owned();
    };
    let report =
        lagscope_core::analyze::analyze(&import.series, &lagscope_core::burrow::EvaluatorConfig::default());
    let n_partitions: usize = report.groups.iter().map(|group| group.partitions.len()).sum();
    format!(
        "{} samples times, {} groups, {n_partitions} partitions",
        report.times_ms.len(),
        report.groups.len()
    )
}

fn main() {
    yew::Renderer::<app::App>::new().render();
}
