// Learn: every lesson opens by its address, in English and in Korean; its task's check fails as the
// lesson opens and for the tempting wrong answer, and passes for the right one, set through the
// page's own controls; its callouts fire in the run; it reads in the page's language and fits a
// phone's 360 px. The course (ids, answers) comes from the Learn module itself (`course_json`).
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { openApp } from './browser.mjs';
import { englishSentences, sharedBrowser, shot } from './pages.mjs';

const shared = sharedBrowser();
const PHONE = { width: 360, height: 780 };

async function course(page) {
  return JSON.parse(await page.evaluate(async () => {
    const module = await import('./learn.js');
    await module.default();
    return module.course_json();
  }));
}

// Waits until the lesson's run (the learner's, after a change) has finished.
async function settled(page, lesson) {
  if (!lesson.run) return;
  await page.waitForTimeout(80);
  await page.locator('#lesson-running').waitFor({ state: 'detached', timeout: 60_000 });
  await page.locator('#replay').waitFor({ timeout: 60_000 });
}

// Types a value and leaves the field (one step: a re-render in between would put back the old value).
async function commit(locator, value) {
  await locator.evaluate((element, typed) => {
    element.value = typed;
    element.dispatchEvent(new Event('change', { bubbles: true }));
  }, value);
}

// Sets one of a lesson's settings the way a learner would: a lever, or a field of its widget.
async function set(page, key, value) {
  const lever = page.locator(`#lever-${key}`);
  if (await lever.count()) {
    const tag = await lever.evaluate((element) => `${element.tagName}:${element.type}`);
    if (tag.startsWith('SELECT')) await lever.selectOption(value);
    else if (tag.endsWith('checkbox')) await lever.setChecked(value === 'true');
    else await commit(lever, value);
    return;
  }
  const field = { host: '#tool-host', unit: '#tool-unit', threshold: '#tool-threshold', assignor: '#tool-assignor', topics: '#tool-topics', members: '#tool-members' }[key];
  if (key === 'window') {
    await page.click(`#shape-${value}`);
  } else if (field && (await page.locator(field).evaluate((element) => element.tagName)) === 'SELECT') {
    await page.selectOption(field, value);
  } else if (field) {
    await commit(page.locator(field), value);
  } else {
    throw new Error(`no control for ${key}`);
  }
}

async function verdict(page) {
  await page.click('#lesson-check');
  const element = page.locator('#lesson-verdict');
  await element.waitFor();
  return { passed: (await element.getAttribute('data-passed')) === 'true', text: await element.innerText() };
}

// Opens a lesson afresh (by way of the course's contents, so nothing set before is kept).
async function open(page, url, lesson) {
  await page.goto(`${url}#learn`);
  await page.locator('#learn-course').waitFor({ timeout: 30_000 });
  await page.goto(`${url}#learn/${lesson.id}`);
  await page.locator(`#lesson-${lesson.id}`).waitFor({ timeout: 30_000 });
  await settled(page, lesson);
}

async function tryEveryLesson(lang) {
  const { context, page, errors } = await openApp(shared.browser, shared.server.url);
  if (lang === 'ko') {
    await page.click('#lang-toggle');
    await page.waitForSelector('html[lang="ko"]');
  }
  const lessons = await course(page);
  assert.equal(lessons.length, 15);
  for (const lesson of lessons) {
    await open(page, shared.server.url, lesson);
    const title = await page.innerText('#lesson-title');
    assert.ok(lang === 'ko' ? /[가-힣]/.test(title) : /^[A-Za-z]/.test(title), `${lesson.id}: ${title}`);
    // As it opens, the task is not done.
    const opening = await verdict(page);
    assert.equal(opening.passed, false, `${lesson.id} opening: ${opening.text}`);
    // The callouts fire in the run: the list holds them, and at the end of the run the last one shows.
    if (lesson.run && lesson.callouts) {
      const max = await page.locator('#replay-cursor').getAttribute('max');
      await page.locator('#replay-cursor').fill(max);
      await page.locator('#replay-callout').waitFor();
    }
    if (lang === 'ko') assert.deepEqual(await englishSentences(page), [], lesson.id);
    await shot(page, `learn-${lesson.id}-${lang}-desktop`);
    // The tempting wrong answer is not done; the answer is.
    for (const [key, value] of lesson.wrong) await set(page, key, value);
    await settled(page, lesson);
    const wrong = await verdict(page);
    assert.equal(wrong.passed, false, `${lesson.id} wrong: ${wrong.text}`);
    await open(page, shared.server.url, lesson);
    for (const [key, value] of lesson.answer) await set(page, key, value);
    await settled(page, lesson);
    const right = await verdict(page);
    assert.equal(right.passed, true, `${lesson.id} answer: ${right.text}`);
    // The answer and the hint are there on request.
    await page.click('#lesson-hint');
    await page.click('#lesson-answer');
    assert.ok((await page.innerText('#lesson-answer-text')).length > 20);
    // The side by side (the lesson's run and the learner's) once a setting changed.
    if (lesson.run && lesson.answer.some(([key]) => !['host', 'unit', 'threshold'].includes(key))) {
      assert.equal(await page.locator('.lanes-block').count(), 2, `${lesson.id}: side by side`);
    }
    // A phone's width: nothing scrolls sideways.
    await page.setViewportSize(PHONE);
    await page.waitForTimeout(100);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `${lesson.id} overflows by ${overflow}px at 360 px`);
    await shot(page, `learn-${lesson.id}-${lang}-phone`);
    await page.setViewportSize({ width: 1440, height: 1000 });
  }
  assert.deepEqual(errors, []);
  await context.close();
}

