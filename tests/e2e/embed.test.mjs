// Embedding: a partner page on another origin includes embed.js; the app runs in an iframe on its
// own origin, sized to its content, and tells the partner page only ready / resultShown (pathway
// ids and verdicts) / restart. Messages from any other origin are ignored.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { launch, phonePage, shot, freePort } from './helpers.mjs';
import { snapshotDist, removeDir, serveAt, servePages, partnerDemo } from './servers.mjs';
import { start, completeCase, verdicts, until, headingText, START_TITLE, RESULT_TITLE } from './casefill.mjs';
import { PHONE, OUT } from './helpers.mjs';

let dir, app, partner, evil, browser, partnerOrigin;

// The partner page's own listener: every pathways:* DOM event and every message it receives.
const COLLECTOR = `<script>
  window.__events = []; window.__messages = [];
  ['pathways:ready', 'pathways:resultShown', 'pathways:restart'].forEach(function (name) {
    document.addEventListener(name, function (e) { window.__events.push({ name: name, detail: e.detail, target: e.target.id }); });
  });
  addEventListener('message', function (e) { window.__messages.push({ origin: e.origin, data: e.data }); });
</script>`;

// A page on a third origin that pretends to be Pathways, then says it is done.
const EVIL = `<!doctype html><title>evil</title><script>
  var fake = [
    { type: 'pathways', event: 'height', height: 37 },
    { type: 'pathways', event: 'ready' },
    { type: 'pathways', event: 'resultShown', pathways: [{ pathway: 'dublin_family', verdict: 'eligible', name: 'leak' }] },
    { type: 'pathways', event: 'restart' },
    { type: 'pathways', event: 'exit' },
  ];
  fake.forEach(function (m) { parent.postMessage(m, '*'); });
  parent.postMessage({ type: 'evil-done' }, '*');
</script>`;

before(async () => {
  dir = snapshotDist('embed');
  const partnerPort = await freePort();
  partnerOrigin = `http://127.0.0.1:${partnerPort}`;
  // This build's configuration lists the partner (the host's embed-partners.json).
  const config = JSON.parse(fs.readFileSync(path.join(dir, 'embed-partners.json'), 'utf8'));
  assert.deepEqual(config.origins, [], 'the shipped list names no partner');
  fs.writeFileSync(path.join(dir, 'embed-partners.json'), JSON.stringify({ ...config, origins: [partnerOrigin] }));
  app = await serveAt(dir, await freePort(), { FRAME_ANCESTORS: `'self' ${partnerOrigin}` });
  // The demo page of this build, with its scripts taken from the app's origin (as a partner would).
  const demo = partnerDemo(dir, app.origin)
    .replace(/data-lang="[a-z]+"/, 'data-lang="en"') // the case helper answers in English
    .replace(/ data-exit-label="[^"]*"/, '') // and the partner page's Quick exit is in English
    .replace('</head>', COLLECTOR + '</head>');
  // The same page with the partner's own exit page (data-exit), and with a light accent.
  const withExit = demo.replace('<script src="' + app.origin + '/embed.js"', '<script data-exit="/bye.html" src="' + app.origin + '/embed.js"');
  const gold = demo.replace(/data-accent="#[0-9a-f]+"/, 'data-accent="#ffd700"');
  assert.notEqual(withExit, demo);
  assert.notEqual(gold, demo);
  partner = await servePages(partnerPort, {
    '/': { body: demo },
    '/own-exit.html': { body: withExit },
    '/gold.html': { body: gold },
    '/home.html': { body: '<!doctype html><link rel="icon" href="data:,"><title>Partner home</title><p>Welcome</p>' },
    '/bye.html': { body: '<!doctype html><link rel="icon" href="data:,"><title>Weather today</title><p>Sunny</p>' },
  });
  evil = await servePages(await freePort(), { '/evil.html': { body: EVIL } });
  browser = await launch();
});
after(async () => { await browser?.close(); await app?.stop(); await partner?.stop(); await evil?.stop(); removeDir(dir); });

const events = (page) => page.evaluate(() => window.__events);

