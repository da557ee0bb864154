// At the caseworker's desk (issue 20) in WebKit (MiniBrowser over WebKitWebDriver): S11 opened
// from a file to its result; "Add the deadlines to a calendar" and "I think this verdict is
// wrong" (refused with nothing chosen, then saved) each make the file worker write a file, which
// the app says it saved (its status line) and the browser downloads for real (into the XDG
// download folder openBrowser() gives it: see casefile.test.mjs). The files are checked as in
// Chromium (tests/shared/desk.mjs: ical.js and `pathways evaluate --ics`; `pathways scenarios`).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { snapshotDist, removeDir, serveApp, openBrowser, shot, t, norm, button, labelled, press, fill, byName, waitForHeading, scenarioFile, loadScenario } from './helpers.mjs';
import { openStart, answerAll, seeResult, errorSummary } from './drive.mjs';
import { DESK_CASE, calendarName, checkCalendar, disputedVerdict, disputeName, checkDispute } from '../shared/desk.mjs';

let dir, app, browser, tmp;
before(async () => {
  dir = snapshotDist('desk');
  app = await serveApp(dir);
  browser = await openBrowser('desk');
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pathways-webkit-desk-cli-'));
});
after(async () => { await browser?.close(); await app?.stop(); removeDir(dir); removeDir(tmp); });

/** The page's status line (#save-status) once it says `text`. */
async function statusSays(s, text) {
  await s.until(async () => norm(await s.execute('return document.getElementById("save-status")?.textContent || ""')) === norm(text), { timeout: 20000, what: `the status "${text}"` });
}

/** The file `name` once the browser has written it whole into its download folder. */
async function downloaded(s, name, complete) {
  const file = path.join(browser.downloads, name);
  return s.until(() => (fs.existsSync(file) && complete(fs.readFileSync(file, 'utf8')) ? file : null), { timeout: 20000, what: `the download ${name}` });
}

test(`${DESK_CASE}: the deadlines downloaded as a calendar, and a disputed verdict as a scenario file`, async () => {
  const s = browser.s;
  await openStart(s, app.url);
  await s.sendKeys(await labelled(s, t('button.import')), scenarioFile(DESK_CASE));
  await s.until(async () => !(await byName(s, 'h1', t('start.title'))), { timeout: 20000, what: 'the screen after opening the file' });
  await answerAll(s, loadScenario(DESK_CASE).case);
  await seeResult(s);

  // The calendar: the worker's file, the status line, the download.
  await press(s, await button(s, t('desk.calendar')));
  const ics = calendarName(DESK_CASE);
  await statusSays(s, t('saved.calendar').replace('{name}', ics));
  await shot(s, 'desk-calendar-saved', { top: false });
  const calendar = await downloaded(s, ics, (text) => text.trimEnd().endsWith('END:VCALENDAR'));
  checkCalendar(fs.readFileSync(calendar, 'utf8'), DESK_CASE, tmp);

  // The dispute of the first card's verdict.
  const card = await s.css('section[data-pathway]');
  const pathway = await s.attribute(card, 'data-pathway');
  const current = await s.attribute(card, 'data-verdict');
  const wanted = disputedVerdict(current);
  // Under the card's reasons and sources.
  await press(s, await s.until(() => byName(s, `section[data-pathway="${pathway}"] summary`, t('result.reasons')), { what: 'the card\'s reasons' }));
  const link = await s.until(() => byName(s, `section[data-pathway="${pathway}"] a`, `${t('desk.dispute_link')} (${t(`pathway.${pathway}`)})`), { what: 'the dispute link' });
  await press(s, link);
  await waitForHeading(s, t('desk.dispute_title'));
  await shot(s, 'desk-dispute');
  await press(s, await button(s, t('desk.dispute_save')));
  const summary = await s.until(() => errorSummary(s), { what: 'the error summary' });
  const said = norm(await s.text(summary));
  for (const key of ['dispute.error_verdict', 'dispute.error_reason']) assert.ok(said.includes(norm(t(key))), `"${t(key)}" in "${said}"`);
  await s.until(() => s.execute('return document.activeElement?.id === "error-summary"'), { what: 'the focus on the error summary' });
  await shot(s, 'desk-dispute-errors');

  const reason = 'The relative is legally present: residence card of 2019. Written by the WebKit desk test.';
  await fill(s, await labelled(s, t('desk.reason_label')), reason);
  await press(s, await labelled(s, t(`verdict.${wanted}`)));
  await press(s, await button(s, t('desk.dispute_save')));
  await waitForHeading(s, t('result.title'));
  const json = disputeName(DESK_CASE, pathway);
  await statusSays(s, t('saved.dispute').replace('{name}', json));
  const file = await downloaded(s, json, (text) => { try { return !!JSON.parse(text); } catch { return false; } });
  checkDispute(file, DESK_CASE, { pathway, current, wanted, reason });
});
