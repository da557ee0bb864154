// Case files locked with a passphrase, on the release build in Chromium, as a volunteer does:
// "Lock the file with a passphrase" on the result page (too short: an error naming the field),
// the download decrypted by an independent age implementation (pyrage) to the plain case file;
// then "Open a saved case" with the locked file: its passphrase asked, an empty field and a wrong
// passphrase refused with the error summary (the locked file still waiting), the right one opens
// the case with the engine's verdicts; a damaged locked file gets its own message.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileSuite, ROOT } from './helpers.mjs';
import { t, forgetTab, SCENARIOS, engineVerdicts, pathwaysBin, answerAll, seeResult, heading, errorSummary, snap } from './drive.mjs';
import { pyrageDecrypt, ARMOR } from '../shared/age.mjs';

const { tmp: TMP, ctx, withPage } = fileSuite('locked');
const PASSPHRASE = 'trois mots au hasard';
const focusedId = (page) => page.evaluate(() => document.activeElement && document.activeElement.id);

async function openFile(page, file) {
  // A fresh start: the case opened before is kept for this tab and would come back.
  await forgetTab(page);
  await page.goto(ctx.server.url);
  await heading(page).filter({ hasText: t('start.title') }).waitFor();
  await page.getByLabel(t('button.import'), { exact: true }).setInputFiles(file);
}

/** Saves the case with `passphrase` typed in the lock field: the download's path and name. */
async function saveLocked(page, passphrase, name) {
  await page.getByLabel(t('lock.label'), { exact: true }).fill(passphrase);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: t('button.export'), exact: true }).click(),
  ]);
  const file = path.join(TMP, name);
  await download.saveAs(file);
  return { file, suggested: download.suggestedFilename() };
}

const S13 = path.join(SCENARIOS, 'S13.json');

test('a case saved locked: too short is refused naming the field; the file decrypts with pyrage to the plain case file', async () => {
  const original = JSON.parse(fs.readFileSync(S13, 'utf8'));
  await withPage(async (page) => {
    await openFile(page, S13);
    await heading(page).filter({ hasNotText: t('start.title') }).waitFor();
    await answerAll(page, original.case);
    await seeResult(page);
    // The field has a real label and its hint.
    const field = page.getByLabel(t('lock.label'), { exact: true });
    assert.equal(await field.getAttribute('type'), 'password');
    assert.match(await field.getAttribute('aria-describedby'), /lock-hint/);
    // Too short: the error summary (focused) and the field's own error, both naming the rule.
    await field.fill('1234567');
    await page.getByRole('button', { name: t('button.export'), exact: true }).click();
    await errorSummary(page).waitFor();
    const short = t('lock.error_short').replace('{n}', '8');
    assert.equal(await errorSummary(page).getByRole('link').first().textContent(), short);
    assert.equal(await errorSummary(page).getByRole('link').first().getAttribute('href'), '#field-lock');
    assert.equal(await focusedId(page), 'error-summary');
    assert.equal(await page.locator('#lock-error').textContent(), `${t('error.title_prefix')} ${short}`);
    assert.equal(await field.inputValue(), '', 'the passphrase is not kept in its field');
    await snap(page, 'locked-too-short');
    // A plain save first, to compare with what the locked file holds.
    const [plainDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: t('button.export'), exact: true }).click(),
    ]);
    const plainFile = path.join(TMP, 'plain.json');
    await plainDownload.saveAs(plainFile);
    assert.equal(plainDownload.suggestedFilename(), 'pathways-case-2021-02-01.json');
    // Locked.
    const { file, suggested } = await saveLocked(page, PASSPHRASE, 'locked.json.age');
    assert.equal(suggested, 'pathways-case-2021-02-01.json.age');
    const text = fs.readFileSync(file, 'utf8');
    assert.ok(text.startsWith(ARMOR[0] + '\n') && text.trimEnd().endsWith(ARMOR[1]), text.slice(0, 80));
    assert.ok(!text.includes('2021-02-01') && !text.includes('date_of_birth'), 'nothing of the case in the clear');
    await page.getByText(t('lock.saved').replaceAll('{name}', suggested), { exact: true }).waitFor();
    assert.equal(await errorSummary(page).count(), 0, 'the error is gone');
    assert.equal(await page.getByLabel(t('lock.label'), { exact: true }).inputValue(), '', 'the field is emptied');
    // pyrage: the same case file as the plain save; a wrong passphrase does not open it.
    assert.equal(pyrageDecrypt(file, PASSPHRASE), fs.readFileSync(plainFile, 'utf8'));
    assert.throws(() => pyrageDecrypt(file, 'trois mots'));
    await snap(page, 'locked-saved');
  });
});

