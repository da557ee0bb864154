// Checks that any WebDriver session can run, written once for two engines: WebKit's (W3C
// WebDriver, webdriver.mjs) and Gecko's (puppeteer over WebDriver BiDi, tests/gecko/helpers.mjs
// GeckoSession). Each test file opens its own browser and passes in its session, its server's
// address and its way of saving a screenshot (`shot(s, name)`); `engine` names the engine in the
// lines logged.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { t, EN, AR, button, labelled, press, h1Text, waitForHeading, norm, asElement, engineVerdicts, scenarioFile, loadScenario, sorted } from './helpers.mjs';
import { openStart, navigateFresh, setAssessmentDate, start, answer, answerAll, seeResult, QUESTIONS } from './drive.mjs';
import { EXIT_CASE, caseShown, seenInPage, markPage, neutralAgain, assertNothingShown } from '../shared/exit.mjs';

// ---- A whole case --------------------------------------------------------------------------

/**
 * Public scenario `id` answered screen by screen from its facts (each screen's h1 read, radio
 * labels tapped, Day / Month / Year typed, countries picked from the list), then "Check your
 * answers", "See the result", and every pathway card's verdict compared with the engine's
 * (target/debug/pathways evaluate).
 */
export async function wholeCase(s, url, id, { shot, engine }) {
  const scenario = loadScenario(id);
  const expected = engineVerdicts(scenarioFile(id));
  assert.ok(Object.keys(expected).length >= 10, 'the engine lists every pathway: ' + JSON.stringify(expected));

  await openStart(s, url);
  await setAssessmentDate(s, scenario.case.assessed_on);
  await shot(s, `case-${id}-start`);
  await start(s);
  const asked = await answerAll(s, scenario.case);
  assert.ok(asked.length >= 5, 'a whole case asks several questions: ' + asked.join(' | '));
  await shot(s, `case-${id}-check`);
  const shown = await seeResult(s);
  await shot(s, `case-${id}-result`);
  console.log(`${engine} ${id}: ${asked.length} questions: ${asked.join(' | ')}`);
  assert.deepEqual(sorted(shown), sorted(expected), 'the verdicts on the result page are the engine\'s');
}

// ---- Opening and saving a case file --------------------------------------------------------

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

/** Waits for a finished .json file in `folder` (a browser writes the download, then names it); returns its path. */
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

/**
 * Public scenario `id` opened through the start page's file field "Open a saved case" (its path
 * typed into the <input type=file>), the result compared with the engine's verdicts, then "Save
 * the case as a file": a real download into the browser's download folder `downloads`, whose
 * verdicts are the engine's and which keeps every fact of the opened file.
 */
export async function caseFile(s, url, id, { downloads, shot, engine }) {
  const scenario = loadScenario(id);
  const expected = engineVerdicts(scenarioFile(id));

  await openStart(s, url);
  const field = await labelled(s, t('button.import'));
  assert.equal(await s.attribute(field, 'type'), 'file', `"${t('button.import')}" labels a file field`);
  await s.sendKeys(field, scenarioFile(id));
  await s.until(async () => { const h = await h1Text(s); return h && h !== norm(t('start.title')); }, { timeout: 20000, what: `the screen after opening ${id}.json` });
  if ('notice.opened' in EN) {
    const said = norm(t('notice.opened'));
    await s.until(() => s.execute('return document.body.innerText').then((text) => norm(text).includes(said)), { what: `"${said}"` });
  }
  // The app lands on "Check your answers", or on the first question the file leaves open.
  const asked = await answerAll(s, scenario.case);
  if (asked.length) console.log(`${engine} ${id}: asked after opening: ${asked.join(' | ')}`);
  await waitForHeading(s, t('check.title'));
  await shot(s, `casefile-${id}-check`);
  const shown = await seeResult(s);
  await shot(s, `casefile-${id}-result`);
  assert.deepEqual(sorted(shown), sorted(expected), `the verdicts after opening ${id}.json are the engine's`);

  assert.deepEqual(fs.readdirSync(downloads), [], 'nothing downloaded before "Save the case as a file"');
  await press(s, await button(s, t('button.export')));
  const file = await downloaded(s, downloads);
  if ('result.saved' in EN) {
    // The volunteer is told where the file went.
    const said = norm(t('result.saved').replace('{name}', path.basename(file)));
    await s.until(() => s.execute('return document.body.innerText').then((text) => norm(text).includes(said)), { what: `"${said}"` });
  }
  console.log(`${engine}: the saved case was downloaded to ${path.basename(file)}`);
  assert.match(path.basename(file), new RegExp(`^pathways-case-${scenario.case.assessed_on}\\.json$`), 'the file is named after the assessment date');
  const saved = JSON.parse(fs.readFileSync(file, 'utf8'));
  assert.ok(saved && typeof saved.case === 'object' && saved.case !== null, 'the saved file has a "case"');

  // The saved file, evaluated by the engine, gives the same verdicts.
  assert.deepEqual(sorted(engineVerdicts(file)), sorted(expected), 'the engine\'s verdicts for the saved file');
  // And every fact of the opened file comes back equal (the saved file may add fields).
  const lost = leaves(scenario.case)
    .filter(([p, v]) => !Object.is(at(saved.case, p), v) && JSON.stringify(at(saved.case, p)) !== JSON.stringify(v))
    .map(([p, v]) => `${p}: opened ${JSON.stringify(v)}, saved ${JSON.stringify(at(saved.case, p))}`);
  assert.deepEqual(lost, [], 'facts of the opened file that the saved file changed or lost');
}

