// The Ethiopic font as the end-to-end tests check it: its file, its @font-face family, the Ge'ez
// characters it holds, and what the page says about it. Browser-independent: tests/e2e and
// tests/webkit both use it.
import { catalog } from './catalog.mjs';

/** The font's file in dist/ and its family in app.css. */
export const FONT = 'fonts/noto-sans-ethiopic.woff2';
export const FAMILY = 'Pathways Ethiopic';

/** A Ge'ez character (the blocks of app.css's unicode-range). */
export const GEEZ = /[\u1200-\u139F\u2D80-\u2DDF\uAB00-\uAB2F]/gu;

/** The Ge'ez characters of `text`. */
export const geez = (text) => String(text).match(GEEZ) ?? [];

/**
 * The characters the subset holds: those of the Tigrinya and Amharic catalogs' texts
 * (tools/ethiopic_font.py cuts it from them; tools/font_check.py fails if it is stale).
 */
export const HELD = new Set(['ti', 'am'].flatMap((code) => Object.values(catalog(code)).flatMap(geez)));

/** The Ge'ez characters of `text` the font does not hold, as "ሀ U+1200" (none: []). */
export const notHeld = (text) => [...new Set(geez(text))].filter((c) => !HELD.has(c))
  .map((c) => `${c} U+${c.codePointAt(0).toString(16).toUpperCase()}`);

/**
 * A script for the page (its body: no arguments) that returns the status of the font's
 * FontFace ('unloaded', 'loading', 'loaded', 'error'), or null if the page declares none.
 */
export const FACE_STATUS = `return ([...document.fonts].find((f) => f.family.replace(/["']/g, '') === ${JSON.stringify(FAMILY)}) || { status: null }).status;`;

/**
 * A script for the page that returns, for the language `arguments[0]`, every month of a year
 * written as the app writes dates (the browser's Intl, long style, Gregorian), joined.
 */
export const INTL_MONTHS = `const f = new Intl.DateTimeFormat(arguments[0] + '-u-ca-gregory', { dateStyle: 'long', timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, m) => f.format(Date.UTC(2025, m, 21))).join(' | ');`;