/** The iframe and the app's frame inside it. */
async function appFrame(page) {
  const iframe = page.locator('#pathways iframe');
  await iframe.waitFor();
  const frame = await until(() => page.frames().find((f) => f.url().startsWith(app.origin + '/?')), { what: 'the app frame' });
  return { iframe, frame, inside: page.frameLocator('#pathways iframe') };
}

/** Waits until the iframe is as tall as the app's document (no inner scrolling, nothing cut off). */
async function heightFits(page, iframe, frame, where) {
  let last;
  try {
    return await until(async () => {
      const outer = await iframe.evaluate((f) => f.getBoundingClientRect().height);
      const inner = await frame.evaluate(() => ({
        scroll: document.documentElement.scrollHeight,
        client: document.documentElement.clientHeight,
        // How tall the content is, whatever the frame's height.
        content: Math.ceil(document.body.getBoundingClientRect().height),
      }));
      last = { outer, ...inner };
      return Math.abs(outer - inner.scroll) <= 2 && inner.scroll <= inner.client + 2 ? last : undefined;
    }, { timeout: 5000, what: 'the iframe height' });
  } catch {
    assert.fail(`on "${where}" the iframe is ${last?.outer}px tall but its document is ${last?.scroll}px (viewport ${last?.client}px): it scrolls or is cut off`);
  }
}

test('the embedded app: title, ready, height fitted on every screen, resultShown, restart', async () => {
  const { context, page } = await phonePage(browser);
  const refusals = [];
  page.on('console', (m) => { if (/frame-ancestors|Refused to frame/i.test(m.text())) refusals.push(m.text()); });
  await page.goto(partner.url);
  const { iframe, frame, inside } = await appFrame(page);

  const title = await iframe.getAttribute('title');
  assert.ok(title && title.trim().length > 10, 'the iframe has a title: ' + title);
  const query = `?embed=1&lang=en&partner=demo&accent=%238a1538&origin=${encodeURIComponent(partnerOrigin)}`;
  assert.equal(await iframe.getAttribute('src'), `${app.origin}/${query}`);

  await until(async () => (await events(page)).some((e) => e.name === 'pathways:ready') || undefined, { what: 'pathways:ready' });
  assert.deepEqual(refusals, [], 'the app refused to be framed by the partner origin');
  await inside.getByRole('heading', { name: START_TITLE }).waitFor();
  // Embedded: no service worker (the partner's page must not get an offline copy of the app).
  assert.equal(await frame.evaluate(() => navigator.serviceWorker ? navigator.serviceWorker.controller : null), null);

  const heights = [];
  heights.push(await heightFits(page, iframe, frame, START_TITLE));
  await start(inside);
  await completeCase(inside, {
    onStep: async ({ title: h }) => {
      const fit = await heightFits(page, iframe, frame, h);
      heights.push(fit);
      assert.equal(new URL(frame.url()).search, query, 'the frame URL changed on ' + h);
    },
  });
  await shot(page, 'embed-result');
  console.log('embed: iframe heights (px) per screen: ' + heights.map((h) => Math.round(h.outer)).join(', '));

  // resultShown: the ten pathways with their verdicts, and nothing else.
  const shown = await until(async () => (await events(page)).find((e) => e.name === 'pathways:resultShown'), { what: 'pathways:resultShown' });
  assert.equal(shown.target, 'pathways', 'dispatched on the script tag\'s parent');
  assert.ok(Array.isArray(shown.detail), 'detail is a list');
  assert.equal(shown.detail.length, 10, 'ten pathways');
  for (const p of shown.detail) {
    assert.deepEqual(Object.keys(p).sort(), ['pathway', 'verdict'], 'only pathway and verdict: ' + JSON.stringify(p));
    assert.equal(typeof p.pathway, 'string');
    assert.equal(typeof p.verdict, 'string');
  }
  const byId = (a, b) => a.pathway.localeCompare(b.pathway);
  assert.deepEqual([...shown.detail].sort(byId), (await verdicts(inside)).sort(byId), 'the same verdicts as the cards in the frame');
  assert.equal(new Set(shown.detail.map((p) => p.pathway)).size, 10, 'ten different pathways');

  // What the app posted to the partner window: only type, event, height or pathways, never an answer.
  const fromApp = (await page.evaluate(() => window.__messages)).filter((m) => m.origin === app.origin);
  for (const m of fromApp) {
    assert.equal(m.data.type, 'pathways');
    const allowed = { height: ['type', 'event', 'height'], ready: ['type', 'event'], restart: ['type', 'event'], resultShown: ['type', 'event', 'pathways'] }[m.data.event];
    assert.ok(allowed, 'an unknown event: ' + JSON.stringify(m.data));
    assert.deepEqual(Object.keys(m.data).sort(), allowed.sort(), 'message fields: ' + JSON.stringify(m.data));
  }
  // The demo page's own script listed the events too.
  await page.locator('#events li', { hasText: 'pathways:resultShown' }).waitFor();

  // Start again: restart arrives, and the frame still fits.
  await inside.getByRole('button', { name: 'Start again' }).click();
  await inside.getByRole('button', { name: 'Yes, clear every answer' }).click();
  await inside.getByRole('heading', { name: START_TITLE }).waitFor();
  await until(async () => (await events(page)).some((e) => e.name === 'pathways:restart') || undefined, { what: 'pathways:restart' });
  await heightFits(page, iframe, frame, 'Start again');
  assert.deepEqual((await events(page)).map((e) => e.name), ['pathways:ready', 'pathways:resultShown', 'pathways:restart']);
  await context.close();
});

