//! Turns the English catalog (`i18n/en.json`) into sorted `key<TAB>text` lines, so the app needs no
//! JSON parser at start-up (smaller WebAssembly, faster first screen).

#[allow(dead_code)]
#[path = "src/json.rs"]
mod json;

use std::fmt::Write;

fn main() {
    println!("cargo:rerun-if-changed=i18n/en.json");
    let text = std::fs::read_to_string("i18n/en.json").expect("i18n/en.json");
    let value = json::parse(&text).unwrap_or_else(|e| panic!("i18n/en.json: {e}"));
    let json::Value::Object(mut members) = value else { panic!("i18n/en.json: expected an object") };
    members.sort_by(|a, b| a.0.cmp(&b.0));
    let mut out = String::new();
    for (k, v) in members {
        let json::Value::String(v) = v else { panic!("i18n/en.json: {k}: expected a text") };
        assert!(!k.contains(['\t', '\n']) && !v.contains(['\t', '\n']), "i18n/en.json: {k}: no tabs or line breaks in texts");
        writeln!(out, "{k}\t{v}").unwrap();
    }
    let dest = std::path::Path::new(&std::env::var("OUT_DIR").unwrap()).join("en.tsv");
    std::fs::write(dest, out).unwrap();
}
