// Shared helpers for the Gecko end-to-end tests: Debian's firefox-esr driven by puppeteer-core
// over WebDriver BiDi (no geckodriver, and puppeteer never downloads a browser), at a 360 x 640
// phone viewport, against a snapshot of dist/ served by tools/serve.mjs on a free port.
//
// The WebKit suite's driver (tests/webkit/drive.mjs and the look-ups of tests/webkit/helpers.mjs:
// labels, visible text, the engine's answers from tests/shared/case-answers.mjs) needs only a
// W3C WebDriver session (tests/webkit/webdriver.mjs). GeckoSession is that session's interface
// over a puppeteer page, with WebDriver's own rules where they differ from a plain click or
// typing (an <option> clicked is chosen in its list; a date or time field gets its value set), so
// the same code answers a whole case in Firefox.
import { before, after } from 'node:test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import { ROOT, DIST } from '../shared/paths.mjs';
import { snapshotDist as snapshot, removeDir } from '../shared/dist.mjs';
import { serveAt, freePort } from '../shared/serve.mjs';
import { Session, ELEMENT, idOf } from '../webkit/webdriver.mjs';
import { seenInPage } from '../shared/exit.mjs';

export { ROOT, DIST, removeDir, freePort };
export { EN, t, catalog } from '../shared/catalog.mjs';
export { precacheList } from '../shared/dist.mjs';
export { engineVerdicts, SCENARIOS, scenarioFile, loadScenario } from '../shared/engine.mjs';

/** Debian's Firefox ESR, or $FIREFOX_PATH. */
export const FIREFOX = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';

/** Screenshots: test-output/screenshots/gecko-NAME.png (beside the Chromium suite's). */
export const OUT = path.join(ROOT, 'test-output', 'screenshots');
fs.mkdirSync(OUT, { recursive: true });

/**
 * The phone viewport. Firefox's window cannot be narrower than 500 px (asked for 360 x 640 with
 * --width/--height, or resized to 200 px, headless Firefox ESR 153 gives 500 px), but puppeteer
 * sets the page's viewport itself (BiDi browsingContext.setViewport): the page is 360 x 640, and
 * with overlay scroll bars (as on a phone) all 360 px are the page's.
 */
export const PHONE = { width: 360, height: 640 };

/** Copies dist/ to a fresh temporary folder pathways-gecko-LABEL-* (dist/ may be rebuilt while we run). */
export const snapshotDist = (label = 'dist') => snapshot(label, 'gecko');

/** Runs tools/serve.mjs for DIR on a free port; returns { url, origin, port, stop }. */
export async function serveApp(dir, env = {}) {
  return serveAt(dir, await freePort(), env);
}

/**
 * For a test file: before its tests, a snapshot of dist/ served by tools/serve.mjs, and Firefox
 * (openBrowser); after them, all stopped and removed. Returns { dir, app, browser }, set once
 * the tests run.
 */
export function appAndBrowser(label) {
  const run = { dir: null, app: null, browser: null };
  before(async () => {
    run.dir = snapshotDist(label);
    run.app = await serveApp(run.dir);
    run.browser = await openBrowser(label);
  });
  after(async () => { await run.browser?.close(); await run.app?.stop(); removeDir(run.dir); });
  return run;
}

// ---- The browser ---------------------------------------------------------------------------

/**
 * Starts headless Firefox ESR (a throw-away profile of puppeteer's) and opens a phone-sized page
 * in a fresh browser context (its own storage and service workers) whose downloads go to a
 * folder of its own. The page's script errors and console lines are kept in `errors` and `logs`.
 * Returns { s (a GeckoSession), page, downloads, errors, logs, width, newPage, close }.
 */
export async function openBrowser(label) {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    protocol: 'webDriverBiDi',
    headless: true,
    defaultViewport: PHONE,
    // Nothing but the app's origin: no update checks, telemetry or remote settings.
    extraPrefsFirefox: {
      'app.update.enabled': false,
      'browser.shell.checkDefaultBrowser': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      // Scroll bars over the page, as on a phone (not a 12 px gutter taken from 360).
      'ui.useOverlayScrollbars': 1,
    },
  });
  const downloads = fs.mkdtempSync(path.join(os.tmpdir(), `pathways-gecko-downloads-${label}-`));
  const b = { browser, downloads, errors: [], logs: [], context: null, page: null, s: null, width: null };
  /** A fresh browser context and page (a first visit: no storage, no service worker), and no errors or lines kept yet. */
  b.newPage = async () => {
    await b.context?.close();
    b.errors.length = 0;
    b.logs.length = 0;
    b.context = await browser.createBrowserContext({ downloadBehavior: { policy: 'allow', downloadPath: downloads } });
    b.page = await b.context.newPage();
    await b.page.setViewport(PHONE);
    b.page.on('pageerror', (e) => b.errors.push(String(e && e.message || e)));
    b.page.on('console', (m) => { b.logs.push(m.text()); if (m.type() === 'error') b.errors.push(m.text()); });
    b.s = new GeckoSession(b.page);
    return b.page;
  };
  try {
    await b.newPage();
    await b.page.goto('about:blank');
    b.width = await b.page.evaluate(() => window.innerWidth);
  } catch (e) {
    await browser.close();
    removeDir(downloads);
    throw e;
  }
  b.close = async () => {
    await browser.close();
    removeDir(downloads);
  };
  return b;
}

/**
 * Records what each document of the page shows when it is shown ('pageshow', heard before the
 * app's own listeners: a preload script): { doc (a number per document), persisted (restored from
 * the back-forward cache), url, title, text, fields } (tests/shared/exit.mjs seenInPage). Returns
 * a function that gives the records so far, once each (Firefox replays a restored document's
 * console lines).
 */
