// Starts the app (no inline script: the page runs under a strict Content-Security-Policy with
// script-src 'self' 'wasm-unsafe-eval'), and handles what needs no Rust: quick exit (the button
// and Shift pressed three times), printing and copying the summary.

// Quick exit leaves nothing to go back to. It wipes sessionStorage first (where a case in progress
// may be kept), then localStorage; empties the page (its content and its title) and lets that
// empty page be painted, so that no picture of the case is left for the tab switcher or a back
// swipe; then replaces the page in history with neutral.html.
// A page cannot erase or rewrite the browser's list of history entries: Back still reaches the
// app's earlier entries (one per screen, and the entry the app was opened on). What they show:
// - this very page, kept in the back-forward cache ('pageshow' with `persisted`, as Firefox does):
//   it was emptied on 'pagehide'; after a Quick exit it leaves for neutral.html again at once,
//   otherwise it loads afresh (a new start, nothing of the case);
// - a fresh load of the page (its document was not kept): after a Quick exit in this tab it
//   leaves for neutral.html before anything else is started. The tab's window.name says so: it
//   lives only as long as the tab, holds no answer, and is cleared on the next ordinary visit.
const NEUTRAL = 'neutral.html';
const NEUTRAL_TITLE = 'New tab'; // the title of neutral.html
const EXITED = 'pathways-exited'; // window.name after a Quick exit in this tab (not inside a partner's frame)
let exited = false; // a Quick exit began in this page
let hidden = false; // this page was left (it may be shown again from the back-forward cache)
function blank() {
  document.title = NEUTRAL_TITLE;
  if (document.body) document.body.replaceChildren();
}
function leave() {
  blank();
  location.replace(NEUTRAL);
}
function quickExit() {
  try { sessionStorage.clear(); } catch (_) { /* storage may be blocked */ }
  try { localStorage.clear(); } catch (_) { /* storage may be blocked */ }
  keepAsking(false);
  // Inside a partner's frame, the partner's whole page goes too: embed.js replaces it (with a
  // neutral page, or the partner's own page named in data-exit) when the app says 'exit'.
  tell({ event: 'exit' });
  if (exited) return;
  exited = true;
  if (window === top) window.name = EXITED;
  blank();
  // Left once the empty page is painted (after the next frame, or 100 ms in a tab that draws none);
  // in a partner's frame, not before the 'exit' message could go (the partner list read, or 1 s).
  let gone = false;
  const go = () => { if (!gone) { gone = true; leave(); } };
  const painted = new Promise((resolve) => { requestAnimationFrame(() => setTimeout(resolve, 0)); setTimeout(resolve, 100); });
  const told = embedded ? Promise.race([partnerKnown, new Promise((resolve) => setTimeout(resolve, 1000))]) : null;
  painted.then(() => told).then(go);
}
addEventListener('pagehide', () => { hidden = true; blank(); });
addEventListener('pageshow', (e) => {
  if (!e.persisted) return;
  // The page was emptied as it was left: load it afresh without asking again whether to leave it
  // (the case is kept for this tab and comes back).
  keepAsking(false);
  if (exited) leave(); else location.reload();
});
// Back into one of the app's entries of a page that was left: the app must not draw its screen
// (nor set its title) again.
addEventListener('popstate', (e) => {
  if (!hidden && !exited) return;
  e.stopImmediatePropagation();
  if (exited) leave();
}, true);
{
  const navigation = performance.getEntriesByType ? performance.getEntriesByType('navigation')[0] : null;
  if (window.name === EXITED) {
    if (navigation && navigation.type === 'back_forward') {
      exited = true;
      leave();
      // Nothing more of this page runs: it is being replaced.
      await new Promise(() => {});
    }
    window.name = '';
  }
}

const tag = document.querySelector('script[data-wasm]');

