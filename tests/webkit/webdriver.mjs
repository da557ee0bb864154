// A small W3C WebDriver client over plain HTTP (Node's global fetch), for WebKitGTK's
// WebKitWebDriver driving MiniBrowser: no npm dependency. Also starts and stops the driver itself
// (under `xvfb-run -a`, so it needs no display).
//
//   const driver = await startDriver();              // xvfb-run -a WebKitWebDriver --port=N
//   const s = await Session.create(driver.url);      // MiniBrowser --automation
//   await s.navigate('http://127.0.0.1:8080/');
//   const button = await s.find('xpath', "//button[normalize-space(.)='Start now']");
//   await s.click(button);
//   await s.delete(); await driver.stop();
//
// WebKitWebDriver allows one session at a time per driver.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { freePort } from '../shared/serve.mjs';

export { freePort };

/** The key of an element reference in W3C WebDriver. */
export const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

/** MiniBrowser of Debian's libwebkit2gtk-4.1-0 (any architecture), or $WEBKIT_MINIBROWSER. */
export const MINIBROWSER = process.env.WEBKIT_MINIBROWSER || (() => {
  const lib = '/usr/lib';
  for (const arch of fs.existsSync(lib) ? fs.readdirSync(lib) : []) {
    const file = `${lib}/${arch}/webkit2gtk-4.1/MiniBrowser`;
    if (fs.existsSync(file)) return file;
  }
  return '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
})();

/**
 * The capabilities WebKitWebDriver (WebKitGTK 2.50.6) accepts for MiniBrowser (checked: with or
 * without browserName "MiniBrowser"). MiniBrowser in --automation mode uses an ephemeral profile:
 * every session starts with no cache, storage or service worker.
 */
