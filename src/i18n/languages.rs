//! The languages Pathways speaks. English and French are complete (every text); the others
//! cover everything the child is asked or told (`i18n/CHILD_KEYS.txt`), with reasons and legal
//! sources in English. Each catalog says whether a native speaker has reviewed it
//! (`_meta.review`: "reviewed" or "draft"); a test checks this list agrees with the files.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Language {
    /// The code used in `?lang=`, `i18n/<code>.json` and `<html lang>`.
    pub code: &'static str,
    /// The language's name in itself.
    pub name: &'static str,
    pub rtl: bool,
    /// Every text is translated (otherwise only the child-facing ones).
    pub complete: bool,
    /// A native speaker has reviewed the catalog.
    pub reviewed: bool,
}

const fn lang(code: &'static str, name: &'static str, rtl: bool, complete: bool, reviewed: bool) -> Language {
    Language { code, name, rtl, complete, reviewed }
}

pub const LANGUAGES: &[Language] = &[
    lang("en", "English", false, true, true),
    lang("fr", "Français", false, true, false),
    lang("ar", "العربية", true, false, false),
    lang("fa", "دری / فارسی", true, false, false),
    lang("ps", "پښتو", true, false, false),
    lang("ckb", "کوردی (سۆرانی)", true, false, false),
    lang("ti", "ትግርኛ", false, false, false),
    lang("am", "አማርኛ", false, false, false),
    lang("vi", "Tiếng Việt", false, false, false),
];

pub fn language(code: &str) -> Option<&'static Language> {
    LANGUAGES.iter().find(|l| l.code == code)
}
