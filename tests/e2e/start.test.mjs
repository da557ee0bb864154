// The start page before any Wasm (issue 13): it is in index.html, written at build time by the
// app's own components; boot.js puts today's date in it; a tap on Start before the app has
// arrived is not lost; and the app takes the page over with nothing changed for the person.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, phonePage, shot } from './helpers.mjs';
import { t } from '../shared/catalog.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); server?.stop(); });

/** Holds back every request for the app's Wasm until `release()` is called. */
async function holdWasm(page) {
  let release;
  const released = new Promise((r) => { release = r; });
  await page.route(/_bg\.wasm$/, async (route) => { await released; await route.continue(); });
  return () => release();
}

const todayEnGb = () => new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date());

test('before any Wasm: the start page is shown with its heading, today\'s date and the Start button', async () => {
  const { context, page } = await phonePage(browser);
  const release = await holdWasm(page);
  await page.goto(server.url);
  const heading = page.getByRole('heading', { name: t('start.title') });
  await heading.waitFor();
  assert.ok(await page.locator('#app.prerendered').count(), 'the page shown is the one written at build time');
  const line = page.locator('.assessed-on');
  await line.and(page.locator('.assessed-on--today')).waitFor();
  assert.equal(await line.textContent(), t('start.assessed_on').replace('{date}', todayEnGb()));
  assert.ok(await line.isVisible(), 'the date sentence is visible');
  assert.ok(await page.getByRole('button', { name: t('button.start') }).isVisible());
  assert.ok(await page.getByRole('button', { name: t('quick_exit.label') }).isVisible());
  await shot(page, 'start-before-wasm');
  release();
  await context.close();
});

test('a tap on Start before the Wasm has arrived leads to the first question once it has', async () => {
  const { context, page } = await phonePage(browser);
  const release = await holdWasm(page);
  await page.goto(server.url);
  const startButton = page.locator('#app.prerendered').getByRole('button', { name: t('button.start') });
  await startButton.click();
  assert.equal(await startButton.getAttribute('aria-busy'), 'true', 'the tap is acknowledged');
  release();
  await page.getByRole('heading', { name: t('q.dob.title') }).waitFor();
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('the app takes the start page over with the same markup: nothing a person sees changes', async () => {
  const { context, page } = await phonePage(browser);
  const release = await holdWasm(page);
  await page.goto(server.url);
  await page.locator('.assessed-on--today').waitFor();
  const box = async () => page.evaluate(() => [...document.querySelectorAll('#app h1, #app .button--start, #app .assessed-on, #app footer')]
    .map((el) => { const r = el.getBoundingClientRect(); return [el.tagName, Math.round(r.x), Math.round(r.y), Math.round(r.width), Math.round(r.height)].join(' '); }));
  const before = await box();
  // The markup without the date's text (the static page is written on a fixed day) and the
  // classes that only mark the static page.
  // Compared as a tree: elements with their attributes in order of name (the build's HTML
  // minifier reorders them and writes hidden="" for hidden="hidden"), and every text.
  const markup = () => page.evaluate(() => {
    const app = document.getElementById('app').cloneNode(true);
    for (const el of app.querySelectorAll('.assessed-on')) { el.textContent = ''; el.classList.remove('assessed-on--today'); }
    for (const el of app.querySelectorAll('[aria-busy]')) el.removeAttribute('aria-busy');
    app.normalize(); // adjacent texts as one (the app writes some texts in parts)
    const boolean = new Set(['hidden', 'selected', 'checked', 'disabled', 'open', 'required']);
    const tree = (n) => {
      if (n.nodeType === 3) return JSON.stringify(n.textContent);
      if (n.nodeType !== 1) return '';
      const attrs = [...n.attributes].map((a) => (boolean.has(a.name) ? a.name : `${a.name}=${JSON.stringify(a.value)}`)).sort();
      return `<${n.tagName.toLowerCase()} ${attrs.join(' ')}>${[...n.childNodes].map(tree).join('')}</${n.tagName.toLowerCase()}>`;
    };
    return [...app.childNodes].map(tree).join('\n');
  });
  const staticMarkup = await markup();
  const staticDate = await page.locator('.assessed-on').textContent();
  release();
  await page.locator('#app:not(.prerendered) .assessed-on').waitFor();
  assert.equal(await markup(), staticMarkup, 'the app renders the markup of the start page written at build time');
  assert.equal(await page.locator('.assessed-on').textContent(), staticDate, 'the same date sentence');
  assert.deepEqual(await box(), before, 'the heading, Start button, date and footer stay where they were');
  await shot(page, 'start-after-wasm');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('the language picker opened before the Wasm has arrived stays open when the app takes over, and works', async () => {
  const { context, page } = await phonePage(browser);
  const release = await holdWasm(page);
  await page.goto(server.url);
  await page.locator('#app.prerendered details.language-bar__details summary').click();
  const menu = page.getByLabel(t('lang.label'), { exact: true });
  assert.ok(await menu.isVisible(), 'the picker opens on the page written at build time');
  release();
  await page.locator('#app:not(.prerendered)').waitFor({ state: 'attached' });
  await page.getByRole('heading', { name: t('start.title') }).waitFor();
  // Open once the app has drawn the page (its first effect), in the same frame.
  await page.locator('#app:not(.prerendered) details.language-bar__details[open]').waitFor({ state: 'attached', timeout: 5000 });
  assert.ok(await menu.isVisible(), 'its menu is still shown');
  await menu.selectOption('fr');
  await page.locator('form.language-bar__form button').click();
  await page.locator('html[lang=fr]').waitFor();
  assert.deepEqual(page.errors, []);
  await context.close();
});
