//! The case: the facts a volunteer enters, in the scenario file format of
//! `shared/scenarios/FORMAT.md` (a contract). `None` always means "don't know", never "no".
//! A leaf of the crate: it depends only on `date`. Reading and writing whole files is
//! `crate::casefile`; whether the facts fit together is `crate::validate`.

mod country;
pub mod format;

pub use country::Country;

use crate::date::Date;
use format::{list, object, object_or_default, years, yes_no, Word};
use serde::{Deserialize, Serialize};
use std::fmt;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Case {
    /// The date the rules are applied "as of". Required.
    pub assessed_on: Date,
    #[serde(default, deserialize_with = "object_or_default")]
    pub child: Child,
    #[serde(default, deserialize_with = "object")]
    pub asylum_claim: Option<AsylumClaim>,
    #[serde(default, deserialize_with = "object")]
    pub take_charge_request: Option<TakeChargeRequest>,
    /// `None`: not known whether an application was made; `{"status": "none"}`: none was made.
    #[serde(default, deserialize_with = "object")]
    pub uk_application: Option<UkApplication>,
    /// `Some(false)`: `uk_relatives` names every relative in the UK; `Some(true)`: there are others
    /// not listed; `None`: not known (or not asked). It changes no verdict by itself (format 2026.12).
    #[serde(default, deserialize_with = "yes_no")]
    pub more_uk_relatives: Option<bool>,
    /// `Some(vec![])` = no relatives in the UK; `None` = not known.
    #[serde(default, deserialize_with = "list")]
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
            more_uk_relatives: None,
            uk_relatives: None,
        }
    }

    /// Was an application made to the UK? `None`: not known.
    pub fn application_made(&self) -> Option<bool> {
        self.uk_application.as_ref().map(|a| a.status != Some(ApplicationStatus::None))
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Child {
    #[serde(default)]
    pub date_of_birth: Option<Date>,
    /// Whole years on `assessed_on`; used when `date_of_birth` is unknown.
    #[serde(default, deserialize_with = "years")]
    pub age_years: Option<u32>,
    /// The day `age_years` was given, when the case is judged on another day (`pathways triage`
    /// judges a file on today's date): the child has aged since. Not in the file format, where a
    /// stated age is always on `assessed_on`.
    #[serde(skip)]
    pub age_stated_on: Option<Date>,
    #[serde(default, deserialize_with = "yes_no")]
    pub age_disputed: Option<bool>,
    #[serde(default)]
    pub nationality: Option<Country>,
    #[serde(default)]
    pub location: Option<Country>,
    #[serde(default, deserialize_with = "yes_no")]
    pub unaccompanied: Option<bool>,
    #[serde(default, deserialize_with = "yes_no")]
    pub married: Option<bool>,
    #[serde(default)]
    pub arrived_in_europe_on: Option<Date>,
    #[serde(default, deserialize_with = "yes_no")]
    pub in_calais_camp_on_2016_10_24: Option<bool>,
    #[serde(default, deserialize_with = "yes_no")]
    pub referred_as_high_risk_of_exploitation: Option<bool>,
    #[serde(default, deserialize_with = "yes_no")]
    pub accompanying_sibling_of_eligible_child: Option<bool>,
    #[serde(default, deserialize_with = "yes_no")]
    pub referred_by_authorities: Option<bool>,
    #[serde(default, deserialize_with = "yes_no")]
    pub best_interests_against_uk: Option<bool>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ClaimStatus {
    Lodged,
    None,
}

impl Word for ClaimStatus {
    const ALL: &'static [ClaimStatus] = &[ClaimStatus::Lodged, ClaimStatus::None];
    fn id(self) -> &'static str {
        match self {
            ClaimStatus::Lodged => "lodged",
            ClaimStatus::None => "none",
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct AsylumClaim {
    #[serde(default)]
    pub status: Option<ClaimStatus>,
    #[serde(default)]
    pub country: Option<Country>,
    #[serde(default)]
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

impl Word for RequestStatus {
    const ALL: &'static [RequestStatus] = &[RequestStatus::Sent, RequestStatus::None];
    fn id(self) -> &'static str {
        match self {
            RequestStatus::Sent => "sent",
            RequestStatus::None => "none",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UkDecision {
    Pending,
    Accepted,
    Refused,
}

impl Word for UkDecision {
    const ALL: &'static [UkDecision] = &[UkDecision::Pending, UkDecision::Accepted, UkDecision::Refused];
    fn id(self) -> &'static str {
        match self {
            UkDecision::Pending => "pending",
            UkDecision::Accepted => "accepted",
            UkDecision::Refused => "refused",
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct TakeChargeRequest {
    #[serde(default)]
    pub status: Option<RequestStatus>,
    #[serde(default)]
    pub sent_on: Option<Date>,
    /// Only matters for a request sent on 31 December 2020 (cut-off 23:00 UK time).
    #[serde(default, deserialize_with = "yes_no")]
    pub received_before_cutoff_time: Option<bool>,
    #[serde(default)]
    pub uk_decision: Option<UkDecision>,
    #[serde(default)]
    pub decided_on: Option<Date>,
}

impl TakeChargeRequest {
    /// The status, or "sent" when only a date or a decision is given (they say it was sent).
    pub fn known_status(&self) -> Option<RequestStatus> {
        let implied = self.sent_on.is_some() || self.uk_decision.is_some() || self.decided_on.is_some();
        self.status.or(implied.then_some(RequestStatus::Sent))
    }
}

/// The one status word of an application (format 2026.12): `"none"`, no application has been
/// made. An application object without it says one was made.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ApplicationStatus {
    None,
}

impl Word for ApplicationStatus {
    const ALL: &'static [ApplicationStatus] = &[ApplicationStatus::None];
    fn id(self) -> &'static str {
        match self {
            ApplicationStatus::None => "none",
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct UkApplication {
    /// `Some(None)`: no application has been made (the dates are then null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<ApplicationStatus>,
    #[serde(default)]
    pub submitted_on: Option<Date>,
    /// UK local time.
    #[serde(default)]
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

impl Word for Relation {
    const ALL: &'static [Relation] = &[
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
    fn id(self) -> &'static str {
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

impl Word for UkStatus {
    const ALL: &'static [UkStatus] =
        &[UkStatus::British, UkStatus::Settled, UkStatus::Protection, UkStatus::OtherLeave, UkStatus::AsylumPending, UkStatus::NoStatus];
    fn id(self) -> &'static str {
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

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Relative {
    #[serde(default)]
    pub relation: Option<Relation>,
    #[serde(default, deserialize_with = "yes_no")]
    pub adult: Option<bool>,
    #[serde(default)]
    pub status: Option<UkStatus>,
    #[serde(default, deserialize_with = "yes_no")]
    pub able_to_care: Option<bool>,
    #[serde(default, deserialize_with = "yes_no")]
    pub family_before_flight: Option<bool>,
    #[serde(default, deserialize_with = "yes_no")]
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
