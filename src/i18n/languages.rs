//! The languages Pathways speaks. English and French are complete (every text); the others
//! cover everything the child is asked or told (`i18n/CHILD_KEYS.txt`), the reasons for each
//! verdict included, with the legal sources and some details a lawyer checks in English. How much
//! of each a native speaker has reviewed is counted at build time from the review records
//! (`i18n/review/<code>.json`, see `src/translation/review.rs`); a test checks this list agrees
//! with the files.

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
}

const fn lang(code: &'static str, name: &'static str, rtl: bool, complete: bool) -> Language {
    Language { code, tag: code, name, rtl, complete }
}

pub const LANGUAGES: &[Language] = &[
    lang("en", "English", false, true),
    lang("fr", "Français", false, true),
    lang("ar", "العربية", true, false),
    // Dari, the Persian of Afghanistan (most Persian-speaking children in Calais are Afghan):
    // its words, and CLDR's month and country names for fa-AF.
    Language { tag: "fa-AF", ..lang("fa", "دری (فارسی افغانستان)", true, false) },
    lang("ps", "پښتو", true, false),
    lang("ckb", "کوردی (سۆرانی)", true, false),
    lang("ti", "ትግርኛ", false, false),
    lang("am", "አማርኛ", false, false),
    lang("vi", "Tiếng Việt", false, false),
];

// `REVIEWED`: (code, strings reviewed by a native speaker, strings translated), written by
// build.rs from `i18n/` and `i18n/review/` (English, the source, counts as reviewed throughout).
include!(concat!(env!("OUT_DIR"), "/reviewed.rs"));

/// How many of a language's translated strings (a key, or a plural family) a native speaker
/// has reviewed, out of how many.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Share {
    pub reviewed: u32,
    pub of: u32,
}

impl Share {
    /// The reviewed share in whole percent, as shown: 100 only when every string is reviewed and
    /// 0 only when none is (otherwise rounded down, within 1 to 99).
    pub fn percent(&self) -> u32 {
        match (self.reviewed, self.of) {
            (0, _) | (_, 0) => 0,
            (r, of) if r >= of => 100,
            (r, of) => (u64::from(r) * 100 / u64::from(of)).clamp(1, 99) as u32,
        }
    }
}

impl Language {
    /// The share of this language's strings a native speaker has reviewed.
    pub fn share(&self) -> Share {
        REVIEWED.iter().find(|r| r.0 == self.code).map_or(Share { reviewed: 0, of: 0 }, |r| Share { reviewed: r.1, of: r.2 })
    }
}

pub fn language(code: &str) -> Option<&'static Language> {
    LANGUAGES.iter().find(|l| l.code == code)
}

/// The language tag for a catalog's code (`fa` is `fa-AF`, Dari).
pub fn tag(code: &str) -> &str {
    language(code).map_or(code, |l| l.tag)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shares_round_down_but_never_to_all_or_nothing() {
        let p = |reviewed, of| Share { reviewed, of }.percent();
        assert_eq!([p(0, 600), p(1, 600), p(6, 600), p(599, 600), p(600, 600), p(0, 0)], [0, 1, 1, 99, 100, 0]);
        assert_eq!(language("en").unwrap().share().percent(), 100, "English is the source, reviewed throughout");
        assert!(LANGUAGES.iter().all(|l| l.share().of > 0), "build.rs counted every language");
    }
}
