// Quick exit in Firefox leaves nothing to go back to. Firefox keeps a page it leaves in its
// back-forward cache and Back shows that very page again ('pageshow' with `persisted`): before
// static/boot.js emptied it, Back brought back "2 questions answered" with Greece still chosen.
// Here: two questions answered (Greece), Quick exit (the button, or Shift pressed three times),
// then Back and Back again: the neutral page each time (tests/webkit/checks.mjs, as in WebKit),
// and what each restored page showed at the moment it was shown, recorded before the app's own
// listeners run: nothing. And a case left without Quick exit (another address typed), then Back:
// the page restored from the back-forward cache shows nothing of the case either; the app then
// starts again and offers the case kept for this tab (issue 21: a case survives the tab; only Quick
// exit and Start again wipe it), as on a reload.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appAndBrowser, recordPageshows, shot, t, freePort } from './helpers.mjs';
import { twoAnswered, exitMidCase, backShowsNothing } from '../webkit/checks.mjs';
import { waitForHeading } from '../webkit/helpers.mjs';
import { caseShown } from '../shared/exit.mjs';
import { progressRe } from '../shared/catalog.mjs';
import { servePagesAt } from '../shared/serve.mjs';

const run = appAndBrowser('exit');

/** The app's pages restored from the back-forward cache, as they were when shown (not neutral.html). */
const restored = (shows) => shows.filter((p) => p.persisted && !/\/neutral\.html$/.test(p.url));

/** What a restored page showed: its title, text and fields. */
const shown = (p) => ({ title: p.title, text: p.text.trim(), fields: p.fields });

for (const [how, what] of [['button', 'the Quick exit button'], ['shift', 'Shift pressed three times']]) {
  test(`${what} mid-case, then Back and Back again: nothing of the case, not the app's title, also from the back-forward cache`, async () => {
    const { browser, app } = run;
    await browser.newPage();
    const shows = await recordPageshows(browser);
    const { s } = browser;
    await exitMidCase(s, app.url, how);
    await backShowsNothing(s, 'Back');
    await shot(s, `exit-${how}-back`);
    await backShowsNothing(s, 'Back again');
    const back = restored(shows());
    console.log(`gecko: ${back.length} pages restored from the back-forward cache on Back after ${what}`);
    assert.ok(back.length >= 1, `Firefox restored no page from its back-forward cache (pageshow events: ${JSON.stringify(shows().map((p) => [p.url, p.persisted]))}): this test no longer covers that case`);
    for (const p of back) {
      assert.deepEqual(shown(p), { title: t('exit.title'), text: '', fields: [] }, `the page Back restored from the back-forward cache showed ${caseShown(p.text).join(', ') || JSON.stringify(p.text.slice(0, 120))}`);
    }
    assert.deepEqual(browser.errors, [], 'no script errors');
  });
}

test('a case left without Quick exit (another address typed), then Back: restored from the back-forward cache showing nothing, then the start page offers the case kept in this tab', async () => {
  const { browser, app } = run;
  await browser.newPage();
  const shows = await recordPageshows(browser);
  const { s } = browser;
  const elsewhere = await servePagesAt(await freePort(), { '/': { body: '<!doctype html><title>Elsewhere</title><p>Another site</p>' } });
  try {
    await twoAnswered(s, app.url);
    await s.navigate(elsewhere.url);
    await s.back();
    await waitForHeading(s, t('start.title'), { timeout: 30000 });
    const back = restored(shows());
    assert.equal(back.length, 1, `Back restored the page from the back-forward cache (pageshow events: ${JSON.stringify(shows().map((p) => [p.url, p.persisted]))})`);
    assert.deepEqual(shown(back[0]), { title: t('exit.title'), text: '', fields: [] }, `the restored page showed ${caseShown(back[0].text).join(', ') || JSON.stringify(back[0].text.slice(0, 120))}`);
    // Then the app starts again in this tab, which still holds the case (session storage): the
    // start page says how far it went and offers to continue it; Quick exit would have wiped it.
    const text = await s.execute('return document.body.innerText');
    assert.ok(progressRe().test(text), `the start page shows the case in progress: ${JSON.stringify(text.slice(0, 300))}`);
    assert.ok(text.includes(t('start.continue')) && text.includes(t('start.new_case')), 'it offers "Continue the case" and "Start a new case"');
    await shot(s, 'exit-left-back');
    assert.deepEqual(browser.errors, [], 'no script errors');
  } finally {
    await elsewhere.stop();
  }
});
