//! Message catalogs: `i18n/<lang>.json`, flat maps from key to text with `{name}` placeholders.
//! English is built in and complete (tested); every other language falls back to it, visibly,
//! key by key, never to a blank or a key name.

pub mod digits;
mod languages;
pub mod plural;

pub use languages::{language, tag, Language, Share, LANGUAGES};

use crate::date::Date;
use crate::msg::{Arg, Msg};
use std::sync::OnceLock;

/// The English texts of the rules reference (`pathways rules` and the static Rules pages; not in the app).
pub const ENGLISH_RULES_JSON: &str = include_str!("../../i18n/rules.en.json");

/// `i18n/en.json` as sorted `key<TAB>text` lines (made by build.rs): the texts built into the app.
const EN_TSV: &str = include_str!(concat!(env!("OUT_DIR"), "/en.tsv"));
/// The English texts of the families in `i18n/LATER.txt` (only the result page shows them). The
/// web app loads them after its first screen ([`add_later_english`]); natively they are built in.
#[cfg(not(target_arch = "wasm32"))]
const EN_LATER_TSV: &str = include_str!(concat!(env!("OUT_DIR"), "/en.later.tsv"));

pub struct Catalog {
    pub lang: String,
    /// Texts live for the whole session (English is compiled in; others are read once).
    entries: Vec<(&'static str, &'static str)>,
    /// The keys are in order (binary search); catalogs are kept sorted (a test checks it).
    sorted: bool,
}

/// The built-in English catalog (in the web app, without the later texts until they arrive).
pub fn english() -> &'static Catalog {
    static EN: OnceLock<Catalog> = OnceLock::new();
    EN.get_or_init(|| {
        let lines = EN_TSV.lines();
        #[cfg(not(target_arch = "wasm32"))]
        let lines = lines.chain(EN_LATER_TSV.lines());
        let mut entries: Vec<(&'static str, &'static str)> = lines.filter_map(|l| l.split_once('\t')).collect();
        entries.sort_unstable_by(|a, b| a.0.cmp(b.0));
        Catalog { lang: "en".into(), entries, sorted: true }
    })
}

/// A key of the built-in English catalog as the catalog holds it (keys are `&'static str`), if
/// it has it: for a key made from parts (`q.<key>.title`) or read from a message.
pub fn static_key(key: &str) -> Option<&'static str> {
    let en = english();
    en.keys().find(|k| *k == key).or_else(|| LATER.get()?.keys().find(|k| *k == key))
}

/// The English texts loaded after the first screen (`i18n/en.later.json`, web app only).
static LATER: OnceLock<Catalog> = OnceLock::new();

/// Adds the English texts of the result page, loaded after the first screen (the first call wins).
pub fn add_later_english(pairs: Vec<(String, String)>) {
    let _ = LATER.set(Catalog::from_pairs("en", pairs));
}

/// The English texts a calendar is written with (`crate::ics`): those built into the app, and the
/// families of `i18n/LATER.txt` a calendar needs (build.rs's `CALENDAR_FAMILIES`), built in here.
/// The file worker writes calendars with it; only the worker calls it, so these texts are not in
/// the first-visit app's Wasm, which loads them with the rest (`i18n/en.later.json`).
pub fn calendar_english() -> &'static Catalog {
    const EN_CALENDAR_TSV: &str = include_str!(concat!(env!("OUT_DIR"), "/en.calendar.tsv"));
    static CAL: OnceLock<Catalog> = OnceLock::new();
    CAL.get_or_init(|| {
        let mut entries: Vec<(&'static str, &'static str)> =
            EN_TSV.lines().chain(EN_CALENDAR_TSV.lines()).filter_map(|l| l.split_once('\t')).collect();
        entries.sort_unstable_by(|a, b| a.0.cmp(b.0));
        Catalog { lang: "en".into(), entries, sorted: true }
    })
}

/// Are all English texts at hand (always natively; in the web app once the later texts arrived)?
pub fn english_complete() -> bool {
    cfg!(not(target_arch = "wasm32")) || LATER.get().is_some()
}

