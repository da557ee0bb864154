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
pub enum Question {
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

/// When a question applies: it is reached only when an earlier answer leads to it (a claim's
/// date after "the claim is lodged"). The walk asks it only if its fact can still change a verdict.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum When {
    Always,
    /// An asylum claim is lodged.
    ClaimLodged,
    /// A take-charge request was sent.
    RequestSent,
    /// A request was sent and its date is known.
    RequestDated,
    /// A request was sent and the UK's decision is known.
    RequestDecided,
    /// A UK application was made.
    ApplicationMade,
    /// A UK application was made and its date is known.
    ApplicationDated,
}

/// The engine fact a question settles.
#[derive(Clone, Copy)]
pub enum Settles {
    /// None: the question is always asked when reached (the date of birth, the location, whether
    /// there are relatives, each relative's relation, "another relative?").
    Nothing,
    Fact(Fact),
    /// A fact about the relative the question is about.
    OfRelative(fn(usize) -> Fact),
}

/// The case-file path of the field a question fills (to match validation messages to it).
#[derive(Clone, Copy)]
pub enum Path {
    /// The path of the fact it settles.
    OfFact,
    Fixed(&'static str),
    OfRelative(fn(usize) -> Fact),
}

/// A question, defined once: the screens, the walk, the saved lines and the catalog tests read
/// these rows. Per-relative rows are written for relative 0.
pub struct Row {
    pub q: Question,
    /// Its id (`relative.<n>.<key>` for a relative's) and the key of its texts in the catalog:
    /// `q.<key>.title`, `q.<key>.hint`.
    pub key: &'static str,
    pub kind: Kind,
    pub settles: Settles,
    /// The facts of the questions it opens (has the child claimed asylum? leads to the claim's
    /// country and date): the question is asked while any of them can still change a verdict.
    pub opens: &'static [Fact],
    pub when: When,
    pub path: Path,
}

const fn row(q: Question, key: &'static str, kind: Kind, settles: Settles) -> Row {
    Row { q, key, kind, settles, opens: &[], when: When::Always, path: Path::OfFact }
}

/// Every question, in the order asked: those before the relatives, one relative's, those after.
pub const QUESTIONS: &[Row] = &[
    Row { path: Path::Fixed("case.child.date_of_birth"), ..row(Question::DateOfBirth, "dob", Kind::DateOfBirth, Settles::Nothing) },
    Row { path: Path::Fixed("case.child.location"), ..row(Question::Location, "location", Kind::Country, Settles::Nothing) },
    Row { path: Path::Fixed("case.uk_relatives"), ..row(Question::HasRelatives, "relatives", Kind::YesNo, Settles::Nothing) },
    Row {
        path: Path::OfRelative(Fact::Relation),
        ..row(Question::Relation(0), "relation", Kind::Choice(Choice::Relation), Settles::Nothing)
    },
    row(Question::Status(0), "status", Kind::Choice(Choice::Status), Settles::OfRelative(Fact::RelativeStatus)),
    row(Question::Adult(0), "adult", Kind::YesNo, Settles::OfRelative(Fact::RelativeAdult)),
    row(Question::CanCare(0), "can_care", Kind::YesNo, Settles::OfRelative(Fact::RelativeCanCare)),
    row(Question::FamilyBefore(0), "family_before", Kind::YesNo, Settles::OfRelative(Fact::RelativeFamilyBeforeFlight)),
    row(Question::Consent(0), "consent", Kind::YesNo, Settles::OfRelative(Fact::RelativeConsent)),
    Row { path: Path::Fixed("case.uk_relatives"), ..row(Question::AnotherRelative(0), "another", Kind::YesNo, Settles::Nothing) },
    row(Question::Unaccompanied, "unaccompanied", Kind::YesNo, Settles::Fact(Fact::Unaccompanied)),
    row(Question::AgeDisputed, "age_disputed", Kind::YesNo, Settles::Fact(Fact::AgeDisputed)),
    row(Question::Married, "married", Kind::YesNo, Settles::Fact(Fact::Married)),
    row(Question::Nationality, "nationality", Kind::Country, Settles::Fact(Fact::Nationality)),
    Row {
        opens: &[Fact::AsylumClaimCountry, Fact::AsylumClaimDate],
        ..row(Question::Claim, "claim", Kind::Choice(Choice::Claim), Settles::Fact(Fact::AsylumClaim))
    },
    Row { when: When::ClaimLodged, ..row(Question::ClaimCountry, "claim_country", Kind::Country, Settles::Fact(Fact::AsylumClaimCountry)) },
    Row { when: When::ClaimLodged, ..row(Question::ClaimDate, "claim_date", Kind::Date, Settles::Fact(Fact::AsylumClaimDate)) },
    Row {
        opens: &[Fact::RequestDate, Fact::RequestReceivedBeforeCutoff, Fact::RequestDecision, Fact::RequestDecisionDate],
        path: Path::Fixed("case.take_charge_request.status"),
        ..row(Question::Request, "request", Kind::Choice(Choice::Request), Settles::Fact(Fact::Request))
    },
    Row { when: When::RequestSent, ..row(Question::RequestDate, "request_date", Kind::Date, Settles::Fact(Fact::RequestDate)) },
    // Asked only when the engine names the fact (a request sent on the Dublin cut-off day).
    Row {
        when: When::RequestDated,
        ..row(Question::RequestReceived, "request_received", Kind::YesNo, Settles::Fact(Fact::RequestReceivedBeforeCutoff))
    },
    Row {
        opens: &[Fact::RequestDecisionDate],
        when: When::RequestSent,
        ..row(Question::RequestDecision, "request_decision", Kind::Choice(Choice::Decision), Settles::Fact(Fact::RequestDecision))
    },
    // Asked only when the engine names it (an acceptance starts the transfer limit).
    Row {
        when: When::RequestDecided,
        ..row(Question::RequestDecisionDate, "request_decision_date", Kind::Date, Settles::Fact(Fact::RequestDecisionDate))
    },
    row(Question::Arrived, "arrived", Kind::Date, Settles::Fact(Fact::ArrivedInEurope)),
    row(Question::CalaisCamp, "calais_camp", Kind::YesNo, Settles::Fact(Fact::InCalaisCamp)),
    row(Question::HighRisk, "high_risk", Kind::YesNo, Settles::Fact(Fact::ReferredHighRisk)),
    row(Question::Sibling, "sibling", Kind::YesNo, Settles::Fact(Fact::AccompanyingSibling)),
    row(Question::Referred, "referred", Kind::YesNo, Settles::Fact(Fact::ReferredByAuthorities)),
    row(Question::BestInterests, "best_interests", Kind::YesNo, Settles::Fact(Fact::BestInterests)),
    Row { opens: &[Fact::ApplicationTime], ..row(Question::Application, "application", Kind::YesNo, Settles::Fact(Fact::Application)) },
    Row {
        opens: &[Fact::ApplicationTime],
        when: When::ApplicationMade,
        path: Path::Fixed("case.uk_application.submitted_on"),
        ..row(Question::ApplicationDate, "application_date", Kind::Date, Settles::Fact(Fact::Application))
    },
    // Asked only when the engine names the fact (an application on the day a route closed at a time).
    Row {
        when: When::ApplicationDated,
        ..row(Question::ApplicationTime, "application_time", Kind::Time, Settles::Fact(Fact::ApplicationTime))
    },
];

fn per_relative(row: &Row) -> bool {
    row.q.relative().is_some()
}

/// The questions asked before the relatives, in order.
pub fn before_relatives() -> impl Iterator<Item = Question> {
    QUESTIONS.iter().take_while(|r| !per_relative(r)).map(|r| r.q)
}

/// The questions asked after the relatives, in order.
pub fn after_relatives() -> impl Iterator<Item = Question> {
    QUESTIONS.iter().skip_while(|r| !per_relative(r)).skip_while(|r| per_relative(r)).map(|r| r.q)
}

/// The questions about relative `i`, in order.
pub fn relative_questions(i: usize) -> impl Iterator<Item = Question> {
    QUESTIONS.iter().filter(|r| per_relative(r)).map(move |r| r.q.for_relative(i))
}

impl Question {
    /// The relative this question is about.
    pub fn relative(self) -> Option<usize> {
        match self {
            Question::Relation(i)
            | Question::Status(i)
            | Question::Adult(i)
            | Question::CanCare(i)
            | Question::FamilyBefore(i)
            | Question::Consent(i)
            | Question::AnotherRelative(i) => Some(i),
            _ => None,
        }
    }

