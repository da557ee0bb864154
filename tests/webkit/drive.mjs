// Drives Pathways in WebKit as a volunteer would (the WebKit twin of tests/e2e/drive.mjs): reads
// the question on each screen (its h1) and answers it from a scenario case's facts, by the
// visible texts of i18n/en.json: radio labels, the Day / Month / Year fields, the country list.
// What to answer comes from tests/shared/case-answers.mjs (shared with tests/e2e/drive.mjs); this
// file performs it with WebDriver.
import { t, EN, norm, xpathString, byName, button, labelled, press, fill, h1Text, waitForHeading, shownVerdicts } from './helpers.mjs';
import { questionTitles, escapeRe, dateTexts, progressRe } from '../shared/catalog.mjs';
import { caseAnswer, noteAsked } from '../shared/case-answers.mjs';

/** Every question title the app can show (en.json q.<key>.title), as WebDriver reads it (norm) -> { key, n }. */
export const QUESTIONS = questionTitles(norm);

/** "2 questions answered · about 9 more" on a line of its own. */
const PROGRESS = progressRe();

/** The error summary ("There is a problem"), if the screen shows one. */
export async function errorSummary(s) {
  return s.xpath(`//*[@role='alert'][.//*[normalize-space(.)=${xpathString(t('error.summary_title'))}]]`);
}

/**
 * Goes to `url` afresh: a case a test left in progress in this tab is kept for the tab (session
 * storage) and would come back when the app is opened again here.
 */
export async function navigateFresh(s, url) {
  await s.execute('try { sessionStorage.clear(); } catch (e) { /* about:blank */ }').catch(() => {});
  await s.navigate(url);
}

/** Opens the start page at `url` and waits for its heading. */
export async function openStart(s, url) {
  await navigateFresh(s, url);
  await waitForHeading(s, t('start.title'), { timeout: 30000 });
  // The app has taken over the start page written at build time.
  await s.until(async () => (await s.execute("return !!document.querySelector('#app') && !document.querySelector('#app.prerendered')")) || null, { timeout: 30000, what: 'the app taking over the start page' });
}

/** Fills the Day, Month and Year fields of the screen (found by their labels). */
export async function fillDate(s, day, month, year) {
  await fill(s, await labelled(s, t('date.day')), day);
  await fill(s, await labelled(s, t('date.month')), month);
  await fill(s, await labelled(s, t('date.year')), year);
}

/**
 * On the start page: sets the date the rules are applied as of, and waits for the start page to
 * say so. This build's way: the link "Change the date" to the assessment date screen (Day / Month
 * / Year, "Use this date", back to the start page); an older build's: the "Check as of another
 * date" details on the start page itself (only if i18n/en.json still has its text).
 */
export async function setAssessmentDate(s, iso) {
  const [y, m, d] = iso.split('-').map(Number);
  const link = 'start.change_date' in EN ? await byName(s, 'a', t('start.change_date')) : null;
  if (link) {
    await press(s, link);
    await waitForHeading(s, t('assessed_on.title'));
    await fillDate(s, d, m, y);
    await press(s, await button(s, t('button.set_date')));
    try {
      await waitForHeading(s, t('start.title'));
    } catch (e) {
      const summary = await errorSummary(s);
      if (summary) throw new Error(`the date ${iso} was refused: ${norm(await s.text(summary))}`);
      throw e;
    }
  } else {
    if (!('start.other_date' in EN)) throw new Error(`no link "${EN['start.change_date']}" on the start page`);
    if (!(await byName(s, 'label', t('date.day')))) {
      await press(s, await s.until(() => byName(s, 'summary', t('start.other_date')), { what: 'the summary "Check as of another date"' }));
    }
    await fillDate(s, d, m, y);
    await press(s, await button(s, t('button.set_date')));
  }
  const [lead] = t('start.assessed_on').split('{date}');
  const wanted = dateTexts(iso).map((date) => norm(t('start.assessed_on').replace('{date}', date)));
  let last = '';
  try {
    await s.until(async () => {
      const p = await s.xpath(`//p[starts-with(normalize-space(.), ${xpathString(lead.trim())})]`);
      last = p ? norm(await s.text(p)) : '';
      return p && wanted.some((w) => last.startsWith(w));
    }, { what: `"${wanted[0]}" on the start page` });
  } catch {
    throw new Error(`the start page does not say "${wanted[0]}" (it says "${last}")`);
  }
}

/** Presses "Start now" and waits for the first question. */
export async function start(s) {
  await press(s, await button(s, t('button.start')));
  await s.until(async () => { const h = await h1Text(s); return h && h !== norm(t('start.title')); }, { what: 'the first question' });
}

// ---- Answering one screen ------------------------------------------------------------------

/** Chooses the radio button labelled `label` (clicking its label, as a person taps it). */
async function chooseRadio(s, label) {
  const l = await s.until(() => byName(s, 'label', label), { what: `the radio "${label}"` });
  await press(s, l);
  const input = await labelled(s, label);
  if (!(await s.selected(input))) throw new Error(`tapping the label "${label}" did not choose its radio button`);
}

