//! Turns the English catalog (`i18n/en.json`) into sorted `key<TAB>text` lines, so the app needs no
//! JSON parser at start-up (smaller WebAssembly, faster first screen). The texts of the families
//! in `i18n/LATER.txt` (what only the result page shows) go to a file of their own: the web app
//! loads them after the first screen; the command-line tool and the tests build both in. Of those,
//! the families a calendar's texts come from go to a third file too: the file worker builds them
//! in, to write a case's deadlines as a calendar (`src/ics.rs`) in English.
//! It also counts each language's strings reviewed by a native speaker (`reviewed.rs`, for the
//! language menu), by the one definition of a review, `src/translation/review.rs`.

use std::collections::BTreeMap;
use std::fmt::Write;

#[allow(dead_code)]
#[path = "src/translation/review.rs"]
mod review;

/// The families of `i18n/LATER.txt` a calendar's texts come from (its titles, its deadlines and
/// their days: `src/ics.rs`; a test there checks that they are enough).
const CALENDAR_FAMILIES: [&str; 3] = ["ics", "deadline", "report"];

fn main() {
    println!("cargo:rerun-if-changed=i18n/en.json");
    println!("cargo:rerun-if-changed=i18n/LATER.txt");
    let text = std::fs::read_to_string("i18n/en.json").expect("i18n/en.json");
    // A BTreeMap: sorted keys, for the app's binary search.
    let texts: BTreeMap<String, String> = serde_json::from_str(&text).unwrap_or_else(|e| panic!("i18n/en.json: {e}"));
    let later_list = std::fs::read_to_string("i18n/LATER.txt").expect("i18n/LATER.txt");
    let later: Vec<&str> = later_list.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).collect();
    let (mut first, mut rest, mut calendar) = (String::new(), String::new(), String::new());
    for (k, v) in texts {
        assert!(!k.contains(['\t', '\n']) && !v.contains(['\t', '\n']), "i18n/en.json: {k}: no tabs or line breaks in texts");
        let family = k.split('.').next().unwrap_or("");
        let out = if later.contains(&family) { &mut rest } else { &mut first };
        writeln!(out, "{k}\t{v}").unwrap();
        if later.contains(&family) && CALENDAR_FAMILIES.contains(&family) {
            writeln!(calendar, "{k}\t{v}").unwrap();
        }
    }
    let dir = std::path::PathBuf::from(std::env::var("OUT_DIR").unwrap());
    std::fs::write(dir.join("en.tsv"), first).unwrap();
    std::fs::write(dir.join("en.later.tsv"), rest).unwrap();
    std::fs::write(dir.join("en.calendar.tsv"), calendar).unwrap();
    std::fs::write(dir.join("reviewed.rs"), reviewed()).unwrap();
}

/// `const REVIEWED: &[(code, reviewed, translated)]` for every catalog `i18n/<code>.json`.
fn reviewed() -> String {
    // A folder: any change to a file in it (a catalog, a review record).
    println!("cargo:rerun-if-changed=i18n");
    println!("cargo:rerun-if-changed=src/translation/review.rs");
    let read = |path: &str| std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let texts = |code: &str| -> review::Texts {
        let path = format!("i18n/{code}.json");
        serde_json::from_str(&read(&path)).unwrap_or_else(|e| panic!("{path}: {e}"))
    };
    let english = texts(review::SOURCE);
    let mut codes: Vec<String> = std::fs::read_dir("i18n")
        .expect("i18n/")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter_map(|f| f.strip_suffix(".json").filter(|c| !c.contains('.')).map(String::from))
        .collect();
    codes.sort();
    let mut out = String::from("const REVIEWED: &[(&str, u32, u32)] = &[\n");
    for code in codes {
        let path = format!("i18n/review/{code}.json");
        let records = match std::path::Path::new(&path).exists() {
            true => review::parse_records(&read(&path)).unwrap_or_else(|e| panic!("{path}: {e}")),
            false => review::Records::new(),
        };
        let (reviewed, of) = review::share(&code, &english, &texts(&code), &records);
        writeln!(out, "    ({code:?}, {reviewed}, {of}),").unwrap();
    }
    out.push_str("];\n");
    out
}
