// Opening and saving a case file in WebKit: the public scenario S13 opened through the start page's
// file field "Open a saved case" (WebDriver types the file's path into the <input type=file>),
// the result compared with the engine's verdicts, then "Save the case as a file". The check is
// tests/webkit/checks.mjs's caseFile (the Gecko suite runs it too).
//
// How the saved file is observed: it is a real download. MiniBrowser (WebKitGTK) saves downloads
// in the XDG download folder, which GLib reads from $XDG_CONFIG_HOME/user-dirs.dirs; openBrowser()
// gives the driver (and so the browser) a throw-away HOME whose user-dirs.dirs points
// XDG_DOWNLOAD_DIR at a folder of its own, and we read the file the browser wrote there.
import { test, before, after } from 'node:test';
import { snapshotDist, removeDir, serveApp, openBrowser, shot } from './helpers.mjs';
import { caseFile } from './checks.mjs';

let dir, app, browser;
before(async () => {
  dir = snapshotDist('casefile');
  app = await serveApp(dir);
  browser = await openBrowser('casefile');
});
after(async () => { await browser?.close(); await app?.stop(); removeDir(dir); });

test('S13 opened from a file reaches the engine\'s verdicts, and "Save the case as a file" keeps every fact', async () => {
  await caseFile(browser.s, app.url, 'S13', { downloads: browser.downloads, shot, engine: 'webkit' });
});
