#![cfg(not(target_arch = "wasm32"))]
//! Translators' files: `pathways catalog export` and `import` over every catalog (a round trip
//! with no edit changes nothing, byte for byte), a draft never overwrites a reviewed text, a
//! review goes stale when its English changes, a bad entry is named with its line and key, plural
//! forms land in their categories, and the reviewed share is the same in the app (build.rs), the
//! README and the records.

use pathways::i18n::{Share, LANGUAGES};
use pathways::translation::import::{import, Mode, Outcome};
use pathways::translation::review::{Record, Records, Texts};
use pathways::translation::{export, stable_json, status_table, Folder};
use std::path::Path;
use std::process::Command;

const I18N: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/i18n");

/// A copy of `i18n/` (catalogs and review records) in a fresh temporary folder.
fn copy_of_i18n(name: &str) -> Folder {
    let dir = std::env::temp_dir().join(format!("pathways-translation-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("review")).unwrap();
    for sub in ["", "review"] {
        for entry in std::fs::read_dir(Path::new(I18N).join(sub)).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "json") {
                std::fs::copy(&path, dir.join(sub).join(path.file_name().unwrap())).unwrap();
            }
        }
    }
    Folder { dir }
}

fn english(folder: &Folder) -> Texts {
    folder.texts("en").unwrap()
}

fn run_import(folder: &Folder, text: &str, mode: &Mode) -> Result<Outcome, Vec<String>> {
    import("x.po", text, &english(folder), &|code| Ok((folder.texts(code)?, folder.records(code)?)), mode)
}

fn export_of(folder: &Folder, code: &str) -> String {
    let lang = pathways::i18n::language(code).unwrap();
    export::po(lang, &english(folder), &folder.texts(code).unwrap(), &folder.records(code).unwrap())
}

/// The PO text with the entry of `key` changed by `edit` (its lines from `msgctxt` to the next
/// blank line, and the comment lines just above it).
fn edit_entry(po: &str, key: &str, edit: &dyn Fn(&str) -> String) -> String {
    let blocks: Vec<&str> = po.split("\n\n").collect();
    let want = format!("msgctxt \"{key}\"\n");
    let mut found = 0;
    let out: Vec<String> = blocks
        .iter()
        .map(|b| {
            if b.contains(&want) {
                found += 1;
                edit(b)
            } else {
                b.to_string()
            }
        })
        .collect();
    assert_eq!(found, 1, "{key}: one entry");
    out.join("\n\n")
}

fn unfuzzy(block: &str) -> String {
    block.replace("#, fuzzy\n", "")
}

/// An entry's block with its (singular) msgstr changed by `edit`.
fn msgstr(block: &str, edit: &dyn Fn(&str) -> String) -> String {
    block.lines().map(|l| if l.starts_with("msgstr ") { edit(l) } else { l.to_string() }).collect::<Vec<_>>().join("\n")
}

fn pathways(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_pathways")).args(args).output().unwrap();
    (out.status.code().unwrap_or(-1), String::from_utf8_lossy(&out.stdout).into_owned(), String::from_utf8_lossy(&out.stderr).into_owned())
}

/// A review recorded in `folder` for `key` as the catalog has it now.
fn record_review(folder: &Folder, code: &str, key: &str) {
    let (en, texts) = (english(folder), folder.texts(code).unwrap());
    let entry = pathways::translation::review::entries(&en).into_iter().find(|e| e.key == key).unwrap();
    let mut records = folder.records(code).unwrap();
    let english_of = pathways::translation::review::english_of(&en, entry);
    let text = pathways::translation::review::text_of(&texts, entry);
    records.insert(key.to_string(), Record { english: english_of, text, by: "A. Reviewer".into(), on: "2026-12-01".into() });
    folder.write(code, &texts, &records).unwrap();
}

