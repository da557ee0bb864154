//! `pathways catalog import FILE.po`: a translator's or reviewer's PO file back into the catalog
//! it came from (`i18n/<code>.json`, the language named by its `Language` header).
//!
//! - An entry marked fuzzy is a draft: its text is written, unless the catalog's text is one a
//!   native speaker reviewed: a draft never overwrites a reviewed text (the entry is skipped and
//!   said so, with its key).
//! - An entry not marked fuzzy is reviewed: with `--reviewed-by NAME --date YYYY-MM-DD` its text
//!   is written and the review recorded (`i18n/review/<code>.json`); with `--draft` it counts as
//!   fuzzy (a translator's tool clears the mark on every text it edits); with neither, the import
//!   stops and says which entries would be recorded as reviewed.
//! - An entry whose English is no longer the catalog's is skipped (the file is older than the
//!   English: export again); an entry with no text leaves the catalog's text as it is.
//!
//! The result is checked like every catalog (`super::check`), each problem named with its
//! entry's line and key; nothing is written unless every check passes. A file exported and
//! imported with no edit changes nothing.

use super::check;
use super::plural_forms::PluralForms;
use super::review::{english_of, entries, family_of, state, text_of, Entry, Record, Records, State, Texts};
use super::{po, target, Folder};
use crate::date::Date;
use crate::i18n::plural::categories;
use std::collections::BTreeMap;

/// How entries not marked fuzzy are taken.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Mode {
    /// As reviewed by this native speaker on this day (YYYY-MM-DD).
    Reviewed { by: String, on: String },
    /// As drafts, like fuzzy ones.
    Drafts,
    /// Not said: an import that would record a review stops.
    Unsaid,
}

impl Mode {
    /// The mode from the command's options (`--draft`, `--reviewed-by NAME`, `--date DAY`).
    pub fn from_options(draft: bool, by: Option<String>, on: Option<String>) -> Result<Mode, String> {
        match (draft, by, on) {
            (true, None, None) => Ok(Mode::Drafts),
            (true, _, _) => Err("--draft and --reviewed-by do not go together".into()),
            (false, None, None) => Ok(Mode::Unsaid),
            (false, Some(by), Some(on)) => {
                if by.trim().is_empty() {
                    return Err("--reviewed-by: give the reviewer's name".into());
                }
                let day = Date::parse(&on).map_err(|e| format!("--date {on}: {e} (a day as YYYY-MM-DD)"))?;
                Ok(Mode::Reviewed { by: by.trim().to_string(), on: day.to_string() })
            }
            (false, _, _) => Err("--reviewed-by NAME and --date YYYY-MM-DD go together".into()),
        }
    }
}

/// What an import does to a catalog.
#[derive(Debug)]
pub struct Outcome {
    pub code: &'static str,
    pub texts: Texts,
    pub records: Records,
    /// The keys whose text changed.
    pub changed: Vec<String>,
    /// The keys whose review was recorded.
    pub reviewed: Vec<String>,
    /// The entries left out, each with its line, key and why.
    pub skipped: Vec<String>,
}

/// A problem of the file at a line.
fn at(file: &str, line: usize, key: Option<&str>, what: &str) -> String {
    match key {
        Some(k) => format!("{file}:{line}: msgctxt {k:?}: {what}"),
        None => format!("{file}:{line}: {what}"),
    }
}