/// How a language writes the first day of a month, where it differs from "1" (French "1er").
pub fn first_of_month(lang: &str) -> Option<&'static str> {
    (lang == "fr").then_some("1er")
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

    /// Reads a catalog file: an object of texts. Keys starting with `_` (such as `_meta.name`)
    /// are metadata and kept.
    pub fn from_json(lang: &str, text: &str) -> Result<Catalog, String> {
        let texts: std::collections::BTreeMap<String, String> =
            serde_json::from_str(text).map_err(|e| format!("i18n/{lang}.json: {e} (a catalog is an object of texts)"))?;
        Ok(Catalog::from_pairs(lang, texts.into_iter().collect()))
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

    /// The text for `key` in this language if present (for English, with the later texts once loaded).
    pub fn own(&self, key: &str) -> Option<&'static str> {
        self.find(key).or_else(|| if self.lang == "en" { LATER.get()?.find(key) } else { None })
    }

    fn find(&self, key: &str) -> Option<&'static str> {
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

    /// The text of the plural family `key` for the count `n`, in this language's form for `n`
    /// (`key.one`, `key.few`, …; see [`plural`]), else this language's `key.other`, else English.
    pub fn plural(&self, key: &str, n: i64) -> (std::borrow::Cow<'static, str>, Source) {
        let own = self.own(&format!("{key}.{}", plural::category(&self.lang, n))).or_else(|| self.own(&format!("{key}.other")));
        match own {
            Some(s) => (s.into(), Source::Own),
            None => english().lookup(&format!("{key}.{}", plural::category("en", n))),
        }
    }

    /// A plural text with its count (and any other values) filled in: "3 days left".
    pub fn count(&self, key: &str, n: i64, fmt: &dyn Format, values: &[(&str, String)]) -> String {
        let number = fmt.number(n);
        fill(&self.plural(key, n).0, &|name| match name {
            "n" | "days" => Some(number.clone()),
            _ => values.iter().find(|(k, _)| *k == name).map(|(_, v)| v.clone()),
        })
    }

    /// A date in words: "4 September 2025" in English.
    pub fn date(&self, d: Date) -> String {
        let day = if d.day() == 1 { first_of_month(&self.lang).map(String::from) } else { None };
        let text = fill(&self.text("date.format"), &|name| match name {
            "day" => Some(day.clone().unwrap_or_else(|| d.day().to_string())),
            "month" => Some(self.text(&format!("month.{}", d.month()))),
            "year" => Some(d.year().to_string()),
            _ => None,
        });
        digits::native(&self.lang, &text)
    }

    /// A country's name (`country.<code>`, from CLDR: tools/countries.mjs), English where this
    /// language has none.
    pub fn country(&self, code: &str) -> &'static str {
        let key = format!("country.{code}");
        self.own(&key).or_else(|| english().own(&key)).unwrap_or("?")
    }

    /// Is this catalog's language written right to left?
    pub fn rtl(&self) -> bool {
        language(&self.lang).is_some_and(|l| l.rtl)
    }

    /// The text a message is written from, and whether it is this language's own (a plural
    /// message takes the form for its count).
    pub fn template(&self, msg: &Msg) -> (std::borrow::Cow<'static, str>, Source) {
        let count = msg.args.iter().find_map(|(n, a)| match a {
            Arg::Int(i) if *n == "days" || *n == "n" => Some(*i),
            _ => None,
        });
        match count {
            Some(i) if english().own(msg.key).is_none() && english().own(&format!("{}.other", msg.key)).is_some() => {
                self.plural(msg.key, i)
            }
            _ => self.lookup(msg.key),
        }
    }

    /// Renders a message, formatting dates and numbers with `fmt` (the app passes the browser's
    /// locale formatting; see [`Format`]).
    ///
    /// A message whose key is a plural family (`result.birthday.one`, `.other`) takes the form
    /// for its `days` or `n` argument.
    pub fn render_with(&self, msg: &Msg, fmt: &dyn Format) -> String {
        let (template, source) = self.template(msg);
        // In a right-to-left text, each value is isolated (Unicode FSI … PDI), so that a date, a
        // number or a country name keeps its own order and does not reorder the sentence.
        let isolate = source == Source::Own && self.rtl();
        fill(&template, &|name| {
            msg.args.iter().find(|(n, _)| *n == name).map(|(_, a)| {
                let value = match a {
                    Arg::Date(d) => fmt.date(*d),
                    Arg::Time(t) => fmt.time(*t),
                    Arg::Int(i) => fmt.number(*i),
                    Arg::Key(k) => self.text(k),
                    Arg::Text(s) => digits::native(&self.lang, s),
                    Arg::Country(c) => fmt.country(c.as_str()),
                    Arg::Nested(inner) => self.render_with(inner, fmt),
                    Arg::List(items) => {
                        let mut out = String::new();
                        for (i, m) in items.iter().enumerate() {
                            if i > 0 {
                                out.push_str(self.get("list.separator"));
                            }
                            out.push_str(&self.render_with(m, fmt));
                        }
                        out
                    }
                };
                if isolate {
                    digits::isolate(&value)
                } else {
                    value
                }
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
    /// A time of day ("23:00"), in the language's digits.
    fn time(&self, t: crate::case::Time) -> String {
        t.to_string()
    }
    /// A count, grouped the language's way ("1 043").
    fn number(&self, n: i64) -> String;
    /// A number never grouped (a year, a day of the month).
    fn plain_number(&self, n: i64) -> String {
        n.to_string()
    }
    /// A country's name from its ISO code.
    fn country(&self, code: &str) -> String;
}

/// Dates in the catalog's own words ("4 September 2025"), Western digits.
pub struct Plain<'a>(pub &'a Catalog);

impl Format for Plain<'_> {
    fn date(&self, d: Date) -> String {
        self.0.date(d)
    }
    fn number(&self, n: i64) -> String {
        digits::number(&self.0.lang, n, true)
    }
    fn plain_number(&self, n: i64) -> String {
        digits::number(&self.0.lang, n, false)
    }
    fn time(&self, t: crate::case::Time) -> String {
        digits::native(&self.0.lang, &t.to_string())
    }
    fn country(&self, code: &str) -> String {
        self.0.country(code).to_string()
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
    // A language may have no rules reference texts yet (English stands in).
    let texts = match std::path::Path::new(&format!("{dir}/rules.{lang}.json")).exists() {
        true => texts.merged(&Catalog::from_json(lang, &read(format!("rules.{lang}.json"))?)?),
        false => texts,
    };
    Ok(texts.merged(&english_with_rules()))
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
    use crate::msg::message;

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
        let msg = message("start.assessed_on").date("date", Date::ymd(2016, 3, 20));
        assert_eq!(en.render(&msg), "The rules are applied as of 20 March 2016.");
    }

    #[test]
    fn other_languages_fall_back_to_english_key_by_key() {
        let fr = Catalog::from_json("fr", r#"{"verdict.likely": "Probable"}"#).unwrap();
        assert_eq!(fr.lookup("verdict.likely"), ("Probable".into(), Source::Own));
        assert_eq!(fr.lookup("verdict.possible"), ("Possible".into(), Source::English));
        assert_eq!(fr.lookup("no.such.key").1, Source::Missing);
    }
}
