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
    openAll();
    const summary = document.getElementById('result-summary');
    const status = document.getElementById('copy-status');
    const say = (ok) => { if (status) status.textContent = ok ? status.dataset.ok : status.dataset.fail; };
    const text = summary ? summary.innerText : '';
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
  worker.onmessage = (e) => { worker.terminate(); onReply(String(e.data)); };
  worker.onerror = () => { worker.terminate(); onReply('error\nthe file could not be read'); };
  worker.postMessage(message);
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
  askWorker(el.dataset.answers, (reply) => {
    if (!reply.startsWith('file\n')) return;
    const url = URL.createObjectURL(new Blob([reply.slice(5)], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = el.dataset.name;
    document.body.append(a);
    a.click();
    a.remove();
    URL.revokeObjectURL(url);
  });
});

let shifts = [];
addEventListener('keydown', (e) => {
  if (e.key !== 'Shift') { shifts = []; return; }
  const now = Date.now();
  shifts = shifts.filter((t) => now - t < 2000).concat(now);
  if (shifts.length >= 3) quickExit();
});

const bindings = await import(tag.dataset.js);
await bindings.default({ module_or_path: tag.dataset.wasm });
