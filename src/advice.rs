//! Where to get advice: organisations named in RULES.md that give free advice or help, with the
//! date this list was last checked. Review every entry when the rules are reviewed.

use crate::date::Date;

pub struct Organisation {
    pub name: &'static str,
    /// What they do (English; shown as written in every language).
    pub what: &'static str,
    pub region: &'static str,
    pub url: &'static str,
}

/// The date the list below was last checked against its sources.
pub const REVIEWED_ON: Date = Date::ymd(2026, 4, 29);

pub const ORGANISATIONS: &[Organisation] = &[
    Organisation {
        name: "Safe Passage International",
        what: "Free legal advice and casework for refugees and separated children seeking safe routes to family in the UK.",
        region: "UK and Europe",
        url: "https://www.safepassage.org.uk",
    },
    Organisation {
        name: "Refugee Legal Support",
        what: "Free legal information and advice for people in northern France and Greece, including family reunion to the UK.",
        region: "France, Greece",
        url: "https://www.refugeelegalsupport.org",
    },
    Organisation {
        name: "Coram Children's Legal Centre",
        what: "Guidance on the rights of separated children and on family routes to the UK.",
        region: "UK",
        url: "https://www.childrenslegalcentre.com",
    },
    Organisation {
        name: "GISTI",
        what: "Information on the rights of unaccompanied minors (mineurs non accompagnes) in France, including protection by the ASE.",
        region: "France",
        url: "https://www.gisti.org",
    },
];

#[cfg(test)]
mod tests {
    #[test]
    fn links_are_https_and_named() {
        assert!(super::ORGANISATIONS.len() >= 3);
        assert!(super::ORGANISATIONS.iter().all(|o| o.url.starts_with("https://") && !o.name.is_empty() && !o.what.is_empty()));
    }
}
