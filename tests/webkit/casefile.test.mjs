// Opening and saving a case file in WebKit: the public scenario S13 opened through the start page's
// file field "Open a saved case" (WebDriver types the file's path into the <input type=file>),
// the result compared with the engine's verdicts, then "Save the case as a file".
//
// How the saved file is observed: it is a real download. MiniBrowser (WebKitGTK) saves downloads
// in the XDG download folder, which GLib reads from $XDG_CONFIG_HOME/user-dirs.dirs; openBrowser()
// gives the driver (and so the browser) a throw-away HOME whose user-dirs.dirs points
// XDG_DOWNLOAD_DIR at a folder of its own, and we read the file the browser wrote there.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { snapshotDist, removeDir, serveApp, openBrowser, shot, engineVerdicts, scenarioFile, loadScenario, sorted, t, labelled, button, press, h1Text, waitForHeading, norm, EN } from './helpers.mjs';
import { openStart, answerAll, seeResult } from './drive.mjs';

let dir, app, browser;
before(async () => {
  dir = snapshotDist('casefile');
  app = await serveApp(dir);
  browser = await openBrowser('casefile');
});
after(async () => { await browser?.close(); await app?.stop(); removeDir(dir); });

/** Every leaf fact of `a` (objects and arrays walked), as [path, value]. */
function leaves(a, where = 'case') {
  if (a !== null && typeof a === 'object') {
    const entries = Array.isArray(a) ? a.map((v, i) => [`${where}[${i}]`, v]) : Object.entries(a).map(([k, v]) => [`${where}.${k}`, v]);
    if (entries.length === 0) return [[where, a]];
    return entries.flatMap(([p, v]) => leaves(v, p));
  }
  return [[where, a]];
}

/** The value at a path made by leaves() in `b` (undefined if absent). */
function at(b, p) {
  const parts = p.replace(/^case/, '').match(/\.[^.[]+|\[\d+\]/g) || [];
  let v = b;
  for (const part of parts) {
    if (v === null || typeof v !== 'object') return undefined;
    v = part.startsWith('[') ? v[Number(part.slice(1, -1))] : v[part.slice(1)];
  }
  return v;
}

/** Waits for a finished .json file in `folder` (WebKit writes the download, then names it); returns its path. */
async function downloaded(s, folder) {
  try {
    return await s.until(() => {
      const files = fs.readdirSync(folder).filter((f) => f.endsWith('.json'));
      if (files.length === 0) return null;
      const file = path.join(folder, files[0]);
      try { JSON.parse(fs.readFileSync(file, 'utf8')); return file; } catch { return null; }
    }, { timeout: 20000, what: 'the saved file' });
  } catch {
    assert.fail(`no complete .json file was downloaded to ${folder} in 20 s (there: ${fs.readdirSync(folder).join(', ') || 'nothing'})`);
  }
}

test('S13 opened from a file reaches the engine\'s verdicts, and "Save the case as a file" keeps every fact', async () => {
  const { s, downloads } = browser;
  const scenario = loadScenario('S13');
  const expected = engineVerdicts(scenarioFile('S13'));

  await openStart(s, app.url);
  const field = await labelled(s, t('button.import'));
  assert.equal(await s.attribute(field, 'type'), 'file', `"${t('button.import')}" labels a file field`);
  await s.sendKeys(field, scenarioFile('S13'));
  await s.until(async () => { const h = await h1Text(s); return h && h !== norm(t('start.title')); }, { timeout: 20000, what: 'the screen after opening S13.json' });
  if ('notice.opened' in EN) {
    const said = norm(t('notice.opened'));
    await s.until(() => s.execute('return document.body.innerText').then((text) => norm(text).includes(said)), { what: `"${said}"` });
  }
  // The app lands on "Check your answers", or on the first question the file leaves open.
  const asked = await answerAll(s, scenario.case);
  if (asked.length) console.log(`webkit S13: asked after opening: ${asked.join(' | ')}`);
  await waitForHeading(s, t('check.title'));
  await shot(s, 'casefile-S13-check');
  const shown = await seeResult(s);
  await shot(s, 'casefile-S13-result');
  assert.deepEqual(sorted(shown), sorted(expected), 'the verdicts after opening S13.json are the engine\'s');

  assert.deepEqual(fs.readdirSync(downloads), [], 'nothing downloaded before "Save the case as a file"');
  await press(s, await button(s, t('button.export')));
  const file = await downloaded(s, downloads);
  if ('result.saved' in EN) {
    // The volunteer is told where the file went.
    const said = norm(t('result.saved').replace('{name}', path.basename(file)));
    await s.until(() => s.execute('return document.body.innerText').then((text) => norm(text).includes(said)), { what: `"${said}"` });
  }
  console.log(`webkit: the saved case was downloaded to ${path.basename(file)}`);
  assert.match(path.basename(file), /^pathways-case-2021-02-01\.json$/, 'the file is named after the assessment date');
  const saved = JSON.parse(fs.readFileSync(file, 'utf8'));
  assert.ok(saved && typeof saved.case === 'object' && saved.case !== null, 'the saved file has a "case"');

  // The saved file, evaluated by the engine, gives the same verdicts.
  assert.deepEqual(sorted(engineVerdicts(file)), sorted(expected), 'the engine\'s verdicts for the saved file');
  // And every fact of the opened file comes back equal (the saved file may add fields).
  const lost = leaves(scenario.case)
    .filter(([p, v]) => !Object.is(at(saved.case, p), v) && JSON.stringify(at(saved.case, p)) !== JSON.stringify(v))
    .map(([p, v]) => `${p}: opened ${JSON.stringify(v)}, saved ${JSON.stringify(at(saved.case, p))}`);
  assert.deepEqual(lost, [], 'facts of the opened file that the saved file changed or lost');
});
