// Pathways service worker: precaches exactly the files of one build (the list and the version
// below are written by tools/post-build.mjs), serves them offline, and never mixes two builds:
// a new build installs beside the old one and takes over only when the page asks (after the user
// accepts "reload"). Nothing about a case is ever cached: the app sends no requests with answers.
const VERSION = '__PATHWAYS_VERSION__';
const FILES = __PATHWAYS_FILES__;
const CACHE = 'pathways-' + VERSION;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)));
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
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      // Pages of the app (any query, such as ?lang=fr or ?embed=1) are this build's index.html.
      const url = new URL(request.url);
      const key = request.mode === 'navigate' && (url.pathname.endsWith('/') || url.pathname.endsWith('/index.html')) ? 'index.html' : request;
      const hit = await cache.match(key, { ignoreSearch: request.mode === 'navigate' });
      return hit || fetch(request);
    }),
  );
});
