// Ge'ez script in WebKit (issue 19): in English the page never asks for the Ethiopic font (none
// of its requests at the server is for a font; WebKit measured the closed language picker's
// options, ትግርኛ and አማርኛ, until app.css gave them no box while it is closed: opened, it shows
// them, in the font); with ?lang=ti or ?lang=am it asks for it (one
// request for a font: Sec-Fetch-Dest), its FontFace loads and document.fonts.check says the
// heading's text is ready in it, and every Ge'ez character on the start page and the first
// question is one the font holds. Screenshots: test-output/webkit/ethiopic-*.png.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { snapshotDist, removeDir, serveApp, countingProxy, openBrowser, shot, t, button, press, waitForHeading } from './helpers.mjs';
import { catalog } from '../shared/catalog.mjs';
import { FONT, FAMILY, notHeld, FACE_STATUS } from '../shared/ethiopic.mjs';

let dir, app, proxy, browser;
before(async () => {
  dir = snapshotDist('ethiopic');
  app = await serveApp(dir);
  proxy = await countingProxy(app);
  browser = await openBrowser('ethiopic');
});
after(async () => { await browser?.close(); await proxy?.stop(); await app?.stop(); removeDir(dir); });

/** The requests since the `from`th that asked for the font as a font (the page's: the service worker's install asks for it too, not as a font). */
const fontRequests = (from) => proxy.requests.slice(from).filter((r) => r.path.split('?')[0] === `/${FONT}` && r.dest === 'font');

test('English only: the page never asks for the Ethiopic font, from the start page to the first question', async () => {
  const s = await browser.restart();
  const from = proxy.requests.length;
  await s.navigate(proxy.url);
  await waitForHeading(s, t('start.title'), { timeout: 30000 });
  await s.until(() => s.execute("return !!document.querySelector('#app') && !document.querySelector('#app.prerendered')"), { timeout: 30000, what: 'the app taking over the start page' });
  await press(s, await button(s, t('button.start')));
  await waitForHeading(s, t('q.dob.title'));
  await new Promise((r) => setTimeout(r, 1000));
  assert.deepEqual(fontRequests(from), [], 'the page asked for the Ethiopic font');
  assert.equal(await s.execute(FACE_STATUS), 'unloaded', `the ${FAMILY} face`);
  // The same count sees the font asked for when Ge'ez is shown (the tests below).
  assert.ok(proxy.requests.slice(from).some((r) => r.dest === 'script'), `the proxy sees Sec-Fetch-Dest: ${JSON.stringify(proxy.requests.slice(from, from + 3))}`);
});

for (const code of ['ti', 'am']) {
  test(`?lang=${code}: the page asks for the Ethiopic font once, its face loads, every Ge'ez character shown is one it holds`, async () => {
    const texts = catalog(code);
    const s = await browser.restart();
    const from = proxy.requests.length;
    await s.navigate(`${proxy.url}?lang=${code}`);
    await waitForHeading(s, texts['start.title'], { timeout: 30000 });
    await s.until(async () => (await s.execute(FACE_STATUS)) === 'loaded' || null, { timeout: 15000, what: `the ${FAMILY} face loaded` });
    const ready = await s.execute(`return document.fonts.check('700 32px "${FAMILY}"', arguments[0]);`, [texts['start.title']]);
    assert.equal(ready, true, 'document.fonts.check: the heading\'s text is ready in the font');
    assert.deepEqual(notHeld(await s.execute('return document.body.innerText;')), [], 'Ge\'ez characters of the start page the font does not hold');
    await shot(s, `ethiopic-${code}-start`);

    await press(s, await button(s, texts['button.start']));
    await waitForHeading(s, texts['q.dob.title']);
    assert.deepEqual(notHeld(await s.execute('return document.body.innerText;')), [], 'Ge\'ez characters of the first question the font does not hold');
    assert.equal(fontRequests(from).length, 1, `the page asked for ${FONT} once: ${JSON.stringify(fontRequests(from))}`);
    await shot(s, `ethiopic-${code}-question`);
  });
}
