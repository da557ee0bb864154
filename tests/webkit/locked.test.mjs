// A case file locked with a passphrase in WebKit: S13 opened, "Lock the file with a passphrase"
// filled on the result page, the real download (see casefile.test.mjs for where MiniBrowser puts
// it) decrypted by an independent age implementation (pyrage) to a case file with the engine's
// verdicts; then the locked file opened: its passphrase asked, a wrong one refused with the error
// summary, the right one opens the case.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { snapshotDist, removeDir, serveApp, openBrowser, shot, engineVerdicts, scenarioFile, loadScenario, sorted, t, labelled, button, press, fill, h1Text, norm, ROOT } from './helpers.mjs';
import { openStart, answerAll, seeResult, errorSummary } from './drive.mjs';
import { pyrageDecrypt, ARMOR } from '../shared/age.mjs';

const PASSPHRASE = 'trois mots au hasard';
let dir, app, browser;
before(async () => {
  dir = snapshotDist('locked');
  app = await serveApp(dir);
  browser = await openBrowser('locked');
});
after(async () => { await browser?.close(); await app?.stop(); removeDir(dir); });

const bodyHas = (s, text) => s.until(() => s.execute('return document.body.innerText').then((b) => norm(b).includes(norm(text)) || null), { timeout: 20000, what: `"${text}"` });

test('S13 saved locked in WebKit decrypts with pyrage, and opens again with its passphrase only', async () => {
  const { s, downloads } = browser;
  const scenario = loadScenario('S13');
  const expected = engineVerdicts(scenarioFile('S13'));
  await openStart(s, app.url);
  await s.sendKeys(await labelled(s, t('button.import')), scenarioFile('S13'));
  await s.until(async () => { const h = await h1Text(s); return h && h !== norm(t('start.title')); }, { timeout: 20000, what: 'the screen after opening S13.json' });
  await answerAll(s, scenario.case);
  await seeResult(s);

  // The app moves the focus to the new screen's heading once it is painted: typing before that
  // would lose the keys after it (seen under load: 'trois mo' kept).
  await s.until(async () => (await s.execute('return document.activeElement && document.activeElement.id')) === 'main-heading' || null, { what: "the result's heading focused" });
  await fill(s, await labelled(s, t('lock.label')), PASSPHRASE);
  // What was typed is what the file is locked with (fill waits for the last key to be in).
  assert.equal(await s.execute('return document.getElementById("field-lock").value'), PASSPHRASE, 'the passphrase field holds what was typed');
  await press(s, await button(s, t('button.export')));
  const file = await s.until(() => {
    const done = fs.readdirSync(downloads).filter((f) => f.endsWith('.json.age'));
    if (!done.length) return null;
    const text = fs.readFileSync(path.join(downloads, done[0]), 'utf8');
    return text.trimEnd().endsWith(ARMOR[1]) ? path.join(downloads, done[0]) : null;
  }, { timeout: 30000, what: 'the locked file downloaded' });
  assert.equal(path.basename(file), 'pathways-case-2021-02-01.json.age');
  await bodyHas(s, t('lock.saved').replaceAll('{name}', path.basename(file)));
  await shot(s, 'locked-saved');
  // pyrage opens it: a case file with the engine's verdicts.
  const plain = path.join(ROOT, 'test-output', 'webkit', 'locked-decrypted.json');
  fs.writeFileSync(plain, pyrageDecrypt(file, PASSPHRASE));
  assert.deepEqual(sorted(engineVerdicts(plain)), sorted(expected));

  // Opened again: the passphrase is asked; a wrong one is refused, the right one opens it.
  await openStart(s, app.url);
  await s.sendKeys(await labelled(s, t('button.import')), file);
  const field = await labelled(s, t('lock.passphrase'), { timeout: 20000 });
  assert.equal(await s.attribute(field, 'type'), 'password');
  await fill(s, field, 'trois mots');
  await press(s, await button(s, t('lock.open')));
  await s.until(() => errorSummary(s), { timeout: 20000, what: 'the error summary' });
  await bodyHas(s, t('file.locked.wrong_passphrase'));
  await shot(s, 'locked-wrong');
  await fill(s, await labelled(s, t('lock.passphrase')), PASSPHRASE);
  await press(s, await button(s, t('lock.open')));
  await bodyHas(s, t('notice.opened'));
  await answerAll(s, scenario.case);
  assert.deepEqual(sorted(await seeResult(s)), sorted(expected), 'the verdicts of the locked file opened in WebKit');
});
