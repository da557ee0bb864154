//! Message catalogs: `i18n/<lang>.json`, flat maps from key to text with `{name}` placeholders.
//! English is built in and complete (tested); every other language falls back to it, visibly,
//! key by key, never to a blank or a key name.

mod languages;

pub use languages::{language, Language, LANGUAGES};

use crate::date::Date;
use crate::rules::{Arg, Msg};
use std::sync::OnceLock;

/// The English catalog, the source every translation follows.
pub const ENGLISH_JSON: &str = include_str!("../../i18n/en.json");
/// The English texts of the rules reference (`pathways rules` and the static Rules pages; not in the app).
pub const ENGLISH_RULES_JSON: &str = include_str!("../../i18n/rules.en.json");

/// `i18n/en.json` as sorted `key<TAB>text` lines (made by build.rs).
const EN_TSV: &str = include_str!(concat!(env!("OUT_DIR"), "/en.tsv"));

pub struct Catalog {
    pub lang: String,
    /// Texts live for the whole session (English is compiled in; others are read once).
    entries: Vec<(&'static str, &'static str)>,
    /// The keys are in order (binary search); catalogs are kept sorted (a test checks it).
    sorted: bool,
}

/// The built-in English catalog.
pub fn english() -> &'static Catalog {
    static EN: OnceLock<Catalog> = OnceLock::new();
    EN.get_or_init(|| Catalog { lang: "en".into(), entries: EN_TSV.lines().filter_map(|l| l.split_once('\t')).collect(), sorted: true })
}

/// How a text was found: in the chosen language, or from English because the key is missing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    Own,
    English,
    Missing,
}

fn leak(s: String) -> &'static str {
    Box::leak(s.into_boxed_str())
}

impl Catalog {
    /// A catalog from key and text pairs (a language file read by the app or by a test).
    pub fn from_pairs(lang: &str, pairs: Vec<(String, String)>) -> Catalog {
        let entries: Vec<(&'static str, &'static str)> = pairs.into_iter().map(|(k, v)| (leak(k), leak(v))).collect();
        let sorted = entries.windows(2).all(|w| w[0].0 < w[1].0);
        Catalog { lang: lang.to_string(), entries, sorted }
    }

    /// Reads a catalog file. Keys starting with `_` (such as `_meta.review`) are metadata and kept.
    pub fn from_json(lang: &str, text: &str) -> Result<Catalog, String> {
        let value = crate::json::parse(text).map_err(|e| format!("i18n/{lang}.json: {e}"))?;
        let crate::json::Value::Object(members) = value else { return Err(format!("i18n/{lang}.json: expected an object of texts")) };
        let mut pairs = Vec::with_capacity(members.len());
        for (k, v) in members {
            match v {
                crate::json::Value::String(s) => pairs.push((k, s)),
                other => return Err(format!("i18n/{lang}.json: {k}: expected a text, found {}", other.kind())),
            }
        }
        Ok(Catalog::from_pairs(lang, pairs))
    }

    /// This catalog with the entries of `other` added (for the rules reference texts).
    pub fn merged(&self, other: &Catalog) -> Catalog {
        let mut entries = self.entries.clone();
        entries.extend(other.entries.iter().filter(|(k, _)| self.own(k).is_none()).copied());
        entries.sort_unstable_by(|a, b| a.0.cmp(b.0));
        Catalog { lang: self.lang.clone(), entries, sorted: true }
    }

    pub fn keys(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.entries.iter().map(|(k, _)| *k)
    }

    /// True when the keys are in order.
    pub fn is_sorted(&self) -> bool {
        self.sorted
    }

    /// The text for `key` in this language if present.
    pub fn own(&self, key: &str) -> Option<&'static str> {
        let i = if self.sorted {
            self.entries.binary_search_by(|(k, _)| (*k).cmp(key)).ok()?
        } else {
            self.entries.iter().position(|(k, _)| *k == key)?
        };
        Some(self.entries[i].1).filter(|s| !s.is_empty())
    }

    /// The text for `key`, falling back to English (a test checks English has every key the app uses).
    pub fn get(&self, key: &str) -> &'static str {
        self.own(key).or_else(|| english().own(key)).unwrap_or("[?]")
    }

    /// The text for `key`, falling back to English; the last resort names the key in brackets
    /// (an English key is never missing: a test checks every key the engine uses).
    pub fn lookup(&self, key: &str) -> (std::borrow::Cow<'static, str>, Source) {
        if let Some(s) = self.own(key) {
            (s.into(), Source::Own)
        } else if let Some(s) = english().own(key) {
            (s.into(), Source::English)
        } else {
            (format!("[{key}]").into(), Source::Missing)
        }
    }

    pub fn text(&self, key: &str) -> String {
        self.lookup(key).0.into_owned()
    }

    /// A date in words: "4 September 2025" in English.
    pub fn date(&self, d: Date) -> String {
        fill(&self.text("date.format"), &|name| match name {
            "day" => Some(d.day().to_string()),
            "month" => Some(self.text(&format!("month.{}", d.month()))),
            "year" => Some(d.year().to_string()),
            _ => None,
        })
    }

    /// Renders a message, formatting dates and numbers with `fmt` (the app passes the browser's
    /// locale formatting; see [`Format`]).
    pub fn render_with(&self, msg: &Msg, fmt: &dyn Format) -> String {
        let (template, _) = self.lookup(msg.key);
        fill(&template, &|name| {
            msg.args.iter().find(|(n, _)| *n == name).map(|(_, a)| match a {
                Arg::Date(d) => fmt.date(*d),
                Arg::Time(t) => t.to_string(),
                Arg::Int(i) => fmt.number(*i),
                Arg::Key(k) => self.text(k),
                Arg::Text(s) => s.clone(),
                Arg::Country(c) => fmt.country(c.as_str()),
            })
        })
    }

    pub fn render(&self, msg: &Msg) -> String {
        self.render_with(msg, &Plain(self))
    }
}

