//! ISO 3166-1 alpha-2 country codes, and the country sets the rules use.

use std::fmt;

/// Every officially assigned ISO 3166-1 alpha-2 code, concatenated in alphabetical order.
const ISO_ALPHA2: &str = "ADAEAFAGAIALAMAOAQARASATAUAWAXAZBABBBDBEBFBGBHBIBJBLBMBNBOBQBRBSBTBVBWBYBZCACCCDCFCGCHCICKCLCMCNCOCRCUCVCWCXCYCZDEDJDKDMDODZECEEEGEHERESETFIFJFKFMFOFRGAGBGDGEGFGGGHGIGLGMGNGPGQGRGSGTGUGWGYHKHMHNHRHTHUIDIEILIMINIOIQIRISITJEJMJOJPKEKGKHKIKMKNKPKRKWKYKZLALBLCLILKLRLSLTLULVLYMAMCMDMEMFMGMHMKMLMMMNMOMPMQMRMSMTMUMVMWMXMYMZNANCNENFNGNINLNONPNRNUNZOMPAPEPFPGPHPKPLPMPNPRPSPTPWPYQARERORSRURWSASBSCSDSESGSHSISJSKSLSMSNSOSRSSSTSVSXSYSZTCTDTFTGTHTJTKTLTMTNTOTRTTTVTWTZUAUGUMUSUYUZVAVCVEVGVIVNVUWFWSYEYTZAZMZW";

/// A country, as an ISO 3166-1 alpha-2 code ("FR", "AF"). Only assigned codes exist.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub struct Country([u8; 2]);

impl Country {
    /// The code in upper case if it is an assigned ISO 3166-1 alpha-2 code (case-insensitive input).
    pub fn parse(s: &str) -> Option<Country> {
        let b = s.as_bytes();
        if b.len() != 2 || !b.iter().all(u8::is_ascii_alphabetic) {
            return None;
        }
        let code = [b[0].to_ascii_uppercase(), b[1].to_ascii_uppercase()];
        ISO_ALPHA2.as_bytes().chunks(2).any(|c| c == code).then_some(Country(code))
    }

    /// A code known to be valid (rules data).
    pub const fn code(code: &str) -> Country {
        let b = code.as_bytes();
        Country([b[0], b[1]])
    }

    pub fn as_str(&self) -> &str {
        std::str::from_utf8(&self.0).unwrap_or("??")
    }

    /// Every assigned code as text, alphabetical.
    pub fn all_codes() -> impl Iterator<Item = &'static str> {
        (0..ISO_ALPHA2.len() / 2).map(|i| &ISO_ALPHA2[2 * i..2 * i + 2])
    }

    /// Every assigned code, alphabetical (for pickers in the app).
    pub fn all() -> impl Iterator<Item = Country> {
        ISO_ALPHA2.as_bytes().chunks(2).map(|c| Country([c[0], c[1]]))
    }
}

impl fmt::Display for Country {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_is_sorted_and_complete() {
        let all: Vec<Country> = Country::all().collect();
        assert_eq!(all.len(), 249);
        assert!(all.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn parses_assigned_codes_only() {
        assert_eq!(Country::parse("fr"), Some(Country::code("FR")));
        assert_eq!(Country::parse("GR").unwrap().as_str(), "GR");
        assert_eq!(Country::parse("EL"), None, "EL is the EU's code for Greece, not ISO");
        assert_eq!(Country::parse("UK"), None, "the ISO code of the United Kingdom is GB");
        assert_eq!(Country::parse("FRA"), None);
        assert_eq!(Country::parse("F1"), None);
        assert_eq!(Country::parse(""), None);
    }
}
