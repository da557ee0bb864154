//! The message catalogs: English has every key the app and the engine use; French has every
//! English key; the other languages have every key the child is asked or told; placeholders
//! agree everywhere; files are sorted; the language list agrees with the files.

use pathways::fact::{Kind, FACTS};
use pathways::i18n::{placeholders, Catalog, LANGUAGES};
use pathways::rules::{PathwayId, Verdict};
use std::collections::BTreeSet;

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/i18n");

fn load(name: &str) -> Catalog {
    let text = std::fs::read_to_string(format!("{DIR}/{name}")).unwrap_or_else(|e| panic!("i18n/{name}: {e}"));
    Catalog::from_json(name.trim_end_matches(".json"), &text).unwrap_or_else(|e| panic!("{e}"))
}

fn keys(c: &Catalog) -> BTreeSet<String> {
    c.keys().map(String::from).collect()
}

/// Every string literal in the Rust sources that has the shape of a catalog key (`family.rest`,
/// lower case, digits and `_`) in a family the catalogs use: `message("...")`, `about("...")`,
/// `texts.text("...")`, and keys written as bare strings (`"evidence.identity"`, `"fact.relation"`,
/// `"deadline.scheme_end"`, `"confidence.verified"`, `"part.day"`, `text: "ref.dublin.window"`).
fn literal_keys(families: &BTreeSet<String>) -> BTreeSet<String> {
    literal_keys_in(families, &|_| true)
}

/// The same, in the source files `pick` accepts (a path relative to `src/`, such as `ui/app.rs`).
fn literal_keys_in(families: &BTreeSet<String>, pick: &dyn Fn(&str) -> bool) -> BTreeSet<String> {
    let src = concat!(env!("CARGO_MANIFEST_DIR"), "/src/");
    let mut out = BTreeSet::new();
    let mut stack = vec![std::path::PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/src"))];
    while let Some(p) = stack.pop() {
        for entry in std::fs::read_dir(&p).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") && pick(&path.to_string_lossy().replace(src, "")) {
                let text = std::fs::read_to_string(&path).unwrap();
                // The text between each pair of quotes (odd pieces); escaped quotes do not occur in keys.
                for (i, piece) in text.split('"').enumerate() {
                    let key_like = piece.contains('.')
                        && !piece.starts_with('.')
                        && !piece.ends_with('.')
                        && piece.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '.');
                    if i % 2 == 1 && key_like && families.contains(piece.split('.').next().unwrap_or("")) {
                        out.insert(piece.to_string());
                    }
                }
            }
        }
    }
    out
}

/// Keys the code builds from parts (`format!("pathway.{id}")` and the like).
fn built_keys() -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for p in PathwayId::ALL {
        out.insert(format!("pathway.{}", p.id()));
    }
    for v in Verdict::ALL {
        out.insert(format!("verdict.{}", v.id()));
    }
    for row in FACTS {
        out.insert(format!("q.{}.title", row.key));
        out.insert(row.label.to_string());
        out.insert(row.evidence.to_string());
        if let Kind::Choice(choice) = row.kind {
            for o in choice.options() {
                out.insert(format!("opt.{}.{o}", choice.group()));
            }
        }
    }
    for c in pathways::calendar::Calendar::ALL {
        out.insert(format!("calendar.{}", c.id()));
    }
    for i in 1..=12 {
        out.insert(format!("month.{i}"));
    }
    // Each organisation on the result page says what it does and where, in every language.
    assert!(pathways::advice::ORGANISATIONS.len() >= 3);
    for o in pathways::advice::ORGANISATIONS {
        assert!(o.url.starts_with("https://") && !o.name.is_empty(), "{}", o.name);
        out.insert(o.what_key());
        out.insert(o.region_key());
    }
    out
}

#[test]
fn english_has_every_key_the_code_uses() {
    let en = keys(&load("en.json"));
    let rules = keys(&load("rules.en.json"));
    let families: BTreeSet<String> =
        en.iter().chain(&rules).filter(|k| !k.starts_with('_')).map(|k| k.split('.').next().unwrap_or("").to_string()).collect();
    let literals = literal_keys(&families);
    // The scan sees keys written as bare strings, which a scan of calls alone missed.
    for bare in ["evidence.identity", "fact.relation", "deadline.scheme_end", "confidence.verified", "part.day", "ref.dublin.window"] {
        assert!(literals.contains(bare), "the key scan misses {bare}");
    }
    let used: BTreeSet<String> = literals.into_iter().chain(built_keys()).collect();
    assert!(used.len() > 300, "found only {} keys in the sources", used.len());
    // A plural text is a family of keys (`report.days_left.one`, `.other`): its name counts as present.
    let present = |k: &String| en.contains(k) || rules.contains(k) || en.contains(&format!("{k}.other"));
    let missing: Vec<&String> = used.iter().filter(|k| !present(k)).collect();
    assert!(missing.is_empty(), "keys used but missing from i18n/en.json: {missing:?}");
}

