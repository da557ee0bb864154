// Every language and every way of using it (issue 19), end to end in Chromium at 360x640 on the
// release build: the child's language on the question and the result; reasons in right-to-left
// languages, each English sentence isolated and in English digits; date fields in the order of
// their example; a converted date of birth confirmed as a warning, not an error; a time typed one
// way read one way; focus visible in forced colours; a whole case by keyboard alone; one h1 and
// grouped choices on every kind of screen. Every expected text is read from i18n/<lang>.json.
import { test, before, after } from 'node:test';
import { closingDayFile } from '../shared/closing-day.mjs';
import assert from 'node:assert/strict';
import path from 'node:path';
import { serve, launch, phonePage, shot, ROOT, chooseLanguage } from './helpers.mjs';
import {
  EN, RTL, tr, norm, openStart, advance, waitForHeading, answerUnknownUntilCheck, langTag, nativeDigits, waitForLanguage,
} from './lang-helpers.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); server?.stop(); });

async function withPage(body, options) {
  const { context, page } = await phonePage(browser, options);
  try {
    await body(page);
    assert.deepEqual(page.errors, [], 'errors in the browser console');
  } finally {
    await context.close();
  }
}

/** A public scenario with five hopeful routes and three deadlines (assessed 1 June 2017). */
const S04 = path.join(ROOT, 'tests', 'scenarios', 'public', 'S04.json');
/** Refugee family reunion applied for on the day it closed (4 September 2025 at 15:00), time unknown. */
const CLOSING_DAY = closingDayFile();

const ARABIC_SCRIPT = /[\u0600-\u06FF]/;
const ETHIOPIC = /[\u1200-\u139F]/;

/** From the start page, opens `file` and goes on to its result. */
async function resultOf(page, code, file) {
  await advance(page, () => page.locator('#field-file').setInputFiles(file));
  if (!(await page.locator('.check #main-heading').count())) await answerUnknownUntilCheck(page, code);
  await advance(page, () => page.locator('.check button.button').first().click());
  await page.locator('.result #main-heading').waitFor();
}

/** The visible text of an element without its child-language spans. */
const ownText = (locator) => locator.evaluate((el) => {
  const copy = el.cloneNode(true);
  copy.querySelectorAll('.child-text, .visually-hidden').forEach((c) => c.remove());
  return copy.textContent;
});

