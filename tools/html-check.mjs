// Checks HTML with the Nu Html Checker (npm vnu-jar; Java from Debian default-jre-headless): the
// built pages (dist/index.html, the Rules pages, the demo and neutral pages) and the live DOM of
// every screen the end-to-end tests visited (test-output/dom/, written by tests/e2e/helpers.mjs).
// Usage: node tools/html-check.mjs [DIST] [DOM]   Exits 1 on any error, listing each one.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.resolve(process.argv[2] || path.join(ROOT, 'dist'));
const dom = path.resolve(process.argv[3] || path.join(ROOT, 'test-output', 'dom'));
const jar = path.join(ROOT, 'node_modules', 'vnu-jar', 'build', 'dist', 'vnu.jar');
if (!fs.existsSync(jar)) { console.error('html-check: vnu.jar is missing: run scripts/setup.sh'); process.exit(1); }

const built = ['index.html', 'embed-demo.html', 'neutral.html', ...fs.readdirSync(path.join(dist, 'rules')).filter((f) => f.endsWith('.html')).map((f) => `rules/${f}`)]
  .map((f) => path.join(dist, f));
const screens = fs.existsSync(dom) ? fs.readdirSync(dom).filter((f) => f.endsWith('.html')).map((f) => path.join(dom, f)) : [];
if (screens.length === 0) { console.error(`html-check: no screens recorded in ${dom}: run the end-to-end tests first`); process.exit(1); }
const files = [...built, ...screens];

// The checker writes its JSON report to standard error.
const run = spawnSync('java', ['-jar', jar, '--format', 'json', '--errors-only', '--exit-zero-always', ...files], { encoding: 'utf8', maxBuffer: 64 << 20 });
let report;
try {
  report = JSON.parse(run.stderr.trim());
} catch {
  console.error('html-check: could not run the checker: ' + (run.error?.message || run.stderr || run.stdout));
  process.exit(1);
}
const errors = report.messages.filter((m) => m.type === 'error' || m.subType === 'fatal');
const where = (m) => path.relative(ROOT, fileURLToPath(m.url));
for (const m of errors) console.log(`${where(m)}:${m.lastLine ?? '?'}: ${m.message}${m.extract ? `\n    ${m.extract.replace(/\n/g, ' ')}` : ''}`);
console.log(`html-check: ${files.length} documents (${built.length} built pages, ${screens.length} screens), ${errors.length} errors`);
process.exit(errors.length ? 1 : 0);