#[test]
fn export_then_import_with_no_edit_changes_nothing_byte_for_byte() {
    let folder = copy_of_i18n("round-trip");
    // One language with a review on record, so that reviewed entries go round too.
    record_review(&folder, "ti", "q.dob.title");
    record_review(&folder, "ar", "report.days_left");
    for lang in LANGUAGES.iter().filter(|l| l.code != "en") {
        let before = [folder.catalog_path(lang.code), folder.review_path(lang.code)].map(|p| std::fs::read(p).unwrap());
        let po = folder.dir.join(format!("{}.po", lang.code));
        let po = po.to_str().unwrap();
        let dir = folder.dir.to_str().unwrap();
        let (code, _, err) = pathways(&["catalog", "export", "--lang", lang.code, "--out", po, "--i18n", dir]);
        assert_eq!(code, 0, "{}: {err}", lang.code);
        let (code, out, err) = pathways(&["catalog", "import", po, "--i18n", dir]);
        assert_eq!(code, 0, "{}: {err}", lang.code);
        assert!(out.contains(": 0 text(s) changed, 0 review(s) recorded, 0 entr(ies) skipped"), "{}: {out}", lang.code);
        let after = [folder.catalog_path(lang.code), folder.review_path(lang.code)].map(|p| std::fs::read(p).unwrap());
        assert!(before == after, "{}: the catalog or its review records changed", lang.code);
        // And the catalogs of the repository are already in that form.
        if !["ti", "ar"].contains(&lang.code) {
            assert!(after[0] == std::fs::read(format!("{I18N}/{}.json", lang.code)).unwrap(), "{}", lang.code);
        }
    }
    // The reviewed entries were exported as reviewed (no fuzzy mark), the others as drafts.
    let ti = export_of(&folder, "ti");
    let block = ti.split("\n\n").find(|b| b.contains("msgctxt \"q.dob.title\"\n")).unwrap();
    assert!(!block.contains("fuzzy") && block.contains("#. Reviewed by a native speaker (A. Reviewer, 2026-12-01)."), "{block}");
    let block = ti.split("\n\n").find(|b| b.contains("msgctxt \"button.start\"\n")).unwrap();
    assert!(block.contains("#, fuzzy"), "{block}");
}

#[test]
fn a_draft_never_overwrites_a_reviewed_text() {
    let folder = copy_of_i18n("fuzzy");
    record_review(&folder, "ti", "q.dob.title");
    let reviewed_text = folder.texts("ti").unwrap()["q.dob.title"].clone();
    let po = export_of(&folder, "ti");
    // A translator's fuzzy edit of the reviewed entry, and of a draft beside it.
    let edited = edit_entry(&po, "q.dob.title", &|b| format!("#, fuzzy\n{}", msgstr(b, &|_| "msgstr \"ሓድሽ ሕቶ\"".into())));
    let edited = edit_entry(&edited, "button.start", &|b| msgstr(b, &|_| "msgstr \"ጀምር ሕጂ\"".into()));
    let out = run_import(&folder, &edited, &Mode::Unsaid).unwrap();
    assert_eq!(out.texts["q.dob.title"], reviewed_text, "the reviewed text stays");
    assert_eq!(out.texts["button.start"], "ጀምር ሕጂ", "the draft is written");
    assert_eq!(out.changed, ["button.start"]);
    assert_eq!(out.skipped.len(), 1, "{:?}", out.skipped);
    assert!(
        out.skipped[0].starts_with("x.po:")
            && out.skipped[0].contains("msgctxt \"q.dob.title\": skipped: a draft (fuzzy) never replaces a text reviewed"),
        "{:?}",
        out.skipped
    );
    // With --draft, an entry not marked fuzzy is a draft too: still no overwrite.
    let unmarked = edit_entry(&edited, "q.dob.title", &unfuzzy);
    let out = run_import(&folder, &unmarked, &Mode::Drafts).unwrap();
    assert_eq!(out.texts["q.dob.title"], reviewed_text);
    assert_eq!(out.records, folder.records("ti").unwrap(), "no review recorded");
    // A reviewer's edit (not fuzzy, with a name and a day) replaces it, and is recorded.
    let mode = Mode::from_options(false, Some("B. Reviewer".into()), Some("2026-12-20".into())).unwrap();
    let out = run_import(&folder, &unmarked, &mode).unwrap();
    assert_eq!(out.texts["q.dob.title"], "ሓድሽ ሕቶ");
    assert_eq!(out.reviewed, ["q.dob.title"]);
    assert_eq!((out.records["q.dob.title"].by.as_str(), out.records["q.dob.title"].on.as_str()), ("B. Reviewer", "2026-12-20"));
}

