// A small static server for dist/ with the headers we recommend to hosts (see README, "Hosting").
// Usage: node tools/serve.mjs [DIR] [PORT] [--host 127.0.0.1]
// Used by `scripts/serve.sh` and by the end-to-end tests. Serves only files under DIR, compressed
// (brotli or gzip) when the browser accepts it.
// For measurements (tools/size-report.mjs, tools/benchmark.mjs): NO_CSP=1 sends no CSP (the Yew
// floor app only); NO_CACHE_HEADERS=1 sends no caching headers at all (a
// host that sets none); LOG_REQUESTS=FILE appends one JSON line per response: its path, the bytes
// sent on the wire (compressed body), and when it was asked for and finished (ms since the epoch).
// Compressed bodies are kept in memory once made; PRECOMPRESS=1 (tools/lighthouse.mjs) makes them
// all before serving, so that no measured page load shares the CPU with compression.
import http from 'node:http';
import { Transform } from 'node:stream';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const args = process.argv.slice(2);
const hostFlag = args.indexOf('--host');
const host = hostFlag >= 0 ? args.splice(hostFlag, 2)[1] : '127.0.0.1';
const root = path.resolve(args[0] || 'dist');
const port = Number(args[1] || 8080);

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.wasm': 'application/wasm', '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json', '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8', '.md': 'text/markdown; charset=utf-8', '.woff2': 'font/woff2',
};

export const CSP = [
  "default-src 'self'", "script-src 'self' 'wasm-unsafe-eval'", "style-src 'self'", "img-src 'self' data:",
  "connect-src 'self'", "font-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'",
  "manifest-src 'self'", "worker-src 'self'", "frame-ancestors " + (process.env.FRAME_ANCESTORS || "'self'"),
].join('; ');

// A hashed file name (app-1a2b3c4d5e6f7a8b.js; Trunk drops leading zeros, so the hash may be
// shorter than 16 digits) never changes content: cache it for a year.
const hashed = (name) => /-[0-9a-f]{8,16}(_bg)?\.(js|wasm|css)$/.test(name);

// Images and WOFF2 fonts are compressed already; the rest is compressed as a host would.
const compressibleExt = (ext) => !['.png', '.ico', '.woff2'].includes(ext);
const BROTLI = { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 9 } };
/** Compressed bodies by file, its mtime and size, and the encoding. */
const compressedCache = new Map();
const cacheKey = (file, st, encoding) => `${file}:${st.mtimeMs}:${st.size}:${encoding}`;

const server = http.createServer((req, res) => {
  let url;
  try { url = new URL(req.url, 'http://localhost'); } catch { res.writeHead(400).end(); return; }
  let rel = decodeURIComponent(url.pathname);
  if (rel.endsWith('/')) rel += 'index.html';
  const file = path.resolve(root, '.' + rel);
  if (!file.startsWith(root + path.sep) && file !== root) { res.writeHead(403).end(); return; }
  fs.stat(file, (err, st) => {
    if (err || !st.isFile()) { res.writeHead(404, { 'content-type': 'text/plain' }).end('not found'); return; }
    const ext = path.extname(file);
    const headers = {
      'content-type': TYPES[ext] || 'application/octet-stream',
      'content-security-policy': CSP,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'permissions-policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
      'cross-origin-opener-policy': 'same-origin',
      'cache-control': hashed(path.basename(file)) ? 'public, max-age=31536000, immutable' : 'no-cache',
    };
    if (process.env.NO_CACHE_HEADERS === '1') delete headers['cache-control'];
    // Only for the benchmark's Yew floor app (Trunk's default page starts it with an inline script).
    if (process.env.NO_CSP === '1') delete headers['content-security-policy'];
    if (path.basename(file) === 'embed.js') headers['access-control-allow-origin'] = '*';
    // Compress text and Wasm as any production host would (brotli, else gzip).
    const accept = String(req.headers['accept-encoding'] || '');
    const compressible = compressibleExt(ext);
    const encoding = compressible ? (/\bbr\b/.test(accept) ? 'br' : /\bgzip\b/.test(accept) ? 'gzip' : null) : null;
    if (compressible) headers.vary = 'accept-encoding';
    if (encoding) headers['content-encoding'] = encoding;
    res.writeHead(200, headers);
    if (req.method === 'HEAD') { res.end(); return; }
    const started = Date.now();
    let sent = 0;
    const out = new Transform({ transform(chunk, _enc, done) { sent += chunk.length; done(null, chunk); } });
    if (process.env.LOG_REQUESTS) {
      res.on('finish', () => fs.appendFileSync(process.env.LOG_REQUESTS, JSON.stringify({ path: url.pathname, bytes: sent, started, finished: Date.now() }) + '\n'));
    }
    out.pipe(res);
    // A file compressed once is served from memory after (as a host serving precompressed files
    // does): compressing while a page loads takes the CPU the page is measured on.
    const key = cacheKey(file, st, encoding);
    if (encoding && compressedCache.has(key)) { out.end(compressedCache.get(key)); return; }
    const body = fs.createReadStream(file);
    const compressor = encoding === 'br' ? zlib.createBrotliCompress(BROTLI)
      : encoding === 'gzip' ? zlib.createGzip({ level: 9 }) : null;
    if (!compressor) { body.pipe(out); return; }
    const chunks = [];
    compressor.on('data', (c) => chunks.push(c));
    compressor.on('end', () => compressedCache.set(key, Buffer.concat(chunks)));
    body.pipe(compressor).pipe(out);
  });
});


// PRECOMPRESS=1 (tools/lighthouse.mjs): every file is compressed with brotli before the server
// says it serves, so that no page load it measures shares the CPU with the compression.
if (process.env.PRECOMPRESS === '1') {
  const walk = (dir) => fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => d.isDirectory() ? walk(path.join(dir, d.name)) : [path.join(dir, d.name)]);
  for (const file of walk(root)) {
    if (!compressibleExt(path.extname(file))) continue;
    const st = fs.statSync(file);
    compressedCache.set(cacheKey(file, st, 'br'), zlib.brotliCompressSync(fs.readFileSync(file), BROTLI));
  }
}

server.listen(port, host, () => {
  console.log(`Pathways is served from ${root} at http://${host}:${port}/`);
});
