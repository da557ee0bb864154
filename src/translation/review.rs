//! Which strings of a catalog a native speaker has reviewed: `i18n/review/<code>.json`, one
//! record per entry (a key, or a plural family such as `report.days_left`), with the English it
//! was reviewed against, the text reviewed, who reviewed it and when. The records stay out of the
//! texts the app downloads (`tools/post-build.mjs` leaves them out of `dist/`).
//!
//! A string counts as reviewed only while both its English source and its text are still those
//! of its record: when the English changes (or someone edits the reviewed text), the review is
//! stale and the string is a draft again until a native speaker looks at it anew.
//!
//! This file is the one definition of it: `build.rs` compiles it too (`#[path]`), to count each
//! language's reviewed share for the app, so it uses only `std`, `serde` and `serde_json`.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A catalog as read from its file: key to text.
pub type Texts = BTreeMap<String, String>;

/// The source language: its texts are the reference, reviewed by definition.
pub const SOURCE: &str = "en";

/// The CLDR plural categories in CLDR's order; a language's plural forms are some of these, in
/// this order (`crate::i18n::plural::categories`).
pub const FORMS: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

/// One review: what a native speaker read and approved.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Record {
    /// The English reviewed against (a plural family: its `one` and `other` texts).
    pub english: Vec<String>,
    /// The text reviewed (a plural family: the language's forms, in CLDR order).
    pub text: Vec<String>,
    /// The reviewer's name.
    pub by: String,
    /// The day of the review (YYYY-MM-DD).
    pub on: String,
}

/// A language's review records, by entry key.
pub type Records = BTreeMap<String, Record>;

/// A unit of translation, as a translator sees it: one key, or one plural family (the texts of
/// `key.one`, `key.other`, … translated together).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Entry<'a> {
    pub key: &'a str,
    pub plural: bool,
}

/// The plural family of a key (`report.days_left` for `report.days_left.few`), if English has
/// that family (its `one` and `other` forms).
pub fn family_of<'k>(english: &Texts, key: &'k str) -> Option<&'k str> {
    let (family, form) = key.rsplit_once('.')?;
    let is_family =
        FORMS.contains(&form) && english.contains_key(&format!("{family}.one")) && english.contains_key(&format!("{family}.other"));
    is_family.then_some(family)
}

/// Every entry of the English catalog, in key order (metadata keys, `_…`, are not entries).
pub fn entries(english: &Texts) -> Vec<Entry<'_>> {
    let mut out: Vec<Entry<'_>> = english
        .keys()
        .filter(|k| !k.starts_with('_'))
        .map(|k| match family_of(english, k) {
            Some(family) => Entry { key: family, plural: true },
            None => Entry { key: k, plural: false },
        })
        .collect();
    out.sort();
    out.dedup();
    out
}

/// The English of an entry (a plural family: its `one` and `other` texts).
pub fn english_of(english: &Texts, e: Entry<'_>) -> Vec<String> {
    let get = |k: &str| english.get(k).cloned().unwrap_or_default();
    if e.plural {
        vec![get(&format!("{}.one", e.key)), get(&format!("{}.other", e.key))]
    } else {
        vec![get(e.key)]
    }
}

/// The text of an entry in a catalog (a plural family: the forms it has, in CLDR order); empty
/// when the catalog has none (an empty text counts as none, as in the app).
pub fn text_of(catalog: &Texts, e: Entry<'_>) -> Vec<String> {
    let own = |k: &str| catalog.get(k).filter(|t| !t.is_empty()).cloned();
    if e.plural {
        FORMS.iter().filter_map(|f| own(&format!("{}.{f}", e.key))).collect()
    } else {
        own(e.key).into_iter().collect()
    }
}

/// Where an entry of a catalog stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum State {
    /// No text: English stands in.
    Untranslated,
    /// A text no native speaker has reviewed.
    Draft,
    /// Reviewed once, but its English or its text has changed since: a draft again.
    Stale,
    /// Reviewed, and unchanged since.
    Reviewed,
}

/// The state of an entry of a catalog, given its review records.
pub fn state(english: &Texts, catalog: &Texts, records: &Records, e: Entry<'_>) -> State {
    let text = text_of(catalog, e);
    if text.is_empty() {
        return State::Untranslated;
    }
    match records.get(e.key) {
        None => State::Draft,
        Some(r) if r.english == english_of(english, e) && r.text == text => State::Reviewed,
        Some(_) => State::Stale,
    }
}

/// How many of a language's translated entries a native speaker has reviewed, and how many it
/// has translated. English, the source, is reviewed throughout.
pub fn share(code: &str, english: &Texts, catalog: &Texts, records: &Records) -> (usize, usize) {
    let all = entries(english);
    if code == SOURCE {
        return (all.len(), all.len());
    }
    let states: Vec<State> = all.iter().map(|e| state(english, catalog, records, *e)).collect();
    let translated = states.iter().filter(|s| **s != State::Untranslated).count();
    (states.iter().filter(|s| **s == State::Reviewed).count(), translated)
}

/// Reads a file of review records (`i18n/review/<code>.json`).
pub fn parse_records(text: &str) -> Result<Records, String> {
    serde_json::from_str(text)
        .map_err(|e| format!("{e} (review records are an object of {{\"english\", \"text\", \"by\", \"on\"}} by key)"))
}
