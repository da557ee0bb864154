//! The questions, one per screen, keyed by id (never by position). Each names the fact of the
//! case it settles; the walk (`walk.rs`) asks it only when that fact can still change a verdict.

use crate::case::format::Word;
use crate::case::{ClaimStatus, Relation, RequestStatus, UkDecision, UkStatus};
use crate::rules::Fact;
use std::fmt;

/// The most relatives the flow holds. The app says so when the limit is reached, and refuses a
/// case file with more (naming the limit) rather than dropping any.
pub const MAX_RELATIVES: usize = 20;

/// A question. Relatives' questions carry the relative's index (0-based).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Q {
    DateOfBirth,
    Location,
    HasRelatives,
    Relation(usize),
    Status(usize),
    Adult(usize),
    CanCare(usize),
    FamilyBefore(usize),
    Consent(usize),
    AnotherRelative(usize),
    Unaccompanied,
    AgeDisputed,
    Married,
    Nationality,
    Claim,
    ClaimCountry,
    ClaimDate,
    Request,
    RequestDate,
    RequestReceived,
    RequestDecision,
    RequestDecisionDate,
    Arrived,
    CalaisCamp,
    HighRisk,
    Sibling,
    Referred,
    BestInterests,
    Application,
    ApplicationDate,
    ApplicationTime,
}

/// The kind of answer a question takes. Every kind also accepts "I don't know".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    YesNo,
    /// One of the case format's fixed words (each has a label `opt.<group>.<id>`).
    Choice(Choice),
    Date,
    /// A date of birth in one of three calendars, or an approximate age.
    DateOfBirth,
    Country,
    Time,
}

/// The answers of a choice question: the case format's own words, read from the case types (so
/// the options are never a copy kept equal by hand).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Choice {
    Relation,
    Status,
    Claim,
    Request,
    Decision,
}

fn ids<W: Word>() -> Vec<&'static str> {
    W::ALL.iter().map(|w| w.id()).collect()
}

impl Choice {
    /// The option ids, in the format's order.
    pub fn options(self) -> Vec<&'static str> {
        match self {
            Choice::Relation => ids::<Relation>(),
            Choice::Status => ids::<UkStatus>(),
            Choice::Claim => ids::<ClaimStatus>(),
            Choice::Request => ids::<RequestStatus>(),
            Choice::Decision => ids::<UkDecision>(),
        }
    }

    /// The catalog group of the options' labels: `opt.<group>.<id>`.
    pub fn group(self) -> &'static str {
        match self {
            Choice::Relation => "relation",
            Choice::Status => "status",
            Choice::Claim => "claim",
            Choice::Request => "request",
            Choice::Decision => "request_decision",
        }
    }
}

/// The questions before and after the relatives, in the order they are asked.
pub const BEFORE_RELATIVES: &[Q] = &[Q::DateOfBirth, Q::Location, Q::HasRelatives];
pub const AFTER_RELATIVES: &[Q] = &[
    Q::Unaccompanied,
    Q::AgeDisputed,
    Q::Married,
    Q::Nationality,
    Q::Claim,
    Q::ClaimCountry,
    Q::ClaimDate,
    Q::Request,
    Q::RequestDate,
    Q::RequestReceived,
    Q::RequestDecision,
    Q::RequestDecisionDate,
    Q::Arrived,
    Q::CalaisCamp,
    Q::HighRisk,
    Q::Sibling,
    Q::Referred,
    Q::BestInterests,
    Q::Application,
    Q::ApplicationDate,
    Q::ApplicationTime,
];

/// The questions about relative `i`, in order.
pub fn relative_questions(i: usize) -> [Q; 7] {
    [Q::Relation(i), Q::Status(i), Q::Adult(i), Q::CanCare(i), Q::FamilyBefore(i), Q::Consent(i), Q::AnotherRelative(i)]
}

const SIMPLE: &[(Q, &str)] = &[
    (Q::DateOfBirth, "dob"),
    (Q::Location, "location"),
    (Q::HasRelatives, "relatives"),
    (Q::Unaccompanied, "unaccompanied"),
    (Q::AgeDisputed, "age_disputed"),
    (Q::Married, "married"),
    (Q::Nationality, "nationality"),
    (Q::Claim, "claim"),
    (Q::ClaimCountry, "claim_country"),
    (Q::ClaimDate, "claim_date"),
    (Q::Request, "request"),
    (Q::RequestDate, "request_date"),
    (Q::RequestReceived, "request_received"),
    (Q::RequestDecision, "request_decision"),
    (Q::RequestDecisionDate, "request_decision_date"),
    (Q::Arrived, "arrived"),
    (Q::CalaisCamp, "calais_camp"),
    (Q::HighRisk, "high_risk"),
    (Q::Sibling, "sibling"),
    (Q::Referred, "referred"),
    (Q::BestInterests, "best_interests"),
    (Q::Application, "application"),
    (Q::ApplicationDate, "application_date"),
    (Q::ApplicationTime, "application_time"),
];

const PER_RELATIVE: &[&str] = &["relation", "status", "adult", "can_care", "family_before", "consent", "another"];

impl Q {
    /// The relative this question is about.
    pub fn relative(self) -> Option<usize> {
        match self {
            Q::Relation(i) | Q::Status(i) | Q::Adult(i) | Q::CanCare(i) | Q::FamilyBefore(i) | Q::Consent(i) | Q::AnotherRelative(i) => {
                Some(i)
            }
            _ => None,
        }
    }