/** Waits until the iframe is no taller than its content needs (min-height 480px): no blank space below the app. */
async function noBlankSpace(iframe, frame, where) {
  let last;
  try {
    return await until(async () => {
      const outer = await iframe.evaluate((f) => f.getBoundingClientRect().height);
      const content = await frame.evaluate(() => Math.ceil(document.body.getBoundingClientRect().bottom + window.scrollY));
      last = { outer, content };
      return outer <= Math.max(480, content) + 2 ? last : undefined;
    }, { timeout: 5000, what: 'the iframe to fit' });
  } catch {
    assert.fail(`on "${where}" the content needs ${last.content}px but the iframe is ${Math.round(last.outer)}px tall (${Math.round(last.outer - last.content)}px blank below the app)`);
  }
}

test('the iframe also shrinks when a screen is shorter than the last (no blank space below the app)', async () => {
  const { context, page } = await phonePage(browser);
  await page.goto(partner.url);
  const { iframe, frame, inside } = await appFrame(page);
  await inside.getByRole('heading', { name: START_TITLE }).waitFor();
  await noBlankSpace(iframe, frame, START_TITLE);
  await start(inside);
  await completeCase(inside, { onStep: ({ title }) => noBlankSpace(iframe, frame, title) });
  await inside.getByRole('button', { name: 'Start again' }).click();
  await inside.getByRole('button', { name: 'Yes, clear every answer' }).click();
  await inside.getByRole('heading', { name: START_TITLE }).waitFor();
  await noBlankSpace(iframe, frame, 'Start again (back to the start page)');
  await context.close();
});

