// "Copy as text" (issue 10): the clipboard gets the printed summary as plain text, the same report
// the command-line tool prints for the case (`pathways evaluate --text`): the answers, each route
// with its verdict, the reasons with their citations, the deadlines and the next steps, and none of
// the interface's words (Back, the buttons, Quick exit). The volunteer is told it was copied.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { serve, launch, phonePage } from './helpers.mjs';
import { t, title, loadScenario, completeCase, seeResult, pathwaysBin, SCENARIOS } from './drive.mjs';

let server, browser;
before(async () => { pathwaysBin(); server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); server?.stop(); });

/** The lines of the command-line tool's text report after the answers: the verdicts, reasons,
 * deadlines and next steps (countries named as the app names them: both read CLDR's names). */
function cliLines(id) {
  const text = execFileSync(pathwaysBin(), ['evaluate', '--text', `${SCENARIOS}/${id}.json`], { encoding: 'utf8' });
  const lines = text.split('\n').map((l) => l.trimEnd());
  const answersAt = lines.indexOf(t('result.answers'));
  const firstRoute = lines.findIndex((l) => l.startsWith('## '));
  assert.ok(answersAt >= 0 && firstRoute > answersAt, `the CLI report of ${id} has its answers, then its routes`);
  return lines.slice(firstRoute).filter((l) => l.trim() !== '');
}

for (const id of ['S01', 'S13']) {
  test(`${id}: "Copy as text" copies the report the CLI prints, with the answers and no interface words`, async () => {
    const { context, page } = await phonePage(browser);
    try {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url.replace(/\/$/, '') });
      const c = loadScenario(id).case;
      await completeCase(page, server.url, c);
      await seeResult(page);
      await page.getByRole('button', { name: t('button.copy') }).click();
      await page.getByText(t('button.copied')).waitFor();
      const copied = (await page.evaluate(() => navigator.clipboard.readText())).split('\n').map((l) => l.trimEnd());

      // Every verdict, reason with citation, deadline and next step, word for word as the CLI has it.
      const expected = cliLines(id);
      const missing = expected.filter((l) => !copied.includes(l));
      assert.deepEqual(missing, [], `lines of the CLI's report missing from the copied text:\n${missing.join('\n')}`);
      assert.ok(expected.filter((l) => l.startsWith('## ')).length >= 5, 'every route is there');

      // The answers: every question asked, with its answer.
      assert.ok(copied.includes(t('result.answers')), 'the answers heading');
      const asked = copied.filter((l) => l.startsWith(' - ') && l.includes('?'));
      assert.ok(asked.some((l) => l.startsWith(` - ${title('dob')} `)), 'the date of birth is among the answers');
      assert.ok(asked.length >= 10, `the answers are listed (${asked.length})`);

      // No interface words.
      assert.ok(copied[0].length > 0 && !copied[0].startsWith(t('button.back')), `it starts with the report, not "${copied[0]}"`);
      for (const key of ['button.back', 'button.print', 'button.copy', 'button.export', 'button.change_answers', 'button.start_again', 'quick_exit.label']) {
        assert.ok(!copied.includes(t(key)), `"${t(key)}" is not in the copied text`);
      }
      assert.deepEqual(page.errors, [], 'no console errors');
    } finally {
      await context.close();
    }
  });
}
