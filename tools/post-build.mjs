// Trunk post_build hook (runs on the staging folder before it becomes dist/):
//  1. minifies the JavaScript (Trunk's own minifier cannot read wasm-bindgen's glue),
//  2. recomputes the Subresource Integrity hashes in index.html for the files it changed.
// Usage: node tools/post-build.mjs [DIR]   (DIR defaults to $TRUNK_STAGING_DIR, then dist/)
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { minify } from 'terser';

const dir = path.resolve(process.argv[2] || process.env.TRUNK_STAGING_DIR || 'dist');
const release = (process.env.TRUNK_PROFILE || 'release') === 'release';

if (release) {
  for (const name of fs.readdirSync(dir).filter((f) => f.endsWith('.js'))) {
    const file = path.join(dir, name);
    const code = fs.readFileSync(file, 'utf8');
    // The worker's scripts are classic scripts (importScripts: `worker.js` defines the global
    // `wasm_bindgen` that `worker_loader.js` calls), and so is the service worker (it defines no
    // global for others: its names are shortened too, but its file lists keep theirs:
    // tools/size-report.mjs reads them); the others are ES modules.
    const module = !/^(worker([-_.]|$)|sw\.js$)/.test(name);
    const lists = ['FILES', 'LATER'];
    const own = name === 'sw.js' ? { toplevel: true, compress: { passes: 2, top_retain: lists }, mangle: { reserved: lists } } : { compress: { passes: 2 }, mangle: true };
    const out = await minify(code, { module, ...own, format: { comments: false } });
    if (out.code && out.code.length < code.length) fs.writeFileSync(file, out.code);
  }
}

// Language catalogs: only those the app loads on demand (English is built into the app, except
// the families of i18n/LATER.txt, which go to en.later.json; the rules reference texts are for
// the static Rules pages).
const i18n = path.join(dir, 'i18n');
if (fs.existsSync(path.join(i18n, 'en.json'))) {
  const en = JSON.parse(fs.readFileSync(path.join(i18n, 'en.json'), 'utf8'));
  const later = new Set(fs.readFileSync(path.join(i18n, 'LATER.txt'), 'utf8').split('\n')
    .map((l) => l.trim()).filter((l) => l && !l.startsWith('#')));
  const texts = Object.fromEntries(Object.entries(en).filter(([k]) => later.has(k.split('.')[0])));
  for (const f of fs.readdirSync(i18n)) {
    // Folders (the review records, i18n/review/) are the translators', not the app's.
    const full = path.join(i18n, f);
    if (fs.statSync(full).isDirectory()) fs.rmSync(full, { recursive: true });
    else if (f === 'en.json' || f.startsWith('rules.') || !f.endsWith('.json')) fs.rmSync(full);
  }
  fs.writeFileSync(path.join(i18n, 'en.later.json'), JSON.stringify(texts));
  const stray = fs.readdirSync(i18n).filter((f) => !/^[a-z]{2,3}(\.later)?\.json$/.test(f));
  if (stray.length) throw new Error(`post-build: only language catalogs belong in ${i18n}, not ${stray.join(', ')}`);
}