// ---- Arabic, right to left -----------------------------------------------------------------

const ar = (key) => {
  if (!(key in AR)) throw new Error(`no text ${key} in i18n/ar.json`);
  return AR[key];
};

/**
 * ?lang=ar loads the Arabic catalog; the page is marked <html dir="rtl" lang="ar">, the start page
 * reads in Arabic (i18n/ar.json), is laid out right to left, and the first question after "Start
 * now" is in Arabic too.
 */
export async function arabic(s, url, { shot }) {
  await navigateFresh(s, url + '?lang=ar');
  await waitForHeading(s, ar('start.title'), { timeout: 30000 });
  const root = await s.execute('const h = document.documentElement; return { dir: h.getAttribute("dir"), lang: h.getAttribute("lang") };');
  assert.deepEqual(root, { dir: 'rtl', lang: 'ar' }, 'the <html> element of the Arabic page');

  // The heading is Arabic text (not English marked lang=en), and it runs right to left.
  const h1 = await s.css('h1');
  const heading = await s.execute(
    'const h = arguments[0]; return { lang: h.closest("[lang]").getAttribute("lang"), direction: getComputedStyle(h).direction, align: getComputedStyle(h).textAlign };',
    [asElement(h1)],
  );
  assert.equal(heading.lang, 'ar', 'the heading is marked as Arabic');
  assert.equal(heading.direction, 'rtl', 'the heading runs right to left');

  // "Start now" in Arabic sits on the right of its column, as a right-to-left reader expects.
  const startButton = await button(s, ar('button.start'));
  const place = await s.execute(
    'const b = arguments[0].getBoundingClientRect(); const c = arguments[0].parentElement.getBoundingClientRect(); return { left: b.left - c.left, right: c.right - b.right, width: b.width, column: c.width };',
    [asElement(startButton)],
  );
  assert.ok(place.right < place.left, `the Arabic "Start now" button is on the right: ${JSON.stringify(place)}`);
  await shot(s, 'rtl-start-ar');

  await press(s, startButton);
  await s.until(async () => (await h1Text(s)) !== norm(ar('start.title')) || null, { what: 'the first question' });
  assert.equal(await h1Text(s), norm(ar('q.dob.title')), 'the first question is in Arabic');
  assert.equal(await s.execute('return document.documentElement.getAttribute("dir")'), 'rtl', 'still right to left on the question');
  await shot(s, 'rtl-question-ar');
}

// ---- Offline -------------------------------------------------------------------------------

/**
 * Waits until a service worker controls the page (reloading once if needed, unless `reload` is
 * false) and its cache holds every file of `files`.
 */
