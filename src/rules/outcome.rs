//! What the engine says about one case: a verdict per pathway, with its reasons, citations,
//! missing facts, deadlines, the route's status and next steps. Texts are message keys with
//! arguments (`crate::msg::Msg`), rendered in the reader's language by `crate::i18n`.

use super::cite::Cite;
use crate::case::format::Word;
use crate::case::Time;
use crate::date::Date;
use crate::fact::Fact;
use crate::msg::Msg;

/// The ten pathways of RULES.md, in its order. Their ids are a contract.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum PathwayId {
    DublinFamily,
    DublinOther,
    DubsCalais,
    DubsReferral,
    RefugeeFamilyReunion,
    ChildRelativeProtection,
    Para297,
    AppendixFm,
    Article8OutsideRules,
    UkFrancePilot,
}

impl PathwayId {
    pub const ALL: [PathwayId; 10] = [
        PathwayId::DublinFamily,
        PathwayId::DublinOther,
        PathwayId::DubsCalais,
        PathwayId::DubsReferral,
        PathwayId::RefugeeFamilyReunion,
        PathwayId::ChildRelativeProtection,
        PathwayId::Para297,
        PathwayId::AppendixFm,
        PathwayId::Article8OutsideRules,
        PathwayId::UkFrancePilot,
    ];

    pub fn id(self) -> &'static str {
        match self {
            PathwayId::DublinFamily => "dublin_family",
            PathwayId::DublinOther => "dublin_other",
            PathwayId::DubsCalais => "dubs_calais",
            PathwayId::DubsReferral => "dubs_referral",
            PathwayId::RefugeeFamilyReunion => "refugee_family_reunion",
            PathwayId::ChildRelativeProtection => "child_relative_protection",
            PathwayId::Para297 => "para_297",
            PathwayId::AppendixFm => "appendix_fm",
            PathwayId::Article8OutsideRules => "article8_outside_rules",
            PathwayId::UkFrancePilot => "uk_france_pilot",
        }
    }

    pub fn from_id(s: &str) -> Option<PathwayId> {
        PathwayId::ALL.into_iter().find(|p| p.id() == s)
    }

    /// A route for children: open only to a child, or to an application (a claim, a request) made
    /// while a child. The 18th birthday closes it to anything new.
    pub fn for_children(self) -> bool {
        !matches!(self, PathwayId::Article8OutsideRules | PathwayId::UkFrancePilot)
    }

    /// The catalog key of the pathway's name.
    pub fn name_key(self) -> &'static str {
        const KEYS: [&str; 10] = [
            "pathway.dublin_family",
            "pathway.dublin_other",
            "pathway.dubs_calais",
            "pathway.dubs_referral",
            "pathway.refugee_family_reunion",
            "pathway.child_relative_protection",
            "pathway.para_297",
            "pathway.appendix_fm",
            "pathway.article8_outside_rules",
            "pathway.uk_france_pilot",
        ];
        KEYS[self as usize]
    }
}

impl Word for PathwayId {
    const ALL: &'static [PathwayId] = &PathwayId::ALL;
    fn id(self) -> &'static str {
        PathwayId::id(self)
    }
}
crate::impl_word!(PathwayId);

/// The verdict words of RULES.md. `Ord` puts the most hopeful first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Verdict {
    Likely,
    Possible,
    NotEligible,
    Closed,
    NotApplicable,
}

impl Verdict {
    pub const ALL: [Verdict; 5] = [Verdict::Likely, Verdict::Possible, Verdict::NotEligible, Verdict::Closed, Verdict::NotApplicable];

    pub fn id(self) -> &'static str {
        match self {
            Verdict::Likely => "likely",
            Verdict::Possible => "possible",
            Verdict::NotEligible => "not_eligible",
            Verdict::Closed => "closed",
            Verdict::NotApplicable => "not_applicable",
        }
    }

    pub fn from_id(s: &str) -> Option<Verdict> {
        Verdict::ALL.into_iter().find(|v| v.id() == s)
    }

    /// The catalog key of the verdict's word.
    pub fn name_key(self) -> &'static str {
        const KEYS: [&str; 5] = ["verdict.likely", "verdict.possible", "verdict.not_eligible", "verdict.closed", "verdict.not_applicable"];
        KEYS[self as usize]
    }
}

impl Word for Verdict {
    const ALL: &'static [Verdict] = &Verdict::ALL;
    fn id(self) -> &'static str {
        Verdict::id(self)
    }
}
crate::impl_word!(Verdict);

/// One reason for a verdict: a sentence a volunteer can read aloud, and its legal source.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reason {
    pub msg: Msg,
    pub cite: Cite,
}

