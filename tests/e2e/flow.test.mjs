// End-to-end flow tests: public scenarios completed through the UI must give the engine's
// verdicts; Back and Change; every validation error; quick exit; the print view; screenshots.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve, launch, phonePage, PHONE, openLanguages } from './helpers.mjs';
import {
  t, title, loadScenario, completeCase, seeResult, engineVerdicts, engineVerdictsOf, pathwaysBin,
  SCENARIOS, openStart, setAssessmentDate, start, answerAll, heading, headingText, errorSummary, nextScreen,
  fillDate, dobAnswer, countryName, escapeRe, openOtherDate, dateText, snap, shownVerdicts,
  reach as reachAt, exitMidCase, backShowsNothing,
} from './drive.mjs';

let server, browser;
before(async () => {
  pathwaysBin();
  server = await serve();
  browser = await launch();
});
after(async () => { await browser?.close(); server?.stop(); });

/** A fresh phone page; closes its context when `fn` ends and checks no script error happened. */
async function withPage(fn, { ignore = null } = {}) {
  const { context, page } = await phonePage(browser);
  const failed = [];
  page.on('response', (r) => { if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`); });
  try {
    await fn(page);
    const errors = page.errors.filter((e) => !(ignore && ignore.test(e)));
    assert.deepEqual(errors, [], `no script errors (failed requests: ${failed.join(', ') || 'none'})`);
  } finally {
    await context.close();
  }
}

const clone = (x) => JSON.parse(JSON.stringify(x));
const continueButton = (page) => page.getByRole('button', { name: t('button.continue'), exact: true });
/** Whether the element has (or gets, within a second: focus moves after the screen renders) the focus. */
const focused = (locator) => locator.evaluate((el) => new Promise((resolve) => {
  const end = performance.now() + 1000;
  const check = () => {
    if (el === document.activeElement) resolve(true);
    else if (performance.now() > end) resolve(false);
    else requestAnimationFrame(check);
  };
  check();
}));
/** The answer shown on "Check your answers" (or in the printed answers) for a question. */
async function shownAnswer(page, question) {
  const term = page.getByRole('term').filter({ hasText: new RegExp('^' + escapeRe(question) + '$') });
  return (await term.evaluate((dt) => dt.nextElementSibling.textContent)).trim();
}

/** From the start page: sets the date, starts and answers from `c` up to the question `key`. */
const reach = (page, c, key, n = null) => reachAt(page, server.url, c, key, n);

// ---- Public scenarios through the UI -------------------------------------------------------

const PUBLIC = ['S01', 'S03', 'S05', 'S13', 'S21', 'S30', 'S35', 'S37', 'S38', 'S41'];
// And one of our own with three relatives (the repeated relative questions and "another relative").
const CASES = [...PUBLIC.map((id) => [id, `${SCENARIOS}/${id}.json`]), ['P122 (three relatives)', path.join(SCENARIOS, '../own/P122.json')]];

for (const [id, file] of CASES) {
  test(`${id}: completed through the UI, every pathway shows the engine's verdict`, async () => {
    const scenario = JSON.parse(fs.readFileSync(file, 'utf8'));
    const want = engineVerdicts(file);
    await withPage(async (page) => {
      const asked = await completeCase(page, server.url, scenario.case);
      assert.ok(asked.length > 0);
      // "Check your answers" lists every question asked, each with its own Change link: the
      // repeated "another relative?" row is named after the relative it follows.
      let nth = 0;
      const rows = asked.map((q) => (q === title('another') ? t('check.another').replaceAll('{n}', String(++nth)) : q));
      for (const q of rows) {
        const links = page.getByRole('link', { name: `${t('button.change')} ${q}`, exact: true });
        assert.equal(await links.count(), 1, `one Change link named for "${q}"`);
      }
      const got = await seeResult(page);
      assert.deepEqual(got, want, `${id}: verdicts on the result page (questions asked: ${asked.join(' | ')})`);
      // Each card has its name (h3) and a badge with the verdict in words.
      for (const [pathway, verdict] of Object.entries(want)) {
        const card = page.locator(`section[data-pathway="${pathway}"]`);
        await card.getByRole('heading', { level: 3, name: t(`pathway.${pathway}`) }).waitFor();
        // The badge: an icon hidden from screen readers, then the verdict in words.
        await card.getByText(new RegExp(`^\\W*${escapeRe(t(`verdict.${verdict}`))}$`)).waitFor();
      }
    });
  });
}

// ---- Back and Change -----------------------------------------------------------------------

