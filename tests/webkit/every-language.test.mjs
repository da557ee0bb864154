// Issue 19 in WebKit (the engine of every iPhone browser): in Arabic the reasons run right to
// left with each English reason its own left-to-right English span, the date fields follow the
// example's order, dates are the app's own pattern (no "د د ۲۰۲۶" in Pashto), and a typed time
// means one time ("3:30 PM" is 15:30, read back before Continue, and closes refugee family
// reunion on 4 September 2025). Screenshots: test-output/webkit/every-*.png.
import { test, before, after } from 'node:test';
import { closingDayFile } from '../shared/closing-day.mjs';
import assert from 'node:assert/strict';
import path from 'node:path';
import { snapshotDist, removeDir, serveApp, openBrowser, shot, t, ROOT, scenarioFile, labelled, button, press, fill, waitForHeading, asElement } from './helpers.mjs';
import { seeResult, navigateFresh } from './drive.mjs';
import { catalog } from '../shared/catalog.mjs';

let dir, app, browser;
before(async () => {
  dir = snapshotDist('every-language');
  app = await serveApp(dir);
  browser = await openBrowser('every-language');
});
after(async () => { await browser?.close(); await app?.stop(); removeDir(dir); });

const ARABIC_SCRIPT = /[\u0600-\u06FF]/;
const CLOSING_DAY = closingDayFile();

/** Opens `file` from the start page (in `lang`) and goes on to the result. */
async function resultOf(s, lang, file) {
  const cat = catalog(lang);
  await navigateFresh(s, app.url + (lang === 'en' ? '' : `?lang=${lang}`));
  await waitForHeading(s, cat['start.title'], { timeout: 30000 });
  await s.sendKeys(await labelled(s, cat['button.import']), file);
  await s.until(() => s.css('.check, .result'), { timeout: 20000, what: 'the opened case' });
  if (await s.css('.check')) await press(s, await s.css('.check button.button'));
  await s.until(() => s.css('.result #main-heading'), { timeout: 20000, what: 'the result' });
}

test('Arabic: the reasons block runs right to left; each English reason is an English left-to-right span with no Arabic digits or months', async () => {
  const { s } = browser;
  await resultOf(s, 'ar', scenarioFile('S04'));
  const report = await s.execute(`
    document.querySelectorAll('details').forEach((d) => { d.open = true; });
    return [...document.querySelectorAll('section.card details')].map((d) => ({
      lang: d.closest('[lang]').getAttribute('lang'),
      direction: getComputedStyle(d.querySelector('summary')).direction,
      status: getComputedStyle(d.querySelector('.details__text > p')).direction,
      english: [...d.querySelectorAll('.reasons > li > span[lang=en]')].map((s) => ({ dir: s.getAttribute('dir'), text: s.textContent })),
    }));`);
  assert.ok(report.length >= 9, 'every card has its details');
  for (const d of report) {
    assert.equal(d.lang, 'ar', 'the details are Arabic, not marked English as a whole');
    assert.equal(d.direction, 'rtl', 'the reasons heading runs right to left');
    assert.equal(d.status, 'rtl', 'the route status runs right to left');
    for (const e of d.english) {
      assert.equal(e.dir, 'ltr');
      assert.doesNotMatch(e.text, ARABIC_SCRIPT, `English reason: ${e.text}`);
    }
  }
  await shot(s, 'every-reasons-ar', { top: false });
});

test('Arabic and Pashto: the date fields in the order of the example, and dates in the app\'s own pattern', async () => {
  const { s } = browser;
  for (const lang of ['ar', 'ps']) {
    const cat = catalog(lang);
    await navigateFresh(s, app.url + `?lang=${lang}`);
    await waitForHeading(s, cat['start.title'], { timeout: 30000 });
    await press(s, await button(s, cat['button.start']));
    await s.until(() => s.css('#field-day'), { what: 'the date of birth question' });
    const place = await s.execute(`
      const x = (el) => { const r = el.getBoundingClientRect(); return r.x + r.width / 2; };
      const ex = document.querySelector('#date-example');
      const at = (text) => {
        const walker = document.createTreeWalker(ex, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const i = n.data.indexOf(text);
          if (i < 0) continue;
          const range = document.createRange(); range.setStart(n, i); range.setEnd(n, i + text.length);
          const r = range.getBoundingClientRect(); return r.x + r.width / 2;
        }
        return null;
      };
      return { day: x(document.querySelector('#field-day')), year: x(document.querySelector('#field-year')), exDay: at(arguments[0]), exYear: at(arguments[1]) };`,
    [lang === 'ar' ? '٢٧' : '۲۷', lang === 'ar' ? '٢٠١٠' : '۲۰۱۰']);
    assert.ok(place.day > place.year, `${lang}: the day field on the right of the year: ${JSON.stringify(place)}`);
    assert.ok(place.exDay > place.exYear, `${lang}: the example's day on the right of its year: ${JSON.stringify(place)}`);
    const hint = await s.execute('return document.querySelector(".hint:not(#date-example)")?.textContent ?? ""');
    assert.doesNotMatch(hint, /د د/, `${lang}: no doubled "د" in a date`);
    await shot(s, `every-date-${lang}`);
  }
});

test('a typed time: "1430" and "3:30 PM" read back as 14:30 and 15:30 before Continue; 3:30 PM on 4 September 2025 closes refugee family reunion', async () => {
  const { s } = browser;
  await resultOf(s, 'en', CLOSING_DAY);
  const verdict = () => s.execute('return document.querySelector("[data-pathway=refugee_family_reunion]").dataset.verdict');
  assert.equal(await verdict(), 'possible');
  await press(s, await button(s, t('button.change_answers')));
  await s.until(() => s.css('a[href="#change-application_time"]'), { what: 'the check page' });
  await press(s, await s.css('a[href="#change-application_time"]'));
  const field = await labelled(s, t('q.application_time.title'));
  assert.equal(await s.execute('return arguments[0].type', [asElement(field)]), 'text');
  const readBack = () => s.execute('return document.querySelector("#time-read").textContent');
  await fill(s, field, '1430');
  await s.until(async () => (await readBack()).includes('14:30') || null, { what: '14:30 read back' });
  await fill(s, field, '3:30 PM');
  await s.until(async () => (await readBack()).includes('15:30') || null, { what: '15:30 read back' });
  await shot(s, 'every-time-read-back');
  await press(s, await button(s, t('button.continue')));
  await s.until(() => s.css('.check, .result'), { what: 'after the time' });
  if (await s.css('.check')) await seeResult(s);
  await s.until(() => s.css('.result [data-pathway=refugee_family_reunion]'), { what: 'the result' });
  assert.equal(await verdict(), 'closed', '15:30 is after the 15:00 closure');
});
