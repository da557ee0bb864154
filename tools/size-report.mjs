// Size report: what a first visit downloads, stage by stage, as gzip -9 (and brotli) of the built
// files and as bytes on the wire in a real browser; checked against size-budget.json.
//
//   node tools/size-report.mjs [DIST] [--files-only]
//
// Stages (a first visit, in order):
//   start page  what the browser needs to show the start page and take a tap on Start: index.html
//               (the start page is written into it at build time), the stylesheet, boot.js, and
//               what <head> names (the icon, the glue script preloaded);
//   app         the app taking over: the glue script and the Wasm (the first question needs them);
//   later       the result page's English texts (i18n/en.later.json), asked for once the app runs;
//   font        the Ethiopic font (fonts/*.woff2): the page fetches it only when Ge'ez text is
//               shown (its @font-face has a unicode-range), and the service worker keeps it at
//               install like every language (WOFF2 is compressed already: gzip adds nothing);
//   offline     what the service worker keeps at install (static/sw.js FILES) beyond the above;
//   kept once the first question is shown
//               (static/sw.js LATER) the file worker (opening and saving case files, also a budget
//               of its own), the Rules pages and the large icons: the page asks the service worker
//               for them when idle once the first question is on screen, so that "Save the case"
//               works offline after one visit.
// Budgets (gzip -9 bytes, size-budget.json) only go down.
//
// In the browser (Chromium, playwright-core), the app is served by tools/serve.mjs as the README
// says (brotli or gzip, the recommended headers), once more with no caching headers at all, and
// the bytes each response put on the wire are added up at three moments: the start page usable
// (boot.js has put today's date in), the first question shown, and the service worker ready with
// nothing more arriving (what is kept once the first question is shown included, and said apart).
// A file asked for twice in one visit fails the report.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import net from 'node:net';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const dist = path.resolve(args.find((a) => !a.startsWith('--')) || path.join(ROOT, 'dist'));
const filesOnly = args.includes('--files-only');
const budget = JSON.parse(fs.readFileSync(path.join(ROOT, 'size-budget.json'), 'utf8'));

