//! The static Rules pages shipped with the app (`static/rules/*.html`) are generated from the rules
//! data, and the start page in `index.html` from the app's components; this fails when they are
//! out of date. Regenerate with `scripts/generate.sh`.

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

#[test]
fn the_start_page_in_index_html_is_up_to_date() {
    use pathways::ui::prerender::{in_index, start_page_html};
    let index = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/index.html")).unwrap();
    let committed = in_index(&index).expect("index.html has the start page marks");
    let fresh = start_page_html(pathways::rules::data::LAW_CHECKED_TO);
    assert!(committed == fresh, "the start page in index.html is out of date: run scripts/generate.sh");
    // The page a person sees first: the heading, the Start button, and the date sentence that
    // static/boot.js brings up to today.
    for part in ["id=\"main-heading\"", "data-early=\"start\"", "data-template=\"The rules are applied as of {date}.\"", "Quick exit"] {
        assert!(fresh.contains(part), "the start page lacks {part}");
    }
}
