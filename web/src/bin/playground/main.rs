//! The lazily loaded WebAssembly, apart from the page's: the simulator and its view, the
//! Assignment view's what-if (Kafka's assignors), the offset-reset planner and the exports. Trunk builds it as a worker module
//! (`data-type="worker"`: unhashed, not loaded by the page), so the first load of the app carries
//! neither. The page imports it when the Playground or the Assignment view opens and calls
//! [`mount_playground`] or [`mount_assignment`]; `sim-host.js` runs the same module in a web worker
//! for the browser tests and the benchmark. Every decision is the core's.

mod chart;
mod reset;
mod view;
mod whatif;

pub(crate) use lagscope_web::lazy::send_to_page;

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
        Err(error) => format!("error: {} ({})", error.path, error.message.id),
    }
}

/// Runs a scenario given as JSON with a seed; returns the whole run as JSON (messages as their ids
/// and arguments), or `{"error": "<field>", "message": {"id", "args"}}`.
#[allow(unreachable_pub, reason = "exported to JavaScript by wasm-bindgen")]
#[wasm_bindgen::prelude::wasm_bindgen]
#[must_use]
pub fn simulate_scenario(scenario: &str, seed: u64) -> String {
    let result = lagscope_core::sim::Scenario::from_json(scenario)
        .and_then(|scenario| lagscope_core::sim::simulate(&scenario, seed));
    match result {
        Ok(outcome) => serde_json::to_string(&outcome).unwrap_or_default(),
        Err(error) => serde_json::json!({ "error": error.path, "message": error.message }).to_string(),
    }
}

/// Runs an assignor on a generated group and summarises the answer in one line; `cargo xtask
/// bench` times a 10,000-partition × 100-member assignment in the browser with it. `spec` is
/// `ASSIGNOR N_TOPICS N_PARTITIONS N_MEMBERS` (every member subscribed to every topic).
#[allow(unreachable_pub, reason = "exported to JavaScript by wasm-bindgen")]
#[wasm_bindgen::prelude::wasm_bindgen]
#[must_use]
pub fn bench_assign(spec: &str) -> String {
    use lagscope_core::assign::{AssignRequest, AssignorKind, MemberSpec, assign};
    let words: Vec<&str> = spec.split_whitespace().collect();
    let (Some(kind), Some(n_topics), Some(n_partitions), Some(n_members)) = (
        words.first().and_then(|name| AssignorKind::ALL.iter().find(|k| k.name() == *name)),
        words.get(1).and_then(|n| n.parse::<usize>().ok()),
        words.get(2).and_then(|n| n.parse::<i32>().ok()),
        words.get(3).and_then(|n| n.parse::<usize>().ok()),
    ) else {
        return "expected: ASSIGNOR N_TOPICS N_PARTITIONS N_MEMBERS".to_owned();
    };
    let topics: std::collections::BTreeMap<String, i32> =
        (0..n_topics).map(|t| (format!("topic{t}"), n_partitions)).collect();
    let names: Vec<String> = topics.keys().cloned().collect();
    let members = (0..n_members)
        .map(|m| MemberSpec {
            member_id: format!("consumer{m}"),
            subscriptions: names.clone(),
            ..MemberSpec::default()
        })
        .collect();
    match assign(&AssignRequest::new(*kind, topics, members)) {
        Ok(outcome) => {
            let n: usize = outcome.assignment.0.iter().map(|(_, partitions)| partitions.len()).sum();
            format!("{n} partitions to {} members", outcome.assignment.0.len())
        }
        // The id, not `Display` (which would bring the bundled English catalogue into this module).
        Err(error) => format!("error: {}", error.message().id),
    }
}

thread_local! {
    /// The texts last handed over by the page: parsed once per language, not once per mount.
    static TEXTS: std::cell::RefCell<Option<lagscope_web::i18n::Texts>> = const { std::cell::RefCell::new(None) };
}

/// The page's texts: `lang`'s code and its catalogue's text, as the page loaded it (the same
/// catalogue, so the page and this module say the same things).
fn texts(lang: &str, catalogue: &str) -> lagscope_web::i18n::Texts {
    let lang = lagscope_web::i18n::Lang::from_code(lang).unwrap_or_default();
    TEXTS.with(|cached| {
        let mut cached = cached.borrow_mut();
        if let Some(texts) = cached.as_ref()
            && texts.lang() == lang
            && texts.source() == catalogue
        {
            return texts.clone();
        }
        let texts = lagscope_web::i18n::Texts::from_source(lang, catalogue);
        *cached = Some(texts.clone());
        texts
    })
}

/// The share link's fragment for the page's document (`json`): compressed here, so the page's
/// first load does not carry the compressor.
#[allow(unreachable_pub, reason = "exported to JavaScript by wasm-bindgen")]
#[wasm_bindgen::prelude::wasm_bindgen]
#[must_use]
pub fn compress_document(json: &str) -> String {
    lagscope_web::share_link::encode(json.as_bytes())
}

