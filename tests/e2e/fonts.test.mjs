// Ge'ez script in Chromium at 360x640 (issue 19): with Tigrinya or Amharic shown, as the
// volunteer's language or the child's, the page fetches the shipped font (static/fonts/, a subset
// of Noto Sans Ethiopic) and draws every Ge'ez character with it: Chromium's own account of the
// fonts that drew a heading (DevTools' CSS.getPlatformFontsForNode) must name the web font for as
// many glyphs as the heading has Ge'ez characters, so a glyph from a system font or a missing one
// fails. Every Ge'ez character on those screens, and in the dates the browser writes in Amharic,
// is one the font holds. In English, the page never asks for the font, even with the language
// picker (which names ትግርኛ and አማርኛ) open. Screenshots: test-output/screenshots/fonts-*.png.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { serve, launch, withPhonePage, openLanguages, chooseLanguage, OUT } from './helpers.mjs';
import { tr, openStart, waitForHeading, answerUnknownUntilCheck, advance } from './lang-helpers.mjs';
import { FONT, geez, notHeld, FACE_STATUS, INTL_MONTHS } from '../shared/ethiopic.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); server?.stop(); });

/** Runs a script body of tests/shared/ethiopic.mjs in the page, with `args` as its arguments. */
const run = (page, body, ...args) => page.evaluate(`(function () { ${body} }).apply(null, ${JSON.stringify(args)})`);

/** The page's own requests for the font (not the service worker's, which keeps it at install). */
const fontRequests = (page) => page.requests.filter((u) => new URL(u).pathname === `/${FONT}`);

/** Waits until the font's face has loaded; fails with its status otherwise. */
async function fontLoaded(page) {
  await page.waitForFunction(`(function () { ${FACE_STATUS} })() === 'loaded'`, null, { timeout: 15000 })
    .catch(async (e) => assert.fail(`the Ethiopic font did not load: its face is ${await run(page, FACE_STATUS)} (${e.message.split('\n')[0]})`));
}

/**
 * The fonts Chromium drew the `i`th element matching `selector` with: [{ family, custom, glyphs }]
 * (custom: a web font).
 */
async function drawnWith(page, selector, i) {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument');
    const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector });
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId: nodeIds[i] });
    return fonts.map((f) => ({ family: f.familyName, custom: f.isCustomFont, glyphs: f.glyphCount }));
  } finally {
    await cdp.detach();
  }
}

/** Every Ge'ez character of the own text of the `i`th element matching `selector` is drawn with the shipped font. */
async function drawnWithTheFont(page, selector, i = 0) {
  const text = await page.locator(selector).nth(i).evaluate((el) => [...el.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent).join(''));
  const fonts = await drawnWith(page, selector, i);
  const web = fonts.filter((f) => f.custom);
  const want = geez(text).length;
  assert.ok(want > 0, `${selector} has no Ge'ez text: "${text}"`);
  assert.deepEqual(web.map((f) => [f.family, f.glyphs]), [['Noto Sans Ethiopic', want]],
    `${selector} ("${text.trim()}", ${want} Ge'ez characters): drawn with ${JSON.stringify(fonts)}`);
}

/** Every Ge'ez character on the page is one the font holds. */
async function allHeld(page, where) {
  const text = await page.locator('body').innerText();
  assert.deepEqual(notHeld(text), [], `${where}: Ge'ez characters on the page that the font does not hold`);
}

for (const code of ['ti', 'am']) {
  test(`?lang=${code}: the page fetches the Ethiopic font and draws the start page and the first question with it`, () => withPhonePage(browser, async (page) => {
    await openStart(page, server.url, code);
    await fontLoaded(page);
    await drawnWithTheFont(page, '#main-heading');
    await allHeld(page, `${code} start page`);
    assert.equal(fontRequests(page).length, 1, `the page asked for ${FONT} once: ${JSON.stringify(fontRequests(page))}`);
    const check = await page.evaluate((text) => document.fonts.check('700 32px "Pathways Ethiopic"', text), tr(code, 'start.title'));
    assert.equal(check, true, 'document.fonts.check: the font for the heading is ready');

    await advance(page, () => page.getByRole('button', { name: tr(code, 'button.start'), exact: true }).click());
    await waitForHeading(page, tr(code, 'q.dob.title'));
    await drawnWithTheFont(page, '#main-heading');
    await allHeld(page, `${code} first question`);
    await page.screenshot({ path: path.join(OUT, `fonts-${code}-question.png`) });
  }));
}

test("with the child: English beside Tigrinya, the Tigrinya question drawn with the Ethiopic font (screenshot at 360x640)", () => withPhonePage(browser, async (page) => {
  await openStart(page, server.url, 'en');
  await chooseLanguage(page, 'lang-child', 'ti');
  await page.locator('details.language-bar__details summary').click(); // closes the picker
  await page.getByRole('button', { name: tr('en', 'button.start'), exact: true }).click();
  await waitForHeading(page, tr('en', 'q.dob.title'));
  const child = page.locator('#main-heading .child-text');
  await child.waitFor({ timeout: 15000 });
  assert.equal(await child.getAttribute('lang'), 'ti');
  await fontLoaded(page);
  await drawnWithTheFont(page, '#main-heading .child-text');
  const answers = await page.locator('label .child-text').all();
  assert.ok(answers.length >= 2, `the answers have their Tigrinya text: ${answers.length}`);
  for (const [i, label] of answers.entries()) {
    assert.equal(await label.getAttribute('lang'), 'ti', `answer ${i + 1}: its Tigrinya text is marked lang=ti`);
    await drawnWithTheFont(page, 'label .child-text', i);
  }
  await allHeld(page, 'English with Tigrinya, first question');
  await page.screenshot({ path: path.join(OUT, 'fonts-en-ti-child-question.png') });
}));

test('the dates the browser writes in Amharic and Tigrinya use only characters the font holds', () => withPhonePage(browser, async (page) => {
  await openStart(page, server.url, 'en');
  for (const code of ['am', 'ti']) {
    const months = await run(page, INTL_MONTHS, code);
    assert.deepEqual(notHeld(months), [], `Intl (${code}): ${months}`);
  }
}));

test('English only: the page never asks for the Ethiopic font, from the start page to the result, language picker opened', () => withPhonePage(browser, async (page) => {
  await openStart(page, server.url, 'en');
  await openLanguages(page);
  // The picker names Tigrinya and Amharic in Ge'ez: the page holds such characters, unshown.
  assert.ok(geez(await page.locator('#lang-main').innerHTML()).length > 0, 'the language menu names ትግርኛ in Ge\'ez');
  await page.locator('details.language-bar__details summary').click();
  await page.getByRole('button', { name: tr('en', 'button.start'), exact: true }).click();
  await waitForHeading(page, tr('en', 'q.dob.title'));
  await answerUnknownUntilCheck(page, 'en');
  await advance(page, () => page.getByRole('button', { name: tr('en', 'button.see_result'), exact: true }).click());
  await waitForHeading(page, tr('en', 'result.title'));
  await page.waitForTimeout(500);
  assert.deepEqual(fontRequests(page), [], 'the page asked for the Ethiopic font');
  assert.equal(await run(page, FACE_STATUS), 'unloaded', 'the Ethiopic font face');
}));