test('Back keeps every answer shown, with the Back link and with the browser back button', async () => {
  const c = loadScenario('S01').case;
  await withPage(async (page) => {
    await reach(page, c, 'relation', 1);
    // Back link: the relatives question, with "Yes" still chosen.
    await page.getByRole('link', { name: t('button.back'), exact: true }).click();
    await heading(page).filter({ hasText: title('relatives') }).waitFor();
    assert.ok(await page.getByRole('radio', { name: t('opt.yes'), exact: true }).isChecked(), 'Yes is still chosen');
    // Back again: the country, still France.
    await page.getByRole('link', { name: t('button.back'), exact: true }).click();
    await heading(page).filter({ hasText: title('location') }).waitFor();
    const select = page.getByLabel(title('location'), { exact: true });
    assert.equal(await select.evaluate((s) => s.selectedOptions[0].textContent), countryName('FR'));
    // The browser's back button: the date of birth, as entered.
    await page.goBack();
    await heading(page).filter({ hasText: title('dob') }).waitFor();
    assert.ok(await page.getByRole('radio', { name: t('dob.mode_date'), exact: true }).isChecked());
    assert.equal(await page.getByLabel(t('date.day'), { exact: true }).inputValue(), '10');
    assert.equal(await page.getByLabel(t('date.month'), { exact: true }).inputValue(), '3');
    assert.equal(await page.getByLabel(t('date.year'), { exact: true }).inputValue(), '2001');
    // Going forward again keeps the later answers too (answered questions may be skipped).
    await continueButton(page).click();
    await nextScreen(page, title('dob'), { orError: false });
    const asked = await answerAll(page, c);
    assert.match(await shownAnswer(page, title('dob')), dateText('2001-03-10'));
    assert.equal(await shownAnswer(page, title('location')), countryName('FR'));
    assert.equal(await shownAnswer(page, title('relatives')), t('opt.yes'));
    // Back from "Check your answers" shows the last answer.
    await page.getByRole('link', { name: t('button.back'), exact: true }).click();
    const last = asked[asked.length - 1];
    await heading(page).filter({ hasText: last }).waitFor();
    assert.ok(await page.getByRole('radio', { checked: true }).count() === 1, `an answer is still chosen on "${last}"`);
  });
});

test('Change on "Check your answers" goes back there, and the result follows the change', async () => {
  const scenario = loadScenario('S21');
  const before = engineVerdicts(`${SCENARIOS}/S21.json`);
  const changed = clone(scenario.case);
  changed.child.in_calais_camp_on_2016_10_24 = false;
  const want = engineVerdictsOf(changed, 'S21-not-in-camp');
  assert.notDeepEqual(want, before, 'the change matters to the engine');
  await withPage(async (page) => {
    const firstRun = await completeCase(page, server.url, scenario.case);
    assert.deepEqual(await seeResult(page), before);
    await page.getByRole('button', { name: t('button.change_answers') }).click();
    await heading(page).filter({ hasText: t('check.title') }).waitFor();
    const q = title('calais_camp');
    const row = page.getByRole('term').filter({ hasText: q });
    await row.waitFor();
    await page.getByRole('link', { name: `${t('button.change')} ${q}`, exact: true }).click();
    await heading(page).filter({ hasText: q }).waitFor();
    assert.ok(await page.getByRole('radio', { name: t('opt.yes'), exact: true }).isChecked(), 'the answer given is shown');
    await page.getByRole('radio', { name: t('opt.no'), exact: true }).check();
    await continueButton(page).click();
    await nextScreen(page, q);
    // Only newly needed questions (if any), then "Check your answers" again.
    const asked = await answerAll(page, changed);
    for (const again of asked) assert.ok(!firstRun.includes(again), `"${again}" was answered already and is not asked again`);
    await heading(page).filter({ hasText: t('check.title') }).waitFor();
    assert.equal(await shownAnswer(page, q), t('opt.no'), 'the new answer is listed');
    assert.deepEqual(await seeResult(page), want, 'the result follows the change');
  });
});

