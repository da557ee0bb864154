// Helpers for the language end-to-end tests (languages.test.mjs): the catalogs as the app ships
// them, waiting for a language to be applied, layout checks at the phone width, and walking a
// case with "I don't know" answers. Every expected text comes from i18n/<lang>.json.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, PHONE } from './helpers.mjs';
import { forgetTab } from './drive.mjs';

/** The language catalogs (i18n/<code>.json, not the rules.* files), keyed by code. */
export const CATALOGS = Object.fromEntries(
  fs.readdirSync(path.join(ROOT, 'i18n'))
    .filter((f) => /^[a-z]{2,3}\.json$/.test(f))
    .map((f) => [f.slice(0, -5), JSON.parse(fs.readFileSync(path.join(ROOT, 'i18n', f), 'utf8'))]),
);
export const EN = CATALOGS.en;
export const RTL = new Set(['ar', 'fa', 'ps', 'ckb']);

/** A catalog's language tag (`lang` attributes), from the language list (src/i18n/languages.rs):
 * the code, or the variety it is (fa: fa-AF, Dari). */
const TAGS = Object.fromEntries([...fs.readFileSync(path.join(ROOT, 'src', 'i18n', 'languages.rs'), 'utf8')
  .matchAll(/tag: "([^"]+)", \.\.lang\("([a-z]+)"/g)].map((m) => [m[2], m[1]]));
export const langTag = (code) => TAGS[code] || code;

/** The text of `key` in `code`, falling back to English like the app (a missing or empty text). */
export function tr(code, key) {
  const own = CATALOGS[code]?.[key];
  const text = own ? own : EN[key];
  if (text === undefined) throw new Error(`no text for ${key} in ${code} nor in en.json`);
  return text;
}

/** The plural text `key` for the count `n` in `code`: the form the browser's CLDR rules (Intl.PluralRules)
 * choose, else the language's `.other`, else English, like the app. */
export function trCount(code, key, n) {
  const own = CATALOGS[code]?.[`${key}.${new Intl.PluralRules(code).select(n)}`] || CATALOGS[code]?.[`${key}.other`];
  return own || tr('en', `${key}.${new Intl.PluralRules('en').select(n)}`);
}

/** Fills `{name}` placeholders. */
export function fill(template, values) {
  return template.replace(/\{([a-z_]+)\}/g, (m, name) => (name in values ? String(values[name]) : m));
}

/** Whitespace as a reader sees it: no-break and narrow no-break spaces are spaces. */
export function norm(s) {
  return String(s ?? '').replace(/[\s\u00a0\u202f\u2009]+/g, ' ').trim();
}

/** Waits until <html lang> is `code` and the main heading is `heading` (when given). */
export async function waitForLanguage(page, code, heading) {
  await page.waitForFunction(
    ({ code, heading }) => {
      const norm = (s) => String(s ?? '').replace(/[\s\u00a0\u202f\u2009]+/g, ' ').trim();
      if (document.documentElement.lang !== code) return false;
      if (heading === undefined) return true;
      const h1 = document.querySelector('#main-heading');
      return !!h1 && norm(h1.textContent).startsWith(heading);
    },
    { code: langTag(code), heading: heading === undefined ? undefined : norm(heading) },
    { timeout: 15000 },
  );
}

/** Opens the start page in `code` (through ?lang=) and waits for its heading. */
export async function openStart(page, url, code) {
  await forgetTab(page);
  await page.goto(code === 'en' ? url : `${url}?lang=${code}`);
  // The app, not the start page written at build time (which is English until the app runs).
  await page.locator('#app:not(.prerendered)').waitFor({ state: 'attached', timeout: 30000 });
  await waitForLanguage(page, code, tr(code, 'start.title'));
}

/** The text of an element without the child's-language spans inside it. */
export async function ownText(locator) {
  return norm(await locator.evaluate((el) => {
    const copy = el.cloneNode(true);
    for (const c of copy.querySelectorAll('.child-text')) c.remove();
    return copy.textContent;
  }));
}

/**
 * Horizontal overflow at the phone width: the document's scroll width and every rendered element
 * whose box reaches beyond the viewport. Elements hidden on purpose (the unfocused skip link,
 * .visually-hidden) are left out.
 */
export async function overflow(page) {
  return page.evaluate((width) => {
    const skip = (el) => {
      if (el.closest('.visually-hidden')) return true;
      const link = el.closest('.skip-link');
      return !!link && document.activeElement !== link;
    };
    const offenders = [];
    for (const el of document.body.querySelectorAll('*')) {
      if (skip(el)) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      if (r.left < -0.5 || r.right > width + 0.5) {
        const name = el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
          + (typeof el.className === 'string' && el.className ? '.' + el.className.trim().split(/\s+/).join('.') : '');
        offenders.push(`${name} [${Math.round(r.left)}..${Math.round(r.right)}] "${el.textContent.trim().slice(0, 50)}"`);
      }
    }
    return { scrollWidth: document.documentElement.scrollWidth, offenders };
  }, PHONE.width);
}

/**
 * Where the Back link sits in its screen, and which way its arrow (the ::before chevron, drawn
 * with two borders and rotated) points: tipX < 0 is left, > 0 is right.
 */
export async function backLink(page) {
  return page.locator('.back-link').first().evaluate((link) => {
    const r = link.getBoundingClientRect();
    const box = link.parentElement.getBoundingClientRect();
    const cs = getComputedStyle(link, '::before');
    const m = new DOMMatrix(cs.transform === 'none' ? undefined : cs.transform);
    // The chevron's tip is the corner between its two drawn borders.
    const cx = parseFloat(cs.borderLeftWidth) > 0 ? -1 : 1;
    const cy = parseFloat(cs.borderTopWidth) > 0 ? -1 : 1;
    return {
      left: r.left, right: r.right, boxLeft: box.left, boxRight: box.right,
      transform: cs.transform, tipX: m.a * cx + m.c * cy,
      beforeLeft: cs.left, beforeRight: cs.right,
    };
  });
}

/**
 * In the page: what identifies the screen shown (heading, progress line, error summary, and a
 * warning asking to confirm an answer, shown on the same question without an error); given the
 * key of the screen before, whether the screen has changed since. One function for both, passed
 * as a function (the app's CSP forbids evaluating a text).
 */
function screenKeyOr(before) {
  const key = [
    document.querySelector('#main-heading')?.textContent ?? '',
    document.querySelector('.progress')?.textContent ?? '',
    document.querySelector('.error-summary')?.textContent ?? '',
    document.querySelector('.confirm')?.textContent ?? '',
  ].join('|');
  return before === null ? key : key !== before;
}

/** Does `act` and waits until the screen shown has changed. */
export async function advance(page, act) {
  const before = await page.evaluate(screenKeyOr, null);
  await act();
  await page.waitForFunction(screenKeyOr, before, { timeout: 15000 });
}

/** Throws with the error summary's text if one is shown. */
export async function noError(page, where) {
  const summary = page.locator('.error-summary');
  if (await summary.count()) throw new Error(`${where}: the app shows an error: ${norm(await summary.first().textContent())}`);
}

/**
 * From a question screen, answers "I don't know" to every question (the radio "unknown", else the
 * secondary button with the catalog's "button.unknown" text) until "Check your answers".
 * Returns the question headings seen.
 */
export async function answerUnknownUntilCheck(page, code) {
  const asked = [];
  for (let i = 0; i < 40; i++) {
    if (await page.locator('.check #main-heading').count()) {
      await page.getByRole('heading', { level: 1, name: tr(code, 'check.title') }).waitFor();
      return asked;
    }
    await noError(page, `question ${i + 1} (${asked.at(-1) ?? 'first'})`);
    asked.push(norm(await page.locator('#main-heading').textContent()));
    // The buttons by their place (in "with the child" mode their names hold both languages).
    const radio = page.locator('.question form input[type=radio][value=unknown]');
    if (await radio.count()) {
      await radio.check();
      const button = page.locator('.question form button[type=submit]');
      assert.ok(norm(await button.textContent()).startsWith(norm(tr(code, 'button.continue'))), 'the Continue button');
      await advance(page, () => button.click());
    } else {
      const button = page.locator('.question form button.button--secondary');
      assert.ok(norm(await button.textContent()).startsWith(norm(tr(code, 'button.unknown'))), 'the "I don\'t know" button');
      await advance(page, () => button.click());
    }
  }
  throw new Error(`"Check your answers" not reached after 40 screens: ${asked.join(' / ')}`);
}

/**
 * A Solar Hijri date to the Gregorian calendar, computed independently of the app with Node's
 * Intl (ICU's Persian calendar): scans the Gregorian days of the year the date falls in.
 * Returns { year, month, day } (Gregorian).
 */
export function solarHijriToGregorian(day, month, year) {
  const fmt = new Intl.DateTimeFormat('en-u-ca-persian-nu-latn', { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' });
  const start = Date.UTC(year + 621, 0, 1);
  for (let i = 0; i < 800; i++) {
    const ms = start + i * 86400000;
    const p = Object.fromEntries(fmt.formatToParts(ms).map((x) => [x.type, x.value]));
    if (Number(p.year) === year && Number(p.month) === month && Number(p.day) === day) {
      const d = new Date(ms);
      return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
    }
  }
  throw new Error(`no Gregorian date found for ${day}/${month}/${year} (Solar Hijri)`);
}

/** Whole days from a to b ({ year, month, day } each). */
export function daysBetween(a, b) {
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86400000);
}

/** The device's today in the page (the app's default assessment date). */
export async function todayInPage(page) {
  return page.evaluate(() => {
    const n = new Date();
    return { year: n.getFullYear(), month: n.getMonth() + 1, day: n.getDate() };
  });
}

/** Every catalog key, for spotting a key shown instead of its text. */
export const ALL_KEYS = new Set(Object.values(CATALOGS).flatMap((c) => Object.keys(c)));

/** Waits until the main heading's own text (without the child's-language text) is `text`. */
export async function waitForHeading(page, text, timeout = 15000) {
  await page.waitForFunction(
    (want) => {
      const h1 = document.querySelector('#main-heading');
      if (!h1) return false;
      const copy = h1.cloneNode(true);
      for (const c of copy.querySelectorAll('.child-text')) c.remove();
      return copy.textContent.replace(/[\s\u00a0\u202f\u2009]+/g, ' ').trim() === want;
    },
    norm(text),
    { timeout },
  ).catch(async (e) => {
    const got = await page.locator('#main-heading').first().textContent().catch(() => '(no heading)');
    throw new Error(`heading "${norm(text)}" not shown; the heading is "${norm(got)}" (${e.message.split('\n')[0]})`);
  });
}

/** Each language's reviewed share in whole percent, from the README's table of "Translating
 * Pathways" (`pathways catalog status`; tests/translation.rs keeps it equal to the review records
 * and to what build.rs counted for the app). */
export const REVIEWED_PERCENT = Object.fromEntries(
  [...fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8').matchAll(/^\| [^|]+ \| `([a-z]+)` \| \d+ \| (?:all \(the source\)|\d+ \((\d+)%\)) \|$/gm)]
    .map(([, code, percent]) => [code, percent === undefined ? 100 : Number(percent)]),
);

/** The label of a language option: "<native name> (<review state in the UI language>)". */
export function optionLabel(code, ui) {
  const percent = REVIEWED_PERCENT[code];
  if (percent === undefined) throw new Error(`README.md: no reviewed share for ${code}`);
  let state;
  if (percent === 0) state = tr(ui, 'lang.review.draft');
  else if (percent === 100) state = tr(ui, 'lang.review.reviewed');
  else {
    // A value in a right-to-left text of the language's own is isolated (FSI … PDI), as the app does.
    const value = nativeDigits(ui, percent);
    const own = RTL.has(ui) && CATALOGS[ui]?.['lang.review.partly'];
    state = fill(tr(ui, 'lang.review.partly'), { percent: own ? `\u2068${value}\u2069` : value });
  }
  return `${CATALOGS[code]['_meta.name']} (${state})`;
}

const ZERO = { ar: 0x660, fa: 0x6f0, ps: 0x6f0, ckb: 0x6f0 };
/** `s` with its digits in the language's own digits, as the app writes them (src/i18n/digits.rs). */
export const nativeDigits = (code, s) => (ZERO[code] ? String(s).replace(/[0-9]/g, (d) => String.fromCharCode(ZERO[code] + Number(d))) : String(s));

/** A date in words the way the app and the command-line tool write it in every browser: the
 * catalog's pattern and (CLDR's) month names, the language's digits, French "1er". */
export function longDate(code, d) {
  const day = code === 'fr' && d.day === 1 ? '1er' : String(d.day);
  return nativeDigits(code, fill(tr(code, 'date.format'), { day, month: tr(code, `month.${d.month}`), year: d.year }));
}

/** Opens the app at `url` in `code`, opens the case `file` and goes on to its result ("I don't
 * know" for anything still asked). */
export async function resultOfFile(page, url, code, file) {
  await openStart(page, url, code);
  await advance(page, () => page.locator('#field-file').setInputFiles(file));
  if (!(await page.locator('.check #main-heading').count())) await answerUnknownUntilCheck(page, code);
  await advance(page, () => page.getByRole('button', { name: tr(code, 'button.see_result'), exact: true }).click());
  await waitForHeading(page, tr(code, 'result.title'));
}
