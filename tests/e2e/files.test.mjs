// Opening and saving case files on the release build, as a volunteer does: "Open a saved case"
// on the start page, the result, then "Save the case as a file". Every public scenario opens, gives
// the engine's verdicts, and saves back with every fact of the file; a file with 10 relatives
// opens whole; a malformed file, an unknown key and too many relatives are each named.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileSuite, ROOT } from './helpers.mjs';
import { execFileSync } from 'node:child_process';
import { t, forgetTab, SCENARIOS, engineVerdicts, engineVerdictsOf, pathwaysBin, answerAll, seeResult, heading, errorSummary, snap } from './drive.mjs';

const { tmp: TMP, ctx, withPage } = fileSuite('files');

/** On the start page: "Open a saved case" with this file; waits for the next screen. */
async function openFile(page, file) {
  // A fresh start: the case opened before is kept for this tab and would come back.
  await forgetTab(page);
  await page.goto(ctx.server.url);
  await heading(page).filter({ hasText: t('start.title') }).waitFor();
  await page.getByLabel(t('button.import'), { exact: true }).setInputFiles(file);
}

/** From the screen after opening to the result: answers what is still asked from the case's facts. */
async function toResult(page, c) {
  await heading(page).filter({ hasNotText: t('start.title') }).waitFor();
  await answerAll(page, c);
  return seeResult(page);
}

/** "Save the case as a file": the downloaded file, parsed, and the message shown. */
async function save(page, name) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: t('button.export'), exact: true }).click(),
  ]);
  const file = path.join(TMP, name);
  await download.saveAs(file);
  const said = await page.locator('#save-status').textContent();
  return { saved: JSON.parse(fs.readFileSync(file, 'utf8')), file, suggested: download.suggestedFilename(), said };
}

/**
 * The facts of a case as the format means them: a status left null but implied (a claim's date or
 * country says it was lodged; a request's date or decision says it was sent) is that status, and
 * a stated age is not used (nor kept) when the date of birth is known. Missing keys are null.
 */
function meaning(c) {
  const n = (v) => (v === undefined ? null : v);
  const child = c.child || {};
  const keys = ['date_of_birth', 'age_years', 'age_disputed', 'nationality', 'location', 'unaccompanied', 'married', 'arrived_in_europe_on',
    'in_calais_camp_on_2016_10_24', 'referred_as_high_risk_of_exploitation', 'accompanying_sibling_of_eligible_child', 'referred_by_authorities',
    'best_interests_against_uk'];
  const out = { assessed_on: c.assessed_on, child: Object.fromEntries(keys.map((k) => [k, n(child[k])])) };
  if (out.child.date_of_birth != null) out.child.age_years = null;
  const claim = c.asylum_claim;
  out.asylum_claim = claim == null ? null : {
    status: n(claim.status) ?? (claim.lodged_on != null || claim.country != null ? 'lodged' : null),
    country: n(claim.country), lodged_on: n(claim.lodged_on),
  };
  const r = c.take_charge_request;
  out.take_charge_request = r == null ? null : {
    status: n(r.status) ?? (r.sent_on != null || r.uk_decision != null || r.decided_on != null ? 'sent' : null),
    sent_on: n(r.sent_on), received_before_cutoff_time: n(r.received_before_cutoff_time), uk_decision: n(r.uk_decision), decided_on: n(r.decided_on),
  };
  // An application: none made ({"status": "none"}, format 2026.12), made (with its date and time), or not known (null).
  const app = c.uk_application;
  out.uk_application = app == null ? null : app.status === 'none' ? { status: 'none' } : { submitted_on: n(app.submitted_on), submitted_at: n(app.submitted_at) };
  out.more_uk_relatives = n(c.more_uk_relatives);
  out.uk_relatives = c.uk_relatives == null ? null : c.uk_relatives.map((x) => ({
    relation: n(x.relation), adult: n(x.adult), status: n(x.status), able_to_care: n(x.able_to_care),
    family_before_flight: n(x.family_before_flight), written_consent: n(x.written_consent),
  }));
  return out;
}

const PUBLIC = fs.readdirSync(SCENARIOS).filter((f) => f.endsWith('.json')).sort();

test(`every public scenario (${PUBLIC.length}) opens, gives the engine's verdicts, and saves back with every fact`, async () => {
  assert.equal(PUBLIC.length, 26);
  await withPage(async (page) => {
    for (const name of PUBLIC) {
      const file = path.join(SCENARIOS, name);
      const original = JSON.parse(fs.readFileSync(file, 'utf8'));
      await openFile(page, file);
      // The app says the case was opened.
      await page.getByText(t('notice.opened')).waitFor();
      const got = await toResult(page, original.case);
      assert.deepEqual(got, engineVerdicts(file), `${name}: verdicts on the result page`);
      const { saved, said, suggested } = await save(page, `saved-${name}`);
      assert.equal(suggested, `pathways-case-${original.case.assessed_on}.json`);
      assert.equal(said, t('result.saved').replace('{name}', suggested), `${name}: the volunteer is told the case was saved`);
      assert.deepEqual(meaning(saved.case), meaning(original.case), `${name}: every fact of the file is in the saved file`);
      // The saved file opens again with the same verdicts.
      assert.deepEqual(engineVerdicts(path.join(TMP, `saved-${name}`)), engineVerdicts(file), `${name}: the saved file's verdicts`);
    }
  });
});