#[test]
fn an_entry_not_marked_fuzzy_needs_a_reviewer_or_draft() {
    let folder = copy_of_i18n("unsaid");
    let po = export_of(&folder, "vi");
    let edited = edit_entry(&po, "button.start", &unfuzzy);
    let line = edited.lines().position(|l| l == "msgctxt \"button.start\"").unwrap() + 1;
    let problems = run_import(&folder, &edited, &Mode::Unsaid).unwrap_err();
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(
        problems[0].contains(&format!("button.start (line {line})")) && problems[0].contains("--reviewed-by NAME --date YYYY-MM-DD"),
        "{problems:?}"
    );
    // With a reviewer: recorded; the share of the language counts it; the export no longer marks it.
    let mode = Mode::from_options(false, Some("C. Nguyen".into()), Some("2026-12-02".into())).unwrap();
    let out = run_import(&folder, &edited, &mode).unwrap();
    assert_eq!((out.changed.len(), out.reviewed.as_slice()), (0, &["button.start".to_string()][..]));
    folder.write("vi", &out.texts, &out.records).unwrap();
    let share = folder.share("vi").unwrap();
    assert_eq!(share.reviewed, 1);
    assert!(!export_of(&folder, "vi").split("\n\n").find(|b| b.contains("msgctxt \"button.start\"\n")).unwrap().contains("fuzzy"));
    // Bad options are refused with a reason.
    for (draft, by, on, what) in [
        (true, Some("x"), Some("2026-01-01"), "do not go together"),
        (false, Some("x"), None, "go together"),
        (false, Some("x"), Some("2026-02-30"), "--date 2026-02-30"),
        (false, Some(" "), Some("2026-01-01"), "the reviewer's name"),
    ] {
        let e = Mode::from_options(draft, by.map(String::from), on.map(String::from)).unwrap_err();
        assert!(e.contains(what), "{e}");
    }
}

#[test]
fn a_review_goes_stale_when_its_english_changes() {
    let folder = copy_of_i18n("stale");
    record_review(&folder, "fr", "button.start");
    record_review(&folder, "fr", "report.days_left");
    assert_eq!(folder.share("fr").unwrap().reviewed, 2);
    // The English of one reviewed text changes.
    let mut en = english(&folder);
    let old = en["button.start"].clone();
    en.insert("button.start".into(), "Begin".into());
    std::fs::write(folder.catalog_path("en"), stable_json(&en)).unwrap();
    assert_eq!(folder.share("fr").unwrap().reviewed, 1, "a stale review counts as a draft");
    let po = export_of(&folder, "fr");
    let block = po.split("\n\n").find(|b| b.contains("msgctxt \"button.start\"\n")).unwrap();
    assert!(
        block.contains("#, fuzzy\n") && block.contains(&format!("#| msgid \"{old}\"\n")) && block.contains("the English has changed since"),
        "{block}"
    );
    // So does an edit of a reviewed text made outside the review.
    let mut fr = folder.texts("fr").unwrap();
    fr.insert("report.days_left.other".into(), "{days} jours restants, modifié".into());
    folder.write("fr", &fr, &folder.records("fr").unwrap()).unwrap();
    assert_eq!(folder.share("fr").unwrap().reviewed, 0);
    let block = export_of(&folder, "fr").split("\n\n").find(|b| b.contains("msgctxt \"report.days_left\"\n")).unwrap().to_string();
    assert!(block.contains("#, fuzzy\n") && block.contains("the text has changed since"), "{block}");
    // A file exported before the English changed: that entry is skipped, named.
    let older = copy_of_i18n("stale-older");
    let po = edit_entry(&export_of(&older, "fr"), "button.start", &|b| msgstr(b, &|_| "msgstr \"Démarrer\"".into()));
    let out = run_import(&folder, &po, &Mode::Drafts).unwrap();
    assert!(out.skipped.iter().any(|s| s.contains("msgctxt \"button.start\": skipped: its English has changed")), "{:?}", out.skipped);
}

