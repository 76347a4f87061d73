//! Every analysis runs in the analysis worker (`worker.js`, with the core's speed-built `reader`
//! module): the page posts the document's texts and settings and receives the whole analysis
//! (the workbench and each group's overview) in the core's hand-off form
//! (`workbench::wire`), so the page's own WebAssembly carries no reader, rule or evaluator. One
//! worker serves every analysis; it is started after the first paint and warmed up ([`warm_up`]), reports
//! progress, and a cancel terminates it (the next analysis starts a new one). The core decides
//! everything; this module only moves text and results between the page and the worker.

use std::cell::RefCell;
use std::rc::Rc;

use lagscope_core::workbench::wire::{Analysed, decode};
use lagscope_web::document::Document;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

use crate::state::{Action, AppState};

/// Documents larger than this show their progress and a cancel button while they are analysed.
pub(crate) const SHOWN_PROGRESS_BYTES: usize = 512 << 10;

/// An analysis under way.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Pending {
    pub(crate) job: u64,
    pub(crate) done_bytes: usize,
    pub(crate) total_bytes: usize,
}

/// Milliseconds since the epoch, for the time an analysis took.
pub(crate) fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// The analysis worker's module (`web/src/bin/reader`, built for speed), as trunk names a worker
/// module's files: unhashed, beside the page.
const READER_SCRIPT: &str = "./reader.js";
const READER_WASM: &str = "./reader_bg.wasm";

/// Where the worker's answers go.
type Dispatcher = yew::UseReducerDispatcher<AppState>;

/// The worker and what its answers need.
struct Analyser {
    worker: web_sys::Worker,
    /// The job whose answer is awaited (older answers are dropped), and when it was posted.
    current: Rc<RefCell<Option<(u64, f64)>>>,
    /// The worker failed (its module did not load, or an analysis trapped): the next analysis
    /// starts a new one rather than trust its state.
    failed: Rc<std::cell::Cell<bool>>,
    _on_message: Closure<dyn FnMut(web_sys::MessageEvent)>,
    _on_error: Closure<dyn FnMut(web_sys::ErrorEvent)>,
}

thread_local! {
    static ANALYSER: RefCell<Option<Analyser>> = const { RefCell::new(None) };
    static NEXT_JOB: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// A new job number.
pub(crate) fn next_job() -> u64 {
    NEXT_JOB.with(|next| {
        next.set(next.get() + 1);
        next.get()
    })
}

fn field(data: &wasm_bindgen::JsValue, name: &str) -> wasm_bindgen::JsValue {
    js_sys::Reflect::get(data, &name.into()).unwrap_or_default()
}

/// Starts the worker (it loads its module at once) unless one runs that has not failed.
fn start(dispatcher: &Dispatcher) -> Result<(), String> {
    let running = ANALYSER.with(|analyser| {
        let mut analyser = analyser.borrow_mut();
        if analyser.as_ref().is_some_and(|analyser| analyser.failed.get())
            && let Some(broken) = analyser.take()
        {
            broken.worker.terminate();
        }
        analyser.is_some()
    });
    if running {
        return Ok(());
    }
    let options = web_sys::WorkerOptions::new();
    options.set_type(web_sys::WorkerType::Module);
    let worker = web_sys::Worker::new_with_options("worker.js", &options).map_err(|e| format!("{e:?}"))?;
    let current: Rc<RefCell<Option<(u64, f64)>>> = Rc::default();
    let failed: Rc<std::cell::Cell<bool>> = Rc::default();
    let on_message = {
        let current = current.clone();
        let failed = failed.clone();
        let dispatcher = dispatcher.clone();
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
            let data = event.data();
            if field(&data, "ready").is_truthy() {
                // Said on the page, for whoever waits for it (the browser tests' timings).
                if let Some(root) = gloo::utils::document().document_element() {
                    let _ = root.set_attribute("data-analyser", "ready");
                }
                return;
            }
            if field(&data, "error").is_string() {
                failed.set(true);
            }
            let Some(job) = field(&data, "job").as_f64().map(|job| job as u64) else { return };
            let Some((awaited, started)) = *current.borrow() else { return };
            if job != awaited {
                return;
            }
            if let Some(done) = field(&data, "progress").as_f64() {
                dispatcher.dispatch(Action::Progress(job, done as usize));
                return;
            }
            current.borrow_mut().take();
            let answer = field(&data, "bytes");
            let analysed = if answer.is_object() {
                decode(&js_sys::Uint8Array::new(&answer).to_vec())
            } else {
                Err(field(&data, "error").as_string().unwrap_or_else(|| "no answer".to_owned()))
            };
            match analysed {
                Ok(analysed) => {
                    dispatcher.dispatch(Action::Analysed(job, Rc::new(analysed), now_ms() - started));
                }
                Err(problem) => dispatcher.dispatch(Action::AnalysisFailed(job, problem)),
            }
        })
    };
    let on_error = {
        let current = current.clone();
        let failed = failed.clone();
        let dispatcher = dispatcher.clone();
        Closure::<dyn FnMut(web_sys::ErrorEvent)>::new(move |event: web_sys::ErrorEvent| {
            failed.set(true);
            if let Some((job, _)) = current.borrow_mut().take() {
                dispatcher.dispatch(Action::AnalysisFailed(job, event.message()));
            }
        })
    };
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    // The first message loads the module and warms it up (`worker_warm_up`).
    let warm_up = module_message();
    let _ = js_sys::Reflect::set(&warm_up, &"warmUp".into(), &true.into());
    worker.post_message(&warm_up).map_err(|e| format!("{e:?}"))?;
    ANALYSER.with(|analyser| {
        *analyser.borrow_mut() =
            Some(Analyser { worker, current, failed, _on_message: on_message, _on_error: on_error });
    });
    Ok(())
}

