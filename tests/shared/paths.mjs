// Where things are, for both end-to-end suites (tests/e2e in Chromium, tests/webkit in WebKit):
// the repository's root and the release build the tests serve.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root folder. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** The release build (`trunk build --release`). */
export const DIST = path.join(ROOT, 'dist');
