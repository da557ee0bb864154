//! Turns the English catalog (`i18n/en.json`) into sorted `key<TAB>text` lines, so the app needs no
//! JSON parser at start-up (smaller WebAssembly, faster first screen). The texts of the families
//! in `i18n/LATER.txt` (what only the result page shows) go to a file of their own: the web app
//! loads them after the first screen; the command-line tool and the tests build both in.

use std::collections::BTreeMap;
use std::fmt::Write;

fn main() {
    println!("cargo:rerun-if-changed=i18n/en.json");
    println!("cargo:rerun-if-changed=i18n/LATER.txt");
    let text = std::fs::read_to_string("i18n/en.json").expect("i18n/en.json");
    // A BTreeMap: sorted keys, for the app's binary search.
    let texts: BTreeMap<String, String> = serde_json::from_str(&text).unwrap_or_else(|e| panic!("i18n/en.json: {e}"));
    let later_list = std::fs::read_to_string("i18n/LATER.txt").expect("i18n/LATER.txt");
    let later: Vec<&str> = later_list.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).collect();
    let (mut first, mut rest) = (String::new(), String::new());
    for (k, v) in texts {
        assert!(!k.contains(['\t', '\n']) && !v.contains(['\t', '\n']), "i18n/en.json: {k}: no tabs or line breaks in texts");
        let family = k.split('.').next().unwrap_or("");
        let out = if later.contains(&family) { &mut rest } else { &mut first };
        writeln!(out, "{k}\t{v}").unwrap();
    }
    let dir = std::path::PathBuf::from(std::env::var("OUT_DIR").unwrap());
    std::fs::write(dir.join("en.tsv"), first).unwrap();
    std::fs::write(dir.join("en.later.tsv"), rest).unwrap();
}