// The start page is in index.html (written at build time by the app's own components, in
// English, on a fixed day): put today's date in it, and remember a tap on Start or "Change the
// date" made before the app takes over (the app then does it first).
const early = document.querySelector('#app.prerendered');
if (early) {
  const line = early.querySelector('.assessed-on[data-template]');
  if (line) {
    // "7 December 2026", as Intl.DateTimeFormat('en-GB') writes it, without Intl: its first use
    // loads the locale's data, a task of 30 to 45 ms on this machine (120 to 180 ms at Lighthouse's
    // 4x slowdown) before the page answers a tap.
    const now = new Date();
    const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
    const today = `${now.getDate()} ${months[now.getMonth()]} ${now.getFullYear()}`;
    line.textContent = line.dataset.template.replace('{date}', today);
    line.classList.add('assessed-on--today');
  }
  performance.mark('pathways-start-usable');
  // "Change the date" followed before this script ran (the link's own #assessment-date).
  if (location.hash === '#assessment-date') {
    document.documentElement.dataset.early = 'assessment-date';
    history.replaceState(null, '', location.pathname + location.search);
  }
  early.addEventListener('click', (e) => {
    const el = e.target.closest && e.target.closest('[data-early]');
    if (!el || !early.classList.contains('prerendered')) return;
    e.preventDefault();
    document.documentElement.dataset.early = el.dataset.early;
    el.setAttribute('aria-busy', 'true');
  });
}

// Events for the app (a file read, a language's texts) wait until it listens ('pathways-ready').
let appReady = false;
const held = [];
function toApp(name, detail) {
  const send = () => document.dispatchEvent(new CustomEvent(name, { detail }));
  if (appReady) send(); else held.push(send);
}
document.addEventListener('pathways-ready', () => { appReady = true; held.splice(0).forEach((send) => send()); });

// The case in progress, kept for this tab only (session storage: gone when the tab closes; never
// local storage), so that a reload, or a tab the browser discarded, brings it back. The app says
// what to keep ('pathways-keep': nothing for a plain visit or after Start again); Quick exit
// wipes it first (above). Closing the tab with answers not saved asks first, where the browser
// allows (only while there are such answers, and never on Quick exit).
const KEPT_KEY = 'pathways.case';
const askFirst = (e) => { e.preventDefault(); e.returnValue = ''; };
function keepAsking(unsaved) {
  if (unsaved && !exited) addEventListener('beforeunload', askFirst); else removeEventListener('beforeunload', askFirst);
}
document.addEventListener('pathways-keep', (e) => {
  if (exited) return;
  try {
    if (e.detail) sessionStorage.setItem(KEPT_KEY, JSON.stringify(e.detail)); else sessionStorage.removeItem(KEPT_KEY);
  } catch (_) { /* storage may be blocked: nothing is kept */ }
  keepAsking(!!(e.detail && e.detail.unsaved));
});
document.addEventListener('pathways-ready', () => {
  let kept = null;
  try { kept = JSON.parse(sessionStorage.getItem(KEPT_KEY) || 'null'); } catch (_) { kept = null; }
  if (kept) toApp('pathways-kept', kept);
});

function openAll() {
  for (const d of document.querySelectorAll('details')) d.open = true;
}

document.addEventListener('click', (e) => {
  // Error summary links move focus to their field (without a history entry), and bring the
  // question into view with it, as GOV.UK does: its legend (a group of fields) or its label.
  const link = e.target.closest && e.target.closest('.error-summary a');
  if (link) {
    const field = document.getElementById(link.getAttribute('href').slice(1));
    if (field) {
      e.preventDefault();
      const fieldset = field.closest('fieldset');
      const legend = fieldset && fieldset.querySelector('legend');
      const label = document.querySelector('label[for="' + field.id + '"]');
      const question = legend || label || field;
      field.focus({ preventScroll: true });
      question.scrollIntoView({ block: 'start' });
    }
    return;
  }
  const el = e.target.closest && e.target.closest('[data-action]');
  if (!el) return;
  const action = el.dataset.action;
  if (action === 'exit') {
    e.preventDefault();
    quickExit();
  } else if (action === 'print') {
    openAll();
    print();
  } else if (action === 'copy') {
    // The summary the app wrote for this (the printed summary as plain text).
    // The app says whether it worked (until the next thing done), in the volunteer's language.
    const say = (ok) => toApp('pathways-copied', { ok });
    const text = el.dataset.text || '';
    if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(text).then(() => say(true), () => say(false));
    else say(false);
  }
});
addEventListener('beforeprint', openAll);

