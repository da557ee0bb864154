// Deadlines that are right on every day (issue 10), in English, French and Arabic: the days around
// an 18th birthday (the day before, the day itself, the day after) and the night Dublin closed
// (31 December 2020, 23:00 UK time). For each, the case is opened from a file in the app and its
// result checked (the banner, the cards), and the command-line tool's text report in the same
// language is checked too.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { serve, launch, phonePage, shot } from './helpers.mjs';
import { tr, fill, norm, longDate, nativeDigits, resultOfFile } from './lang-helpers.mjs';
import { pathwaysBin } from '../shared/engine.mjs';

const LANGS = ['en', 'fr', 'ar'];
const TMP = fs.mkdtempSync(path.join(os.tmpdir(), 'pathways-deadlines-'));

let server, browser;
before(async () => { pathwaysBin(); server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); server?.stop(); fs.rmSync(TMP, { recursive: true, force: true }); });

/** A child in France with a British parent in the UK, assessed on 30 November 2026. */
function birthdayCase(dob) {
  return {
    id: `birthday-${dob}`,
    case: {
      assessed_on: '2026-11-30',
      child: { date_of_birth: dob, age_disputed: false, nationality: 'ER', location: 'FR', unaccompanied: true, married: false, arrived_in_europe_on: '2025-06-01' },
      asylum_claim: { status: 'lodged', country: 'FR', lodged_on: '2025-07-01' },
      take_charge_request: { status: 'none' },
      uk_application: null,
      uk_relatives: [{ relation: 'parent', adult: true, status: 'british', able_to_care: true, family_before_flight: true, written_consent: true }],
    },
  };
}

// The banner's sentences: the birthday, then (18 or over, and no application made) that the routes for children are closed.
const DAYS = [
  { name: 'the day before the 18th birthday', dob: '2008-12-01', keys: ['result.birthday_tomorrow'], date: { year: 2026, month: 12, day: 1 } },
  { name: 'the 18th birthday', dob: '2008-11-30', keys: ['result.birthday_today', 'result.children_closed'], date: { year: 2026, month: 11, day: 30 } },
  { name: 'the day after the 18th birthday', dob: '2008-11-29', keys: ['result.birthday_passed', 'result.children_closed'], date: { year: 2026, month: 11, day: 29 } },
];

/** Text as read: spaces as spaces, without the isolates that keep values in order in RTL text. */
const plain = (s) => norm(String(s ?? '').replace(/[\u2066-\u2069\u200e\u200f]/g, ''));


function writeCase(c) {
  const file = path.join(TMP, `${c.id}.json`);
  fs.writeFileSync(file, JSON.stringify(c, null, 1));
  return file;
}

const resultOf = (page, code, file) => resultOfFile(page, server.url, code, file);

/** The cards: pathway id, verdict, and the text of each deadline line. */
const cards = (page) => page.locator('.card').evaluateAll((cs) => cs.map((c) => ({
  id: c.dataset.pathway, verdict: c.dataset.verdict,
  deadlines: [...c.querySelectorAll('.card__deadlines li')].map((li) => li.textContent),
})));

function noCountdownOnClosedRoutes(all, where) {
  for (const c of all.filter((c) => c.verdict === 'not_eligible' || c.verdict === 'closed' || c.verdict === 'not_applicable')) {
    assert.deepEqual(c.deadlines, [], `${where}: a ${c.verdict} card (${c.id}) shows a deadline`);
  }
}

function noZeroOrNegativeCount(text, code, where) {
  const zero = fill(tr(code, 'report.days_left.other'), { days: nativeDigits(code, 0) });
  assert.ok(!plain(text).includes(plain(zero)), `${where}: "${zero}"`);
  assert.doesNotMatch(plain(text), /-\s?[0-9٠-٩]+\s/, `${where}: a negative count`);
}

const cli = (file, code) => execFileSync(pathwaysBin(), ['evaluate', file, '--text', '--lang', code], { encoding: 'utf8' });