/// The header's language and plural forms, checked.
fn header(file: &str, messages: &[po::Message]) -> Result<(&'static crate::i18n::Language, usize), Vec<String>> {
    let Some(h) = messages.first().filter(|m| m.is_header()) else {
        return Err(vec![format!(
            "{file}: no header entry (msgid \"\" with Language: and Plural-Forms:), as `pathways catalog export` writes"
        )]);
    };
    let line = h.line;
    let mut problems = Vec::new();
    let lang = match h.header_field("Language") {
        None => Err(at(file, line, None, "the header has no Language: field")),
        // A tool may add a region or script (`ti_ER`, `fa-AF`): the language is the part before.
        Some(code) => {
            target(code.split(['_', '-', '@']).next().unwrap_or(code)).map_err(|e| at(file, line, None, &format!("Language: {e}")))
        }
    };
    if let Some(ct) = h.header_field("Content-Type") {
        if !ct.to_ascii_lowercase().replace(' ', "").contains("charset=utf-8") {
            problems.push(at(file, line, None, &format!("Content-Type: {ct}: save the file as UTF-8")));
        }
    }
    let lang = match lang {
        Ok(l) => l,
        Err(e) => {
            problems.push(e);
            return Err(problems);
        }
    };
    match h.header_field("Plural-Forms").map(PluralForms::parse) {
        None => problems.push(at(file, line, None, "the header has no Plural-Forms: field")),
        Some(Err(e)) => problems.push(at(file, line, None, &format!("Plural-Forms: {e}"))),
        Some(Ok(forms)) => {
            if let Some(d) = forms.disagreement(lang.code) {
                problems.push(at(
                    file,
                    line,
                    None,
                    &format!("Plural-Forms: {d} (use {})", crate::i18n::plural::gettext_plural_forms(lang.code)),
                ));
            }
        }
    }
    if problems.is_empty() {
        Ok((lang, categories(lang.code).len()))
    } else {
        Err(problems)
    }
}

/// Sets an entry's text(s) in a catalog: one key, or a plural family's forms (`forms` in the
/// order of the language's categories).
fn set(texts: &mut Texts, e: Entry<'_>, lang: &str, new: &[String]) {
    if e.plural {
        for (c, t) in categories(lang).iter().zip(new) {
            texts.insert(format!("{}.{c}", e.key), t.clone());
        }
    } else if let Some(t) = new.first() {
        texts.insert(e.key.to_string(), t.clone());
    }
}

/// Reads a language's texts and review records (by its code).
pub type Load<'a> = &'a dyn Fn(&str) -> Result<(Texts, Records), String>;

