//! The static Rules pages shipped with the app (`static/rules/*.html`) are generated from the rules
//! data; this fails when they are out of date. Regenerate with `scripts/generate.sh`.

use pathways::i18n::english_with_rules;
use pathways::rules::reference::html;

#[test]
fn the_english_rules_page_is_up_to_date() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/static/rules/en.html");
    let committed = std::fs::read_to_string(path).unwrap_or_default();
    let fresh = html(&english_with_rules(), "ltr");
    assert!(committed == fresh, "static/rules/en.html is out of date: run scripts/generate.sh");
    assert!(fresh.contains("dublin_family") && fresh.contains("8(1)"));
}
