//! The static Rules pages shipped with the app (`static/rules/*.html`) are generated from the rules
//! data; this fails when they are out of date. Regenerate with `scripts/generate.sh`.

use pathways::i18n::catalog_with_rules;
use pathways::report::rules_page::html;

#[test]
fn the_rules_pages_are_up_to_date() {
    for lang in ["en", "fr"] {
        let path = format!("{}/static/rules/{lang}.html", env!("CARGO_MANIFEST_DIR"));
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        let fresh = html(&catalog_with_rules(lang).unwrap(), "ltr");
        assert!(committed == fresh, "static/rules/{lang}.html is out of date: run scripts/generate.sh");
        assert!(fresh.contains("dublin_family") && fresh.contains("8(1)") && fresh.contains(&format!("lang=\"{lang}\"")));
    }
}