const read = (f) => fs.readFileSync(path.join(dist, f));
const gz = (b) => zlib.gzipSync(b, { level: 9 }).length;
const br = (b) => zlib.brotliCompressSync(b, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kb = (n) => (n / 1024).toFixed(1).padStart(7) + ' KB';
const exists = (f) => fs.existsSync(path.join(dist, f)) && fs.statSync(path.join(dist, f)).isFile();

// ---- The stages, from the built files --------------------------------------------------------
const html = read('index.html').toString();
const head = html.slice(0, html.indexOf('</head>'));
const named = (tagRe, attr) => [...head.matchAll(tagRe)].map((m) => {
  const a = new RegExp(`\\b${attr}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`).exec(m[0]);
  return a ? (a[1] ?? a[2] ?? a[3]).replace(/^\.\//, '') : null;
}).filter((f) => f && exists(f));
const bootTag = /<script\b[^>]*data-wasm[^>]*>/.exec(head)?.[0] ?? '';
const attr = (tag, name) => { const m = new RegExp(`\\b${name}=(?:"([^"]*)"|([^\\s>]+))`).exec(tag); return m ? (m[1] ?? m[2]).replace(/^\.\//, '') : null; };
const glue = attr(bootTag, 'data-js');
const wasm = attr(bootTag, 'data-wasm');
const sw = exists('sw.js') ? read('sw.js').toString() : '';
const listIn = (name) => {
  const m = new RegExp(`${name}\\s*=\\s*(\\[[^\\]]*\\])`).exec(sw);
  return m ? JSON.parse(m[1]).map((f) => (f === './' ? 'index.html' : f)) : [];
};
const precache = listIn('FILES');
const later = listIn('LATER');

const start = [...new Set(['index.html', ...named(/<link\b[^>]*>/g, 'href'), ...named(/<script\b[^>]*>/g, 'src')])]
  .filter((f) => f !== glue || head.includes('modulepreload'));
const app = [glue, wasm].filter((f) => f && !start.includes(f));
const laterTexts = exists('i18n/en.later.json') ? ['i18n/en.later.json'] : [];
const firstVisit = new Set([...start, ...app, ...laterTexts, ...precache, ...later]);
const fonts = precache.filter((f) => f.startsWith('fonts/') && !start.includes(f));
const offline = precache.filter((f) => ![...start, ...app, ...laterTexts, ...fonts].includes(f));
const worker = later.filter((f) => /^worker/.test(f));

const sizes = new Map();
const size = (f) => {
  if (!sizes.has(f)) { const b = read(f); sizes.set(f, { raw: b.length, gz: gz(b), br: br(b) }); }
  return sizes.get(f);
};
const total = (files) => files.reduce((t, f) => ({ raw: t.raw + size(f).raw, gz: t.gz + size(f).gz, br: t.br + size(f).br }), { raw: 0, gz: 0, br: 0 });

const header = '  file'.padEnd(48) + 'raw'.padStart(10) + 'gzip -9'.padStart(11) + 'brotli'.padStart(11);
function table(title, files) {
  console.log(`\n${title}`);
  console.log(header);
  for (const f of files) { const s = size(f); console.log(('  ' + f).padEnd(48) + kb(s.raw) + kb(s.gz) + kb(s.br)); }
  const t = total(files);
  console.log('  total'.padEnd(48) + kb(t.raw) + kb(t.gz) + kb(t.br));
  return t;
}
console.log('Size report (files: gzip -9 and brotli of the built files)');
const tStart = table('1. Start page (shown and usable before any Wasm)', start);
const tApp = table('2. The app taking over (needed for the first question)', app);
const tLater = table('3. The result page\'s English texts (asked for once the app runs)', laterTexts);
const tFont = table('4. The Ethiopic font (fetched by the page only for Ge\'ez text; kept at install)', fonts);
table('5. Kept for offline use at install, beyond the above (service worker)', offline);
const tKept = table('6. Kept once the first question is shown (the page idle; service worker)', later);
const tWorker = table('   of which the file worker (opening and saving case files)', worker);

const figures = {
  start_page_gzip_bytes: tStart.gz,
  first_question_gzip_bytes: tStart.gz + tApp.gz,
  first_visit_gzip_bytes: total([...firstVisit]).gz,
  // What the service worker keeps after one visit: at install, and once the first question is shown.
  precache_gzip_bytes: total([...precache, ...later]).gz,
  after_first_question_gzip_bytes: tKept.gz,
  ethiopic_font_gzip_bytes: tFont.gz,
  worker_gzip_bytes: tWorker.gz,
};
let failed = 0;
console.log('\nBudgets (size-budget.json; gzip -9 bytes; they only go down)');
for (const [name, value] of Object.entries(figures)) {
  const limit = budget[name];
  if (limit === undefined) { console.log(`  ${name.padEnd(32)} ${String(value).padStart(7)}  (no budget: add one)`); failed++; continue; }
  const ok = value <= limit;
  if (!ok) failed++;
  console.log(`  ${name.padEnd(32)} ${String(value).padStart(7)} of ${String(limit).padStart(7)} (${(100 * value / limit).toFixed(0).padStart(3)}%)  ${ok ? 'ok' : 'OVER BUDGET'}`);
}

// ---- On the wire, in the browser -------------------------------------------------------------
async function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => resolve(p)); });
    s.on('error', reject);
  });
}

