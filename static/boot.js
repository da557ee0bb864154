// Starts the app: loads the Wasm module named by Trunk (no inline script, so the page runs under a
// strict Content-Security-Policy with script-src 'self' 'wasm-unsafe-eval').
const tag = document.querySelector('script[data-wasm]');
const bindings = await import(tag.dataset.js);
await bindings.default({ module_or_path: tag.dataset.wasm });
