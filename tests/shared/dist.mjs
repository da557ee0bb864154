// The release build as the end-to-end tests use it: a snapshot of dist/ (it may be rebuilt while
// the tests run), the service worker's precache list, the files of a build and its embed demo page
// as a partner would serve it.
// Browser-independent: tests/e2e and tests/webkit both use it.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DIST } from './paths.mjs';

/**
 * Copies dist/ (without Trunk's staging folder) to a fresh temporary folder named after `suite`
 * and `label` (pathways-<suite>-<label>-XXXXXX); returns its path.
 */
export function snapshotDist(label = 'dist', suite = 'tests') {
  if (!fs.existsSync(path.join(DIST, 'index.html'))) throw new Error('dist/ is not built: run `trunk build --release` first');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `pathways-${suite}-${label}-`));
  fs.cpSync(DIST, dir, { recursive: true, filter: (src) => !src.includes(`${path.sep}.stage`) });
  return dir;
}

/** Removes a folder made in the temporary folder (and nothing outside it). */
export function removeDir(dir) {
  if (dir && dir.startsWith(os.tmpdir())) fs.rmSync(dir, { recursive: true, force: true });
}

/** The files precached by DIR/sw.js (the JSON array post-build wrote into it). */
export function precacheList(dir) {
  return swList(dir, 'FILES');
}

/** The files the service worker keeps when first used, or on a later visit (sw.js LATER). */
export function laterList(dir) {
  return swList(dir, 'LATER');
}

/** A file list of dist/sw.js (written by post-build), the page itself ('./') named index.html. */
function swList(dir, name) {
  const sw = fs.readFileSync(path.join(dir, 'sw.js'), 'utf8');
  const m = new RegExp(`${name}\\s*=\\s*(\\[[^\\]]*\\])`).exec(sw);
  if (!m) throw new Error(`no ${name} list in sw.js (post-build did not write it)`);
  return JSON.parse(m[1]).map((f) => (f === './' ? 'index.html' : f));
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

/**
 * The embed demo page of the build in DIR (embed-demo.html) as a partner would serve it: its
 * scripts, style sheet and icon taken from the app's ORIGIN. Fails if the page does not load
 * embed.js.
 */
export function partnerDemo(dir, origin) {
  const demo = fs.readFileSync(path.join(dir, 'embed-demo.html'), 'utf8');
  assert.match(demo, /<script src="embed\.js"/, 'embed-demo.html loads embed.js');
  return demo
    .replace('<script src="embed.js"', `<script src="${origin}/embed.js"`)
    .replace('src="embed-demo.js"', `src="${origin}/embed-demo.js"`)
    .replace('href="rules/rules.css"', `href="${origin}/rules/rules.css"`)
    .replace('href="icon-192.png"', `href="${origin}/icon-192.png"`);
}
