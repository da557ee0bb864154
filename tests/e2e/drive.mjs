// Drives Pathways through its screens as a volunteer would: reads the question on each screen
// (its h1) and answers it from a scenario case's facts, with getByRole / getByLabel / getByText.
// What to answer comes from tests/shared/case-answers.mjs (shared with the WebKit suite); this file
// performs it with Playwright. Also re-exports the texts (tests/shared/catalog.mjs) and the
// engine's verdicts for a case (tests/shared/engine.mjs), for comparison with the result page.
import assert from 'node:assert/strict';
import { shot } from './helpers.mjs';
import { t, QUESTIONS, title, escapeRe, dateText, progressRe } from '../shared/catalog.mjs';
import { caseAnswer, noteAsked } from '../shared/case-answers.mjs';
import { EXIT_CASE, caseShown, seenInPage, markPage, neutralAgain, assertNothingShown } from '../shared/exit.mjs';

export { EN, t, QUESTIONS, title, escapeRe, dateText, ageOn, progressRe } from '../shared/catalog.mjs';
export { SCENARIOS, loadScenario, pathwaysBin, engineVerdicts, engineVerdictsOf } from '../shared/engine.mjs';

/**
 * A full-page screenshot (helpers.mjs `shot`) taken from the top of the page: the header is
 * sticky, and a full-page capture of a scrolled page draws it in the middle of the content.
 */
export async function snap(page, name) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot(page, name);
}

const exact = (s) => new RegExp('^' + escapeRe(s) + '$');

/** A country's name as the app shows it in English (the catalog's, from CLDR). */
export function countryName(code) {
  return t(`country.${code}`);
}

export const heading = (page) => page.getByRole('heading', { level: 1 });
export const errorSummary = (page) => page.getByRole('alert').filter({ has: page.getByRole('heading', { name: t('error.summary_title') }) });

/** The text of the current screen's h1. */
export async function headingText(page) {
  return (await heading(page).textContent()).trim();
}

/** Waits for a screen whose h1 is not `previous` (or, with `orError`, for the error summary). */
export async function nextScreen(page, previous, { orError = true } = {}) {
  const changed = heading(page).filter({ hasNotText: exact(previous) });
  const target = orError ? changed.or(errorSummary(page)) : changed;
  await target.first().waitFor();
}

/** Opens the start page and waits for the app (the start page is shown before it arrives, and
 * taken over once it has: tests/e2e/start.test.mjs covers that moment). */
export async function openStart(page, url) {
  await forgetTab(page);
  await page.goto(url);
  await page.getByRole('heading', { level: 1, name: t('start.title') }).waitFor();
  await appReady(page);
}

/**
 * A fresh start in this tab: the case a test left in progress here is kept for the tab (session
 * storage), and opening the app again in the same tab would bring it back.
 */
export async function forgetTab(page) {
  await page.evaluate(() => { try { sessionStorage.clear(); } catch (_) { /* about:blank */ } }).catch(() => {});
}

/** Waits until the app has taken over the start page written at build time. */
export async function appReady(page) {
  await page.locator('#app:not(.prerendered)').waitFor({ state: 'attached', timeout: 30000 });
}

/** From the start page: "Change the date", to the assessment date screen. */
export async function openOtherDate(page) {
  await page.getByRole('link', { name: t('start.change_date'), exact: true }).click();
  await page.getByRole('heading', { level: 1, name: t('assessed_on.title') }).waitFor();
}

/** On the start page: sets the date the rules are applied as of, through "Change the date". */
export async function setAssessmentDate(page, iso) {
  const [y, m, d] = iso.split('-');
  await openOtherDate(page);
  await page.getByLabel(t('date.day'), { exact: true }).fill(String(Number(d)));
  await page.getByLabel(t('date.month'), { exact: true }).fill(String(Number(m)));
  await page.getByLabel(t('date.year'), { exact: true }).fill(y);
  await page.getByRole('button', { name: t('button.set_date') }).click();
  await page.getByRole('heading', { level: 1, name: t('start.title') }).waitFor();
  const lead = t('start.assessed_on').split('{date}')[0];
  try {
    await page.getByText(new RegExp(escapeRe(lead) + dateText(iso).source)).waitFor();
  } catch (e) {
    const shown = await page.locator('main').innerText().catch(() => '?');
    throw new Error(`the start page does not say the rules are applied as of ${iso}; it shows: ${shown.slice(0, 400)}`, { cause: e });
  }
}