/// A fact that is not known and could change the verdict, with the evidence that would settle it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Missing {
    pub fact: Fact,
    pub evidence: &'static str,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum DeadlineKind {
    /// The child's 18th birthday: after it, routes for children close to them.
    EighteenthBirthday,
    /// Dublin III Art 21(1): take-charge request within 3 months of the claim.
    DublinRequest,
    /// Dublin III Art 22(1), 22(7): the UK's reply within 2 months, or acceptance by silence.
    DublinReply,
    /// Dublin III Art 29(1): transfer within 6 months of acceptance.
    DublinTransfer,
    /// The last day a scheme or route is open.
    SchemeEnd,
    /// The birthday on which the child turns this age, ending the age criterion the verdict rests
    /// on (the Calais scheme's "aged 12 or under": the 13th birthday).
    AgeLimit(i32),
}

/// A date that matters on the assessment date. With only a stated age, the 18th birthday is a
/// range (`earliest` to `latest`); otherwise both are the same day.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Deadline {
    pub kind: DeadlineKind,
    pub earliest: Date,
    pub latest: Date,
    /// Days from the assessment date to `earliest` (negative once passed).
    pub days_left: i64,
    /// A time of day that matters (the Dublin cut-off at 23:00 UK time).
    pub time: Option<Time>,
    pub cite: Cite,
}

impl Deadline {
    /// A deadline on one day (optionally at a time), seen from `on`.
    pub fn new(kind: DeadlineKind, date: Date, time: Option<Time>, on: Date, cite: Cite) -> Deadline {
        Deadline::range(kind, (date, date), time, on, cite)
    }

    /// A deadline that falls on one day of a range (an 18th birthday known only from a stated age).
    pub fn range(kind: DeadlineKind, (earliest, latest): (Date, Date), time: Option<Time>, on: Date, cite: Cite) -> Deadline {
        Deadline { kind, earliest, latest, days_left: on.days_until(earliest), time, cite }
    }
}

/// A route's state on the assessment date.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RouteStatus {
    /// Open since `since`, until `until` (an end known on the assessment date); `later`: an end
    /// not yet known then (its last day and time, and the day it became known), for a historic
    /// assessment to say that the route later closed.
    Open {
        since: Option<Date>,
        until: Option<Date>,
        later: Option<((Date, Option<Time>), Date)>,
        cite: Cite,
    },
    Closed {
        since: Date,
        time: Option<Time>,
        cite: Cite,
    },
    NotYetInForce {
        from: Date,
        cite: Cite,
    },
}

/// The result for one pathway.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PathwayResult {
    pub pathway: PathwayId,
    pub verdict: Verdict,
    /// The first reason is the one-line "why".
    pub reasons: Vec<Reason>,
    pub missing: Vec<Missing>,
    pub deadlines: Vec<Deadline>,
    pub status: RouteStatus,
    pub next_steps: Vec<Msg>,
}

impl PathwayResult {
    /// The result with these notes shown after its reasons.
    pub fn with_notes(mut self, notes: Vec<Reason>) -> PathwayResult {
        self.reasons.extend(notes);
        self
    }
}

impl Deadline {
    /// When it falls: its day, then its time (a deadline with no time lasts the whole day).
    pub fn when(&self) -> (Date, Time) {
        (self.earliest, self.time.unwrap_or(Time { hour: 23, minute: 59 }))
    }
}

/// The whole result for a case.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Assessment {
    pub assessed_on: Date,
    pub rules_version: &'static str,
    /// How far the legal research behind the rules runs.
    pub law_checked_to: Date,
    /// In RULES.md order.
    pub pathways: Vec<PathwayResult>,
    /// Things that apply to the whole case (an age dispute, the child's protection in France).
    pub notes: Vec<Reason>,
    /// The child's 18th birthday, when known (exactly or as a range).
    pub eighteenth_birthday: Option<Deadline>,
    /// The nearest deadline of a route still open to this child (`likely` or `possible`), with
    /// its route: what the volunteer must act on first.
    pub next_deadline: Option<(PathwayId, Deadline)>,
}

impl Assessment {
    pub fn get(&self, id: PathwayId) -> &PathwayResult {
        &self.pathways[id as usize]
    }

    /// Pathways ordered for reading: likely, then possible, then the rest; RULES.md order within each.
    pub fn by_hope(&self) -> Vec<&PathwayResult> {
        Verdict::ALL.iter().flat_map(|v| self.pathways.iter().filter(move |p| p.verdict == *v)).collect()
    }
}
