// Pathways beside the Yew floor, in one run (issue 13). Builds the floor app (bench/floor: a Yew
// 0.23 counter, built as Pathways is) and Pathways (unless --no-build), then reports for both,
// and Pathways as a ratio to the floor:
//   - critical bytes: on the wire until the first screen can be used (the floor: its button;
//     Pathways: the start page, once boot.js has put today's date in it);
//   - Lighthouse (mobile, 4x CPU, slow 4G): median performance score and Total Blocking Time of
//     LIGHTHOUSE_RUNS runs (default 5);
// and for Pathways alone the answer-to-next-screen time at 4x CPU throttling (Chromium DevTools
// protocol) over at least 30 answers of real cases: from the tap on Continue to the next question
// in the page (goal: p95 under 16 ms, one frame).
//
//   node tools/benchmark.mjs [--no-build] [--answers-only]   (scripts/benchmark.sh sets up and runs it)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import net from 'node:net';
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const FLOOR = path.join(ROOT, 'bench', 'floor');
const build = !process.argv.includes('--no-build');
const answersOnly = process.argv.includes('--answers-only');
const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium';

function run(cmd, args, cwd) {
  const r = spawnSync(cmd, args, { cwd, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed in ${cwd}`);
}
if (build) {
  console.log('building the Yew floor (bench/floor) and Pathways (trunk build --release)');
  run('trunk', ['build', '--release', '--locked'], FLOOR);
  run('trunk', ['build', '--release', '--offline', '--locked'], ROOT);
}

async function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => resolve(p)); });
    s.on('error', reject);
  });
}

async function serve(dist, env, log) {
  const port = await freePort();
  const server = spawn(process.execPath, [path.join(ROOT, 'tools/serve.mjs'), dist, String(port)], {
    stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, ...env, ...(log ? { LOG_REQUESTS: log } : {}) },
  });
  await new Promise((resolve, reject) => {
    server.stdout.on('data', (d) => { if (String(d).includes('served')) resolve(); });
    server.on('exit', (code) => reject(new Error(`tools/serve.mjs exited with ${code}`)));
  });
  return { url: `http://127.0.0.1:${port}/`, stop: () => server.kill() };
}

/** Bytes on the wire (as served: brotli) of the requests made before the page said it was usable. */
async function criticalBytes(dist, env, usable) {
  const log = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pathways-bench-')), 'requests.jsonl');
  const server = await serve(dist, env, log);
  const browser = await chromium.launch({ executablePath: CHROME, args: ['--no-sandbox'] });
  try {
    const page = await (await browser.newContext()).newPage();
    await page.goto(server.url);
    const at = await usable(page);
    const requests = fs.readFileSync(log, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
    return requests.filter((r) => r.started <= at).reduce((s, r) => s + r.bytes, 0);
  } finally {
    await browser.close();
    server.stop();
  }
}

function lighthouse(dist, env) {
  const summary = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pathways-lh-')), 'summary.json');
  const r = spawnSync(process.execPath, [path.join(ROOT, 'tools/lighthouse.mjs'), dist, '--budget', 'none', '--summary', summary], {
    env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (r.status !== 0 || !fs.existsSync(summary)) throw new Error(`Lighthouse failed on ${dist}`);
  return JSON.parse(fs.readFileSync(summary, 'utf8'));
}

/** Answer-to-next-screen times (ms) at 4x CPU throttling, over real cases until `want` answers. */
const slowest = [];
async function answerTimes(want) {
  const drive = await import(path.join(ROOT, 'tests/e2e/drive.mjs'));
  const server = await serve(path.join(ROOT, 'dist'), {});
  const browser = await chromium.launch({ executablePath: CHROME, args: ['--no-sandbox'] });
  const times = [];
  try {
    for (const id of ['S41', 'S13', 'S01', 'S21', 'S30', 'S38', 'S22']) {
      if (times.length >= want) break;
      const context = await browser.newContext({ viewport: { width: 360, height: 640 } });
      const page = await context.newPage();
      // From the tap on a button (captured before the app's own listener) to the heading of
      // the next screen in the page.
      await page.addInitScript(() => {
        window.__answers = []; window.__screens = [];
        let t0 = null;
        let heading = null;
        document.addEventListener('click', (e) => {
          const b = e.target.closest && e.target.closest('button[type=submit], button.button');
          if (b && !b.dataset.action) { t0 = performance.now(); heading = document.querySelector('h1')?.textContent; }
        }, true);
        new MutationObserver(() => {
          if (t0 === null) return;
          const h = document.querySelector('h1')?.textContent;
          if (h !== heading) { window.__answers.push(performance.now() - t0); window.__screens.push(h); t0 = null; }
        }).observe(document, { subtree: true, childList: true, characterData: true });
      });
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await drive.completeCase(page, server.url, drive.loadScenario(id).case);
      const [ms, screens] = await page.evaluate(() => [window.__answers, window.__screens]);
      times.push(...ms);
      slowest.push(...ms.map((t, i) => [t, `${id}: ${screens[i]}`]));
      await context.close();
    }
  } finally {
    await browser.close();
    server.stop();
  }
  return times;
}

const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]; };
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

const times = await answerTimes(30);
const answerLine = `Answer to next screen, 4x CPU throttling, ${times.length} answers: median ${pct(times, 50).toFixed(1)} ms, ` +
  `p95 ${pct(times, 95).toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms (goal: p95 under 16 ms)`;
if (answersOnly) {
  console.log(answerLine);
  console.log('slowest (ms, then the screen shown):');
  for (const [t, what] of slowest.sort((a, b) => b[0] - a[0]).slice(0, 10)) console.log(`  ${t.toFixed(1).padStart(6)}  ${what}`);
  process.exit(0);
}
const floorDist = path.join(FLOOR, 'dist');
const floor = {
  bytes: await criticalBytes(floorDist, { NO_CSP: '1' }, async (page) => {
    await page.getByRole('button', { name: 'Add one' }).waitFor();
    return Date.now();
  }),
  lh: lighthouse(floorDist, { NO_CSP: '1' }),
};
const app = {
  bytes: await criticalBytes(path.join(ROOT, 'dist'), {}, async (page) => {
    await page.waitForFunction(() => performance.getEntriesByName('pathways-start-usable').length > 0);
    return page.evaluate(() => performance.timeOrigin + performance.getEntriesByName('pathways-start-usable')[0].startTime);
  }),
  lh: lighthouse(path.join(ROOT, 'dist'), {}),
};

const ratio = (a, b) => (b ? (a / b).toFixed(2) : 'n/a');
console.log('\nPathways beside the Yew floor (a counter), the same build and server');
console.log('  measure'.padEnd(44) + 'floor'.padStart(12) + 'Pathways'.padStart(12) + 'ratio'.padStart(8));
console.log('  critical bytes on the wire'.padEnd(44) + kb(floor.bytes).padStart(12) + kb(app.bytes).padStart(12) + ratio(app.bytes, floor.bytes).padStart(8));
console.log('  Lighthouse performance (median)'.padEnd(44) + String(floor.lh.median.performance).padStart(12) + String(app.lh.median.performance).padStart(12) + ratio(app.lh.median.performance, floor.lh.median.performance).padStart(8));
console.log('  Total Blocking Time (median)'.padEnd(44) + `${Math.round(floor.lh.median.tbt)} ms`.padStart(12) + `${Math.round(app.lh.median.tbt)} ms`.padStart(12) + ratio(app.lh.median.tbt, floor.lh.median.tbt).padStart(8));
console.log('  Largest Contentful Paint (median)'.padEnd(44) + `${Math.round(floor.lh.median.lcp)} ms`.padStart(12) + `${Math.round(app.lh.median.lcp)} ms`.padStart(12) + ratio(app.lh.median.lcp, floor.lh.median.lcp).padStart(8));
console.log(`\n${answerLine}`);
fs.mkdirSync(path.join(ROOT, 'test-output'), { recursive: true });
fs.writeFileSync(path.join(ROOT, 'test-output', 'benchmark.json'), JSON.stringify({ floor, pathways: app, answer_ms: times }, null, 1));