test('Change that opens new questions asks only those, then the result follows', async () => {
  const scenario = loadScenario('S41');
  const changed = clone(scenario.case);
  changed.uk_relatives = [{ relation: 'sibling', adult: true, status: 'protection', able_to_care: null, family_before_flight: true, written_consent: null }];
  const want = engineVerdictsOf(changed, 'S41-with-brother');
  await withPage(async (page) => {
    const firstRun = await completeCase(page, server.url, scenario.case);
    const q = title('relatives');
    await page.getByRole('link', { name: `${t('button.change')} ${q}`, exact: true }).click();
    await heading(page).filter({ hasText: q }).waitFor();
    assert.ok(await page.getByRole('radio', { name: t('opt.no'), exact: true }).isChecked());
    await page.getByRole('radio', { name: t('opt.yes'), exact: true }).check();
    await continueButton(page).click();
    await nextScreen(page, q);
    assert.equal(await headingText(page), title('relation', 1), 'the new question comes next');
    const asked = await answerAll(page, changed);
    for (const again of asked) {
      assert.ok(!firstRun.includes(again), `"${again}" was answered already and is not asked again`);
    }
    assert.deepEqual(await seeResult(page), want);
  });
});

// ---- Nothing lost ----------------------------------------------------------------------------

test('Start again asks first: "No, keep the answers" keeps the case; "Yes" clears it', async () => {
  const file = `${SCENARIOS}/S01.json`;
  await withPage(async (page) => {
    await completeCase(page, server.url, loadScenario('S01').case);
    const want = await seeResult(page);
    assert.deepEqual(want, engineVerdicts(file));
    await page.getByRole('button', { name: t('button.start_again'), exact: true }).click();
    await heading(page).filter({ hasText: t('start_again.title') }).waitFor();
    await snap(page, 'flow-confirm-start-again');
    await page.getByRole('button', { name: t('start_again.keep'), exact: true }).click();
    await heading(page).filter({ hasText: t('result.title') }).waitFor();
    assert.deepEqual(await shownVerdicts(page), want, 'the case is still there');
    await page.getByRole('button', { name: t('button.start_again'), exact: true }).click();
    await page.getByRole('button', { name: t('start_again.confirm'), exact: true }).click();
    await heading(page).filter({ hasText: t('start.title') }).waitFor();
    await start(page);
    assert.equal(await day(page).inputValue(), '', 'the next case starts empty');
  });
});

test('changing the assessment date on "Check your answers" keeps every answer', async () => {
  const c = loadScenario('S01').case;
  await withPage(async (page) => {
    await completeCase(page, server.url, c);
    const dob = title('dob');
    const before = await shownAnswer(page, dob);
    const link = page.getByRole('link', { name: `${t('button.change')} ${t('check.assessed_on')}`, exact: true });
    await link.click();
    await heading(page).filter({ hasText: t('assessed_on.title') }).waitFor();
    await fillDate(page, 26, 11, 2026);
    await page.getByRole('button', { name: t('button.set_date'), exact: true }).click();
    // Only what the new date makes relevant is asked (if anything), then the check page again.
    const asked = await answerAll(page, { ...c, assessed_on: '2026-11-26' });
    assert.ok(!asked.includes(dob), 'the date of birth is not asked again');
    await heading(page).filter({ hasText: t('check.title') }).waitFor();
    assert.equal(await shownAnswer(page, dob), before, 'the date of birth is kept');
    assert.match(await shownAnswer(page, t('check.assessed_on')), dateText('2026-11-26'));
    const want = engineVerdictsOf({ ...c, assessed_on: '2026-11-26' }, 'S01-2026');
    assert.deepEqual(await seeResult(page), want, 'the result is as of the new date');
  });
});

test('the Rules link opens in a new tab; the case stays where it was', async () => {
  await withPage(async (page) => {
    await reach(page, loadScenario('S01').case, 'relatives');
    const link = page.getByRole('contentinfo').getByRole('link', { name: new RegExp(escapeRe(t('footer.rules'))) });
    assert.match(await link.textContent(), new RegExp(escapeRe(t('link.new_tab'))), 'the link says it opens a new tab');
    const [tab] = await Promise.all([page.context().waitForEvent('page'), link.click()]);
    await tab.waitForLoadState();
    assert.match(tab.url(), /\/rules\/en\.html$/);
    await tab.close();
    assert.equal(await headingText(page), title('relatives'), 'the case is still on the same question');
  });
});

test('the date of birth is checked on every entry: an age over 25 must be confirmed again', async () => {
  await withPage(async (page) => {
    await reach(page, loadScenario('S01').case, 'dob');
    await dobAnswer(page, { date: '1981-03-10' }, { confirm: true });
    await nextScreen(page, title('dob'));
    assert.equal(await headingText(page), title('location'));
    await page.getByRole('link', { name: t('button.back'), exact: true }).click();
    await heading(page).filter({ hasText: title('dob') }).waitFor();
    const box = page.getByRole('checkbox', { name: t('dob.confirm') });
    assert.ok(!(await box.count()) || !(await box.isChecked()), 'the box is not ticked already');
    await continueButton(page).click();
    await expectConfirm(page, text('error.confirm_age', { age: '35' }));
  });
});