/// The plural family a key belongs to (`report.days_left` for `report.days_left.few`), if English
/// has that family: its forms differ by language and are checked by the plural test.
fn plural_family<'k>(english: &Catalog, k: &'k str) -> Option<&'k str> {
    let (family, form) = k.rsplit_once('.')?;
    let forms = ["zero", "one", "two", "few", "many", "other"];
    (forms.contains(&form) && english.own(&format!("{family}.other")).is_some()).then_some(family)
}

fn check_against_english(name: &str, english: &Catalog, required: &dyn Fn(&str) -> bool, exact: bool) {
    let c = load(name);
    assert!(c.is_sorted(), "i18n/{name}: keys must be sorted");
    let own = keys(&c);
    let mut problems = Vec::new();
    // Plural forms: no placeholder English's `other` form lacks (a form may say its number in
    // words, as Arabic's "one" and "two" do).
    for k in own.iter().filter(|k| plural_family(english, k).is_some()) {
        let family = plural_family(english, k).unwrap_or_default();
        let (want, got) = (placeholders(english.get(&format!("{family}.other"))), placeholders(c.get(k)));
        if !got.iter().all(|p| want.contains(p)) {
            problems.push(format!("{k}: placeholders {got:?}, English has {want:?}"));
        }
    }
    for k in english.keys().filter(|k| plural_family(english, k).is_none()) {
        match c.own(k) {
            Some(text) => {
                let (want, got) = (placeholders(english.get(k)), placeholders(text));
                if want != got {
                    problems.push(format!("{k}: placeholders {got:?}, English has {want:?}"));
                }
                if text.contains(['\t', '\n']) {
                    problems.push(format!("{k}: tab or line break"));
                }
            }
            None if required(k) => problems.push(format!("{k}: missing")),
            None => {}
        }
    }
    for k in &own {
        if english.own(k).is_none() && !k.starts_with("_meta.") && plural_family(english, k).is_none() {
            problems.push(format!("{k}: not an English key"));
        }
    }
    if exact {
        let singular = |cat: &BTreeSet<String>| cat.iter().filter(|k| plural_family(english, k).is_none()).count();
        assert_eq!(singular(&own), singular(&keys(english)), "i18n/{name}: a complete catalog has every English key");
    }
    assert!(problems.is_empty(), "i18n/{name}:\n{}", problems.join("\n"));
}

/// The lines of a list file in `i18n/` (blank lines and `#` comments left out).
fn list_file(name: &str) -> Vec<String> {
    std::fs::read_to_string(format!("{DIR}/{name}"))
        .unwrap_or_else(|e| panic!("i18n/{name}: {e}"))
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(String::from)
        .collect()
}

fn child_key_patterns() -> Vec<String> {
    list_file("CHILD_KEYS.txt")
}

#[test]
fn every_catalog_agrees_with_english_and_the_language_list() {
    let en = load("en.json");
    let rules_en = load("rules.en.json");
    let patterns = child_key_patterns();
    let child_key = |k: &str| patterns.iter().any(|p| if p.ends_with('.') { k.starts_with(p.as_str()) } else { k == p });
    for lang in LANGUAGES {
        let name = format!("{}.json", lang.code);
        let c = load(&name);
        assert_eq!(c.own("_meta.name"), Some(lang.name), "i18n/{name}: _meta.name");
        let review = if lang.reviewed { "reviewed" } else { "draft" };
        assert_eq!(c.own("_meta.review"), Some(review), "i18n/{name}: _meta.review must match the language list");
        if lang.code == "en" {
            continue;
        }
        if lang.complete {
            check_against_english(&name, &en, &|k| !k.starts_with("_meta."), true);
            check_against_english(&format!("rules.{}.json", lang.code), &rules_en, &|_| true, true);
        } else {
            check_against_english(&name, &en, &|k| child_key(k), false);
        }
    }
}

