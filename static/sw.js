// Pathways service worker: keeps exactly the files of one build (the lists and the version below
// are written by tools/post-build.mjs), serves them offline, and never mixes two builds: a new
// build installs beside the old one and takes over only when the page asks (after the user
// accepts "reload"). Nothing about a case is ever cached: the app sends no requests with answers.
//
// FILES, the app itself (the page, its code, the result page's English texts, every language),
// are kept at install. LATER (the file worker for opening and saving case files, the Rules pages,
// the large icons) are kept when first used, and all of them when the page asks ('complete': on a
// later visit), so a first visit downloads no more than it needs.
//
// Nothing is downloaded twice: the page registers this worker only once it has everything it
// fetched itself, and the first install takes those files from the browser's HTTP cache
// ('force-cache' uses a stored response even without caching headers), so only what the page
// never asked for (the other languages, the neutral page) comes from the network. An update takes
// only files with a hash in their name from there (their content never changes); the others
// (index.html, boot.js) may be the old build's, so they are asked for again.
const VERSION = '__PATHWAYS_VERSION__';
const FILES = __PATHWAYS_FILES__;
const LATER = __PATHWAYS_LATER__;
const CACHE = 'pathways-' + VERSION;
const hashed = (file) => /-[0-9a-f]{8,16}(_bg)?\.(js|wasm|css|png)$/.test(file);
const request = (file, first) => new Request(file, { cache: first || hashed(file) ? 'force-cache' : 'no-cache' });
// The cache where the page hands over files it fetched itself (static/boot.js, on a first visit
// only), read at install: a file with a hash in its name is always this build's; the others are
// taken only on a first install (no earlier build to confuse them with).
const HANDED = 'pathways-handed';

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const keys = await caches.keys();
    const first = !keys.some((k) => k.startsWith('pathways-') && k !== HANDED);
    const cache = await caches.open(CACHE);
    // What the page handed over (the Wasm, the result page's texts: this build's, by name) ...
    const handed = keys.includes(HANDED) ? await caches.open(HANDED) : null;
    const rest = [];
    for (const f of FILES) {
      const hit = handed && (first || hashed(f)) && (await handed.match(f));
      if (hit) await cache.put(f, hit);
      else rest.push(f);
    }
    // ... and the rest.
    await cache.addAll(rest.map((f) => request(f, first)));
    await caches.delete(HANDED);
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('pathways-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
  if (event.data === 'complete') {
    event.waitUntil(caches.open(CACHE).then(async (cache) => {
      for (const file of LATER) {
        if (!(await cache.match(file))) await cache.add(request(file, false)).catch(() => {});
      }
    }));
  }
});

// This build's later files, by their path relative to the worker.
const later = new Set(LATER.map((f) => new URL(f, self.location).pathname));

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      // The app's page, by either name and with any query (?lang=fr, ?embed=1), is this build's
      // page, kept as './'.
      const url = new URL(request.url);
      const page = url.pathname.endsWith('/') || url.pathname.endsWith('/index.html');
      const hit = await cache.match(page ? './' : request, { ignoreSearch: page });
      if (hit) return hit;
      const response = await fetch(request);
      if (response.ok && later.has(url.pathname)) await cache.put(request, response.clone());
      return response;
    }),
  );
});