test('every refusal moves the focus to the error summary, the same error twice too', async () => {
  await withPage(async (page) => {
    await reach(page, loadScenario('S01').case, 'claim_date');
    await continueButton(page).click();
    await expectError(page, text('error.date_empty'), day(page));
    assert.ok(await focused(day(page)), 'focus is on the field now');
    await continueButton(page).click();
    assert.ok(await focused(summaryBox(page)), 'the second, identical error moves the focus back to the summary');
  });
});

test('Back from the result goes to "Check your answers", then to the last question (no loop)', async () => {
  await withPage(async (page) => {
    const asked = await completeCase(page, server.url, loadScenario('S01').case);
    await seeResult(page);
    const back = () => page.getByRole('link', { name: t('button.back'), exact: true }).click();
    await back();
    await heading(page).filter({ hasText: t('check.title') }).waitFor();
    await back();
    await heading(page).filter({ hasText: asked[asked.length - 1] }).waitFor();
  });
});

// ---- Validation errors ----------------------------------------------------------------------

/** The error summary's box, which takes the focus (the alert is an element inside it, as GOV.UK does). */
const summaryBox = (page) => page.locator('#error-summary');

/**
 * The GOV.UK error pattern: the summary ("There is a problem", focused; an alert inside it) with a
 * link that moves focus to `field`, the message next to the field, and "Error: " in the title.
 */
async function expectError(page, message, field) {
  const summary = errorSummary(page);
  await summary.waitFor();
  await summary.getByRole('heading', { name: t('error.summary_title') }).waitFor();
  assert.ok(await focused(summaryBox(page)), 'the error summary has the focus');
  assert.equal(await summaryBox(page).getAttribute('role'), null, 'the focused box is not itself the alert');
  const title = await page.title();
  assert.ok(title.startsWith(t('error.title_prefix') + ' '), `the title "${title}" starts with "Error: "`);
  const link = summary.getByRole('link', { name: message });
  assert.equal(await link.count(), 1, `the summary links to the problem: ${message}`);
  const inline = page.getByRole('paragraph').filter({ hasText: message });
  assert.ok(await inline.isVisible(), `the message is shown next to the field: ${message}`);
  // The field in error is marked invalid and described by its message.
  assert.equal(await field.getAttribute('aria-invalid'), 'true', 'the field in error has aria-invalid="true"');
  const describedBy = await field.evaluate((el) => [el.getAttribute('aria-describedby'), el.closest('fieldset')?.getAttribute('aria-describedby')].join(' '));
  assert.ok(describedBy.split(/\s+/).includes('field-error'), `the field is described by its error message (aria-describedby: ${describedBy})`);
  const described = await page.locator('#field-error').textContent();
  assert.ok(typeof message === 'string' ? described.includes(message) : message.test(described), 'the describing message is the error');
  await link.click();
  assert.ok(await focused(field), 'the link moves the focus to the field');
}

/**
 * A right answer asked to be confirmed (an age over 25, a date from another calendar): a warning
 * by the box to tick, which takes the focus and is described by it; no error summary, no error
 * message, nothing marked invalid, no "Error:" in the title.
 */
async function expectConfirm(page, message) {
  const warning = page.locator('.confirm .warning-text');
  await warning.waitFor();
  const plain = (x) => String(x ?? '').replace(/\s+/g, ' ').trim();
  assert.ok(plain(await warning.textContent()).includes(plain(message)), `the warning says: ${message}`);
  const box = page.getByRole('checkbox', { name: t('dob.confirm') });
  await page.waitForFunction(() => document.activeElement?.id === 'field-confirm');
  assert.equal(await box.getAttribute('aria-describedby'), 'confirm-warning', 'the box is described by the warning');
  assert.equal(await summaryBox(page).count(), 0, 'no error summary');
  assert.equal(await page.locator('.error-message, [aria-invalid=true]').count(), 0, 'nothing marked as an error');
  const title = await page.title();
  assert.ok(!title.startsWith(t('error.title_prefix')), `the title "${title}" does not say "Error:"`);
}

const text = (key, values = {}) => Object.entries(values).reduce((s, [k, v]) => s.replaceAll(`{${k}}`, v), t(key));
const day = (page) => page.getByLabel(t('date.day'), { exact: true });
const year = (page) => page.getByLabel(t('date.year'), { exact: true });

