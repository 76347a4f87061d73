// lagscope's analysis worker: every analysis runs here, off the page's main thread, with the
// core's speed-built WebAssembly (reader.js); the page only renders the results.
// Messages in: { jsUrl, wasmUrl, warmUp } to load the module and warm it up (the page sends it
// once, after its first paint), then { job, names, texts, settings } per analysis (texts: UTF-8
// bytes, Uint8Arrays, or strings). Out: { ready } once loaded,
// { job, progress: bytesRead } …, then { job, bytes } (lagscope's analysis hand-off) or
// { job, error }.
let loading;

// The module, loaded once; messages that arrive meanwhile wait for it, in order.
function load(data) {
  loading ??= import(data.jsUrl).then(async (module) => {
    await module.default({ module_or_path: data.wasmUrl });
    return module;
  });
  return loading;
}

self.onmessage = async ({ data }) => {
  try {
    const bindings = await load(data);
    if (data.job === undefined) {
      // Once, after loading: a few analyses of what is most often pasted first, so that the
      // engine's optimised code is ready by the first paste.
      if (data.warmUp) bindings.worker_warm_up();
      self.postMessage({ ready: true });
      return;
    }
    const progress = (done) => self.postMessage({ job: data.job, progress: done });
    // The texts as UTF-8 bytes (the page sends them so): wasm-bindgen copies a string into the
    // module a character at a time while it is ASCII, about a second for 180 MB.
    const encoder = new TextEncoder();
    const texts = data.texts.map((text) => (typeof text === 'string' ? encoder.encode(text) : text));
    const bytes = bindings.worker_analyse(data.names, texts, data.settings, progress);
    self.postMessage({ job: data.job, bytes }, [bytes.buffer]);
  } catch (error) {
    self.postMessage({ job: data.job, error: String(error) });
  }
};