#[test]
fn the_child_keys_cover_what_the_child_is_asked_and_told() {
    let patterns = child_key_patterns();
    let en = load("en.json");
    let covered = |k: &str| patterns.iter().any(|p| if p.ends_with('.') { k.starts_with(p.as_str()) } else { k == p });
    for k in ["q.dob.title", "opt.yes", "verdict.likely", "result.birthday_soon.other", "result.not_advice", "lang.partial_note"] {
        assert!(en.own(k).is_some() && covered(k), "{k}");
    }
}

/// Every plural text has, in every language that translates it, the forms its language needs
/// (CLDR: Arabic six, French three, Vietnamese one, the others two), and no others.
#[test]
fn plural_texts_have_every_form_their_language_needs() {
    use pathways::i18n::plural::categories;
    let english = load("en.json");
    let families: BTreeSet<String> = english
        .keys()
        .filter_map(|k| k.strip_suffix(".other"))
        .filter(|f| english.own(&format!("{f}.one")).is_some())
        .map(String::from)
        .collect();
    assert!(families.contains("report.days_left"), "{families:?}");
    let mut problems = Vec::new();
    for l in LANGUAGES {
        let c = if l.code == "en" { load("en.json") } else { load(&format!("{}.json", l.code)) };
        for f in &families {
            let have: BTreeSet<&str> = c.keys().filter_map(|k| k.strip_prefix(f.as_str())?.strip_prefix('.')).collect();
            if have.is_empty() {
                continue;
            }
            let need: BTreeSet<&str> = categories(l.code).iter().copied().collect();
            if have != need {
                problems.push(format!("{}: {f}: has {have:?}, needs {need:?}", l.code));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// What a text is written in, roughly: which scripts its letters belong to.
fn scripts(text: &str) -> (bool, bool, bool) {
    let text = pathways::i18n::fill(text, &|_| Some(String::new()));
    let arabic = text.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c) || ('\u{0750}'..='\u{077F}').contains(&c));
    let ethiopic = text.chars().any(|c| ('\u{1200}'..='\u{139F}').contains(&c));
    let latin = text.chars().any(|c| c.is_ascii_alphabetic());
    (arabic, ethiopic, latin)
}

/// Every text a child or volunteer sees is translated in every language the child can choose:
/// no English left behind, each in its own script (a right-to-left language's text has Arabic-script
/// letters; Tigrinya's and Amharic's, Ethiopic ones), one digit system (no Western digit in the
/// Arabic-script languages: numbers come in their own digits), and each marked as a draft until a
/// reviewer's name and date are recorded.
#[test]
fn child_facing_texts_are_translated_in_their_own_script_and_digits() {
    let en = load("en.json");
    let patterns = child_key_patterns();
    let child_key = |k: &str| patterns.iter().any(|p| if p.ends_with('.') { k.starts_with(p.as_str()) } else { k == p });
    // Texts that are the same in every language (a name, a symbol).
    let same_everywhere = ["app.name", "_meta.review"];
    let mut problems = Vec::new();
    for lang in LANGUAGES.iter().filter(|l| l.code != "en") {
        let c = load(&format!("{}.json", lang.code));
        for k in c.keys().filter(|k| child_key(k) && !k.starts_with("_meta.") && !same_everywhere.contains(k)) {
            let text = c.get(k);
            let english = en.own(k).or_else(|| en.own(&format!("{}.other", k.rsplit_once('.').map_or(k, |(f, _)| f))));
            let (arabic, ethiopic, _) = scripts(text);
            let letters = pathways::i18n::fill(text, &|_| Some(String::new())).chars().any(char::is_alphabetic);
            // A single word may be the same in both languages ("Possible", "France"); a country's
            // name is CLDR's in that language (tools/countries.mjs), Costa Rica in French too.
            if english == Some(text) && letters && text.trim().contains(' ') && !k.starts_with("country.") {
                problems.push(format!("{}: {k}: still in English: {text}", lang.code));
            }
            if lang.rtl && letters && !arabic {
                problems.push(format!("{}: {k}: no Arabic-script letter in a right-to-left text: {text}", lang.code));
            }
            if ["ti", "am"].contains(&lang.code) && letters && !ethiopic {
                problems.push(format!("{}: {k}: no Ethiopic letter: {text}", lang.code));
            }
            let bare = pathways::i18n::fill(text, &|_| Some(String::new()));
            if lang.rtl && bare.chars().any(|c| c.is_ascii_digit()) {
                problems.push(format!("{}: {k}: a Western digit in an Arabic-script text (use the language's digits): {text}", lang.code));
            }
        }
        // Draft until a reviewer is named with a date.
        let reviewer = c.own("_meta.reviewer").is_some() && c.own("_meta.reviewed_on").is_some();
        let reviewed = c.own("_meta.review") == Some("reviewed");
        if reviewed != reviewer {
            problems.push(format!(
                "{}: _meta.review is {:?} but the reviewer's name and date are {}",
                lang.code,
                c.own("_meta.review"),
                if reviewer { "recorded" } else { "not recorded" }
            ));
        }
    }
    assert!(problems.is_empty(), "{} problems:\n{}", problems.len(), problems.join("\n"));
}

/// The families of `i18n/LATER.txt`: English texts the web app loads after its first screen.
fn later_families() -> Vec<String> {
    list_file("LATER.txt")
}

/// The sources of what only the result page shows: the engine's reasons, the report, the result
/// page and its cards, the advice list, and the command-line tool (and its calendar).
const RESULT_ONLY: &[&str] = &[
    "rules/",
    "report/mod.rs",
    "report/rules_page.rs",
    "report/banners.rs",
    "ui/components/result_page.rs",
    "ui/components/pathway_card.rs",
    "advice.rs",
    "fact.rs",
    "bin/pathways.rs",
    "ics.rs",
];

#[test]
fn the_texts_loaded_later_are_only_those_of_the_result_page() {
    let en = keys(&load("en.json"));
    let later = later_families();
    let families: BTreeSet<String> = en.iter().map(|k| k.split('.').next().unwrap_or("").to_string()).collect();
    for f in &later {
        assert!(families.contains(f), "i18n/LATER.txt: {f} is not a family of i18n/en.json");
    }
    // Every key written in the code of the first screens (start, questions, check your answers,
    // errors, header and footer) is built into the app.
    let first = literal_keys_in(&families, &|p| !RESULT_ONLY.iter().any(|r| p.starts_with(r)));
    let first: BTreeSet<String> =
        first.into_iter().chain(built_keys().into_iter().filter(|k| k.starts_with("q.") || k.starts_with("opt."))).collect();
    assert!(first.len() > 150, "found only {} keys in the first screens' sources", first.len());
    let loaded_later: Vec<&String> = first.iter().filter(|k| later.iter().any(|f| k.split('.').next() == Some(f.as_str()))).collect();
    assert!(loaded_later.is_empty(), "keys used before the result page but loaded later (i18n/LATER.txt): {loaded_later:?}");
    // And the split is worth it: most of the reasons' texts wait.
    let later_keys = en.iter().filter(|k| later.iter().any(|f| k.split('.').next() == Some(f.as_str()))).count();
    assert!(later_keys > 150, "only {later_keys} keys are loaded later");
}

/// The example above a date's fields is written by the app (27 March 2010 in the calendar chosen,
/// in the fields' order and direction: `ui/components/date_input.rs`): every catalog's `date.hint`
/// has the `{date}` slot and no number of its own.
#[test]
fn the_date_example_is_the_apps() {
    for lang in LANGUAGES {
        let c = load(&format!("{}.json", lang.code));
        let hint = c.own("date.hint").unwrap_or_else(|| panic!("i18n/{}.json: no date.hint", lang.code));
        assert!(hint.contains("{date}"), "i18n/{}.json: date.hint has the {{date}} slot: {hint:?}", lang.code);
        assert!(!hint.chars().any(char::is_numeric), "i18n/{}.json: date.hint writes no number itself: {hint:?}", lang.code);
    }
}

/// A number never stands beside a value with only spaces between ("20 August 2022 18 years old"
/// reads as one run of numbers): a word or a mark keeps them apart.
#[test]
fn no_number_stands_beside_a_value() {
    let is_gap = |c: char| c == ' ' || c == '\u{a0}' || c == '\u{2068}' || c == '\u{2069}';
    for lang in LANGUAGES {
        let c = load(&format!("{}.json", lang.code));
        for key in keys(&c) {
            let text = c.own(&key).unwrap();
            let mut rest = text;
            while let Some(open) = rest.find('{') {
                let Some(close) = rest[open..].find('}') else { break };
                let (before, after) = (&rest[..open], &rest[open + close + 1..]);
                let touching = before.trim_end_matches(is_gap).chars().last().is_some_and(char::is_numeric)
                    || after.trim_start_matches(is_gap).chars().next().is_some_and(char::is_numeric);
                assert!(!touching, "i18n/{}.json: {key}: a number beside a value: {text:?}", lang.code);
                rest = after;
            }
        }
    }
}
