// At the caseworker's desk (issue 20) on the release build in Chromium at 360 x 640: a case
// opened from a file (S11), its result; "Add the deadlines to a calendar" downloads the open
// deadlines as an .ics file (read by ical.js, the same as `pathways evaluate --ics`), and is not
// offered when no deadline is open (S25); "I think this verdict is wrong" on a card asks which
// verdict and why (both refused when missing, GOV.UK style), then downloads the case as a scenario
// file that `pathways scenarios` shows failing with the difference. The checks of the files are
// tests/shared/desk.mjs's (the WebKit suite runs them too).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import fs from 'node:fs';
import { fileSuite, OUT, chooseLanguage } from './helpers.mjs';
import { tr } from './lang-helpers.mjs';
import { t, escapeRe, loadScenario, answerAll, seeResult, heading, errorSummary, snap } from './drive.mjs';
import { scenarioFile } from '../shared/engine.mjs';
import { DESK_CASE, NO_DEADLINE_CASE, calendarName, checkCalendar, disputedVerdict, disputeName, checkDispute } from '../shared/desk.mjs';

const { tmp: TMP, ctx, withPage } = fileSuite('desk');

/** Scenario `id` opened through "Open a saved case", answered to the end, its result shown. */
async function resultOf(page, id) {
  await page.goto(ctx.server.url);
  await heading(page).filter({ hasText: t('start.title') }).waitFor();
  await page.getByLabel(t('button.import'), { exact: true }).setInputFiles(scenarioFile(id));
  await heading(page).filter({ hasNotText: t('start.title') }).waitFor();
  await answerAll(page, loadScenario(id).case);
  await seeResult(page);
}

/** Clicks `control`; the file it downloads (saved in TMP), its suggested name, and what #save-status says then. */
async function download(page, control) {
  const [d] = await Promise.all([page.waitForEvent('download'), control.click()]);
  const file = path.join(TMP, d.suggestedFilename());
  await d.saveAs(file);
  await heading(page).filter({ hasText: t('result.title') }).waitFor();
  const status = page.locator('#save-status');
  await status.filter({ hasText: /\S/ }).waitFor();
  return { file, name: d.suggestedFilename(), said: (await status.textContent()).trim() };
}

test(`${DESK_CASE}: "Add the deadlines to a calendar" downloads the open deadlines, as the command-line tool writes them`, () => withPage(async (page) => {
  await resultOf(page, DESK_CASE);
  const add = page.getByRole('button', { name: t('desk.calendar'), exact: true });
  await snap(page, 'desk-result');
  // The button where a person scrolls to it, as the phone shows it.
  await add.evaluate((b) => b.scrollIntoView({ block: 'center' }));
  await page.screenshot({ path: path.join(OUT, 'desk-calendar-button.png') });
  const { file, name, said } = await download(page, add);
  assert.equal(name, calendarName(DESK_CASE));
  assert.equal(said, t('saved.calendar').replace('{name}', name));
  const events = checkCalendar(fs.readFileSync(file, 'utf8'), DESK_CASE, TMP);
  assert.ok(events >= 2, `S11 has several open deadlines (${events})`);
}));

test(`${NO_DEADLINE_CASE}: no open deadline, no calendar offered`, () => withPage(async (page) => {
  await resultOf(page, NO_DEADLINE_CASE);
  await page.getByRole('button', { name: t('button.export'), exact: true }).waitFor();
  assert.equal(await page.getByRole('button', { name: t('desk.calendar') }).count(), 0);
}));

