// The app's texts as the end-to-end tests read them (i18n/<lang>.json), and what follows from
// them: every question title mapped back to its question key, a question's title, dates as the
// app writes them in English. Browser-independent: tests/e2e and tests/webkit both use it.
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './paths.mjs';

/** The catalog of language `lang` (i18n/<lang>.json). */
export const catalog = (lang) => JSON.parse(fs.readFileSync(path.join(ROOT, 'i18n', `${lang}.json`), 'utf8'));

export const EN = catalog('en');

/** The English text of `key` (i18n/en.json); throws on a key the catalog does not have. */
export const t = (key) => {
  if (!(key in EN)) throw new Error(`no text ${key} in i18n/en.json`);
  return EN[key];
};

/** Titles of the questions about relatives, with {n} filled in up to this many relatives (the flow's limit). */
export const MAX_RELATIVES = 20;

/**
 * Every question title the app can show, from en.json, mapped to { key, n }: `key` is the question
 * key of `q.<key>.title`; `n` is the relative's number (1-based) for relatives' questions, else
 * null. Each title is passed through `normalize` first (for a browser driver that reads text with
 * its white space folded).
 */
export function questionTitles(normalize = (text) => text) {
  const map = new Map();
  for (const [k, text] of Object.entries(EN)) {
    const m = /^q\.(.+)\.title$/.exec(k);
    if (!m) continue;
    if (text.includes('{n}')) {
      for (let n = 1; n <= MAX_RELATIVES; n++) map.set(normalize(text.replaceAll('{n}', String(n))), { key: m[1], n });
    } else {
      map.set(normalize(text), { key: m[1], n: null });
    }
  }
  return map;
}

/** Every question title, as en.json writes it -> { key, n } (questionTitles). */
export const QUESTIONS = questionTitles();

/** The title of question `key` (for relative `n`). */
export function title(key, n = null) {
  const text = t(`q.${key}.title`);
  return n == null ? text : text.replaceAll('{n}', String(n));
}

/** `s` with every regular-expression character escaped, to match it literally. */
export const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The progress line of a question screen in English ("2 questions answered · about 9 more",
 * "… · this may be the last question"), from the catalog's plural texts, as a whole line. */
export function progressRe() {
  const count = (key) => '(' + ['one', 'other'].map((f) => escapeRe(t(`${key}.${f}`)).replace('\\{n\\}', '\\d+')).join('|') + ')';
  return new RegExp(`^${count('progress.answered')} · (${count('progress.left')}|${escapeRe(t('progress.last'))})$`, 'm');
}

/** The two ways the app may write a date in English: "1 June 2016" and "June 1, 2016". */
export function dateTexts(iso) {
  const [y, m, d] = iso.split('-').map(Number);
  const month = t(`month.${m}`);
  return [`${d} ${month} ${y}`, `${month} ${d}, ${y}`];
}

/** A date as the app writes it in English, whichever of the usual orders the app uses (a RegExp). */
export function dateText(iso) {
  return new RegExp(`(${dateTexts(iso).join('|')})`);
}

/** Age in whole years on `on` (both ISO dates). */
export function ageOn(dob, on) {
  const [by, bm, bd] = dob.split('-').map(Number);
  const [y, m, d] = on.split('-').map(Number);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}
