// Browser end-to-end tests: the release build of the web app in headless Chromium.
// Run by `cargo xtask test` (which builds dist/ first); LAGSCOPE_DIST names the built site.
// Screenshots of every view at desktop and phone widths land in LAGSCOPE_ARTIFACTS (target/e2e).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

import { openApp } from './browser.mjs';
import { serveDist } from './server.mjs';
import { artifacts, dist, painted, sharedBrowser, shot } from './pages.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
const fixturePath = (name) => path.join(root, 'tests', 'fixtures', name);
const fixture = (name) => fs.readFile(fixturePath(name), 'utf8');
const PHONE = { width: 360, height: 780 };

const shared = sharedBrowser();


async function paste(page, text) {
  await page.fill('#dump-input', text);
}

async function groupCard(page, name) {
  const card = page.locator(`article.group[data-group="${name}"]`);
  await card.waitFor();
  return card;
}



test('first visit: the slow-host incident is loaded, its cause is the first finding, and every chart draws', async () => {
  const { context, page, errors } = await openApp(shared.browser, shared.server.url);
  const card = await groupCard(page, 'notification-sender');
  assert.equal(await card.locator('tbody tr').count(), 8);
  // The newest dump's lags, summed independently of the app.
  const sample = await fixture('series/slow-host-timed.txt');
  const lastDump = sample.split(/^\w{3} \w{3} \d+ [\d:]+ UTC \d{4}$/m).pop();
  const expected = lastDump
    .split('\n')
    .filter((line) => line.startsWith('notification-sender '))
    .reduce((sum, line) => sum + Number(line.trim().split(/\s+/)[5]), 0);
  assert.equal(await card.locator('.total-lag').getAttribute('data-value'), String(expected));
  const first = page.locator('#findings .finding').first();
  assert.equal(await first.getAttribute('data-rule'), 'slow-host');
  assert.match(await first.locator('.finding-title').innerText(), /10\.20\.1\.11.*10\.0× slower/);
  assert.match(await page.locator('.overview .burrow-status').innerText(), /WARN/);
  for (const kind of ['lag-over-time', 'consumed-per-host', 'heatmap', 'assignment']) {
    const info = await painted(page.locator(`canvas.chart-canvas.${kind}`));
    assert.ok(info.width >= info.cssWidth * 2 - 1, `${kind} is high-DPI: ${JSON.stringify(info)}`);
    assert.ok(info.count > 1000, `${kind} drew: ${JSON.stringify(info)}`);
  }
  assert.equal(await page.locator('#diagnostics .diagnostic').count(), 0);
  await shot(page, 'analyze-desktop');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the poll-timeout storm sample is one click away and its cause is found', async () => {
  const { context, page, errors } = await openApp(shared.browser, shared.server.url);
  await page.click('#load-sample-storm');
  await page.locator('#findings .finding[data-rule="poll-timeout-storm"]').first().waitFor();
  const titles = await page.locator('#findings .finding[data-rule="poll-timeout-storm"] .finding-title').allInnerTexts();
  assert.ok(titles.some((title) => /5 min 50 s.*max\.poll\.interval\.ms \(5 min\)/.test(title)), titles.join('\n'));
  assert.ok(titles.some((title) => /all 12 members left/.test(title)), titles.join('\n'));
  // The sample brings its consumer settings, shown in the form.
  assert.equal(await page.inputValue('#setting-max-poll-records'), '500');
  // Lowering max.poll.records to the advised value clears the configuration finding.
  await page.click('#consumer-settings summary');
  await page.fill('#setting-max-poll-records', '50');
  await page.waitForFunction(() => ![...document.querySelectorAll('#findings .finding-title')].some((t) => /5 min 50 s/.test(t.textContent)));
  await shot(page, 'poll-storm-desktop');
  assert.deepEqual(errors, []);
  await context.close();
});

