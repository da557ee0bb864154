//! The languages Pathways speaks. English and French are complete (every text); the others
//! cover everything the child is asked or told (`i18n/CHILD_KEYS.txt`), the reasons for each
//! verdict included, with the legal sources and some details a lawyer checks in English. Each catalog says whether a native speaker has reviewed it
//! (`_meta.review`: "reviewed" or "draft"); a test checks this list agrees with the files.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Language {
    /// The code used in `?lang=` and `i18n/<code>.json`.
    pub code: &'static str,
    /// The language tag of the texts (`lang` attributes): the code, or the variety it is.
    pub tag: &'static str,
    /// The language's name in itself.
    pub name: &'static str,
    pub rtl: bool,
    /// Every text is translated (otherwise only the child-facing ones).
    pub complete: bool,
    /// A native speaker has reviewed the catalog.
    pub reviewed: bool,
}

const fn lang(code: &'static str, name: &'static str, rtl: bool, complete: bool, reviewed: bool) -> Language {
    Language { code, tag: code, name, rtl, complete, reviewed }
}

pub const LANGUAGES: &[Language] = &[
    lang("en", "English", false, true, true),
    lang("fr", "Français", false, true, false),
    lang("ar", "العربية", true, false, false),
    // Dari, the Persian of Afghanistan (most Persian-speaking children in Calais are Afghan):
    // its words, and CLDR's month and country names for fa-AF.
    Language { tag: "fa-AF", ..lang("fa", "دری (فارسی افغانستان)", true, false, false) },
    lang("ps", "پښتو", true, false, false),
    lang("ckb", "کوردی (سۆرانی)", true, false, false),
    lang("ti", "ትግርኛ", false, false, false),
    lang("am", "አማርኛ", false, false, false),
    lang("vi", "Tiếng Việt", false, false, false),
];

pub fn language(code: &str) -> Option<&'static Language> {
    LANGUAGES.iter().find(|l| l.code == code)
}

/// The language tag for a catalog's code (`fa` is `fa-AF`, Dari).
pub fn tag(code: &str) -> &str {
    language(code).map_or(code, |l| l.tag)
}