// Opening and saving case files: done by the file worker (loaded only now), named at build time in
// <meta name="pathways-worker">. Requests and replies are structured-clone objects defined once in
// src/wire.rs; this script passes them along, reading of a reply only its `kind` and a file's
// `text`. A worker that cannot run gives the app `null` (it says so in the volunteer's language).
function askWorker(request, onReply) {
  const meta = document.querySelector('meta[name=pathways-worker]');
  if (!meta) { onReply(null); return; }
  const worker = new Worker(meta.content);
  // The worker says "ready" once it can take a message, then answers it once.
  worker.onmessage = (e) => {
    if (e.data === 'ready') { worker.postMessage(request); return; }
    worker.terminate();
    onReply(e.data);
  };
  worker.onerror = () => { worker.terminate(); onReply(null); };
}

// A file is read as bytes (a locked file may be a binary age file); the worker reads a plain
// case file as UTF-8 text. A locked file comes back to the app, which asks for its passphrase and
// sends both ('pathways-open').
function openCaseFile(input) {
  if (!input.matches || !input.matches('input[type=file][data-action=open]') || !input.files[0]) return;
  input.files[0].arrayBuffer().then((bytes) => {
    input.value = '';
    askWorker({ op: 'import', file: new Uint8Array(bytes) }, (reply) => toApp('pathways-import', reply));
  });
}
document.addEventListener('change', (e) => openCaseFile(e.target));
document.addEventListener('pathways-open', (e) => askWorker(e.detail, (reply) => toApp('pathways-import', reply)));

// "Save the case as a file" (and "Add the deadlines to a calendar", "I think this verdict is
// wrong"): the app sends the request, the file's name and type, and what it saves; the worker's
// file is downloaded, and the app told how it went.
document.addEventListener('pathways-save', (e) => {
  const { request, name, type, what } = e.detail || {};
  askWorker(request, (reply) => {
    if (reply && reply.kind === 'file') {
      const url = URL.createObjectURL(new Blob([reply.text], { type }));
      const a = document.createElement('a');
      a.href = url;
      a.download = name;
      document.body.append(a);
      a.click();
      a.remove();
      // Revoked later: some browsers read the file only after the click returns.
      setTimeout(() => URL.revokeObjectURL(url), 60000);
    }
    toApp('pathways-saved', { reply, name, what });
  });
});

// Languages: catalogs are loaded when chosen (and kept for offline use by the service worker).
// Nothing changes until "Change language" is pressed. The volunteer's language code is kept on
// the device only if they tick "Remember my language" (and forgotten when they untick it).
const LANG_KEY = 'pathways.lang';
const loaded = {};
async function loadLanguage(code, slot) {
  let entries = [];
  if (code && code !== 'en') {
    try {
      loaded[code] = loaded[code] || (await (await fetch('i18n/' + code + '.json')).json());
      entries = Object.entries(loaded[code]);
    } catch (_) {
      if (slot === 'main') code = 'en';
      else code = '';
    }
  }
  toApp('pathways-lang', { slot, code, entries });
}
function chooseLanguages(form) {
  const fields = new FormData(form);
  const code = fields.get('lang') || 'en';
  try {
    if (fields.get('remember')) localStorage.setItem(LANG_KEY, code); else localStorage.removeItem(LANG_KEY);
  } catch (_) { /* storage may be blocked */ }
  loadLanguage(code, 'main');
  loadLanguage(fields.get('child') || '', 'child');
  const details = form.closest('details');
  if (details) details.open = false;
}
document.addEventListener('submit', (e) => {
  if (e.target.dataset && e.target.dataset.action === 'languages') { e.preventDefault(); chooseLanguages(e.target); }
});
document.addEventListener('pathways-ready', () => {
  let remembered = null;
  try { remembered = localStorage.getItem(LANG_KEY); } catch (_) { /* storage may be blocked */ }
  const box = document.getElementById('lang-remember');
  if (box && remembered) box.checked = true;
});
// The English texts only the result page shows (i18n/en.later.json), asked for once the first
// screen is up, and again every few seconds if the network fails (offline they come from the
// service worker's cache).
// A file chosen on the start page written at build time, whose picker was still
// open when the app took the page over: that control has left the page, so its event no longer
// reaches the document; it is heard here.
for (const control of document.querySelectorAll('#app.prerendered [data-action=open]')) {
  control.addEventListener('change', (e) => {
    if (!e.target.isConnected) openCaseFile(e.target);
  });
}