test('pasting a dump shows its rows, total lag and unknowns; tables sort and filter', async () => {
  const { context, page, errors } = await openApp(shared.browser, shared.server.url);
  await paste(page, await fixture('dumps/kafka/kafka-2.3-all-groups.txt'));
  const orders = await groupCard(page, 'orders-consumer');
  assert.equal(await orders.locator('tbody tr').count(), 3);
  assert.equal(await orders.locator('.total-lag').getAttribute('data-value'), '107');
  // Partition 1 was never committed: its lag is unknown, not 0.
  const neverCommitted = orders.locator('tbody tr').nth(1);
  assert.equal(await neverCommitted.locator('td').nth(1).innerText(), '1');
  assert.match(await neverCommitted.locator('td').nth(4).innerText(), /unknown/);
  // Sorting by lag, descending: unknown goes last.
  await orders.locator('th button.sort', { hasText: 'Lag' }).click();
  const lags = await orders.locator('tbody tr td:nth-child(5)').allInnerTexts();
  assert.match(lags.at(-1), /unknown/);
  assert.ok(Number(lags[0].replace(/,/g, '')) >= Number(lags[1].replace(/,/g, '')), lags.join(' '));
  // Filtering keeps matching rows only.
  await orders.locator('.table-filter').fill('payments');
  assert.ok((await orders.locator('tbody tr').count()) >= 1);
  const billing = await groupCard(page, 'billing-audit');
  assert.equal(await billing.locator('.group-state').innerText(), 'Empty');
  assert.equal(await billing.locator('.total-lag').getAttribute('data-value'), '26');
  assert.match(await page.locator('#detected-source').innerText(), /kafka-consumer-groups · 2\.3\+/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a malformed line shows its diagnostic with its line number, and the rest still parses', async () => {
  const { context, page } = await openApp(shared.browser, shared.server.url);
  const dump = [
    '',
    'GROUP           TOPIC           PARTITION  CURRENT-OFFSET  LOG-END-OFFSET  LAG             CONSUMER-ID     HOST            CLIENT-ID',
    'orders          payments        0          100             130             30              c-1-aaaa        /10.0.0.1       c-1',
    'orders          payments        1          100',
    'orders          payments        2          200             210             10              c-2-bbbb        /10.0.0.2       c-2',
  ].join('\n');
  await paste(page, dump);
  const card = await groupCard(page, 'orders');
  // The cut row is partition 1: its last cell (`100`, maybe of a longer number) and the rest unknown.
  assert.equal(await card.locator('tbody tr').count(), 3);
  assert.equal(await card.locator('.total-lag').getAttribute('data-value'), '40');
  assert.equal(await page.locator('#diagnostics .diagnostic').count(), 1);
  const named = page.locator('#diagnostics .annotated-line.warning');
  assert.equal(await named.getAttribute('data-line'), '4');
  assert.match(await named.locator('.message').innerText(), /the row is cut short: CURRENT-OFFSET, .* unknown/);
  const contextLines = page.locator('#diagnostics .annotated-line.context');
  assert.deepEqual(await contextLines.evaluateAll((lines) => lines.map((line) => line.dataset.line)), ['3', '5']);
  // Clicking the line number selects that line in the input.
  await named.locator('.line-link').click();
  const selected = await page.$eval('#dump-input', (area) => area.value.slice(area.selectionStart, area.selectionEnd));
  assert.match(selected, /^orders\s+payments\s+1\s+100$/);
  await shot(page, 'diagnostic');
  await context.close();
});

test('files load through the picker and by dropping several at once, each read on its own', async () => {
  const { context, page } = await openApp(shared.browser, shared.server.url);
  await page.click('#clear-input');
  await page.setInputFiles('#file-picker', fixturePath('dumps/kafka/kafka-4.x-describe-verbose.txt'));
  const orders = await groupCard(page, 'orders-consumer');
  assert.equal(await orders.locator('tbody tr').count(), 3);
  assert.equal(await orders.locator('.total-lag').getAttribute('data-value'), '10');
  const korean = await fixture('dumps/kafka/kafka-3.8-no-trailing-newline.txt');
  const burrow = await fixture('dumps/other/burrow-v3-status.json');
  const transfer = await page.evaluateHandle(([first, second]) => {
    const data = new DataTransfer();
    data.items.add(new File([first], 'korean.txt', { type: 'text/plain' }));
    data.items.add(new File([second], 'burrow.json', { type: 'application/json' }));
    return data;
  }, [korean, burrow]);
  await page.dispatchEvent('#input', 'drop', { dataTransfer: transfer });
  await page.locator('#file-list .file[data-name="burrow.json"]').waitFor();
  assert.equal(await page.locator('#file-list .file').count(), 3);
  assert.equal(await (await groupCard(page, '주문-처리 그룹')).locator('.total-lag').getAttribute('data-value'), '140');
  await groupCard(page, 'shipment-tracker-v2');
  // Removing a file removes its groups.
  await page.locator('#file-list .file[data-name="burrow.json"] button').click();
  await page.waitForFunction(() => !document.querySelector('article.group[data-group="shipment-tracker-v2"]'));
  await context.close();
});

test('clicking a finding highlights its host and members in the tables; clicking again clears it', async () => {
  const { context, page } = await openApp(shared.browser, shared.server.url);
  const finding = page.locator('#findings .finding[data-rule="slow-host"] .finding-head');
  await finding.click();
  const highlighted = page.locator('.overview tr.highlight');
  await highlighted.first().waitFor();
  const texts = await highlighted.allInnerTexts();
  assert.ok(texts.length >= 3, `host row and its two members: ${texts.join(' | ')}`);
  assert.ok(texts.every((text) => text.includes('10.20.1.11')), texts.join(' | '));
  assert.equal(await page.locator('article.group tbody tr.highlight').count(), 2);
  await shot(page, 'finding-highlighted');
  await finding.click();
  assert.equal(await page.locator('tr.highlight').count(), 0);
  await context.close();
});

test('each chart downloads as a PNG file', async () => {
  const { context, page } = await openApp(shared.browser, shared.server.url);
  for (const kind of ['lag-over-time', 'heatmap', 'assignment']) {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator(`figure.chart.${kind} button.download-png`).click(),
    ]);
    assert.match(download.suggestedFilename(), new RegExp(`^lagscope-${kind}-notification-sender\\.png$`));
    const bytes = await fs.readFile(await download.path());
    assert.deepEqual([...bytes.subarray(0, 4)], [0x89, 0x50, 0x4e, 0x47], 'a PNG signature');
  }
  await context.close();
});

