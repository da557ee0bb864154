// Drives Pathways through its screens as a volunteer would: reads the question on each screen
// (its h1) and answers it from a scenario case's facts, with getByRole / getByLabel / getByText.
// Also: the engine's verdicts for a case (target/debug/pathways), for comparison with the result page.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { ROOT, shot } from './helpers.mjs';

/**
 * A full-page screenshot (helpers.mjs `shot`) taken from the top of the page: the header is
 * sticky, and a full-page capture of a scrolled page draws it in the middle of the content.
 */
export async function snap(page, name) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot(page, name);
}

export const EN = JSON.parse(fs.readFileSync(path.join(ROOT, 'i18n/en.json'), 'utf8'));
export const t = (key) => {
  if (!(key in EN)) throw new Error(`no text ${key} in i18n/en.json`);
  return EN[key];
};

/** Titles of the questions about relatives, with {n} filled in up to this many relatives (the flow's limit). */
const MAX_RELATIVES = 20;

/**
 * Every question title the app can show, from en.json, mapped to { key, n }: `key` is the question
 * key of `q.<key>.title`; `n` is the relative's number (1-based) for relatives' questions.
 */
export const QUESTIONS = (() => {
  const map = new Map();
  for (const [k, text] of Object.entries(EN)) {
    const m = /^q\.(.+)\.title$/.exec(k);
    if (!m) continue;
    if (text.includes('{n}')) {
      for (let n = 1; n <= MAX_RELATIVES; n++) map.set(text.replaceAll('{n}', String(n)), { key: m[1], n });
    } else {
      map.set(text, { key: m[1], n: null });
    }
  }
  return map;
})();

/** The title of question `key` (for relative `n`). */
export function title(key, n = null) {
  const text = t(`q.${key}.title`);
  return n == null ? text : text.replaceAll('{n}', String(n));
}

const exact = (s) => new RegExp('^' + s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + '$');
export const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A country's name as the app shows it in English (the browser's Intl.DisplayNames). */
export function countryName(code) {
  return new Intl.DisplayNames(['en'], { type: 'region' }).of(code);
}

/** A date as the app writes it in English, whichever of the usual orders the app uses. */
export function dateText(iso) {
  const [y, m, d] = iso.split('-').map(Number);
  const month = t(`month.${m}`);
  return new RegExp(`(${d} ${month} ${y}|${month} ${d}, ${y})`);
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

/** Opens the start page and waits for the app. */
export async function openStart(page, url) {
  await page.goto(url);
  await page.getByRole('heading', { level: 1, name: t('start.title') }).waitFor();
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
  await page.getByText(new RegExp(escapeRe(lead) + dateText(iso).source)).waitFor();
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

async function radioAnswer(page, label) {
  await chooseRadio(page, label ?? t('opt.unknown'));
  await continueButton(page).click();
}

async function yesNo(page, value) {
  const label = value === true ? t('opt.yes') : value === false ? t('opt.no') : t('opt.unknown');
  await radioAnswer(page, label);
}

async function choice(page, group, id) {
  await radioAnswer(page, id == null ? null : t(`opt.${group}.${id}`));
}

/** Fills the Day, Month and Year fields of the screen. */
export async function fillDate(page, day, month, year) {
  await page.getByLabel(t('date.day'), { exact: true }).fill(String(day));
  await page.getByLabel(t('date.month'), { exact: true }).fill(String(month));
  await page.getByLabel(t('date.year'), { exact: true }).fill(String(year));
}

async function dateAnswer(page, iso) {
  if (iso == null) {
    await page.getByRole('button', { name: t('button.unknown'), exact: true }).click();
    return;
  }
  const [y, m, d] = iso.split('-').map(Number);
  await fillDate(page, d, m, y);
  await continueButton(page).click();
}

async function countryAnswer(page, question, code) {
  if (code == null) {
    await page.getByRole('button', { name: t('button.unknown'), exact: true }).click();
    return;
  }
  await page.getByLabel(question, { exact: true }).selectOption({ label: countryName(code) });
  await continueButton(page).click();
}

async function timeAnswer(page, question, hhmm) {
  if (hhmm == null) {
    await page.getByRole('button', { name: t('button.unknown'), exact: true }).click();
    return;
  }
  await page.getByLabel(question, { exact: true }).fill(hhmm);
  await continueButton(page).click();
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
    // The app asks first ("There is a problem"), then shows the box to tick.
    await errorSummary(page).waitFor();
    await page.getByRole('checkbox', { name: t('dob.confirm') }).check();
    await continueButton(page).click();
  }
}

const bool = (v) => (v === true || v === false ? v : null);

/** The date of birth answer for a case's child. */
function dobOf(child) {
  if (child.date_of_birth) return { date: child.date_of_birth };
  if (child.age_years != null) return { age: child.age_years };
  return null;
}

/**
 * Answers the question on the screen from the case's facts. `state.relative` is the number of
 * the relative being asked about (for "Does the child have another relative in the UK?").
 * Throws on a question it does not know.
 */
export async function answer(page, c, q, question, state = {}) {
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
      const dob = dobOf(child);
      return dobAnswer(page, dob, { confirm: dob?.age > 25 || (dob?.date != null && ageOn(dob.date, c.assessed_on) > 25) });
    }
    case 'location': return countryAnswer(page, question, child.location ?? null);
    case 'nationality': return countryAnswer(page, question, child.nationality ?? null);
    case 'relatives': return yesNo(page, rels == null ? null : rels.length > 0);
    case 'relation': return choice(page, 'relation', rel.relation ?? null);
    case 'status': return choice(page, 'status', rel.status ?? null);
    case 'adult': return yesNo(page, bool(rel.adult));
    case 'can_care': return yesNo(page, bool(rel.able_to_care));
    case 'family_before': return yesNo(page, bool(rel.family_before_flight));
    case 'consent': return yesNo(page, bool(rel.written_consent));
    case 'another': {
      const n = state.relative;
      if (n == null) throw new Error('asked for another relative before any relative');
      return yesNo(page, (rels || []).length > n);
    }
    case 'unaccompanied': return yesNo(page, bool(child.unaccompanied));
    case 'age_disputed': return yesNo(page, bool(child.age_disputed));
    case 'married': return yesNo(page, bool(child.married));
    case 'claim': return choice(page, 'claim', claim?.status ?? null);
    case 'claim_country': return countryAnswer(page, question, claim?.country ?? null);
    case 'claim_date': return dateAnswer(page, claim?.lodged_on ?? null);
    case 'request': return choice(page, 'request', tcr?.status ?? null);
    case 'request_date': return dateAnswer(page, tcr?.sent_on ?? null);
    case 'request_received': return yesNo(page, bool(tcr?.received_before_cutoff_time));
    case 'request_decision': return choice(page, 'request_decision', tcr?.uk_decision ?? null);
    case 'request_decision_date': return dateAnswer(page, tcr?.decided_on ?? null);
    case 'arrived': return dateAnswer(page, child.arrived_in_europe_on ?? null);
    case 'calais_camp': return yesNo(page, bool(child.in_calais_camp_on_2016_10_24));
    case 'high_risk': return yesNo(page, bool(child.referred_as_high_risk_of_exploitation));
    case 'sibling': return yesNo(page, bool(child.accompanying_sibling_of_eligible_child));
    case 'referred': return yesNo(page, bool(child.referred_by_authorities));
    case 'best_interests': return yesNo(page, bool(child.best_interests_against_uk));
    // A case file's `uk_application: null` means none recorded (as the app reads a saved case).
    case 'application': return yesNo(page, app != null);
    case 'application_date': return dateAnswer(page, app?.submitted_on ?? null);
    case 'application_time': return timeAnswer(page, question, app?.submitted_at ?? null);
    default: throw new Error(`no answer for question "${question}" (q.${q.key}.title)`);
  }
}

