// What a volunteer keeps and hands on, on the release build (issue 16): "I don't know" stays "I
// don't know" through "Save the case as a file" and "Open a saved case" (the application, the
// asylum claim, the Dublin request, another relative); the check page, the printed summary and
// "Copy as text" list the same answers under the same labels, as `pathways evaluate --text` does;
// a file whose unknown key holds a line break opens, with its warning; a bad file, with French
// chosen, is explained in French, naming the question.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileSuite, ROOT } from './helpers.mjs';
import { t, completeCase, seeResult, heading, errorSummary, snap, pathwaysBin, SCENARIOS, openStart, forgetTab } from './drive.mjs';
import { tr, openStart as openStartIn, norm } from './lang-helpers.mjs';
import { DONT_KNOW_CASES, rowTitle } from '../shared/summaries.mjs';

const { tmp: TMP, ctx, withPage } = fileSuite('summaries');

/** The rows of the summary lists on the page: { asked: [[question, answer]], not_asked: [...] }. */
async function rowsOn(page, selector) {
  return page.evaluate((selector) => {
    const norm = (s) => String(s ?? '').replace(/\s+/g, ' ').trim();
    const lists = [...document.querySelectorAll(selector)];
    const rows = (dl) => [...dl.querySelectorAll('.summary-list__row')]
      .map((r) => [norm(r.querySelector('.summary-list__key').textContent), norm(r.querySelector('.summary-list__value').textContent)]);
    return lists.map(rows);
  }, selector);
}

/** The check page's rows: the answers asked (without the date row), then what was not asked. */
async function checkRows(page) {
  const [asked = [], notAsked = []] = await rowsOn(page, 'main .check dl.summary-list');
  return { asked: asked.slice(1), not_asked: notAsked };
}

/** The printed summary's rows (the print-only section of the result page). */
async function printRows(page) {
  const [asked = [], notAsked = []] = await rowsOn(page, 'main .print-only.answers dl.summary-list');
  return { asked, not_asked: notAsked };
}

/** The answer rows of a text summary ("Copy as text", `pathways evaluate --text`): " - {question} {answer}" under each heading. */
function textRows(text) {
  const lines = text.split('\n');
  const under = (heading) => {
    const at = lines.indexOf(heading);
    if (at < 0) return [];
    const out = [];
    for (const l of lines.slice(at + 1)) {
      if (!l.startsWith(' - ')) break;
      out.push(l.slice(3));
    }
    return out;
  };
  return { asked: under(t('result.answers')), not_asked: under(t('result.not_asked')) };
}

const joined = (rows) => ({ asked: rows.asked.map(([q, a]) => `${q} ${a}`), not_asked: rows.not_asked.map(([q, a]) => `${q} ${a}`) });

/** "Save the case as a file": the file written. */
async function save(page, name) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: t('button.export'), exact: true }).click()]);
  const file = path.join(TMP, name);
  await download.saveAs(file);
  return file;
}

/** "Open a saved case" on the start page, then on to "Check your answers". */
async function open(page, file) {
  await openStart(page, ctx.server.url);
  await page.getByLabel(t('button.import'), { exact: true }).setInputFiles(file);
  await page.getByText(t('notice.opened')).waitFor();
  await heading(page).filter({ hasText: t('check.title') }).waitFor();
}

for (const { name, c, dontKnow } of DONT_KNOW_CASES) {
  test(`"I don't know" survives save and reopen: ${name}`, async () => {
    await withPage(async (page) => {
      await completeCase(page, ctx.server.url, c);
      const before = await checkRows(page);
      for (const key of dontKnow) {
        const row = before.asked.find(([q]) => q === rowTitle(t, key));
        assert.deepEqual(row, [rowTitle(t, key), t('opt.unknown')], `"${rowTitle(t, key)}" is on the check page, answered "I don't know": ${JSON.stringify(before.asked)}`);
      }
      await seeResult(page);
      const file = await save(page, `dont-know-${name.replace(/\W+/g, '-')}.json`);
      const saved = JSON.parse(fs.readFileSync(file, 'utf8'));
      for (const key of dontKnow) {
        const [field, asked] = {
          claim: ['asylum_claim', 'case.asylum_claim.status'],
          request: ['take_charge_request', 'case.take_charge_request.status'],
          application: ['uk_application', 'case.uk_application.status'],
          another: ['more_uk_relatives', 'case.more_uk_relatives'],
        }[key];
        assert.equal(saved.case[field], null, `${field}: "I don't know" is saved as null`);
        assert.ok(!(saved.not_asked || []).includes(asked), `${asked} was asked: not listed as not asked`);
      }
      // Opened again (as in a new tab, which holds no case): the same answers, "I don't know" where it was.
      await forgetTab(page);
      await page.goto('about:blank');
      await open(page, file);
      assert.deepEqual(await checkRows(page), before, 'the check page after reopening');
      await snap(page, `summaries-dont-know-${name.replace(/\W+/g, '-')}`);
    });
  });
}

