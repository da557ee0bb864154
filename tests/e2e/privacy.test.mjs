// Privacy: nothing about the child leaves the page or stays on the device. Every request goes to
// the app's own origin and none is made while questions are answered; no storage holds the case;
// the URL never carries an answer; the Content-Security-Policy is never violated; Quick exit and
// "Start again" leave nothing behind.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, phonePage, shot, freePort, chooseLanguage, openLanguages } from './helpers.mjs';
import { snapshotDist, removeDir, precacheList, laterList, serveAt, waitForOffline } from './servers.mjs';
import { start, completeCase, headingText, until, REAL, START_TITLE } from './casefill.mjs';
import { backShowsNothing } from './drive.mjs';

let dir, server, browser, files, later;
before(async () => {
  dir = snapshotDist('privacy');
  files = precacheList(dir);
  later = laterList(dir);
  server = await serveAt(dir, await freePort());
  browser = await launch();
});
after(async () => { await browser?.close(); await server?.stop(); removeDir(dir); });

// Strings typed as answers (REAL in casefill.mjs) that must not turn up anywhere outside the page.
const TYPED = ['2011', '14/3', '2011-03-14', '2024-07-09', '13:37', '13%3A37', 'country=ER', 'ER"'];

/** A phone page that records every request of the context (pages and service worker) and every CSP violation. */
async function instrumented() {
  const { context, page } = await phonePage(browser);
  const requests = [];
  const csp = [];
  context.on('request', (r) => requests.push({
    url: r.url(), method: r.method(), body: r.postData() || '', type: r.resourceType(),
    byWorker: !!r.serviceWorker?.(), request: r,
  }));
  await context.exposeBinding('__pathwaysCsp', (_source, v) => { csp.push(v); });
  await context.addInitScript(() => {
    const report = (e) => {
      const v = { directive: e.violatedDirective, blocked: e.blockedURI, source: e.sourceFile, line: e.lineNumber, sample: e.sample, page: location.href };
      (window.__cspSeen = window.__cspSeen || []).push(v);
      if (window.__pathwaysCsp) window.__pathwaysCsp(v);
    };
    document.addEventListener('securitypolicyviolation', report, true);
  });
  return { context, page, requests, csp };
}

/** Everything the origin keeps: Web Storage, cookies, IndexedDB, Cache Storage. */
async function storage(page) {
  return page.evaluate(async () => {
    const dump = (s) => Object.fromEntries(Array.from({ length: s.length }, (_, i) => s.key(i)).map((k) => [k, s.getItem(k)]));
    const cacheStorage = {};
    for (const name of await caches.keys()) cacheStorage[name] = (await (await caches.open(name)).keys()).map((r) => r.url);
    return {
      local: dump(localStorage),
      session: dump(sessionStorage),
      cookie: document.cookie,
      indexedDB: indexedDB.databases ? (await indexedDB.databases()).map((d) => d.name) : [],
      cacheStorage,
    };
  });
}

/**
 * Storage holds nothing about a case beyond the tab: at most the language code (when asked to
 * remember it), and only the app's own files in Cache Storage. `caseInTab`: a case is in progress,
 * kept for this tab only, as one entry of session storage (gone with the tab); otherwise none.
 */
function assertNoCaseData(s, { lang = null, caseInTab = false } = {}, where = '') {
  assert.deepEqual(s.local, lang ? { 'pathways.lang': lang } : {}, `localStorage ${where}`);
  if (lang) assert.match(s.local['pathways.lang'], /^[a-z]{2,3}$/);
  assert.deepEqual(Object.keys(s.session), caseInTab ? ['pathways.case'] : [], `sessionStorage ${where}`);
  if (caseInTab) assert.ok(JSON.parse(s.session['pathways.case']).answers.length > 0, `the case kept for the tab ${where}`);
  s = { ...s, session: {} };
  assert.equal(s.cookie, '', `document.cookie ${where}`);
  assert.deepEqual(s.indexedDB, [], `IndexedDB ${where}`);
  for (const [name, urls] of Object.entries(s.cacheStorage)) {
    assert.match(name, /^pathways-/, `a cache not made by the app's service worker ${where}`);
    for (const u of urls) {
      const url = new URL(u);
      assert.equal(url.origin, server.origin, `cached from another origin: ${u}`);
      assert.equal(url.search, '', `a cached request with a query: ${u}`);
      // The page itself is kept as the site's address ('/'), the others by their names.
      const file = url.pathname === '/' ? 'index.html' : url.pathname.slice(1);
      assert.ok(files.includes(file) || later.includes(file), `cached but not one of the app's files: ${u}`);
    }
  }
  const text = JSON.stringify(s);
  for (const t of TYPED) assert.ok(!text.includes(t), `an answer (${t}) is kept on the device ${where}: ${text}`);
}