/** Age in whole years on `on` (both ISO dates). */
export function ageOn(dob, on) {
  const [by, bm, bd] = dob.split('-').map(Number);
  const [y, m, d] = on.split('-').map(Number);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
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
    await page.getByText(/^Question \d+( of about \d+)?$/).waitFor();
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

// ---- The engine ----------------------------------------------------------------------------

export const SCENARIOS = path.join(ROOT, 'tests/scenarios/public');
const TMP = path.join(ROOT, 'test-output', 'e2e-cases');

export function loadScenario(id) {
  return JSON.parse(fs.readFileSync(path.join(SCENARIOS, `${id}.json`), 'utf8'));
}

let built = null;
/** The command-line tool, built once per test file (cargo build is a no-op when up to date). */
export function pathwaysBin() {
  if (built) return built;
  const bin = process.env.PATHWAYS_BIN || path.join(ROOT, 'target/debug/pathways');
  if (!process.env.PATHWAYS_BIN) {
    const env = { ...process.env, PATH: `${process.env.HOME}/.cargo/bin:${process.env.PATH}` };
    try {
      execFileSync('cargo', ['build', '--quiet', '--bin', 'pathways'], { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'pipe'] });
    } catch (e) {
      if (!fs.existsSync(bin)) throw new Error('cargo build --bin pathways failed: ' + e.stderr);
      console.warn('cargo build --bin pathways failed; using the existing binary:', String(e.stderr).slice(0, 500));
    }
  }
  built = bin;
  return bin;
}

/** The engine's verdicts for a case file, as { pathway: verdict }. */
export function engineVerdicts(file) {
  const out = execFileSync(pathwaysBin(), ['evaluate', file], { encoding: 'utf8' });
  return Object.fromEntries(JSON.parse(out).pathways.map((p) => [p.id, p.verdict]));
}

/** The engine's verdicts for a case object (written to test-output/e2e-cases/). */
export function engineVerdictsOf(c, name) {
  fs.mkdirSync(TMP, { recursive: true });
  const file = path.join(TMP, `${name}.json`);
  fs.writeFileSync(file, JSON.stringify({ case: c }, null, 1));
  return engineVerdicts(file);
}