/// The Markdown report, the analysis as JSON or the partitions as CSV of the page's document
/// (`request`, an [`lagscope_web::ExportRequest`] as JSON), in the page's language; empty when
/// there is nothing to export.
#[allow(unreachable_pub, reason = "exported to JavaScript by wasm-bindgen")]
#[wasm_bindgen::prelude::wasm_bindgen]
#[must_use]
pub fn export_document(lang: &str, catalogue: &str, request: &str) -> String {
    let Ok(request) = serde_json::from_str::<lagscope_web::ExportRequest>(request) else {
        return String::new();
    };
    request.answer(texts(lang, catalogue).localizer()).unwrap_or_default()
}

thread_local! {
    /// The mounted Playground and its root: a language switch updates it in place (its scenario
    /// and run are kept); a new root (the view was rebuilt) replaces it.
    static MOUNTED: lagscope_web::lazy::Mounted<view::Playground> = const { std::cell::RefCell::new(None) };
}

/// Renders the Playground into `root` in the page's language (`lang`'s code and `catalogue`, the
/// text of its catalogue); `source` is what the Analyze view holds (a dump), which a scenario can
/// start from; `shared` is a Playground run's link (what follows `#play=`), which opens that run.
/// Called again with the same root when the language or the source changes: the view is updated in
/// place. `root` is a sibling of the page's root, so this module's Yew and the
/// page's never see each other's elements.
#[allow(unreachable_pub, reason = "exported to JavaScript by wasm-bindgen")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn mount_playground(root: web_sys::Element, lang: &str, catalogue: &str, source: String, shared: String) {
    let props = || view::Props {
        texts: texts(lang, catalogue),
        source: source.as_str().into(),
        shared: lagscope_web::PlaygroundLink::decode(&shared).map(std::rc::Rc::new),
    };
    MOUNTED.with(|slot| lagscope_web::lazy::mount(slot, root, props()));
}

thread_local! {
    /// The mounted Assignment view and its root, as for the Playground.
    static ASSIGNMENT: lagscope_web::lazy::Mounted<whatif::WhatIfView> = const { std::cell::RefCell::new(None) };
}

/// Renders the Assignment view into `root` in the page's language (`lang`'s code and `catalogue`,
/// as for the Playground): `groups` is the page's newest snapshot in the wire form
/// (`parse::wire`), `form` the what-if question as JSON. Called again, with the same root, after
/// every change the page makes (a new paste, the language, the question handed back).
#[allow(unreachable_pub, reason = "exported to JavaScript by wasm-bindgen")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn mount_assignment(root: web_sys::Element, lang: &str, catalogue: &str, groups: &[u8], form: &str) {
    let groups =
        lagscope_core::parse::wire::decode(groups).map(|outcome| outcome.snapshot.groups).unwrap_or_default();
    let props = whatif::Props {
        texts: texts(lang, catalogue),
        groups: std::rc::Rc::new(groups),
        form: serde_json::from_str(form).unwrap_or_default(),
    };
    ASSIGNMENT.with(|slot| lagscope_web::lazy::mount(slot, root, props));
}

thread_local! {
    /// The mounted reset planner and its root, as for the Playground.
    static RESET: lagscope_web::lazy::Mounted<reset::ResetPlanner> = const { std::cell::RefCell::new(None) };
    /// The analysis of the last document the planner was opened on (made again only when the
    /// document changes, not on every opening or language switch).
    static RESET_ANALYSIS: std::cell::RefCell<Option<(String, std::rc::Rc<lagscope_core::workbench::Workbench>)>> =
        const { std::cell::RefCell::new(None) };
}

/// Renders the offset-reset planner of group `group` into `root` in the page's language (`lang`'s
/// code and `catalogue`, as for the Playground): `document` is the page's document as an
/// [`lagscope_web::ExportRequest`] (its inputs and settings, analysed here again exactly as the page
/// did), `form` the group's plan as the document holds it (JSON). Edits go back to the page as
/// `lagscope-reset` events, a close as `lagscope-reset-close`.
#[allow(unreachable_pub, reason = "exported to JavaScript by wasm-bindgen")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn mount_reset(
    root: web_sys::Element,
    lang: &str,
    catalogue: &str,
    document: &str,
    group: usize,
    form: &str,
) {
    let workbench = RESET_ANALYSIS.with(|cached| {
        let mut cached = cached.borrow_mut();
        if let Some((key, workbench)) = cached.as_ref()
            && key == document
        {
            return workbench.clone();
        }
        // The page's own document: when it cannot be read, the planner has no group to show.
        let request = serde_json::from_str::<lagscope_web::ExportRequest>(document).unwrap_or_else(|_| {
            lagscope_web::ExportRequest { kind: String::new(), texts: Vec::new(), settings: Vec::new() }
        });
        let workbench = std::rc::Rc::new(request.workbench());
        *cached = Some((document.to_owned(), workbench.clone()));
        workbench
    });
    let props = reset::Props {
        texts: texts(lang, catalogue),
        workbench,
        group_index: group,
        form: serde_json::from_str(form).unwrap_or_default(),
    };
    RESET.with(|slot| lagscope_web::lazy::mount(slot, root, props));
}

fn main() {}
