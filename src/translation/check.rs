//! The checks every catalog passes, one place for both `tests/catalogs.rs` and `pathways catalog
//! import`: a catalog agrees with English (placeholders, no unknown key, no tab or line break),
//! has what its language must (every text for a complete language, the child's texts
//! (`i18n/CHILD_KEYS.txt`) for the others), every plural form its language needs and no other,
//! and the child's texts are in the language's own script and digits.

use super::review::{family_of, Texts};
use crate::i18n::plural::categories;
use crate::i18n::{fill, placeholders, Language};
use std::collections::BTreeSet;

/// `i18n/CHILD_KEYS.txt`: the keys (or prefixes, ending in `.`) every language translates.
const CHILD_KEYS: &str = include_str!("../../i18n/CHILD_KEYS.txt");

/// A problem with one key of a catalog.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub key: String,
    pub what: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.key, self.what)
    }
}

fn problem(key: &str, what: String) -> Problem {
    Problem { key: key.to_string(), what }
}

/// The patterns of `i18n/CHILD_KEYS.txt`.
pub fn child_key_patterns() -> Vec<&'static str> {
    CHILD_KEYS.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).collect()
}

/// Is `key` one every language must translate (`i18n/CHILD_KEYS.txt`)?
pub fn child_key(key: &str) -> bool {
    child_key_patterns().iter().any(|p| if p.ends_with('.') { key.starts_with(p) } else { key == *p })
}

/// A text as the app has it: an empty text counts as none.
fn own<'t>(texts: &'t Texts, key: &str) -> Option<&'t str> {
    texts.get(key).map(String::as_str).filter(|t| !t.is_empty())
}

/// `catalog` against `english`: the same placeholders (a plural form: none English's `other`
/// form lacks, as a form may say its number in words), no tab or line break, no key English
/// lacks, and every key `required` asks for (a plural family counts as one key, its `other`).
pub fn against_english(english: &Texts, catalog: &Texts, required: &dyn Fn(&str) -> bool) -> Vec<Problem> {
    let mut out = Vec::new();
    for (k, text) in catalog.iter().filter(|(_, t)| !t.is_empty()) {
        let want = match family_of(english, k) {
            Some(family) => placeholders(own(english, &format!("{family}.other")).unwrap_or_default()),
            None => match own(english, k) {
                Some(en) => placeholders(en),
                None => {
                    out.push(problem(k, "not an English key".into()));
                    continue;
                }
            },
        };
        let got = placeholders(text);
        let bad = if family_of(english, k).is_some() { !got.iter().all(|p| want.contains(p)) } else { got != want };
        if bad {
            out.push(problem(k, format!("placeholders {got:?}, English has {want:?}")));
        }
        if text.contains(['\t', '\n']) {
            out.push(problem(k, "tab or line break".into()));
        }
    }
    for k in english.keys().filter(|k| required(k)) {
        let present = match family_of(english, k) {
            Some(family) => catalog.keys().any(|c| family_of(english, c) == Some(family) && own(catalog, c).is_some()),
            None => own(catalog, k).is_some(),
        };
        if !present {
            out.push(problem(k, "missing".into()));
        }
    }
    out.sort_by(|a, b| a.key.cmp(&b.key));
    out.dedup();
    out
}

/// Every plural family the catalog translates has exactly the forms its language needs (CLDR:
/// Arabic six, French three, Vietnamese one, the others two).
pub fn plural_forms(lang: &str, english: &Texts, catalog: &Texts) -> Vec<Problem> {
    let need: BTreeSet<&str> = categories(lang).iter().copied().collect();
    let mut have: std::collections::BTreeMap<&str, BTreeSet<&str>> = std::collections::BTreeMap::new();
    for k in catalog.keys().filter(|k| own(catalog, k).is_some()) {
        if let Some(family) = family_of(english, k) {
            have.entry(family).or_default().insert(&k[family.len() + 1..]);
        }
    }
    have.into_iter()
        .filter(|(_, forms)| *forms != need)
        .map(|(f, forms)| problem(f, format!("has the plural forms {forms:?}, {lang} needs {need:?}")))
        .collect()
}

/// What a text is written in, roughly: whether it has Arabic-script letters, and Ethiopic ones.
fn scripts(text: &str) -> (bool, bool) {
    let arabic = text.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c) || ('\u{0750}'..='\u{077F}').contains(&c));
    let ethiopic = text.chars().any(|c| ('\u{1200}'..='\u{139F}').contains(&c));
    (arabic, ethiopic)
}

