// Times lagscope's parser compiled to WebAssembly, in headless Chromium, on a generated dump.
// Usage: node tests/bench/wasm-parse.mjs <dist> <input file> <runs> [reader:bench_parse|reader:bench_analyze|playground:bench_assign]
// (an export of the page's module, or `module:export` of a lazily loaded one: `reader` is the
// parsing worker's speed-built module)
// (run by `cargo xtask bench`).
import path from 'node:path';

import { serveDist } from '../e2e/server.mjs';
import { launch } from '../e2e/browser.mjs';

const [dist, dump, runsText, exportName = 'reader:bench_parse'] = process.argv.slice(2);
const runs = Number(runsText ?? 3);
const server = await serveDist(path.resolve(dist), { '/bench-input.txt': path.resolve(dump) });
const browser = await launch();
try {
  const page = await browser.newPage();
  await page.goto(server.url);
  await page.waitForFunction(() => window.wasmBindings);
  const timings = await page.evaluate(async ([runs, exportName]) => {
    const [moduleName, name] = exportName.includes(':') ? exportName.split(':') : [null, exportName];
    const bindings = moduleName
      ? await import(`./${moduleName}.js`).then(async (module) => (await module.default(), module))
      : window.wasmBindings;
    // The reader takes UTF-8 bytes, as the page hands texts to the analysis worker (analysis.rs).
    const text = moduleName === 'reader'
      ? new Uint8Array(await (await fetch('/bench-input.txt')).arrayBuffer())
      : await (await fetch('/bench-input.txt')).text();
    const results = [];
    for (let run = 0; run < runs; run += 1) {
      const started = performance.now();
      const summary = bindings[name](text);
      results.push({ ms: performance.now() - started, summary });
    }
    return results;
  }, [runs, exportName]);
  for (const { ms, summary } of timings) console.log(`    ${(ms / 1000).toFixed(3)} s, ${summary}`);
  console.log(`best-ms: ${Math.min(...timings.map(({ ms }) => ms))}`);
} finally {
  await browser.close();
  await server.close();
}
