// Serving helpers for the PWA, privacy, embed and update tests (beside helpers.mjs, which they
// also use): a snapshot of dist/ (other people may rebuild dist/ while the tests run), the
// service worker's precache list, tools/serve.mjs on a chosen port (so it can be restarted on the
// same origin with another build), a tiny static server for partner pages and the embed demo page
// as a partner serves it. All but waitForOffline are tests/shared/dist.mjs and
// tests/shared/serve.mjs, shared with tests/webkit.
import { snapshotDist as snapshot } from '../shared/dist.mjs';

export { removeDir, precacheList, laterList, listFiles, partnerDemo } from '../shared/dist.mjs';
export { serveAt, servePagesAt as servePages } from '../shared/serve.mjs';

/** Copies dist/ (without Trunk's staging folder) to a fresh temporary folder pathways-e2e-LABEL-*; returns its path. */
export const snapshotDist = (label = 'dist') => snapshot(label, 'e2e');

/** Waits until a service worker controls the page (reloading once if it does not yet) and its cache holds every precached file. */
export async function waitForOffline(page, list) {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
  if (!(await page.evaluate(() => !!navigator.serviceWorker.controller))) await page.reload();
  await page.waitForFunction(() => !!navigator.serviceWorker.controller, null, { timeout: 15000 });
  await page.waitForFunction(async (want) => {
    const have = new Set();
    for (const name of await caches.keys()) {
      if (!name.startsWith('pathways-')) continue;
      for (const r of await (await caches.open(name)).keys()) {
        const file = new URL(r.url).pathname.replace(/^\//, '');
        have.add(file === '' ? 'index.html' : file);
      }
    }
    return want.every((f) => have.has(f));
  }, list, { polling: 100, timeout: 15000 });
}
