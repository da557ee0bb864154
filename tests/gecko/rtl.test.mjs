// Arabic in Firefox: ?lang=ar gives <html dir="rtl" lang="ar">, the start page and the first
// question in Arabic, laid out right to left (tests/webkit/checks.mjs arabic, run over puppeteer).
// Screenshots: test-output/screenshots/gecko-rtl-*.png.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appAndBrowser, shot } from './helpers.mjs';
import { arabic } from '../webkit/checks.mjs';

const run = appAndBrowser('rtl');

test('?lang=ar: <html dir="rtl" lang="ar">, the start page and the first question in Arabic, laid out right to left', async () => {
  const { browser, app } = run;
  await arabic(browser.s, app.url, { shot });
  assert.deepEqual(browser.errors, [], 'no script errors');
});
