// Size report: the compressed size of everything a first visit downloads, per file and in total,
// checked against size-budget.json. Usage: node tools/size-report.mjs [DIST]
// A first visit downloads index.html and every file it references (scripts, styles, the Wasm module,
// the manifest and icons), plus what boot.js imports; language catalogs loaded on demand and the
// service worker's later precache are reported separately.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const dist = path.resolve(process.argv[2] || 'dist');
const budget = JSON.parse(fs.readFileSync(new URL('../size-budget.json', import.meta.url)));
const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');

const first = new Set(['index.html']);
for (const m of html.matchAll(/(?:href|src|data-js|data-wasm)=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g)) {
  const f = (m[1] ?? m[2] ?? m[3]).replace(/^\.\//, '').replace(/[#?].*$/, '');
  if (!/^[a-z]+:/.test(f) && fs.existsSync(path.join(dist, f))) first.add(f);
}
const gz = (b) => zlib.gzipSync(b, { level: 9 }).length;
const br = (b) => zlib.brotliCompressSync(b, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kb = (n) => (n / 1024).toFixed(1).padStart(7) + ' KB';

let total = { raw: 0, gz: 0, br: 0 };
const rows = [];
for (const f of [...first].sort()) {
  const b = fs.readFileSync(path.join(dist, f));
  const r = { file: f, raw: b.length, gz: gz(b), br: br(b) };
  rows.push(r);
  total.raw += r.raw; total.gz += r.gz; total.br += r.br;
}
console.log('Size report: first visit (what a browser downloads before the first question)');
console.log('  file'.padEnd(48) + 'raw'.padStart(10) + 'gzip -9'.padStart(11) + 'brotli'.padStart(11));
for (const r of rows) console.log(('  ' + r.file).padEnd(48) + kb(r.raw) + kb(r.gz) + kb(r.br));
console.log('  TOTAL'.padEnd(48) + kb(total.raw) + kb(total.gz) + kb(total.br));

const later = fs.readdirSync(dist, { recursive: true })
  .filter((f) => fs.statSync(path.join(dist, f)).isFile() && !first.has(f));
if (later.length) {
  console.log('Loaded later or on demand (not in the first visit):');
  for (const f of later.sort()) {
    const b = fs.readFileSync(path.join(dist, f));
    console.log(('  ' + f).padEnd(48) + kb(b.length) + kb(gz(b)) + kb(br(b)));
  }
}
const limit = budget.first_visit_gzip_bytes;
const ok = total.gz <= limit;
console.log(`Budget: first visit ${total.gz} bytes gzip of ${limit} allowed (${(100 * total.gz / limit).toFixed(0)}%): ${ok ? 'within budget' : 'OVER BUDGET'}`);
process.exit(ok ? 0 : 1);