/**
 * The requests of `list` besides the service worker keeping, once each, the files it keeps once
 * the first question is shown (issue 21: the file worker, the Rules pages, the large icons, so
 * that saving works offline after one visit): files of the build, the same for every case, asked
 * for with no query and no body. They tell the host that a case was started, nothing of it.
 */
function besidesKeeping(list) {
  const kept = new Set(later.map((f) => new URL(f, server.url).href));
  const seen = new Set();
  return list.filter((r) => {
    const keeping = r.byWorker && r.method === 'GET' && !r.body && kept.has(r.url) && !seen.has(r.url);
    if (keeping) seen.add(r.url);
    return !keeping;
  });
}

/** Waits until no request has been made for 1.5 seconds. */
async function quiet(requests) {
  let last = -1;
  while (requests.length !== last) {
    last = requests.length;
    await new Promise((r) => setTimeout(r, 1500));
  }
}

/** The page's URL is exactly what we navigated to: no query, no fragment, nothing added. */
function assertCleanUrl(page, expected, where) {
  assert.equal(page.url(), expected, `the URL changed on "${where}"`);
}

test('a whole case: requests only to the app, none while answering, nothing stored, URL untouched, no CSP violation', async () => {
  const { context, page, requests, csp } = await instrumented();
  await page.goto(server.url);
  await page.getByRole('heading', { name: START_TITLE }).waitFor();
  await waitForOffline(page, files); // the first load is complete: the app and its offline copy
  await quiet(requests); // the app's own background downloads (a later visit keeps the rest for offline use) are over
  const firstLoad = requests.length;
  const byWorker = requests.filter((r) => r.byWorker).length;

  await start(page);
  const historyStates = [];
  const titles = await completeCase(page, {
    answers: REAL,
    onStep: async ({ title }) => {
      assertCleanUrl(page, server.url, title);
      historyStates.push(await page.evaluate(() => history.state));
    },
  });
  assert.ok(titles.length >= 5, 'a case of several questions: ' + titles.join(' | '));
  await shot(page, 'privacy-result');

  const answering = besidesKeeping(requests.slice(firstLoad)).map((r) => `${r.method} ${r.url}`);
  assert.deepEqual(answering, [], 'requests made while the case was answered');
  const foreign = requests.filter((r) => new URL(r.url).origin !== server.origin).map((r) => r.url);
  assert.deepEqual(foreign, [], 'requests to another origin');
  for (const r of requests) {
    assert.equal(r.method, 'GET', `${r.method} ${r.url}`);
    assert.equal(r.body, '', `a request with a body: ${r.url}`);
    assert.equal(new URL(r.url).search, '', `a request with a query: ${r.url}`);
  }
  for (const s of historyStates) assert.ok(s === null || typeof s === 'number', 'history state holds more than a screen number: ' + JSON.stringify(s));
  assertNoCaseData(await storage(page), { caseInTab: true }, 'after the result is shown');
  assert.deepEqual((await context.cookies()).length, 0, 'cookies');
  assert.deepEqual(csp, [], 'Content-Security-Policy violations');
  assert.deepEqual(page.errors, [], 'errors on the page');
  console.log(`privacy: ${firstLoad} requests for the first load (${byWorker} by the service worker), ${titles.length} questions, then only the ${requests.length - firstLoad} files kept once the first question is shown`);

  // Start again: the case is gone, and storage still holds nothing.
  await page.getByRole('button', { name: 'Start again' }).click();
  await page.getByRole('button', { name: 'Yes, clear every answer' }).click();
  await page.getByRole('heading', { name: START_TITLE }).waitFor();
  assertCleanUrl(page, server.url, 'Start again');
  assertNoCaseData(await storage(page), {}, 'after Start again');
  // The next case starts empty: the date of birth fields hold nothing typed before.
  await start(page);
  for (const f of ['#field-day', '#field-month', '#field-year']) assert.equal(await page.locator(f).inputValue(), '', f + ' after Start again');
  assert.deepEqual(besidesKeeping(requests.slice(firstLoad)).map((r) => r.url), [], 'requests after Start again');
  assert.deepEqual(csp, []);
  await context.close();
});

