// The words around the verdicts on the release build (issue 17): the headline of a case whose
// application was made the day before the 18th birthday names the routes it keeps open, never
// calls them closed; on a phone (360 x 640) a card's next steps are read without opening
// anything; an assessment date in 2030 must be confirmed, then the result says the rules may be
// out of date. Screenshots of the result page in English, French and Arabic.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve, launch, withPhonePage, ROOT } from './helpers.mjs';
import { t, heading, snap, start, answerAll, seeResult, openStart } from './drive.mjs';
import { tr, norm, resultOfFile } from './lang-helpers.mjs';

const OWN = path.join(ROOT, 'tests', 'scenarios', 'own');
let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); server?.stop(); });

const resultOf = (page, code, file) => resultOfFile(page, server.url, code, file);

test('the leap-day application: the headline names the routes it keeps open', async () => {
  await withPhonePage(browser, async (page) => {
    await resultOf(page, 'en', path.join(OWN, 'T01.json'));
    const banner = norm(await page.locator('.result .banner--birthday').textContent());
    const routes = [t('pathway.child_relative_protection'), t('pathway.para_297')].join(t('list.separator'));
    const expected = `${t('result.birthday_passed').replace('{date}', '1 March 2026')} ${t('result.children_kept').replace('{routes}', routes)}`;
    assert.equal(banner, norm(expected));
    assert.ok(!banner.includes(t('result.children_closed')), 'the routes the cards show as open are not called closed');
    for (const id of ['child_relative_protection', 'para_297']) {
      assert.equal(await page.locator(`section[data-pathway=${id}]`).getAttribute('data-verdict'), 'possible');
    }
    await snap(page, 'sentences-leap-day');
  });
});

test('on a phone, a card\'s next steps are read without opening anything', async () => {
  // T08 with whether the child is married not known: the open cards also list what is missing.
  const c = JSON.parse(fs.readFileSync(path.join(OWN, 'T08.json'), 'utf8'));
  c.case.child.married = null;
  const file = path.join(ROOT, 'test-output', 'sentences-T08-married-unknown.json');
  fs.writeFileSync(file, JSON.stringify(c));
  await withPhonePage(browser, async (page) => {
    await resultOf(page, 'en', file);
    const card = page.locator('section[data-pathway=child_relative_protection]');
    const step = card.locator('.next-step').first();
    await step.scrollIntoViewIfNeeded();
    assert.ok(await step.isVisible(), 'the next step is shown');
    assert.equal(await step.evaluate((el) => el.closest('details') === null), true, 'it is not inside the closed details');
    assert.equal(await card.locator('details').evaluate((d) => d.open), false, 'nothing was opened');
    // What is missing on an open card: shown too, never inside the closed details.
    const inDetails = await page.locator('.card--possible details .missing, .card--likely details .missing').count();
    assert.equal(inDetails, 0, 'what is missing on an open card is not hidden in the details');
    const missing = page.locator('.card--possible > .card__todo .missing li').first();
    await missing.scrollIntoViewIfNeeded();
    assert.ok(await missing.isVisible(), 'what is missing is shown too');
    // The days left never split across two lines.
    const deadline = card.locator('.card__deadlines li').first();
    assert.match(await deadline.textContent(), /at\u00a0least\u00a0731\u00a0days\u00a0left/);
    await card.screenshot({ path: path.join(ROOT, 'test-output', 'screenshots', 'sentences-card-next-steps.png') });
  });
});

test('2030: the date must be confirmed, then the result says the rules may be out of date', async () => {
  await withPhonePage(browser, async (page) => {
    await openStart(page, server.url);
    await page.getByRole('link', { name: t('start.change_date'), exact: true }).click();
    await heading(page).filter({ hasText: t('assessed_on.title') }).waitFor();
    await page.getByLabel(t('date.day'), { exact: true }).fill('15');
    await page.getByLabel(t('date.month'), { exact: true }).fill('1');
    await page.getByLabel(t('date.year'), { exact: true }).fill('2030');
    await page.getByRole('button', { name: t('button.set_date') }).click();
    // A warning to confirm, not an error.
    const warning = page.locator('.confirm .warning-text');
    await warning.waitFor();
    assert.match(norm(await warning.textContent()), /more than a year from today/);
    assert.equal(await page.getByRole('alert').count(), 0, 'no error summary');
    await page.getByRole('checkbox', { name: t('assessed_on.confirm') }).check();
    await page.getByRole('button', { name: t('button.set_date') }).click();
    await heading(page).filter({ hasText: t('start.title') }).waitFor();
    await start(page);
    await answerAll(page, { assessed_on: '2030-01-15', child: { age_years: 12, location: 'FR' }, uk_relatives: [] });
    await seeResult(page);
    const banner = norm(await page.locator('.result .banner--rules_old').textContent());
    assert.equal(banner, norm(t('result.rules_old').replace('{checked}', '6 October 2026').replace('{on}', '15 January 2030')));
    await snap(page, 'sentences-2030');
  });
});

for (const code of ['en', 'fr', 'ar']) {
  test(`${code}: the result page at 360 x 640 (a screenshot, looked at)`, async () => {
    await withPhonePage(browser, async (page) => {
      await resultOf(page, code, path.join(OWN, 'T01.json'));
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: path.join(ROOT, 'test-output', 'screenshots', `sentences-result-${code}.png`) });
      await snap(page, `sentences-result-${code}-full`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `${code}: nothing wider than the phone (${overflow} px)`);
    });
  });
}