// Files this page fetched itself, handed to the service worker's first install (a cache it reads
// and then deletes), so that it need not download them again: some engines (WebKit) do not let
// a service worker reuse the page's HTTP cache.
const handed = [];
const firstVisit = () => 'serviceWorker' in navigator && !navigator.serviceWorker.controller && 'caches' in window && query.get('embed') !== '1';
function hand(file, response) {
  if (!firstVisit() || !response.ok) return;
  const copy = response.clone();
  handed.push(caches.open('pathways-handed').then((c) => c.put(file, copy)).catch(() => {}));
}

let laterTried;
const laterDone = new Promise((resolve) => { laterTried = resolve; });
function loadLater() {
  fetch('i18n/en.later.json').then((r) => { if (!r.ok) throw new Error(r.status); hand('i18n/en.later.json', r); return r.json(); })
    .then((texts) => toApp('pathways-lang', { slot: 'later', code: 'en', entries: Object.entries(texts) }))
    .catch(() => setTimeout(loadLater, 4000))
    .finally(laterTried);
}
document.addEventListener('pathways-ready', loadLater);
document.addEventListener('pathways-ready', () => {
  let code = new URLSearchParams(location.search).get('lang');
  if (!code) { try { code = localStorage.getItem(LANG_KEY); } catch (_) { code = null; } }
  if (code && code !== 'en' && /^[a-z]{2,3}$/.test(code)) loadLanguage(code, 'main');
});

// Shift pressed three times within two seconds leaves; each press before that is said (the app
// shows "Shift pressed 1 of 3 times" by the Quick exit button, and a screen reader hears it).
let shifts = [];
let shiftsForget;
const shiftsLeft = (left) => toApp('pathways-shift', { left });
addEventListener('keydown', (e) => {
  if (e.key !== 'Shift') {
    if (shifts.length) { shifts = []; shiftsLeft(3); }
    return;
  }
  const now = Date.now();
  shifts = shifts.filter((t) => now - t < 2000).concat(now);
  if (shifts.length >= 3) { quickExit(); return; }
  shiftsLeft(3 - shifts.length);
  clearTimeout(shiftsForget);
  shiftsForget = setTimeout(() => { shifts = []; shiftsLeft(3); }, 2000);
});

