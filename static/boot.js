// Starts the app (no inline script: the page runs under a strict Content-Security-Policy with
// script-src 'self' 'wasm-unsafe-eval'), and handles what needs no Rust: quick exit (the button
// and Shift pressed three times), printing and copying the summary.
const tag = document.querySelector('script[data-wasm]');

function quickExit() {
  try { localStorage.clear(); sessionStorage.clear(); } catch (_) { /* storage may be blocked */ }
  location.replace('neutral.html');
}

function openAll() {
  for (const d of document.querySelectorAll('details')) d.open = true;
}

document.addEventListener('click', (e) => {
  // Error summary links move focus to their field (without a history entry).
  const link = e.target.closest && e.target.closest('.error-summary a');
  if (link) {
    const field = document.getElementById(link.getAttribute('href').slice(1));
    if (field) { e.preventDefault(); field.focus(); field.scrollIntoView({ block: 'center' }); }
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
    const status = document.getElementById('copy-status');
    const say = (ok) => { if (status) status.textContent = ok ? status.dataset.ok : status.dataset.fail; };
    const text = el.dataset.text || '';
    if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(text).then(() => say(true), () => say(false));
    else say(false);
  }
});
addEventListener('beforeprint', openAll);

// Opening and saving case files: done by the file worker (loaded only now), named at build time in
// <meta name="pathways-worker">. Opening hands the worker's reply to the app as a DOM event.
function askWorker(message, onReply) {
  const meta = document.querySelector('meta[name=pathways-worker]');
  if (!meta) { onReply('error\nthe file worker is missing from this build'); return; }
  const worker = new Worker(meta.content);
  // The worker says "ready" once it can take a message, then answers it once.
  worker.onmessage = (e) => {
    if (e.data === 'ready') { worker.postMessage(message); return; }
    worker.terminate();
    onReply(String(e.data));
  };
  worker.onerror = () => { worker.terminate(); onReply('error\nthe file worker could not start'); };
}

document.addEventListener('change', (e) => {
  const input = e.target;
  if (!input.matches || !input.matches('input[type=file][data-action=open]') || !input.files[0]) return;
  input.files[0].text().then((text) => {
    input.value = '';
    askWorker('import\n' + text, (reply) => document.dispatchEvent(new CustomEvent('pathways-import', { detail: reply })));
  });
});

document.addEventListener('click', (e) => {
  const el = e.target.closest && e.target.closest('[data-action=save]');
  if (!el) return;
  const status = document.getElementById('save-status');
  const say = (text) => { if (status) status.textContent = text; };
  say('');
  askWorker(el.dataset.answers, (reply) => {
    if (!reply.startsWith('file\n')) {
      say(el.dataset.saveFailed.replace('{problem}', reply.replace(/^error\n/, '')));
      return;
    }
    const url = URL.createObjectURL(new Blob([reply.slice(5)], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = el.dataset.name;
    document.body.append(a);
    a.click();
    a.remove();
    // Revoked later: some browsers read the file only after the click returns.
    setTimeout(() => URL.revokeObjectURL(url), 60000);
    say(el.dataset.saved.replace('{name}', el.dataset.name));
  });
});

// Languages: catalogs are loaded when chosen (and kept for offline use by the service worker).
// Only the volunteer's language code is remembered on the device.
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
  document.dispatchEvent(new CustomEvent('pathways-lang', { detail: { slot, code, entries } }));
}
document.addEventListener('change', (e) => {
  const action = e.target.dataset && e.target.dataset.action;
  if (action === 'lang') {
    try { localStorage.setItem(LANG_KEY, e.target.value); } catch (_) { /* storage may be blocked */ }
    loadLanguage(e.target.value, 'main');
  } else if (action === 'child-lang') {
    loadLanguage(e.target.value, 'child');
  }
});
document.addEventListener('pathways-ready', () => {
  let code = new URLSearchParams(location.search).get('lang');
  if (!code) { try { code = localStorage.getItem(LANG_KEY); } catch (_) { code = null; } }
  if (code && code !== 'en' && /^[a-z]{2,3}$/.test(code)) loadLanguage(code, 'main');
});

let shifts = [];
addEventListener('keydown', (e) => {
  if (e.key !== 'Shift') { shifts = []; return; }
  const now = Date.now();
  shifts = shifts.filter((t) => now - t < 2000).concat(now);
  if (shifts.length >= 3) quickExit();
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
  });
}
if (query.get('embed') === '1') {
  document.documentElement.classList.add('embedded');
  const accent = query.get('accent');
  if (accent && /^#[0-9a-fA-F]{3,8}$/.test(accent)) document.documentElement.style.setProperty('--accent', accent);
  let last = 0;
  // The body's own height (not the document's scrollHeight, which never falls below the
  // iframe's current height, so the frame could grow but never shrink).
  new ResizeObserver(() => {
    const height = Math.ceil(document.body.getBoundingClientRect().height);
    if (height !== last) { last = height; tell({ event: 'height', height }); }
  }).observe(document.body);
}
let screen = 'start';
document.addEventListener('pathways-screen', (e) => {
  const d = e.detail || {};
  if (d.screen === 'result') tell({ event: 'resultShown', pathways: (d.pathways || []).map(([pathway, verdict]) => ({ pathway, verdict })) });
  if (d.screen === 'start' && screen !== 'start') tell({ event: 'restart' });
  screen = d.screen;
});

// Offline and updates (not inside a partner's frame): the service worker keeps this build; a new
// build is offered, and used only after the user agrees to reload.
if ('serviceWorker' in navigator && query.get('embed') !== '1') {
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
// started before the glue script is imported, in parallel with it.
const wasm = fetch(tag.dataset.wasm);
const bindings = await import(tag.dataset.js);
await bindings.default({ module_or_path: wasm });
tell({ event: 'ready' });