for (const code of LANGS) {
  for (const day of DAYS) {
    test(`${code}: ${day.name}: the banner, the cards and the command-line text`, async () => {
      const file = writeCase(birthdayCase(day.dob));
      const { context, page } = await phonePage(browser);
      try {
        await resultOf(page, code, file);
        const expected = day.keys.map((k) => fill(tr(code, k), { date: longDate(code, day.date) })).join(' ');
        const banners = await page.locator('.result .banner--birthday').evaluateAll((bs) => bs.map((b) => b.textContent));
        assert.deepEqual(banners.map(plain), [plain(expected)], `${code}: the one 18th-birthday banner`);
        const all = await cards(page);
        noCountdownOnClosedRoutes(all, code);
        const body = await page.locator('main').textContent();
        noZeroOrNegativeCount(body, code, `${code}: the result page`);
        if (day.keys[0] !== 'result.birthday_tomorrow') {
          // Once 18, no card counts down to the birthday and no step says to apply before it.
          const before18 = plain(tr(code, 'next.apply_before_18').split('{by}')[0]);
          assert.ok(!plain(body).includes(before18), `${code}: "${before18}" after the 18th birthday`);
        }
        await shot(page, `deadlines-${code}-${day.dob}`);
        assert.deepEqual(page.errors, []);
      } finally {
        await context.close();
      }
      // The command-line tool says the same, in the same language: the banner's sentences.
      const text = cli(file, code);
      const line = day.keys.map((k) => fill(tr(code, k), { date: longDate(code, day.date) })).join(' ');
      assert.ok(plain(text).includes(plain(line)), `${code}: the command-line text lacks "${line}"`);
      noZeroOrNegativeCount(text, code, `${code}: the command-line text`);
    });
  }

  test(`${code}: 31 December 2020, the night Dublin closed: the banner, the Dublin card and the command-line text`, async () => {
    const d14 = JSON.parse(fs.readFileSync(path.join(path.dirname(new URL(import.meta.url).pathname), '../scenarios/own/D14.json'), 'utf8'));
    const file = writeCase({ id: 'dublin-night', case: d14.case });
    const today = { year: 2020, month: 12, day: 31 };
    const { context, page } = await phonePage(browser);
    try {
      await resultOf(page, code, file);
      // First comes the route that closes tonight, not the 18th birthday two years away.
      const first = plain(await page.locator('.result .banner').first().textContent());
      assert.ok(first.includes(plain(tr(code, 'pathway.dublin_family'))), `${code}: the first banner names Dublin: "${first}"`);
      const all = await cards(page);
      noCountdownOnClosedRoutes(all, code);
      const dublin = all.find((c) => c.id === 'dublin_family');
      assert.equal(dublin.verdict, 'likely');
      const tonight = fill(tr(code, 'deadline.today_until'), { date: longDate(code, today), time: nativeDigits(code, '23:00') });
      assert.ok(dublin.deadlines.some((l) => plain(l).includes(plain(tonight))), `${code}: the Dublin card says "${tonight}": ${JSON.stringify(dublin.deadlines)}`);
      // No countdown to a request deadline that falls after the route has closed.
      assert.ok(!dublin.deadlines.some((l) => plain(l).includes(plain(tr(code, 'deadline.dublin_request')))), `${code}: a request deadline after the route closes`);
      noZeroOrNegativeCount(await page.locator('main').textContent(), code, `${code}: the result page`);
      await shot(page, `deadlines-${code}-dublin-night`);
      assert.deepEqual(page.errors, []);
    } finally {
      await context.close();
    }
    const text = cli(file, code);
    const act = text.split('\n').map(plain).find((l) => l.includes(plain(tr(code, 'pathway.dublin_family'))));
    assert.ok(act && act.includes(plain(fill(tr(code, 'deadline.today_until'), { date: longDate(code, today), time: nativeDigits(code, '23:00') }))), `${code}: the command-line text acts first on tonight's cut-off: ${act}`);
    noZeroOrNegativeCount(text, code, `${code}: the command-line text`);
  });
}
