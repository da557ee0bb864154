// Arabic in WebKit: ?lang=ar loads the Arabic catalog; the page is marked <html dir="rtl" lang="ar">,
// the start page reads in Arabic (i18n/ar.json), is laid out right to left, and the first question
// after "Start now" is in Arabic too. Screenshots: test-output/webkit/rtl-*.png. The check is
// tests/webkit/checks.mjs's arabic (the Gecko suite runs it too).
import { test, before, after } from 'node:test';
import { snapshotDist, removeDir, serveApp, openBrowser, shot } from './helpers.mjs';
import { arabic } from './checks.mjs';

let dir, app, browser;
before(async () => {
  dir = snapshotDist('rtl');
  app = await serveApp(dir);
  browser = await openBrowser('rtl');
});
after(async () => { await browser?.close(); await app?.stop(); removeDir(dir); });

test('?lang=ar: <html dir="rtl" lang="ar">, the start page and the first question in Arabic, laid out right to left', async () => {
  await arabic(browser.s, app.url, { shot });
});