#[test]
fn plural_forms_land_in_their_categories() {
    let folder = copy_of_i18n("plural");
    let po = export_of(&folder, "ar");
    let ar = folder.texts("ar").unwrap();
    let block = po.split("\n\n").find(|b| b.contains("msgctxt \"report.days_left\"\n")).unwrap();
    for (i, c) in ["zero", "one", "two", "few", "many", "other"].iter().enumerate() {
        assert!(block.contains(&format!("msgstr[{i}] \"{}\"", ar[&format!("report.days_left.{c}")])), "{c}: {block}");
    }
    assert!(block.contains("msgstr[3] few (3, 4, 5, …)"), "{block}");
    // A translator changes the "few" form (msgstr[3]).
    let few = &ar["report.days_left.few"];
    let edited = edit_entry(&po, "report.days_left", &|b| b.replace(&format!("msgstr[3] \"{few}\""), "msgstr[3] \"{days} أيام باقية\""));
    let out = run_import(&folder, &edited, &Mode::Drafts).unwrap();
    assert_eq!(out.texts["report.days_left.few"], "{days} أيام باقية");
    assert_eq!(out.changed, ["report.days_left"]);
    // Vietnamese has one form; French three.
    for (code, n) in [("vi", 1), ("fr", 3)] {
        let block = export_of(&folder, code).split("\n\n").find(|b| b.contains("msgctxt \"report.days_left\"\n")).unwrap().to_string();
        assert_eq!(block.matches("\nmsgstr[").count(), n, "{code}: {block}");
    }
}

#[test]
fn bad_entries_are_named_with_their_line_and_key() {
    let folder = copy_of_i18n("bad");
    let po = export_of(&folder, "ti");
    let line_of = |text: &str, key: &str| text.lines().position(|l| l == format!("msgctxt \"{key}\"")).unwrap() + 1;
    let cases: Vec<(String, &str, &str)> = vec![
        (po.replace("msgctxt \"button.start\"", "msgctxt \"button.strat\""), "button.strat", "not a key of i18n/en.json"),
        (
            edit_entry(&po, "answer.age", &|b| msgstr(b, &|l| l.replace("{years}", "{year}"))),
            "answer.age",
            "placeholders [\"year\"], English has [\"years\"]",
        ),
        (edit_entry(&po, "report.days_left", &|b| b.replace("msgstr[1]", "msgstr[2]")), "", "out of order"),
        (
            edit_entry(&po, "report.days_left", &|b| b.lines().filter(|l| !l.starts_with("msgstr[1]")).collect::<Vec<_>>().join("\n")),
            "report.days_left",
            "has 1 plural forms, ti has 2",
        ),
        (edit_entry(&po, "button.start", &|b| msgstr(b, &|_| "msgstr \"Begin here\"".into())), "button.start", "no Ethiopic letter"),
    ];
    for (text, key, what) in cases {
        let problems = run_import(&folder, &text, &Mode::Drafts).unwrap_err();
        let line = if key.is_empty() { None } else { Some(line_of(&text, key)) };
        let named =
            problems.iter().any(|p| p.contains(what) && line.is_none_or(|l| p.starts_with(&format!("x.po:{l}: msgctxt \"{key}\": "))));
        assert!(named, "{key} {what}: {problems:?}");
    }
    // The header: a language Pathways does not have, English itself, plural forms that disagree.
    let headers = [
        (po.replace("Language: ti\\n", "Language: xx\\n"), "Language: \"xx\": not a language to translate into"),
        (po.replace("Language: ti\\n", "Language: en\\n"), "Language: \"en\""),
        (po.replace("plural=(n > 1);", "plural=(n != 1);"), "Plural-Forms: for n=0 it gives form 1 (other), but ti says one"),
        (po.replace("charset=UTF-8", "charset=ISO-8859-1"), "save the file as UTF-8"),
        ("msgctxt \"q.dob.title\"\nmsgid \"x\"\nmsgstr \"y\"\n".to_string(), "no header entry"),
    ];
    for (text, what) in headers {
        let problems = run_import(&folder, &text, &Mode::Drafts).unwrap_err();
        assert!(problems.iter().any(|p| p.contains(what)), "{what}: {problems:?}");
    }
    // A region added by a tool names the same language.
    assert_eq!(run_import(&folder, &po.replace("Language: ti\\n", "Language: ti_ER\\n"), &Mode::Drafts).unwrap().code, "ti");
    // Nothing was written by any of these.
    assert!(std::fs::read(folder.catalog_path("ti")).unwrap() == std::fs::read(format!("{I18N}/ti.json")).unwrap());
}

