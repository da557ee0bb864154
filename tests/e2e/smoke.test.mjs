import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, phonePage, shot } from './helpers.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); server?.stop(); });

test('the app loads on a phone and starts', async () => {
  const { context, page } = await phonePage(browser);
  await page.goto(server.url);
  await page.getByRole('button', { name: 'Start now' }).click();
  await page.getByText('not legal advice').waitFor();
  await shot(page, 'smoke-start');
  assert.deepEqual(page.errors, []);
  await context.close();
});
