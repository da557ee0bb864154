// Offline use: the service worker precaches exactly this build, the app then loads and runs a
// whole case with the network off. Prints the repeat offline load time and the precache size.
// After exactly one visit that reaches the first question, everything is kept (the file worker,
// the Rules pages): Save, Open and Rules work offline; a copy the browser emptied is refilled
// online; offline, a page not kept gets the app's own offline page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launch, phonePage, shot, freePort, chooseLanguage, ROOT, DOM } from './helpers.mjs';
import { snapshotDist, removeDir, precacheList, laterList, listFiles, serveAt, waitForOffline } from './servers.mjs';
import { start, completeCase, verdicts, until, START_TITLE, RESULT_TITLE } from './casefill.mjs';

let dir, server, browser, files;
before(async () => {
  dir = snapshotDist('pwa');
  files = precacheList(dir);
  server = await serveAt(dir, await freePort());
  browser = await launch();
});
after(async () => { await browser?.close(); await server?.stop(); removeDir(dir); });

test('the precache list names only files of this build, and every hashed .js/.wasm/.css file', () => {
  const built = listFiles(dir);
  const missing = files.filter((f) => !built.includes(f));
  assert.deepEqual(missing, [], 'files listed in sw.js but absent from dist/');
  const hashed = built.filter((f) => /-[0-9a-f]{8,16}(_bg)?\.(js|wasm|css)$/.test(f));
  assert.ok(hashed.length >= 3, 'dist/ should hold the hashed app .js, .wasm and .css: ' + hashed.join(', '));
  assert.deepEqual(hashed.filter((f) => !files.includes(f)), [], 'hashed files missing from the precache list');
  // What the app loads at start and on demand must be there too.
  for (const f of ['index.html', 'boot.js', 'manifest.webmanifest', 'neutral.html']) assert.ok(files.includes(f), f + ' is not precached');
  for (const f of built.filter((b) => b.startsWith('i18n/'))) assert.ok(files.includes(f), f + ' is not precached');
  // The Ethiopic font too: fetched mid-case, it would tell the host the child reads Ge'ez.
  const fonts = built.filter((b) => b.endsWith('.woff2'));
  assert.ok(fonts.includes('fonts/noto-sans-ethiopic.woff2'), 'the Ethiopic font is not in dist/: ' + fonts.join(', '));
  for (const f of fonts) assert.ok(files.includes(f), f + ' is not precached');
  // Not for the app itself: the partner's embed script and the demo, and the worker script.
  for (const f of ['sw.js', 'embed.js', 'embed-demo.html', 'embed-demo.js']) assert.ok(!files.includes(f), f + ' must not be precached');
  assert.equal(new Set(files).size, files.length, 'duplicates in the precache list');
  // Kept once the first question is shown (or when first used, if sooner): the file worker, the
  // Rules pages, the large icons; together the two lists hold every file of the app.
  const later = laterList(dir);
  for (const f of ['worker_loader.js', 'worker_bg.wasm', 'rules/en.html', 'icon-512.png']) assert.ok(later.includes(f), f + ' is not kept later');
  assert.deepEqual(later.filter((f) => files.includes(f)), [], 'files in both lists');
  const never = ['sw.js', 'embed.js', 'embed-demo.html', 'embed-demo.js', 'embed-partners.json', 'fonts/OFL.txt'];
  assert.deepEqual(built.filter((f) => !files.includes(f) && !later.includes(f) && !never.includes(f)), [], 'files of the app kept neither at install nor later');
  const bytes = files.reduce((sum, f) => sum + fs.statSync(path.join(dir, f)).size, 0);
  console.log(`precache: ${files.length} files, ${bytes} bytes (${(bytes / 1024).toFixed(1)} KiB)`);
});