test('a locked file asks for its passphrase: empty and wrong are refused, the right one opens the case', async () => {
  const file = path.join(TMP, 'locked.json.age');
  assert.ok(fs.existsSync(file), 'the locked file of the test before');
  await withPage(async (page) => {
    await openFile(page, file);
    await page.getByRole('heading', { level: 2, name: t('lock.prompt_title') }).waitFor();
    const field = page.getByLabel(t('lock.passphrase'), { exact: true });
    await field.waitFor();
    assert.equal(await focusedId(page), 'field-passphrase', 'the passphrase field has the focus');
    assert.equal(await heading(page).textContent(), t('start.title'), 'still on the start page');
    await snap(page, 'locked-prompt');
    const open = page.getByRole('button', { name: t('lock.open'), exact: true });
    // Empty.
    await open.click();
    await errorSummary(page).waitFor();
    assert.equal(await errorSummary(page).getByRole('link').first().textContent(), t('lock.error_empty'));
    assert.equal(await errorSummary(page).getByRole('link').first().getAttribute('href'), '#field-passphrase');
    // Wrong: the worker says so; the prompt is still there, emptied.
    await field.fill('trois mots');
    await open.click();
    await errorSummary(page).getByRole('link', { name: t('file.locked.wrong_passphrase') }).waitFor();
    assert.equal(await focusedId(page), 'error-summary');
    assert.equal(await page.locator('#passphrase-error').textContent(), `${t('error.title_prefix')} ${t('file.locked.wrong_passphrase')}`);
    assert.equal(await field.inputValue(), '');
    await snap(page, 'locked-wrong');
    // The error summary's link moves to the field; the right passphrase opens the case.
    await errorSummary(page).getByRole('link').first().click();
    assert.equal(await focusedId(page), 'field-passphrase');
    await field.fill(PASSPHRASE);
    await open.click();
    await page.getByText(t('notice.opened')).waitFor();
    const original = JSON.parse(fs.readFileSync(S13, 'utf8'));
    await answerAll(page, original.case);
    assert.deepEqual(await seeResult(page), engineVerdicts(S13));
  });
});

test('a damaged locked file is named damaged, and another file can then be chosen', async () => {
  const text = fs.readFileSync(path.join(TMP, 'locked.json.age'), 'utf8').split('\n');
  const damaged = path.join(TMP, 'damaged.json.age');
  fs.writeFileSync(damaged, text.slice(0, -3).join('\n'));
  await withPage(async (page) => {
    await openFile(page, damaged);
    const field = page.getByLabel(t('lock.passphrase'), { exact: true });
    await field.fill(PASSPHRASE);
    await page.getByRole('button', { name: t('lock.open'), exact: true }).click();
    await errorSummary(page).waitFor();
    assert.equal(await errorSummary(page).getByRole('link').first().textContent(), t('error.file').replace('{problem}', t('file.locked.damaged')));
    // The prompt is gone: another file can be chosen.
    await page.getByLabel(t('button.import'), { exact: true }).waitFor();
    await snap(page, 'locked-damaged');
  });
});