/// Imports the PO file `text` (named `file` in messages) into the catalog `current` loads.
pub fn import(file: &str, text: &str, english: &Texts, current: Load<'_>, mode: &Mode) -> Result<Outcome, Vec<String>> {
    let messages = po::parse(text).map_err(|ps| ps.iter().map(|p| at(file, p.line, None, &p.what)).collect::<Vec<_>>())?;
    let (lang, nplurals) = header(file, &messages)?;
    let (mut texts, mut records) = current(lang.code).map_err(|e| vec![e])?;
    let by_key: BTreeMap<&str, Entry<'_>> = entries(english).into_iter().map(|e| (e.key, e)).collect();
    let mut lines: BTreeMap<&str, usize> = BTreeMap::new();
    let mut problems = Vec::new();
    let mut unsaid = Vec::new();
    let mut out = Outcome {
        code: lang.code,
        texts: Texts::new(),
        records: Records::new(),
        changed: Vec::new(),
        reviewed: Vec::new(),
        skipped: Vec::new(),
    };
    for m in messages.iter().skip(1) {
        let Some(key) = m.msgctxt.as_deref() else {
            problems.push(at(file, m.line, None, &format!("msgid {:?} has no msgctxt: every entry names its key there", m.msgid)));
            continue;
        };
        let bad = |what: &str| at(file, m.line, Some(key), what);
        let Some(&e) = by_key.get(key) else {
            problems.push(bad("not a key of i18n/en.json"));
            continue;
        };
        if let Some(first) = lines.insert(e.key, m.line) {
            problems.push(bad(&format!("a second entry for this key (the first is at line {first})")));
            continue;
        }
        let shape = match (e.plural, m.msgid_plural.is_some()) {
            (true, false) => Some(format!("a text with a number: needs msgid_plural and msgstr[0] to msgstr[{}]", nplurals - 1)),
            (false, true) => Some("not a text with a number: needs msgstr, not msgid_plural".to_string()),
            (true, true) if m.msgstr.len() != nplurals => {
                Some(format!("has {} plural forms, {} has {nplurals} ({})", m.msgstr.len(), lang.code, categories(lang.code).join(", ")))
            }
            _ => None,
        };
        if let Some(what) = shape {
            problems.push(bad(&what));
            continue;
        }
        let mut en = vec![m.msgid.clone()];
        en.extend(m.msgid_plural.clone());
        if en != english_of(english, e) {
            out.skipped.push(bad("skipped: its English has changed since the file was exported (export again)"));
            continue;
        }
        let new = &m.msgstr;
        if new.iter().all(String::is_empty) {
            continue; // no translation in the file: the catalog's text stays
        }
        if let Some(i) = new.iter().position(String::is_empty) {
            problems.push(bad(&format!("msgstr[{i}] ({}) is empty: give every form, or none", categories(lang.code)[i])));
            continue;
        }
        let now = state(english, &texts, &records, e);
        let mut updated = texts.clone();
        set(&mut updated, e, lang.code, new);
        let changes = updated != texts;
        let draft = m.fuzzy() || *mode == Mode::Drafts;
        if now == State::Reviewed && (draft || !changes) {
            if changes {
                let r = &records[e.key];
                out.skipped.push(bad(&format!(
                    "skipped: a draft (fuzzy) never replaces a text reviewed by a native speaker ({}, {})",
                    r.by, r.on
                )));
            }
            continue;
        }
        if !draft {
            match mode {
                Mode::Reviewed { by, on } => {
                    records.insert(e.key.to_string(), Record { english: en, text: text_of(&updated, e), by: by.clone(), on: on.clone() });
                    out.reviewed.push(e.key.to_string());
                }
                _ => {
                    unsaid.push(format!("{} (line {})", e.key, m.line));
                    continue;
                }
            }
        }
        if changes {
            out.changed.push(e.key.to_string());
            texts = updated;
        }
    }
    if !unsaid.is_empty() {
        problems.push(format!(
            "{file}: {} entries are not marked fuzzy, so they would be recorded as reviewed by a native speaker: {}. \
             If a native speaker reviewed them, import with --reviewed-by NAME --date YYYY-MM-DD; if not, with --draft.",
            unsaid.len(),
            unsaid.join(", ")
        ));
    }
    // The catalog as it would be written, checked like every catalog, each problem at its entry.
    for p in check::catalog(lang, english, &texts) {
        let entry = family_of(english, &p.key).unwrap_or(&p.key);
        problems.push(match lines.get(entry) {
            Some(line) => at(file, *line, Some(entry), &format!("{}: {}", p.key, p.what)),
            None => format!("i18n/{}.json: {p}", lang.code),
        });
    }
    if problems.is_empty() {
        out.texts = texts;
        out.records = records;
        Ok(out)
    } else {
        Err(problems)
    }
}

/// `pathways catalog import FILE.po …`: imports, writes the catalog and its review records if
/// anything changed, and says what it did.
pub fn from_file(folder: &Folder, file: &str, mode: &Mode) -> Result<(), String> {
    let text = std::fs::read_to_string(file).map_err(|e| format!("{file}: {e}"))?;
    let english = folder.texts(super::review::SOURCE)?;
    let current = |code: &str| Ok((folder.texts(code)?, folder.records(code)?));
    let out = import(file, &text, &english, &current, mode).map_err(|ps| ps.join("\n"))?;
    let (before, before_records) = current(out.code)?;
    if out.texts != before || out.records != before_records {
        folder.write(out.code, &out.texts, &out.records)?;
    }
    let mut report = format!(
        "{file}: i18n/{}.json: {} text(s) changed, {} review(s) recorded, {} entr(ies) skipped",
        out.code,
        out.changed.len(),
        out.reviewed.len(),
        out.skipped.len()
    );
    for s in &out.skipped {
        report.push_str(&format!("\n  {s}"));
    }
    println!("{report}");
    Ok(())
}