// Subresource Integrity: every integrity="sha384-..." must match the file it names.
const indexPath = path.join(dir, 'index.html');
let html = fs.readFileSync(indexPath, 'utf8');
html = html.replace(/<link\b[^>]*>/g, (tag) => {
  const href = /href=(?:"([^"]*)"|([^\s>]+))/.exec(tag);
  if (!href || !/integrity=/.test(tag)) return tag;
  const target = path.join(dir, (href[1] ?? href[2]).replace(/^\.\//, ''));
  if (!fs.existsSync(target)) return tag;
  const digest = crypto.createHash('sha384').update(fs.readFileSync(target)).digest('base64');
  return tag.replace(/integrity=(?:"[^"]*"|[^\s>]+)/, `integrity="sha384-${digest}"`);
});
// An icon is not a subresource that integrity applies to (the Nu Html Checker rejects it).
html = html.replace(/<link\b[^>]*\brel=("?)icon\1[^>]*>/g, (tag) => tag.replace(/\s+integrity=(?:"[^"]*"|[^\s>]+)/, ''));
// The file worker (opening and saving case files) is loaded on demand: tell the app its name.
const loader = fs.readdirSync(dir).find((f) => /^worker(-[0-9a-f]+)?_loader\.js$/.test(f));
if (loader && !html.includes('name="pathways-worker"')) {
  html = html.replace('</head>', `<meta name="pathways-worker" content="./${loader}"></head>`);
}
fs.writeFileSync(indexPath, html);

// Service worker: precache exactly this build's files, under a version made from their contents.
const swPath = path.join(dir, 'sw.js');
if (fs.existsSync(swPath)) {
  const files = [];
  const walk = (d) => {
    for (const f of fs.readdirSync(d).sort()) {
      const full = path.join(d, f);
      if (fs.statSync(full).isDirectory()) walk(full);
      else files.push(path.relative(dir, full).split(path.sep).join('/'));
    }
  };
  walk(dir);
  // fonts/OFL.txt: the licence served beside the font, for people; the app never reads it.
  const never = ['sw.js', 'embed.js', 'embed-demo.html', 'embed-demo.js', 'embed-partners.json', 'fonts/OFL.txt'];
  // Kept once the first question is shown (the page asks, when idle: see static/sw.js and
  // static/boot.js), or when first used if sooner: the file worker (opening and saving case
  // files), the Rules pages, the icons only an installed app needs. Every language is kept at
  // install: asking the host for a language during a case would tell it the child's.
  const isLater = (f) => /^worker(_loader|_bg)?\.(js|wasm)$/.test(f) || f.startsWith('rules/') || /^icon-(192|512)\.png$/.test(f);
  const kept = files.filter((f) => !never.includes(f));
  // The page itself is kept as './' (what a visitor opens), so the install finds it in the HTTP cache.
  const precache = kept.filter((f) => !isLater(f)).map((f) => (f === 'index.html' ? './' : f));
  const later = kept.filter(isLater);
  const hash = crypto.createHash('sha256');
  for (const f of kept) hash.update(f).update(fs.readFileSync(path.join(dir, f)));
  const version = hash.digest('hex').slice(0, 16);
  // The page the service worker shows, offline, for a page not in its cache (static/offline.html,
  // not a file of dist/: it must not depend on the cache), its style allowed by its hash.
  const offlineSource = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'static', 'offline.html');
  let offline = fs.readFileSync(offlineSource, 'utf8').replace(/<!--[\s\S]*?-->/g, '').replace(/>\s+</g, '><').replace(/\s+/g, ' ')
    .replace(/<style>([\s\S]*?)<\/style>/, (_, css) => `<style>${css.replace(/\s*([{};:,])\s*/g, '$1').replace(/;}/g, '}').trim()}</style>`);
  const style = /<style>([\s\S]*?)<\/style>/.exec(offline);
  if (!style) throw new Error(`post-build: ${offlineSource} has no <style>`);
  offline = offline.split('__PATHWAYS_STYLE_HASH__').join('sha256-' + crypto.createHash('sha256').update(style[1]).digest('base64'));
  // Plain text substitution: the minifier may have merged the placeholders into other strings.
  const sw = fs.readFileSync(swPath, 'utf8')
    .split('__PATHWAYS_VERSION__').join(version)
    .split('__PATHWAYS_FILES__').join(JSON.stringify(precache))
    .split('__PATHWAYS_LATER__').join(JSON.stringify(later))
    .split('__PATHWAYS_OFFLINE__').join(JSON.stringify(offline));
  if (!sw.includes(version) || sw.replace(/__PATHWAYS_HOME__/g, '').includes('__PATHWAYS_')) {
    throw new Error(`post-build: could not write the version and file list into ${swPath}`);
  }
  fs.writeFileSync(swPath, sw);
  console.log(`post-build: service worker version ${version}, ${precache.length} files kept at install, ${later.length} later`);
}
console.log(`post-build: ${release ? 'minified JavaScript, ' : ''}checked integrity hashes in ${dir}`);
