// Offline in Firefox: after one visit the service worker controls the page and holds every file of
// this build's precache list; then the page goes offline (BiDi's network emulation) and the server
// is stopped too, and a reload still shows the start page, served by the service worker, and the
// app runs: "Start now" brings the first question (tests/webkit/checks.mjs offlineReload).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appAndBrowser, precacheList, shot } from './helpers.mjs';
import { offlineReload } from '../webkit/checks.mjs';

const run = appAndBrowser('offline');

test('offline: after one visit, a reload with no network still shows the start page and the app runs', async () => {
  const { browser, app, dir } = run;
  const { s, page } = browser;
  const goOffline = async () => {
    await page.setOfflineMode(true);
    assert.equal(await s.execute('return navigator.onLine'), false, 'the page knows it is offline');
    await app.stop();
  };
  await offlineReload(s, app.url, precacheList(dir), { goOffline, shot });
  assert.deepEqual(browser.errors, [], 'no script errors');
});
