//! The Learn view's WebAssembly, loaded only when Learn opens: the course (the core's
//! `learn::LESSONS`), each lesson's run replayed with its callouts, its levers and its try-it task,
//! the assignment, Burrow and key widgets, and the glossary. Trunk builds it as a worker module
//! (`data-type="worker"`: unhashed, not loaded by the page), like the Playground's. The page calls
//! [`mount_learn`] with its language, its catalogue (with Learn's own part appended) and the route
//! (`#learn/<lesson-id>`). Every decision is the core's: what a run shows, when a callout fires,
//! whether a task is done.

mod lesson;
mod tools;
mod view;

thread_local! {
    /// The mounted view and its root: a new route or language updates it in place.
    static MOUNTED: lagscope_web::lazy::Mounted<view::Learn> = const { std::cell::RefCell::new(None) };
}

/// Renders Learn into `root` in the page's language (`lang`'s code and `catalogue`, the text of its
/// catalogue with Learn's part); `route` is what follows `#learn/` (a lesson's id, `glossary`, or
/// nothing for the course's contents). Called again with the same root when the route or the
/// language changes.
#[allow(unreachable_pub, reason = "exported to JavaScript by wasm-bindgen")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn mount_learn(root: web_sys::Element, lang: &str, catalogue: &str, route: String) {
    let lang = lagscope_web::i18n::Lang::from_code(lang).unwrap_or_default();
    let props =
        view::Props { texts: lagscope_web::i18n::Texts::from_source(lang, catalogue), route: route.into() };
    MOUNTED.with(|slot| lagscope_web::lazy::mount(slot, root, props));
}

/// The course as the browser tests try it: each lesson's id, widget, whether it has a run and
/// callouts, and its answer and wrong answer (setting, value), as JSON.
#[allow(unreachable_pub, reason = "exported to JavaScript by wasm-bindgen")]
#[wasm_bindgen::prelude::wasm_bindgen]
#[must_use]
pub fn course_json() -> String {
    let lessons: Vec<serde_json::Value> = lagscope_core::learn::LESSONS
        .iter()
        .map(|lesson| {
            serde_json::json!({
                "id": lesson.id,
                "tool": lesson.tool.map(|tool| format!("{tool:?}")),
                "run": lesson.scenario.is_some(),
                "callouts": lesson.callouts.len(),
                "answer": lesson.answer,
                "wrong": lesson.wrong,
            })
        })
        .collect();
    serde_json::Value::Array(lessons).to_string()
}

fn main() {}