#[test]
fn the_command_line_explains_bad_input_and_never_panics() {
    let folder = copy_of_i18n("cli");
    let dir = folder.dir.to_str().unwrap();
    let garbage = folder.dir.join("garbage.po");
    std::fs::write(&garbage, [0xff, 0xfe, b'"', 0, b'\n']).unwrap();
    let empty = folder.dir.join("empty.po");
    std::fs::write(&empty, "").unwrap();
    let cases: Vec<(Vec<&str>, &str)> = vec![
        (vec!["catalog", "import", garbage.to_str().unwrap(), "--i18n", dir], "garbage.po"),
        (vec!["catalog", "import", empty.to_str().unwrap(), "--i18n", dir], "no header entry"),
        (vec!["catalog", "import", "/no/such.po", "--i18n", dir], "/no/such.po"),
        (vec!["catalog", "export", "--lang", "xx", "--i18n", dir], "not a language to translate into"),
        (vec!["catalog", "export", "--lang"], "--lang needs a value"),
        (vec!["catalog", "import", "a.po", "--reviewed-by", "X"], "go together"),
        (vec!["catalog", "frobnicate"], "unexpected arguments"),
    ];
    for (args, what) in cases {
        let (code, _, err) = pathways(&args);
        assert_eq!(code, 2, "{args:?}: {err}");
        assert!(err.contains(what) && !err.contains("panicked"), "{args:?}: {err}");
    }
    let (code, out, _) = pathways(&["catalog", "--help"]);
    assert!(code == 0 && out.contains("pathways catalog export --lang CODE"), "{out}");
}

/// The share the app shows (counted by build.rs), the share of the records, and the README's
/// table agree.
#[test]
fn the_reviewed_share_is_the_same_in_the_app_the_readme_and_the_records() {
    let folder = Folder::source();
    for l in LANGUAGES {
        assert_eq!(l.share(), folder.share(l.code).unwrap(), "{}: build.rs and the records", l.code);
    }
    let table = status_table(&folder).unwrap();
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    assert!(
        readme.contains(&table),
        "README.md: the table of reviewed shares is out of date; put in it (`pathways catalog status`):\n{table}"
    );
    assert!(table.contains("| English | `en` |") && table.lines().count() == LANGUAGES.len() + 2, "{table}");
}

/// Every review record is of an entry English has, names its reviewer and a real day.
#[test]
fn every_review_record_is_of_an_entry_with_a_reviewer_and_a_day() {
    let folder = Folder::source();
    let en = english(&folder);
    let entries: Vec<String> = pathways::translation::review::entries(&en).iter().map(|e| e.key.to_string()).collect();
    let mut problems = Vec::new();
    for l in LANGUAGES.iter().filter(|l| l.code != "en") {
        let records: Records = folder.records(l.code).unwrap();
        assert!(folder.review_path(l.code).exists(), "i18n/review/{}.json", l.code);
        for (k, r) in &records {
            if !entries.contains(k) {
                problems.push(format!("{}: {k}: not an entry of i18n/en.json", l.code));
            }
            if r.by.trim().is_empty() || pathways::date::Date::parse(&r.on).is_err() {
                problems.push(format!("{}: {k}: by {:?} on {:?}: a name and a day (YYYY-MM-DD)", l.code, r.by, r.on));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The language menu says the share in words, in the volunteer's language and digits.
#[test]
fn the_menu_says_the_share_in_words() {
    use pathways::i18n::Catalog;
    use pathways::ui::texts::Texts;
    let texts = |code: &str| {
        let json = std::fs::read_to_string(format!("{I18N}/{code}.json")).unwrap();
        let cat: &'static Catalog = Box::leak(Box::new(Catalog::from_json(code, &json).unwrap()));
        Texts::new(code, cat)
    };
    let share = |reviewed, of| Share { reviewed, of };
    let en = texts("en");
    assert_eq!(en.review_words(share(0, 598)), "draft, not yet reviewed by a native speaker");
    assert_eq!(en.review_words(share(72, 598)), "draft, 12% reviewed by a native speaker");
    assert_eq!(en.review_words(share(598, 598)), "reviewed");
    // Arabic digits, isolated in the right-to-left sentence.
    assert_eq!(texts("ar").review_words(share(72, 598)), "مسودة، راجع متحدث أصلي \u{2068}١٢\u{2069}٪ منها");
    assert_eq!(texts("fr").review_words(share(1, 598)), "brouillon, relu à 1\u{202f}% par une personne de langue maternelle");
    // English's own share, as build.rs counted it.
    assert_eq!(en.review_state(pathways::i18n::language("en").unwrap()), "reviewed");
}