export async function recordPageshows(b) {
  const tag = 'gecko-test pageshow ';
  await b.page.evaluateOnNewDocument(`(() => {
    const seen = ${seenInPage};
    const doc = Math.floor(Math.random() * 1e9);
    let n = 0;
    addEventListener('pageshow', (e) => console.log(${JSON.stringify(tag)} + JSON.stringify({ doc, n: ++n, persisted: e.persisted, ...seen() })));
  })()`);
  return () => [...new Set(b.logs.filter((l) => l.startsWith(tag)))].map((l) => JSON.parse(l.slice(tag.length)));
}

/** Saves a PNG of the viewport to test-output/screenshots/gecko-NAME.png (scrolled to the top first, unless `top` is false). */
export async function shot(s, name, { top = true } = {}) {
  if (top) await s.execute('window.scrollTo(0, 0);');
  return s.screenshot(path.join(OUT, `gecko-${name}.png`));
}

// ---- A WebDriver session over puppeteer -----------------------------------------------------

/** A function with body `body` (for the page: puppeteer sends its source, so the page's CSP does not apply). */
const AsyncFunction = (async () => {}).constructor;

/** `{ element: handle }` (tests/webkit/webdriver.mjs asElement) as the handle itself. */
const unwrap = (a) => (a && typeof a === 'object' && a.element ? a.element : a);

/**
 * The methods of tests/webkit/webdriver.mjs's Session that its helpers and drive.mjs use, over a
 * puppeteer page. Elements are puppeteer ElementHandles; a script's element result comes back as
 * a W3C element reference ({ [ELEMENT]: handle }), as from a driver.
 */
export class GeckoSession {
  constructor(page) {
    this.page = page;
  }

  navigate(url) { return this.page.goto(url, { waitUntil: 'load' }); }
  currentUrl() { return this.execute('return location.href'); }
  refresh() { return this.page.reload({ waitUntil: 'load' }); }
  /**
   * The browser's Back (BiDi browsingContext.traverseHistory), done once the traversal is: also
   * for a page restored from the back-forward cache, which sends no navigation event for
   * puppeteer's goBack to wait for (and leaves page.url() behind: read location.href).
   */
  back() { return this.page.mainFrame().browsingContext.traverseHistory(-1); }
  title() { return this.page.title(); }

  /** Runs `script` (a function body; `arguments[i]` are `args`) in the page; returns its value. */
  async execute(script, args = []) {
    return this.#result(await this.page.evaluateHandle(new Function(script), ...args.map(unwrap)));
  }

  /** Evaluates an async function body (it may `await`; `arguments[i]` are `args`); returns its value. */
  async evaluate(body, args = []) {
    return this.#result(await this.page.evaluateHandle(new AsyncFunction(body), ...args.map(unwrap)));
  }

  async #result(handle) {
    const element = handle.asElement();
    if (element) return { [ELEMENT]: element };
    const value = await handle.jsonValue();
    await handle.dispose();
    return value;
  }

  async find(using, value, from = null) {
    if (using === 'css selector') return (from || this.page).$(value);
    if (using !== 'xpath') throw new Error(`no look-up "${using}"`);
    const found = await this.execute(
      'return document.evaluate(arguments[0], arguments[1] || document, null, XPathResult.FIRST_ORDERED_NODE_TYPE, null).singleNodeValue;',
      [value, from],
    );
    return idOf(found) || null;
  }

  async findAll(using, value, from = null) {
    if (using !== 'css selector') throw new Error(`no look-up "${using}" for several elements`);
    return (from || this.page).$$(value);
  }

  css(selector, from) { return this.find('css selector', selector, from); }
  xpath(expr, from) { return this.find('xpath', expr, from); }

  /** Clicks the element's centre; an <option>, as WebDriver's Element Click does, is chosen in its list. */
  async click(e) {
    const option = await e.evaluate((el) => {
      if (el.localName !== 'option') return false;
      const select = el.closest('select');
      el.selected = true;
      for (const type of ['input', 'change']) (select || el).dispatchEvent(new Event(type, { bubbles: true }));
      return true;
    });
    if (!option) await e.click();
  }

  /** Empties a text field, as a person does (select all, delete). */
  async clear(e) {
    await e.focus();
    const left = await e.evaluate((el) => { el.select?.(); return el.value; });
    if (left) await this.page.keyboard.press('Backspace');
  }

  /**
   * Types `text` into the element. As in WebDriver's Element Send Keys: a file field gets the file
   * at that path; a date, time, colour, month, week or range field gets its value set.
   */
  async sendKeys(e, text) {
    const type = await e.evaluate((el) => (el.localName === 'input' ? el.type : ''));
    if (type === 'file') return e.uploadFile(String(text));
    if (['color', 'date', 'datetime-local', 'month', 'range', 'time', 'week'].includes(type)) {
      return e.evaluate((el, v) => {
        el.value = v;
        for (const t of ['input', 'change']) el.dispatchEvent(new Event(t, { bubbles: true }));
      }, String(text));
    }
    return e.type(String(text));
  }

  /** Presses and releases a key (`Shift`, `Enter`, …) on the focused page. */
  pressKey(key) { return this.page.keyboard.press(key); }

  /** The element's rendered text (innerText). */
  text(e) { return e.evaluate((el) => el.innerText); }
  attribute(e, name) { return e.evaluate((el, n) => el.getAttribute(n), name); }
  property(e, name) { return e.evaluate((el, n) => el[n], name); }
  selected(e) { return e.evaluate((el) => !!(el.checked || el.selected)); }

  /** Saves a PNG of the viewport to `file`. */
  async screenshot(file) {
    await this.page.screenshot({ path: file });
    return file;
  }
}
GeckoSession.prototype.until = Session.prototype.until;