/// Where the worker finds its module (every message says it: the first one loads it).
fn module_message() -> js_sys::Object {
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"jsUrl".into(), &READER_SCRIPT.into());
    let _ = js_sys::Reflect::set(&message, &"wasmUrl".into(), &READER_WASM.into());
    message
}

/// Puts `document`'s inputs and settings into a message for the worker; the buffers to transfer
/// with it. Each text goes as its UTF-8 bytes, moved rather than copied to the worker: a
/// JavaScript string would be made here and copied into the worker's module a character at a
/// time (about a second for 180 MB).
fn set_inputs(message: &js_sys::Object, document: &Document) -> js_sys::Array {
    let texts = document.texts();
    let names: js_sys::Array = texts.iter().map(|(name, _)| wasm_bindgen::JsValue::from(*name)).collect();
    let bodies: Vec<js_sys::Uint8Array> =
        texts.iter().map(|(_, text)| js_sys::Uint8Array::from(text.as_bytes())).collect();
    let transfer: js_sys::Array = bodies.iter().map(js_sys::Uint8Array::buffer).collect();
    let bodies: js_sys::Array = bodies.into_iter().collect();
    let settings: js_sys::Array = document
        .settings
        .iter()
        .flat_map(|(key, value)| [wasm_bindgen::JsValue::from(key), wasm_bindgen::JsValue::from(value)])
        .collect();
    let _ = js_sys::Reflect::set(message, &"names".into(), &names);
    let _ = js_sys::Reflect::set(message, &"texts".into(), &bodies);
    let _ = js_sys::Reflect::set(message, &"settings".into(), &settings);
    transfer
}

/// Starts the worker after the first paint, so that its module is ready by the first paste.
pub(crate) fn warm_up(dispatcher: &Dispatcher) {
    if let Err(problem) = start(dispatcher) {
        gloo::console::warn!(format!("the analysis worker could not start: {problem}"));
    }
}

/// Analyses `document` in the worker as job `job`: the answer arrives as [`Action::Analysed`]
/// (or [`Action::AnalysisFailed`]), with [`Action::Progress`] on the way.
pub(crate) fn analyse(job: u64, document: &Document, dispatcher: &Dispatcher) {
    if let Err(problem) = start(dispatcher) {
        dispatcher.dispatch(Action::AnalysisFailed(job, problem));
        return;
    }
    let message = module_message();
    let transfer = set_inputs(&message, document);
    let _ = js_sys::Reflect::set(&message, &"job".into(), &wasm_bindgen::JsValue::from_f64(job as f64));
    let posted = ANALYSER.with(|analyser| {
        let analyser = analyser.borrow();
        let Some(analyser) = analyser.as_ref() else { return Err("no worker".to_owned()) };
        *analyser.current.borrow_mut() = Some((job, now_ms()));
        analyser.worker.post_message_with_transfer(&message, &transfer).map_err(|e| format!("{e:?}"))
    });
    if let Err(problem) = posted {
        dispatcher.dispatch(Action::AnalysisFailed(job, problem));
    }
}

/// Stops the analysis under way: the worker is terminated at once (the next analysis starts a
/// new one).
pub(crate) fn stop_worker() {
    ANALYSER.with(|analyser| {
        if let Some(analyser) = analyser.borrow_mut().take() {
            analyser.worker.terminate();
        }
    });
}

/// The analysis of the bundled sample incident, made when the page was built (`build.rs`, checked
/// by a test of the library): the first visit's first paint needs no worker.
pub(crate) fn sample_analysis() -> Option<Analysed> {
    decode(lagscope_web::SAMPLE_SLOW_HOST_ANALYSIS).ok()
}
