// At the caseworker's desk (issue 20), what does not depend on the browser: the calendar file
// "Add the deadlines to a calendar" downloads, read by an independent parser (ical.js) and
// compared with `pathways evaluate --ics`; and the scenario file "I think this verdict is wrong"
// downloads, read as a scenario and run by `pathways scenarios`, which must show it failing with
// the difference. Used by tests/e2e/desk.test.mjs and tests/webkit/desk.test.mjs.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';
import ICAL from 'ical.js';
import { t } from './catalog.mjs';
import { ROOT } from './paths.mjs';
import { pathwaysBin, scenarioFile, loadScenario, engineVerdicts } from './engine.mjs';

/** The scenario the desk tests use: S11 (an 18th birthday and two other open deadlines). */
export const DESK_CASE = 'S11';
/** One with no open deadline (no calendar offered). */
export const NO_DEADLINE_CASE = 'S25';

/** A date of birth in the forms it could be written: 2010-03-15, 20100315, 15 March 2010. */
function dobForms(dob) {
  const [y, m, d] = dob.split('-');
  const month = new Date(Date.UTC(+y, +m - 1, +d)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' });
  return [dob, `${y}${m}${d}`, `${+d} ${month} ${y}`];
}

/** The name the calendar of scenario `id` is downloaded as. */
export const calendarName = (id) => `pathways-deadlines-${loadScenario(id).case.assessed_on}.ics`;

/**
 * The downloaded calendar `text` of scenario `id`: read by ical.js, one all-day event per open
 * deadline, each with reminders a week and a day before, titled by the case file's name only (no
 * date of birth anywhere in the file); the same text as `pathways evaluate FILE --ics` prints for
 * the case saved as `pathways-case-DATE.json`. Returns the number of events.
 */
export function checkCalendar(text, id, tmp) {
  const scenario = loadScenario(id);
  const reference = `pathways-case-${scenario.case.assessed_on}`;
  const cal = new ICAL.Component(ICAL.parse(text));
  assert.equal(cal.name, 'vcalendar');
  assert.equal(cal.getFirstPropertyValue('version'), '2.0');
  const events = cal.getAllSubcomponents('vevent');
  assert.ok(events.length >= 1, 'an event per open deadline');
  for (const v of events) {
    const e = new ICAL.Event(v);
    assert.ok(e.startDate.isDate && e.endDate.isDate, 'an all-day event');
    assert.equal(e.endDate.toJSDate() - e.startDate.toJSDate(), 86400000, 'of one day');
    assert.match(e.summary, new RegExp(`^Pathways case ${reference}: [^:]+$`));
    assert.match(e.description, /Screening aid, not legal advice\.$/);
    const triggers = v.getAllSubcomponents('valarm').map((a) => a.getFirstPropertyValue('trigger').toSeconds()).sort((a, b) => a - b);
    assert.deepEqual(triggers, [-7 * 86400, -86400], 'reminders a week and a day before');
  }
  // The same read as text: the content lines (unfolded).
  const lines = text.replace(/\r\n[ \t]/g, '').split('\r\n');
  const count = (line) => lines.filter((l) => l === line).length;
  assert.equal(count('BEGIN:VEVENT'), events.length);
  assert.equal(count('TRIGGER:-P7D'), events.length);
  assert.equal(count('TRIGGER:-P1D'), events.length);
  assert.equal(lines.filter((l) => l.startsWith('DTSTART;VALUE=DATE:')).length, events.length);
  const dob = scenario.case.child?.date_of_birth;
  if (dob) for (const form of dobForms(dob)) assert.ok(!text.includes(form), `no date of birth (${form}) in the calendar`);
  pythonIcalendar(text, events.length);
  // What the command-line tool writes for the case file of that name.
  const file = path.join(tmp, `${reference}.json`);
  fs.copyFileSync(scenarioFile(id), file);
  assert.equal(text, execFileSync(pathwaysBin(), ['evaluate', file, '--ics'], { encoding: 'utf8' }), 'the calendar `pathways evaluate --ics` writes');
  return events.length;
}

/** The verdict a dispute of a route whose verdict is `current` asks for in the tests. */
export const disputedVerdict = (current) => (current === 'not_eligible' ? 'likely' : 'not_eligible');

/** The name the dispute of `pathway` in scenario `id` is downloaded as. */
export const disputeName = (id, pathway) => `pathways-disputed-${pathway}-${loadScenario(id).case.assessed_on}.json`;

/**
 * The downloaded dispute `file` of scenario `id`: a scenario file (FORMAT.md) titled "Disputed:
 * ROUTE", its `basis` the reason written, its `expect` that one route with the verdict chosen,
 * its case giving the same verdicts as the scenario's; and `pathways scenarios FILE` shows it
 * failing with the difference (exit code 1).
 */
export function checkDispute(file, id, { pathway, current, wanted, reason }) {
  const saved = JSON.parse(fs.readFileSync(file, 'utf8'));
  assert.equal(saved.title, `Disputed: ${t(`pathway.${pathway}`)}`);
  assert.equal(saved.basis, reason.trim());
  assert.deepEqual(saved.expect, { [pathway]: wanted });
  assert.equal(saved.saved_result.verdicts[pathway], current, 'the verdict Pathways gave is recorded');
  assert.deepEqual(engineVerdicts(file), engineVerdicts(scenarioFile(id)), 'the same case');
  const run = spawnSync(pathwaysBin(), ['scenarios', file], { encoding: 'utf8' });
  assert.equal(run.stdout, `${file} ${pathway}: expected ${wanted}, got ${current}\n0 passed, 1 failed\n`);
  assert.equal(run.status, 1);
}

/**
 * Python's `icalendar` as a second independent reader, where a Python has it: $ICALENDAR_PYTHON,
 * else .venv/bin/python (requirements.txt does not list it: without it, this check is skipped and
 * says so). Every event all-day and one day long, reminders 7 days and 1 day before.
 */
function pythonIcalendar(text, count) {
  const python = process.env.ICALENDAR_PYTHON || path.join(ROOT, '.venv', 'bin', 'python');
  const script = `import sys, datetime, icalendar
cal = icalendar.Calendar.from_ical(sys.stdin.buffer.read())
events = cal.walk('VEVENT')
for e in events:
    start, end = e.decoded('DTSTART'), e.decoded('DTEND')
    assert type(start) is datetime.date and (end - start).days == 1, (start, end)
    triggers = sorted(a.decoded('TRIGGER') for a in e.walk('VALARM'))
    assert triggers == [datetime.timedelta(days=-7), datetime.timedelta(days=-1)], triggers
print(len(events))`;
  const run = fs.existsSync(python) ? spawnSync(python, ['-c', script], { input: text, encoding: 'utf8' }) : null;
  if (!run || /No module named .?icalendar/.test(run.stderr)) {
    console.log(`Python's icalendar is not at hand (${python}): the calendar is read by ical.js only`);
    return;
  }
  assert.equal(run.status, 0, `Python's icalendar: ${run.stderr}`);
  assert.equal(Number(run.stdout.trim()), count, "Python's icalendar reads as many events");
}
