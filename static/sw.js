// Pathways service worker: keeps exactly the files of one build (the lists and the version below
// are written by tools/post-build.mjs), serves them offline, and never mixes two builds: a new
// build installs beside the old one and takes over only when the page asks (after the user
// accepts "reload"). Nothing about a case is ever cached: the app sends no requests with answers.
//
// FILES, the app itself (the page, its code, the result page's English texts, every language),
// are kept at install. LATER (the file worker for opening and saving case files, the Rules pages,
// the large icons) are kept when the page asks (KEEP_ALL: once the first question is on screen,
// when the page is idle; on every later visit), or when first used if that comes sooner, so that
// a first visit downloads them only after its first question, and before "Save the case" can be
// used.
//
// Nothing is downloaded twice: the page registers this worker only once it has everything it
// fetched itself, and the first install takes those files from the browser's HTTP cache
// ('force-cache' uses a stored response even without caching headers), so only what the page
// never asked for (the other languages, the neutral page) comes from the network. An update takes
// only files with a hash in their name from there (their content never changes); the others
// (index.html, boot.js) may be the old build's, so they are asked for again. A file on its way to
// the cache is fetched once: a request for it meanwhile (the page starting the file worker while
// it is being kept) waits for it and is answered from the cache.
//
// The browser may empty the cache while this worker stays in control (WebKit's ephemeral
// sessions did). A request for one of FILES that is not in the cache shows it: what is missing
// is then fetched again while online (and on KEEP_ALL). Offline, a page that is not in the cache
// gets a page of the app's own (OFFLINE, static/offline.html) saying what still works, never the
// browser's raw error.
const VERSION = '__PATHWAYS_VERSION__';
const FILES = __PATHWAYS_FILES__;
const LATER = __PATHWAYS_LATER__;
const OFFLINE = __PATHWAYS_OFFLINE__;
const CACHE = 'pathways-' + VERSION;
// The page's messages (src/wire.rs, `wire::sw`).
const SKIP_WAITING = 'skip-waiting';
const KEEP_ALL = 'keep-all';
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

// Files of this build on their way to the cache (name -> a promise settled once it is there).
const coming = new Map();
function track(file, stored) {
  const done = stored.catch(() => {}).finally(() => { if (coming.get(file) === done) coming.delete(file); });
  coming.set(file, done);
  return done;
}

// Fetches whatever of both lists is not in the cache (one at a time: the page comes first).
let keeping = null;
function keepAll() {
  keeping = keeping || (async () => {
    const cache = await caches.open(CACHE);
    for (const file of [...FILES, ...LATER]) {
      if ((await cache.match(file)) || coming.has(file)) continue;
      await track(file, fetch(request(file, false)).then((r) => r.ok && cache.put(file, r)));
    }
  })().finally(() => { keeping = null; });
  return keeping;
}

self.addEventListener('message', (event) => {
  if (event.data === SKIP_WAITING) self.skipWaiting();
  if (event.data === KEEP_ALL) event.waitUntil(keepAll());
});

// This build's files, by their path (the page './' by its folder): path -> the name in the lists.
const ours = new Map([...FILES, ...LATER].map((f) => [new URL(f, self.location).pathname, f]));
const installed = new Set(FILES);

// The page of the app's own for a page not in the cache while offline: what still works, from
// what the cache holds now (its policy, a <meta>, allows its own style only).
async function offlinePage(cache) {
  const have = async (files) => (await Promise.all(files.map((f) => cache.match(f)))).every(Boolean);
  const show = { app: await have(FILES), worker: await have(LATER.filter((f) => f.startsWith('worker'))) };
  let html = OFFLINE.replace('__PATHWAYS_HOME__', self.registration.scope);
  for (const part in show) html = html.replace(`${part}-${show[part] ? 'kept' : 'missing'}" hidden`, `${part}"`);
  return new Response(html, { status: 503, headers: { 'Content-Type': 'text/html; charset=utf-8' } });
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      // The app's page, by either name and with any query (?lang=fr, ?embed=1), is this build's
      // page, kept as './'.
      const url = new URL(request.url);
      const page = url.pathname.endsWith('/') || url.pathname.endsWith('/index.html');
      const file = page ? './' : ours.get(url.pathname);
      const key = page ? './' : request;
      let hit = await cache.match(key, { ignoreSearch: page });
      if (hit) return hit;
      // On its way to the cache: wait for it rather than download it again.
      if (file && coming.has(file)) {
        await coming.get(file);
        hit = await cache.match(key, { ignoreSearch: page });
        if (hit) return hit;
      }
      // From the network, and into the cache if it is one of this build's files (known to be on
      // its way from now on, so that nothing else fetches it meanwhile).
      const fetching = fetch(request);
      if (file) event.waitUntil(track(file, fetching.then((r) => r.ok && cache.put(file, r.clone()))));
      let response;
      try {
        response = await fetching;
      } catch (e) {
        if (request.mode === 'navigate') return offlinePage(cache);
        throw e;
      }
      // One of the files kept at install was missing: the cache was emptied; fetch the rest again.
      if (file && response.ok && installed.has(file)) event.waitUntil(keepAll());
      return response;
    }),
  );
});
