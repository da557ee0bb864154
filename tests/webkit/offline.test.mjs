// Offline in WebKit: after one visit the service worker controls the page and holds this build;
// with the server stopped (WebKit's WebDriver has no network emulation) a reload still shows the
// start page, and the app still runs (Wasm from the cache: tests/webkit/checks.mjs offlineReload,
// which the Gecko suite runs too). Also: a first visit must not offer a "new version" (the update
// banner is for a build that replaces another); and after exactly one visit that reaches the first
// question, "Save the case as a file" works offline (the file worker was kept once the first
// question was shown), also after the offline copy was emptied while the service worker stayed in
// control (as WebKit's ephemeral sessions did) and refilled on the next load. One origin per WebDriver session for offline tests: a session's caches are
// shared and small.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { snapshotDist, removeDir, serveApp, openBrowser, precacheList, shot, OUT, t, waitForHeading, norm, button, press, loadScenario, h1Text } from './helpers.mjs';
import { laterList } from '../shared/dist.mjs';
import { offlineReload, waitForOffline } from './checks.mjs';
import { openStart, setAssessmentDate, start, answerAll, seeResult } from './drive.mjs';

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

/**
 * A first visit (a new origin and a new session: a fresh ephemeral profile) to the first question
 * of S01, left alone there until the service worker holds everything; then `online(s)` (while the
 * server still runs); then, with the server stopped, the rest of the case and "Save the case as a
 * file": a real download, and the volunteer told where it went. Returns the file's name.
 */
async function savedOfflineAfterOneVisit(online = async () => {}) {
  const server = await serveApp(dir);
  try {
    for (const f of fs.readdirSync(browser.downloads)) fs.rmSync(path.join(browser.downloads, f));
    const s = await browser.restart();
    const scenario = loadScenario('S01');
    await openStart(s, server.url);
    await setAssessmentDate(s, scenario.case.assessed_on);
    await start(s);
    await waitForOffline(s, [...files, ...laterList(dir)], { reload: false, timeout: 30000 });
    await online(s);

    await server.stop();
    await assert.rejects(fetch(server.url), 'the server still answers');
    await answerAll(s, scenario.case);
    await seeResult(s);
    assert.deepEqual(fs.readdirSync(browser.downloads), [], 'nothing downloaded before "Save the case as a file"');
    await press(s, await button(s, t('button.export')));
    const file = await s.until(() => {
      const names = fs.readdirSync(browser.downloads).filter((f) => f.endsWith('.json'));
      if (!names.length) return null;
      try { return JSON.parse(fs.readFileSync(path.join(browser.downloads, names[0]), 'utf8')).case ? names[0] : null; } catch { return null; }
    }, { timeout: 20000, what: 'the saved file' });
    const said = norm(t('result.saved').replace('{name}', file));
    await s.until(() => s.execute('return document.body.innerText').then((text) => norm(text).includes(said)), { what: `"${said}"` });
    return file;
  } finally {
    await server.stop();
  }
}

test('after exactly one visit to the first question, "Save the case as a file" works with the server stopped', async () => {
  const file = await savedOfflineAfterOneVisit();
  await shot(browser.s, 'offline-saved');
  console.log(`webkit: saved offline after one visit: ${file}`);
});

test('the offline copy emptied while the service worker stays in control is refilled on the next load, and saving works offline again', async () => {
  const file = await savedOfflineAfterOneVisit(async (s) => {
    const emptied = await s.evaluate(`
      const names = (await caches.keys()).filter((n) => n.startsWith('pathways-'));
      for (const n of names) await caches.delete(n);
      return names;`);
    assert.ok(emptied.length >= 1, 'there was a cache to empty');
    assert.equal(await s.execute('return !!navigator.serviceWorker.controller'), true, 'the service worker still controls the page');
    // The next load, online (the case in progress comes back: it is kept for this tab).
    await s.refresh();
    await s.until(async () => { const h = await h1Text(s); return h && h !== norm(t('start.title')); }, { timeout: 30000, what: 'the case back after the reload' });
    await waitForOffline(s, [...files, ...laterList(dir)], { reload: false, timeout: 30000 });
  });
  console.log(`webkit: refilled, then saved offline: ${file}`);
});