test('the reset planner opens on demand as a dialog, previews each partition and writes the exact command', async () => {
  const { context, page, errors } = await openApp(shared.browser, shared.server.url);
  // Not part of the first load: the planner's module is fetched when it is opened.
  assert.equal(await page.locator('#reset-kind').count(), 0);
  await page.click('#reset-open-0');
  await page.locator('#reset-host:not([hidden]) #reset-kind').waitFor();
  // The first control has the focus: the planner is usable from the keyboard at once.
  await page.waitForFunction(() => document.activeElement?.id === 'reset-kind');
  await page.selectOption('#reset-kind', 'shift-by');
  await page.fill('#reset-value', '-1000');
  await page.fill('#reset-topics', 'message-send');
  await page.fill('#reset-bootstrap', 'kafka-1:9092');
  await page.waitForFunction(() => document.querySelector('#reset-dry-run')?.textContent.includes('--shift-by -1000'));
  assert.equal(
    await page.locator('#reset-dry-run').innerText(),
    'kafka-consumer-groups.sh --bootstrap-server kafka-1:9092 --group notification-sender --reset-offsets --shift-by -1000 --topic message-send --dry-run',
  );
  assert.match(await page.locator('#reset-execute').innerText(), /--execute$/);
  assert.match(await page.locator('#reset-totals').innerText(), /replayed: 8,000/);
  await page.selectOption('#reset-kind', 'to-latest');
  assert.match(await page.locator('#reset-totals').innerText(), /skipped: 233,600/);
  // Escape closes it and gives the focus back to the button that opened it; the plan is kept.
  await page.keyboard.press('Escape');
  await page.locator('#reset-host').waitFor({ state: 'hidden' });
  await page.waitForFunction(() => document.activeElement?.id === 'reset-open-0');
  await page.click('#reset-open-0');
  await page.locator('#reset-host:not([hidden]) #reset-kind').waitFor();
  assert.equal(await page.inputValue('#reset-kind'), 'to-latest');
  assert.equal(await page.inputValue('#reset-bootstrap'), 'kafka-1:9092');
  await page.click('#reset-close');
  await page.locator('#reset-host').waitFor({ state: 'hidden' });
  assert.deepEqual(errors, []);
  await context.close();
});

test('a share link carries the whole state, and opening it restores exactly that state', async () => {
  const { context, page } = await openApp(shared.browser, shared.server.url);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.click('#load-sample-storm');
  await page.locator('#findings .finding[data-rule="poll-timeout-storm"]').first().waitFor();
  await page.click('#load-sample');
  await page.locator('#findings .finding[data-rule="slow-host"]').waitFor();
  await page.click('#consumer-settings summary');
  await page.fill('#setting-concurrency', '3');
  await page.click('#reset-open-0');
  await page.selectOption('#reset-kind', 'shift-by');
  await page.fill('#reset-value', '-500');
  await page.waitForFunction(() => document.querySelector('#reset-dry-run')?.textContent.includes('--shift-by -500'));
  const reset = await page.locator('#reset-dry-run').innerText();
  await page.click('#reset-close');
  await page.click('#tab-assignment');
  await page.selectOption('#whatif-assignor', 'range');
  await page.click('#whatif-add');
  await page.locator('#whatif-members tr[data-member="new-member-1"]').waitFor();
  await page.click('#share-link');
  await page.waitForFunction(() => location.hash.startsWith('#s='));
  const link = page.url();
  const whatIf = await page.locator('#whatif-result').innerText();
  await page.click('#tab-analyze');
  const before = {
    input: await page.inputValue('#dump-input'),
    concurrency: await page.inputValue('#setting-concurrency'),
    findings: await page.locator('#findings .finding-title').allInnerTexts(),
    reset,
  };
  await page.click('#tab-assignment');
  // A fresh browser context: nothing in local storage, only the link.
  const other = await shared.browser.newContext({ viewport: { width: 1440, height: 1000 } });
  const fresh = await other.newPage();
  await fresh.goto(link);
  // The link opens on the view it was copied from, with the same question answered.
  await fresh.waitForSelector('#whatif-result');
  assert.equal(await fresh.locator('#whatif-result').innerText(), whatIf);
  await fresh.click('#tab-analyze');
  await fresh.waitForSelector('#findings');
  assert.equal(await fresh.inputValue('#dump-input'), before.input);
  assert.equal(await fresh.inputValue('#setting-concurrency'), before.concurrency);
  assert.deepEqual(await fresh.locator('#findings .finding-title').allInnerTexts(), before.findings);
  await fresh.click('#reset-open-0');
  await fresh.locator('#reset-host:not([hidden]) #reset-dry-run').waitFor();
  assert.equal(await fresh.locator('#reset-dry-run').innerText(), before.reset);
  assert.match(before.reset, /--shift-by -500/);
  await other.close();
  // And the last session comes back after a reload, without the link.
  await page.goto(shared.server.url);
  await page.waitForSelector('#whatif-result');
  await page.click('#tab-analyze');
  assert.equal(await page.inputValue('#dump-input'), before.input);
  await context.close();
});