/** "Start again", then "Yes, clear every answer" on the confirmation screen. */
export async function startAgain(page) {
  await page.getByRole('button', { name: t('button.start_again'), exact: true }).click();
  await page.getByRole('heading', { level: 1, name: t('start_again.title') }).waitFor();
  await page.getByRole('button', { name: t('start_again.confirm'), exact: true }).click();
  await page.getByRole('heading', { level: 1, name: t('start.title') }).waitFor();
}

/** Clicks "Start now" and waits for the first question. */
export async function start(page) {
  await page.getByRole('button', { name: t('button.start') }).click();
  await nextScreen(page, t('start.title'), { orError: false });
}

// ---- Answering one screen ------------------------------------------------------------------

const continueButton = (page) => page.getByRole('button', { name: t('button.continue'), exact: true });

async function chooseRadio(page, label) {
  await page.getByRole('radio', { name: label, exact: true }).check();
}

/** Fills the Day, Month and Year fields of the screen. */
export async function fillDate(page, day, month, year) {
  await page.getByLabel(t('date.day'), { exact: true }).fill(String(day));
  await page.getByLabel(t('date.month'), { exact: true }).fill(String(month));
  await page.getByLabel(t('date.year'), { exact: true }).fill(String(year));
}

/**
 * The date of birth screen. `dob`: { date: 'YYYY-MM-DD' } | { age: N } | { calendar: label,
 * day, month, year } | null (don't know). `confirm`: the answer needs "Yes, this is right" ticked
 * (an age over 25, another calendar): Continue, wait for the request, tick, Continue again.
 */
export async function dobAnswer(page, dob, { confirm = false } = {}) {
  if (dob == null) {
    await chooseRadio(page, t('dob.mode_unknown'));
  } else if (dob.age != null) {
    await chooseRadio(page, t('dob.mode_age'));
    await page.getByLabel(t('dob.age_label'), { exact: true }).fill(String(dob.age));
  } else {
    await chooseRadio(page, t('dob.mode_date'));
    if (dob.calendar) await page.getByLabel(t('dob.calendar'), { exact: true }).selectOption({ label: dob.calendar });
    if (dob.date) {
      const [y, m, d] = dob.date.split('-').map(Number);
      await fillDate(page, d, m, y);
    } else {
      await fillDate(page, dob.day, dob.month, dob.year);
    }
  }
  await continueButton(page).click();
  if (confirm) {
    // The app asks first (a warning, not an error), then the box is ticked.
    await page.locator('.confirm .warning-text').waitFor();
    await page.getByRole('checkbox', { name: t('dob.confirm') }).check();
    await continueButton(page).click();
  }
}

/**
 * Gives an answer of tests/shared/case-answers.mjs ({ kind, ... }) on the screen: the radio
 * button by its label, "I don't know", the Day / Month / Year fields, the country list or the
 * time field by the question's label, or the date of birth screen.
 */
async function perform(page, a) {
  switch (a.kind) {
    case 'radio':
      await chooseRadio(page, a.label);
      return continueButton(page).click();
    case 'unknown-button': return page.getByRole('button', { name: t('button.unknown'), exact: true }).click();
    case 'date': {
      const [y, m, d] = a.iso.split('-').map(Number);
      await fillDate(page, d, m, y);
      return continueButton(page).click();
    }
    case 'country':
      await page.getByLabel(a.question, { exact: true }).selectOption({ label: countryName(a.code) });
      return continueButton(page).click();
    case 'time':
      await page.getByLabel(a.question, { exact: true }).fill(a.hhmm);
      return continueButton(page).click();
    case 'dob': return dobAnswer(page, a.dob, { confirm: a.confirm });
    default: throw new Error(`no way to give the answer ${JSON.stringify(a)}`);
  }
}

/**
 * Answers the question on the screen (`q` from QUESTIONS, its title `question`) from the case's
 * facts (tests/shared/case-answers.mjs). `state.relative` is the number of the relative being
 * asked about (for "Does the child have another relative in the UK?"). Throws on a question it
 * does not know.
 */
export async function answer(page, c, q, question, state = {}) {
  noteAsked(state, q);
  await perform(page, caseAnswer(c, q, question, state));
}

/**
 * Answers questions from the case's facts until "Check your answers" (or until the screen whose
 * h1 is `until`). Returns the list of question titles asked, in order. Fails loudly on an unknown
 * screen, an unexpected error, or a loop.
 */