test('a file with 10 UK relatives opens whole: the tenth, a British parent, counts (Appendix FM possible)', async () => {
  const cousin = { relation: 'cousin', adult: true, status: 'british', able_to_care: null, family_before_flight: null, written_consent: null };
  const parent = { relation: 'parent', adult: true, status: 'british', able_to_care: null, family_before_flight: true, written_consent: null };
  const c = {
    assessed_on: '2026-11-26',
    child: { date_of_birth: '2012-01-01', location: 'FR', unaccompanied: true, married: false, age_disputed: false, nationality: 'AF' },
    asylum_claim: { status: 'none' }, take_charge_request: null, uk_application: null,
    uk_relatives: [...Array(9).fill(cousin), parent],
  };
  const file = path.join(TMP, 'ten-relatives.json');
  fs.writeFileSync(file, JSON.stringify({ case: c }, null, 1));
  await withPage(async (page) => {
    await openFile(page, file);
    const got = await toResult(page, c);
    const want = engineVerdictsOf(c, 'ten-relatives');
    assert.equal(want.appendix_fm, 'possible');
    assert.deepEqual(got, want);
    await page.getByRole('button', { name: t('button.change_answers') }).click();
    const tenth = t('q.relation.title').replaceAll('{n}', '10');
    assert.equal(await page.getByRole('term').filter({ hasText: tenth }).count(), 1, 'relative 10 is on the check page');
    await page.getByRole('button', { name: t('button.see_result') }).click();
    const { saved } = await save(page, 'ten-relatives-saved.json');
    assert.equal(saved.case.uk_relatives.length, 10);
    assert.deepEqual(meaning(saved.case), meaning(c));
  });
});

test('a malformed file is refused: the error summary names the line and column, focused', async () => {
  const file = path.join(TMP, 'malformed.json');
  fs.writeFileSync(file, '{"case": {"assessed_on": "2020-01-01",}}');
  await withPage(async (page) => {
    await openFile(page, file);
    await errorSummary(page).waitFor();
    const text = await errorSummary(page).getByRole('link').first().textContent();
    assert.equal(text, t('error.file').replace('{problem}', t('file.malformed').replace('{line}', '1').replace('{column}', '39')));
    assert.equal(await page.evaluate(() => document.activeElement && document.activeElement.id), 'error-summary', 'focus on the error summary');
    assert.equal(await heading(page).textContent(), t('start.title'), 'still on the start page');
    await snap(page, 'files-malformed');
  });
});

test('a file with an unknown key opens, and the key is named', async () => {
  const c = JSON.parse(fs.readFileSync(path.join(SCENARIOS, 'S01.json'), 'utf8'));
  c.case.child.date_of_brith = '2001-03-10';
  const file = path.join(TMP, 'unknown-key.json');
  fs.writeFileSync(file, JSON.stringify(c, null, 1));
  await withPage(async (page) => {
    await openFile(page, file);
    await page.getByText(t('notice.opened')).waitFor();
    const note = t('notice.file_warning').replace('{problem}', t('file.at').replace('{problem}', t('file.unknown_key')).replace('{path}', 'case.child.date_of_brith'));
    await page.getByText(note, { exact: true }).waitFor();
    await snap(page, 'files-unknown-key');
  });
});

test('a file with more relatives than the app holds is refused, naming the limit', async () => {
  const rel = { relation: 'cousin', adult: true, status: 'british' };
  const file = path.join(TMP, 'too-many.json');
  fs.writeFileSync(file, JSON.stringify({ case: { assessed_on: '2026-11-26', uk_relatives: Array(21).fill(rel) } }));
  await withPage(async (page) => {
    await openFile(page, file);
    await errorSummary(page).waitFor();
    const text = await errorSummary(page).getByRole('link').first().textContent();
    const problem = t('validation.too_many_relatives').replaceAll('{n}', '21').replaceAll('{max}', '20');
    assert.equal(text, t('error.file').replace('{problem}', t('file.about').replace('{question}', t('q.relatives.title')).replace('{problem}', problem).replace('{path}', 'case.uk_relatives')));
  });
});

test('a case saved under older rules opens with the changed verdicts first, and why', async () => {
  const file = path.join(ROOT, 'tests/fixtures/saved-2026.11.2.json');
  const saved = JSON.parse(fs.readFileSync(file, 'utf8'));
  assert.equal(saved.saved_result.rules_version, '2026.11.2');
  await withPage(async (page) => {
    await openFile(page, file);
    const notices = page.locator('main .notices p');
    await notices.first().waitFor();
    const texts = (await notices.allTextContents()).map((x) => x.trim());
    assert.match(texts[0], /saved under rules 2026\.11\.2/, 'first: the rules the file was saved under');
    assert.match(texts[1], /^UK-France pilot \("one in, one out"\): Closed → Possible: The pilot was extended beyond 11 June 2026/, 'then each changed verdict with why');
    assert.equal(texts[2], t('notice.opened'));
    await snap(page, 'files-saved-under-older-rules');
    // Saved again now, the file carries this version's verdicts.
    const got = await toResult(page, saved.case);
    const { saved: again } = await save(page, 'saved-again.json');
    assert.equal(again.saved_result.rules_version, (JSON.parse(execFileSync(pathwaysBin(), ['evaluate', file], { encoding: 'utf8' }))).rules_version);
    assert.deepEqual(again.saved_result.verdicts, got, 'the saved verdicts are the ones shown');
  });
});
