//! `pathways catalog export --lang CODE`: a language's catalog as a PO file. Each entry is one
//! key (`msgctxt`, the context line), its English (`msgid`; a plural family: `msgid` and
//! `msgid_plural`, English's `one` and `other`) and the language's text (`msgstr`; a plural
//! family: `msgstr[0]`, `msgstr[1]`, … in the order of the `Plural-Forms` header, which is the
//! order of `crate::i18n::plural::categories`). Notes (`#.`) say who sees the text and which
//! placeholders to keep. A draft is marked `fuzzy` (Poedit: "needs work"), a text reviewed by a
//! native speaker is not, a text with none is empty (English stands in). A review gone stale
//! because the English changed shows the English reviewed as the previous msgid (`#|`), which
//! tools show beside the new one.

use super::check::child_key;
use super::review::{english_of, entries, state, Entry, Records, State, Texts};
use super::{po, target, Folder};
use crate::i18n::plural::{categories, category, gettext_plural_forms};
use crate::i18n::{placeholders, Language};

/// The counts a plural form is for, as a translator's hint: "0, 1" or "3, 4, 5, …".
fn examples(lang: &str, form: &str) -> String {
    let ns: Vec<i64> = (0..=200).filter(|n| category(lang, *n) == form).take(4).collect();
    let shown: Vec<String> = ns.iter().take(3).map(i64::to_string).collect();
    format!("{}{}", shown.join(", "), if ns.len() > 3 { ", …" } else { "" })
}

fn notes(lang: &Language, english: &Texts, records: &Records, e: Entry<'_>, st: State) -> Vec<String> {
    let en = english_of(english, e);
    let child = if e.plural { en_keys(e).iter().any(|k| child_key(k)) } else { child_key(e.key) };
    let mut out = vec![if child {
        "Shown to the volunteer, and to the child in their own language.".to_string()
    } else {
        "Shown to the volunteer: a reason, a legal note or a next step (English stands in until it is translated).".to_string()
    }];
    let names = placeholders(en.last().map_or("", String::as_str));
    if !names.is_empty() {
        let list: Vec<String> = names.iter().map(|n| format!("{{{n}}}")).collect();
        out.push(format!("Keep {} as written: the app puts a value there.", list.join(", ")));
    }
    if e.plural {
        let forms: Vec<String> =
            categories(lang.code).iter().enumerate().map(|(i, c)| format!("msgstr[{i}] {c} ({})", examples(lang.code, c))).collect();
        out.push(format!("A text with a number: one form for each plural form of this language: {}.", forms.join("; ")));
    }
    if let Some(r) = records.get(e.key) {
        out.push(match st {
            State::Reviewed => format!("Reviewed by a native speaker ({}, {}).", r.by, r.on),
            _ if r.english != en => format!("Reviewed by {} on {}, but the English has changed since: a draft again.", r.by, r.on),
            _ => format!("Reviewed by {} on {}, but the text has changed since: a draft again.", r.by, r.on),
        });
    }
    out
}

/// The English keys of an entry (a plural family: its `one` and `other`).
fn en_keys(e: Entry<'_>) -> Vec<String> {
    if e.plural {
        vec![format!("{}.one", e.key), format!("{}.other", e.key)]
    } else {
        vec![e.key.to_string()]
    }
}

/// The PO file of a language.
pub fn po(lang: &Language, english: &Texts, texts: &Texts, records: &Records) -> String {
    // PO-Revision-Date, Last-Translator and Language-Team are left for the translator's tool.
    let header = po::Message {
        msgstr: vec![format!(
            "Project-Id-Version: Pathways\nPO-Revision-Date: \nLast-Translator: \nLanguage-Team: \nLanguage: {}\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\nPlural-Forms: {}\n",
            lang.code,
            gettext_plural_forms(lang.code)
        )],
        ..po::Message::default()
    };
    let mut messages = vec![header];
    for e in entries(english) {
        let st = state(english, texts, records, e);
        let en = english_of(english, e);
        let text = |k: &str| texts.get(k).cloned().unwrap_or_default();
        let msgstr =
            if e.plural { categories(lang.code).iter().map(|c| text(&format!("{}.{c}", e.key))).collect() } else { vec![text(e.key)] };
        let stale_english = records.get(e.key).filter(|r| st == State::Stale && r.english != en);
        let previous = match stale_english {
            Some(r) if e.plural && r.english.len() == 2 => {
                vec![format!("msgid {}", po::quote(&r.english[0])), format!("msgid_plural {}", po::quote(&r.english[1]))]
            }
            Some(r) => vec![format!("msgid {}", po::quote(r.english.first().map_or("", String::as_str)))],
            None => Vec::new(),
        };
        messages.push(po::Message {
            line: 0,
            notes: notes(lang, english, records, e, st),
            flags: if matches!(st, State::Draft | State::Stale) { vec!["fuzzy".into()] } else { Vec::new() },
            previous,
            msgctxt: Some(e.key.to_string()),
            msgid: en[0].clone(),
            msgid_plural: e.plural.then(|| en[1].clone()),
            msgstr,
        });
    }
    let comments = [
        format!("Pathways: the texts of {} ({}), from i18n/{}.json, with their English.", lang.name, lang.code, lang.code),
        "Translate each msgstr and keep every {placeholder} as written. Each entry's msgctxt is its key: leave it.".to_string(),
        "An entry marked fuzzy (\"needs work\") is a draft. A native speaker who has checked an entry".to_string(),
        "and found it right removes the mark; `pathways catalog import` then records the review".to_string(),
        "(see \"Translating Pathways\" in the README). An entry with no mark was reviewed already.".to_string(),
        String::new(),
    ];
    po::write(&messages, &comments)
}

/// `pathways catalog export --lang CODE [--out FILE]`.
pub fn to_file(folder: &Folder, code: &str, out: Option<&str>) -> Result<(), String> {
    let lang = target(code)?;
    let text = po(lang, &folder.texts(super::review::SOURCE)?, &folder.texts(code)?, &folder.records(code)?);
    match out {
        None => {
            print!("{text}");
            Ok(())
        }
        Some(path) => std::fs::write(path, text).map_err(|e| format!("{path}: {e}")),
    }
}
