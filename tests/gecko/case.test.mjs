// One whole case in Firefox, as a volunteer would enter it: the public scenario S01 answered screen
// by screen from its facts, then "Check your answers", "See the result", and every pathway card's
// verdict compared with the engine's (tests/webkit/checks.mjs wholeCase, run over puppeteer).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appAndBrowser, shot, PHONE } from './helpers.mjs';
import { wholeCase } from '../webkit/checks.mjs';

const run = appAndBrowser('case');

test('S01 answered screen by screen reaches the result, and every card shows the engine\'s verdict', async () => {
  const { browser, app } = run;
  const { s } = browser;
  const size = await s.execute('return { width: window.innerWidth, height: window.innerHeight, page: document.documentElement.clientWidth, window: window.outerWidth }');
  console.log(`gecko: viewport ${size.width} x ${size.height} (page ${size.page} px wide; the window itself is ${size.window} px)`);
  assert.deepEqual({ width: size.width, height: size.height, page: size.page }, { ...PHONE, page: PHONE.width }, 'the phone viewport, all of it the page\'s');
  await wholeCase(s, app.url, 'S01', { shot, engine: 'gecko' });
  assert.deepEqual(browser.errors, [], 'no script errors');
});
