// `pathways evaluate FILE --ics`, read back by an independent parser (ical.js): one all-day
// event per deadline of a route that is likely or possible (the 18th birthday once), on the days
// the JSON report gives; no date of birth in any title; two reminders each; the same UIDs on
// every run. On the public scenarios and on a generated case with a known 18th birthday.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import ICAL from 'ical.js';
import { SCENARIOS, pathwaysBin } from '../shared/engine.mjs';
import { ROOT } from '../shared/paths.mjs';

const TMP = path.join(ROOT, 'test-output', 'cli');

const run = (args) => execFileSync(pathwaysBin(), args, { encoding: 'utf8' });

/** The events of `pathways evaluate FILE --ics`, parsed by ical.js. */
function calendarOf(file) {
  const text = run(['evaluate', file, '--ics']);
  const cal = new ICAL.Component(ICAL.parse(text));
  assert.equal(cal.name, 'vcalendar');
  assert.equal(cal.getFirstPropertyValue('version'), '2.0');
  return { text, events: cal.getAllSubcomponents('vevent').map((v) => ({ v, e: new ICAL.Event(v) })) };
}

/** The open deadlines the JSON report gives: { kind, earliest } of likely and possible routes, the 18th birthday once. */
function deadlinesOf(file) {
  const report = JSON.parse(run(['evaluate', file]));
  const out = new Map();
  for (const p of report.pathways.filter((p) => p.verdict === 'likely' || p.verdict === 'possible')) {
    for (const d of p.deadlines) {
      const key = d.kind === 'eighteenth_birthday' ? d.kind : `${p.id}/${d.kind}/${d.earliest}`;
      out.set(key, d.earliest);
    }
  }
  return [...out.values()].sort();
}

/** A date of birth in the forms it could be written: 2010-03-15, 20100315, 15 March 2010. */
function dobForms(dob) {
  const [y, m, d] = dob.split('-');
  const month = new Date(Date.UTC(+y, +m - 1, +d)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' });
  return [dob, `${y}${m}${d}`, `${+d} ${month} ${y}`];
}

function checkEvents(file, events) {
  const reference = path.basename(file, '.json');
  const dob = JSON.parse(fs.readFileSync(file, 'utf8')).case.child?.date_of_birth;
  for (const { v, e } of events) {
    assert.ok(e.startDate.isDate, `${file}: DTSTART is a DATE`);
    assert.ok(e.endDate.isDate && e.endDate.compare(e.startDate) > 0, `${file}: an all-day event of one day`);
    assert.equal(e.endDate.toJSDate() - e.startDate.toJSDate(), 86400000, `${file}: one day`);
    assert.match(e.summary, new RegExp(`^Pathways case ${reference}: [^:]+$`), `${file}: ${e.summary}`);
    if (dob) for (const form of dobForms(dob)) assert.ok(!e.summary.includes(form), `${file}: ${e.summary} holds ${form}`);
    assert.match(e.description, /Screening aid, not legal advice\.$/);
    assert.match(e.uid, /^[0-9a-f]{16}@pathways$/);
    const alarms = v.getAllSubcomponents('valarm');
    assert.equal(alarms.length, 2, `${file}: two reminders`);
    assert.deepEqual(alarms.map((a) => a.getFirstPropertyValue('action')), ['DISPLAY', 'DISPLAY']);
    const triggers = alarms.map((a) => a.getFirstPropertyValue('trigger').toSeconds()).sort((a, b) => a - b);
    assert.deepEqual(triggers, [-7 * 86400, -86400], `${file}: a week and a day before`);
  }
  const uids = events.map(({ e }) => e.uid);
  assert.equal(new Set(uids).size, uids.length, `${file}: UIDs are unique`);
}

test('every public scenario: one event per open deadline, on its day', () => {
  let withEvents = 0;
  for (const name of fs.readdirSync(SCENARIOS).filter((n) => n.endsWith('.json')).sort()) {
    const file = path.join(SCENARIOS, name);
    const { events } = calendarOf(file);
    const days = events.map(({ e }) => e.startDate.toString()).sort();
    assert.deepEqual(days, deadlinesOf(file), `${name}: the days of the JSON report's deadlines`);
    checkEvents(file, events);
    if (events.length) withEvents += 1;
  }
  assert.ok(withEvents >= 3, `some public scenarios have open deadlines (${withEvents})`);
});

test('the same file gives the same UIDs on every run, and another file other UIDs', () => {
  const file = path.join(SCENARIOS, 'S13.json');
  const once = calendarOf(file);
  const again = calendarOf(file);
  assert.ok(once.events.length > 0);
  assert.equal(once.text, again.text, 'the whole calendar is the same');
  fs.mkdirSync(TMP, { recursive: true });
  const copy = path.join(TMP, 'S13-copy.json');
  fs.copyFileSync(file, copy);
  const other = calendarOf(copy).events.map(({ e }) => e.uid);
  for (const { e } of once.events) assert.ok(!other.includes(e.uid), `${e.uid} is the reference's own`);
});

test('a generated case: the 18th birthday on its day, once, with its reminders', () => {
  fs.mkdirSync(TMP, { recursive: true });
  const file = path.join(TMP, 'case-2028.json');
  const dob = '2010-03-15';
  fs.writeFileSync(file, JSON.stringify({
    case: {
      assessed_on: '2026-07-01',
      child: { date_of_birth: dob, nationality: 'AF', location: 'FR', unaccompanied: true, married: false },
      uk_relatives: [{ relation: 'parent', adult: true, status: 'protection', family_before_flight: true }],
    },
  }));
  const { text, events } = calendarOf(file);
  checkEvents(file, events);
  const birthdays = events.filter(({ e }) => e.summary === 'Pathways case case-2028: 18th birthday');
  assert.equal(birthdays.length, 1, text);
  const { v, e } = birthdays[0];
  assert.equal(e.startDate.toString(), '2028-03-15');
  assert.equal(v.getFirstPropertyValue('dtstamp').toString(), '2026-07-01T00:00:00Z');
  assert.match(e.description, /18th birthday: 15 March 2028/);
  // The reminders go off a week and a day before: 8 and 14 March 2028.
  const fire = v.getAllSubcomponents('valarm').map((a) => {
    const at = e.startDate.clone();
    at.addDuration(a.getFirstPropertyValue('trigger'));
    return at.toString();
  }).sort();
  assert.deepEqual(fire, ['2028-03-08', '2028-03-14']);
  // Nowhere in the calendar is the date of birth.
  for (const form of dobForms(dob)) assert.ok(!text.replace(/\r\n /g, '').includes(form), form);
});
