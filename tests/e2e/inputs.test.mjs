// Every kind of input reaches the results: a series without a snapshot (lag CSV, Grafana,
// Prometheus, CloudWatch, timed dumps), the seed's host × hour table, and the members views of each
// tool. For each fixture the page shows what `lagscope analyze --json` finds on the same file: the
// same findings in the same order, a card per group with the CLI's total lag and verdict, members
// with their partitions, and charts that drew (painted pixels).
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs/promises';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { openApp } from './browser.mjs';
import { painted, sharedBrowser, shot } from './pages.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
const cli = process.env.LAGSCOPE_CLI ?? path.join(root, 'target', 'debug', 'lagscope');
const fixturePath = (name) => path.join(root, 'tests', 'fixtures', name);
const PHONE = { width: 360, height: 780 };

const shared = sharedBrowser();

before(() => {
  assert.ok(existsSync(cli), `the CLI is built at ${cli} (cargo xtask test builds it before the browser tests)`);
});

// What the CLI says of a file: its findings, overview and zone.
function analyzeWithCli(name) {
  const out = execFileSync(cli, ['analyze', fixturePath(name), '--json'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  return JSON.parse(out);
}



// Pastes a fixture and waits until the page lists as many findings as the CLI found.
async function pasteFixture(page, name, expected) {
  // Emptied first, so the results below are this paste's, never the previous one's.
  await page.fill('#dump-input', '');
  await page.locator('.results > .empty').waitFor();
  await page.fill('#dump-input', await fs.readFile(fixturePath(name), 'utf8'));
  await page.waitForFunction(
    (count) => document.querySelector('#findings h2')?.textContent.includes(`(${count})`),
    expected.findings.length,
  );
  // Charts draw on the next frame.
  await page.waitForTimeout(150);
}

const SERIES = [
  'series/burrow-rewind.txt',
  'series/burrow-stall.txt',
  'series/burrow-stop.txt',
  'series/grafana-lag-wide.csv',
  'series/lag-poll-export.csv',
  'series/msk-cloudwatch.csv',
  'series/prometheus-query-range.json',
  'series/seed-000-host-hours.md',
  'series/seed-002-leavegroup-storm.txt',
  'series/slow-host-timed.txt',
];

test('every series fixture: the same findings as the CLI, a card per group with its numbers, and charts that drew', async () => {
  // Every file in the folder is here: a new fixture cannot be forgotten.
  const inFolder = (await fs.readdir(fixturePath('series'))).map((file) => `series/${file}`).sort();
  assert.deepEqual(inFolder, [...SERIES].sort());
  const { context, page, errors } = await openApp(shared.browser, shared.server.url);
  for (const name of SERIES) {
    const expected = analyzeWithCli(name);
    await pasteFixture(page, name, expected);
    const rules = await page.locator('#findings .finding').evaluateAll((items) => items.map((item) => item.dataset.rule));
    assert.deepEqual(rules, expected.findings.map((finding) => finding.rule), `${name}: findings`);
    const titles = await page.locator('#findings .finding-title').allInnerTexts();
    assert.deepEqual(titles, expected.findings.map((finding) => finding.title), `${name}: titles`);
    assert.equal(await page.locator('article.overview').count(), expected.overview.length, `${name}: cards`);
    for (const group of expected.overview) {
      const card = page.locator(`article.overview[data-group="${group.group}"]`);
      assert.equal(await card.locator('.total-lag').getAttribute('data-value'), String(group.total_lag ?? ''), `${name}: ${group.group} total lag`);
      const status = group.verdict.status.replace(/-(.)/g, (_, c) => c.toUpperCase());
      assert.equal((await card.locator('.verdict').getAttribute('data-status')).toLowerCase(), status.toLowerCase(), `${name}: verdict`);
      const block = page.locator('.group-block', { has: card });
      for (const kind of ['lag-over-time', 'heatmap']) {
        const { count } = await painted(block.locator(`canvas.chart-canvas.${kind}`));
        assert.ok(count > 1000, `${name}: ${kind} drew ${count} pixels`);
      }
      // The time axis names its zone.
      assert.match(await block.locator('.lag-over-time .axis-note').innerText(), new RegExp(expected.zone.name || 'table'));
    }
    await shot(page, `input-${path.basename(name).replace(/\.\w+$/, '')}`);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('a large lag CSV is read in the worker and analysed as the CLI analyses it', async () => {
  // 40 partitions sampled every 15 s for 5 hours: about 2 MB, over the size read off the page.
  const rows = ['time,group,topic,partition,current_offset,log_end_offset,lag'];
  for (let step = 0; step < 1200; step += 1) {
    const time = new Date(Date.UTC(2026, 2, 17, 10, 0, step * 15)).toISOString();
    for (let partition = 0; partition < 40; partition += 1) {
      const logEnd = 1_000_000 + step * (700 + partition);
      const current = 900_000 + step * (partition < 4 ? 500 : 720 + partition);
      rows.push(`${time},billing,invoices,${partition},${current},${logEnd},${Math.max(logEnd - current, 0)}`);
    }
  }
  const text = `${rows.join('\n')}\n`;
  const file = path.join(os.tmpdir(), `lagscope-large-${process.pid}.csv`);
  await fs.writeFile(file, text);
  const expected = JSON.parse(execFileSync(cli, ['analyze', file, '--json'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 1 << 28 }));
  // Every request from the start: the worker fetches its module once the page is painted,
  // possibly before this test would have begun to listen.
  const { context, page, errors, requested } = await openApp(shared.browser, shared.server.url);
  await page.evaluate((csv) => {
    const area = document.querySelector('#dump-input');
    area.value = csv;
    area.dispatchEvent(new Event('input', { bubbles: true }));
  }, text);
  await page.waitForFunction(
    (count) => document.querySelector('#findings h2')?.textContent.includes(`(${count})`) && document.querySelector('article.overview[data-group="billing"]'),
    expected.findings.length,
    { timeout: 60_000 },
  );
  assert.ok(requested.some((url) => url.endsWith('/reader_bg.wasm')), 'the worker read the CSV');
  const rules = await page.locator('#findings .finding').evaluateAll((items) => items.map((item) => item.dataset.rule));
  assert.deepEqual(rules, expected.findings.map((finding) => finding.rule));
  const card = page.locator('article.overview[data-group="billing"]');
  assert.equal(await card.locator('.total-lag').getAttribute('data-value'), String(expected.overview[0].total_lag));
  assert.deepEqual(errors, []);
  await context.close();
  await fs.rm(file);
});

test("the seed's host × hour table: the slow A server first, with its numbers, and a chart in which it stands out", async () => {
  for (const [lang, theme, viewport, suffix] of [
    ['en-US', 'light', undefined, 'desktop'],
    ['ko-KR', 'dark', PHONE, 'phone-ko-dark'],
  ]) {
    const { context, page, errors } = await openApp(shared.browser, shared.server.url, { locale: lang, ...(viewport ? { viewport } : {}) });
    if (lang === 'ko-KR' && (await page.locator('html').getAttribute('lang')) !== 'ko') await page.click('#lang-toggle');
    if (theme === 'dark' && (await page.locator('html').getAttribute('data-theme')) !== 'dark') await page.click('#theme-toggle');
    const expected = analyzeWithCli('series/seed-000-host-hours.md');
    await pasteFixture(page, 'series/seed-000-host-hours.md', expected);
    const first = page.locator('#findings .finding').first();
    assert.equal(await first.getAttribute('data-rule'), 'slow-host');
    assert.match(await first.locator('.finding-title').innerText(), /A서버/);
    // Evidence in a person's units: per hour with separators.
    assert.match(await first.locator('dd[data-key="peak_per_hour"]').innerText(), /^36,000\/(h|시간)$/);
    const table = page.locator('article.host-table');
    assert.equal(await table.getAttribute('data-hosts'), '4');
    assert.equal(await table.locator('#host-throughput tbody tr').count(), 4);
    const canvas = table.locator('canvas.chart-canvas.host-counts');
    assert.ok((await painted(canvas)).count > 1000, 'the host chart drew');
    assert.equal(await table.locator('.legend li').count(), 4);
    // The x axis is the table's own clock: 18:00 on 2022-03-17 is read as printed.
    assert.match(await table.locator('.axis-note').innerText(), /table|표/);
    if (viewport) {
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `overflows by ${overflow}px`);
    }
    await shot(page, `host-table-${suffix}`);
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('the poll-timeout storm: the overview says nobody is left to consume and why, with no drain time', async () => {
  const { context, page, errors } = await openApp(shared.browser, shared.server.url);
  await page.click('#load-sample-storm');
  const card = page.locator('article.overview[data-group="gojs_group"]');
  await card.waitFor();
  const verdict = await card.locator('.verdict').innerText();
  assert.doesNotMatch(verdict, /^OK$/);
  assert.match(verdict, /NO MEMBERS|KEEP LEAVING/);
  assert.match(await card.locator('.verdict-reason').innerText(), /Burrow says OK because it reads only the commits/);
  assert.match(await card.locator('.drain').innerText(), /never/);
  assert.doesNotMatch(await card.locator('.drain').innerText(), /\d/);
  // Times in the evidence are the incident's wall clock in its zone, not epoch milliseconds.
  const storm = page.locator('#findings .finding[data-rule="poll-timeout-storm"]', { has: page.locator('dd[data-key="joined_after_ms"]') });
  assert.match(await storm.locator('dd[data-key="joined_after_ms"]').innerText(), /^2026-03-14 \d\d:\d\d KST$/);
  assert.match(await storm.locator('dd[data-key="max_poll_interval_ms"]').innerText(), /^5 min$/);
  // Eleven timed dumps: every time chart drew, the members chart on whole numbers.
  for (const kind of ['lag-over-time', 'members-over-time', 'consumed-per-host', 'heatmap']) {
    assert.ok((await painted(page.locator(`canvas.chart-canvas.${kind}`))).count > 500, kind);
  }
  // The newest dump has no member: the assignment picture says so instead of drawing orphans.
  assert.match(await page.locator('figure.assignment .chart-empty').innerText(), /No member owns a partition/);
  assert.match(await page.locator('.lag-over-time .axis-note').innerText(), /KST \(UTC\+09:00\)/);
  await shot(page, 'storm-overview-desktop');
  assert.deepEqual(errors, []);
  await context.close();
});

// The members views of every tool that prints them: the Per member table lists each member with its
// partitions where the view gives them, and the assignment picture draws them.
const MEMBER_VIEWS = [
  'dumps/kafka/kafka-2.2-members-verbose.txt',
  'dumps/kafka/kafka-2.4-members-verbose.txt',
  'dumps/kafka/kafka-3.8-members-verbose.txt',
  'dumps/kafka/kafka-4.x-members-verbose.txt',
  'dumps/kafka/kafka-4.2-share-members.txt',
  'dumps/kafka/kafka-4.1-streams-members.txt',
  'dumps/other/rpk-23.2-describe.txt',
  'dumps/other/kafkactl-describe.txt',
  'dumps/other/confluent-lag-describe.txt',
];

test('members from every view fill the Per member table and the assignment picture', async () => {
  const { context, page, errors } = await openApp(shared.browser, shared.server.url);
  for (const name of MEMBER_VIEWS) {
    const expected = analyzeWithCli(name);
    await pasteFixture(page, name, expected);
    const withMembers = expected.overview.filter((group) => group.members.some((member) => member.name));
    assert.ok(withMembers.length > 0, `${name}: the CLI finds members`);
    for (const group of withMembers) {
      const table = page.locator(`[id="members-${group.group}"]`);
      const rows = table.locator('tbody tr');
      assert.equal(await rows.count(), Math.min(group.members.length, 50), `${name}: ${group.group} members`);
      for (const member of group.members.filter((m) => m.name).slice(0, 20)) {
        const row = rows.filter({ hasText: member.name }).first();
        const cells = await row.locator('td').allInnerTexts();
        const assignment = cells.at(-1);
        if (member.partitions === null) assert.match(assignment, /unknown/, `${name}: ${member.name}`);
        else {
          // More than eight partitions are cut to six and a count (the partitions table lists them all).
          const listed = member.partitions.length > 8
            ? `${member.partitions.slice(0, 6).join(', ')}, … (+${member.partitions.length - 6})`
            : member.partitions.join(', ');
          assert.equal(assignment, member.partitions.length ? listed : 'none', `${name}: ${member.name}`);
        }
        if (member.n_partitions !== null) assert.equal(cells[2], String(member.n_partitions), `${name}: ${member.name} count`);
      }
      const block = page.locator('.group-block', { has: page.locator(`article.overview[data-group="${group.group}"]`) });
      assert.ok((await painted(block.locator('canvas.chart-canvas.assignment'))).count > 500, `${name}: assignment drew`);
    }
  }
  await shot(page, 'members-views-desktop');
  assert.deepEqual(errors, []);
  await context.close();
});

test('wide tables scroll inside their panel with the first column in view; a document too large to keep says so', async () => {
  const { context, page, errors } = await openApp(shared.browser, shared.server.url);
  const expected = analyzeWithCli('dumps/kafka/kafka-4.x-members-verbose.txt');
  await pasteFixture(page, 'dumps/kafka/kafka-4.x-members-verbose.txt', expected);
  const scroll = page.locator('.overview .table-scroll').nth(1);
  const fits = await scroll.evaluate((element) => element.getBoundingClientRect().right <= element.closest('.panel').getBoundingClientRect().right + 0.5);
  assert.ok(fits, 'the members table stays inside its panel');
  await scroll.evaluate((element) => { element.scrollLeft = element.scrollWidth; });
  const firstCell = scroll.locator('tbody tr td').first();
  const stays = await firstCell.evaluate((cell) => cell.getBoundingClientRect().left >= cell.closest('.table-scroll').getBoundingClientRect().left - 0.5);
  assert.ok(stays, 'the first column stays in view when scrolled');
  assert.equal(await page.locator('.not-remembered').count(), 0);
  // About 2.6 MB: more than the page keeps across a reload (2 MiB).
  await page.evaluate(() => {
    const rows = ['GROUP TOPIC PARTITION CURRENT-OFFSET LOG-END-OFFSET LAG CONSUMER-ID HOST CLIENT-ID'];
    for (let p = 0; p < 45000; p += 1) rows.push(`huge events ${p} 100 ${100 + (p % 50)} ${p % 50} consumer-${p % 40}-x /10.1.0.${p % 8} c-${p % 40}`);
    const area = document.querySelector('#dump-input');
    area.value = rows.join('\n');
    area.dispatchEvent(new Event('input', { bubbles: true }));
  });
  const notice = page.locator('.not-remembered');
  await notice.waitFor({ timeout: 60_000 });
  assert.match(await notice.innerText(), /Not kept after a reload: 2\.[5-9] MB — the limit is 2 MiB\. Download it as JSON to keep it\./);
  assert.deepEqual(errors, []);
  await context.close();
});

// Pastes as people really make them (issue 14's corpus): a web UI's copied table, JSON inside an
// e-mail, a host table with Korean units, rows a console wrapped. The page reads each as the CLI does.
const WILD = [
  'dumps/wild/ui-kafka-ui-group.txt',
  'dumps/wild/ui-redpanda-console-group.txt',
  'dumps/wild/burrow-v3-status-in-email.txt',
  'dumps/wild/hosts-hours-korean-man.txt',
  'dumps/wild/k34-narrow-console-wrapped-empty.txt',
];

test('messy pastes: copied UI tables, JSON in prose, host tables and wrapped rows read as the CLI reads them', async () => {
  const { context, page, errors } = await openApp(shared.browser, shared.server.url);
  for (const name of WILD) {
    const expected = analyzeWithCli(name);
    await pasteFixture(page, name, expected);
    const rules = await page.locator('#findings .finding').evaluateAll((items) => items.map((item) => item.dataset.rule));
    assert.deepEqual(rules, expected.findings.map((finding) => finding.rule), `${name}: findings`);
    assert.equal(await page.locator('article.overview').count(), expected.overview.length, `${name}: cards`);
    for (const group of expected.overview) {
      const card = page.locator(`article.overview[data-group="${group.group}"]`);
      assert.equal(await card.locator('.total-lag').getAttribute('data-value'), String(group.total_lag ?? ''), `${name}: ${group.group}`);
    }
    await shot(page, `wild-${path.basename(name).replace(/\.\w+$/, '')}`);
  }
  // The kafka-ui page: its group, partitions and the page's own state.
  await pasteFixture(page, 'dumps/wild/ui-kafka-ui-group.txt', analyzeWithCli('dumps/wild/ui-kafka-ui-group.txt'));
  const card = page.locator('article.overview[data-group="orders-consumer"]');
  assert.equal(await card.locator('.total-lag').getAttribute('data-value'), '1346');
  assert.equal(await card.locator('.group-state').innerText(), 'Stable');
  assert.match(await page.locator('#detected-source').innerText(), /kafka-ui/);
  assert.deepEqual(errors, []);
  await context.close();
});

// What the CLI says of several files read together.
function analyzeFilesWithCli(files) {
  return JSON.parse(execFileSync(cli, ['analyze', ...files, '--json'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 1 << 28 }));
}

test('logs: the group timeline from a pasted log, and beside the lag the lag chart marks rebalances and leaves; the same findings as the CLI, in English and Korean, at 360 px', async () => {
  const pasted = 'logs/seed-002-poll-timeout-storm.log';
  const expected = analyzeWithCli(pasted);
  assert.ok(expected.findings.some((finding) => finding.rule === 'poll-timeout-storm'), 'the CLI finds the storm');
  // The simulated storm's dumps and logs, as two files.
  const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'lagscope-logs-'));
  const dumps = path.join(folder, 'storm-dumps.txt');
  const logs = path.join(folder, 'notifier.log');
  await fs.writeFile(dumps, execFileSync(cli, ['simulate', 'poll-timeout-storm', '--dump'], { maxBuffer: 1 << 28 }));
  await fs.writeFile(logs, execFileSync(cli, ['simulate', 'poll-timeout-storm', '--logs'], { maxBuffer: 1 << 28 }));
  const together = analyzeFilesWithCli([dumps, logs]);
  for (const [locale, title, viewport, suffix] of [
    ['en-US', 'Group timeline from the logs', undefined, 'en'],
    ['ko-KR', '로그로 본 그룹 타임라인', PHONE, 'ko-phone'],
  ]) {
    const { context, page, errors } = await openApp(shared.browser, shared.server.url, { locale, ...(viewport ? { viewport } : {}) });
    await pasteFixture(page, pasted, expected);
    const rules = await page.locator('#findings .finding').evaluateAll((items) => items.map((item) => item.dataset.rule));
    assert.deepEqual(rules, expected.findings.map((finding) => finding.rule), `${locale}: the log's findings`);
    const panel = page.locator('#log-timeline');
    assert.equal(await panel.locator('h2').innerText(), title);
    const group = panel.locator('figure.log-group').first();
    // A lane per consumer thread, the coordinator's lane, leaves and failures marked.
    assert.ok(await group.locator('g.lane').count() >= 4, 'lanes');
    assert.ok(await group.locator('g.log-mark[data-kind="leave"]').count() >= 4, 'leaves marked');
    assert.ok(await group.locator('g.log-mark[data-kind="failure"]').count() >= 1, 'poll timeouts marked');
    assert.ok(await group.locator('g.generation').count() >= 2, 'generations as bands');
    const tooltip = await group.locator('g.log-mark[data-kind="leave"] title').first().textContent();
    assert.match(tooltip, locale === 'en-US' ? /Left the group/ : /그룹 탈퇴/);
    // The page itself never scrolls sideways; the picture scrolls inside its panel.
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'fits the width');
    await shot(page, `logs-timeline-${suffix}`);
    // A pod whose clock runs 4.2 s ahead: the finding names it, and its lane says so.
    const skewed = analyzeWithCli('logs/skewed-clock.log');
    await pasteFixture(page, 'logs/skewed-clock.log', skewed);
    const skewRules = await page.locator('#findings .finding').evaluateAll((items) => items.map((item) => item.dataset.rule));
    assert.deepEqual(skewRules, skewed.findings.map((finding) => finding.rule), `${locale}: the skewed clock's findings`);
    assert.ok(skewRules.includes('clock-skew'));
    const flagged = await page.locator('#log-timeline g.lane .lane-label').evaluateAll((labels) => labels.filter((label) => label.textContent.includes('⏱')).map((label) => label.textContent));
    assert.equal(flagged.length, 1, `one lane flagged: ${flagged}`);
    assert.match(flagged[0], /c3/);
    // The KIP-848 consumer and coordinator: the group's generations are its epochs.
    const kip848 = analyzeWithCli('logs/kip848-consumer-4.1.log');
    await pasteFixture(page, 'logs/kip848-consumer-4.1.log', kip848);
    const kipRules = await page.locator('#findings .finding').evaluateAll((items) => items.map((item) => item.dataset.rule));
    assert.deepEqual(kipRules, kip848.findings.map((finding) => finding.rule), `${locale}: the KIP-848 log's findings`);
    const kipGroup = page.locator('#log-timeline figure.log-group').first();
    assert.match(await kipGroup.locator('figcaption').first().innerText(), locale === 'en-US' ? /5 epochs, 5 rebalances/ : /에포크 5개, 리밸런싱 5회/);
    const kipMarks = await kipGroup.locator('g.log-mark title').evaluateAll((titles) => titles.map((title) => title.textContent));
    assert.ok(kipMarks.some((title) => (locale === 'en-US' ? /Reconciled its assignment at epoch 2/ : /에포크 2의 할당 반영 완료/).test(title)), `${locale}: ${kipMarks}`);
    await shot(page, `logs-kip848-${suffix}`);
    // Lag and logs together: one timeline, and the lag chart marks the rebalances and leaves.
    await page.fill('#dump-input', '');
    await page.setInputFiles('#file-picker', [dumps, logs]);
    await page.waitForFunction(
      (count) => document.querySelector('#findings h2')?.textContent.includes(`(${count})`) && document.querySelector('.log-marks-legend'),
      together.findings.length,
    );
    const togetherRules = await page.locator('#findings .finding').evaluateAll((items) => items.map((item) => item.dataset.rule));
    assert.deepEqual(togetherRules, together.findings.map((finding) => finding.rule), `${locale}: lag and logs`);
    const legend = await page.locator('.lag-over-time .log-marks-legend').first().innerText();
    assert.match(legend, locale === 'en-US' ? /rebalances? \(from the logs\)/ : /리밸런싱 \d+회/);
    await page.waitForTimeout(150);
    const { count } = await painted(page.locator('canvas.chart-canvas.lag-over-time').first());
    assert.ok(count > 1000, 'the lag chart drew');
    await shot(page, `logs-with-lag-${suffix}`);
    assert.deepEqual(errors, []);
    await context.close();
  }
  await fs.rm(folder, { recursive: true });
});
