// A case survives the tab (issue 21), end to end in Chromium on the release build: a reload mid-case
// brings the case back, said so, from the tab's session storage (one entry, nothing for a plain
// visit, nothing after Quick exit); Back and Forward move through the screens in order; the start
// page offers to continue a case in progress; opening a file over answers not saved asks first;
// closing the tab with answers not saved asks first; the Rules tab's "Back" closes that tab.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { serve, launch, withPhonePage, ROOT } from './helpers.mjs';
import { t, title, QUESTIONS, loadScenario, openStart, reach, headingText, start, answer, answerAll, nextScreen, snap, exitMidCase } from './drive.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); server?.stop(); });

const S01 = () => loadScenario('S01').case;
const session = (page) => page.evaluate(() => Object.fromEntries(Object.keys(sessionStorage).map((k) => [k, sessionStorage.getItem(k)])));
const checkRows = (page) => page.locator('.check .summary-list__row').allInnerTexts();

test('a reload mid-case brings the case back from this tab, and says so; a plain visit keeps nothing; Quick exit wipes it', () => withPhonePage(browser, async (page) => {
  await openStart(page, server.url);
  assert.deepEqual(await session(page), {}, 'a plain visit keeps nothing');
  await reach(page, server.url, S01(), 'claim_date');
  const kept = await session(page);
  assert.deepEqual(Object.keys(kept), ['pathways.case'], 'a case in progress: one entry in session storage');
  await page.reload();
  await page.getByText(t('notice.kept')).waitFor();
  assert.equal(await headingText(page), title('claim_date'), 'the same question');
  await snap(page, 'tab-restored');
  // The same answers: on to "Check your answers" and compare with a case never reloaded (in a
  // tab of its own: opening the app again in this tab brings this tab's case back too).
  await answerAll(page, S01());
  const restored = await checkRows(page);
  const other = await page.context().newPage();
  await reach(other, server.url, S01(), 'claim_date');
  await answerAll(other, S01());
  assert.deepEqual(restored, await checkRows(other), 'the answers after the reload are the answers given');
  // Quick exit wipes what is kept (exitMidCase checks both storages are empty after it).
  assert.deepEqual(Object.keys(await session(other)), ['pathways.case']);
  await other.close();
  const third = await page.context().newPage();
  await exitMidCase(third, server.url, 'button');
  await third.close();
}));

test('Back and Forward move through five screens in order, both ways, and an answer is kept on the way', () => withPhonePage(browser, async (page) => {
  await openStart(page, server.url);
  await start(page);
  const c = S01();
  const seen = [await headingText(page)];
  // Five questions answered: six screens.
  const state = {};
  for (let i = 0; i < 5; i++) {
    const h = seen.at(-1);
    await answer(page, c, QUESTIONS.get(h), h, state);
    await nextScreen(page, h);
    seen.push(await headingText(page));
  }
  assert.equal(new Set(seen).size, seen.length, `six different screens: ${seen.join(' | ')}`);
  for (let i = seen.length - 2; i >= 0; i--) {
    await page.goBack();
    await page.waitForFunction((want) => document.querySelector('h1')?.textContent.startsWith(want), seen[i]);
  }
  for (let i = 1; i < seen.length; i++) {
    await page.goForward();
    await page.waitForFunction((want) => document.querySelector('h1')?.textContent.startsWith(want), seen[i]);
  }
  // The app's own Back link and the browser's Forward agree too.
  await page.getByRole('link', { name: t('button.back'), exact: true }).click();
  await page.waitForFunction((want) => document.querySelector('h1')?.textContent.startsWith(want), seen.at(-2));
  await page.goForward();
  await page.waitForFunction((want) => document.querySelector('h1')?.textContent.startsWith(want), seen.at(-1));
}));

test('the start page shows a case in progress (continue it, or start a new one), and a file opened over it asks first', () => withPhonePage(browser, async (page) => {
  await reach(page, server.url, S01(), 'claim_date');
  // Back to the start: the case is there to continue.
  while ((await headingText(page)) !== t('start.title')) {
    await page.getByRole('link', { name: t('button.back'), exact: true }).click();
    await page.waitForTimeout(100);
  }
  const progress = await page.locator('#case-progress').innerText();
  assert.match(progress, /\d+ questions? answered/, 'how far the case is');
  assert.equal(await page.getByRole('button', { name: t('button.start') }).count(), 0, 'no "Start now" over a case');
  await page.getByRole('button', { name: t('start.new_case') }).waitFor();
  await snap(page, 'tab-start-in-progress');
  // A file over answers not saved: asked first; "Keep my answers" keeps them.
  await page.locator('#field-file').setInputFiles(path.join(ROOT, 'tests', 'scenarios', 'public', 'S13.json'));
  await page.getByRole('heading', { name: t('open_over.title') }).waitFor();
  await page.getByRole('button', { name: t('open_over.keep') }).click();
  await page.getByRole('heading', { name: t('start.title') }).waitFor();
  assert.equal(await page.locator('#case-progress').innerText(), progress, 'the answers are kept');
  // Continue: back in the case.
  await page.getByRole('button', { name: t('start.continue') }).click();
  await page.waitForFunction((h) => document.querySelector('h1')?.textContent !== h, t('start.title'));
  assert.notEqual(await headingText(page), t('start.title'));
  // Opened anyway: the file's case.
  while ((await headingText(page)) !== t('start.title')) {
    await page.getByRole('link', { name: t('button.back'), exact: true }).click();
    await page.waitForTimeout(100);
  }
  await page.locator('#field-file').setInputFiles(path.join(ROOT, 'tests', 'scenarios', 'public', 'S13.json'));
  await page.getByRole('heading', { name: t('open_over.title') }).waitFor();
  await page.getByRole('button', { name: t('open_over.confirm') }).click();
  await page.getByText(t('notice.opened')).waitFor();
}));

test('closing the tab with answers not saved asks first; with nothing answered it does not', async () => {
  for (const answered of [false, true]) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await openStart(page, server.url);
    if (answered) {
      await reach(page, server.url, S01(), 'claim_date');
    }
    let asked = false;
    page.on('dialog', async (d) => { asked = d.type() === 'beforeunload'; await d.accept(); });
    // A page may ask only after a person has used it.
    await page.locator('h1').click();
    await page.close({ runBeforeUnload: true });
    await new Promise((r) => setTimeout(r, 500));
    assert.equal(asked, answered, answered ? 'answers not saved: the browser asks' : 'nothing answered: no question');
    await context.close();
  }
});

test("the Rules page's Back, in its own tab, closes that tab and leaves the case where it was", () => withPhonePage(browser, async (page, context) => {
  await reach(page, server.url, S01(), 'claim_date');
  const [rules] = await Promise.all([context.waitForEvent('page'), page.locator('a[href$="rules/en.html"]').first().click()]);
  await rules.waitForLoadState();
  const closed = rules.waitForEvent('close');
  // The tap closes the page under Playwright's click, which may then say the page has closed
  // (a failure only if it has not).
  await rules.getByRole('link', { name: t('button.back'), exact: true }).click().catch((e) => { if (!rules.isClosed()) throw e; });
  await closed;
  assert.equal(context.pages().length, 1, 'no second copy of the app');
  assert.equal(await headingText(page), title('claim_date'), 'the case is where it was');
}));
