//! The analysis worker's WebAssembly: the core built for speed (`wasm-speed`, opt-level 3), apart
//! from the page's module, which is built for size and only renders. Trunk builds it as a worker
//! module (`data-type="worker"`: unhashed, not loaded by the page); `worker.js` imports it once the
//! page is painted, so the first load never carries it. `cargo xtask bench` times the parser and
//! the series analysis in the browser through it.

/// The analysis worker's whole job: reads every input (`names[i]`, `texts[i]`: its text as UTF-8
/// bytes, as the page sends it: wasm-bindgen copies a `String` into the module character by
/// character in JavaScript while the text is ASCII, about a second for 180 MB, and bytes at memory
/// speed) as the page's
/// analysis would (`workbench::read_apart`: the same readers in the same order; a plain dump with
/// the streaming parser, calling `progress(bytes read)` every 50,000 lines), analyses them with
/// the consumer settings (`settings`: key, value, key, value…), makes each group's overview, and
/// returns it all in the hand-off form the page decodes (`workbench::wire`). Runs in `worker.js`,
/// off the page's main thread; the page's own module carries no reader, rule or evaluator.
#[allow(unreachable_pub, reason = "exported to JavaScript by wasm-bindgen")]
#[wasm_bindgen::prelude::wasm_bindgen]
#[must_use]
pub fn worker_analyse(
    names: Vec<String>,
    texts: Vec<js_sys::Uint8Array>,
    settings: Vec<String>,
    progress: &js_sys::Function,
) -> Vec<u8> {
    let texts = texts.iter().map(|bytes| text_of(bytes.to_vec())).collect();
    analyse(names, texts, settings, progress)
}

/// Text the worker encoded: `TextEncoder` writes only UTF-8, checked once here (read lossily if
/// it ever were not).
fn text_of(bytes: Vec<u8>) -> String {
    String::from_utf8(bytes).unwrap_or_else(|error| String::from_utf8_lossy(error.as_bytes()).into_owned())
}

/// [`worker_analyse`] on texts already in the module's memory.
fn analyse(
    names: Vec<String>,
    texts: Vec<String>,
    settings: Vec<String>,
    progress: &js_sys::Function,
) -> Vec<u8> {
    use lagscope_core::parse::{ParseOptions, Parser, parse_with};
    use lagscope_core::workbench::wire::{Analysed, encode};
    use lagscope_core::workbench::{Input, Options, build, is_plain_dump, read_apart};
    let settings: Vec<(String, String)> =
        settings.chunks_exact(2).map(|pair| (pair[0].clone(), pair[1].clone())).collect();
    let (consumer, _) = lagscope_web::consumer_config(&settings);
    let options = Options { consumer, ..Options::default() };
    let mut done_before = 0_usize;
    let mut inputs = Vec::with_capacity(texts.len());
    for (name, text) in names.into_iter().zip(texts) {
        let parse = |text: &str| {
            if !is_plain_dump(text) {
                return parse_with(text, ParseOptions::default());
            }
            // A plain dump line by line (what `parse_with` does with one), with progress.
            let mut parser = Parser::new(ParseOptions::default());
            let mut done = done_before;
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
        let read = read_apart(&text, &options, parse);
        done_before = done_before.saturating_add(name.len()).saturating_add(text.len());
        let _ = progress
            .call1(&wasm_bindgen::JsValue::NULL, &wasm_bindgen::JsValue::from_f64(done_before as f64));
        inputs.push(Input::read_apart(name, text, read));
    }
    let workbench = build(inputs, &options);
    let overview = lagscope_core::overview::overview(&workbench);
    encode(&Analysed { workbench, overview })
}

/// Runs the analysis a few times on what is most often pasted first (the bundled sample's dumps
/// between time stamps, and a plain `--describe` dump of a few hundred rows), so that the engine
/// has optimised the readers, the rules and the hand-off before the visitor's first paste. The
/// worker calls it once, after loading the module.
#[allow(unreachable_pub, reason = "exported to JavaScript by wasm-bindgen")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn worker_warm_up() {
    use std::fmt::Write as _;
    let mut dump =
        String::from("GROUP TOPIC PARTITION CURRENT-OFFSET LOG-END-OFFSET LAG CONSUMER-ID HOST CLIENT-ID\n");
    for partition in 0..300 {
        let lag = 10 + partition % 13;
        let member = partition % 12;
        let _ = writeln!(
            dump,
            "warm-up orders {partition} 1000 {} {lag} consumer-{member}-0 /10.0.0.{} consumer-{member}",
            1000 + lag,
            member % 4
        );
    }
    let noop = js_sys::Function::new_no_args("");
    for _ in 0..3 {
        for (name, text) in [("sample", lagscope_web::SAMPLE_SLOW_HOST), ("dump", dump.as_str())] {
            let _ = analyse(vec![name.to_owned()], vec![text.to_owned()], Vec::new(), &noop);
        }
    }
}

/// Parses `input` (UTF-8 bytes, as the worker hands texts over) and summarises it in one line.
/// `cargo xtask bench` calls it to time the parser in the browser.
#[allow(unreachable_pub, reason = "exported to JavaScript by wasm-bindgen")]
#[wasm_bindgen::prelude::wasm_bindgen]
#[must_use]
pub fn bench_parse(input: Vec<u8>) -> String {
    let input = text_of(input);
    let outcome = lagscope_core::parse::parse(&input);
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
pub fn bench_analyze(input: Vec<u8>) -> String {
    let input = text_of(input);
    let Some(import) = lagscope_core::series::import(&input) else {
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