test('the check page, the printed summary, "Copy as text" and the CLI list the same answers (S13 opened from its file)', async () => {
  await withPage(async (page, context) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: ctx.server.url.replace(/\/$/, '') });
    const file = path.join(SCENARIOS, 'S13.json');
    await open(page, file);
    const check = await checkRows(page);
    assert.ok(check.asked.length >= 10, `the answers asked (${check.asked.length})`);
    assert.ok(check.not_asked.length >= 1, 'facts of the file that were never asked have their own heading');
    assert.ok(!check.not_asked.some(([, a]) => a === t('opt.unknown')), 'never "I don\'t know" for a fact nobody asked');
    await page.getByRole('heading', { level: 2, name: t('result.not_asked') }).waitFor();
    await seeResult(page);
    const print = await printRows(page);
    assert.deepEqual(print, check, 'the printed summary lists the check page\'s answers');
    await page.getByRole('button', { name: t('button.copy') }).click();
    await page.getByText(t('button.copied')).waitFor();
    const copied = textRows(await page.evaluate(() => navigator.clipboard.readText()));
    assert.deepEqual(copied, joined(check), '"Copy as text" lists the check page\'s answers');
    // `pathways evaluate --text` lists the same answers, word for word (countries too: both read CLDR's names).
    const cli = textRows(execFileSync(pathwaysBin(), ['evaluate', '--text', file], { encoding: 'utf8' }));
    assert.deepEqual(cli, copied, '`pathways evaluate --text` lists the same answers');
  });
});

test('a file whose unknown key holds a line break opens, and its warning names the key', async () => {
  const scenario = JSON.parse(fs.readFileSync(path.join(SCENARIOS, 'S01.json'), 'utf8'));
  const file = path.join(TMP, 'newline-key.json');
  fs.writeFileSync(file, JSON.stringify({ 'a\nb': 1, ...scenario }, null, 1));
  await withPage(async (page) => {
    await openStart(page, ctx.server.url);
    await page.getByLabel(t('button.import'), { exact: true }).setInputFiles(file);
    await page.getByText(t('notice.opened')).waitFor();
    const notices = (await page.locator('main .notices p').allTextContents()).map((x) => x.trim());
    const warning = t('notice.file_warning').replace('{problem}', t('file.at').replace('{problem}', t('file.unknown_key')).replace('{path}', 'a\nb'));
    assert.ok(notices.some((n) => norm(n) === norm(warning)), `the warning names the key: ${JSON.stringify(notices)}`);
    await snap(page, 'summaries-newline-key');
  });
});

test('a bad file, with French chosen, is explained in French, naming the question', async () => {
  const file = path.join(TMP, 'bad-date-of-birth.json');
  fs.writeFileSync(file, JSON.stringify({ case: { assessed_on: '2026-03-02', child: { date_of_birth: '2008-02-30' } } }));
  await withPage(async (page) => {
    await openStartIn(page, ctx.server.url, 'fr');
    await page.getByLabel(tr('fr', 'button.import'), { exact: true }).setInputFiles(file);
    const summary = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: tr('fr', 'error.summary_title') }) });
    await summary.waitFor();
    const text = norm(await summary.getByRole('link').first().textContent());
    const problem = tr('fr', 'file.date_day').replace('{value}', '2008-02-30').replace('{max}', '29');
    const about = tr('fr', 'file.about').replace('{question}', tr('fr', 'q.dob.title')).replace('{problem}', problem).replace('{path}', 'case.child.date_of_birth');
    assert.equal(text, norm(tr('fr', 'error.file').replace('{problem}', about)));
    assert.ok(!/does not exist|check its spelling/.test(text), `no English: ${text}`);
    await snap(page, 'summaries-bad-file-fr');
  });
});
