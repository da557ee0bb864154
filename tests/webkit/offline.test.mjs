// Offline in WebKit: after one visit the service worker controls the page and holds this build;
// with the server stopped (WebKit's WebDriver has no network emulation) a reload still shows the
// start page, and the app still runs (Wasm from the cache: tests/webkit/checks.mjs offlineReload,
// which the Gecko suite runs too). Also: a first visit must not offer a "new version" (the update
// banner is for a build that replaces another).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { snapshotDist, removeDir, serveApp, openBrowser, precacheList, shot, OUT, t, waitForHeading } from './helpers.mjs';
import { offlineReload } from './checks.mjs';

let dir, files, app, browser;
before(async () => {
  dir = snapshotDist('offline');
  files = precacheList(dir);
  app = await serveApp(dir);
  browser = await openBrowser('offline');
});
after(async () => { await browser?.close(); await app?.stop(); removeDir(dir); });

test('offline: with the server stopped, a reload still shows the start page and the app runs', async () => {
  await offlineReload(browser.s, app.url, files, { goOffline: () => app.stop(), shot });
});

test('first visits: no "new version is ready" banner (six fresh profiles)', async () => {
  // Fresh server (the one above was stopped), fresh browser profile each time: a first visit.
  // Six, because what goes wrong is a race: WebKit may deliver the first worker's "installed"
  // state change after its clients.claim() has already made it the page's controller, and a page
  // that then takes "installed + a controller" for "an update is waiting" offers a new version.
  // A visit at a time shows the banner about half the time; six miss it about once in 64 runs.
  const server = await serveApp(dir);
  const shown = [];
  for (const f of fs.readdirSync(OUT).filter((f) => f.startsWith('offline-first-visit-banner-'))) fs.rmSync(path.join(OUT, f));
  try {
    for (let visit = 1; visit <= 6; visit++) {
      const s = await browser.restart();
      await s.navigate(server.url);
      await waitForHeading(s, t('start.title'), { timeout: 30000 });
      // Until the first service worker has taken control, and a little after.
      await s.until(() => s.execute('return !!navigator.serviceWorker.controller'), { timeout: 15000, what: 'the service worker' });
      await s.evaluate('await new Promise((r) => setTimeout(r, 300)); return true;');
      const banner = await s.execute(`
        const text = arguments[0];
        const el = [...document.querySelectorAll('body *')].find((e) => e.children.length === 0 && e.textContent.trim() === text);
        return el ? el.checkVisibility() : false;`, [t('update.available')]);
      if (banner) {
        shown.push(visit);
        await shot(s, `offline-first-visit-banner-${visit}`);
      }
    }
  } finally {
    await server.stop();
  }
  assert.deepEqual(shown, [], `"${t('update.available')}" was shown on a first visit (visits ${shown.join(', ')} of 6): there was no earlier version`);
});
