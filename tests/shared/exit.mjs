// Quick exit, browser-independent: the case answered before leaving, and what a page may show
// after Back: nothing (the neutral page: its title, no text, no field filled in). Used by the
// Chromium, WebKit and Gecko suites; the functions marked "in the page" run in the browser.
import assert from 'node:assert/strict';
import { t, progressRe } from './catalog.mjs';

/** Two answers before the exit: a date of birth, and Greece as the country the child is in. */
export const EXIT_CASE = { assessed_on: '2026-12-01', child: { date_of_birth: '2011-05-04', location: 'GR' }, uk_relatives: [] };

/** In the page: what it shows: { url, title, text (the body's), fields (the values filled in or chosen) }. */
export function seenInPage() {
  const fields = [...document.querySelectorAll('input, select, textarea')].map((f) => {
    if (f.localName === 'select') return f.selectedOptions[0] ? f.selectedOptions[0].text : '';
    if (f.type === 'radio' || f.type === 'checkbox') return f.checked ? f.value : '';
    return f.value;
  });
  return { url: location.href, title: document.title, text: document.body ? document.body.innerText : '', fields: fields.filter(Boolean) };
}

/** In the page: marks the document shown now, so that a wait can tell it from the next one. */
export function markPage() {
  window.pathwaysTestMark = true;
}

/** In the page: whether a new document of neutral.html is shown (not the one markPage marked). */
export function neutralAgain() {
  return /\/neutral\.html$/.test(location.pathname) && !window.pathwaysTestMark;
}

/** What a page's text says of EXIT_CASE: its progress line ("2 questions answered · …"), Greece. */
export function caseShown(text) {
  const said = [];
  const progress = progressRe().exec(text);
  if (progress) said.push(`"${progress[0]}"`);
  const country = t(`country.${EXIT_CASE.child.location}`);
  if (text.includes(country)) said.push(country);
  return said;
}

/**
 * Checks what a page shows (seenInPage) after a Quick exit and `when` (Back, Back again): the
 * neutral page, titled as a new tab, with no text and no field: nothing of the case, and not the
 * app's title.
 */
export function assertNothingShown(seen, when) {
  const shows = [...caseShown(seen.text), ...seen.fields.map((f) => `the field value "${f}"`)];
  const about = `${when}: ${seen.url} titled "${seen.title}" shows ${shows.join(', ') || JSON.stringify(seen.text.slice(0, 160))}`;
  assert.ok(!seen.title.includes(t('app.name')), about);
  assert.deepEqual(shows, [], about);
  assert.deepEqual({ title: seen.title, text: seen.text.trim() }, { title: t('exit.title'), text: '' }, about);
  assert.match(seen.url, /\/neutral\.html$/, about);
}
