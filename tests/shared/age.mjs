// An independent age implementation for the browser tests: pyrage (requirements.txt, in .venv,
// installed by scripts/setup.sh), through tests/age/pyrage_tool.py. Browser-independent.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './paths.mjs';

const PYTHON = path.join(ROOT, '.venv/bin/python');
const TOOL = path.join(ROOT, 'tests/age/pyrage_tool.py');

function pyrage(args, input) {
  if (!fs.existsSync(PYTHON)) throw new Error(`${PYTHON} is missing: run scripts/setup.sh (it installs pyrage)`);
  return execFileSync(PYTHON, [TOOL, ...args], { input, stdio: ['pipe', 'pipe', 'pipe'] });
}

/** The contents of an age file locked with `passphrase`, decrypted by pyrage (throws if it refuses). */
export const pyrageDecrypt = (file, passphrase) => pyrage(['decrypt', passphrase], fs.readFileSync(file)).toString('utf8');

/** The first line of an armored age file, and its last. */
export const ARMOR = ['-----BEGIN AGE ENCRYPTED FILE-----', '-----END AGE ENCRYPTED FILE-----'];