export function capabilities(args = []) {
  return {
    capabilities: {
      alwaysMatch: {
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation', ...args] },
        // Navigation and scripts: generous, the machine has 2 cores and builds run beside us.
        timeouts: { script: 30000, pageLoad: 60000, implicit: 0 },
      },
    },
  };
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Starts `xvfb-run -a WebKitWebDriver --port=N` on a free port, in its own process group (so
 * stop() ends xvfb-run, Xvfb, the driver and the browser it started, and nothing else).
 * `env` is added to the driver's environment (the browser inherits it: HOME, XDG_* folders).
 * Returns { url, port, pid, stop, log }.
 */
export async function startDriver({ env = {}, logFile = null } = {}) {
  const port = await freePort();
  const child = spawn('xvfb-run', ['-a', 'WebKitWebDriver', `--port=${port}`], {
    env: { ...process.env, ...env }, detached: true, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const keep = (d) => { log += String(d); if (log.length > 200000) log = log.slice(-100000); };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise((resolve) => child.on('exit', resolve));
  let gone = false;
  // If this test process ends without stop() (a crash), still end the group it started.
  const onExit = () => { try { process.kill(-child.pid, 'SIGKILL'); } catch { /* already gone */ } };
  process.once('exit', onExit);
  child.on('exit', () => { gone = true; });
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    process.removeListener('exit', onExit);
    if (logFile) { try { fs.writeFileSync(logFile, log); } catch { /* the log is only a help */ } }
    if (!gone) {
      try { process.kill(-child.pid, 'SIGTERM'); } catch { /* already gone */ }
      const done = await Promise.race([exited.then(() => true), sleep(5000).then(() => false)]);
      if (!done) { try { process.kill(-child.pid, 'SIGKILL'); } catch { /* already gone */ } await exited; }
    }
    // xvfb-run's children (Xvfb, the driver, the browser) are in the same group: none is left.
    await sleep(100);
    try { process.kill(-child.pid, 'SIGKILL'); } catch { /* none left */ }
  };
  const end = Date.now() + 30000;
  for (;;) {
    if (gone) throw new Error('WebKitWebDriver exited before it was ready:\n' + log);
    try {
      const r = await fetch(url + '/status');
      const body = await r.json();
      if (body.value && body.value.ready) break;
    } catch { /* not listening yet */ }
    if (Date.now() > end) { await stop(); throw new Error('WebKitWebDriver did not become ready in 30 s:\n' + log); }
    await sleep(100);
  }
  return { url, port, pid: child.pid, stop, log: () => log };
}

/** An error returned by the driver (`error` is the W3C error code, such as "no such element"). */
export class WebDriverError extends Error {
  constructor(command, value) {
    super(`${command}: ${value.error}${value.message ? ': ' + value.message : ''}`);
    this.error = value.error;
  }
}

const el = (id) => ({ [ELEMENT]: id });
/** WebDriver's codes of the named keys pressKey knows. */
const KEYS = { Shift: '\uE008' };
/** The reference string of an element (given as a string, or as a W3C element object). */
export const idOf = (ref) => (typeof ref === 'string' ? ref : ref && ref[ELEMENT]);

/** One W3C WebDriver session. Elements are their reference strings. */
export class Session {
  constructor(driverUrl, id, caps) {
    this.base = `${driverUrl}/session/${id}`;
    this.id = id;
    this.caps = caps;
  }

  static async create(driverUrl, caps = capabilities()) {
    const r = await fetch(`${driverUrl}/session`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(caps),
    });
    const body = await r.json();
    if (!body.value || body.value.error) throw new WebDriverError('new session', body.value || { error: 'no value' });
    return new Session(driverUrl, body.value.sessionId, body.value.capabilities);
  }

  async cmd(method, path, body) {
    const r = await fetch(this.base + path, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await r.text();
    let json;
    try { json = JSON.parse(text); } catch { throw new Error(`${method} ${path}: HTTP ${r.status}: ${text.slice(0, 300)}`); }
    if (json.value && json.value.error) throw new WebDriverError(`${method} ${path}`, json.value);
    return json.value;
  }

  async delete() {
    try { await this.cmd('DELETE', ''); } catch { /* the browser may already be gone */ }
  }

  // ---- Navigation and windows -------------------------------------------------------------

  navigate(url) { return this.cmd('POST', '/url', { url }); }
  currentUrl() { return this.cmd('GET', '/url'); }
  refresh() { return this.cmd('POST', '/refresh', {}); }
  back() { return this.cmd('POST', '/back', {}); }
  forward() { return this.cmd('POST', '/forward', {}); }
  title() { return this.cmd('GET', '/title'); }
  setWindowRect(rect) { return this.cmd('POST', '/window/rect', rect); }
  windowRect() { return this.cmd('GET', '/window/rect'); }
  /** Switches into an iframe (its element), or back to the top page with null. */
  switchToFrame(frame) { return this.cmd('POST', '/frame', { id: frame == null ? null : el(idOf(frame)) }); }
  switchToParentFrame() { return this.cmd('POST', '/frame/parent', {}); }

  // ---- Elements ---------------------------------------------------------------------------

  /** The first element matching (`using`: "css selector" | "xpath" | …), or null. */
  async find(using, value, from = null) {
    try {
      const v = await this.cmd('POST', from ? `/element/${idOf(from)}/element` : '/element', { using, value });
      return idOf(v);
    } catch (e) {
      if (e.error === 'no such element') return null;
      throw e;
    }
  }

  async findAll(using, value, from = null) {
    const v = await this.cmd('POST', from ? `/element/${idOf(from)}/elements` : '/elements', { using, value });
    return v.map(idOf);
  }

  css(selector, from) { return this.find('css selector', selector, from); }
  xpath(expr, from) { return this.find('xpath', expr, from); }

  click(e) { return this.cmd('POST', `/element/${idOf(e)}/click`, {}); }
  clear(e) { return this.cmd('POST', `/element/${idOf(e)}/clear`, {}); }
  /** Types `text` into the element (for <input type=file>: the absolute path of the file). */
  sendKeys(e, text) { return this.cmd('POST', `/element/${idOf(e)}/value`, { text: String(text) }); }
  /** Presses and releases a key (`Shift`, or one character) on the focused page, as a person does. */
  async pressKey(key) {
    const value = KEYS[key] || key;
    await this.cmd('POST', '/actions', { actions: [{ type: 'key', id: 'keyboard', actions: [{ type: 'keyDown', value }, { type: 'keyUp', value }] }] });
    await this.cmd('DELETE', '/actions');
  }
  text(e) { return this.cmd('GET', `/element/${idOf(e)}/text`); }
  attribute(e, name) { return this.cmd('GET', `/element/${idOf(e)}/attribute/${encodeURIComponent(name)}`); }
  property(e, name) { return this.cmd('GET', `/element/${idOf(e)}/property/${encodeURIComponent(name)}`); }
  selected(e) { return this.cmd('GET', `/element/${idOf(e)}/selected`); }
  displayed(e) { return this.cmd('GET', `/element/${idOf(e)}/displayed`); }
  tagName(e) { return this.cmd('GET', `/element/${idOf(e)}/name`); }
  rect(e) { return this.cmd('GET', `/element/${idOf(e)}/rect`); }

  // ---- Scripts ----------------------------------------------------------------------------

  /** Runs `script` (a function body; `arguments[i]` are `args`) in the page; returns its value. */
  execute(script, args = []) { return this.cmd('POST', '/execute/sync', { script, args: args.map(wrapArg) }); }
  /** As execute, for a body that calls `arguments[arguments.length - 1](value)` when done. */
  executeAsync(script, args = []) { return this.cmd('POST', '/execute/async', { script, args: args.map(wrapArg) }); }
  /** Evaluates an async function body (it may `await`); returns its value. */
  evaluate(body, args = []) {
    return this.executeAsync(
      `const done = arguments[arguments.length - 1];
       const args = Array.prototype.slice.call(arguments, 0, -1);
       (async function () { ${body} }).apply(null, args)
         .then((v) => done({ ok: v === undefined ? null : v }), (e) => done({ err: String(e && e.stack || e) }));`,
      args,
    ).then((r) => { if (r && r.err) throw new Error('in the page: ' + r.err); return r ? r.ok : r; });
  }

  // ---- Screenshots ------------------------------------------------------------------------

  /** Saves a PNG of the viewport (or of element `e`) to `file`. */
  async screenshot(file, e = null) {
    const b64 = await this.cmd('GET', e ? `/element/${idOf(e)}/screenshot` : '/screenshot');
    fs.writeFileSync(file, Buffer.from(b64, 'base64'));
    return file;
  }

  // ---- Waiting ----------------------------------------------------------------------------

  /** Polls `fn` until it returns something other than undefined, null or false. */
  async until(fn, { timeout = 15000, interval = 50, what = 'condition' } = {}) {
    const end = Date.now() + timeout;
    let last;
    for (;;) {
      try {
        const v = await fn();
        if (v !== undefined && v !== null && v !== false) return v;
      } catch (e) { last = e; }
      if (Date.now() > end) throw new Error(`timed out after ${timeout} ms waiting for ${what}${last ? ': ' + last.message : ''}`);
      await sleep(interval);
    }
  }
}

function wrapArg(a) {
  if (a && typeof a === 'object' && a.element) return el(idOf(a.element));
  return a;
}

/** Marks an element reference as an element for `execute` arguments: s.execute('…', [asElement(e)]). */
export const asElement = (id) => ({ element: id });

/** An XPath string literal for any text (XPath 1.0 has no escapes: concat() around quotes). */
export function xpathString(s) {
  if (!s.includes("'")) return `'${s}'`;
  if (!s.includes('"')) return `"${s}"`;
  return 'concat(' + s.split("'").map((p) => `'${p}'`).join(`, "'", `) + ')';
}
