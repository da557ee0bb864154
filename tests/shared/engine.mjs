// The engine's side of the end-to-end tests: the public scenarios (tests/scenarios/public) and
// the verdicts the command-line tool (target/debug/pathways evaluate) gives for a case, to compare
// with the result page. Browser-independent: tests/e2e and tests/webkit both use it.
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { ROOT } from './paths.mjs';

export const SCENARIOS = path.join(ROOT, 'tests/scenarios/public');
/** Where engineVerdictsOf writes the cases it is given. */
const TMP = path.join(ROOT, 'test-output', 'e2e-cases');

/** The file of public scenario `id` (for example 'S01'). */
export const scenarioFile = (id) => path.join(SCENARIOS, `${id}.json`);

/** Public scenario `id`, parsed ({ case, ... }). */
export function loadScenario(id) {
  return JSON.parse(fs.readFileSync(scenarioFile(id), 'utf8'));
}

let built = null;
/** The command-line tool, built once per test file (cargo build is a no-op when up to date). */
export function pathwaysBin() {
  if (built) return built;
  const bin = process.env.PATHWAYS_BIN || path.join(ROOT, 'target/debug/pathways');
  if (!process.env.PATHWAYS_BIN) {
    const env = { ...process.env, PATH: `${process.env.HOME}/.cargo/bin:${process.env.PATH}` };
    try {
      execFileSync('cargo', ['build', '--quiet', '--bin', 'pathways'], { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'pipe'] });
    } catch (e) {
      if (!fs.existsSync(bin)) throw new Error('cargo build --bin pathways failed: ' + e.stderr);
      console.warn('cargo build --bin pathways failed; using the existing binary:', String(e.stderr).slice(0, 500));
    }
  }
  built = bin;
  return bin;
}

/** The engine's verdicts for a case file, as { pathway: verdict }. */
export function engineVerdicts(file) {
  const out = execFileSync(pathwaysBin(), ['evaluate', file], { encoding: 'utf8' });
  return Object.fromEntries(JSON.parse(out).pathways.map((p) => [p.id, p.verdict]));
}

/** The engine's verdicts for a case object (written to test-output/e2e-cases/NAME.json). */
export function engineVerdictsOf(c, name) {
  fs.mkdirSync(TMP, { recursive: true });
  const file = path.join(TMP, `${name}.json`);
  fs.writeFileSync(file, JSON.stringify({ case: c }, null, 1));
  return engineVerdicts(file);
}
