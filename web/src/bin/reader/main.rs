//! The parsing worker's WebAssembly: the core built for speed (`wasm-speed`, opt-level 3), apart
//! from the page's module, which is built for size. Trunk builds it as a worker module
//! (`data-type="worker"`: unhashed, not loaded by the page); `worker.js` imports it only when a
//! large input arrives, so the first load never carries it. `cargo xtask bench` times the parser
//! and the series analysis in the browser through it.

/// The worker's half of a large input: reads `text` as the page's analysis would
/// (`workbench::read_apart`: the same readers in the same order) and returns it in a compact
/// hand-off form (`parse::wire`): a dump or a JSON document as a parse (a dump with the streaming
/// parser, calling `progress(bytes read)` every 50,000 lines), a series (lag CSV, Prometheus
/// range, Grafana export, timed dumps) as a series. What the hand-off does not carry (a binary
/// file, a host table, a monitor's own figures) returns nothing: the page reads it itself. Runs
/// in `worker.js`, off the page's main thread.
#[allow(unreachable_pub, reason = "exported to JavaScript by wasm-bindgen")]
#[wasm_bindgen::prelude::wasm_bindgen]
#[must_use]
pub fn worker_read(text: &str, progress: &js_sys::Function) -> Vec<u8> {
    use lagscope_core::parse::{ParseOptions, Parser, parse_with, wire};
    use lagscope_core::workbench::{Options, is_plain_dump, read_apart};
    let parse = |text: &str| {
        if !is_plain_dump(text) {
            return parse_with(text, ParseOptions::default());
        }
        // A plain dump line by line (what `parse_with` does with one), with progress.
        let mut parser = Parser::new(ParseOptions::default());
        let mut done = 0_usize;
        for (index, (_, line)) in lagscope_core::text::numbered_lines(text).enumerate() {
            parser.push_line(line);
            done += line.len() + 1;
            if index % 50_000 == 49_999 {
                let _ = progress
                    .call1(&wasm_bindgen::JsValue::NULL, &wasm_bindgen::JsValue::from_f64(done as f64));
            }
        }
        parser.finish()
    };
    wire::encode_read(&read_apart(text, &Options::default(), parse))
}

/// Parses `input` and summarises it in one line. `cargo xtask bench` calls it to time the parser
/// in the browser.
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

fn main() {}
