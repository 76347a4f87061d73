// lagscope's analysis worker: every analysis runs here, off the page's main thread, with the
// core's speed-built WebAssembly (reader.js); the page only renders the results.
// Messages in: { jsUrl, wasmUrl, warmUp } to load the module and warm it up (the page sends it
// once, after its first paint), then { job, names, texts, settings } per analysis. Out: { ready } once loaded,
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
    const bytes = bindings.worker_analyse(data.names, data.texts, data.settings, progress);
    self.postMessage({ job: data.job, bytes }, [bytes.buffer]);
  } catch (error) {
    self.postMessage({ job: data.job, error: String(error) });
  }
};
