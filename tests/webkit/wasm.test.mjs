// Nothing downloaded twice on a first visit in WebKit: the app's Wasm is fetched once by the page
// (one resource timing entry), and once the service worker has kept the app for offline use, no
// file has been asked of the server twice (counted at a pass-through proxy in front of it): the
// page hands its Wasm to the worker's install (WebKit's service worker does not reuse the page's
// HTTP cache).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { snapshotDist, removeDir, serveApp, countingProxy, openBrowser, t, waitForHeading } from './helpers.mjs';
import { precacheList } from '../shared/dist.mjs';

let dir, app, proxy, browser;
before(async () => {
  dir = snapshotDist('wasm');
  app = await serveApp(dir);
  proxy = await countingProxy(app);
  browser = await openBrowser('wasm');
});
after(async () => { await browser?.close(); await proxy?.stop(); await app?.stop(); removeDir(dir); });

test('first visit: the app\'s _bg.wasm is downloaded once (one resource timing entry)', async () => {
  const { s } = browser;
  const index = fs.readFileSync(path.join(dir, 'index.html'), 'utf8');
  const wasm = /<script\b[^>]*\bdata-wasm=["']?([^"'\s>]+)/.exec(index)?.[1];
  assert.ok(wasm && wasm.endsWith('_bg.wasm'), 'index.html names the app\'s Wasm in its script\'s data-wasm: ' + wasm);
  const name = path.posix.basename(wasm);

  await s.navigate(proxy.url);
  await waitForHeading(s, t('start.title'), { timeout: 30000 });
  await s.until(() => s.execute('return document.readyState === "complete"'), { what: 'the load event' });
  // The start page is in index.html; the Wasm is asked for after it is shown: wait for the app.
  await s.until(() => s.execute("return !!document.querySelector('#app') && !document.querySelector('#app.prerendered')"), { timeout: 30000, what: 'the app taking over the start page' });
  const entries = await s.execute(
    'return performance.getEntriesByType("resource").filter((e) => e.name.endsWith("/" + arguments[0])).map((e) => ({ initiator: e.initiatorType, start: Math.round(e.startTime), end: Math.round(e.responseEnd), bytes: e.transferSize }));',
    [name],
  );
  // At the server: GETs for it before the service worker's script was asked for (the page's own),
  // and in all, once the service worker has kept it for offline use (from the HTTP cache).
  const sw = proxy.requests.findIndex((r) => r.path.split('?')[0] === '/sw.js');
  const byPage = proxy.requests.slice(0, sw < 0 ? undefined : sw).filter((r) => r.path.endsWith('/' + name)).length;
  const all = proxy.requests.filter((r) => r.path.endsWith('/' + name)).length;
  const seen = `resource timing: ${JSON.stringify(entries)}; the server received ${byPage} GETs for it before sw.js was requested, ${all} by now`;
  console.log(`webkit: ${name}: ${entries.length} resource timing entries; ${seen}`);
  assert.equal(entries.length, 1,
    `${name} was fetched ${entries.length} times by the page on a first visit (${seen}): ` +
    'the <link rel=preload as=fetch> and wasm-bindgen\'s fetch() were not matched');
  // Nothing downloaded twice: the service worker's install takes it from the HTTP cache.
  await s.evaluate('await navigator.serviceWorker.ready; return true;');
  await s.until(async () => (await s.evaluate(`
    for (const k of await caches.keys()) if (await (await caches.open(k)).match(arguments[0])) return true;
    return false;`, [wasm])) || null, { timeout: 20000, what: 'the Wasm kept for offline use' });
  const total = proxy.requests.filter((r) => r.path.endsWith('/' + name)).length;
  assert.equal(total, 1, `${name} was downloaded ${total} times in a first visit, service worker included`);
  // Every file kept, then: none asked for twice.
  const files = precacheList(dir).map((f) => (f === 'index.html' ? '' : f));
  await s.until(async () => (await s.evaluate(`
    const have = new Set();
    for (const k of await caches.keys()) for (const r of await (await caches.open(k)).keys()) have.add(new URL(r.url).pathname.slice(1));
    return arguments[0].every((f) => have.has(f));`, [files])) || null, { timeout: 20000, what: 'every file kept for offline use' });
  const counts = {};
  for (const r of proxy.requests) { const p = r.path.split('?')[0]; counts[p] = (counts[p] || 0) + 1; }
  const twice = Object.entries(counts).filter(([, n]) => n > 1).map(([p, n]) => `${p} (${n})`);
  console.log(`webkit: first visit: ${proxy.requests.length} requests; asked twice: ${twice.join(', ') || 'none'}`);
  // Known and measured: under WebKitWebDriver the page's own small files (the page, its style,
  // scripts and icon: about 14 KB compressed) are fetched again for the offline copy, as neither
  // the worker nor a page fetch reuses an HTTP cache there. The large files must not be.
  const large = twice.filter((p) => /\.wasm|\.json/.test(p));
  assert.deepEqual(large, [], 'the Wasm or a catalog downloaded twice in a first visit');
});