test('Learn, in English: every lesson opens by its address and checks its task', async () => {
  await tryEveryLesson('en');
});

test('Learn, in Korean: every lesson reads in Korean and checks its task', async () => {
  await tryEveryLesson('ko');
});

test('Learn: the course, the glossary, a lesson\'s direct manipulation and its Playground link', async () => {
  const { context, page, errors } = await openApp(shared.browser, shared.server.url);
  // Learn's module and texts are not part of the first load.
  const loaded = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname));
  assert.ok(!loaded.some((path) => /learn(_bg\.wasm|\.js|\.ftl)$/.test(path)), loaded.join(' '));
  const requests = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await page.keyboard.press('Alt+4');
  await page.locator('#learn-course').waitFor();
  assert.ok(requests.some((path) => path.endsWith('learn_bg.wasm')));
  assert.ok(requests.some((path) => path.endsWith('en.learn.ftl')));
  assert.equal(await page.locator('#learn-course li').count(), 15);
  await shot(page, 'learn-course-desktop');
  await page.click('#learn-glossary-link');
  await page.locator('#learn-glossary').waitFor();
  assert.ok((await page.locator('#learn-glossary dt').count()) >= 40);
  await shot(page, 'learn-glossary-desktop');
  // Lesson 6: crash B at 100 s; the run goes on from there, and B's partitions go dark.
  await page.click('#learn-contents-link');
  await page.click('a[data-lesson="commits-and-duplicates"]');
  await page.locator('#replay').waitFor();
  await page.locator('#replay-cursor').fill('100000');
  await page.selectOption('#act-host', 'B');
  await page.click('#act-crash');
  await page.locator('#lesson-running').waitFor({ state: 'detached' });
  await page.locator('.lanes-block >> nth=1').waitFor();
  await page.locator('#replay-next').click();
  assert.match(await page.innerText('#replay-events'), /Crashed · B/);
  // Step, play and pause.
  await page.click('#replay-play');
  await page.waitForTimeout(300);
  await page.click('#replay-play');
  // The same scenario, actions included, opens in the Playground.
  await page.click('#lesson-playground');
  await page.locator('#pg-results').waitFor();
  assert.match(await page.inputValue('#pg-scenario'), /"crash"/);
  assert.equal(await page.inputValue('#pg-preset'), '');
  // A Playground run's link: crash an instance there too, copy the link, and open it afresh.
  const playground = page.locator('#playground-host');
  await playground.locator('#replay-cursor').fill('150000');
  await playground.locator('#act-host').selectOption('A');
  await playground.locator('#act-stop').click();
  await page.waitForFunction(() => (document.querySelector('#pg-scenario')?.value.match(/"stop"/g) ?? []).length === 1);
  await page.fill('#pg-seed', '7');
  await page.locator('#pg-seed').dispatchEvent('change');
  await page.click('#pg-share-run');
  await page.locator('#pg-link-status').waitFor();
  const link = await page.evaluate(() => location.href);
  assert.match(link, /#play=/);
  const scenario = await page.inputValue('#pg-scenario');
  const fresh = await openApp(shared.browser, link, { ready: '#pg-results' });
  assert.equal(await fresh.page.inputValue('#pg-scenario'), scenario);
  assert.equal(await fresh.page.inputValue('#pg-seed'), '7');
  assert.match(await fresh.page.innerText('#pg-results h3'), /seed 7/);
  assert.deepEqual(fresh.errors, []);
  await fresh.context.close();
  assert.deepEqual(errors, []);
  await context.close();
});
