// Serving helpers for the PWA, privacy, embed and update tests (beside helpers.mjs, which they
// also use): a snapshot of dist/ (other people may rebuild dist/ while the tests run), the
// service worker's precache list, tools/serve.mjs on a chosen port (so it can be restarted on the
// same origin with another build), and a tiny static server for partner pages.
import { spawn } from 'node:child_process';
import http from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT, DIST } from './helpers.mjs';

/** Copies dist/ (without Trunk's staging folder) to a fresh temporary folder; returns its path. */
export function snapshotDist(label = 'dist') {
  if (!fs.existsSync(path.join(DIST, 'index.html'))) throw new Error('dist/ is not built: run `trunk build --release` first');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `pathways-e2e-${label}-`));
  fs.cpSync(DIST, dir, { recursive: true, filter: (src) => !src.includes(`${path.sep}.stage`) });
  return dir;
}

export function removeDir(dir) {
  if (dir && dir.startsWith(os.tmpdir())) fs.rmSync(dir, { recursive: true, force: true });
}

/** The files precached by DIR/sw.js (the JSON array post-build wrote into it). */
export function precacheList(dir) {
  const sw = fs.readFileSync(path.join(dir, 'sw.js'), 'utf8');
  const m = /\[\s*"[^\]]*\]/.exec(sw);
  if (!m) throw new Error('no precache list in sw.js (post-build did not write it)');
  return JSON.parse(m[0]);
}

/** Every file under DIR, as paths relative to DIR with '/'. */
export function listFiles(dir) {
  const out = [];
  const walk = (d) => {
    for (const f of fs.readdirSync(d).sort()) {
      const full = path.join(d, f);
      if (fs.statSync(full).isDirectory()) walk(full);
      else out.push(path.relative(dir, full).split(path.sep).join('/'));
    }
  };
  walk(dir);
  return out;
}

/** Runs tools/serve.mjs for DIR on PORT (fixed, so a restart keeps the origin); returns { url, port, stop }. */
export async function serveAt(dir, port, env = {}) {
  const child = spawn(process.execPath, [path.join(ROOT, 'tools/serve.mjs'), dir, String(port)], {
    env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise((resolve) => child.on('exit', resolve));
  await new Promise((resolve, reject) => {
    child.stdout.on('data', (d) => { if (String(d).includes('served')) resolve(); });
    child.on('exit', (code) => reject(new Error('server exited ' + code)));
  });
  return {
    url: `http://127.0.0.1:${port}/`,
    origin: `http://127.0.0.1:${port}`,
    port,
    stop: async () => { if (child.exitCode === null) { child.kill(); await exited; } },
  };
}

/** A static server of fixed pages ({ '/path': { type, body } }) on PORT; returns { url, origin, stop }. */
export async function servePages(port, pages) {
  const server = http.createServer((req, res) => {
    const page = pages[new URL(req.url, 'http://x').pathname];
    if (!page) { res.writeHead(404, { 'content-type': 'text/plain' }).end('not found'); return; }
    res.writeHead(200, { 'content-type': page.type || 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(page.body);
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${port}/`,
    origin: `http://127.0.0.1:${port}`,
    stop: () => new Promise((resolve) => { server.closeAllConnections?.(); server.close(() => resolve()); }),
  };
}

/** Waits until a service worker controls the page (reloading once if it does not yet) and its cache holds every precached file. */
export async function waitForOffline(page, list) {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
  if (!(await page.evaluate(() => !!navigator.serviceWorker.controller))) await page.reload();
  await page.waitForFunction(() => !!navigator.serviceWorker.controller, null, { timeout: 15000 });
  await page.waitForFunction(async (want) => {
    const have = new Set();
    for (const name of await caches.keys()) {
      if (!name.startsWith('pathways-')) continue;
      for (const r of await (await caches.open(name)).keys()) have.add(new URL(r.url).pathname.replace(/^\//, ''));
    }
    return want.every((f) => have.has(f));
  }, list, { polling: 100, timeout: 15000 });
}