export async function waitForOffline(s, files, { reload = true, timeout = 20000 } = {}) {
  await s.evaluate('await navigator.serviceWorker.ready; return true;');
  if (reload && !(await s.execute('return !!navigator.serviceWorker.controller'))) {
    await s.refresh();
    await waitForHeading(s, t('start.title'));
  }
  await s.until(() => s.execute('return !!navigator.serviceWorker.controller'), { timeout: 15000, what: 'a service worker controlling the page' });
  let missing = files;
  try {
    await s.until(async () => {
      missing = await s.evaluate(`
        const have = new Set();
        for (const name of await caches.keys()) {
          if (!name.startsWith('pathways-')) continue;
          // The page itself is kept as the site's address ('/'), named index.html in the list.
          for (const r of await (await caches.open(name)).keys()) have.add(new URL(r.url).pathname.replace(/^\\//, '') || 'index.html');
        }
        return arguments[0].filter((f) => !have.has(f));`, [files]);
      return missing.length === 0;
    }, { timeout, what: 'the precache' });
  } catch {
    assert.fail('the service worker cache lacks: ' + missing.join(', '));
  }
}

/**
 * After one visit to `url`, once the service worker controls the page and holds every file of
 * `files` (the precache list), `goOffline()` (the suite's way) cuts the network and stops the
 * server: a reload still shows the start page, served by the service worker, and the app runs:
 * "Start now" brings the first question.
 */
export async function offlineReload(s, url, files, { goOffline, shot }) {
  await navigateFresh(s, url);
  await waitForHeading(s, t('start.title'), { timeout: 30000 });
  await waitForOffline(s, files);

  await goOffline();
  // The server is really gone.
  await assert.rejects(fetch(url), 'the server still answers');
  await s.refresh();
  await waitForHeading(s, t('start.title'), { timeout: 30000 });
  assert.equal(await s.execute('return !!navigator.serviceWorker.controller'), true, 'the offline page is served by the service worker');
  await shot(s, 'offline-start');
  // The app itself runs offline: "Start now" brings the first question.
  await press(s, await button(s, t('button.start')));
  await waitForHeading(s, t('q.dob.title'));
  await shot(s, 'offline-question');
}

// ---- Quick exit ----------------------------------------------------------------------------
// What counts as showing nothing is tests/shared/exit.mjs's, shared with the Chromium suite.

const inPage = (s, fn) => s.execute(`return (${fn})();`);

/**
 * From the start page at `url`: answers the first two questions of EXIT_CASE (the date of birth,
 * Greece), and checks that the next screen says "2 questions answered".
 */
export async function twoAnswered(s, url) {
  await openStart(s, url);
  await start(s);
  for (let i = 0; i < 2; i++) {
    const h = await h1Text(s);
    await answer(s, EXIT_CASE, QUESTIONS.get(h), h);
    await s.until(async () => (await h1Text(s)) !== h, { what: `the screen after "${h}"` });
  }
  const shown = await inPage(s, seenInPage);
  assert.match(caseShown(shown.text).join(' '), /2 questions answered/, 'the screen says how far the case is');
}

/**
 * Two questions answered (twoAnswered), then Quick exit (`how`: 'button', or 'shift': Shift
 * pressed three times): waits for the neutral page, and checks that both storages are empty.
 */
export async function exitMidCase(s, url, how) {
  await twoAnswered(s, url);
  await s.execute("localStorage.setItem('pathways.test', '1'); sessionStorage.setItem('pathways.test', '1');");
  await inPage(s, markPage);
  if (how === 'button') await press(s, await button(s, t('quick_exit.label')));
  else for (let i = 0; i < 3; i++) await s.pressKey('Shift');
  await s.until(() => inPage(s, neutralAgain), { timeout: 10000, what: 'the neutral page' });
  assert.equal(await s.title(), t('exit.title'));
  assert.deepEqual(await s.execute('return [localStorage.length, sessionStorage.length]'), [0, 0], 'storage is empty');
}

/**
 * Presses Back, waits (up to 10 s) for a new neutral page, and checks what is shown then:
 * nothing of the case (assertNothingShown). Returns what was seen.
 */
export async function backShowsNothing(s, when) {
  await inPage(s, markPage);
  await s.back();
  await s.until(() => inPage(s, neutralAgain), { timeout: 10000, what: 'the neutral page' }).catch(() => { /* what is shown is checked below */ });
  const seen = await inPage(s, seenInPage);
  assertNothingShown(seen, when);
  return seen;
}