// Embedded in a partner's page (?embed=1, see embed.js): send the parent only the page's height
// and the events ready, resultShown (pathway ids and verdicts) and restart. Never an answer; and
// only to the embedding page's origin (?origin=, from embed.js: the browser delivers a message only
// if the parent really has that origin), and only if the host lists it as a partner in
// embed-partners.json (the app's own origin, as on the demo page, is always allowed).
const query = new URLSearchParams(location.search);
const embedded = query.get('embed') === '1' && parent !== window;
const parentOrigin = (() => { try { return new URL(query.get('origin')).origin; } catch (_) { return null; } })();
let partnerAllowed = null; // null until embed-partners.json is read
const waiting = [];
let decided; // resolved once embed-partners.json is read
const partnerKnown = new Promise((resolve) => { decided = resolve; });
const tell = (message) => {
  if (!embedded) return;
  if (partnerAllowed === null) { waiting.push(message); return; }
  if (partnerAllowed) parent.postMessage(Object.assign({ type: 'pathways' }, message), parentOrigin);
};
if (embedded) {
  fetch('embed-partners.json').then((r) => (r.ok ? r.json() : {})).catch(() => ({})).then((config) => {
    const listed = Array.isArray(config.origins) ? config.origins : [];
    partnerAllowed = parentOrigin !== null && parentOrigin !== 'null' && (parentOrigin === location.origin || listed.includes(parentOrigin));
    waiting.splice(0).forEach(tell);
    decided();
  });
  // The partner page's own Quick exit button (embed.js) asks the app to exit: the case is wiped
  // here first, then the app says 'exit' and embed.js replaces the partner's page.
  addEventListener('message', (e) => {
    if (e.source !== parent || e.origin !== parentOrigin || !e.data || e.data.type !== 'pathways') return;
    if (e.data.event === 'exit') quickExit();
  });
}
if (query.get('embed') === '1') {
  document.documentElement.classList.add('embedded');
  const accent = readableAccent(query.get('accent'));
  if (accent) {
    // Set through the CSSOM (allowed by the app's CSP, style-src 'self'): the stripe in the
    // partner's own colour, the primary buttons and the links in the readable one.
    const root = document.documentElement.style;
    root.setProperty('--accent', accent.given);
    for (const name of ['--button', '--link', '--link-visited']) root.setProperty(name, accent.text);
    root.setProperty('--button-hover', accent.hover);
    root.setProperty('--button-shadow', accent.shadow);
  }
  let last = 0;
  // The body's own height (not the document's scrollHeight, which never falls below the
  // iframe's current height, so the frame could grow but never shrink).
  new ResizeObserver(() => {
    const height = Math.ceil(document.body.getBoundingClientRect().height);
    if (height !== last) { last = height; tell({ event: 'height', height }); }
  }).observe(document.body);
}

