// Shared helpers for the WebKit end-to-end tests (the WebKit twin of tests/e2e/helpers.mjs and
// servers.mjs, without Playwright): a snapshot of dist/ served by tools/serve.mjs on a free port,
// a partner-page server, WebKitWebDriver + MiniBrowser in a throw-away home folder, the texts of
// i18n/*.json, element look-ups the way a person reads the page (visible text, labels), and the
// engine's verdicts from the command-line tool. What does not depend on the browser is in
// tests/shared/ (shared with tests/e2e) and re-exported from here.
import http from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startDriver, Session, freePort, xpathString, asElement, idOf } from './webdriver.mjs';
import { ROOT, DIST } from '../shared/paths.mjs';
import { catalog } from '../shared/catalog.mjs';
import { snapshotDist as snapshot, removeDir } from '../shared/dist.mjs';
import { serveAt, servePagesAt, listen } from '../shared/serve.mjs';

export { freePort, xpathString, asElement, ROOT, DIST, removeDir };
export { EN, t } from '../shared/catalog.mjs';
export { precacheList, partnerDemo } from '../shared/dist.mjs';
export { pathwaysBin, engineVerdicts, SCENARIOS, scenarioFile, loadScenario } from '../shared/engine.mjs';

export const OUT = path.join(ROOT, 'test-output', 'webkit');
fs.mkdirSync(OUT, { recursive: true });

/**
 * The phone-sized window we ask for. MiniBrowser's window cannot be narrower than 447 px (its
 * toolbar): we ask for 360 x 740 and get 447 x 740 (the viewport is then 447 px wide).
 */
export const PHONE = { width: 360, height: 740 };

// ---- Texts ---------------------------------------------------------------------------------

// EN and t (the English text of a key) are tests/shared/catalog.mjs's.
export const AR = catalog('ar');
export const FR = catalog('fr');

// ---- Servers -------------------------------------------------------------------------------

/** Copies dist/ (without Trunk's staging folder) to a fresh temporary folder pathways-webkit-LABEL-*: dist/ may be rebuilt while we run. */
export const snapshotDist = (label = 'dist') => snapshot(label, 'webkit');

/** Runs tools/serve.mjs for DIR on a free port (or PORT); returns { url, origin, port, stop }. */
export async function serveApp(dir, { port = null, env = {} } = {}) {
  return serveAt(dir, port || (await freePort()), env);
}

/** A static server of fixed pages ({ '/path': { type, body } }) on a free port; returns { url, origin, port, stop }. */
export async function servePages(pages, port = null) {
  return servePagesAt(port || (await freePort()), pages);
}

/**
 * A pass-through proxy in front of `target` (a server of serveApp) that records every request
 * (method, path, Sec-Fetch-Mode/Dest): what really went over the network. Returns
 * { url, origin, port, requests, stop }.
 */
export async function countingProxy(target) {
  const requests = [];
  const server = http.createServer((req, res) => {
    requests.push({ method: req.method, path: req.url, mode: req.headers['sec-fetch-mode'] || '', dest: req.headers['sec-fetch-dest'] || '', at: Date.now() });
    const up = http.request({ host: '127.0.0.1', port: target.port, path: req.url, method: req.method, headers: req.headers }, (r) => {
      res.writeHead(r.statusCode, r.headers);
      r.pipe(res);
    });
    up.on('error', () => res.destroy());
    req.pipe(up);
  });
  return { ...(await listen(server, await freePort())), requests };
}

// ---- The browser ---------------------------------------------------------------------------

/**
 * Starts WebKitWebDriver (xvfb-run -a) with a throw-away HOME whose XDG download folder is
 * `downloads`, opens a MiniBrowser session (automation mode: an ephemeral profile, so every
 * session is a first visit) and sizes its window as close to PHONE as it allows.
 * Returns { s (the Session), downloads, width, restart, close }.
 */
export async function openBrowser(label) {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), `pathways-webkit-home-${label}-`));
  const downloads = path.join(home, 'Downloads');
  const config = path.join(home, '.config');
  fs.mkdirSync(downloads, { recursive: true });
  fs.mkdirSync(config, { recursive: true });
  // WebKitGTK saves downloads in the XDG download folder (GLib reads it from user-dirs.dirs).
  fs.writeFileSync(path.join(config, 'user-dirs.dirs'), `XDG_DOWNLOAD_DIR="${downloads}"\n`);
  const driver = await startDriver({
    env: { HOME: home, XDG_CONFIG_HOME: config, XDG_CACHE_HOME: path.join(home, '.cache'), XDG_DATA_HOME: path.join(home, '.local/share'), XDG_DOWNLOAD_DIR: downloads },
    logFile: path.join(OUT, `${label}.driver.log`),
  });
  const session = async () => {
    const s = await Session.create(driver.url);
    await s.setWindowRect(PHONE);
    return s;
  };
  const b = { s: null, downloads, width: null };
  try {
    b.s = await session();
    b.width = await b.s.execute('return window.innerWidth');
  } catch (e) {
    await b.s?.delete();
    await driver.stop();
    removeDir(home);
    throw e;
  }
  /** Ends the session and opens a new one: a new MiniBrowser with a fresh (ephemeral) profile. */
  b.restart = async () => {
    await b.s.delete();
    b.s = await session();
    return b.s;
  };
  b.close = async () => {
    await b.s?.delete();
    await driver.stop();
    removeDir(home);
  };
  return b;
}

