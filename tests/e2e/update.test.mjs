// Updates: a phone that has the app offline gets a new build only through the update banner.
// Build A is this dist/; the tests make build B beside it (one file changed, then
// tools/post-build.mjs rerun on the copy, as Trunk's hook does), serve A, load the app, then serve
// B on the same origin and ask the service worker to check for an update.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT, launch, phonePage, shot, freePort } from './helpers.mjs';
import { snapshotDist, removeDir, precacheList, laterList, listFiles, serveAt, waitForOffline } from './servers.mjs';
import { start, START_TITLE } from './casefill.mjs';

let browser;
const dirs = [];
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); dirs.forEach(removeDir); });

/** Build B: a copy of A with `change(dir)` applied, then post-build rerun from the sw.js template. */
function variant(a, label, change) {
  const b = fs.mkdtempSync(path.join(os.tmpdir(), `pathways-e2e-${label}-`));
  fs.cpSync(a, b, { recursive: true });
  dirs.push(b);
  const changed = change(b);
  fs.copyFileSync(path.join(ROOT, 'static/sw.js'), path.join(b, 'sw.js'));
  execFileSync(process.execPath, [path.join(ROOT, 'tools/post-build.mjs'), b], { cwd: ROOT, stdio: 'pipe', env: { ...process.env, TRUNK_PROFILE: 'release' } });
  // Rerunning post-build must not touch anything else (it is idempotent on a built dist).
  for (const f of listFiles(b)) {
    if (f === 'sw.js' || f === 'index.html' || changed.includes(f) || !fs.existsSync(path.join(a, f))) continue;
    assert.ok(fs.readFileSync(path.join(a, f)).equals(fs.readFileSync(path.join(b, f))), `post-build changed ${f} in the copy`);
  }
  return b;
}

/** Build B with a fix in boot.js (a file whose name has no hash): it sets window.__e2eBuild. */
function bootFix(a) {
  return variant(a, 'update-boot', (b) => {
    fs.appendFileSync(path.join(b, 'boot.js'), '\nwindow.__e2eBuild = "boot-fix";\n');
    return ['boot.js'];
  });
}

/** Build B as Trunk makes it when the stylesheet changes: new content under a new hashed name. */
function cssRebuild(a) {
  let names;
  const b = variant(a, 'update-css', (d) => {
    const old = fs.readdirSync(d).find((f) => /^app-[0-9a-f]{8,16}\.css$/.test(f));
    assert.ok(old, 'the hashed stylesheet in dist/');
    const css = fs.readFileSync(path.join(d, old), 'utf8') + '\n/* e2e update test */\n:root { --e2e-build: "css-rebuild"; }\n';
    const name = `app-${crypto.createHash('sha256').update(css).digest('hex').slice(0, 16)}.css`;
    fs.rmSync(path.join(d, old));
    fs.writeFileSync(path.join(d, name), css);
    const index = path.join(d, 'index.html');
    const html = fs.readFileSync(index, 'utf8');
    assert.ok(html.includes(old));
    fs.writeFileSync(index, html.split(old).join(name));
    names = { old, name };
    return [name, 'index.html'];
  });
  return { dir: b, ...names };
}

/** Serves A, loads the app until it works offline, then serves B on the same origin and checks for an update. */
async function loadThenPublish(a, b) {
  const port = await freePort();
  let server = await serveAt(a, port);
  const { context, page } = await phonePage(browser);
  await page.goto(server.url);
  await page.getByRole('heading', { name: START_TITLE }).waitFor();
  await waitForOffline(page, precacheList(a));
  await server.stop();
  server = await serveAt(b, port);
  await page.evaluate(async () => { await (await navigator.serviceWorker.getRegistration()).update(); });
  return { context, page, server };
}

const banner = (page) => page.locator('#update-banner');
async function bannerShown(page, what) {
  try {
    await banner(page).waitFor({ state: 'visible', timeout: 10000 });
  } catch {
    assert.fail(`${what}: the update banner never appeared (#update-banner hidden=${await banner(page).getAttribute('hidden')})`);
  }
  assert.match(await banner(page).innerText(), /A new version of Pathways is ready\./);
}
async function acceptUpdate(page) {
  const reloaded = page.waitForEvent('load', { timeout: 10000 });
  await page.getByRole('button', { name: 'Reload to use it' }).click();
  await reloaded;
  await page.getByRole('heading', { name: START_TITLE }).waitFor();
}
/** Every Cache Storage entry of the app, by cache name, as paths (the page itself, kept as '/', as index.html). */
const cached = (page) => page.evaluate(async () => {
  const out = {};
  for (const name of await caches.keys()) out[name] = (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname.slice(1) || 'index.html').sort();
  return out;
});