// 1. The child's language on the question and on the result.
for (const code of ['ar', 'fa', 'ps', 'ti', 'fr']) {
  test(`with the child in ${code}: the question's words, buttons, calendar and example, and the result's headline, routes, why and deadlines are in both languages`, () => withPage(async (page) => {
    await openStart(page, server.url, 'en');
    await page.locator('#app:not(.prerendered)').waitFor({ state: 'attached' });
    await chooseLanguage(page, 'lang-child', code);
    await page.locator('.language-bar__summary [lang="' + langTag(code) + '"]').waitFor();
    const dir = RTL.has(code) ? 'rtl' : 'ltr';
    const childSpans = async (scope) => scope.locator('.child-text').evaluateAll((els) => els.map((e) => ({ lang: e.lang, dir: e.dir, text: e.textContent })));

    // The result of a whole case.
    await resultOf(page, 'en', S04);
    const cards = page.locator('section.card');
    const n = await cards.count();
    assert.ok(n >= 9, `${n} route cards`);
    for (let i = 0; i < n; i++) {
      const card = cards.nth(i);
      const id = await card.getAttribute('data-pathway');
      const title = await childSpans(card.locator('.card__title'));
      assert.deepEqual(title, [{ lang: langTag(code), dir, text: tr(code, `pathway.${id}`) }], `${id}: the route's name in the child's language`);
      const why = await childSpans(card.locator('.card__why'));
      assert.equal(why.length, 1, `${id}: the why line in the child's language`);
      assert.notEqual(norm(why[0].text), norm(await ownText(card.locator('.card__why'))), `${id}: the child's why line is translated, not the English again`);
      for (const li of await card.locator('.card__deadlines li').all()) {
        assert.equal((await childSpans(li)).length, 1, `${id}: a deadline in the child's language: ${norm(await li.textContent())}`);
      }
    }
    for (const banner of await page.locator('.banner').all()) {
      assert.ok((await childSpans(banner)).length >= 1, `the banner "${norm(await ownText(banner))}" in the child's language too`);
    }
    const h1 = await childSpans(page.locator('#main-heading'));
    assert.equal(h1[0]?.text, tr(code, 'result.title'));
    await page.screenshot({ path: path.join(ROOT, 'test-output', 'screenshots', `child-${code}-result.png`) });
    await shot(page, `child-${code}-result-full`);

    // The date of birth question, reached from "Change your answers".
    await advance(page, () => page.getByRole('button', { name: new RegExp(`^${tr('en', 'button.change_answers')}`) }).click());
    await advance(page, () => page.locator('a[href="#change-dob"]').click());
    await page.locator('#field-calendar').waitFor();
    const want = [
      ['#main-heading', 'q.dob.title'],
      ['label[for=field-day]', 'date.day'],
      ['label[for=field-month]', 'date.month'],
      ['label[for=field-year]', 'date.year'],
      ['label[for=field-calendar]', 'dob.calendar'],
      ['.question form button[type=submit]', 'button.continue'],
    ];
    for (const [selector, key] of want) {
      const spans = await childSpans(page.locator(selector).first());
      assert.deepEqual(spans.map((s) => [s.lang, s.dir, norm(s.text)]), [[langTag(code), dir, norm(tr(code, key))]], `${selector}: ${key} in the child's language`);
    }
    const example = await childSpans(page.locator('#date-example'));
    assert.equal(example.length, 1, 'the example in the child\'s language');
    assert.ok(norm(example[0].text.replace(/[\u2066-\u2069]/g, '')).includes(nativeDigits(code, '27 3 2010')), `the child's example in the child's digits: ${example[0].text}`);
    const calendars = await page.locator('#field-calendar option').allTextContents();
    assert.ok(calendars.some((o) => o.includes(`· ${tr(code, 'calendar.solar_hijri')}`)), `the calendar names in the child's language: ${calendars}`);
    const script = code === 'ti' ? ETHIOPIC : RTL.has(code) ? ARABIC_SCRIPT : null;
    if (script) assert.match(example[0].text + calendars.join(' '), script, 'in the child\'s script');
    await page.screenshot({ path: path.join(ROOT, 'test-output', 'screenshots', `child-${code}-question.png`) });
    await shot(page, `child-${code}-question-full`);
  }));
}

