// No double download of the app's Wasm on a first visit in WebKit: index.html preloads the
// *_bg.wasm (<link rel=preload as=fetch>) and wasm-bindgen then fetches it; the fetch must reuse
// the preload. Counted in the page's resource timing entries (and, to tell a real second download
// from a mere second entry, at a pass-through proxy in front of the server).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { snapshotDist, removeDir, serveApp, countingProxy, openBrowser, t, waitForHeading } from './helpers.mjs';

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
  const entries = await s.execute(
    'return performance.getEntriesByType("resource").filter((e) => e.name.endsWith("/" + arguments[0])).map((e) => ({ initiator: e.initiatorType, start: Math.round(e.startTime), end: Math.round(e.responseEnd), bytes: e.transferSize }));',
    [name],
  );
  // At the server: GETs for it before the service worker's script was asked for (the page's own),
  // and in all (the service worker's precache then fetches it once more, by design).
  const sw = proxy.requests.findIndex((r) => r.path.split('?')[0] === '/sw.js');
  const byPage = proxy.requests.slice(0, sw < 0 ? undefined : sw).filter((r) => r.path.endsWith('/' + name)).length;
  const all = proxy.requests.filter((r) => r.path.endsWith('/' + name)).length;
  const seen = `resource timing: ${JSON.stringify(entries)}; the server received ${byPage} GETs for it before sw.js was requested, ${all} by now`;
  console.log(`webkit: ${name}: ${entries.length} resource timing entries; ${seen}`);
  assert.equal(entries.length, 1,
    `${name} was fetched ${entries.length} times by the page on a first visit (${seen}): ` +
    'the <link rel=preload as=fetch> and wasm-bindgen\'s fetch() were not matched');
});
