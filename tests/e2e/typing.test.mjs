// Nothing typed is undone by what arrives in the background. The result page's English texts
// (i18n/en.later.json) arrive after the app has started, often while the volunteer is already on
// the first question; drawing that screen again would put its fields back to what the app last
// held (Yew's controlled inputs), erasing a date half typed. Here the texts are held back until
// the volunteer has typed, then let through.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, phonePage } from './helpers.mjs';
import { t, title, openStart, start, completeCase, loadScenario } from './drive.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); server?.stop(); });

/** Holds back i18n/en.later.json until `release()` is called; `arrived` resolves once the page has it. */
async function holdLaterTexts(page) {
  let release;
  const gate = new Promise((resolve) => { release = resolve; });
  let arrived;
  const done = new Promise((resolve) => { arrived = resolve; });
  await page.route('**/i18n/en.later.json', async (route) => { await gate; await route.continue(); });
  page.on('requestfinished', (r) => { if (r.url().endsWith('/i18n/en.later.json')) arrived(); });
  return { release, arrived: done };
}

test('a date half typed on the first question is kept when the result texts arrive', async () => {
  const { context, page } = await phonePage(browser);
  try {
    const later = await holdLaterTexts(page);
    await openStart(page, server.url);
    await start(page);
    await page.getByRole('heading', { level: 1, name: title('dob') }).waitFor();
    const day = page.getByLabel(t('date.day'), { exact: true });
    const year = page.getByLabel(t('date.year'), { exact: true });
    await day.fill('7');
    await year.fill('20');
    later.release();
    await later.arrived;
    // Give the app time to handle the texts (an event, then a render in a microtask).
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 200))));
    assert.equal(await day.inputValue(), '7', 'the day typed is still there');
    assert.equal(await year.inputValue(), '20', 'the year half typed is still there');
    assert.deepEqual(page.errors, [], 'no console errors');
  } finally {
    await context.close();
  }
});

test('texts that arrive while the result page is waiting for them are shown at once', async () => {
  const { context, page } = await phonePage(browser);
  try {
    const later = await holdLaterTexts(page);
    await completeCase(page, server.url, loadScenario('S41').case);
    await page.getByRole('button', { name: t('button.see_result') }).click();
    await page.getByRole('status').filter({ hasText: t('result.loading') }).waitFor();
    later.release();
    await page.locator('section[data-pathway]').first().waitFor();
    assert.equal(await page.getByText(t('result.loading')).count(), 0, 'the waiting line is gone');
    assert.ok((await page.locator('section[data-verdict]').count()) >= 5, 'the routes are listed');
    assert.deepEqual(page.errors, [], 'no console errors');
  } finally {
    await context.close();
  }
});
