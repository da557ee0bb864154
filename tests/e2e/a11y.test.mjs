// Accessibility: axe-core on every distinct screen at the phone viewport. The pages run under the
// app's own strict CSP (no bypass): axe is injected through the DevTools protocol (page.evaluate),
// which the page's CSP does not govern, and any console error or CSP violation fails the test.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve, launch, phonePage, ROOT } from './helpers.mjs';
import {
  t, title, loadScenario, openStart, openOtherDate, setAssessmentDate, start, answerAll, completeCase, seeResult,
  errorSummary, dobAnswer, headingText,
  reach as reachAt,
} from './drive.mjs';

const AXE = fs.readFileSync(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); server?.stop(); });

/** Runs axe on the page; fails listing each violation (id, impact, help, target nodes). */
async function expectNoViolations(page, screen) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({ target: n.target.join(' '), summary: n.failureSummary })),
    }));
  });
  const report = violations.map((v) => `  [${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n` +
    v.nodes.map((n) => `      ${n.target}\n        ${String(n.summary).replaceAll('\n', '\n        ')}`).join('\n')).join('\n');
  assert.equal(violations.length, 0, `${screen}: ${violations.length} axe violation(s)\n${report}`);
}

async function withPage(fn) {
  const { context, page } = await phonePage(browser);
  try {
    await fn(page);
    assert.deepEqual(page.errors, [], 'console errors (a CSP violation is one)');
  } finally {
    await context.close();
  }
}

const continueButton = (page) => page.getByRole('button', { name: t('button.continue'), exact: true });

/** From the start page: sets the date, starts and answers from `c` up to the question `key`. */
const reach = (page, c, key, n = null) => reachAt(page, server.url, c, key, n);

const S01 = () => loadScenario('S01').case;

test('axe: start page, and the assessment date screen', async () => {
  await withPage(async (page) => {
    await openStart(page, server.url);
    await expectNoViolations(page, 'start page');
    await openOtherDate(page);
    await expectNoViolations(page, 'assessment date');
  });
});

test('axe: a radio question', async () => {
  await withPage(async (page) => {
    await reach(page, S01(), 'relatives');
    await expectNoViolations(page, 'radio question (relatives)');
  });
});

for (const [mode, label] of [['date', 'dob.mode_date'], ['age', 'dob.mode_age'], ['unknown', 'dob.mode_unknown']]) {
  test(`axe: the date of birth question, "${t(label)}"`, async () => {
    await withPage(async (page) => {
      await reach(page, S01(), 'dob');
      await page.getByRole('radio', { name: t(label), exact: true }).check();
      if (mode === 'date') await page.getByLabel(t('dob.calendar'), { exact: true }).waitFor();
      if (mode === 'age') await page.getByLabel(t('dob.age_label'), { exact: true }).waitFor();
      await expectNoViolations(page, `date of birth (${mode})`);
    });
  });
}

test('axe: a date question', async () => {
  await withPage(async (page) => {
    await reach(page, S01(), 'claim_date');
    await expectNoViolations(page, 'date question (claim date)');
  });
});

test('axe: a country question', async () => {
  await withPage(async (page) => {
    await reach(page, S01(), 'location');
    await expectNoViolations(page, 'country question (location)');
  });
});

test('axe: the time question', async () => {
  // Applied on 4 September 2025, the day refugee family reunion closed: the time is asked.
  const c = JSON.parse(JSON.stringify(loadScenario('S35').case));
  c.assessed_on = '2025-10-01';
  c.uk_application = { submitted_on: '2025-09-04', submitted_at: '14:30' };
  await withPage(async (page) => {
    await reach(page, c, 'application_time');
    await expectNoViolations(page, 'time question');
  });
});

test('axe: an error on a date question', async () => {
  await withPage(async (page) => {
    await reach(page, S01(), 'claim_date');
    await continueButton(page).click();
    await errorSummary(page).waitFor();
    await expectNoViolations(page, 'error on a date question');
  });
});

test('axe: an error on a country question', async () => {
  await withPage(async (page) => {
    await reach(page, S01(), 'location');
    await continueButton(page).click();
    await errorSummary(page).waitFor();
    await expectNoViolations(page, 'error on a country question');
  });
});

test('axe: a warning asking to confirm the date of birth (with the "Yes, this is right" box)', async () => {
  await withPage(async (page) => {
    await reach(page, S01(), 'dob');
    await dobAnswer(page, { age: 30 });
    await page.getByRole('checkbox', { name: t('dob.confirm') }).waitFor();
    assert.equal(await errorSummary(page).count(), 0, 'asking to confirm is not an error');
    await expectNoViolations(page, 'warning asking to confirm an age over 25');
  });
});

test('axe: check your answers', async () => {
  await withPage(async (page) => {
    await completeCase(page, server.url, S01());
    await expectNoViolations(page, 'check your answers');
  });
});

test('check your answers with three relatives: every Change link says which answer it changes', async () => {
  // WCAG 2.4.6 / 2.4.9: links to different places need different names. "Does the child have
  // another relative in the UK?" is asked once per relative, with the same words each time.
  const file = path.join(ROOT, 'tests/scenarios/own/P122.json');
  await withPage(async (page) => {
    await completeCase(page, server.url, JSON.parse(fs.readFileSync(file, 'utf8')).case);
    const names = [];
    for (const link of await page.getByRole('link', { name: new RegExp('^' + t('button.change') + ' ') }).all()) {
      names.push(await link.evaluate((a) => a.textContent.trim()));
    }
    const repeated = [...new Set(names.filter((n, i) => names.indexOf(n) !== i))];
    assert.deepEqual(repeated, [], `Change links with the same name: ${repeated.join(' | ')}`);
  });
});

test('axe: the result, every "Reasons and legal sources" open', async () => {
  await withPage(async (page) => {
    await completeCase(page, server.url, S01());
    await seeResult(page);
    const summaries = page.getByText(t('result.reasons'), { exact: true });
    const n = await summaries.count();
    assert.ok(n >= 10, 'one "Reasons and legal sources" per pathway');
    for (let i = 0; i < n; i++) await summaries.nth(i).click();
    await page.getByText(t('result.status') + ':').first().waitFor();
    await expectNoViolations(page, 'result');
  });
});

test('axe: "I think this verdict is wrong", and its errors', async () => {
  await withPage(async (page) => {
    await completeCase(page, server.url, S01());
    await seeResult(page);
    const card = page.locator('section[data-pathway]').first();
    await card.getByText(t('result.reasons'), { exact: true }).click();
    await card.getByRole('link', { name: new RegExp(`^${t('desk.dispute_link')}`) }).click();
    await page.getByRole('heading', { level: 1, name: t('desk.dispute_title') }).waitFor();
    await expectNoViolations(page, 'dispute');
    await page.getByRole('button', { name: t('desk.dispute_save'), exact: true }).click();
    await errorSummary(page).waitFor();
    await expectNoViolations(page, 'dispute, both fields in error');
  });
});

test('axe: the Rules page (rules/en.html)', async () => {
  await withPage(async (page) => {
    await page.goto(server.url + 'rules/en.html');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await expectNoViolations(page, 'rules/en.html');
  });
});
