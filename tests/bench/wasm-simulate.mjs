// Times lagscope's simulator compiled to WebAssembly, in its web worker in headless Chromium.
// Usage: node tests/bench/wasm-simulate.mjs <dist> <PRESET SEED> <runs>   (run by `cargo xtask bench`).
// The time is the simulation's own, measured inside the worker (messaging excluded).
import path from 'node:path';

import { serveDist } from '../e2e/server.mjs';
import { launch } from '../e2e/browser.mjs';

const [dist, spec, runsText] = process.argv.slice(2);
const runs = Number(runsText ?? 3);
const server = await serveDist(path.resolve(dist));
const browser = await launch();
try {
  const page = await browser.newPage();
  await page.goto(server.url);
  await page.waitForFunction(() => window.lagscopeSim);
  const timings = await page.evaluate(async ([spec, runs]) => {
    const results = [];
    await window.lagscopeSim.run({ preset: spec }); // loads and compiles the worker's wasm
    for (let run = 0; run < runs; run += 1) results.push(await window.lagscopeSim.run({ preset: spec }));
    return results;
  }, [spec, runs]);
  for (const { ms, result } of timings) console.log(`    ${ms.toFixed(1)} ms, ${result}`);
  console.log(`best-ms: ${Math.min(...timings.map(({ ms }) => ms))}`);
} finally {
  await browser.close();
  await server.close();
}
