// Embedding: a partner page on another origin includes embed.js; the app runs in an iframe on its
// own origin, sized to its content, and tells the partner page only ready / resultShown (pathway
// ids and verdicts) / restart. Messages from any other origin are ignored.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { launch, phonePage, shot, freePort } from './helpers.mjs';
import { snapshotDist, removeDir, serveAt, servePages, partnerDemo } from './servers.mjs';
import { start, completeCase, verdicts, until, START_TITLE } from './casefill.mjs';

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
    .replace('</head>', COLLECTOR + '</head>');
  partner = await servePages(partnerPort, { '/': { body: demo } });
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
    postMessage('self-done', '*');
  }));

  assert.equal((await page.evaluate(() => window.__messages.filter((m) => m.data && m.data.type === 'pathways' && m.origin !== location.origin && m.origin.includes(':')).length)) > 0, true);
  assert.equal((await events(page)).length, eventsBefore, 'a pathways:* event was dispatched for a message from another origin: ' + JSON.stringify((await events(page)).slice(eventsBefore)));
  assert.equal(await iframe.evaluate((f) => f.style.height), heightBefore, 'the iframe height was set by a message from another origin');
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
