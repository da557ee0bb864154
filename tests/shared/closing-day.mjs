// A case for the time question, shared by the Chromium and WebKit tests: refugee family reunion
// applied for on the day it closed (4 September 2025, at 15:00 UK time), the time not given
// (tests/scenarios/own/P059.json moved to that day). Written to a temporary file.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from './paths.mjs';

/** Writes the case to a fresh temporary folder; returns the file's path. */
export function closingDayFile() {
  const c = JSON.parse(fs.readFileSync(path.join(ROOT, 'tests', 'scenarios', 'own', 'P059.json'), 'utf8'));
  c.case.assessed_on = '2025-09-04';
  c.case.uk_application = { submitted_on: '2025-09-04', submitted_at: null };
  delete c.expect;
  delete c.expect_citation;
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pathways-closing-day-')), 'closing-day.json');
  fs.writeFileSync(file, JSON.stringify(c, null, 1));
  return file;
}
