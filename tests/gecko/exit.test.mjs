// Quick exit in Firefox leaves nothing to go back to. Firefox keeps a page it leaves in its
// back-forward cache and Back shows that very page again ('pageshow' with `persisted`): before
// static/boot.js emptied it, Back brought back "2 questions answered" with Greece still chosen.
// Here: two questions answered (Greece), Quick exit (the button, or Shift pressed three times),
// then Back and Back again: the neutral page each time (tests/webkit/checks.mjs, as in WebKit),
// and what each restored page showed at the moment it was shown, recorded before the app's own
// listeners run: nothing. And a case left without Quick exit (another address typed), then Back:
// leaving asks first (answers not saved); the page restored from the back-forward cache shows
// nothing of the case either; the app then starts again and brings back the case kept for this tab
// where it was (issue 21: a case survives the tab; only Quick exit and Start again wipe it), as on
// a reload, without asking again.
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

test('a case left without Quick exit (another address typed), then Back: restored from the back-forward cache showing nothing, then the case kept in this tab comes back where it was', async () => {
  const { browser, app } = run;
  await browser.newPage();
  const shows = await recordPageshows(browser);
  const { s } = browser;
  const elsewhere = await servePagesAt(await freePort(), { '/': { body: '<!doctype html><title>Elsewhere</title><p>Another site</p>' } });
  try {
    await twoAnswered(s, app.url);
    const where = await s.execute('return document.querySelector("h1").textContent');
    // The answers are not saved, so leaving asks first (beforeunload); the person leaves anyway.
    const asked = [];
    const leave = (dialog) => { asked.push(dialog.type()); dialog.accept().catch(() => {}); };
    s.page.on('dialog', leave);
    try {
      await s.navigate(elsewhere.url);
    } finally {
      s.page.off('dialog', leave);
    }
    assert.deepEqual(asked, ['beforeunload'], 'leaving with answers not saved asked first');
    await s.back();
    await waitForHeading(s, where, { timeout: 30000 });
    const back = restored(shows());
    assert.equal(back.length, 1, `Back restored the page from the back-forward cache (pageshow events: ${JSON.stringify(shows().map((p) => [p.url, p.persisted]))})`);
    assert.deepEqual(shown(back[0]), { title: t('exit.title'), text: '', fields: [] }, `the restored page showed ${caseShown(back[0].text).join(', ') || JSON.stringify(back[0].text.slice(0, 120))}`);
    // Then the app starts again in this tab, which still holds the case (session storage), as on
    // a reload: the screen it was on, with its progress, and a line saying the answers were kept.
    // Quick exit would have wiped it.
    const text = await s.execute('return document.body.innerText');
    assert.ok(progressRe().test(text), `the screen shows the case in progress: ${JSON.stringify(text.slice(0, 300))}`);
    assert.ok(text.includes(t('notice.kept')), `it says the answers were kept: ${JSON.stringify(text.slice(0, 300))}`);
    await shot(s, 'exit-left-back');
    assert.deepEqual(browser.errors, [], 'no script errors');
  } finally {
    await elsewhere.stop();
  }
});