test('a tool error is explained: its cause loads on demand with the rest of the catalogue, in both languages', async () => {
  const { context, page, errors } = await openApp(shared.browser, shared.server.url);
  const requests = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  const dump = '$ kafka-consumer-groups.sh --bootstrap-server kafka-1:9092 --describe --group orders\n\nError: Executing consumer group command failed due to org.apache.kafka.common.errors.TimeoutException: Timed out waiting for a node assignment. Call: describeConsumerGroups\n';
  await page.fill('#dump-input', dump);
  // The cause's text is not in the first load: the page asks for the rest and shows it.
  await page.waitForFunction(() => /could not get an answer in time: check --bootstrap-server/.test(document.querySelector('#diagnostics')?.textContent ?? ''));
  assert.ok(requests.some((path) => path.endsWith('/i18n/en.more.ftl')), requests.join(' '));
  assert.doesNotMatch(await page.locator('#diagnostics').innerText(), /…|diag-/);
  await page.click('#lang-toggle');
  await page.waitForFunction(() => /제시간에 응답을 받지 못했습니다/.test(document.querySelector('#diagnostics')?.textContent ?? ''));
  assert.doesNotMatch(await page.locator('#diagnostics').innerText(), /…|diag-/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a binary file dropped by mistake is said to be binary, before any parsing', async () => {
  const { context, page, errors } = await openApp(shared.browser, shared.server.url);
  // 1 MiB of gzip-like noise (it froze the page for a minute when parsed as lines of text).
  const noise = Buffer.concat([Buffer.from([0x1f, 0x8b, 0x08, 0x00]), crypto.randomBytes(1 << 20)]);
  await page.click('#clear-input');
  await page.setInputFiles('#file-picker', { name: 'capture.tar.gz', mimeType: 'application/gzip', buffer: noise });
  const diagnostic = page.locator('#diagnostics .diagnostic');
  await diagnostic.first().waitFor({ timeout: 30_000 });
  assert.equal(await diagnostic.count(), 1);
  assert.match(await diagnostic.first().innerText(), /binary file/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a share link longer than Chromium opens is refused; the document saved as a file opens again', async () => {
  // Chromium's limit, measured: an address of 2,097,024 characters opens, one of 2,097,224 does not
  // (url::kMaxURLChars, 2 MiB). The page offers links of at most 2,000,000.
  const probe = await shared.browser.newContext();
  const tab = await probe.newPage();
  await tab.goto(`${shared.server.url}#${'a'.repeat(2_097_000)}`);
  await assert.rejects(tab.goto(`${shared.server.url}#${'a'.repeat(2_097_200)}`));
  await probe.close();
  const { context, page, errors } = await openApp(shared.browser, shared.server.url);
  // About 2.2 MB that does not compress (random bytes in base64, lines of 76).
  const noise = crypto.randomBytes(1_650_000).toString('base64').replace(/.{76}/g, '$&\n');
  await page.setInputFiles('#file-picker', { name: 'noise.txt', mimeType: 'text/plain', buffer: Buffer.from(noise) });
  await page.locator('#file-list li').first().waitFor();
  await page.click('#share-link');
  const refusal = page.locator('#link-too-long');
  await refusal.waitFor({ timeout: 60_000 });
  assert.match(await refusal.innerText(), /2,000,000/);
  assert.ok(!(await page.evaluate(() => location.hash.startsWith('#s='))), 'no link was put in the address bar');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#save-document')]);
  assert.equal(download.suggestedFilename(), 'lagscope-document.json');
  const saved = await download.path();
  // Opened in a fresh context, the file is the document again (its file, not a new one).
  const fresh = await openApp(shared.browser, shared.server.url);
  await fresh.page.click('#clear-input').catch(() => {});
  await fresh.page.setInputFiles('#file-picker', saved);
  await fresh.page.waitForFunction(() => /noise\.txt/.test(document.querySelector('#file-list')?.textContent ?? ''));
  assert.doesNotMatch(await fresh.page.innerText('#file-list'), /lagscope-document/);
  assert.deepEqual(fresh.errors, []);
  await fresh.context.close();
  assert.deepEqual(errors, []);
  await context.close();
});

test('copy report puts the Markdown incident report on the clipboard; CSV and JSON download', async () => {
  const { context, page } = await openApp(shared.browser, shared.server.url);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.click('#copy-report');
  // The report is written by the lazily loaded module: the status says when it is on the clipboard.
  await page.locator('#share .share-status').filter({ hasText: /\S/ }).waitFor();
  const report = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(report, /^# /m);
  assert.match(report, /slow-host/);
  const [csv] = await Promise.all([page.waitForEvent('download'), page.click('#download-csv')]);
  const csvText = await fs.readFile(await csv.path(), 'utf8');
  assert.equal(csvText.split('\n')[0], 'group,topic,partition,current_offset,log_end_offset,lag,consumer_id,host,client_id');
  const [json] = await Promise.all([page.waitForEvent('download'), page.click('#download-json')]);
  const parsed = JSON.parse(await fs.readFile(await json.path(), 'utf8'));
  assert.equal(parsed.findings[0].rule, 'slow-host');
  await context.close();
});

test('pasted markup is shown as text, never run: an <img onerror> client id stays inert', async () => {
  const { context, page, errors } = await openApp(shared.browser, shared.server.url);
  let dialogs = 0;
  page.on('dialog', async (dialog) => {
    dialogs += 1;
    await dialog.dismiss();
  });
  const evil = '<img src=x onerror=alert(1)>';
  await paste(page, [
    'GROUP TOPIC PARTITION CURRENT-OFFSET LOG-END-OFFSET LAG CONSUMER-ID HOST CLIENT-ID',
    `orders payments 0 100 130 30 ${evil.replace(/ /g, '_')} /10.0.0.1 ${evil.replace(/ /g, '_')}`,
  ].join('\n'));
  const card = await groupCard(page, 'orders');
  assert.match(await card.locator('tbody').innerText(), /<img_src=x_onerror=alert\(1\)>/);
  assert.equal(await page.locator('main img').count(), 0);
  await page.waitForTimeout(200);
  assert.equal(dialogs, 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('no request leaves the origin, and the Content-Security-Policy runs no inline script but trunk\'s loader', async () => {
  const context = await shared.browser.newContext();
  const page = await context.newPage();
  const requests = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(shared.server.url);
  await page.waitForSelector('#findings');
  await page.click('#load-sample-storm');
  await page.locator('#findings .finding[data-rule="poll-timeout-storm"]').first().waitFor();
  await page.click('#load-sample');
  await page.click('#tab-assignment');
  await page.waitForSelector('#whatif-result');
  const origin = new URL(shared.server.url).origin;
  const outside = requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'));
  assert.deepEqual(outside, [], `requests outside ${origin}`);
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  assert.match(csp, /default-src 'self'/);
  // Scripts: this origin and trunk's loader by its hash; no inline script may run.
  const scripts = csp.split(';').map((part) => part.trim()).find((part) => part.startsWith('script-src'));
  assert.doesNotMatch(scripts, /unsafe-inline/);
  assert.match(scripts, /'sha256-[A-Za-z0-9+/]{43}='/);
  const injected = await page.evaluate(async () => {
    const script = document.createElement('script');
    script.textContent = 'window.lagscopeInjected = true;';
    document.body.append(script);
    await new Promise((resolve) => setTimeout(resolve, 50));
    return window.lagscopeInjected ?? false;
  });
  assert.equal(injected, false, 'an injected inline script ran');
  await fs.writeFile(path.join(artifacts, 'requests.log'), `${requests.join('\n')}\n`);
  await context.close();
});

test('the assignment view runs any assignor on the loaded group: a new member and what it inherits', async () => {
  const { context, page, errors } = await openApp(shared.browser, shared.server.url);
  await page.locator('#findings').waitFor();
  await page.keyboard.press('Alt+2');
  await page.waitForSelector('#assignment');
  await page.selectOption('#whatif-assignor', 'range');
  await page.fill('#whatif-new-member', 'consumer-sender-9');
  await page.click('#whatif-add');
  const joined = page.locator('#whatif-members tr[data-member="consumer-sender-9"]');
  await joined.waitFor();
  assert.match(await joined.innerText(), /joined/);
  assert.match(await page.locator('#whatif-costs').innerText(), /eager/);
  // Cooperative-sticky with 9 members for 8 partitions: every owner keeps its one partition,
  // so the new member gets nothing and nothing moves.
  await page.selectOption('#whatif-assignor', 'cooperative-sticky');
  await page.waitForFunction(() => /cooperative-sticky · 0 /.test(document.querySelector('#whatif-result h2')?.textContent ?? ''));
  await shot(page, 'assignment-desktop');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the simulator runs identically in WebAssembly: every preset gives the native digest', async () => {
  const recorded = JSON.parse(await fixture('sim/digests.json'));
  const page = await shared.browser.newPage();
  await page.goto(shared.server.url);
  await page.waitForFunction(() => window.lagscopeSim);
  const inBrowser = await page.evaluate(async (specs) => {
    const digests = {};
    for (const spec of specs) digests[spec] = (await window.lagscopeSim.run({ preset: spec })).result.split(' ')[0];
    return digests;
  }, Object.keys(recorded));
  assert.deepEqual(inBrowser, recorded);
  await page.close();
});

test('the playground simulates the storm, tries the fix, and hands the dumps to the analyzer', async () => {
  const { context, page, errors } = await openApp(shared.browser, shared.server.url);
  const requests = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await page.keyboard.press('Alt+3');
  // The playground's module loads on first use, then runs the default preset (the seed-002 storm).
  await page.locator('#pg-results').waitFor();
  assert.ok(requests.some((path) => path.endsWith('playground_bg.wasm')), requests.join(' '));
  // Twelve members leave after each of the two generations (the start and the restart).
  assert.match(await page.innerText('#pg-leaves'), /poll_timeout 24/);
  assert.equal(await page.inputValue('#lever-commit-mode'), 'sync_per_batch');
  assert.ok((await painted(page.locator('canvas.pg-chart'))).count > 1000, 'the chart draws');
  await shot(page, 'playground-storm-desktop');
  // What the engineers tried first: max.poll.interval.ms 600,000. They still leave, 600 s later.
  await page.fill('#lever-max-poll-interval-ms', '600000');
  await page.locator('#lever-max-poll-interval-ms').dispatchEvent('change');
  await page.click('#pg-run');
  await page.waitForFunction(() => /max\.poll\.interval\.ms is 600000/.test(document.querySelector('#pg-results')?.textContent ?? ''));
  assert.match(await page.innerText('#pg-leaves'), /poll_timeout 24/);
  // The real fix: a timeout on the call. Only the restart's graceful stops leave.
  await page.selectOption('#pg-preset', 'poll-timeout-storm-call-timeout');
  await page.click('#pg-run');
  await page.waitForFunction(() => document.querySelector('#pg-leaves')?.textContent === 'shutdown 12');
  assert.equal(await page.innerText('#pg-commit-failures'), '0');
  // A broken scenario names the field.
  await page.selectOption('#pg-preset', 'rolling-deploy');
  await page.click('details summary >> nth=-1');
  const scenario = await page.inputValue('#pg-scenario');
  await page.fill('#pg-scenario', scenario.replace('"partitions": 24', '"partitions": 0'));
  await page.click('#pg-run');
  assert.match(await page.locator('#pg-error').innerText(), /topics\[0\]\.partitions: between 1 and 100,000/);
  // The storm's dumps, analysed: the analyzer names the cause.
  await page.selectOption('#pg-preset', 'poll-timeout-storm');
  await page.click('#pg-run');
  await page.locator('#pg-results').waitFor();
  await page.click('#pg-analyze');
  await page.locator('#findings .finding[data-rule="poll-timeout-storm"]').first().waitFor();
  await page.keyboard.press('Alt+3');
  await page.locator('#pg-results').waitFor();
  // Start from the group Analyze now holds (the storm's dumps): its topics, hosts and offsets.
  await page.click('#pg-from-dump');
  await page.locator('#pg-assumptions').waitFor();
  assert.match(await page.inputValue('#pg-scenario'), /"initial"/);
  await page.click('#pg-run');
  await page.locator('#pg-results').waitFor();
  assert.match(await page.innerText('#pg-results table'), /\/10\.1\.4\.21/);
  await page.setViewportSize(PHONE);
  await shot(page, 'playground-phone');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `horizontal overflow ${overflow}px`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the interface switches to Korean and dark, and remembers both', async () => {
  const { context, page } = await openApp(shared.browser, shared.server.url);
  await page.click('#lang-toggle');
  await page.waitForSelector('html[lang="ko"]');
  assert.match(await page.locator('#load-sample').innerText(), /예제/);
  await page.click('#theme-toggle');
  const theme = await page.getAttribute('html', 'data-theme');
  await page.reload();
  await page.waitForSelector('html[lang="ko"]');
  assert.equal(await page.getAttribute('html', 'data-theme'), theme);
  await shot(page, 'korean-desktop');
  await context.close();
});

test('phone width: every view fits 360 px without horizontal scrolling', async () => {
  const { context, page } = await openApp(shared.browser, shared.server.url, { viewport: PHONE });
  for (const [tab, name] of [['#tab-analyze', 'analyze'], ['#tab-assignment', 'assignment'], ['#tab-playground', 'playground']]) {
    await page.click(tab);
    if (name === 'playground') await page.locator('#pg-results').waitFor();
    await page.waitForTimeout(150);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `${name} overflows by ${overflow}px`);
    await shot(page, `${name}-phone`);
  }
  await context.close();
  // And the views not shot elsewhere, at desktop width.
  const desktop = await openApp(shared.browser, shared.server.url);
  await desktop.page.click('#tab-playground');
  await desktop.page.locator('#pg-results').waitFor();
  await shot(desktop.page, 'playground-desktop');
  await desktop.context.close();
});

// Speed is measured and reported here (target/e2e/budgets.txt), never asserted: timed tests flake.
// The transfer size is deterministic, so it is checked.
// The analysis worker's files are fetched once the page is painted (for the first paste), not
// waited for: they are not part of the first load.
const isFirstLoad = (response) => !/\/(worker\.js|reader\.js|reader_bg\.wasm)$/.test(new URL(response.url()).pathname);

test('budgets: first load transfers ≤ 400,000 bytes with brotli and with gzip in English and in Korean; load and 1,000-row paste times are measured', async () => {
  // The page's own first load, up to the sample incident's findings on screen: what a visitor
  // waits for. The analysis worker's module (fetched right after the first paint, for the first
  // paste) and the service worker's precaching of the whole build come after, in the background.
  const context = await shared.browser.newContext({ viewport: { width: 1440, height: 1000 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  // Bodies are kept and compressed after the timing, so the measurement does not include it.
  const responses = [];
  page.on('response', (response) => responses.push(response));
  const started = Date.now();
  await page.goto(shared.server.url);
  await page.waitForSelector('#findings .finding');
  const interactiveMs = Date.now() - started;
  const firstLoad = responses.splice(0).filter(isFirstLoad);
  // The analysis worker loads its module and warms up after the first paint, in the background.
  await page.waitForSelector('html[data-analyser="ready"]', { state: 'attached' });
  const analyserReadyMs = Date.now() - started;
  let transferred = 0;
  let gzipped = 0;
  for (const response of firstLoad) {
    try {
      const body = await response.body();
      transferred += zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
      gzipped += zlib.gzipSync(body, { level: 9 }).length;
    } catch {
      // redirects and the like carry no body
    }
  }
  // 1,000 rows of one group, pasted three times (a new group name each time, so each is a new
  // analysis): time from the input event to the group's findings and tables being drawn, each
  // paste on an idle page (the previous paste's charts, drawn on the frames after its tables, are
  // not counted in the next one's time).
  const pasteRuns = [];
  for (let run = 0; run < 3; run += 1) {
    const group = `big-${run}`;
    const rows = ['GROUP TOPIC PARTITION CURRENT-OFFSET LOG-END-OFFSET LAG CONSUMER-ID HOST CLIENT-ID'];
    for (let p = 0; p < 1000; p += 1) {
      const lag = p % 97 === 0 ? 50000 : 10 + (p % 13);
      rows.push(`${group} orders ${p} 1000 ${1000 + lag} ${lag} consumer-${p % 20} /10.0.0.${p % 5} client-${p % 20}`);
    }
    await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 3000 })));
    pasteRuns.push(await page.evaluate(async ([text, group]) => {
      const area = document.querySelector('#dump-input');
      const startedAt = performance.now();
      area.value = text;
      area.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((resolve) => {
        const check = () => (document.querySelector(`article.group[data-group="${group}"]`) ? resolve() : requestAnimationFrame(check));
        check();
      });
      return performance.now() - startedAt;
    }, [rows.join('\n'), group]));
  }
  const pasteMs = [...pasteRuns].sort((a, b) => a - b)[1];
  await context.close();
  // A Korean visitor's first load: the page's Korean catalogue instead of the English one.
  const korean = await shared.browser.newContext({ locale: 'ko-KR', viewport: { width: 1440, height: 1000 }, serviceWorkers: 'block' });
  const koreanPage = await korean.newPage();
  const koreanResponses = [];
  koreanPage.on('response', (response) => koreanResponses.push(response));
  await koreanPage.goto(shared.server.url);
  await koreanPage.waitForSelector('html[lang="ko"] #findings .finding');
  const koreanFirstLoad = koreanResponses.splice(0).filter(isFirstLoad);
  let koreanTransferred = 0;
  let koreanGzipped = 0;
  for (const response of koreanFirstLoad) {
    try {
      const body = await response.body();
      koreanTransferred += zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
      koreanGzipped += zlib.gzipSync(body, { level: 9 }).length;
    } catch {
      // redirects and the like carry no body
    }
  }
  await korean.close();
  const budget = `first load ${transferred} bytes brotli (${gzipped} gzip) in English, ${koreanTransferred} bytes brotli (${koreanGzipped} gzip) in Korean, interactive in ${interactiveMs} ms, analysis worker ready in ${analyserReadyMs} ms, 1,000 rows to findings in ${pasteMs.toFixed(1)} ms (median of ${pasteRuns.map((ms) => ms.toFixed(1)).join(', ')})`;
  console.log(`# budgets: ${budget}`);
  await fs.writeFile(path.join(artifacts, 'budgets.txt'), `${budget}\n`);
  // The budget is 400,000 bytes (not 400 KiB) with brotli, as static hosts serve it.
  assert.ok(transferred <= 400_000, budget);
  assert.ok(koreanTransferred <= 400_000, budget);
  // Many static hosts serve gzip only: the same budget holds for it.
  assert.ok(gzipped <= 400_000, budget);
  assert.ok(koreanGzipped <= 400_000, budget);
});

test('a long simulation never freezes the Playground: it runs in slices with a progress bar, and cancels', async () => {
  const { context, page, errors } = await openApp(shared.browser, shared.server.url);
  await page.keyboard.press('Alt+3');
  await page.locator('#pg-results').waitFor();
  // Four hours of 5,000 partitions read by one thread: seconds of simulation even natively (it
  // failed before: the run took the page's thread until it was done).
  const scenario = JSON.stringify({
    duration_s: 14400,
    topics: [{ name: 't', partitions: 5000 }],
    produce: [{ records_per_s: 5000 }],
    hosts: [{ name: 'A' }],
  });
  await page.click('details summary >> nth=-1');
  await page.fill('#pg-scenario', scenario);
  // Frames keep coming and the progress bar moves while it runs; then the cancel button stops it.
  const seen = await page.evaluate(async () => {
    let frames = 0;
    let running = true;
    const count = () => {
      frames += 1;
      if (running) requestAnimationFrame(count);
    };
    requestAnimationFrame(count);
    document.querySelector('#pg-run').click();
    const values = new Set();
    let cancelled = false;
    for (let tick = 0; tick < 200 && !cancelled; tick += 1) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      const bar = document.querySelector('#pg-progress');
      if (bar) values.add(bar.value);
      if (values.size >= 3 && frames >= 10) {
        document.querySelector('#pg-cancel').click();
        cancelled = true;
      }
    }
    running = false;
    return { frames, values: [...values], cancelled };
  });
  assert.ok(seen.frames >= 10, `the page kept drawing frames while simulating: ${JSON.stringify(seen)}`);
  assert.ok(seen.values.length >= 3, `the progress bar moved: ${JSON.stringify(seen)}`);
  assert.ok(seen.cancelled, `the run was still going when cancelled: ${JSON.stringify(seen)}`);
  await page.locator('#pg-cancelled').waitFor();
  assert.equal(await page.locator('#pg-progress').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a large paste is analysed in the web worker: a progress bar, frames keep coming, and the result arrives', async () => {
  const { context, page, errors, requested } = await openApp(shared.browser, shared.server.url);
  await page.locator('#findings').waitFor();
  const result = await page.evaluate(async () => {
    const rows = ['GROUP TOPIC PARTITION CURRENT-OFFSET LOG-END-OFFSET LAG CONSUMER-ID HOST CLIENT-ID'];
    for (let p = 0; p < 60000; p += 1) rows.push(`huge events ${p} 100 ${100 + (p % 50)} ${p % 50} consumer-${p % 40}-x /10.1.0.${p % 8} c-${p % 40}`);
    const area = document.querySelector('#dump-input');
    area.value = rows.join('\n');
    let frames = 0;
    let sawProgress = false;
    const count = () => {
      frames += 1;
      if (document.querySelector('#analysis-progress progress')) sawProgress = true;
      if (!document.querySelector('article.group[data-group="huge"]')) requestAnimationFrame(count);
    };
    area.dispatchEvent(new Event('input', { bubbles: true }));
    requestAnimationFrame(count);
    await new Promise((resolve) => {
      const check = () => (document.querySelector('article.group[data-group="huge"]') ? resolve() : setTimeout(check, 20));
      check();
    });
    return { frames, sawProgress };
  });
  assert.ok(result.sawProgress, 'the progress bar showed');
  const workers = page.workers().map((worker) => worker.url());
  assert.ok(workers.some((url) => url.endsWith('/worker.js')), `the analysis worker runs: ${workers.join(', ')}`);
  // With its own module, built for speed: the page's module has no reader of its own.
  assert.ok(requested.some((url) => url.endsWith('/reader_bg.wasm')), `the worker read with reader_bg.wasm: ${requested.join(', ')}`);
  assert.ok(result.frames >= 5, `the page kept drawing frames while reading: ${result.frames}`);
  const card = await groupCard(page, 'huge');
  assert.equal(await card.locator('.partition-count').innerText(), '60000');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a long table draws its first 50 rows and a button that draws the rest, in English and in Korean', async () => {
  const rows = ['GROUP TOPIC PARTITION CURRENT-OFFSET LOG-END-OFFSET LAG CONSUMER-ID HOST CLIENT-ID'];
  for (let p = 0; p < 120; p += 1) rows.push(`long orders ${p} 1000 ${1010 + p} ${10 + p} consumer-${p % 7} /10.0.0.${p % 5} client-${p % 7}`);
  for (const [locale, label, note] of [['en-US', 'Show 70 more', 'Showing the first 50 of 120 rows.'], ['ko-KR', '70행 더 보기', '전체 120행 중 처음 50행만 표시합니다.']]) {
    const { context, page, errors } = await openApp(shared.browser, shared.server.url, { locale });
    await page.fill('#dump-input', rows.join('\n'));
    const table = page.locator('article.group[data-group="long"]');
    await table.waitFor();
    assert.equal(await table.locator('tbody tr').count(), 50);
    const more = table.locator('button.show-more');
    assert.equal(await more.innerText(), label);
    assert.ok((await more.locator('xpath=..').innerText()).startsWith(note));
    // A button: the keyboard reaches it and Enter presses it.
    await more.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelectorAll('article.group[data-group="long"] tbody tr').length === 120);
    assert.equal(await table.locator('button.show-more').count(), 0);
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('an analysis worker that cannot load says so, keeps the previous results, and a fresh one takes the next paste', async () => {
  // The worker's module cannot be fetched (no service worker serves it from a cache either); the
  // first paint (the sample, analysed at build time) needs no worker.
  const context = await shared.browser.newContext({ serviceWorkers: 'block' });
  await context.route('**/reader_bg.wasm', (route) => route.abort());
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  await page.goto(shared.server.url);
  await page.locator('#findings .finding').first().waitFor();
  const before = await page.locator('#findings .finding').count();
  const dump = (group) => `GROUP TOPIC PARTITION CURRENT-OFFSET LOG-END-OFFSET LAG CONSUMER-ID HOST CLIENT-ID\n${group} t 0 1 5 4 c-1 /h1 c\n`;
  await page.fill('#dump-input', dump('broken'));
  const failed = page.locator('#analysis-failed');
  await failed.waitFor();
  assert.match(await failed.innerText(), /could not run/);
  assert.equal(await page.locator('#findings .finding').count(), before, 'the previous results stay');
  // The module can be fetched again: the next paste gets its answer from a new worker.
  await context.unroute('**/reader_bg.wasm');
  await page.fill('#dump-input', dump('recovered'));
  await page.locator('article.group[data-group="recovered"]').waitFor();
  assert.equal(await failed.count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a large paste can be cancelled, and analysed again on demand', async () => {
  const { context, page } = await openApp(shared.browser, shared.server.url);
  await page.locator('#findings').waitFor();
  await page.evaluate(() => {
    const rows = ['GROUP TOPIC PARTITION CURRENT-OFFSET LOG-END-OFFSET LAG CONSUMER-ID HOST CLIENT-ID'];
    for (let p = 0; p < 120000; p += 1) rows.push(`huge events ${p} 100 150 50 consumer-${p % 40}-x /10.1.0.${p % 8} c-${p % 40}`);
    const area = document.querySelector('#dump-input');
    area.value = rows.join('\n');
    area.dispatchEvent(new Event('input', { bubbles: true }));
    // Cancelled as soon as its progress shows, while the worker reads (a warm worker reads these
    // 120,000 rows in well under a second).
    return new Promise((resolve) => {
      const cancel = () => {
        const button = document.querySelector('#cancel-analysis');
        if (button) {
          button.click();
          resolve();
        } else requestAnimationFrame(cancel);
      };
      cancel();
    });
  });
  await page.locator('#analysis-cancelled').waitFor();
  assert.equal(await page.locator('article.group[data-group="huge"]').count(), 0);
  await page.click('#reanalyse');
  await groupCard(page, 'huge');
  await context.close();
});

test('after one visit the app opens offline: every view, the Playground and a lesson; a new build replaces the old cache', async () => {
  // A copy of the build, served from a folder this test can change (a "second build").
  const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'lagscope-offline-'));
  await fs.cp(dist, folder, { recursive: true });
  const server = await serveDist(folder);
  const context = await shared.browser.newContext({ viewport: { width: 1440, height: 1000 } });
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(server.url);
    await page.waitForSelector('#findings');
    // One visit: the worker installs (caching every file of the build) and takes the page.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve));
      }
    });
    await context.setOffline(true);
    await page.reload();
    await page.waitForSelector('#findings .finding');
    // Every view, offline: the Assignment view and the Playground (their module), a run, and a lesson.
    await page.keyboard.press('Alt+2');
    await page.waitForSelector('#whatif-result');
    await page.keyboard.press('Alt+3');
    await page.locator('#playground-host #pg-results').waitFor();
    await page.click('#pg-run');
    await page.locator('#playground-host #pg-results').waitFor();
    await page.goto(`${server.url}#learn/rebalancing`);
    await page.locator('#lesson-rebalancing #replay').waitFor({ timeout: 30_000 });
    await page.locator('#learn-host #lever-assignor').selectOption('cooperative-sticky');
    await page.locator('#lesson-running').waitFor({ state: 'detached' });
    await page.click('#lesson-check');
    assert.equal(await page.getAttribute('#lesson-verdict', 'data-passed'), 'true');
    // A file the build does not have is a network error, not the page in its place.
    const missing = await page.evaluate(async () => {
      try {
        const response = await fetch('no-such-module.js');
        return `${response.status} ${response.headers.get('content-type')}`;
      } catch (error) {
        return 'network error';
      }
    });
    assert.equal(missing, 'network error');
    await context.setOffline(false);
    // A second build: a changed file and a new version. The next visit installs it and drops the old
    // cache; offline again, the page runs the new file.
    await fs.appendFile(path.join(folder, 'app.js'), '\nwindow.lagscopeBuild = 2;\n');
    const worker = await fs.readFile(path.join(folder, 'sw.js'), 'utf8');
    await fs.writeFile(path.join(folder, 'sw.js'), worker.replace(/const VERSION = '([0-9a-f]+)'/, "const VERSION = '$1-2'"));
    await page.goto(server.url);
    await page.click('#tab-analyze');
    await page.waitForSelector('#findings');
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration.update();
      const next = registration.installing ?? registration.waiting;
      if (next) await new Promise((resolve) => next.addEventListener('statechange', () => next.state === 'activated' && resolve()));
    });
    const caches = await page.evaluate(async () => (await window.caches.keys()).filter((name) => name.startsWith('lagscope-')));
    assert.equal(caches.length, 1, caches.join(' '));
    assert.match(caches[0], /-2$/);
    await context.setOffline(true);
    await page.reload();
    await page.waitForSelector('#findings .finding');
    assert.equal(await page.evaluate(() => window.lagscopeBuild), 2);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    await server.close();
    await fs.rm(folder, { recursive: true, force: true });
  }
});