/// How dates and numbers are written: the app uses the browser's `Intl` (local digits and month
/// names); the command-line tool uses [`Plain`].
pub trait Format {
    fn date(&self, d: Date) -> String;
    fn number(&self, n: i64) -> String;
    /// A country's name from its ISO code (the code itself where no names are available).
    fn country(&self, code: &str) -> String {
        code.to_string()
    }
}

/// Dates in the catalog's own words ("4 September 2025"), Western digits.
pub struct Plain<'a>(pub &'a Catalog);

impl Format for Plain<'_> {
    fn date(&self, d: Date) -> String {
        self.0.date(d)
    }
    fn number(&self, n: i64) -> String {
        n.to_string()
    }
}

/// A language's catalog with its rules reference texts, read from `i18n/` in the source tree
/// (command-line tool and tests; English texts fill any gap).
pub fn catalog_with_rules(lang: &str) -> Result<Catalog, String> {
    if lang == "en" {
        return Ok(english_with_rules());
    }
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/i18n");
    let read = |name: String| std::fs::read_to_string(format!("{dir}/{name}")).map_err(|e| format!("i18n/{name}: {e}"));
    let texts = Catalog::from_json(lang, &read(format!("{lang}.json"))?)?;
    let rules = Catalog::from_json(lang, &read(format!("rules.{lang}.json"))?)?;
    Ok(texts.merged(&rules).merged(&english_with_rules()))
}

/// The English catalog with the rules reference texts.
pub fn english_with_rules() -> Catalog {
    let rules =
        Catalog::from_json("en", ENGLISH_RULES_JSON).unwrap_or_else(|_| Catalog { lang: "en".into(), entries: Vec::new(), sorted: true });
    english().merged(&rules)
}

/// Replaces `{name}` placeholders; an unknown placeholder is left as written.
pub fn fill(template: &str, value: &dyn Fn(&str) -> Option<String>) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        out.push_str(&rest[..start]);
        let after = &rest[start + 1..];
        match after.find('}') {
            Some(end) if after[..end].chars().all(|c| c.is_ascii_alphanumeric() || c == '_') => {
                let name = &after[..end];
                match value(name) {
                    Some(v) => out.push_str(&v),
                    None => {
                        out.push('{');
                        out.push_str(name);
                        out.push('}');
                    }
                }
                rest = &after[end + 1..];
            }
            _ => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The placeholders of a template, sorted (catalog consistency tests).
pub fn placeholders(template: &str) -> Vec<String> {
    let names = std::cell::RefCell::new(Vec::new());
    fill(template, &|name| {
        names.borrow_mut().push(name.to_string());
        Some(String::new())
    });
    let mut names = names.into_inner();
    names.sort();
    names.dedup();
    names
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::m;

    #[test]
    fn fills_placeholders() {
        assert_eq!(fill("a {x} b {y}", &|n| (n == "x").then(|| "1".to_string())), "a 1 b {y}");
        assert_eq!(fill("{ not a placeholder", &|_| None), "{ not a placeholder");
        assert_eq!(placeholders("{n} and {relation} and {n}"), ["n", "relation"]);
    }

    #[test]
    fn english_renders_dates_and_keys() {
        let en = english();
        assert_eq!(en.date(Date::ymd(2025, 9, 4)), "4 September 2025");
        let msg = m("dubs.arrived_before").date("date", Date::ymd(2016, 3, 20));
        assert_eq!(en.render(&msg), "The child arrived in Europe before 20 March 2016.");
    }

    #[test]
    fn other_languages_fall_back_to_english_key_by_key() {
        let fr = Catalog::from_json("fr", r#"{"verdict.likely": "Probable"}"#).unwrap();
        assert_eq!(fr.lookup("verdict.likely"), ("Probable".into(), Source::Own));
        assert_eq!(fr.lookup("verdict.possible"), ("Possible".into(), Source::English));
        assert_eq!(fr.lookup("no.such.key").1, Source::Missing);
    }
}
