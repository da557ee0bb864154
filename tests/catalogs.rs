//! The message catalogs: English has every key the app and the engine use; French has every
//! English key; the other languages have every key the child is asked or told; placeholders
//! agree everywhere; files are sorted; the language list agrees with the files.

use pathways::flow::question::{relative_questions, Kind, AFTER_RELATIVES, BEFORE_RELATIVES};
use pathways::i18n::{placeholders, Catalog, LANGUAGES};
use pathways::rules::{evidence_for, PathwayId, Verdict};
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
/// lower case, digits and `_`) in a family the catalogs use: `m("...")`, `about("...")`,
/// `t.t("...")`, and keys written as bare strings (`"evidence.identity"`, `"fact.relation"`,
/// `"deadline.scheme_end"`, `"confidence.verified"`, `"part.day"`, `text: "ref.dublin.window"`).
fn literal_keys(families: &BTreeSet<String>) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut stack = vec![std::path::PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/src"))];
    while let Some(p) = stack.pop() {
        for entry in std::fs::read_dir(&p).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
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
    let mut questions: Vec<_> = BEFORE_RELATIVES.iter().chain(AFTER_RELATIVES).copied().collect();
    questions.extend(relative_questions(0));
    for q in questions {
        out.insert(format!("q.{}.title", q.key()));
        if let Kind::Choice(options) = q.kind() {
            let group = q.key();
            for o in options {
                out.insert(format!("opt.{group}.{o}"));
            }
        }
    }
    for c in pathways::calendar::Calendar::ALL {
        out.insert(format!("calendar.{}", c.id()));
    }
    for fact in [pathways::rules::Fact::DateOfBirth, pathways::rules::Fact::RelativeStatus(0), pathways::rules::Fact::Request] {
        out.insert(evidence_for(fact).to_string());
        out.insert(fact.label_key().to_string());
    }
    for i in 1..=12 {
        out.insert(format!("month.{i}"));
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
    let missing: Vec<&String> = used.iter().filter(|k| !en.contains(*k) && !rules.contains(*k)).collect();
    assert!(missing.is_empty(), "keys used but missing from i18n/en.json: {missing:?}");
}

fn check_against_english(name: &str, english: &Catalog, required: &dyn Fn(&str) -> bool, exact: bool) {
    let c = load(name);
    assert!(c.is_sorted(), "i18n/{name}: keys must be sorted");
    let own = keys(&c);
    let mut problems = Vec::new();
    for k in english.keys() {
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
        if english.own(k).is_none() && !k.starts_with("_meta.") {
            problems.push(format!("{k}: not an English key"));
        }
    }
    if exact {
        assert_eq!(own.len(), keys(english).len(), "i18n/{name}: a complete catalog has every English key");
    }
    assert!(problems.is_empty(), "i18n/{name}:\n{}", problems.join("\n"));
}

fn child_key_patterns() -> Vec<String> {
    std::fs::read_to_string(format!("{DIR}/CHILD_KEYS.txt"))
        .unwrap()
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(String::from)
        .collect()
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
    for k in ["q.dob.title", "opt.yes", "verdict.likely", "result.birthday_soon", "result.not_advice", "lang.partial_note"] {
        assert!(en.own(k).is_some() && covered(k), "{k}");
    }
}
