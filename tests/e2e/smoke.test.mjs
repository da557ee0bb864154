import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, phonePage, shot } from './helpers.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); server?.stop(); });

test('the app loads on a phone and asks the first question', async () => {
  const { context, page } = await phonePage(browser);
  await page.goto(server.url);
  await page.getByRole('button', { name: 'Start now' }).click();
  await page.getByRole('heading', { name: "What is the child's date of birth?" }).waitFor();
  await shot(page, 'smoke-first-question');
  assert.deepEqual(page.errors, []);
  await context.close();
});