test('messages from other origins are ignored by the partner page', async () => {
  const { context, page } = await phonePage(browser);
  await page.goto(partner.url);
  const { iframe } = await appFrame(page);
  await until(async () => (await events(page)).some((e) => e.name === 'pathways:ready') || undefined, { what: 'pathways:ready' });
  await until(async () => (await page.evaluate(() => window.__messages.filter((m) => m.data && m.data.event === 'height').length)) > 0 || undefined, { what: 'a height message' });
  const heightBefore = await iframe.evaluate((f) => f.style.height);
  const eventsBefore = (await events(page)).length;

  // 1. A frame on a third origin posts fake Pathways messages to the partner window.
  await page.evaluate((src) => {
    const f = document.createElement('iframe');
    f.src = src;
    f.title = 'other origin';
    document.body.append(f);
  }, evil.url + 'evil.html');
  await until(async () => (await page.evaluate(() => window.__messages.some((m) => m.data && m.data.type === 'evil-done'))) || undefined, { what: 'the other origin\'s messages' });
  // 2. The partner page itself (not the app's origin) posts one too.
  await page.evaluate(() => new Promise((resolve) => {
    addEventListener('message', function done(e) { if (e.data === 'self-done') { removeEventListener('message', done); resolve(); } });
    postMessage({ type: 'pathways', event: 'restart' }, '*');
    postMessage({ type: 'pathways', event: 'height', height: 41 }, '*');
    postMessage({ type: 'pathways', event: 'exit' }, '*');
    postMessage('self-done', '*');
  }));

  assert.equal((await page.evaluate(() => window.__messages.filter((m) => m.data && m.data.type === 'pathways' && m.origin !== location.origin && m.origin.includes(':')).length)) > 0, true);
  assert.equal((await events(page)).length, eventsBefore, 'a pathways:* event was dispatched for a message from another origin: ' + JSON.stringify((await events(page)).slice(eventsBefore)));
  assert.equal(await iframe.evaluate((f) => f.style.height), heightBefore, 'the iframe height was set by a message from another origin');
  // An 'exit' from another origin does not take the page away.
  await page.waitForTimeout(500);
  assert.equal(page.url(), partner.url, 'the partner page left on a message from another origin');
  await context.close();
});

test('the app refuses to be framed by an origin not in frame-ancestors', async () => {
  // Served with the default policy ('self' only), the partner page gets no app.
  const strict = await serveAt(dir, await freePort());
  const port = await freePort();
  const other = await servePages(port, {
    '/': { body: `<!doctype html><title>not a partner</title>${COLLECTOR}<div id="pathways"><script src="${strict.origin}/embed.js"></script></div>` },
  });
  const { context, page } = await phonePage(browser);
  try {
    const blocked = page.waitForEvent('console', { predicate: (m) => /frame-ancestors/.test(m.text()), timeout: 10000 });
    await page.goto(other.url);
    await page.locator('#pathways iframe').waitFor();
    await blocked;
    assert.deepEqual(await events(page), [], 'no event from a refused frame');
  } finally {
    await context.close();
    await other.stop();
    await strict.stop();
  }
});

test('a page not on the partner list gets nothing: no height, no event', async () => {
  // The same build and frame-ancestors, but this partner is not in embed-partners.json.
  const port = await freePort();
  const unlisted = `http://127.0.0.1:${port}`;
  const open = await serveAt(dir, await freePort(), { FRAME_ANCESTORS: `'self' ${unlisted}` });
  const other = await servePages(port, {
    '/': { body: `<!doctype html><title>not a listed partner</title>${COLLECTOR}<div id="pathways"><script src="${open.origin}/embed.js" data-lang="en"></script></div>` },
  });
  const { context, page } = await phonePage(browser);
  try {
    await page.goto(other.url);
    await page.locator('#pathways iframe').waitFor();
    const inside = page.frameLocator('#pathways iframe');
    await inside.getByRole('heading', { name: START_TITLE }).waitFor();
    await start(inside);
    await completeCase(inside, {});
    // The app has read the partner list (so it has decided), and the result is on screen
    // (completeCase waits for it): any message it sent is delivered before this one to itself.
    const frame = page.frames().find((f) => f.url().startsWith(open.origin + '/?'));
    await until(() => frame.evaluate(() => performance.getEntriesByType('resource').some((e) => e.name.endsWith('/embed-partners.json'))) || undefined, { what: 'the partner list read' });
    await page.evaluate(() => new Promise((resolve) => { addEventListener('message', function done(e) { if (e.data === 'flushed') { removeEventListener('message', done); resolve(); } }); postMessage('flushed', '*'); }));
    const fromApp = (await page.evaluate(() => window.__messages)).filter((m) => m.origin === open.origin);
    assert.deepEqual(fromApp, [], 'messages from the app to a page not on the partner list');
    assert.deepEqual(await events(page), [], 'events on a page not on the partner list');
  } finally {
    await context.close();
    await other.stop();
    await open.stop();
  }
});