// 2. Right to left, sentence by sentence.
for (const code of ['ar', 'fa', 'ps']) {
  test(`${code}: the reasons block runs right to left; each English reason is its own left-to-right span in English, with English digits and dates`, () => withPage(async (page) => {
    await openStart(page, server.url, code);
    await waitForLanguage(page, code);
    await resultOf(page, code, S04);
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
    const report = await page.evaluate(() => [...document.querySelectorAll('section.card details')].map((d) => ({
      lang: d.closest('[lang]').lang,
      direction: getComputedStyle(d).direction,
      summary: getComputedStyle(d.querySelector('summary')).direction,
      status: { text: d.querySelector('.details__text > p').textContent, direction: getComputedStyle(d.querySelector('.details__text > p')).direction },
      reasons: [...d.querySelectorAll('.reasons > li')].map((li) => ({
        english: [...li.querySelectorAll(':scope > span[lang=en]')].map((s) => ({ dir: s.getAttribute('dir'), text: s.textContent })),
        own: (() => { const c = li.cloneNode(true); c.querySelectorAll('[lang=en], .citation').forEach((x) => x.remove()); return c.textContent.trim(); })(),
        cite: li.querySelector('.citation a')?.getAttribute('lang'),
      })),
    })));
    assert.ok(report.length >= 9, 'every card has its details');
    let english = 0;
    for (const d of report) {
      assert.equal(d.lang, langTag(code), 'the details are in the page\'s language, not marked English as a whole');
      assert.equal(d.direction, 'rtl');
      assert.equal(d.summary, 'rtl', 'the heading of the reasons runs right to left');
      assert.equal(d.status.direction, 'rtl', 'the route status line runs right to left');
      assert.match(d.status.text, ARABIC_SCRIPT, `the route status line is translated: ${d.status.text}`);
      for (const r of d.reasons) {
        assert.equal(r.cite, 'en', 'a legal source is marked English');
        if (r.english.length) {
          english++;
          for (const s of r.english) {
            assert.equal(s.dir, 'ltr', 'an English reason runs left to right');
            assert.doesNotMatch(s.text, ARABIC_SCRIPT, `an English reason has no Arabic-script digits, months or words: ${s.text}`);
          }
        } else {
          assert.match(r.own, ARABIC_SCRIPT, `a reason not marked English is translated: ${r.own}`);
        }
      }
    }
    await page.screenshot({ path: path.join(ROOT, 'test-output', 'screenshots', `reasons-${code}.png`) });
    if (english === 0) assert.ok(true, 'every reason is translated');
  }));
}

/** The horizontal centre of the first occurrence of `text` in the text of `selector`. */
const textX = (page, selector, text) => page.evaluate(({ selector, text }) => {
  const root = document.querySelector(selector);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.data.indexOf(text);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + text.length);
    const r = range.getBoundingClientRect();
    return r.x + r.width / 2;
  }
  return null;
}, { selector, text });
const centreX = (page, selector) => page.locator(selector).evaluate((el) => { const r = el.getBoundingClientRect(); return r.x + r.width / 2; });

// 3. The date fields in the order their example reads.
for (const code of ['en', 'ar', 'fa']) {
  test(`${code}: the day, month and year fields are laid out in the order of the example above them`, () => withPage(async (page) => {
    await openStart(page, server.url, code);
    await waitForLanguage(page, code);
    await advance(page, () => page.locator('button.button--start').click());
    await page.locator('#field-day').waitFor();
    const [day, year] = [await centreX(page, '#field-day'), await centreX(page, '#field-year')];
    const [exDay, exYear] = [await textX(page, '#date-example', nativeDigits(code, '27')), await textX(page, '#date-example', nativeDigits(code, '2010'))];
    assert.ok(exDay !== null && exYear !== null, 'the example shows 27 and 2010');
    const rtl = RTL.has(code);
    assert.equal(day > year, rtl, `${code}: the day field is on the ${rtl ? 'right' : 'left'} of the year`);
    assert.equal(exDay > exYear, rtl, `${code}: the example's day is on the ${rtl ? 'right' : 'left'} of its year, as the fields`);
    const described = await page.locator('#field-day').getAttribute('aria-describedby');
    assert.ok(described.split(' ').includes('date-example'), 'the example describes the fields');
  }));
}

