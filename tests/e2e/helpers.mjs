// Shared helpers for the end-to-end tests: serve dist/ on 127.0.0.1 and drive Debian Chromium.
import assert from 'node:assert/strict';
import { before, after } from 'node:test';
import { chromium } from 'playwright-core';
import path from 'node:path';
import fs from 'node:fs';
import crypto from 'node:crypto';
import { ROOT, DIST } from '../shared/paths.mjs';
import { freePort, serveAt } from '../shared/serve.mjs';
import { pathwaysBin } from '../shared/engine.mjs';

export { ROOT, DIST, freePort };

export const OUT = path.join(ROOT, 'test-output', 'screenshots');
fs.mkdirSync(OUT, { recursive: true });
/** Every screen the tests visit, as HTML, for the Nu Html Checker (tools/html-check.mjs). */
export const DOM = path.join(ROOT, 'test-output', 'dom');
fs.mkdirSync(DOM, { recursive: true });

export const PHONE = { width: 360, height: 640 };

/** Starts tools/serve.mjs for DIR (dist/) on a free port; returns { url, origin, port, stop }. */
export async function serve(dir = DIST, env = {}) {
  return serveAt(dir, await freePort(), env);
}

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'],
  });
}

/** A fresh phone-sized page; collects console errors and requests. */
export async function phonePage(browser, options = {}) {
  const context = await browser.newContext({ viewport: PHONE, deviceScaleFactor: 2, isMobile: true, hasTouch: true, ...options });
  const page = await context.newPage();
  page.errors = [];
  page.requests = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') page.errors.push(m.text()); });
  page.on('request', (r) => page.requests.push(r.url()));
  await recordScreens(page);
  return { context, page };
}

/**
 * Saves the live DOM of every screen the page shows (the app's `pathways-screen` event: each new
 * screen, each refusal, each language) to test-output/dom/, once per distinct content.
 */
/** Runs `fn(page, context)` in a fresh phone page, then checks it had no script error and closes it. */
export async function withPhonePage(browser, fn, options = {}) {
  const { context, page } = await phonePage(browser, options);
  try {
    await fn(page, context);
    assert.deepEqual(page.errors, [], 'no script errors');
  } finally {
    await context.close();
  }
}

export async function recordScreens(page) {
  await page.exposeBinding('__pathwaysDom', (_source, html) => {
    const name = crypto.createHash('sha256').update(html).digest('hex').slice(0, 16);
    fs.writeFileSync(path.join(DOM, `${name}.html`), html);
  });
  await page.addInitScript(() => {
    document.addEventListener('pathways-screen', () => {
      // After the screen has painted.
      requestAnimationFrame(() => requestAnimationFrame(() => {
        window.__pathwaysDom('<!doctype html>\n' + document.documentElement.outerHTML);
      }));
    });
  });
}

export async function shot(page, name) {
  await page.screenshot({ path: path.join(OUT, `${name}.png`), fullPage: true });
}

/** Opens the compact language picker ("Language: English") if it is closed, as a person taps it,
 * so its two menus can be used. */
export async function openLanguages(page) {
  const details = page.locator('details.language-bar__details');
  if (!(await details.evaluate((d) => d.open))) await details.locator('summary').click();
}

/** Presses "Change language" (nothing changes before). */
export async function applyLanguages(page) {
  await page.locator('form.language-bar__form button').click();
}

/** Chooses `value` in the language menu `#id` (lang-main or lang-child), opening the picker
 * first, and presses "Change language". */
export async function chooseLanguage(page, id, value) {
  await openLanguages(page);
  await page.locator(`#${id}`).selectOption(value);
  await applyLanguages(page);
}

/**
 * The set-up of a test file that saves and opens case files: the command-line tool built (the
 * tests compare with it), a folder test-output/e2e-LABEL for what is saved, dist/ served and
 * Chromium launched before the tests, closed after. Returns { tmp, ctx: { server, browser },
 * withPage } (pages that accept downloads).
 */
export function fileSuite(label) {
  const tmp = path.join(ROOT, 'test-output', `e2e-${label}`);
  const ctx = {};
  before(async () => {
    pathwaysBin();
    fs.mkdirSync(tmp, { recursive: true });
    ctx.server = await serve();
    ctx.browser = await launch();
  });
  after(async () => { await ctx.browser?.close(); ctx.server?.stop(); });
  return { tmp, ctx, withPage: (fn) => withPhonePage(ctx.browser, fn, { acceptDownloads: true }) };
}