test(`${DESK_CASE}: "I think this verdict is wrong" asks which verdict and why, then saves a scenario file that fails with the difference`, () => withPage(async (page) => {
  await resultOf(page, DESK_CASE);
  const card = page.locator('section[data-pathway]').first();
  const pathway = await card.getAttribute('data-pathway');
  const current = await card.getAttribute('data-verdict');
  const wanted = disputedVerdict(current);
  // Each card has the link under its reasons and sources, named with its route for a screen reader.
  const links = page.getByRole('link', { name: new RegExp(`^${escapeRe(t('desk.dispute_link'))}`), includeHidden: true });
  assert.equal(await links.count(), await page.locator('section[data-pathway]').count(), 'a link on every card');
  await card.getByText(t('result.reasons'), { exact: true }).click();
  await card.getByRole('link', { name: new RegExp(`^${escapeRe(t('desk.dispute_link'))}`) }).evaluate((a) => a.scrollIntoView({ block: 'center' }));
  await page.screenshot({ path: path.join(OUT, 'desk-card-link.png') });
  await card.getByRole('link', { name: `${t('desk.dispute_link')} (${t(`pathway.${pathway}`)})`, exact: true }).click();
  await heading(page).filter({ hasText: t('desk.dispute_title') }).waitFor();
  await page.waitForFunction((h) => document.title.startsWith(`${h} - `), t('desk.dispute_title'));
  // Every verdict but the card's own, as radios under the question; the reason in a labelled text box.
  const group = page.getByRole('group', { name: t('desk.dispute_title') });
  const offered = await group.getByRole('radio').evaluateAll((rs) => rs.map((r) => r.value));
  assert.deepEqual(offered, ['likely', 'possible', 'not_eligible', 'closed', 'not_applicable'].filter((v) => v !== current));
  await snap(page, 'desk-dispute');

  // Nothing chosen, nothing written: both named in the error summary, which takes the focus.
  const save = page.getByRole('button', { name: t('desk.dispute_save'), exact: true });
  await save.click();
  await errorSummary(page).waitFor();
  const problems = await errorSummary(page).getByRole('link').allTextContents();
  assert.deepEqual(problems, [t('dispute.error_verdict'), t('dispute.error_reason')]);
  await page.waitForFunction(() => document.activeElement?.id === 'error-summary');
  await page.waitForFunction((p) => document.title.startsWith(`${p} `), t('error.title_prefix'));
  await snap(page, 'desk-dispute-errors');
  await errorSummary(page).getByRole('link', { name: t('dispute.error_reason') }).click();
  await page.waitForFunction(() => document.activeElement?.id === 'field-reason');

  const reason = 'Art 8(1) Dublin III: the sibling is legally present (residence card of 2019). Test by the desk suite.';
  await page.getByLabel(t('desk.reason_label'), { exact: true }).fill(reason);
  await group.getByRole('radio', { name: t(`verdict.${wanted}`), exact: true }).check();
  const { file, name, said } = await download(page, save);
  assert.equal(name, disputeName(DESK_CASE, pathway));
  assert.equal(said, t('saved.dispute').replace('{name}', name));
  await page.locator('#save-status').evaluate((e) => e.scrollIntoView({ block: 'center' }));
  await page.screenshot({ path: path.join(OUT, 'desk-dispute-saved.png') });
  checkDispute(file, DESK_CASE, { pathway, current, wanted, reason });
}));

test(`${DESK_CASE} in French: the calendar, the link under a card's reasons, the dispute screen and its errors`, () => withPage(async (page) => {
  await resultOf(page, DESK_CASE);
  await chooseLanguage(page, 'lang-main', 'fr');
  await heading(page).filter({ hasText: tr('fr', 'result.title') }).waitFor();
  await page.getByRole('button', { name: tr('fr', 'desk.calendar'), exact: true }).waitFor();
  const card = page.locator('section[data-pathway]').first();
  await card.getByText(tr('fr', 'result.reasons'), { exact: true }).click();
  await card.getByRole('link', { name: tr('fr', 'desk.dispute_link') }).click();
  await heading(page).filter({ hasText: tr('fr', 'desk.dispute_title') }).waitFor();
  await page.getByLabel(tr('fr', 'desk.reason_label')).waitFor();
  await page.getByRole('button', { name: tr('fr', 'desk.dispute_save'), exact: true }).click();
  await errorSummary(page).or(page.getByRole('alert')).first().waitFor();
  const problems = (await page.locator('.error-summary a').allTextContents()).map((s) => s.trim());
  assert.deepEqual(problems, [tr('fr', 'dispute.error_verdict'), tr('fr', 'dispute.error_reason')]);
  await snap(page, 'desk-dispute-errors-fr');
}));
