// Launches Debian's Chromium through playwright-core (never a downloaded browser).
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.LAGSCOPE_CHROMIUM ?? '/usr/bin/chromium';

export async function launch() {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

// Opens the app in a fresh context (empty local storage) and collects console errors and page errors;
// warnings are printed for the record (Chromium warns about trunk's preload integrity attributes).
export async function openApp(browser, url, { locale = 'en-US', viewport = { width: 1440, height: 1000 }, ready = '#dump-input' } = {}) {
  const context = await browser.newContext({ locale, viewport, deviceScaleFactor: 2 });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`error: ${message.text()}`);
    else if (message.type() === 'warning') console.log(`# browser warning: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  // Every URL the page and its workers asked for, from the start.
  const requested = [];
  page.on('request', (request) => requested.push(request.url()));
  await page.goto(url);
  await page.waitForSelector(ready);
  return { context, page, errors, requested };
}
