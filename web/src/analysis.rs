//! Large documents analysed without stopping the page: each plain dump is parsed, and each series
//! read, in a web worker (`worker.js`, with the speed-built `reader` module) with progress and a
//! cancel; where no worker
//! can run, the page parses in slices between frames. The core decides everything; this module
//! only moves text and results between the page and the worker.

use std::rc::Rc;

use lagscope_core::workbench::{Input, Options, ReadApart, build};
use lagscope_web::document::Document;

use crate::state::{Action, AppState};

/// Documents larger than this are analysed in slices between frames, with a progress bar and a
/// cancel button, so the page never stops answering.
pub(crate) const SLICED_ANALYSIS_BYTES: usize = 512 << 10;

thread_local! {
    /// The analysis that may still report; a cancelled or superseded one stops at its next slice.
    static CURRENT_JOB: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// Whether the sliced analysis `job` is still wanted.
pub(crate) fn job_is_current(job: u64) -> bool {
    CURRENT_JOB.with(|current| current.get() == job)
}

/// A large document's analysis under way.
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

/// The next analysis: a new job number; any sliced analysis under way stops at its next slice.
pub(crate) fn next_job() -> u64 {
    CURRENT_JOB.with(|current| {
        current.set(current.get() + 1);
        current.get()
    })
}

/// A promise's settle function, filled once the promise exists.
type Settle = Rc<std::cell::RefCell<Option<js_sys::Function>>>;

thread_local! {
    /// The parsing worker of the analysis under way, and how to end its wait; a cancel
    /// terminates it at once.
    static WORKER: std::cell::RefCell<Option<(web_sys::Worker, Settle)>> = const { std::cell::RefCell::new(None) };
}

/// Stops the parsing worker, if one is running.
pub(crate) fn stop_worker() {
    WORKER.with(|worker| {
        if let Some((worker, reject)) = worker.borrow_mut().take() {
            worker.terminate();
            // The waiting parse ends too, with an error it will not report.
            if let Some(reject) = reject.borrow_mut().take() {
                let _ = reject.call1(&wasm_bindgen::JsValue::NULL, &"cancelled".into());
            }
        }
    });
}

/// The parsing worker's module (`web/src/bin/reader`, built for speed), as trunk names a worker
/// module's files: unhashed, beside the page.
const READER_SCRIPT: &str = "./reader.js";
const READER_WASM: &str = "./reader_bg.wasm";

/// Reads `text` in the worker (`worker.js`, `workbench::read_apart`): what it read, `Unread` when
/// the page should read it itself, `Err` when no worker could run it.
async fn parse_in_worker(text: &str, on_progress: impl Fn(usize) + 'static) -> Result<ReadApart, String> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen::closure::Closure;
    let options = web_sys::WorkerOptions::new();
    options.set_type(web_sys::WorkerType::Module);
    let worker = web_sys::Worker::new_with_options("worker.js", &options).map_err(|e| format!("{e:?}"))?;
    let resolve: Settle = Rc::default();
    let reject: Settle = Rc::default();
    let on_message = {
        let resolve = resolve.clone();
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
            let data = event.data();
            let progress = js_sys::Reflect::get(&data, &"progress".into()).ok().and_then(|v| v.as_f64());
            if let Some(done) = progress {
                on_progress(done as usize);
            } else if let Some(resolve) = resolve.borrow_mut().take() {
                let bytes = js_sys::Reflect::get(&data, &"bytes".into()).unwrap_or_default();
                let _ = resolve.call1(&wasm_bindgen::JsValue::NULL, &bytes);
            }
        })
    };
    let on_error = {
        let reject = reject.clone();
        Closure::<dyn FnMut(wasm_bindgen::JsValue)>::new(move |error: wasm_bindgen::JsValue| {
            if let Some(reject) = reject.borrow_mut().take() {
                let _ = reject.call1(&wasm_bindgen::JsValue::NULL, &error);
            }
        })
    };
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    let promise = js_sys::Promise::new(&mut |ok, fail| {
        *resolve.borrow_mut() = Some(ok);
        *reject.borrow_mut() = Some(fail);
    });
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"jsUrl".into(), &READER_SCRIPT.into());
    let _ = js_sys::Reflect::set(&message, &"wasmUrl".into(), &READER_WASM.into());
    let _ = js_sys::Reflect::set(&message, &"text".into(), &text.into());
    worker.post_message(&message).map_err(|e| format!("{e:?}"))?;
    WORKER.with(|slot| *slot.borrow_mut() = Some((worker.clone(), reject.clone())));
    let answer = wasm_bindgen_futures::JsFuture::from(promise).await.map_err(|e| format!("{e:?}"));
    worker.terminate();
    WORKER.with(|slot| {
        slot.borrow_mut().take();
    });
    drop((on_message, on_error));
    let bytes = js_sys::Uint8Array::new(&answer?).to_vec();
    lagscope_core::parse::wire::decode_read(&bytes)
}

/// Analyses a large document without stopping the page: each plain dump is parsed in a web
/// worker (`worker.js`), with progress, and a cancel terminates it; where no worker can run, the
/// page parses in slices between frames instead. The analysis then runs on what was parsed.
pub(crate) async fn run_sliced_analysis(
    job: u64,
    document: Rc<Document>,
    dispatcher: yew::UseReducerDispatcher<AppState>,
) {
    const LINES_PER_SLICE: usize = 20_000;
    let started = now_ms();
    let mut inputs = Vec::new();
    let mut done_bytes = 0;
    for (name, text) in document.texts() {
        let before = done_bytes;
        let progress = {
            let dispatcher = dispatcher.clone();
            move |done: usize| dispatcher.dispatch(Action::Progress(job, before + done))
        };
        match parse_in_worker(text, progress).await {
            Ok(read) => {
                done_bytes += text.len();
                inputs.push(Input::read_apart(name, text, read));
                if !job_is_current(job) {
                    return;
                }
                continue;
            }
            Err(problem) => {
                if !job_is_current(job) {
                    return;
                }
                gloo::console::warn!(format!("no parsing worker ({problem}): reading in slices"));
            }
        }
        if !lagscope_core::workbench::is_plain_dump(text) {
            inputs.push(Input::text(name, text));
            done_bytes += text.len();
            continue;
        }
        let mut parser = lagscope_core::parse::Parser::new(lagscope_core::parse::ParseOptions::default());
        for (index, (_, line)) in lagscope_core::text::numbered_lines(text).enumerate() {
            parser.push_line(line);
            done_bytes += line.len() + 1;
            if index % LINES_PER_SLICE == LINES_PER_SLICE - 1 {
                dispatcher.dispatch(Action::Progress(job, done_bytes));
                gloo::timers::future::TimeoutFuture::new(0).await;
                if !job_is_current(job) {
                    return;
                }
            }
        }
        inputs.push(Input::read_apart(name, text, ReadApart::Parsed(parser.finish())));
    }
    dispatcher.dispatch(Action::Progress(job, done_bytes));
    gloo::timers::future::TimeoutFuture::new(0).await;
    if !job_is_current(job) {
        return;
    }
    let (consumer, _) = document.consumer_config();
    let workbench = build(inputs, &Options { consumer, ..Options::default() });
    dispatcher.dispatch(Action::Analysed(job, Rc::new(workbench), now_ms() - started));
}