test('error: an empty date', async () => {
  await withPage(async (page) => {
    await reach(page, loadScenario('S01').case, 'claim_date');
    await continueButton(page).click();
    await expectError(page, text('error.date_empty'), day(page));
    await snap(page, 'flow-error-date-empty');
  });
});

test('error: a date with a missing part', async () => {
  await withPage(async (page) => {
    await reach(page, loadScenario('S01').case, 'claim_date');
    await day(page).fill('1');
    await page.getByLabel(t('date.month'), { exact: true }).fill('4');
    await continueButton(page).click();
    await expectError(page, text('error.date_part', { part: t('part.year') }), year(page));
    // What was typed is kept.
    assert.equal(await day(page).inputValue(), '1');
  });
});

test('error: an impossible date (30 February)', async () => {
  await withPage(async (page) => {
    await reach(page, loadScenario('S01').case, 'claim_date');
    await fillDate(page, 30, 2, 2016);
    await continueButton(page).click();
    await expectError(page, text('error.day_range', { max: '29' }), day(page));
  });
});

test('error: a year without 4 digits', async () => {
  await withPage(async (page) => {
    await reach(page, loadScenario('S01').case, 'claim_date');
    await fillDate(page, 1, 4, 16);
    await continueButton(page).click();
    await expectError(page, text('error.year_digits'), year(page));
  });
});

test('error: a claim date before the date of birth, then a good date goes on', async () => {
  const c = loadScenario('S01').case;
  await withPage(async (page) => {
    await reach(page, c, 'claim_date');
    await fillDate(page, 1, 1, 2000);
    await continueButton(page).click();
    const prefix = t('validation.before_birth').split('(')[0];
    await expectError(page, new RegExp(escapeRe(prefix)), day(page));
    await fillDate(page, 1, 4, 2016);
    await continueButton(page).click();
    await heading(page).filter({ hasNotText: title('claim_date') }).waitFor();
    // The title changes once the new screen is painted.
    await page.waitForFunction((prefix) => !document.title.startsWith(prefix), t('error.title_prefix'), { timeout: 5000 })
      .catch(() => {});
    assert.ok(!(await page.title()).startsWith(t('error.title_prefix')), 'the error is gone');
  });
});

test('error: a date of birth after the assessment date', async () => {
  await withPage(async (page) => {
    await reach(page, loadScenario('S01').case, 'dob');
    await dobAnswer(page, { date: '2017-01-01' });
    const prefix = t('validation.dob_future').split('(')[0];
    await expectError(page, new RegExp(escapeRe(prefix)), day(page));
  });
});

test('a warning: an age over 25 must be confirmed', async () => {
  await withPage(async (page) => {
    await reach(page, loadScenario('S05').case, 'dob');
    await dobAnswer(page, { age: 30 });
    const box = page.getByRole('checkbox', { name: t('dob.confirm') });
    await expectConfirm(page, text('error.confirm_age', { age: '30' }));
    assert.equal(await page.getByLabel(t('dob.age_label'), { exact: true }).inputValue(), '30');
    await box.check();
    await continueButton(page).click();
    await nextScreen(page, title('dob'), { orError: false });
    assert.equal(await headingText(page), title('location'));
  });
});

test('a warning: a Solar Hijri date must be confirmed; 29 Esfand 1402 is 19 March 2024', async () => {
  const c = clone(loadScenario('S38').case);
  c.child.date_of_birth = '2024-03-19';
  await withPage(async (page) => {
    await reach(page, c, 'dob');
    await dobAnswer(page, { calendar: t('calendar.solar_hijri'), day: 29, month: 12, year: 1402 });
    const box = page.getByRole('checkbox', { name: t('dob.confirm') });
    await expectConfirm(page, text('error.confirm_converted', { date: '19 March 2024' }));
    await box.check();
    await continueButton(page).click();
    await nextScreen(page, title('dob'), { orError: false });
    await answerAll(page, c);
    const answer = page.getByRole('definition').filter({ hasText: /Esfand/ });
    const shown = await answer.textContent();
    assert.match(shown, /^19 March 2024\b/, `"Check your answers" shows the Gregorian date: ${shown}`);
    assert.match(shown, /29 Esfand \(Hut\) 1402/);
  });
});

