// What the browser tests share: the served release build and one browser per file, screenshots into
// LAGSCOPE_ARTIFACTS, and the painted pixels of a canvas.
import fs from 'node:fs/promises';
import path from 'node:path';
import { after, before } from 'node:test';
import { fileURLToPath } from 'node:url';

import { launch } from './browser.mjs';
import { serveDist } from './server.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const artifacts = process.env.LAGSCOPE_ARTIFACTS ?? path.join(root, 'target', 'e2e');
export const dist = process.env.LAGSCOPE_DIST ?? path.join(root, 'dist');

// Serves dist/ (LAGSCOPE_DIST) and launches Chromium before the file's tests, and closes both after:
// `shared.server.url`, `shared.browser`.
export function sharedBrowser() {
  const shared = {};
  before(async () => {
    await fs.mkdir(artifacts, { recursive: true });
    shared.server = await serveDist(dist);
    shared.browser = await launch();
  });
  after(async () => {
    await shared.browser?.close();
    await shared.server?.close();
  });
  return shared;
}

export async function shot(page, name) {
  await page.screenshot({ path: path.join(artifacts, `${name}.png`), fullPage: true });
}

// The painted pixels of a canvas: a chart that drew something has many.
export async function painted(locator) {
  return locator.evaluate((canvas) => {
    const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
    let count = 0;
    for (let index = 3; index < data.length; index += 4) if (data[index] > 0) count += 1;
    return { count, width: canvas.width, cssWidth: canvas.clientWidth };
  });
}

// The visible text nodes of the page, outside what is shown verbatim (code, the input, the dump's own
// lines and cells of ids), with quoted input and backticked code taken out.
export async function englishSentences(page) {
  return page.evaluate(() => {
    const verbatim = 'code, pre, kbd, samp, textarea, input, select, option, script, style, [data-verbatim], .line-text, .mono';
    const found = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      if (!element || element.closest(verbatim)) continue;
      if (!element.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) continue;
      const text = node.textContent
        .replace(/"[^"]*"|“[^”]*”|'[^']*'|`[^`]*`|‘[^’]*’/g, ' ')
        .split(/\s+/)
        // Ids, names, settings, numbers, hosts: anything with a digit, dot, dash, underscore, slash or colon.
        .map((word) => word.replace(/^[([{«]+|[)\]}».,;:!?]+$/g, ''))
        .map((word) => (/^[A-Za-z][a-z']*$/.test(word) ? word : '|'))
        .join(' ');
      const run = text.match(/(?:\b[A-Za-z][a-z']*\s+){2,}[A-Za-z][a-z']*/);
      if (run) found.push(`${run[0]}  ⟵  ${node.textContent.trim().slice(0, 160)}`);
    }
    return found;
  });
}
