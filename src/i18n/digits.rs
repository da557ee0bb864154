//! Numbers in each language's own digits, one digit system per line: Arabic-Indic (٠١٢) for
//! Arabic, Extended Arabic-Indic (۰۱۲) for Dari/Persian, Pashto and Sorani, Western digits for
//! the others; grouped the language's way for counts. Done here, not by the browser's Intl, which
//! has no data for Pashto, Sorani or Tigrinya (and the command-line tool has no browser).

/// The digit zero of a language's own digits.
fn zero(lang: &str) -> Option<char> {
    match lang {
        "ar" => Some('\u{0660}'),
        "fa" | "ps" | "ckb" => Some('\u{06F0}'),
        _ => None,
    }
}

/// `s` with its Western digits written in the language's own digits.
pub fn native(lang: &str, s: &str) -> String {
    match zero(lang) {
        None => s.to_string(),
        Some(z) => s
            .chars()
            .map(|c| if c.is_ascii_digit() { char::from_u32(z as u32 + (c as u32 - '0' as u32)).unwrap_or(c) } else { c })
            .collect(),
    }
}

/// The thousands separator of a language.
fn separator(lang: &str) -> &'static str {
    match lang {
        "fr" => "\u{202F}",
        "ar" | "fa" | "ps" | "ckb" => "\u{066C}",
        "vi" => ".",
        _ => ",",
    }
}

/// A whole number in the language's digits; `grouping`: with thousands separators (a count of
/// days), or without (a year, a day of the month).
pub fn number(lang: &str, n: i64, grouping: bool) -> String {
    let digits = n.unsigned_abs().to_string();
    let mut out = String::new();
    if n < 0 {
        out.push('-');
    }
    for (i, c) in digits.chars().enumerate() {
        if grouping && i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(separator(lang));
        }
        out.push(c);
    }
    native(lang, &out)
}

/// A value isolated from the text around it (Unicode FSI … PDI): in a right-to-left sentence, a
/// date or a name written left to right keeps its own order and leaves the sentence's alone.
pub fn isolate(s: &str) -> String {
    format!("\u{2068}{s}\u{2069}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_language_its_own_digits() {
        assert_eq!(number("en", 1043, true), "1,043");
        assert_eq!(number("fr", 1043, true), "1\u{202F}043");
        assert_eq!(number("ar", 1043, true), "١٬٠٤٣");
        assert_eq!(number("fa", 2011, false), "۲۰۱۱");
        assert_eq!(number("ps", 18, false), "۱۸");
        assert_eq!(number("ti", 18, false), "18");
        assert_eq!(native("ar", "23:00"), "٢٣:٠٠");
    }
}