// 4. A right answer asked to be confirmed is a warning, not an error; the example follows the calendar.
test('fa: a Solar Hijri date of birth: the example is Solar Hijri; confirming it is a warning (no error summary, no "Error:" title), the box gets the focus', () => withPage(async (page) => {
  await openStart(page, server.url, 'fa');
  await waitForLanguage(page, 'fa');
  await advance(page, () => page.locator('button.button--start').click());
  await page.locator('#field-calendar').selectOption('solar_hijri');
  // 27 March 2010 is 7 Farvardin 1389.
  await page.waitForFunction((want) => document.querySelector('#date-example').textContent.replace(/[\u2066-\u2069]/g, '').includes(want), nativeDigits('fa', '7 1 1389'));
  await page.locator('#field-day').fill('۱۵');
  await page.locator('#field-month').fill('۶');
  await page.locator('#field-year').fill('۱۳۹۰');
  await page.locator('.question form button[type=submit]').click();
  await page.locator('.confirm .warning-text').waitFor();
  assert.equal(await page.locator('.error-summary').count(), 0, 'no error summary');
  assert.equal(await page.locator('.error-message').count(), 0, 'no error message');
  assert.equal(await page.locator('.input--error, [aria-invalid=true]').count(), 0, 'nothing marked wrong');
  await page.waitForFunction(() => document.activeElement?.id === 'field-confirm');
  const title = await page.title();
  assert.ok(!title.startsWith(tr('fa', 'error.title_prefix')), `the title says no error: ${title}`);
  assert.match(await page.locator('.confirm .warning-text').textContent(), /۲۰۱۱/, 'the warning gives the Gregorian date (2011)');
  await page.screenshot({ path: path.join(ROOT, 'test-output', 'screenshots', 'confirm-warning-fa.png') });
  await page.locator('#field-confirm').check();
  await advance(page, () => page.locator('.question form button[type=submit]').click());
  assert.equal(await page.locator('.confirm, .error-summary').count(), 0, 'confirmed: on to the next question');
}));

// 5. A time means one time.
test('a typed time is read back on the 24-hour clock before Continue ("1430", "3:30 PM"), and 3:30 PM on 4 September 2025 is after refugee family reunion closed', () => withPage(async (page) => {
  await openStart(page, server.url, 'en');
  await resultOf(page, 'en', CLOSING_DAY);
  assert.equal(await page.locator('[data-pathway=refugee_family_reunion]').getAttribute('data-verdict'), 'possible', 'with no time, the route may still have been open');
  await advance(page, () => page.getByRole('button', { name: EN['button.change_answers'] }).click());
  await advance(page, () => page.locator('a[href="#change-application_time"]').click());
  const field = page.getByLabel(EN['q.application_time.title'], { exact: true });
  assert.equal(await field.getAttribute('type'), 'text', 'typed as text, the same in every engine');
  const readBack = () => page.locator('#time-read').textContent();
  await field.fill('1430');
  await page.waitForFunction(() => document.querySelector('#time-read').textContent.includes('14:30'));
  assert.equal(norm(await readBack()), EN['time.read_as'].replace('{time}', '14:30'));
  await field.fill('3:30 PM');
  await page.waitForFunction(() => document.querySelector('#time-read').textContent.includes('15:30'));
  await field.fill('25:00');
  await page.waitForFunction(() => document.querySelector('#time-read').textContent === '');
  await field.fill('3:30 PM');
  await page.screenshot({ path: path.join(ROOT, 'test-output', 'screenshots', 'time-read-back.png') });
  await advance(page, () => page.getByRole('button', { name: EN['button.continue'], exact: true }).click());
  if (await page.locator('.check').count()) await advance(page, () => page.getByRole('button', { name: EN['button.see_result'] }).click());
  await page.locator('.result').waitFor();
  assert.equal(await page.locator('[data-pathway=refugee_family_reunion]').getAttribute('data-verdict'), 'closed', '15:30 is after the 15:00 closure');
}));