test('sw.js carries a version made from this build (the cache name changes with every build)', () => {
  // post-build.mjs replaces '__PATHWAYS_VERSION__' in sw.js; if it is left in, every build uses
  // the same cache name and a build that renames no file produces a byte-identical sw.js, so the
  // browser never sees the new build.
  const sw = fs.readFileSync(path.join(dir, 'sw.js'), 'utf8');
  assert.ok(!sw.includes('__PATHWAYS_VERSION__'), 'dist/sw.js still holds the placeholder __PATHWAYS_VERSION__ (post-build did not write the version)');
  assert.ok(!sw.includes('__PATHWAYS_FILES__'), 'dist/sw.js still holds the placeholder __PATHWAYS_FILES__');
  assert.match(sw, /pathways-[0-9a-f]{16}|["'][0-9a-f]{16}["']/, 'no 16-hex-digit build version in dist/sw.js');
});

test('offline: after one visit the app reloads with the network off and completes a case', async () => {
  const { context, page } = await phonePage(browser);
  await page.addInitScript((title) => {
    // The moment the start page's heading is visible, relative to this navigation's start.
    const seen = () => {
      const h = document.querySelector('h1');
      if (h && h.textContent.trim() === title && h.getBoundingClientRect().height > 0) {
        window.__startVisibleAt ??= performance.now();
        return true;
      }
      return false;
    };
    const mo = new MutationObserver(() => { if (seen()) mo.disconnect(); });
    mo.observe(document, { subtree: true, childList: true, characterData: true });
  }, START_TITLE);
  await page.goto(server.url);
  await page.getByRole('heading', { name: START_TITLE }).waitFor();
  await waitForOffline(page, files);

  // Second visit, network off: every response must come from the service worker.
  const offlineResponses = [];
  const failed = [];
  page.on('response', (r) => offlineResponses.push({ url: r.url(), sw: r.fromServiceWorker() }));
  page.on('requestfailed', (r) => failed.push(r.url() + ' ' + (r.failure()?.errorText || '')));
  await context.setOffline(true);
  assert.equal(await page.evaluate(() => navigator.onLine), false, 'the browser still thinks it is online');
  const errorsBefore = page.errors.length;
  await page.reload();
  await page.getByRole('heading', { name: START_TITLE }).waitFor({ state: 'visible' });
  const loadMs = await until(() => page.evaluate(() => window.__startVisibleAt), { what: 'the start heading time' });
  const nav = await page.evaluate(() => {
    const n = performance.getEntriesByType('navigation')[0];
    return n ? { type: n.type, domContentLoaded: Math.round(n.domContentLoadedEventEnd), load: Math.round(n.loadEventEnd) } : null;
  });
  console.log(`offline repeat load: start page heading visible ${loadMs.toFixed(0)} ms after navigation start (${JSON.stringify(nav)})`);

  await start(page);
  await completeCase(page);
  const result = await verdicts(page);
  assert.equal(result.length, 10, 'ten pathways on the result page offline');
  await shot(page, 'pwa-offline-result');
  assert.deepEqual(failed, [], 'requests failed while offline');
  const fromNetwork = offlineResponses.filter((r) => !r.sw);
  assert.deepEqual(fromNetwork, [], 'responses not served by the service worker while offline');
  assert.ok(offlineResponses.some((r) => r.url.endsWith('.wasm')), 'the wasm was served by the service worker');
  assert.deepEqual(page.errors.slice(errorsBefore), [], 'errors while offline');

  // Quick exit works offline too (neutral.html is precached).
  await page.getByRole('button', { name: 'Quick exit' }).click();
  await page.waitForURL(/neutral\.html$/);
  assert.equal(await page.title(), 'New tab');
  assert.ok(loadMs < 10000, 'offline start took ' + loadMs + ' ms');
  await context.close();
});

test('a later visit keeps the rest for offline use too: the file worker, the Rules pages, the icons', async () => {
  const { context, page } = await phonePage(browser);
  await page.goto(server.url);
  await waitForOffline(page, files);
  const later = laterList(dir);
  const cached = () => page.evaluate(async (want) => {
    const have = new Set();
    for (const name of await caches.keys()) {
      for (const r of await (await caches.open(name)).keys()) have.add(new URL(r.url).pathname.replace(/^\//, ''));
    }
    return want.filter((f) => have.has(f));
  }, later);
  // (What a first visit downloads is measured by tools/size-report.mjs.) The next visit:
  await page.reload();
  await page.getByRole('heading', { name: START_TITLE }).waitFor();
  await until(async () => ((await cached()).length === later.length) || undefined, { what: 'every later file kept after the second visit', timeout: 20000 });
  await context.close();
});

test('offline: the result heading is reached in a fresh tab of the same (offline) profile', async () => {
  // A second tab opened while offline (the usual case on a phone in the field) gets the app from the cache.
  const { context, page } = await phonePage(browser);
  await page.goto(server.url);
  await waitForOffline(page, files);
  await context.setOffline(true);
  const tab = await context.newPage();
  const errors = [];
  tab.on('pageerror', (e) => errors.push(String(e)));
  await tab.goto(server.url + '?from=homescreen');
  await start(tab);
  await completeCase(tab);
  await tab.getByRole('heading', { name: RESULT_TITLE }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

// ---- Offline means everything, after one visit (issue 21) --------------------------------------

const FR = JSON.parse(fs.readFileSync(path.join(ROOT, 'i18n', 'fr.json'), 'utf8'));
const WORKER = ['worker_loader.js', 'worker.js', 'worker_bg.wasm'];

/** The files of this build in the service worker's caches now (the page './' named index.html). */
const cachedFiles = (page) => page.evaluate(async () => {
  const have = [];
  for (const name of await caches.keys()) {
    if (!name.startsWith('pathways-')) continue;
    for (const r of await (await caches.open(name)).keys()) have.push(new URL(r.url).pathname.replace(/^\//, '') || 'index.html');
  }
  return have;
});

/** Waits, without reloading, until a service worker controls the page and its cache holds every file of `want`. */
async function waitForKept(page, want, what) {
  await page.waitForFunction(() => !!navigator.serviceWorker.controller, null, { timeout: 20000 });
  let missing = want;
  await until(async () => {
    const have = new Set(await cachedFiles(page));
    missing = want.filter((f) => !have.has(f));
    return missing.length === 0 || undefined;
  }, { timeout: 30000, what: `${what} (missing: ${missing.join(', ')})` }).catch((e) => assert.fail(`${e.message}; still missing: ${missing.join(', ')}`));
}

/** One visit in a fresh context served by a server that logs its requests: the start page, Start,
 * the first question, and then the page left idle until the service worker keeps everything; then
 * `fn({ server, context, page, requests })` (requests: what the server was asked for so far). */
async function withOneVisit(label, fn) {
  const log = path.join(fs.mkdtempSync(path.join(os.tmpdir(), `pathways-pwa-${label}-`)), 'requests.jsonl');
  const logged = await serveAt(dir, await freePort(), { LOG_REQUESTS: log });
  const { context, page } = await phonePage(browser, { acceptDownloads: true });
  await page.addInitScript(() => {
    document.addEventListener('pathways-screen', (e) => {
      if (e.detail && e.detail.screen !== 'start') window.__firstQuestionAt ??= performance.timeOrigin + performance.now();
    });
  });
  await page.goto(logged.url);
  await start(page);
  await waitForKept(page, [...files, ...laterList(dir)], 'the whole offline copy after one visit');
  const requests = () => fs.readFileSync(log, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  try {
    await fn({ server: logged, context, page, requests });
  } finally {
    await context.close();
    await logged.stop();
  }
}

/** A new tab of `context` at `url`: "Open a saved case" with `file`; waits until it is opened. */
async function openSaved(context, url, file) {
  const tab = await context.newPage();
  await tab.goto(url);
  await tab.getByRole('heading', { name: START_TITLE }).waitFor();
  await tab.locator('#app:not(.prerendered)').waitFor({ state: 'attached', timeout: 30000 });
  await tab.getByLabel('Open a saved case', { exact: true }).setInputFiles(file);
  await tab.getByText('The case was opened from the file.').waitFor({ timeout: 20000 });
  return tab;
}

/** "Save the case as a file" on the result page: the download's path. */
async function saveCase(page, name) {
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 20000 }),
    page.getByRole('button', { name: 'Save the case as a file', exact: true }).click(),
  ]);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pathways-pwa-save-')), name);
  await download.saveAs(file);
  return file;
}

test('after exactly one visit to the first question: offline, Save the case, Open a saved case and the Rules page work; the file worker is downloaded once, after the first question', async () => {
  await withOneVisit('one', async ({ server: logged, context, page, requests }) => {
    const later = laterList(dir);
    const firstQuestionAt = await page.evaluate(() => window.__firstQuestionAt);
    assert.ok(firstQuestionAt, 'the app said the first question was shown');
    for (const f of later) {
      const asked = requests().filter((r) => r.path === '/' + f);
      assert.equal(asked.length, 1, `${f} was asked for ${asked.length} times in the one visit`);
      assert.ok(asked[0].started >= firstQuestionAt, `${f} was asked for ${firstQuestionAt - asked[0].started} ms before the first question was shown`);
    }

    // Offline: the rest of the case, then "Save the case as a file".
    await context.setOffline(true);
    assert.equal(await page.evaluate(() => navigator.onLine), false, 'the browser still thinks it is online');
    await completeCase(page);
    const file = await saveCase(page, 'offline.json');
    const saved = JSON.parse(fs.readFileSync(file, 'utf8'));
    assert.ok(saved.case && typeof saved.case === 'object', 'the saved file holds the case');
    assert.match(await page.locator('#save-status').textContent(), /Saved as pathways-case-/);

    // "Open a saved case", offline, in a new tab.
    const tab = await openSaved(context, logged.url, file);

    // The Rules page, offline, from the cache.
    const rules = await context.newPage();
    const response = await rules.goto(logged.url + 'rules/en.html');
    assert.ok(response.fromServiceWorker(), 'the Rules page came from the service worker');
    await rules.getByRole('heading', { name: 'Pathways rules reference' }).waitFor();
    await shot(rules, 'pwa-offline-rules');
    await rules.close();
    await tab.close();

    // Online again: the file worker is started from the cache, not downloaded a second time.
    await context.setOffline(false);
    await openSaved(context, logged.url, file);
    for (const f of WORKER) assert.equal(requests().filter((r) => r.path === '/' + f).length, 1, `${f} was downloaded more than once`);
    const twice = Object.entries(requests().reduce((n, r) => ({ ...n, [r.path]: (n[r.path] || 0) + 1 }), {})).filter(([p, n]) => n > 1 && !['/', '/index.html', '/boot.js', '/sw.js'].includes(p));
    assert.deepEqual(twice, [], 'files downloaded more than once (besides the page and boot.js, asked for again on each visit, and sw.js, the browser\'s check for an update)');
  });
});

test('the offline copy emptied by the browser while the service worker stays in control is refilled while online', async () => {
  await withOneVisit('refill', async ({ context, page }) => {
    const all = [...files, ...laterList(dir)];
    const emptied = await page.evaluate(async () => {
      const names = (await caches.keys()).filter((n) => n.startsWith('pathways-'));
      for (const n of names) await caches.delete(n);
      return names;
    });
    assert.ok(emptied.length >= 1, 'there was a cache to empty');
    assert.deepEqual(await cachedFiles(page), [], 'the cache is empty');
    assert.ok(await page.evaluate(() => !!navigator.serviceWorker.controller), 'the service worker still controls the page');
    // The next load, online: the service worker finds its copy incomplete and fetches it again.
    await page.reload();
    await page.getByRole('heading', { name: START_TITLE }).waitFor();
    await waitForKept(page, all, 'the offline copy refilled');
    // And it works offline again: the app, and saving a case.
    await context.setOffline(true);
    await page.reload();
    await start(page);
    await completeCase(page);
    await saveCase(page, 'refilled.json');
  });
});

test('offline, a page missing from the cache gets the app\'s own offline page, and "Save the case" with no file worker says why in the volunteer\'s language', async () => {
  await withOneVisit('missing', async ({ server: logged, context, page }) => {
    // The browser lost some files: the Rules page and the file worker.
    await page.evaluate(async (lost) => {
      for (const name of await caches.keys()) {
        const cache = await caches.open(name);
        for (const f of lost) await cache.delete(f);
      }
    }, ['rules/en.html', ...WORKER]);
    await context.setOffline(true);

    const rules = await context.newPage();
    const errors = [];
    rules.on('pageerror', (e) => errors.push(String(e)));
    rules.on('console', (m) => { if (m.type() === 'error' && !/status of 503/.test(m.text())) errors.push(m.text()); });
    const response = await rules.goto(logged.url + 'rules/en.html');
    assert.equal(response.status(), 503);
    assert.ok(response.fromServiceWorker(), 'the offline page came from the service worker');
    await rules.getByRole('heading', { name: 'This page is not on this device yet' }).waitFor();
    const text = await rules.locator('body').innerText();
    assert.doesNotMatch(text, /FetchEvent|respondWith|ERR_/, 'no engine error');
    assert.match(text, /The questions and the result: open Pathways/, 'it says the questions still work');
    assert.match(text, /not on this device now/, 'it says saving and opening files do not');
    assert.doesNotMatch(text, /Pathways itself is not fully kept/);
    // Styled by its own style sheet, which its policy allows (no violation).
    assert.equal(await rules.locator('header').evaluate((h) => getComputedStyle(h).backgroundColor), 'rgb(11, 61, 145)');
    assert.deepEqual(errors, [], 'errors on the offline page (a style refused by its policy would show here)');
    fs.writeFileSync(path.join(DOM, 'offline-page.html'), '<!doctype html>\n' + (await rules.evaluate(() => document.documentElement.outerHTML)));
    await shot(rules, 'pwa-offline-page');
    // Its link opens the app, from the cache.
    await rules.getByRole('link', { name: 'open Pathways' }).click();
    await rules.getByRole('heading', { name: START_TITLE }).waitFor();
    await rules.close();

    // "Save the case as a file" with no file worker, in French: the reason, in French.
    await page.reload();
    await start(page);
    await completeCase(page);
    await chooseLanguage(page, 'lang-main', 'fr');
    const button = page.getByRole('button', { name: FR['button.export'], exact: true });
    await button.click();
    const expected = FR['result.save_failed'].replace('{problem}', FR['file.no_worker']);
    await until(async () => (await page.locator('main').innerText()).replace(/\s+/g, ' ').includes(expected.replace(/\s+/g, ' ')) || undefined, { what: `"${expected}"` });
    await shot(page, 'pwa-offline-save-no-worker-fr');
  });
});
