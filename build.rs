//! Turns the English catalog (`i18n/en.json`) into sorted `key<TAB>text` lines, so the app needs no
//! JSON parser at start-up (smaller WebAssembly, faster first screen).

use std::collections::BTreeMap;
use std::fmt::Write;

fn main() {
    println!("cargo:rerun-if-changed=i18n/en.json");
    let text = std::fs::read_to_string("i18n/en.json").expect("i18n/en.json");
    // A BTreeMap: sorted keys, for the app's binary search.
    let texts: BTreeMap<String, String> = serde_json::from_str(&text).unwrap_or_else(|e| panic!("i18n/en.json: {e}"));
    let mut out = String::new();
    for (k, v) in texts {
        assert!(!k.contains(['\t', '\n']) && !v.contains(['\t', '\n']), "i18n/en.json: {k}: no tabs or line breaks in texts");
        writeln!(out, "{k}\t{v}").unwrap();
    }
    let dest = std::path::Path::new(&std::env::var("OUT_DIR").unwrap()).join("en.tsv");
    std::fs::write(dest, out).unwrap();
}
