//! Plural forms: the CLDR cardinal plural rules, for whole numbers, of the languages Pathways
//! speaks (https://www.unicode.org/cldr/charts/latest/supplemental/language_plural_rules.html).
//! A plural text is a family of keys, one per category: `report.days_left.one`,
//! `report.days_left.other`; Arabic has six (`zero`, `one`, `two`, `few`, `many`, `other`).
//! The same rules serve the app and the command-line tool (no browser data needed: Chromium
//! has none for Pashto, Sorani or Tigrinya).

/// The plural category of the whole number `n` in language `lang`.
pub fn category(lang: &str, n: i64) -> &'static str {
    let n = n.unsigned_abs();
    match lang {
        "ar" => match (n, n % 100) {
            (0, _) => "zero",
            (1, _) => "one",
            (2, _) => "two",
            (_, 3..=10) => "few",
            (_, 11..=99) => "many",
            _ => "other",
        },
        // one: i = 0,1; many: a whole multiple of a million.
        "fr" if n <= 1 => "one",
        "fr" if n.is_multiple_of(1_000_000) => "many",
        // one: i = 0 or n = 1 (Persian, Amharic); n = 0..1 (Tigrinya).
        "fa" | "am" | "ti" if n <= 1 => "one",
        "vi" => "other",
        // one: n = 1 (English, Pashto, Sorani).
        "en" | "ps" | "ckb" if n == 1 => "one",
        _ => "other",
    }
}

/// The categories a language's plural texts must have.
pub fn categories(lang: &str) -> &'static [&'static str] {
    match lang {
        "ar" => &["zero", "one", "two", "few", "many", "other"],
        "fr" => &["one", "many", "other"],
        "vi" => &["other"],
        _ => &["one", "other"],
    }
}

/// The gettext `Plural-Forms` header of a language (for translators' PO files: `pathways catalog
/// export`): its expression gives, for a count, the index of its category in [`categories`].
/// `src/translation` checks it gives the same category as [`category`] for every count it tries.
pub fn gettext_plural_forms(lang: &str) -> &'static str {
    match lang {
        "ar" => "nplurals=6; plural=(n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5);",
        "fr" => "nplurals=3; plural=(n==0 || n==1 ? 0 : n!=0 && n%1000000==0 ? 1 : 2);",
        "vi" => "nplurals=1; plural=0;",
        "fa" | "am" | "ti" => "nplurals=2; plural=(n > 1);",
        _ => "nplurals=2; plural=(n != 1);",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cldr_categories() {
        let of = |lang, ns: &[i64]| ns.iter().map(|&n| category(lang, n)).collect::<Vec<_>>();
        assert_eq!(of("en", &[0, 1, 2, 21]), ["other", "one", "other", "other"]);
        assert_eq!(of("fr", &[0, 1, 2, 1_000_000]), ["one", "one", "other", "many"]);
        assert_eq!(
            of("ar", &[0, 1, 2, 3, 10, 11, 99, 100, 102, 103, 111]),
            ["zero", "one", "two", "few", "few", "many", "many", "other", "other", "few", "many"]
        );
        assert_eq!(of("fa", &[0, 1, 2]), ["one", "one", "other"]);
        assert_eq!(of("ti", &[0, 1, 2]), ["one", "one", "other"]);
        assert_eq!(of("ps", &[0, 1, 2]), ["other", "one", "other"]);
        assert_eq!(of("vi", &[1, 2]), ["other", "other"]);
        for lang in ["en", "fr", "ar", "fa", "ps", "ckb", "ti", "am", "vi"] {
            for n in 0..2_000 {
                assert!(categories(lang).contains(&category(lang, n)), "{lang} {n}");
            }
        }
    }
}
