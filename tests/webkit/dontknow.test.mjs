// "I don't know" survives "Save the case as a file" and "Open a saved case" in WebKit (issue 16):
// the asylum claim, another relative, the Dublin request and the UK application, each typed in
// screen by screen as "I don't know", saved (a real download, see casefile.test.mjs), opened
// again, and the check page read back the same.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { snapshotDist, removeDir, serveApp, openBrowser, shot, t, labelled, button, press, waitForHeading, norm } from './helpers.mjs';
import { openStart, setAssessmentDate, start, answerAll, seeResult } from './drive.mjs';
import { DONT_KNOW_CASES, rowTitle } from '../shared/summaries.mjs';

let dir, app, browser;
before(async () => {
  dir = snapshotDist('dontknow');
  app = await serveApp(dir);
  browser = await openBrowser('dontknow');
});
after(async () => { await browser?.close(); await app?.stop(); removeDir(dir); });

/** The check page's rows of answers asked: [[question, answer]] (the date row left out). */
async function checkRows(s) {
  return s.execute(`
    const norm = (x) => String(x ?? '').replace(/[\\u00a0\\u202f]/g, ' ').replace(/\\s+/g, ' ').trim();
    const dl = document.querySelector('main .check dl.summary-list');
    return [...dl.querySelectorAll('.summary-list__row')].slice(1)
      .map((r) => [norm(r.querySelector('.summary-list__key').textContent), norm(r.querySelector('.summary-list__value').textContent)]);`);
}

async function downloaded(s, folder, before) {
  return s.until(() => {
    const files = fs.readdirSync(folder).filter((f) => f.endsWith('.json') && !before.includes(f));
    if (files.length === 0) return null;
    const file = path.join(folder, files[0]);
    try { JSON.parse(fs.readFileSync(file, 'utf8')); return file; } catch { return null; }
  }, { timeout: 20000, what: 'the saved file' });
}

test('"I don\'t know" to the claim, another relative, the request and the application survives save and reopen', async () => {
  const { s, downloads } = browser;
  for (const { name, c, dontKnow } of DONT_KNOW_CASES) {
    await openStart(s, app.url);
    await setAssessmentDate(s, c.assessed_on);
    await start(s);
    await answerAll(s, c);
    await waitForHeading(s, t('check.title'));
    const rows = await checkRows(s);
    for (const key of dontKnow) {
      assert.deepEqual(rows.find(([q]) => q === norm(rowTitle(t, key))), [norm(rowTitle(t, key)), t('opt.unknown')], `${name}: ${key} is "I don't know"`);
    }
    await seeResult(s);
    const before = fs.readdirSync(downloads);
    await press(s, await button(s, t('button.export')));
    const file = await downloaded(s, downloads, before);
    const saved = JSON.parse(fs.readFileSync(file, 'utf8'));
    const field = { claim: 'asylum_claim', request: 'take_charge_request', application: 'uk_application', another: 'more_uk_relatives' };
    for (const key of dontKnow) assert.equal(saved.case[field[key]], null, `${name}: ${field[key]} saved as null`);
    // Opened again from the start page.
    await openStart(s, app.url);
    await s.sendKeys(await labelled(s, t('button.import')), file);
    await waitForHeading(s, t('check.title'));
    assert.deepEqual(await checkRows(s), rows, `${name}: the check page after reopening`);
    await shot(s, `dontknow-${dontKnow.join('-')}`);
    // The next case has the same date: its download must not take this name.
    fs.renameSync(file, `${file}.done`);
  }
});
