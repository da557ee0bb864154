// Arabic in WebKit: ?lang=ar loads the Arabic catalog; the page is marked <html dir="rtl" lang="ar">,
// the start page reads in Arabic (i18n/ar.json), is laid out right to left, and the first question
// after "Start now" is in Arabic too. Screenshots: test-output/webkit/rtl-*.png.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { snapshotDist, removeDir, serveApp, openBrowser, shot, AR, button, press, h1Text, waitForHeading, norm, asElement } from './helpers.mjs';

let dir, app, browser;
before(async () => {
  dir = snapshotDist('rtl');
  app = await serveApp(dir);
  browser = await openBrowser('rtl');
});
after(async () => { await browser?.close(); await app?.stop(); removeDir(dir); });

const ar = (key) => {
  if (!(key in AR)) throw new Error(`no text ${key} in i18n/ar.json`);
  return AR[key];
};

test('?lang=ar: <html dir="rtl" lang="ar">, the start page and the first question in Arabic, laid out right to left', async () => {
  const { s } = browser;
  await s.navigate(app.url + '?lang=ar');
  await waitForHeading(s, ar('start.title'), { timeout: 30000 });
  const root = await s.execute('const h = document.documentElement; return { dir: h.getAttribute("dir"), lang: h.getAttribute("lang") };');
  assert.deepEqual(root, { dir: 'rtl', lang: 'ar' }, 'the <html> element of the Arabic page');

  // The heading is Arabic text (not English marked lang=en), and it runs right to left.
  const h1 = await s.css('h1');
  const heading = await s.execute(
    'const h = arguments[0]; return { lang: h.closest("[lang]").getAttribute("lang"), direction: getComputedStyle(h).direction, align: getComputedStyle(h).textAlign };',
    [asElement(h1)],
  );
  assert.equal(heading.lang, 'ar', 'the heading is marked as Arabic');
  assert.equal(heading.direction, 'rtl', 'the heading runs right to left');

  // "Start now" in Arabic sits on the right of its column, as a right-to-left reader expects.
  const startButton = await button(s, ar('button.start'));
  const place = await s.execute(
    'const b = arguments[0].getBoundingClientRect(); const c = arguments[0].parentElement.getBoundingClientRect(); return { left: b.left - c.left, right: c.right - b.right, width: b.width, column: c.width };',
    [asElement(startButton)],
  );
  assert.ok(place.right < place.left, `the Arabic "Start now" button is on the right: ${JSON.stringify(place)}`);
  await shot(s, 'rtl-start-ar');

  await press(s, startButton);
  await s.until(async () => (await h1Text(s)) !== norm(ar('start.title')) || null, { what: 'the first question' });
  assert.equal(await h1Text(s), norm(ar('q.dob.title')), 'the first question is in Arabic');
  assert.equal(await s.execute('return document.documentElement.getAttribute("dir")'), 'rtl', 'still right to left on the question');
  await shot(s, 'rtl-question-ar');
});
