// Drives Pathways in WebKit as a volunteer would (the WebKit twin of tests/e2e/drive.mjs): reads
// the question on each screen (its h1) and answers it from a scenario case's facts, by the
// visible texts of i18n/en.json: radio labels, the Day / Month / Year fields, the country list.
import { t, EN, norm, xpathString, byName, button, labelled, press, fill, h1Text, waitForHeading, shownVerdicts } from './helpers.mjs';

/** Titles of the questions about relatives, with {n} filled in up to this many relatives (the flow's limit). */
const MAX_RELATIVES = 20;

/** Every question title the app can show (en.json q.<key>.title) -> { key, n }. */
export const QUESTIONS = (() => {
  const map = new Map();
  for (const [k, text] of Object.entries(EN)) {
    const m = /^q\.(.+)\.title$/.exec(k);
    if (!m) continue;
    if (text.includes('{n}')) {
      for (let n = 1; n <= MAX_RELATIVES; n++) map.set(norm(text.replaceAll('{n}', String(n))), { key: m[1], n });
    } else {
      map.set(norm(text), { key: m[1], n: null });
    }
  }
  return map;
})();

/** "Question {n}" / "Question {n} of about {total}" on a line of its own. */
const PROGRESS = new RegExp('^(' + [t('progress.of_about'), t('progress.question')]
  .map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\\{(n|total)\\\}/g, '\\d+')).join('|') + ')$', 'm');

/** The error summary ("There is a problem"), if the screen shows one. */
export async function errorSummary(s) {
  return s.xpath(`//*[@role='alert'][.//*[normalize-space(.)=${xpathString(t('error.summary_title'))}]]`);
}

/** Opens the start page at `url` and waits for its heading. */
export async function openStart(s, url) {
  await s.navigate(url);
  await waitForHeading(s, t('start.title'), { timeout: 30000 });
}

/** A date as the app writes it in English ("1 June 2016" or "June 1, 2016"). */
export function dateText(iso) {
  const [y, m, d] = iso.split('-').map(Number);
  const month = t(`month.${m}`);
  return [`${d} ${month} ${y}`, `${month} ${d}, ${y}`];
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
    await waitForHeading(s, t('start.title'));
  } else {
    if (!('start.other_date' in EN)) throw new Error(`no link "${EN['start.change_date']}" on the start page`);
    if (!(await byName(s, 'label', t('date.day')))) {
      await press(s, await s.until(() => byName(s, 'summary', t('start.other_date')), { what: 'the summary "Check as of another date"' }));
    }
    await fillDate(s, d, m, y);
    await press(s, await button(s, t('button.set_date')));
  }
  const [lead] = t('start.assessed_on').split('{date}');
  const wanted = dateText(iso).map((date) => norm(t('start.assessed_on').replace('{date}', date)));
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

async function radioAnswer(s, label) {
  await chooseRadio(s, label ?? t('opt.unknown'));
  await pressContinue(s);
}

const yesNo = (s, v) => radioAnswer(s, v === true ? t('opt.yes') : v === false ? t('opt.no') : t('opt.unknown'));
const choice = (s, group, id) => radioAnswer(s, id == null ? null : t(`opt.${group}.${id}`));

async function dateAnswer(s, iso) {
  if (iso == null) return pressUnknown(s);
  const [y, m, d] = iso.split('-').map(Number);
  await fillDate(s, d, m, y);
  return pressContinue(s);
}

/** Picks the country by its English name, as this browser names it (Intl.DisplayNames, as the app does). */
async function countryAnswer(s, question, code) {
  if (code == null) return pressUnknown(s);
  const name = await s.execute("return new Intl.DisplayNames(['en'], { type: 'region' }).of(arguments[0]);", [code]);
  const select = await labelled(s, question);
  const option = await s.xpath(`.//option[normalize-space(.)=${xpathString(name)}]`, select);
  if (!option) throw new Error(`no country "${name}" in the list of "${question}"`);
  await press(s, option);
  const chosen = await s.execute('const s = arguments[0]; return s.options[s.selectedIndex].text;', [{ element: select }]);
  if (chosen.trim() !== name) throw new Error(`picking "${name}" left "${chosen}" chosen`);
  return pressContinue(s);
}