// Quick exit inside the embed takes the partner's whole page away (issue 21, item 3).

/** What the tab shows now: the top page's address, title and text, and the text of every frame. */
async function shown(page) {
  const top = await page.evaluate(() => ({ url: location.href, title: document.title, text: document.body ? document.body.innerText : '' }));
  const frames = [];
  for (const f of page.frames()) {
    if (f === page.mainFrame()) continue;
    try { frames.push(await f.evaluate(() => (document.body ? document.body.innerText : ''))); } catch { /* gone */ }
  }
  return { ...top, frames };
}

/** Answers the date of birth (born 4 May 2011) and the country (Greece) in the frame. */
async function twoAnswers(inside) {
  await start(inside);
  const main = inside.locator('main');
  const dob = main.locator('input[type=radio][name=mode][value=date]');
  if (await dob.count()) await dob.check();
  await main.locator('#field-day').fill('4');
  await main.locator('#field-month').fill('5');
  await main.locator('#field-year').fill('2011');
  const first = await headingText(inside);
  await inside.getByRole('button', { name: 'Continue', exact: true }).click();
  await until(async () => ((await headingText(inside)) !== first) || undefined, { what: 'the second question' });
  await main.locator('select#field-country').selectOption('GR');
  const second = await headingText(inside);
  await inside.getByRole('button', { name: 'Continue', exact: true }).click();
  await until(async () => ((await headingText(inside)) !== second) || undefined, { what: 'the third question' });
}

/** Nothing of the partner page or of the case: the page `where` (neutral.html or the partner's own exit page). */
function assertGone(seen, where, when) {
  const about = `${when}: ${seen.url} "${seen.title}": ${JSON.stringify(seen.text.slice(0, 120))}, frames ${JSON.stringify(seen.frames.map((f) => f.slice(0, 80)))}`;
  assert.equal(seen.url, where, about);
  assert.ok(!/family reunion|Pathways|Greece|questions? answered/i.test(seen.title + seen.text + seen.frames.join(' ')), about);
  assert.deepEqual(seen.frames.filter((f) => f.trim()), [], about);
}

/** Goes Back in the tab and waits until a new document is shown. */
async function back(page) {
  await page.evaluate(() => { window.__old = true; });
  await page.evaluate(() => history.back()).catch(() => {});
  await until(async () => { try { return (await page.evaluate(() => !window.__old && document.readyState === 'complete')) || undefined; } catch { return undefined; } }, { what: 'the page Back shows' });
  // Let a page that leaves again do so.
  await page.waitForTimeout(500);
  await page.waitForLoadState('load');
}

test('embedded Quick exit (the app\'s button) replaces the partner page with neutral.html; Back shows neither it nor the case', async () => {
  const { context, page } = await phonePage(browser);
  await page.goto(partner.origin + '/home.html');
  await page.goto(partner.url);
  const { inside } = await appFrame(page);
  await until(async () => (await events(page)).some((e) => e.name === 'pathways:ready') || undefined, { what: 'pathways:ready' });
  await twoAnswers(inside);
  await inside.getByRole('button', { name: 'Quick exit' }).click();
  const neutral = app.origin + '/neutral.html';
  await until(() => page.url() === neutral || undefined, { what: 'the top page replaced by neutral.html' });
  await page.waitForLoadState('load');
  const after = await shown(page);
  assertGone(after, neutral, 'after Quick exit');
  assert.equal(after.title, 'New tab');
  await back(page);
  assertGone(await shown(page), neutral, 'after Quick exit, then Back');
  await back(page);
  assertGone(await shown(page), neutral, 'after Quick exit, then Back and Back again');
  // An ordinary visit to the partner page again (a new navigation): the app starts afresh, the case wiped.
  await page.goto(partner.url);
  const again = await appFrame(page);
  await again.inside.getByRole('heading', { name: START_TITLE }).waitFor();
  await again.inside.locator('#app:not(.prerendered)').waitFor({ state: 'attached', timeout: 30000 });
  await page.waitForTimeout(500);
  assert.equal(await again.inside.getByText('Continue the case').count(), 0, 'the case was kept after Quick exit');
  assert.deepEqual(page.errors.filter((e) => !/frame-ancestors/.test(e)), []);
  await context.close();
});