// 6. Focus in forced colours (Windows contrast themes): each kind of control shows it.
test('forced colours: Start, Continue, Language, a radio, a list, a text field, a link and "Reasons and legal sources" each show where focus is', () => withPage(async (page) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await openStart(page, server.url, 'en');
  await page.locator('#app:not(.prerendered)').waitFor({ state: 'attached' });
  const focusRing = async (selector) => {
    // As a keyboard user gets there: Tab until the element has the focus (a focus moved by a
    // script after a tap does not show :focus-visible, and should not).
    const target = page.locator(selector).first();
    await target.waitFor();
    for (let i = 0; i < 80 && !(await target.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    assert.ok(await target.evaluate((el) => el === document.activeElement), `${selector}: reached with Tab`);
    return page.locator(selector).first().evaluate((el) => {
      const s = getComputedStyle(el);
      return { matches: el.matches(':focus-visible'), style: s.outlineStyle, width: parseFloat(s.outlineWidth), color: s.outlineColor };
    });
  };
  const checked = [];
  const expectRing = async (selector, what) => {
    // Focus by keyboard, as :focus-visible needs.
    const ring = await focusRing(selector);
    assert.ok(ring.style !== 'none' && ring.width >= 2, `${what}: an outline in forced colours (${JSON.stringify(ring)})`);
    assert.notEqual(ring.color, 'rgba(0, 0, 0, 0)', `${what}: the outline is drawn in a system colour, not transparent`);
    checked.push(what);
  };
  await expectRing('.language-bar__summary', 'the Language disclosure');
  await expectRing('button.button--start', 'Start now');
  await expectRing('#field-file', 'Open a saved case');
  await page.screenshot({ path: path.join(ROOT, 'test-output', 'screenshots', 'forced-colours-start.png') });
  await advance(page, () => page.locator('button.button--start').click());
  // The app moves the focus to the new screen's heading once it is painted: wait for that, or
  // it would take the focus from the field focused below.
  await page.waitForFunction(() => document.activeElement?.id === 'main-heading');
  await expectRing('main input[type=radio]', 'a radio button');
  await expectRing('#field-calendar', 'a list');
  await expectRing('#field-day', 'a text field');
  await expectRing('.back-link', 'a link');
  await expectRing('.question form button[type=submit]', 'Continue');
  await page.screenshot({ path: path.join(ROOT, 'test-output', 'screenshots', 'forced-colours-question.png') });
  await resultOfFromQuestion(page);
  await page.waitForFunction(() => document.activeElement?.id === 'main-heading');
  await expectRing('.details__summary', 'Reasons and legal sources');
  assert.equal(checked.length, 9);
}));

async function resultOfFromQuestion(page) {
  await answerUnknownUntilCheck(page, 'en');
  await advance(page, () => page.getByRole('button', { name: EN['button.see_result'] }).click());
  await page.locator('.result').waitFor();
}

// 7. The keyboard alone, start to result.
test('keyboard only: from the start page to the result with Tab, the arrow keys, Space and Enter', () => withPage(async (page) => {
  await openStart(page, server.url, 'en');
  await page.locator('#app:not(.prerendered)').waitFor({ state: 'attached' });
  const active = () => page.evaluate(() => {
    const el = document.activeElement;
    return { tag: el?.tagName, type: el?.type, text: el?.textContent?.trim(), value: el?.value, cls: el?.className ?? '' };
  });
  /** Presses Tab until `want(active)` holds (at most 40 times). */
  const tabTo = async (want, what) => {
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      if (want(await active())) return;
    }
    throw new Error(`Tab never reached ${what}`);
  };
  await tabTo((a) => a.cls.includes('button--start'), 'Start now');
  await advance(page, () => page.keyboard.press('Enter'));
  const screens = [];
  for (let i = 0; i < 40 && !(await page.locator('.check').count()); i++) {
    screens.push(norm(await page.locator('#main-heading').textContent()));
    if (await page.locator('.question input[type=radio][value=unknown]').count()) {
      // Into the group, then the arrow keys to "I don't know" (the last option).
      await tabTo((a) => a.type === 'radio', 'the answers');
      const name = await page.evaluate(() => document.activeElement.name);
      for (let k = 0; k < 12; k++) {
        if (await page.evaluate((n) => document.querySelector(`input[name=${n}][value=unknown]`).checked, name)) break;
        await page.keyboard.press('ArrowDown');
      }
      await advance(page, () => page.keyboard.press('Enter'));
    } else {
      await tabTo((a) => a.tag === 'BUTTON' && a.text === EN['button.unknown'], '"I don\'t know"');
      await advance(page, () => page.keyboard.press('Enter'));
    }
  }
  assert.ok(await page.locator('.check').count(), `"Check your answers" reached by keyboard after ${screens.length} questions`);
  await tabTo((a) => a.tag === 'BUTTON' && a.text === EN['button.see_result'], 'See the result');
  await advance(page, () => page.keyboard.press('Space'));
  await page.locator('.result').waitFor();
  await tabTo((a) => a.tag === 'SUMMARY' && a.text === EN['result.reasons'], 'Reasons and legal sources');
  await page.keyboard.press('Enter');
  assert.ok(await page.evaluate(() => document.activeElement.closest('details').open), 'Enter opens the details');
}));