test('choosing a language stores nothing, or only its code when asked to remember it; the case still sends nothing', async () => {
  const { context, page, requests, csp } = await instrumented();
  await page.goto(server.url);
  await page.getByRole('heading', { name: START_TITLE }).waitFor();
  await waitForOffline(page, files);
  await chooseLanguage(page, 'lang-main', 'fr');
  await until(async () => (await headingText(page)) !== START_TITLE || undefined, { what: 'the French start page' });
  assert.equal(await page.getAttribute('html', 'lang'), 'fr');
  assertNoCaseData(await storage(page), {}, 'after choosing French (not asked to remember it)');
  // Back to English for the case (the helper speaks English), remembered: the code alone is kept.
  await openLanguages(page);
  await page.locator('#lang-remember').check();
  await chooseLanguage(page, 'lang-main', 'en');
  await page.getByRole('heading', { name: START_TITLE }).waitFor();
  await quiet(requests); // the app's own background downloads (a later visit keeps the rest for offline use) are over
  const firstLoad = requests.length;
  await start(page);
  await completeCase(page, { answers: REAL, onStep: ({ title }) => assertCleanUrl(page, server.url, title) });
  assert.deepEqual(besidesKeeping(requests.slice(firstLoad)).map((r) => r.url), [], 'requests while the case was answered');
  assertNoCaseData(await storage(page), { lang: 'en', caseInTab: true }, 'after a case with a language chosen');
  assert.deepEqual(requests.filter((r) => new URL(r.url).origin !== server.origin).map((r) => r.url), []);
  assert.deepEqual(csp, []);
  await context.close();
});

test("the child's language chosen during a case is read from the device, never from the network", async () => {
  const { context, page, requests, csp } = await instrumented();
  await page.goto(server.url);
  await page.getByRole('heading', { name: START_TITLE }).waitFor();
  await waitForOffline(page, files);
  await quiet(requests); // the app's own background downloads (a later visit keeps the rest for offline use) are over
  const firstLoad = requests.length;
  await start(page);
  await chooseLanguage(page, 'lang-child', 'ti');
  // The question is now also shown in Tigrinya (the heading gains the child's text).
  await until(async () => ((await headingText(page)).length > "What is the child's date of birth?".length) || undefined, { what: "the child's language" });
  for (const r of besidesKeeping(requests.slice(firstLoad))) {
    const response = await r.request.response();
    assert.ok(response && response.fromServiceWorker(), `went to the network during the case: ${r.url}`);
  }
  assertNoCaseData(await storage(page), {}, "after choosing the child's language");
  assert.deepEqual(csp, []);
  await context.close();
});

test('Quick exit mid-case leaves for a neutral page and leaves nothing behind, not even on Back', async () => {
  const { context, page, csp } = await instrumented();
  await page.goto(server.url);
  await chooseLanguage(page, 'lang-main', 'en');
  await page.getByRole('heading', { name: START_TITLE }).waitFor();
  await start(page);
  // Answer the date of birth with a real date, then leave on the next screen.
  await page.locator('#field-day').fill(REAL.date.day);
  await page.locator('#field-month').fill(REAL.date.month);
  await page.locator('#field-year').fill(REAL.date.year);
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  await until(async () => (await headingText(page)) !== "What is the child's date of birth?" || undefined, { what: 'the second question' });
  await page.getByRole('button', { name: 'Quick exit' }).click();
  await page.waitForURL(server.url + 'neutral.html');
  assert.equal(await page.title(), 'New tab');
  assertNoCaseData(await storage(page), {}, 'after Quick exit (the language code is wiped too)');
  // Someone else picks up the phone and presses Back: the neutral page again, no answer, no field
  // filled in (the typed year), not the app's title.
  await backShowsNothing(page, 'Back');
  assert.deepEqual(csp, []);
  await context.close();
});

test('Quick exit by pressing Shift three times', async () => {
  const { context, page } = await instrumented();
  await page.goto(server.url);
  await start(page);
  await page.locator('#field-year').fill(REAL.date.year);
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
  await page.waitForURL(server.url + 'neutral.html');
  assertNoCaseData(await storage(page), {}, 'after Shift x3');
  await context.close();
});
