// Browser end-to-end tests: the release build of the web app in headless Chromium.
// Run by `cargo xtask test` (which builds dist/ first); LAGSCOPE_DIST names the built site.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { serveDist } from './server.mjs';
import { launch, openApp } from './browser.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
const dist = process.env.LAGSCOPE_DIST ?? path.join(root, 'dist');
const artifacts = process.env.LAGSCOPE_ARTIFACTS ?? path.join(root, 'target', 'e2e');
const fixturePath = (name) => path.join(root, 'tests', 'fixtures', name);
const fixture = (name) => fs.readFile(fixturePath(name), 'utf8');

let server;
let browser;

before(async () => {
  await fs.mkdir(artifacts, { recursive: true });
  server = await serveDist(dist);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function paste(page, text) {
  await page.fill('#dump-input', text);
}

async function groupCard(page, name) {
  const card = page.locator(`article.group[data-group="${name}"]`);
  await card.waitFor();
  return card;
}

test('first visit: the sample incident is loaded, drawn, and the page logs no errors', async () => {
  const { context, page, errors } = await openApp(browser, server.url);
  const card = await groupCard(page, 'notification-sender');
  assert.equal(await card.locator('tbody tr').count(), 20);
  const sample = await fixture('samples/sample-slow-host.txt');
  // The sample's lags summed independently of the app.
  const expected = sample
    .split('\n')
    .filter((line) => line.startsWith('notification-sender '))
    .reduce((sum, line) => sum + Number(line.trim().split(/\s+/)[5]), 0);
  assert.equal(await card.locator('.total-lag').getAttribute('data-value'), String(expected));
  assert.equal(await page.locator('#diagnostics .diagnostic').count(), 0);
  // The chart drew something: the canvas is sized for the pixel ratio and is not blank.
  const canvasInfo = await card.locator('canvas.lag-chart').evaluate((canvas) => {
    const context2d = canvas.getContext('2d');
    const { data } = context2d.getImageData(0, 0, canvas.width, canvas.height);
    let painted = 0;
    for (let index = 3; index < data.length; index += 4) if (data[index] > 0) painted += 1;
    return { width: canvas.width, cssWidth: canvas.clientWidth, painted };
  });
  assert.ok(canvasInfo.width >= canvasInfo.cssWidth * 2 - 1, `canvas is high-DPI: ${JSON.stringify(canvasInfo)}`);
  assert.ok(canvasInfo.painted > 1000, `canvas has drawing: ${JSON.stringify(canvasInfo)}`);
  assert.equal(await card.locator('.legend li').count(), 4);
  await page.screenshot({ path: path.join(artifacts, 'sample-incident.png'), fullPage: true });
  assert.deepEqual(errors, []);
  await context.close();
});

test('pasting a dump shows its rows, total lag and unknowns, and logs no errors', async () => {
  const { context, page, errors } = await openApp(browser, server.url);
  await paste(page, await fixture('dumps/kafka/kafka-2.3-all-groups.txt'));
  const orders = await groupCard(page, 'orders-consumer');
  assert.equal(await orders.locator('tbody tr').count(), 3);
  assert.equal(await orders.locator('.total-lag').getAttribute('data-value'), '107');
  // Partition 1 was never committed: its lag is unknown, not 0.
  const neverCommitted = orders.locator('tbody tr').nth(1);
  assert.equal(await neverCommitted.locator('td').nth(1).innerText(), '1');
  assert.match(await neverCommitted.locator('td.lag').innerText(), /unknown/);
  const billing = await groupCard(page, 'billing-audit');
  assert.equal(await billing.locator('.group-state').innerText(), 'Empty');
  assert.equal(await billing.locator('.total-lag').getAttribute('data-value'), '26');
  assert.match(await page.locator('#detected-source').innerText(), /kafka-consumer-groups · 2\.3\+/);
  assert.equal(await page.locator('#diagnostics .diagnostic').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a malformed line shows its diagnostic with its line number, and the rest still parses', async () => {
  const { context, page } = await openApp(browser, server.url);
  const dump = [
    '',
    'GROUP           TOPIC           PARTITION  CURRENT-OFFSET  LOG-END-OFFSET  LAG             CONSUMER-ID     HOST            CLIENT-ID',
    'orders          payments        0          100             130             30              c-1-aaaa        /10.0.0.1       c-1',
    'orders          payments        1          100',
    'orders          payments        2          200             210             10              c-2-bbbb        /10.0.0.2       c-2',
  ].join('\n');
  await paste(page, dump);
  const card = await groupCard(page, 'orders');
  assert.equal(await card.locator('tbody tr').count(), 2);
  assert.equal(await card.locator('.total-lag').getAttribute('data-value'), '40');
  assert.equal(await page.locator('#diagnostics .diagnostic').count(), 1);
  // The message sits beside the line it names, with one line of context either side.
  const named = page.locator('#diagnostics .annotated-line.warning');
  assert.equal(await named.getAttribute('data-line'), '4');
  assert.equal(await named.locator('.line-link').innerText(), '4');
  assert.match(await named.locator('.message').innerText(), /expected 9 columns .* found 4/);
  assert.match(await named.locator('.line-text').innerText(), /payments\s+1\s+100/);
  const contextLines = page.locator('#diagnostics .annotated-line.context');
  assert.deepEqual(await contextLines.evaluateAll((lines) => lines.map((line) => line.dataset.line)), ['3', '5']);
  // Clicking the line number selects that line in the input.
  await named.locator('.line-link').click();
  const selected = await page.$eval('#dump-input', (area) => area.value.slice(area.selectionStart, area.selectionEnd));
  assert.match(selected, /^orders\s+payments\s+1\s+100$/);
  await page.screenshot({ path: path.join(artifacts, 'diagnostic.png'), fullPage: true });
  await context.close();
});

test('files load through the picker and by drag and drop', async () => {
  const { context, page } = await openApp(browser, server.url);
  await page.setInputFiles('#file-picker', fixturePath('dumps/kafka/kafka-4.x-describe-verbose.txt'));
  const orders = await groupCard(page, 'orders-consumer');
  assert.equal(await orders.locator('tbody tr').count(), 3);
  assert.equal(await orders.locator('.total-lag').getAttribute('data-value'), '10');

  const text = await fixture('dumps/kafka/kafka-3.8-no-trailing-newline.txt');
  const transfer = await page.evaluateHandle((content) => {
    const data = new DataTransfer();
    data.items.add(new File([content], 'dump.txt', { type: 'text/plain' }));
    return data;
  }, text);
  await page.dispatchEvent('#input', 'drop', { dataTransfer: transfer });
  const korean = await groupCard(page, '주문-처리 그룹');
  assert.equal(await korean.locator('.total-lag').getAttribute('data-value'), '140');
  await context.close();
});

test('other tools: an rpk dump is detected, merged with its summary, and a Burrow reply shows its reported total', async () => {
  const { context, page, errors } = await openApp(browser, server.url);
  await paste(page, await fixture('dumps/other/rpk-23.2-describe.txt'));
  const rpk = await groupCard(page, 'orders-consumer');
  assert.match(await page.locator('#detected-source').innerText(), /^rpk/);
  assert.equal(await rpk.locator('.group-state').innerText(), 'Stable');
  assert.equal(await rpk.locator('.member-count').innerText(), '2');
  assert.equal(await rpk.locator('tbody tr').count(), 6);
  await paste(page, await fixture('dumps/other/burrow-v3-status.json'));
  const burrow = await groupCard(page, 'shipment-tracker-v2');
  assert.match(await page.locator('#detected-source').innerText(), /burrow · v3 status/);
  assert.equal(await burrow.locator('.total-lag').getAttribute('data-value'), '2115');
  assert.match(await burrow.locator('.reported-total').innerText(), /2,163/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the interface switches to Korean and remembers it', async () => {
  const { context, page } = await openApp(browser, server.url);
  await page.click('#lang-toggle');
  await page.waitForSelector('html[lang="ko"]');
  assert.match(await page.locator('#load-sample').innerText(), /샘플/);
  await page.reload();
  await page.waitForSelector('html[lang="ko"]');
  await page.screenshot({ path: path.join(artifacts, 'korean.png'), fullPage: false });
  await context.close();
});

test('a narrow screen stacks the panels without horizontal scrolling', async () => {
  const { context, page } = await openApp(browser, server.url, { viewport: { width: 360, height: 800 } });
  await groupCard(page, 'notification-sender');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `page overflows by ${overflow}px`);
  await page.screenshot({ path: path.join(artifacts, 'narrow.png'), fullPage: false });
  await context.close();
});
