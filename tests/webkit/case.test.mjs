// One whole case in WebKit, as a volunteer would enter it: the public scenario S01 answered screen
// by screen from its facts (each screen's h1 read, radio labels tapped, Day / Month / Year typed,
// countries picked from the list), then "Check your answers", "See the result", and every pathway
// card's verdict compared with the engine's (target/debug/pathways evaluate).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { snapshotDist, removeDir, serveApp, openBrowser, shot, engineVerdicts, scenarioFile, loadScenario, sorted } from './helpers.mjs';
import { openStart, setAssessmentDate, start, answerAll, seeResult } from './drive.mjs';

let dir, app, browser;
before(async () => {
  dir = snapshotDist('case');
  app = await serveApp(dir);
  browser = await openBrowser('case');
});
after(async () => { await browser?.close(); await app?.stop(); removeDir(dir); });

test('S01 answered screen by screen reaches the result, and every card shows the engine\'s verdict', async () => {
  const { s } = browser;
  const scenario = loadScenario('S01');
  const expected = engineVerdicts(scenarioFile('S01'));
  assert.ok(Object.keys(expected).length >= 10, 'the engine lists every pathway: ' + JSON.stringify(expected));

  await openStart(s, app.url);
  console.log(`webkit: viewport ${browser.width} px wide (asked for 360; MiniBrowser's window is at least 447 px)`);
  await setAssessmentDate(s, scenario.case.assessed_on);
  await shot(s, 'case-S01-start');
  await start(s);
  const asked = await answerAll(s, scenario.case);
  assert.ok(asked.length >= 5, 'a whole case asks several questions: ' + asked.join(' | '));
  await shot(s, 'case-S01-check');
  const shown = await seeResult(s);
  await shot(s, 'case-S01-result');
  console.log(`webkit S01: ${asked.length} questions: ${asked.join(' | ')}`);
  assert.deepEqual(sorted(shown), sorted(expected), 'the verdicts on the result page are the engine\'s');
});