// 8. The accessibility tree of each kind of screen.
test('each kind of screen has one h1, its choices grouped under their question, and the child\'s words marked with the child\'s language', () => withPage(async (page) => {
  await openStart(page, server.url, 'en');
  await page.locator('#app:not(.prerendered)').waitFor({ state: 'attached' });
  await chooseLanguage(page, 'lang-child', 'ar');
  const kinds = new Set();
  const check = async (kind) => {
    const tree = await page.evaluate(() => ({
      h1: document.querySelectorAll('h1').length,
      radios: [...document.querySelectorAll('input[type=radio]')].map((r) => {
        const fieldset = r.closest('fieldset');
        return fieldset ? (fieldset.querySelector('legend')?.textContent ?? '').trim() : null;
      }),
      dates: [...document.querySelectorAll('#field-day')].map((d) => d.closest('[role=group], fieldset') !== null),
      child: [...document.querySelectorAll('.child-text')].map((c) => [c.lang, c.dir]),
      labelled: [...document.querySelectorAll('main input:not([type=hidden]), main select')].filter((i) => !i.labels?.length && !i.getAttribute('aria-label')).map((i) => i.id || i.name),
    }));
    assert.equal(tree.h1, 1, `${kind}: one h1`);
    assert.ok(tree.radios.every((legend) => legend), `${kind}: every radio is in a fieldset with a legend`);
    assert.ok(tree.dates.every(Boolean), `${kind}: a date's fields are a group`);
    assert.ok(tree.child.every(([lang, dir]) => lang === 'ar' && dir === 'rtl'), `${kind}: the child's words are marked Arabic, right to left`);
    assert.deepEqual(tree.labelled, [], `${kind}: every field has a label`);
    const snapshot = await page.locator('main').ariaSnapshot();
    assert.match(snapshot, /heading .*\[level=1\]/, `${kind}: the accessibility tree has the h1`);
    if (tree.radios.length) assert.match(snapshot, /group /, `${kind}: the choices are a group in the accessibility tree`);
    kinds.add(kind);
  };
  await check('start');
  // A date screen: the date the rules are applied as of.
  await advance(page, () => page.locator('a[href="#assessment-date"]').click());
  await check('date');
  await advance(page, () => page.locator('.question a.back-link').click());
  await advance(page, () => page.locator('button.button--start').click());
  for (let i = 0; i < 40 && !(await page.locator('.check').count()); i++) {
    const kind = (await page.locator('#field-calendar').count()) ? 'date of birth'
      : (await page.locator('#field-country').count()) ? 'country'
        : (await page.locator('#field-time').count()) ? 'time'
          : (await page.locator('#field-day').count()) ? 'date' : 'choice';
    if (!kinds.has(kind)) await check(kind);
    const radio = page.locator('.question input[type=radio][value=unknown]');
    if (await radio.count()) {
      await radio.check();
      await advance(page, () => page.locator('.question form button[type=submit]').click());
    } else {
      await advance(page, () => page.locator('.question .button--secondary').click());
    }
  }
  await check('check');
  await advance(page, () => page.locator('.check button.button').last().click());
  await page.locator('.result').waitFor();
  await check('result');
  for (const kind of ['start', 'date of birth', 'choice', 'country', 'date', 'check', 'result']) assert.ok(kinds.has(kind), `the ${kind} screen was checked`);
}));
