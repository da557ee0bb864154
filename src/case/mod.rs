//! The case: the facts a volunteer enters, in the scenario file format of
//! `shared/scenarios/FORMAT.md` (a contract). `None` always means "don't know", never "no".

mod country;
pub mod decode;
pub mod parse;

pub use country::Country;
pub use decode::case_file_text;
pub use parse::{issues, parse_case_file, validate, FieldError, Issue, Parsed};

use crate::date::Date;
use std::collections::BTreeMap;
use std::fmt;

use crate::rules::{PathwayId, Verdict};

/// A whole file: one case and, in test suites, the verdicts it must give.
#[derive(Clone, Debug, PartialEq)]
pub struct ScenarioFile {
    pub id: Option<String>,
    pub title: Option<String>,
    pub basis: Option<String>,
    pub case: Case,
    pub expect: Option<BTreeMap<PathwayId, Verdict>>,
    pub expect_citation: Option<BTreeMap<PathwayId, String>>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Case {
    /// The date the rules are applied "as of". Required.
    pub assessed_on: Date,
    pub child: Child,
    pub asylum_claim: Option<AsylumClaim>,
    pub take_charge_request: Option<TakeChargeRequest>,
    pub uk_application: Option<UkApplication>,
    /// `Some(vec![])` = no relatives in the UK; `None` = not known.
    pub uk_relatives: Option<Vec<Relative>>,
}

impl Case {
    /// An empty case (every fact unknown) assessed on `date`.
    pub fn new(assessed_on: Date) -> Case {
        Case {
            assessed_on,
            child: Child::default(),
            asylum_claim: None,
            take_charge_request: None,
            uk_application: None,
            uk_relatives: None,
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Child {
    pub date_of_birth: Option<Date>,
    /// Whole years on `assessed_on`; used when `date_of_birth` is unknown.
    pub age_years: Option<u32>,
    pub age_disputed: Option<bool>,
    pub nationality: Option<Country>,
    pub location: Option<Country>,
    pub unaccompanied: Option<bool>,
    pub married: Option<bool>,
    pub arrived_in_europe_on: Option<Date>,
    pub in_calais_camp_on_2016_10_24: Option<bool>,
    pub referred_as_high_risk_of_exploitation: Option<bool>,
    pub accompanying_sibling_of_eligible_child: Option<bool>,
    pub referred_by_authorities: Option<bool>,
    pub best_interests_against_uk: Option<bool>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ClaimStatus {
    Lodged,
    None,
}

#[derive(Clone, Debug, PartialEq)]
pub struct AsylumClaim {
    pub status: Option<ClaimStatus>,
    pub country: Option<Country>,
    pub lodged_on: Option<Date>,
}

impl AsylumClaim {
    /// The status, or "lodged" when only a lodging date or country is given (they say it was lodged).
    pub fn known_status(&self) -> Option<ClaimStatus> {
        let implied = self.lodged_on.is_some() || self.country.is_some();
        self.status.or(implied.then_some(ClaimStatus::Lodged))
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RequestStatus {
    Sent,
    None,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UkDecision {
    Pending,
    Accepted,
    Refused,
}

#[derive(Clone, Debug, PartialEq)]
pub struct TakeChargeRequest {
    pub status: Option<RequestStatus>,
    pub sent_on: Option<Date>,
    /// Only matters for a request sent on 31 December 2020 (cut-off 23:00 UK time).
    pub received_before_cutoff_time: Option<bool>,
    pub uk_decision: Option<UkDecision>,
    pub decided_on: Option<Date>,
}

impl TakeChargeRequest {
    /// The status, or "sent" when only a date or a decision is given (they say it was sent).
    pub fn known_status(&self) -> Option<RequestStatus> {
        let implied = self.sent_on.is_some() || self.uk_decision.is_some() || self.decided_on.is_some();
        self.status.or(implied.then_some(RequestStatus::Sent))
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct UkApplication {
    pub submitted_on: Option<Date>,
    /// UK local time.
    pub submitted_at: Option<Time>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Relation {
    Parent,
    StepParent,
    ResponsibleAdult,
    Sibling,
    HalfSibling,
    AuntUncle,
    Grandparent,
    Cousin,
    Other,
}

impl Relation {
    pub const ALL: [Relation; 9] = [
        Relation::Parent,
        Relation::StepParent,
        Relation::ResponsibleAdult,
        Relation::Sibling,
        Relation::HalfSibling,
        Relation::AuntUncle,
        Relation::Grandparent,
        Relation::Cousin,
        Relation::Other,
    ];
    pub fn id(self) -> &'static str {
        match self {
            Relation::Parent => "parent",
            Relation::StepParent => "step_parent",
            Relation::ResponsibleAdult => "responsible_adult",
            Relation::Sibling => "sibling",
            Relation::HalfSibling => "half_sibling",
            Relation::AuntUncle => "aunt_uncle",
            Relation::Grandparent => "grandparent",
            Relation::Cousin => "cousin",
            Relation::Other => "other",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum UkStatus {
    British,
    Settled,
    Protection,
    OtherLeave,
    AsylumPending,
    NoStatus,
}

impl UkStatus {
    pub const ALL: [UkStatus; 6] =
        [UkStatus::British, UkStatus::Settled, UkStatus::Protection, UkStatus::OtherLeave, UkStatus::AsylumPending, UkStatus::NoStatus];
    pub fn id(self) -> &'static str {
        match self {
            UkStatus::British => "british",
            UkStatus::Settled => "settled",
            UkStatus::Protection => "protection",
            UkStatus::OtherLeave => "other_leave",
            UkStatus::AsylumPending => "asylum_pending",
            UkStatus::NoStatus => "no_status",
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Relative {
    pub relation: Option<Relation>,
    pub adult: Option<bool>,
    pub status: Option<UkStatus>,
    pub able_to_care: Option<bool>,
    pub family_before_flight: Option<bool>,
    pub written_consent: Option<bool>,
}

/// A time of day, UK local time, `HH:MM`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Time {
    pub hour: u8,
    pub minute: u8,
}

impl Time {
    pub fn parse(s: &str) -> Option<Time> {
        let b = s.as_bytes();
        if b.len() != 5 || b[2] != b':' || ![0, 1, 3, 4].iter().all(|&i| b[i].is_ascii_digit()) {
            return None;
        }
        let hour = (b[0] - b'0') * 10 + (b[1] - b'0');
        let minute = (b[3] - b'0') * 10 + (b[4] - b'0');
        (hour < 24 && minute < 60).then_some(Time { hour, minute })
    }
}

impl fmt::Display for Time {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}:{:02}", self.hour, self.minute)
    }
}
