// Quick exit in WebKit leaves nothing to go back to: two questions answered (Greece chosen), then
// Quick exit (the button, or Shift pressed three times), then Back and Back again: each time the
// neutral page, titled "New tab", with nothing of the case and not the app's title. The checks are
// tests/webkit/checks.mjs's (the Gecko suite runs them too).
import { test, before, after } from 'node:test';
import { snapshotDist, removeDir, serveApp, openBrowser, shot } from './helpers.mjs';
import { exitMidCase, backShowsNothing } from './checks.mjs';

let dir, app, browser;
before(async () => {
  dir = snapshotDist('exit');
  app = await serveApp(dir);
  browser = await openBrowser('exit');
});
after(async () => { await browser?.close(); await app?.stop(); removeDir(dir); });

for (const [how, what] of [['button', 'the Quick exit button'], ['shift', 'Shift pressed three times']]) {
  test(`${what} mid-case, then Back and Back again: nothing of the case, not the app's title`, async () => {
    const s = await browser.restart();
    await exitMidCase(s, app.url, how);
    await backShowsNothing(s, 'Back');
    await shot(s, `exit-${how}-back`);
    await backShowsNothing(s, 'Back again');
  });
}