/** Saves a PNG of the viewport to test-output/webkit/NAME.png (scrolled to the top first, unless `top` is false). */
export async function shot(s, name, { top = true } = {}) {
  if (top) await s.execute('window.scrollTo(0, 0);');
  return s.screenshot(path.join(OUT, `${name}.png`));
}

// ---- Finding things as a person would --------------------------------------------------------

/**
 * The visible element matching CSS `selector` whose text, read as a screen reader names it
 * (without aria-hidden parts, spaces collapsed), is exactly `name`; or null.
 * Like Playwright's getByRole(…, { name, exact: true }).
 */
export async function byName(s, selector, name) {
  const found = await s.execute(
    `const [selector, name] = arguments;
     const text = (el) => {
       const c = el.cloneNode(true);
       for (const h of c.querySelectorAll('[aria-hidden="true"]')) h.remove();
       return c.textContent.replace(/[\\s\\u00a0\\u202f]+/g, ' ').trim();
     };
     // checkVisibility: content of a closed <details> still has client rects in WebKit.
     const visible = (el) => (el.checkVisibility ? el.checkVisibility({ visibilityProperty: true }) : el.getClientRects().length > 0);
     return [...document.querySelectorAll(selector)].find((el) => text(el) === name && visible(el)) || null;`,
    [selector, norm(name)],
  );
  return found ? idOf(found) : null;
}

/** A visible button named `name` (waits for it). */
export async function button(s, name, { timeout = 15000 } = {}) {
  return s.until(() => byName(s, 'button, [role=button], input[type=submit]', name), { timeout, what: `the button "${name}"` });
}

/** The form control labelled `label` (a <label for=…> whose text is `label`): label[for] -> id. */
export async function labelled(s, label, { timeout = 15000 } = {}) {
  return s.until(async () => {
    const l = await byName(s, 'label', label);
    if (!l) return null;
    const id = await s.attribute(l, 'for');
    if (!id) throw new Error(`the label "${label}" has no for=`);
    return s.xpath(`//*[@id=${xpathString(id)}]`);
  }, { timeout, what: `the field labelled "${label}"` });
}

/** Clicks an element after scrolling it to the middle of the viewport (clear of the sticky header). */
export async function press(s, e) {
  await s.execute('arguments[0].scrollIntoView({ block: "center", inline: "nearest" });', [asElement(e)]);
  await s.click(e);
}

/**
 * Waits until the screen shown has had its frame painted and a task after it: the app moves the
 * focus to a new screen's heading then (browser::after_paint), and keys typed before that are
 * lost when the focus leaves the field under them (seen in CI: a date typed on the assessment
 * date screen the moment it showed, then refused). A person reads the screen before typing.
 * (At most 250 ms: a window that draws no frames.)
 */
export async function settled(s) {
  await s.evaluate('await new Promise((r) => { requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 0))); setTimeout(r, 250); }); return true;');
}

/** Clears a text field and types `text` into it (once the screen has settled). */
export async function fill(s, e, text) {
  await settled(s);
  await s.execute('arguments[0].scrollIntoView({ block: "center", inline: "nearest" });', [asElement(e)]);
  await s.clear(e);
  await s.sendKeys(e, String(text));
  // WebKitWebDriver's Send Keys can return before the page has the last key (seen under load: a
  // passphrase saved without its last letter); a person's typing is all in before the next tap.
  // Waits for it (what the field then holds is for the test to check).
  await s.until(async () => (await s.execute('return arguments[0].value', [asElement(e)])) === String(text) || null, { timeout: 5000, what: 'the text typed' }).catch(() => {});
}

/**
 * A text as WebDriver's "Get Element Text" gives it: no-break spaces (French "enfant ?") as
 * spaces, runs of white space as one, trimmed. Compare catalog texts with norm(text).
 */
export const norm = (text) => String(text).replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();

/** The text of the first h1 ('' while there is none), normalized (norm). */
export async function h1Text(s) {
  const h = await s.css('h1');
  return h ? norm(await s.text(h)) : '';
}

/** Waits until the page's h1 reads `text`. */
export async function waitForHeading(s, text, { timeout = 20000 } = {}) {
  let last = '';
  text = norm(text);
  try {
    await s.until(async () => { last = await h1Text(s); return last === text; }, { timeout, what: `the heading "${text}"` });
  } catch {
    throw new Error(`timed out after ${timeout} ms waiting for the heading "${text}"; the page shows "${last}"`);
  }
}

// ---- The result page -----------------------------------------------------------------------

/** The verdicts on the result page, read from each pathway card's data-pathway / data-verdict. */
export async function shownVerdicts(s) {
  const cards = await s.findAll('css selector', 'section[data-pathway]');
  const out = {};
  for (const c of cards) out[await s.attribute(c, 'data-pathway')] = await s.attribute(c, 'data-verdict');
  return out;
}

/** Sorts an object's keys (for readable deepEqual diffs). */
export const sorted = (o) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));
