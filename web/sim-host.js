// lagscope's simulator worker: runs the core's simulator (its own WebAssembly, `playground`)
// off the page's main thread, loaded only when a simulation is asked for (the Playground's module).
// Messages in: { id, preset: 'NAME SEED' } or { id, scenario: '<json>', seed }.
// Out: { id, result, ms } (ms: the time of the simulation itself, measured in the worker).
import init, { simulate_preset, simulate_scenario } from './playground.js';

const ready = init();

self.onmessage = async ({ data }) => {
  await ready;
  const started = performance.now();
  const result = data.preset !== undefined ? simulate_preset(data.preset) : simulate_scenario(data.scenario, BigInt(data.seed ?? 1));
  self.postMessage({ id: data.id, result, ms: performance.now() - started });
};