async function visit(chromium, env) {
  const log = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pathways-wire-')), 'requests.jsonl');
  const port = await freePort();
  const server = spawn(process.execPath, [path.join(ROOT, 'tools/serve.mjs'), dist, String(port)], {
    stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, ...env, LOG_REQUESTS: log },
  });
  await new Promise((resolve, reject) => {
    server.stdout.on('data', (d) => { if (String(d).includes('served')) resolve(); });
    server.on('exit', (code) => reject(new Error(`tools/serve.mjs exited with ${code}`)));
  });
  const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: ['--no-sandbox'] });
  const moments = {};
  try {
    const context = await browser.newContext({ viewport: { width: 360, height: 640 } });
    const page = await context.newPage();
    // When the app says the first question is shown (its 'pathways-screen' event), in the page's clock.
    await page.addInitScript(() => document.addEventListener('pathways-screen', (e) => {
      if (e.detail && e.detail.screen !== 'start') window.__firstQuestionAt ??= performance.timeOrigin + performance.now();
    }));
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.waitForFunction(() => performance.getEntriesByName('pathways-start-usable').length > 0, null, { timeout: 30000 });
    // When boot.js made the start page usable (its own mark, in the page's clock: the same machine).
    moments.start = await page.evaluate(() => performance.timeOrigin + performance.getEntriesByName('pathways-start-usable')[0].startTime);
    await page.locator('#app:not(.prerendered) button.button--start').click({ timeout: 60000 });
    await page.locator('h1#main-heading').filter({ hasText: /date of birth/ }).waitFor({ timeout: 30000 });
    moments.question = (await page.evaluate(() => window.__firstQuestionAt)) || Date.now();
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
    // Then until nothing more arrives for two seconds (the install's downloads).
    let last = -1;
    for (let i = 0; i < 60; i++) {
      await page.waitForTimeout(1000);
      const n = fs.existsSync(log) ? fs.readFileSync(log, 'utf8').split('\n').length : 0;
      if (n === last) break;
      last = n;
    }
    moments.offline = Date.now();
    await context.close();
  } finally {
    await browser.close();
    server.kill();
  }
  const requests = fs.readFileSync(log, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  const until = (t) => requests.filter((r) => r.started <= t).reduce((s, r) => s + r.bytes, 0);
  const kept = new Set(later.map((f) => '/' + f));
  const afterQuestion = requests.filter((r) => kept.has(r.path)).reduce((s, r) => s + r.bytes, 0);
  const early = requests.filter((r) => kept.has(r.path) && r.started < moments.question).map((r) => r.path);
  const seen = new Map();
  for (const r of requests) seen.set(r.path, (seen.get(r.path) || 0) + 1);
  const twice = [...seen].filter(([, n]) => n > 1).map(([p, n]) => `${p} (${n} times)`);
  return { start: until(moments.start), question: until(moments.question), all: until(moments.offline), kept: afterQuestion, early, requests: requests.length, twice, log };
}

if (!filesOnly) {
  let chromium;
  try { ({ chromium } = await import('playwright-core')); } catch { chromium = null; }
  if (!chromium) {
    console.log('\nOn the wire: playwright-core is not installed (run scripts/setup.sh); not measured');
    failed++;
  } else {
    console.log('\nOn the wire, in Chromium (compressed bodies as served; a first visit at 360 x 640)');
    console.log('  host'.padEnd(34) + 'start page'.padStart(12) + 'first question'.padStart(16) + 'whole visit'.padStart(13) + 'requests'.padStart(10) + '  of the visit, kept once the first question is shown');
    const targets = budget.wire;
    for (const [name, env] of [['README headers (brotli)', {}], ['no caching headers (brotli)', { NO_CACHE_HEADERS: '1' }]]) {
      const w = await visit(chromium, env);
      console.log(('  ' + name).padEnd(34) + kb(w.start).padStart(12) + kb(w.question).padStart(16) + kb(w.all).padStart(13) + String(w.requests).padStart(10) + `  ${w.kept} bytes`);
      const missed = later.filter((f) => !fs.readFileSync(w.log, 'utf8').includes(`"/${f}"`));
      if (missed.length) { console.log(`    not kept during the visit: ${missed.join(', ')}`); failed++; }
      if (w.early.length) { console.log(`    asked for before the first question was shown: ${w.early.join(', ')}`); failed++; }
      if (w.twice.length) { console.log(`    downloaded twice: ${w.twice.join(', ')}`); failed++; }
      if (w.start > targets.start_page_bytes) { console.log(`    the start page took ${w.start} bytes (at most ${targets.start_page_bytes})`); failed++; }
      if (w.all > targets.first_visit_bytes) { console.log(`    the whole first visit took ${w.all} bytes (at most ${targets.first_visit_bytes})`); failed++; }
    }
  }
}
console.log(failed ? `\nsize report: ${failed} problem(s)` : '\nsize report: every budget holds');
process.exit(failed ? 1 : 0);
