// In Korean, every text a person reads is Korean: the findings, verdicts, diagnostics, the what-if and
// the Playground included. A text node that holds an English sentence (three or more English words in
// a row) fails, outside code, ids, names, quoted input and Kafka's setting names.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { openApp } from './browser.mjs';
import { englishSentences, sharedBrowser, shot } from './pages.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const fixture = (name) => fs.readFile(path.join(root, 'tests', 'fixtures', name), 'utf8');
const shared = sharedBrowser();

async function korean(page) {
  await page.click('#lang-toggle');
  await page.waitForSelector('html[lang="ko"]');
}

test('Korean: both sample incidents, every finding and verdict, read in Korean', async () => {
  const { context, page, errors } = await openApp(shared.browser, shared.server.url);
  await page.locator('#findings .finding').first().waitFor();
  await korean(page);
  await page.waitForFunction(() => /[가-힣]/.test(document.querySelector('#findings .finding-title')?.textContent ?? ''));
  // A rule's documentation loads on demand, when a reader opens it.
  await page.click('#findings .finding details.rule-docs summary >> nth=0');
  await page.waitForFunction(() => /[가-힣]/.test(document.querySelector('#findings details.rule-docs[open] dd')?.textContent ?? ''));
  assert.deepEqual(await englishSentences(page), []);
  await shot(page, 'korean-slow-host-desktop');
  await page.click('#load-sample-storm');
  await page.locator('#findings .finding[data-rule="poll-timeout-storm"]').first().waitFor();
  assert.deepEqual(await englishSentences(page), []);
  await shot(page, 'korean-storm-desktop');
  await page.setViewportSize({ width: 360, height: 780 });
  await shot(page, 'korean-storm-phone');
  assert.deepEqual(errors, []);
  await context.close();
});

test('Korean: a messy paste\'s diagnostics, the what-if and a Playground run', async () => {
  const { context, page, errors } = await openApp(shared.browser, shared.server.url);
  await korean(page);
  await page.fill('#dump-input', await fixture('dumps/messy/messy-paste.txt'));
  await page.locator('#diagnostics .diagnostic').first().waitFor();
  assert.ok((await page.locator('#diagnostics .diagnostic').count()) >= 5);
  assert.deepEqual(await englishSentences(page), []);
  await shot(page, 'korean-diagnostics-desktop');
  await page.fill('#dump-input', await fixture('dumps/other/kafka-ui-consumer-groups.csv'));
  await page.locator('article.group').first().waitFor();
  assert.deepEqual(await englishSentences(page), []);
  // The Assignment view's what-if on the sample's group.
  await page.click('#load-sample');
  await page.locator('#findings .finding').first().waitFor();
  await page.keyboard.press('Alt+2');
  await page.waitForSelector('#assignment');
  await page.fill('#whatif-new-member', 'consumer-sender-9');
  await page.click('#whatif-add');
  await page.locator('#whatif-members tr[data-member="consumer-sender-9"]').waitFor();
  assert.deepEqual(await englishSentences(page), []);
  await shot(page, 'korean-assignment-desktop');
  // A Playground run: the storm, its events and its summary.
  await page.keyboard.press('Alt+3');
  await page.locator('#pg-results').waitFor();
  // Only the view chosen shows: the Assignment view's host hides when the Playground opens.
  assert.equal(await page.isVisible('#assignment-host'), false);
  assert.deepEqual(await englishSentences(page), []);
  await shot(page, 'korean-playground-desktop');
  // Back to English: the same page, every text switched at once.
  await page.click('#lang-toggle');
  await page.waitForSelector('html[lang="en"]');
  await page.locator('#pg-results').waitFor();
  assert.doesNotMatch(await page.innerText('#playground-host'), /[가-힣]/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('Korean: a share link and a reload keep the language', async () => {
  const { context, page } = await openApp(shared.browser, shared.server.url);
  await page.locator('#findings .finding').first().waitFor();
  await korean(page);
  await page.click('#share-link');
  await page.waitForFunction(() => location.hash.startsWith('#s='));
  const link = page.url();
  // A fresh visitor whose browser is English opens the link: the page is in Korean.
  const visitor = await openApp(shared.browser, link);
  await visitor.page.waitForSelector('html[lang="ko"]');
  await visitor.page.locator('#findings .finding').first().waitFor();
  assert.match(await visitor.page.locator('#findings .finding-title').first().innerText(), /[가-힣]/);
  await visitor.context.close();
  await page.reload();
  await page.waitForSelector('html[lang="ko"]');
  await context.close();
});