test('embedded Quick exit by Shift pressed three times goes to the partner\'s own page named in data-exit', async () => {
  const { context, page } = await phonePage(browser);
  await page.goto(partner.origin + '/own-exit.html');
  const { inside } = await appFrame(page);
  await until(async () => (await events(page)).some((e) => e.name === 'pathways:ready') || undefined, { what: 'pathways:ready' });
  await twoAnswers(inside);
  await inside.locator('h1').click();
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
  const bye = partner.origin + '/bye.html';
  await until(() => page.url() === bye || undefined, { what: 'the top page replaced by the partner\'s data-exit page' });
  await page.waitForLoadState('load');
  assertGone(await shown(page), bye, 'after Shift x3');
  await back(page);
  assertGone(await shown(page), bye, 'after Shift x3, then Back');
  await context.close();
});

/** Where a Quick exit control can be pressed now, in the 360x640 viewport and not covered: 'app' (the app's own, in the frame) or 'page' (embed.js's); null if none. */
async function exitInView(page, iframe, frame) {
  const fixed = await page.evaluate(() => {
    const b = [...document.querySelectorAll('body > button')].find((e) => e.textContent.trim() === 'Quick exit');
    if (!b || getComputedStyle(b).display === 'none') return null;
    const r = b.getBoundingClientRect();
    const x = r.left + r.width / 2, y = r.top + r.height / 2;
    const inView = r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth;
    return inView && document.elementFromPoint(x, y) === b ? { top: r.top, bottom: r.bottom } : null;
  });
  if (fixed) return 'page';
  const f = await iframe.evaluate((e) => { const r = e.getBoundingClientRect(); return { top: r.top, left: r.left }; });
  const b = await frame.evaluate(() => { const r = document.querySelector('.quick-exit__button').getBoundingClientRect(); return { top: r.top, bottom: r.bottom, left: r.left, right: r.right }; });
  const box = { top: f.top + b.top, bottom: f.top + b.bottom, left: f.left + b.left, right: f.left + b.right };
  if (box.top < 0 || box.left < 0 || box.bottom > PHONE.height || box.right > PHONE.width) return null;
  const hit = await page.evaluate(([x, y]) => document.elementFromPoint(x, y)?.localName, [(box.left + box.right) / 2, (box.top + box.bottom) / 2]);
  return hit === 'iframe' ? 'app' : null;
}

test('a Quick exit control is in view at 360x640 on the start page, a question and the long result page', async () => {
  const { context, page } = await phonePage(browser);
  await page.goto(partner.url);
  const { iframe, frame, inside } = await appFrame(page);
  await inside.getByRole('heading', { name: START_TITLE }).waitFor();
  await until(async () => (await events(page)).some((e) => e.name === 'pathways:ready') || undefined, { what: 'pathways:ready' });
  const seen = {};
  const check = async (where, name) => {
    await page.waitForTimeout(100);
    const which = await exitInView(page, iframe, frame);
    await page.screenshot({ path: path.join(OUT, `embed-exit-${name}.png`) });
    assert.ok(which, `no Quick exit in view on ${where} (partner page scrolled to ${await page.evaluate(() => scrollY)})`);
    seen[name] = which;
  };
  await check(START_TITLE, 'start');
  await start(inside);
  await check('the first question', 'question');
  await completeCase(inside, {});
  await inside.getByRole('heading', { name: RESULT_TITLE }).waitFor();
  await check('the result', 'result');
  // Scrolled through the whole result, as a volunteer reads it: to the middle, then the end.
  await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight / 2));
  await check('the middle of the result', 'result-middle');
  await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
  await check('the end of the result', 'result-end');
  console.log('embed: the Quick exit in view: ' + JSON.stringify(seen));
  // The partner page's own button exits too: the case is wiped in the frame, then the page replaced.
  await page.locator('body > button', { hasText: 'Quick exit' }).click();
  const neutral = app.origin + '/neutral.html';
  await until(() => page.url() === neutral || undefined, { what: 'the top page replaced by neutral.html' });
  await page.waitForLoadState('load');
  assertGone(await shown(page), neutral, 'after the partner page\'s Quick exit');
  await page.goto(partner.url);
  const again = await appFrame(page);
  await again.inside.locator('#app:not(.prerendered)').waitFor({ state: 'attached', timeout: 30000 });
  await page.waitForTimeout(500);
  assert.equal(await again.inside.getByText('Continue the case').count(), 0, 'the case was kept after the partner page\'s Quick exit');
  await context.close();
});