// A partner's accent (data-accent, `#rgb` or `#rrggbb`, an alpha ignored) as colours the app can
// use: `given` (the header's stripe), `text` (the primary buttons' background under white text,
// and the links on the white page: mixed with black, 1% more at each step, its hue kept, until it
// has a contrast of at least 4.5:1 with white, WCAG 2's ratio), and a darker hover and shadow.
function readableAccent(value) {
  const m = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i.exec(value || '');
  if (!m) return null;
  const hex = m[1].length <= 4 ? [...m[1].slice(0, 3)].map((c) => c + c).join('') : m[1].slice(0, 6);
  const rgb = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
  const css = (k) => '#' + rgb.map((v) => Math.round(v * k).toString(16).padStart(2, '0')).join('');
  const luminance = (k) => rgb.reduce((sum, v, i) => {
    const c = Math.round(v * k) / 255;
    return sum + [0.2126, 0.7152, 0.0722][i] * (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  }, 0);
  let k = 1;
  while (1.05 / (luminance(k) + 0.05) < 4.5) k -= 0.01;
  return { given: css(1), text: css(k), hover: css(k * 0.8), shadow: css(k * 0.4) };
}

let screen = 'start';
document.addEventListener('pathways-screen', (e) => {
  const d = e.detail || {};
  if (d.screen === 'result') tell({ event: 'resultShown', pathways: (d.pathways || []).map(([pathway, verdict]) => ({ pathway, verdict })) });
  if (d.screen === 'start' && screen !== 'start') tell({ event: 'restart' });
  screen = d.screen;
  // The first question (or any screen past the start page) is on screen: the rest of the offline
  // copy may come now.
  if (d.screen !== 'start') keepAll();
});

// The rest of the offline copy: the file worker (saving and opening case files), the Rules pages
// and the large icons, and whatever the browser emptied from the cache while the service worker
// stayed in control. The service worker is asked for them (src/wire.rs, wire::sw) once the first
// question is on screen, when the page is idle (never before: the start page and the first
// question wait on none of it), so that "Save the case" works offline after one visit; on a later
// visit as soon as the app runs. WebKit has no requestIdleCallback: a moment later there.
let keepAllAsked = false;
function keepAll() {
  if (keepAllAsked || !('serviceWorker' in navigator) || query.get('embed') === '1') return;
  keepAllAsked = true;
  const ask = () => navigator.serviceWorker.ready.then((reg) => { if (reg.active) reg.active.postMessage('keep-all'); });
  if (window.requestIdleCallback) requestIdleCallback(ask, { timeout: 5000 }); else setTimeout(ask, 500);
}

// Offline and updates (not inside a partner's frame): the service worker keeps this build; a new
// build is offered, and used only after the user agrees to reload.
// Registered once the page has everything it fetched itself (see the end of this file), so that
// the service worker's install finds those files in the HTTP cache and downloads nothing twice.
function keepOffline() {
  if (!('serviceWorker' in navigator) || query.get('embed') === '1') return;
  // A later visit (a worker already runs this page): check the offline copy at once (the browser
  // may have emptied it), and again whenever the network comes back.
  if (navigator.serviceWorker.controller) keepAll();
  addEventListener('online', () => { if (keepAllAsked) { keepAllAsked = false; keepAll(); } });
  navigator.serviceWorker.register('sw.js').then((reg) => {
    // The banner is part of the app's markup: a worker found waiting before the app has rendered
    // is offered once it is ready (the 'pathways-ready' event).
    let waiting = null;
    const show = () => {
      const banner = document.getElementById('update-banner');
      if (!waiting || !banner || !banner.hidden) return;
      const worker = waiting;
      banner.hidden = false;
      banner.querySelector('button').addEventListener('click', () => worker.postMessage('skip-waiting'));
    };
    const offer = (worker) => { waiting = worker; show(); };
    document.addEventListener('pathways-ready', show);
    if (reg.waiting && navigator.serviceWorker.controller) offer(reg.waiting);
    reg.addEventListener('updatefound', () => {
      const worker = reg.installing;
      // An update only if an earlier version was already running: on a first visit the new
      // worker may claim the page before its "installed" state reaches it (seen in WebKit).
      const earlier = reg.active;
      worker.addEventListener('statechange', () => {
        if (worker.state === 'installed' && earlier && navigator.serviceWorker.controller) offer(worker);
      });
    });
    document.addEventListener('visibilitychange', () => { if (!document.hidden) reg.update().catch(() => {}); });
  }).catch(() => { /* offline use simply stays unavailable */ });
  let reloading = false;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (reloading || !window.pathwaysUpdateAccepted) return;
    reloading = true;
    location.reload();
  });
  document.addEventListener('click', (e) => {
    if (e.target.closest && e.target.closest('#update-banner button')) window.pathwaysUpdateAccepted = true;
  });
}

// The Wasm is fetched once, here (there is no <link rel=preload> for it: WebKit fetched both),
// off the critical path: the start page is already in index.html, so the Wasm is asked for only
// after it is on screen (after the next frame, or 100 ms in a tab that draws no frames), then
// compiled while it streams in, in parallel with the glue script's import.
await new Promise((resolve) => { requestAnimationFrame(() => setTimeout(resolve, 0)); setTimeout(resolve, 100); });
const wasm = fetch(tag.dataset.wasm).then((r) => { hand(tag.dataset.wasm.replace(/^\.\//, ''), r); return r; });
const bindings = await import(tag.dataset.js);
await bindings.default({ module_or_path: wasm });
tell({ event: 'ready' });
await laterDone;
if (firstVisit()) {
  // The page's own files too (the page, its style, scripts and icon), read back from the
  // browser's cache ('force-cache': no new download).
  const own = ['./', tag.src, tag.dataset.js, document.querySelector('link[rel=stylesheet]')?.href, document.querySelector('link[rel=icon]')?.href];
  await Promise.all(own.filter(Boolean).map((url) => fetch(url, { cache: 'force-cache' }).then((r) => hand(new URL(url, location.href).href, r)).catch(() => {})));
}
await Promise.all(handed);
keepOffline();
