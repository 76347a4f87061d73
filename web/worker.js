// lagscope's parsing worker: reads a large paste off the page's main thread, with its own
// speed-built WebAssembly (reader.js), and hands the parse back in lagscope's compact form.
// Messages in: { jsUrl, wasmUrl, text }. Out: { progress: bytesRead } …, then { bytes } (empty
// when the text is not a plain dump and the page should read it itself).
let bindings;

self.onmessage = async ({ data }) => {
  if (!bindings) {
    bindings = await import(data.jsUrl);
    await bindings.default({ module_or_path: data.wasmUrl });
  }
  const bytes = bindings.worker_read(data.text, (done) => self.postMessage({ progress: done }));
  self.postMessage({ bytes }, [bytes.buffer]);
};
