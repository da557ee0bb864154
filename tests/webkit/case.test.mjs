// One whole case in WebKit, as a volunteer would enter it: the public scenario S01 answered screen
// by screen from its facts, then "Check your answers", "See the result", and every pathway card's
// verdict compared with the engine's (target/debug/pathways evaluate). The check is
// tests/webkit/checks.mjs's wholeCase (the Gecko suite runs it too).
import { test, before, after } from 'node:test';
import { snapshotDist, removeDir, serveApp, openBrowser, shot } from './helpers.mjs';
import { wholeCase } from './checks.mjs';

let dir, app, browser;
before(async () => {
  dir = snapshotDist('case');
  app = await serveApp(dir);
  browser = await openBrowser('case');
});
after(async () => { await browser?.close(); await app?.stop(); removeDir(dir); });

test('S01 answered screen by screen reaches the result, and every card shows the engine\'s verdict', async () => {
  console.log(`webkit: viewport ${browser.width} px wide (asked for 360; MiniBrowser's window is at least 447 px)`);
  await wholeCase(browser.s, app.url, 'S01', { shot, engine: 'webkit' });
});