const pressContinue = async (s) => press(s, await button(s, t('button.continue')));
const pressUnknown = async (s) => press(s, await button(s, t('button.unknown')));

/** Picks the country by its English name, as the app names it (the catalog's, from CLDR). */
async function countryAnswer(s, question, code) {
  const name = t(`country.${code}`);
  const select = await labelled(s, question);
  const option = await s.xpath(`.//option[normalize-space(.)=${xpathString(name)}]`, select);
  if (!option) throw new Error(`no country "${name}" in the list of "${question}"`);
  await press(s, option);
  const chosen = await s.execute('const s = arguments[0]; return s.options[s.selectedIndex].text;', [{ element: select }]);
  if (chosen.trim() !== name) throw new Error(`picking "${name}" left "${chosen}" chosen`);
  return pressContinue(s);
}

/** The date of birth screen: { date } | { age } | null; `confirm` ticks "Yes, this is right" when asked. */
async function dobAnswer(s, dob, { confirm = false } = {}) {
  if (dob == null) {
    await chooseRadio(s, t('dob.mode_unknown'));
  } else if (dob.age != null) {
    await chooseRadio(s, t('dob.mode_age'));
    await fill(s, await labelled(s, t('dob.age_label')), dob.age);
  } else {
    await chooseRadio(s, t('dob.mode_date'));
    const [y, m, d] = dob.date.split('-').map(Number);
    await fillDate(s, d, m, y);
  }
  await pressContinue(s);
  if (confirm) {
    // A warning by the box to tick, not an error.
    await s.until(() => s.css('.confirm .warning-text'), { what: 'the request to confirm the date of birth' });
    const box = await labelled(s, t('dob.confirm'));
    await press(s, box);
    await pressContinue(s);
  }
}

/**
 * Gives an answer of tests/shared/case-answers.mjs ({ kind, ... }) on the screen: the radio
 * button by its label, "I don't know", the Day / Month / Year fields, the country list or the
 * time field by the question's label, or the date of birth screen.
 */
async function perform(s, a) {
  switch (a.kind) {
    case 'radio':
      await chooseRadio(s, a.label);
      return pressContinue(s);
    case 'unknown-button': return pressUnknown(s);
    case 'date': {
      const [y, m, d] = a.iso.split('-').map(Number);
      await fillDate(s, d, m, y);
      return pressContinue(s);
    }
    case 'country': return countryAnswer(s, a.question, a.code);
    case 'time':
      await fill(s, await labelled(s, a.question), a.hhmm);
      return pressContinue(s);
    case 'dob': return dobAnswer(s, a.dob, { confirm: a.confirm });
    default: throw new Error(`no way to give the answer ${JSON.stringify(a)}`);
  }
}

/** Answers the question on the screen (`q` from QUESTIONS, its title `question`) from case `c`'s facts. */
export async function answer(s, c, q, question, state = {}) {
  noteAsked(state, q);
  await perform(s, caseAnswer(c, q, question, state));
}

/**
 * Answers questions from the case's facts until "Check your answers". Returns the question titles
 * asked, in order. Fails loudly on an unknown screen, a refused answer, or a loop.
 */
export async function answerAll(s, c, { state = {}, limit = 80 } = {}) {
  const asked = [];
  for (let i = 0; i < limit; i++) {
    const h = await h1Text(s);
    if (h === norm(t('check.title'))) return asked;
    const q = QUESTIONS.get(h);
    if (!q) throw new Error(`unknown screen "${h}" after: ${asked.join(' | ')}`);
    if (asked.filter((x) => x === h).length > 2) throw new Error(`"${h}" asked again and again: ${asked.join(' | ')}`);
    // Every question screen says how far along it is ("2 questions answered · about 9 more").
    if (!(await s.until(async () => PROGRESS.test(await s.execute('return document.querySelector("main").innerText')) || null, { timeout: 5000, what: 'the progress line' }).catch(() => false))) {
      throw new Error(`the screen "${h}" does not say which question it is (${PROGRESS})`);
    }
    asked.push(h);
    await answer(s, c, q, h, state);
    const outcome = await s.until(async () => {
      if ((await h1Text(s)) !== h) return 'next';
      if (await errorSummary(s)) return 'error';
      return null;
    }, { what: `the screen after "${h}"` });
    if (outcome === 'error') {
      const summary = await errorSummary(s);
      throw new Error(`the answer to "${h}" was refused: ${(await s.text(summary)).replace(/\s+/g, ' ')}`);
    }
  }
  throw new Error(`more than ${limit} screens: ${asked.join(' | ')}`);
}

/** From "Check your answers": "See the result", then the verdicts shown, as { pathway: verdict }. */
export async function seeResult(s) {
  await press(s, await button(s, t('button.see_result')));
  await waitForHeading(s, t('result.title'));
  return shownVerdicts(s);
}
