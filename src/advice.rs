//! Where to get advice: organisations named in RULES.md that give free advice or help, with the
//! date this list was last checked. Their descriptions are catalog texts (`advice.<id>.what`,
//! `advice.<id>.region`), so they are read in the volunteer's and the child's language. Review
//! every entry when the rules are reviewed.

use crate::date::Date;

pub struct Organisation {
    /// The catalog keys `advice.<id>.what` and `advice.<id>.region`.
    pub id: &'static str,
    pub name: &'static str,
    pub url: &'static str,
}

impl Organisation {
    pub fn what_key(&self) -> String {
        format!("advice.{}.what", self.id)
    }
    pub fn region_key(&self) -> String {
        format!("advice.{}.region", self.id)
    }
}

/// The date the list below was last checked against its sources.
pub const REVIEWED_ON: Date = Date::ymd(2026, 4, 29);

pub const ORGANISATIONS: &[Organisation] = &[
    Organisation { id: "safe_passage", name: "Safe Passage International", url: "https://www.safepassage.org.uk" },
    Organisation { id: "refugee_legal_support", name: "Refugee Legal Support", url: "https://www.refugeelegalsupport.org" },
    Organisation { id: "coram", name: "Coram Children's Legal Centre", url: "https://www.childrenslegalcentre.com" },
    Organisation { id: "gisti", name: "GISTI", url: "https://www.gisti.org" },
];