/// Every text a child or volunteer sees is translated in every language the child can choose:
/// no English left behind, each in its own script (a right-to-left language's text has
/// Arabic-script letters; Tigrinya's and Amharic's, Ethiopic ones), one digit system (no Western
/// digit in the Arabic-script languages: numbers come in their own digits).
pub fn scripts_and_digits(lang: &Language, english: &Texts, catalog: &Texts) -> Vec<Problem> {
    // Texts that are the same in every language (a name).
    let same_everywhere = ["app.name"];
    let mut out = Vec::new();
    for (k, text) in
        catalog.iter().filter(|(k, t)| child_key(k) && !k.starts_with('_') && !same_everywhere.contains(&k.as_str()) && !t.is_empty())
    {
        let english_text = own(english, k).or_else(|| own(english, &format!("{}.other", family_of(english, k)?)));
        let bare = fill(text, &|_| Some(String::new()));
        let (arabic, ethiopic) = scripts(&bare);
        let letters = bare.chars().any(char::is_alphabetic);
        // A single word may be the same in both languages ("Possible", "France"); a country's
        // name is CLDR's in that language (tools/countries.mjs), Costa Rica in French too.
        if english_text == Some(text.as_str()) && letters && text.trim().contains(' ') && !k.starts_with("country.") {
            out.push(problem(k, format!("still in English: {text}")));
        }
        if lang.rtl && letters && !arabic {
            out.push(problem(k, format!("no Arabic-script letter in a right-to-left text: {text}")));
        }
        if ["ti", "am"].contains(&lang.code) && letters && !ethiopic {
            out.push(problem(k, format!("no Ethiopic letter: {text}")));
        }
        if lang.rtl && bare.chars().any(|c| c.is_ascii_digit()) {
            out.push(problem(k, format!("a Western digit in an Arabic-script text (use the language's digits): {text}")));
        }
    }
    out
}

/// Every check of a language's catalog (`i18n/<code>.json`): its name agrees with the language
/// list, it agrees with English, has what its language must, its plural forms, its scripts.
pub fn catalog(lang: &Language, english: &Texts, catalog: &Texts) -> Vec<Problem> {
    let mut out = Vec::new();
    if own(catalog, "_meta.name") != Some(lang.name) {
        out.push(problem("_meta.name", format!("{:?}, but the language list says {:?}", own(catalog, "_meta.name"), lang.name)));
    }
    if lang.code == super::review::SOURCE {
        return out;
    }
    let required = |k: &str| if lang.complete { !k.starts_with('_') || k == "_meta.name" } else { child_key(k) };
    out.extend(against_english(english, catalog, &required));
    out.extend(plural_forms(lang.code, english, catalog));
    out.extend(scripts_and_digits(lang, english, catalog));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::language;

    fn texts(pairs: &[(&str, &str)]) -> Texts {
        pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    fn english() -> Texts {
        texts(&[
            ("_meta.name", "English"),
            ("app.name", "Pathways"),
            ("progress.left.one", "{n} question left"),
            ("progress.left.other", "{n} questions left"),
            ("q.dob.title", "When was {name} born?"),
            ("a8.weak", "A weak case."),
        ])
    }

    #[test]
    fn names_each_problem_by_its_key() {
        let ar = language("ar").unwrap();
        let c = texts(&[
            ("_meta.name", "العربية"),
            ("progress.left.one", "سؤال واحد"),
            ("progress.left.other", "{n} {x} أسئلة"),
            ("q.dob.title", "When was {name} born?"),
            ("no.such", "x"),
        ]);
        let got: Vec<String> = catalog(ar, &english(), &c).iter().map(|p| p.to_string()).collect();
        for want in [
            "no.such: not an English key",
            "progress.left.other: placeholders [\"n\", \"x\"], English has [\"n\"]",
            "progress.left: has the plural forms {\"one\", \"other\"}, ar needs {\"few\", \"many\", \"one\", \"other\", \"two\", \"zero\"}",
            "q.dob.title: still in English: When was {name} born?",
            "q.dob.title: no Arabic-script letter in a right-to-left text: When was {name} born?",
        ] {
            assert!(got.iter().any(|g| g == want), "missing {want:?} in {got:#?}");
        }
        // A complete language must have every text, a partial one the child's only.
        let fr = language("fr").unwrap();
        let got = catalog(fr, &english(), &texts(&[("_meta.name", "Français")]));
        let missing: Vec<&str> = got.iter().filter(|p| p.what == "missing").map(|p| p.key.as_str()).collect();
        assert_eq!(missing, ["a8.weak", "app.name", "progress.left.one", "progress.left.other", "q.dob.title"]);
        let ti = language("ti").unwrap();
        let got = catalog(
            ti,
            &english(),
            &texts(&[
                ("_meta.name", "wrong"),
                ("q.dob.title", "ብ {name}"),
                ("progress.left.one", "ሓደ"),
                ("progress.left.other", "{n} ሕቶታት"),
            ]),
        );
        let keys: Vec<&str> = got.iter().map(|p| p.key.as_str()).collect();
        // The reasons for a verdict (a8.weak) are child texts too (i18n/CHILD_KEYS.txt).
        assert_eq!(keys, ["_meta.name", "a8.weak", "app.name"], "{got:?}");
    }
}