async function timeAnswer(s, question, hhmm) {
  if (hhmm == null) return pressUnknown(s);
  await fill(s, await labelled(s, question), hhmm);
  return pressContinue(s);
}

/** Age in whole years on `on` (both ISO dates). */
export function ageOn(dob, on) {
  const [by, bm, bd] = dob.split('-').map(Number);
  const [y, m, d] = on.split('-').map(Number);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
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
    await s.until(() => errorSummary(s), { what: 'the request to confirm the date of birth' });
    const box = await labelled(s, t('dob.confirm'));
    await press(s, box);
    await pressContinue(s);
  }
}

const bool = (v) => (v === true || v === false ? v : null);

/** Answers the question on the screen (`q` from QUESTIONS) from case `c`'s facts. */
export async function answer(s, c, q, question, state = {}) {
  const child = c.child || {};
  const claim = c.asylum_claim;
  const tcr = c.take_charge_request;
  const app = c.uk_application;
  const rels = c.uk_relatives;
  if (q.n != null) state.relative = q.n;
  const rel = q.n != null ? (rels || [])[q.n - 1] : null;
  if (q.n != null && !rel && q.key !== 'another') throw new Error(`asked "${question}" but the case has no relative ${q.n}`);
  switch (q.key) {
    case 'dob': {
      const dob = child.date_of_birth ? { date: child.date_of_birth } : child.age_years != null ? { age: child.age_years } : null;
      return dobAnswer(s, dob, { confirm: dob?.age > 25 || (dob?.date != null && ageOn(dob.date, c.assessed_on) > 25) });
    }
    case 'location': return countryAnswer(s, question, child.location ?? null);
    case 'nationality': return countryAnswer(s, question, child.nationality ?? null);
    case 'relatives': return yesNo(s, rels == null ? null : rels.length > 0);
    case 'relation': return choice(s, 'relation', rel.relation ?? null);
    case 'status': return choice(s, 'status', rel.status ?? null);
    case 'adult': return yesNo(s, bool(rel.adult));
    case 'can_care': return yesNo(s, bool(rel.able_to_care));
    case 'family_before': return yesNo(s, bool(rel.family_before_flight));
    case 'consent': return yesNo(s, bool(rel.written_consent));
    case 'another': {
      const n = state.relative;
      if (n == null) throw new Error('asked for another relative before any relative');
      return yesNo(s, (rels || []).length > n);
    }
    case 'unaccompanied': return yesNo(s, bool(child.unaccompanied));
    case 'age_disputed': return yesNo(s, bool(child.age_disputed));
    case 'married': return yesNo(s, bool(child.married));
    case 'claim': return choice(s, 'claim', claim?.status ?? null);
    case 'claim_country': return countryAnswer(s, question, claim?.country ?? null);
    case 'claim_date': return dateAnswer(s, claim?.lodged_on ?? null);
    case 'request': return choice(s, 'request', tcr?.status ?? null);
    case 'request_date': return dateAnswer(s, tcr?.sent_on ?? null);
    case 'request_received': return yesNo(s, bool(tcr?.received_before_cutoff_time));
    case 'request_decision': return choice(s, 'request_decision', tcr?.uk_decision ?? null);
    case 'request_decision_date': return dateAnswer(s, tcr?.decided_on ?? null);
    case 'arrived': return dateAnswer(s, child.arrived_in_europe_on ?? null);
    case 'calais_camp': return yesNo(s, bool(child.in_calais_camp_on_2016_10_24));
    case 'high_risk': return yesNo(s, bool(child.referred_as_high_risk_of_exploitation));
    case 'sibling': return yesNo(s, bool(child.accompanying_sibling_of_eligible_child));
    case 'referred': return yesNo(s, bool(child.referred_by_authorities));
    case 'best_interests': return yesNo(s, bool(child.best_interests_against_uk));
    // A case file's `uk_application: null` means none recorded (as the app reads a saved case).
    case 'application': return yesNo(s, app != null);
    case 'application_date': return dateAnswer(s, app?.submitted_on ?? null);
    case 'application_time': return timeAnswer(s, question, app?.submitted_at ?? null);
    default: throw new Error(`no answer for question "${question}" (q.${q.key}.title)`);
  }
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
    // Every question screen says how far along it is ("Question 3 of about 12").
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