// data-accent: the primary buttons and the links take the partner's colour, darkened if needed to 4.5:1 on white.

const rgbOf = (css) => { const m = /rgba?\((\d+), (\d+), (\d+)/.exec(css); assert.ok(m, 'a colour: ' + css); return [m[1], m[2], m[3]].map(Number); };
function contrast(a, b) {
  const lum = (rgb) => { const [r, g, bl] = rgb.map((v) => { const c = v / 255; return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; }); return 0.2126 * r + 0.7152 * g + 0.0722 * bl; };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}
function hue([r, g, b]) {
  const max = Math.max(r, g, b), min = Math.min(r, g, b), d = max - min;
  if (d === 0) return 0;
  const h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return (h * 60 + 360) % 360;
}

/** The start page's Start button (background, text) and its links' colours, and the page's background. */
async function accentColours(url, name) {
  const { context, page } = await phonePage(browser);
  try {
    await page.goto(url);
    const { frame, inside } = await appFrame(page);
    await inside.locator('#app:not(.prerendered)').waitFor({ state: 'attached', timeout: 30000 });
    await page.evaluate(() => document.querySelector('#pathways iframe').scrollIntoView());
    await page.screenshot({ path: path.join(OUT, `embed-accent-${name}.png`) });
    return await frame.evaluate(() => {
      const button = document.querySelector('main .button:not(.button--secondary):not(.button--warning)');
      const links = [...document.querySelectorAll('main a[href]')].filter((a) => !a.closest('.skip-link'));
      const s = getComputedStyle(button);
      return {
        button: s.backgroundColor, buttonText: s.color,
        links: links.map((a) => getComputedStyle(a).color),
        page: getComputedStyle(document.body).backgroundColor || 'rgb(255, 255, 255)',
      };
    });
  } finally { await context.close(); }
}

test('data-accent: a light accent (#ffd700) is darkened to 4.5:1 on the primary button and the links; a dark one (#8a1538) is used as is', async () => {
  const white = [255, 255, 255];
  const light = await accentColours(partner.origin + '/gold.html', 'gold');
  const button = rgbOf(light.button);
  assert.deepEqual(rgbOf(light.buttonText), white, 'white text on the primary button');
  const ratio = contrast(button, white);
  assert.ok(ratio >= 4.5, `the gold button has ${ratio.toFixed(2)}:1 with its white text`);
  assert.ok(ratio < 5, `darkened only as far as needed: ${ratio.toFixed(2)}:1 (${light.button})`);
  assert.ok(Math.abs(hue(button) - hue([255, 215, 0])) < 3, `still the partner's hue: ${light.button}`);
  assert.ok(light.links.length >= 2, 'links on the start page: ' + light.links.length);
  for (const c of light.links) {
    assert.deepEqual(rgbOf(c), button, 'a link in the accent');
    assert.ok(contrast(rgbOf(c), white) >= 4.5, `a link with ${contrast(rgbOf(c), white).toFixed(2)}:1 on the white page`);
  }
  const dark = await accentColours(partner.url, 'dark');
  assert.deepEqual(rgbOf(dark.button), [0x8a, 0x15, 0x38], 'the dark accent on the primary button, as given');
  for (const c of dark.links) assert.deepEqual(rgbOf(c), [0x8a, 0x15, 0x38], 'a link in the dark accent, as given');
  console.log(`embed: accent #ffd700 -> ${light.button} (${ratio.toFixed(2)}:1); #8a1538 -> ${dark.button}`);
});
