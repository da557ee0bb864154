#![cfg(not(target_arch = "wasm32"))]
//! The message catalogs: English has every key the app and the engine use; French has every
//! English key; the other languages have every key the child is asked or told; placeholders
//! agree everywhere; files are sorted and in their stable form; the language list agrees with
//! the files. The checks of one catalog are `pathways::translation::check`'s (the import's too).

use pathways::fact::{Kind, FACTS};
use pathways::i18n::{Catalog, LANGUAGES};
use pathways::rules::{PathwayId, Verdict};
use pathways::translation::check;
use pathways::translation::review::Texts;
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

/// A catalog file as texts (`pathways::translation` reads and checks them so).
fn texts(name: &str) -> Texts {
    let text = std::fs::read_to_string(format!("{DIR}/{name}")).unwrap_or_else(|e| panic!("i18n/{name}: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("i18n/{name}: {e}"))
}

/// Every catalog passes the checks of `pathways::translation::check` (the same that `pathways
/// catalog import` applies): its name agrees with the language list; it agrees with English
/// (placeholders, no unknown key, no tab or line break); a complete language has every English
/// text (and its rules reference texts, every one of `rules.en.json`), a partial one every text
/// the child is asked or told; each plural text has exactly the forms its language needs (CLDR:
/// Arabic six, French three, Vietnamese one, the others two); and every text a child or
/// volunteer sees is in the language's own script and digits, not left in English.
#[test]
fn every_catalog_agrees_with_english_and_the_language_list() {
    let en = texts("en.json");
    let mut problems = Vec::new();
    for lang in LANGUAGES {
        let name = format!("{}.json", lang.code);
        assert!(load(&name).is_sorted(), "i18n/{name}: keys must be sorted");
        problems.extend(check::catalog(lang, &en, &texts(&name)).into_iter().map(|p| format!("i18n/{name}: {p}")));
        if lang.complete && lang.code != "en" {
            let rules = format!("rules.{}.json", lang.code);
            problems.extend(
                check::against_english(&texts("rules.en.json"), &texts(&rules), &|_| true)
                    .into_iter()
                    .map(|p| format!("i18n/{rules}: {p}")),
            );
        }
    }
    assert!(problems.is_empty(), "{} problems:\n{}", problems.len(), problems.join("\n"));
    // The plural texts the checks look at are there to look at.
    let families: BTreeSet<&str> = en.keys().filter_map(|k| pathways::translation::review::family_of(&en, k)).collect();
    assert!(families.contains("report.days_left") && families.len() >= 5, "{families:?}");
}

#[test]
fn the_child_keys_cover_what_the_child_is_asked_and_told() {
    let en = load("en.json");
    for k in ["q.dob.title", "opt.yes", "verdict.likely", "result.birthday_soon.other", "result.not_advice", "lang.partial_note"] {
        assert!(en.own(k).is_some() && check::child_key(k), "{k}");
    }
}

/// Every catalog file is in the one stable form `pathways catalog import` writes (sorted keys,
/// one per line, one space of indent, no `\u` escapes), so an import with no change leaves it
/// byte for byte as it was.
#[test]
fn every_catalog_file_is_in_its_stable_form() {
    for lang in LANGUAGES {
        for name in [format!("{}.json", lang.code), format!("review/{}.json", lang.code)] {
            let Ok(text) = std::fs::read_to_string(format!("{DIR}/{name}")) else {
                assert!(lang.code == "en" && name.starts_with("review/"), "i18n/{name} is missing");
                continue;
            };
            let value: serde_json::Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("i18n/{name}: {e}"));
            assert!(
                text == pathways::translation::stable_json(&value),
                "i18n/{name}: not in the stable form (keys sorted, one per line, indented by one space)"
            );
        }
    }
}

/// The families of `i18n/LATER.txt`: English texts the web app loads after its first screen.
fn later_families() -> Vec<String> {
    list_file("LATER.txt")
}

/// The sources of what only the result page shows: the engine's reasons, the report, the result
/// page and its cards (and the dispute of a card's verdict, reached only from there), the advice list, and the command-line tool (its calendar, and its translators' files).
const RESULT_ONLY: &[&str] = &[
    "rules/",
    "report/mod.rs",
    "report/rules_page.rs",
    "report/banners.rs",
    "ui/components/result_page.rs",
    "ui/components/pathway_card.rs",
    "ui/components/dispute_page.rs",
    "advice.rs",
    "fact.rs",
    "bin/pathways.rs",
    "ics.rs",
    "translation/",
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