test('error: no option chosen (radios and country list)', async () => {
  await withPage(async (page) => {
    await reach(page, loadScenario('S01').case, 'location');
    await continueButton(page).click();
    await expectError(page, text('error.country'), page.getByLabel(title('location'), { exact: true }));
    await page.getByLabel(title('location'), { exact: true }).selectOption({ label: countryName('FR') });
    await continueButton(page).click();
    await nextScreen(page, title('location'), { orError: false });
    assert.equal(await headingText(page), title('relatives'));
    await continueButton(page).click();
    await expectError(page, text('error.choose'), page.getByRole('radio', { name: t('opt.yes'), exact: true }));
    await snap(page, 'flow-error-no-option');
  });
});

// ---- Quick exit ---------------------------------------------------------------------------

async function quickExit(how) {
  await withPage(async (page) => {
    await exitMidCase(page, server.url, how);
    // Back, and Back again, must not bring the case back, nor the app's title.
    await backShowsNothing(page, 'Back');
    await backShowsNothing(page, 'Back again');
    // neutral.html names no icon, so the browser asks for /favicon.ico and gets a 404 (reported).
  }, { ignore: /Failed to load resource: the server responded with a status of 404/ });
}

test('Quick exit button: neutral page, storage wiped, Back and Back again show nothing of the case', () => quickExit('button'));
test('Shift pressed three times: neutral page, storage wiped, Back and Back again show nothing of the case', () => quickExit('shift'));

// ---- Print view ---------------------------------------------------------------------------

test('print view: the answers are shown and the buttons hidden', async () => {
  await withPage(async (page) => {
    await completeCase(page, server.url, loadScenario('S01').case);
    await seeResult(page);
    const answers = page.getByRole('heading', { name: t('result.answers') });
    assert.ok(!(await answers.isVisible()), 'the answers are for print only');
    await page.emulateMedia({ media: 'print' });
    assert.ok(await answers.isVisible(), 'the answers section is printed');
    assert.ok(await page.getByRole('term').filter({ hasText: title('dob') }).isVisible(), 'the answers are listed');
    for (const key of ['button.print', 'button.copy', 'button.export', 'button.change_answers', 'button.start_again']) {
      assert.ok(!(await page.getByRole('button', { name: t(key) }).isVisible()), `"${t(key)}" is not printed`);
    }
    assert.ok(!(await page.getByRole('button', { name: t('quick_exit.label') }).isVisible()), 'Quick exit is not printed');
    await snap(page, 'flow-result-print');
    await page.emulateMedia({ media: 'screen' });
  });
});

test('print view: the language menus are not printed either', async () => {
  await withPage(async (page) => {
    await completeCase(page, server.url, loadScenario('S41').case);
    await seeResult(page);
    // Opened on screen first, so that "not printed" is the print style's doing.
    await openLanguages(page);
    for (const key of ['lang.label', 'lang.child_label']) {
      assert.ok(await page.getByLabel(t(key), { exact: true }).isVisible(), `the "${t(key)}" menu is on screen`);
    }
    await page.emulateMedia({ media: 'print' });
    for (const key of ['lang.label', 'lang.child_label']) {
      assert.ok(!(await page.getByLabel(t(key), { exact: true }).isVisible()), `the "${t(key)}" menu is not printed`);
    }
  });
});

// ---- Screenshots at 360x640 -----------------------------------------------------------------

test('screenshots of each screen at 360x640, with nothing wider than the phone', async () => {
  const c = loadScenario('S01').case;
  await withPage(async (page) => {
    const fits = async (name) => {
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(width <= PHONE.width, `${name}: the page is ${width}px wide on a ${PHONE.width}px screen`);
    };
    await openStart(page, server.url);
    await snap(page, 'flow-start');
    await fits('start');
    await openOtherDate(page);
    await snap(page, 'flow-assessment-date');
    await fits('assessment date');
    await page.getByRole('link', { name: t('button.back'), exact: true }).click();
    await heading(page).filter({ hasText: t('start.title') }).waitFor();
    await setAssessmentDate(page, c.assessed_on);
    await start(page);
    assert.equal(await headingText(page), title('dob'));
    await snap(page, 'flow-question-dob');
    await fits('date of birth');
    await answerAll(page, c, { until: title('relatives') });
    await snap(page, 'flow-question-radio');
    await fits('radio question');
    await continueButton(page).click();
    await errorSummary(page).waitFor();
    await snap(page, 'flow-question-error');
    await fits('error');
    await answerAll(page, c);
    await snap(page, 'flow-check-answers');
    await fits('check answers');
    await seeResult(page);
    await snap(page, 'flow-result');
    await fits('result');
  });
});