    /// The key of this question's texts in the catalog: `q.<key>.title`, `q.<key>.hint`.
    pub fn key(self) -> &'static str {
        match self.relative() {
            Some(_) => PER_RELATIVE[relative_questions(0).iter().position(|q| q.same_kind(self)).unwrap_or(0)],
            None => SIMPLE.iter().find(|(q, _)| *q == self).map(|(_, k)| *k).unwrap_or("dob"),
        }
    }

    fn same_kind(self, other: Q) -> bool {
        std::mem::discriminant(&self) == std::mem::discriminant(&other)
    }

    /// Parses an id written by [`fmt::Display`]: `dob`, `relative.2.status`.
    pub fn parse(id: &str) -> Option<Q> {
        if let Some(rest) = id.strip_prefix("relative.") {
            let (n, field) = rest.split_once('.')?;
            let i: usize = n.parse().ok().filter(|i| (1..=MAX_RELATIVES).contains(i))?;
            let pos = PER_RELATIVE.iter().position(|f| *f == field)?;
            return Some(relative_questions(i - 1)[pos]);
        }
        SIMPLE.iter().find(|(_, k)| *k == id).map(|(q, _)| *q)
    }

    pub fn kind(self) -> Kind {
        match self {
            Q::DateOfBirth => Kind::DateOfBirth,
            Q::Location | Q::Nationality | Q::ClaimCountry => Kind::Country,
            Q::Relation(_) => Kind::Choice(Choice::Relation),
            Q::Status(_) => Kind::Choice(Choice::Status),
            Q::Claim => Kind::Choice(Choice::Claim),
            Q::Request => Kind::Choice(Choice::Request),
            Q::RequestDecision => Kind::Choice(Choice::Decision),
            Q::ClaimDate | Q::RequestDate | Q::RequestDecisionDate | Q::Arrived | Q::ApplicationDate => Kind::Date,
            Q::ApplicationTime => Kind::Time,
            _ => Kind::YesNo,
        }
    }

    /// The engine fact this question settles. `None`: always asked when reached (the date of birth,
    /// the location, whether there are relatives, each relative's relation, "another relative?").
    pub fn fact(self) -> Option<Fact> {
        Some(match self {
            Q::DateOfBirth | Q::Location | Q::HasRelatives | Q::Relation(_) | Q::AnotherRelative(_) => return None,
            Q::Status(i) => Fact::RelativeStatus(i),
            Q::Adult(i) => Fact::RelativeAdult(i),
            Q::CanCare(i) => Fact::RelativeCanCare(i),
            Q::FamilyBefore(i) => Fact::RelativeFamilyBeforeFlight(i),
            Q::Consent(i) => Fact::RelativeConsent(i),
            Q::Unaccompanied => Fact::Unaccompanied,
            Q::AgeDisputed => Fact::AgeDisputed,
            Q::Married => Fact::Married,
            Q::Nationality => Fact::Nationality,
            Q::Claim => Fact::AsylumClaim,
            Q::ClaimCountry => Fact::AsylumClaimCountry,
            Q::ClaimDate => Fact::AsylumClaimDate,
            Q::Request => Fact::Request,
            Q::RequestDate => Fact::RequestDate,
            Q::RequestReceived => Fact::RequestReceivedBeforeCutoff,
            Q::RequestDecision => Fact::RequestDecision,
            Q::RequestDecisionDate => Fact::RequestDecisionDate,
            Q::Arrived => Fact::ArrivedInEurope,
            Q::CalaisCamp => Fact::InCalaisCamp,
            Q::HighRisk => Fact::ReferredHighRisk,
            Q::Sibling => Fact::AccompanyingSibling,
            Q::Referred => Fact::ReferredByAuthorities,
            Q::BestInterests => Fact::BestInterests,
            Q::Application | Q::ApplicationDate => Fact::Application,
            Q::ApplicationTime => Fact::ApplicationTime,
        })
    }

    /// The case-file path of the field this question fills (to match validation messages).
    pub fn path(self) -> String {
        match self {
            Q::DateOfBirth => "case.child.date_of_birth".into(),
            Q::Relation(i) => Fact::Relation(i).path(),
            Q::HasRelatives | Q::AnotherRelative(_) => "case.uk_relatives".into(),
            Q::Location => "case.child.location".into(),
            Q::ApplicationDate => "case.uk_application.submitted_on".into(),
            Q::Request => "case.take_charge_request.status".into(),
            q => q.fact().map(Fact::path).unwrap_or_default(),
        }
    }
}

impl fmt::Display for Q {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.relative() {
            Some(i) => write!(f, "relative.{}.{}", i + 1, self.key()),
            None => f.write_str(self.key()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip() {
        let mut all: Vec<Q> = BEFORE_RELATIVES.iter().chain(AFTER_RELATIVES).copied().collect();
        for i in 0..MAX_RELATIVES {
            all.extend(relative_questions(i));
        }
        let mut ids = std::collections::BTreeSet::new();
        for q in all {
            let id = q.to_string();
            assert_eq!(Q::parse(&id), Some(q), "{id}");
            assert!(ids.insert(id.clone()), "duplicate id {id}");
        }
        assert_eq!(Q::parse("relative.0.status"), None, "relatives are numbered from 1");
        assert_eq!(Q::parse(&format!("relative.{}.status", MAX_RELATIVES + 1)), None, "beyond the limit");
        assert_eq!(Q::parse("nonsense"), None);
        assert_eq!(Q::Status(2).to_string(), "relative.3.status");
    }
}