    /// The same question about relative `i` (a question not about a relative is returned as is).
    fn for_relative(self, i: usize) -> Question {
        match self {
            Question::Relation(_) => Question::Relation(i),
            Question::Status(_) => Question::Status(i),
            Question::Adult(_) => Question::Adult(i),
            Question::CanCare(_) => Question::CanCare(i),
            Question::FamilyBefore(_) => Question::FamilyBefore(i),
            Question::Consent(_) => Question::Consent(i),
            Question::AnotherRelative(_) => Question::AnotherRelative(i),
            q => q,
        }
    }

    /// This question's row in [`QUESTIONS`].
    pub fn row(self) -> &'static Row {
        let first = self.for_relative(0);
        QUESTIONS.iter().find(|r| r.q == first).expect("every question has a row in QUESTIONS")
    }

    /// The key of this question's texts in the catalog: `q.<key>.title`, `q.<key>.hint`.
    pub fn key(self) -> &'static str {
        self.row().key
    }

    /// Parses an id written by [`fmt::Display`]: `dob`, `relative.2.status`.
    pub fn parse(id: &str) -> Option<Question> {
        let (i, key) = match id.strip_prefix("relative.") {
            Some(rest) => {
                let (n, key) = rest.split_once('.')?;
                let i: usize = n.parse().ok().filter(|i| (1..=MAX_RELATIVES).contains(i))?;
                (Some(i - 1), key)
            }
            None => (None, id),
        };
        let row = QUESTIONS.iter().find(|r| r.key == key && per_relative(r) == i.is_some())?;
        Some(row.q.for_relative(i.unwrap_or(0)))
    }

    pub fn kind(self) -> Kind {
        self.row().kind
    }

    /// The engine fact this question settles. `None`: always asked when reached.
    pub fn fact(self) -> Option<Fact> {
        match self.row().settles {
            Settles::Nothing => None,
            Settles::Fact(f) => Some(f),
            Settles::OfRelative(f) => Some(f(self.relative().unwrap_or(0))),
        }
    }

    /// The facts this question leads to: its own, and those of the questions it opens.
    pub fn settles(self) -> Vec<Fact> {
        self.fact().into_iter().chain(self.row().opens.iter().copied()).collect()
    }

    /// When this question applies (see [`When`]).
    pub fn when(self) -> When {
        self.row().when
    }

    /// The case-file path of the field this question fills (to match validation messages).
    pub fn path(self) -> String {
        match self.row().path {
            Path::Fixed(p) => p.into(),
            Path::OfRelative(f) => f(self.relative().unwrap_or(0)).path(),
            Path::OfFact => self.fact().map(Fact::path).unwrap_or_default(),
        }
    }
}

impl fmt::Display for Question {
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
        let mut all: Vec<Question> = before_relatives().chain(after_relatives()).collect();
        for i in 0..MAX_RELATIVES {
            all.extend(relative_questions(i));
        }
        assert_eq!(all.len(), QUESTIONS.len() - 7 + 7 * MAX_RELATIVES, "every row is asked once (or once per relative)");
        let mut ids = std::collections::BTreeSet::new();
        for q in all {
            let id = q.to_string();
            assert_eq!(Question::parse(&id), Some(q), "{id}");
            assert!(ids.insert(id.clone()), "duplicate id {id}");
        }
        assert_eq!(Question::parse("relative.0.status"), None, "relatives are numbered from 1");
        assert_eq!(Question::parse(&format!("relative.{}.status", MAX_RELATIVES + 1)), None, "beyond the limit");
        assert_eq!(Question::parse("nonsense"), None);
        assert_eq!(Question::Status(2).to_string(), "relative.3.status");
    }
}
