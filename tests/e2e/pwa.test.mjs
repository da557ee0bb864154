// Offline use: the service worker precaches exactly this build, the app then loads and runs a
// whole case with the network off. Prints the repeat offline load time and the precache size.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { launch, phonePage, shot, freePort } from './helpers.mjs';
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
  // Kept when first used (or on a later visit): the file worker, the Rules pages, the large icons;
  // together the two lists hold every file of the app.
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