test('a fix in boot.js (no file renamed) changes sw.js, so browsers see the new build', () => {
  const a = snapshotDist('update-a');
  dirs.push(a);
  const b = bootFix(a);
  const swA = fs.readFileSync(path.join(a, 'sw.js'), 'utf8');
  const swB = fs.readFileSync(path.join(b, 'sw.js'), 'utf8');
  assert.ok(swB !== swA, 'sw.js is byte-identical for two builds that differ in boot.js: the browser will never install the new build (the version placeholder is not replaced)');
});

test('a fix in boot.js reaches a phone: banner, "Reload to use it", the new boot.js runs', async () => {
  const a = snapshotDist('update-a');
  dirs.push(a);
  const b = bootFix(a);
  const { context, page, server } = await loadThenPublish(a, b);
  try {
    assert.equal(await page.evaluate(() => window.__e2eBuild), undefined, 'build A runs first');
    await bannerShown(page, 'after boot.js changed');
    await acceptUpdate(page);
    // The line added to boot.js runs at its end, after the app has started (boot.js awaits the
    // Wasm at top level), while the start page is shown from index.html at once.
    await page.waitForFunction(() => window.__e2eBuild !== undefined, null, { timeout: 15000 }).catch(() => {});
    assert.equal(await page.evaluate(() => window.__e2eBuild), 'boot-fix', 'the page does not run the new boot.js after the reload');
  } finally {
    await context.close();
    await server.stop();
  }
});

test('a rebuilt stylesheet: offered, the old build kept until accepted, then used; the old files are removed', async (t) => {
  const a = snapshotDist('update-a');
  dirs.push(a);
  const { dir: b, old, name } = cssRebuild(a);
  const filesB = precacheList(b);
  assert.ok(filesB.includes(name) && !filesB.includes(old), 'build B precaches its new stylesheet');
  const { context, page, server } = await loadThenPublish(a, b);
  const cssProp = () => page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--e2e-build').trim());
  try {
    await t.test('the banner offers the new build', async () => {
      assert.equal(await cssProp(), '', 'build A runs first');
      await bannerShown(page, 'after the stylesheet changed');
      await shot(page, 'update-banner');
    });

    await t.test('until the user accepts, the old build is served whole (builds never mixed)', async () => {
      // The page is still controlled by build A's worker: what it serves must be build A's.
      const index = await page.evaluate(() => fetch('index.html').then((r) => r.text()));
      assert.ok(index.includes(old) && !index.includes(name), `the active (old) worker now serves build B's index.html (it names ${index.includes(name) ? name : '?'}): a reload or a new tab would run build B before the user accepted, or mix the two`);
      const caches = await cached(page);
      assert.ok(Object.keys(caches).filter((k) => k.startsWith('pathways-')).length >= 2, 'the new build should be cached beside the old one, under its own name: ' + Object.keys(caches).join(', '));
    });

    await t.test('"Reload to use it" reloads into the new build', async () => {
      await acceptUpdate(page);
      assert.equal(await cssProp(), '"css-rebuild"', 'the page does not use the new stylesheet');
      const link = await page.locator('link[rel=stylesheet]').getAttribute('href');
      assert.ok(link.endsWith(name), 'the page links ' + link);
      assert.equal(await banner(page).isVisible(), false, 'the banner is gone after the update');
    });

    await t.test("the old build's files are removed from the device", async () => {
      const caches = await cached(page);
      const ours = Object.keys(caches).filter((k) => k.startsWith('pathways-'));
      assert.equal(ours.length, 1, 'one cache for the app: ' + ours.join(', '));
      // Build B's files, and of those kept when used or on a later visit (this is one) any, but no other.
      const laterB = laterList(b);
      const kept = caches[ours[0]].filter((f) => !laterB.includes(f));
      assert.deepEqual(kept, [...filesB].sort(), 'the cache holds exactly build B\'s files (the old stylesheet is ' + (caches[ours[0]].includes(old) ? 'still there' : 'gone') + ')');
    });
  } finally {
    await context.close();
    await server.stop();
  }
});

test('the update is offered again after a reload without accepting it', async () => {
  const a = snapshotDist('update-a');
  dirs.push(a);
  const { dir: b } = cssRebuild(a);
  const { context, page, server } = await loadThenPublish(a, b);
  try {
    await bannerShown(page, 'first offer');
    // The volunteer ignores the banner and reloads (or comes back tomorrow): the new build still waits.
    await page.reload();
    await page.getByRole('heading', { name: START_TITLE }).waitFor();
    assert.ok(await page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration()).waiting), 'the new worker is waiting');
    await bannerShown(page, 'after a reload while the new build waits');
    await start(page); // the app still works
  } finally {
    await context.close();
    await server.stop();
  }
});
