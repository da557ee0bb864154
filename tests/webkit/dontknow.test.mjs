// "I don't know" survives "Save the case as a file" and "Open a saved case" in WebKit (issue 16):
// the asylum claim, another relative, the Dublin request and the UK application, each typed in
// screen by screen as "I don't know", saved (a real download, see casefile.test.mjs), opened
// again, and the check page read back the same. Also: a file whose unknown key holds a line
// break opens with its warning; a bad file, with French chosen, is explained in French.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { snapshotDist, removeDir, serveApp, openBrowser, shot, t, FR, SCENARIOS, labelled, button, press, waitForHeading, norm } from './helpers.mjs';
import { openStart, navigateFresh, setAssessmentDate, start, answerAll, seeResult } from './drive.mjs';
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

/** The page's text, spaces normalised. */
const bodyText = async (s) => norm(await s.execute('return document.body.innerText'));

test('a file whose unknown key holds a line break opens with its warning; a bad file in French is explained in French', async () => {
  const { s } = browser;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pathways-webkit-files-'));
  const scenario = JSON.parse(fs.readFileSync(path.join(SCENARIOS, 'S01.json'), 'utf8'));
  const newline = path.join(dir, 'newline-key.json');
  fs.writeFileSync(newline, JSON.stringify({ 'a\nb': 1, ...scenario }, null, 1));
  await openStart(s, app.url);
  await s.sendKeys(await labelled(s, t('button.import')), newline);
  const warning = norm(t('notice.file_warning').replace('{problem}', t('file.at').replace('{problem}', t('file.unknown_key')).replace('{path}', 'a b')));
  await s.until(async () => (await bodyText(s)).includes(warning) || null, { what: `"${warning}"` });

  const bad = path.join(dir, 'bad-date-of-birth.json');
  fs.writeFileSync(bad, JSON.stringify({ case: { assessed_on: '2026-03-02', child: { date_of_birth: '2008-02-30' } } }));
  await navigateFresh(s, `${app.url}?lang=fr`);
  await waitForHeading(s, FR['start.title'], { timeout: 30000 });
  await s.until(async () => (await s.execute("return document.documentElement.lang === 'fr' && !document.querySelector('#app.prerendered')")) || null, { what: 'the app in French' });
  await s.sendKeys(await labelled(s, FR['button.import']), bad);
  const problem = FR['file.date_day'].replace('{value}', '2008-02-30').replace('{max}', '29');
  const about = FR['file.about'].replace('{question}', FR['q.dob.title']).replace('{problem}', problem).replace('{path}', 'case.child.date_of_birth');
  const said = norm(FR['error.file'].replace('{problem}', about));
  await s.until(async () => (await bodyText(s)).includes(said) || null, { what: `"${said}"` });
  await shot(s, 'dontknow-bad-file-fr');
  fs.rmSync(dir, { recursive: true, force: true });
});
