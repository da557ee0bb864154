// Shared helpers for the end-to-end tests: serve dist/ on 127.0.0.1 and drive Debian Chromium.
import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import fs from 'node:fs';
import crypto from 'node:crypto';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DIST = path.join(ROOT, 'dist');
export const OUT = path.join(ROOT, 'test-output', 'screenshots');
fs.mkdirSync(OUT, { recursive: true });
/** Every screen the tests visit, as HTML, for the Nu Html Checker (tools/html-check.mjs). */
export const DOM = path.join(ROOT, 'test-output', 'dom');
fs.mkdirSync(DOM, { recursive: true });

export const PHONE = { width: 360, height: 640 };

export async function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
    s.on('error', reject);
  });
}

/** Starts tools/serve.mjs on a free port; returns { url, stop }. */
export async function serve(dir = DIST, env = {}) {
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(ROOT, 'tools/serve.mjs'), dir, String(port)], {
    env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((resolve, reject) => {
    child.stdout.on('data', (d) => { if (String(d).includes('served')) resolve(); });
    child.on('exit', (code) => reject(new Error('server exited ' + code)));
  });
  return { url: `http://127.0.0.1:${port}/`, port, stop: () => child.kill() };
}

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'],
  });
}

/** A fresh phone-sized page; collects console errors and requests. */
export async function phonePage(browser, options = {}) {
  const context = await browser.newContext({ viewport: PHONE, deviceScaleFactor: 2, isMobile: true, hasTouch: true, ...options });
  const page = await context.newPage();
  page.errors = [];
  page.requests = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') page.errors.push(m.text()); });
  page.on('request', (r) => page.requests.push(r.url()));
  await recordScreens(page);
  return { context, page };
}

/**
 * Saves the live DOM of every screen the page shows (the app's `pathways-screen` event: each new
 * screen, each refusal, each language) to test-output/dom/, once per distinct content.
 */
export async function recordScreens(page) {
  await page.exposeBinding('__pathwaysDom', (_source, html) => {
    const name = crypto.createHash('sha256').update(html).digest('hex').slice(0, 16);
    fs.writeFileSync(path.join(DOM, `${name}.html`), html);
  });
  await page.addInitScript(() => {
    document.addEventListener('pathways-screen', () => {
      // After the screen has painted.
      requestAnimationFrame(() => requestAnimationFrame(() => {
        window.__pathwaysDom('<!doctype html>\n' + document.documentElement.outerHTML);
      }));
    });
  });
}

export async function shot(page, name) {
  await page.screenshot({ path: path.join(OUT, `${name}.png`), fullPage: true });
}
