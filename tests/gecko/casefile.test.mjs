// Opening and saving a case file in Firefox: the public scenario S13 opened through the start
// page's file field "Open a saved case", the result compared with the engine's verdicts, then "Save
// the case as a file" (tests/webkit/checks.mjs caseFile, run over puppeteer). The saved file is a
// real download: the browser context lets downloads go to a folder of its own
// (downloadBehavior), and we read the file Firefox wrote there.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appAndBrowser, shot } from './helpers.mjs';
import { caseFile } from '../webkit/checks.mjs';

const run = appAndBrowser('casefile');

test('S13 opened from a file reaches the engine\'s verdicts, and "Save the case as a file" keeps every fact', async () => {
  const { browser, app } = run;
  await caseFile(browser.s, app.url, 'S13', { downloads: browser.downloads, shot, engine: 'gecko' });
  assert.deepEqual(browser.errors, [], 'no script errors');
});