export async function answerAll(page, c, { until = null, state = {}, limit = 80 } = {}) {
  const asked = [];
  for (let i = 0; i < limit; i++) {
    const h = await headingText(page);
    if (h === until) return asked;
    if (h === t('check.title')) {
      if (until) throw new Error(`reached "Check your answers" without being asked "${until}"; asked: ${asked.join(' | ')}`);
      return asked;
    }
    const q = QUESTIONS.get(h);
    if (!q) throw new Error(`unknown screen "${h}" after: ${asked.join(' | ')}`);
    if (asked.filter((x) => x === h).length > 2) throw new Error(`"${h}" asked again and again: ${asked.join(' | ')}`);
    // Every question screen says how far along it is.
    await page.locator('.progress', { hasText: progressRe() }).waitFor();
    asked.push(h);
    await answer(page, c, q, h, state);
    await nextScreen(page, h);
    if (await errorSummary(page).isVisible()) {
      const problems = await errorSummary(page).getByRole('link').allTextContents();
      throw new Error(`the answer to "${h}" was refused: ${problems.join('; ')}`);
    }
  }
  throw new Error(`more than ${limit} screens: ${asked.join(' | ')}`);
}

/**
 * Completes a case through the UI: opens the start page, sets the assessment date through "Check
 * as of another date", starts, answers every question from the facts, and stops on "Check your
 * answers". Returns the question titles asked.
 */
export async function completeCase(page, url, c, { state = {} } = {}) {
  await openStart(page, url);
  await setAssessmentDate(page, c.assessed_on);
  await start(page);
  const asked = await answerAll(page, c, { state });
  await heading(page).filter({ hasText: t('check.title') }).waitFor();
  return asked;
}

/** From the start page at `url`: sets the date, starts and answers from `c` up to the question `key`. */
export async function reach(page, url, c, key, n = null) {
  await openStart(page, url);
  await setAssessmentDate(page, c.assessed_on);
  await start(page);
  await answerAll(page, c, { until: title(key, n) });
  assert.equal(await headingText(page), title(key, n));
}

/** From "Check your answers": "See the result", then the verdicts shown, as { pathway: verdict }. */
export async function seeResult(page) {
  await page.getByRole('button', { name: t('button.see_result') }).click();
  await page.getByRole('heading', { level: 1, name: t('result.title') }).waitFor();
  return shownVerdicts(page);
}

/** The verdicts on the result page, read from each pathway card. */
export async function shownVerdicts(page) {
  const cards = page.locator('section[data-pathway]');
  const out = {};
  for (const card of await cards.all()) {
    out[await card.getAttribute('data-pathway')] = await card.getAttribute('data-verdict');
  }
  return out;
}

// ---- Quick exit ----------------------------------------------------------------------------
// What counts as showing nothing is tests/shared/exit.mjs's, shared with the WebKit and Gecko suites.

/**
 * From the start page at `url`: answers the first two questions of EXIT_CASE (the date of birth,
 * Greece), then leaves by Quick exit (`how`: 'button', or 'shift': Shift pressed three times) and
 * waits for the neutral page. Checks that the screen said "2 questions answered" before, and that
 * both storages are empty after.
 */
export async function exitMidCase(page, url, how) {
  await reach(page, url, EXIT_CASE, 'relatives');
  assert.match(caseShown(await page.locator('body').innerText()).join(' '), /2 questions answered/, 'the screen before the exit says how far the case is');
  await page.evaluate(() => { localStorage.setItem('pathways.test', '1'); sessionStorage.setItem('pathways.test', '1'); });
  await page.evaluate(markPage);
  if (how === 'button') await page.getByRole('button', { name: t('quick_exit.label') }).click();
  else for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
  await page.waitForFunction(neutralAgain, null, { timeout: 10000 });
  assert.equal(await page.title(), t('exit.title'));
  assert.deepEqual(await page.evaluate(() => [localStorage.length, sessionStorage.length]), [0, 0], 'storage is empty');
}

/**
 * Presses Back, waits (up to 10 s) for a new neutral page, and checks what is shown then:
 * nothing of the case (assertNothingShown).
 */
export async function backShowsNothing(page, when) {
  await page.evaluate(markPage);
  // A page that leaves at once may end before its load that goBack waits for.
  await page.goBack().catch(() => {});
  await page.waitForFunction(neutralAgain, null, { timeout: 10000 }).catch(() => { /* what is shown is checked below */ });
  assertNothingShown(await page.evaluate(seenInPage), when);
}
