// Country and month names from CLDR (npm cldr-localenames-full and cldr-dates-full, pinned in
// package.json), written into every catalog as `country.<ISO code>` and `month.<1-12>`: the app
// (the questions, the answers, every date of the result), the command-line tool and the copied
// text name a country or a month from these, in every language and every browser, so that they
// say the same words. Never typed by hand. The Persian catalog is Dari: CLDR's fa-AF (its month
// names, "جنوری", and its country names where they differ from Iran's).
//
//   node tools/countries.mjs           write the names into i18n/<lang>.json
//   node tools/countries.mjs --check   fail if a catalog's names differ from CLDR's (run by scripts/test.sh)
//
// Where CLDR has a shorter name in use (Hong Kong, Macao, Palestine) or a variant naming both
// sides (the Falkland Islands (Islas Malvinas)), that one is taken, as browsers' Intl.DisplayNames
// (ICU) do. A language CLDR has no name for falls back to English, and says so.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CLDR = path.join(ROOT, 'node_modules', 'cldr-localenames-full', 'main');
const DATES = path.join(ROOT, 'node_modules', 'cldr-dates-full', 'main');
/** The CLDR locale of a catalog: its variety. */
const LOCALE = { fa: 'fa-AF' };
const LANGS = ['en', 'fr', 'ar', 'fa', 'ps', 'ckb', 'ti', 'am', 'vi'];
const ALT = { HK: 'HK-alt-short', MO: 'MO-alt-short', PS: 'PS-alt-short', FK: 'FK-alt-variant' };

const codes = fs.readFileSync(path.join(ROOT, 'src', 'case', 'country.rs'), 'utf8').match(/ISO_ALPHA2: &str = "([A-Z]+)"/)[1].match(/../g);

const read = (dir, locale, file) => JSON.parse(fs.readFileSync(path.join(dir, locale, file), 'utf8')).main[locale];

/** A catalog's country names: its variety's where CLDR has them, else its language's. */
function territories(lang) {
  const names = read(CLDR, lang, 'territories.json').localeDisplayNames.territories;
  const locale = LOCALE[lang];
  return locale ? { ...names, ...read(CLDR, locale, 'territories.json').localeDisplayNames.territories } : names;
}

/** A catalog's month names, as a date writes them ("4 September 2025"): CLDR's wide format names. */
function months(lang) {
  const locale = LOCALE[lang] || lang;
  return read(DATES, locale, 'ca-gregorian.json').dates.calendars.gregorian.months.format.wide;
}

const english = territories('en');
/** Languages read in the same script, for a name CLDR lacks. */
const SAME_SCRIPT = { ckb: ['fa', 'ar'], ps: ['fa', 'ar'], fa: ['ar'], ar: ['fa'], ti: ['am'], am: ['ti'] };
const check = process.argv.includes('--check');
let problems = 0;
for (const lang of LANGS) {
  const names = territories(lang);
  const stand_ins = (SAME_SCRIPT[lang] || []).map(territories).concat([english]);
  const file = path.join(ROOT, 'i18n', `${lang}.json`);
  const catalog = JSON.parse(fs.readFileSync(file, 'utf8'));
  const fallback = [];
  for (const code of codes) {
    const pick = (t) => t[ALT[code]] ?? t[code];
    const name = pick(names) ?? stand_ins.map(pick).find(Boolean);
    if (!names[code]) fallback.push(code);
    const key = `country.${code}`;
    if (check) {
      if (catalog[key] !== name) {
        console.log(`i18n/${lang}.json: ${key} is ${JSON.stringify(catalog[key])}, CLDR says ${JSON.stringify(name)}`);
        problems++;
      }
    } else {
      catalog[key] = name;
    }
  }
  const named = months(lang);
  for (let m = 1; m <= 12; m++) {
    const key = `month.${m}`;
    if (check) {
      if (catalog[key] !== named[m]) {
        console.log(`i18n/${lang}.json: ${key} is ${JSON.stringify(catalog[key])}, CLDR says ${JSON.stringify(named[m])}`);
        problems++;
      }
    } else {
      catalog[key] = named[m];
    }
  }
  if (!check) {
    const sorted = Object.fromEntries(Object.entries(catalog).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    fs.writeFileSync(file, JSON.stringify(sorted, null, 1) + '\n');
  }
  console.log(`${lang}: ${codes.length} countries${fallback.length ? ` (${fallback.join(', ')}: not in CLDR for this language, named in ${(SAME_SCRIPT[lang] || []).concat('en').join(' or ')})` : ''}`);
}
if (check && problems) {
  console.log(`${problems} names differ from CLDR: run node tools/countries.mjs`);
  process.exit(1);
}
