//! Answers and how they fill a case. `None`-like answers ("I don't know") leave the fact unknown.

use super::question::{MAX_RELATIVES, Q};
use crate::calendar::{from_gregorian, Calendar, CalendarDate};
use crate::case::format::Word;
use crate::case::*;
use crate::date::Date;

/// What the volunteer entered for one question.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Answer {
    /// "I don't know".
    Unknown,
    Bool(bool),
    /// An option id of a choice question (`"aunt_uncle"`, `"lodged"`).
    Choice(&'static str),
    Date(Date),
    /// A date of birth, with the date as entered in its calendar (shown back for confirmation).
    Born {
        date: Date,
        entered: CalendarDate,
    },
    /// An approximate age in whole years on the assessment date.
    Age(u32),
    Country(Country),
    Time(Time),
}

fn relation(id: &str) -> Option<Relation> {
    Relation::from_id(id)
}
fn status(id: &str) -> Option<UkStatus> {
    UkStatus::from_id(id)
}

fn relative(case: &mut Case, i: usize) -> &mut Relative {
    let list = case.uk_relatives.get_or_insert_with(Vec::new);
    while list.len() <= i {
        list.push(Relative::default());
    }
    &mut list[i]
}

fn bool_of(a: &Answer) -> Option<bool> {
    match a {
        Answer::Bool(b) => Some(*b),
        _ => None,
    }
}

fn date_of(a: &Answer) -> Option<Date> {
    match a {
        Answer::Date(d) | Answer::Born { date: d, .. } => Some(*d),
        _ => None,
    }
}

/// Writes one answer into the case.
pub fn apply(q: Q, a: &Answer, case: &mut Case) {
    let b = bool_of(a);
    let d = date_of(a);
    let choice = match a {
        Answer::Choice(c) => Some(*c),
        _ => None,
    };
    let country = match a {
        Answer::Country(c) => Some(*c),
        _ => None,
    };
    let child = &mut case.child;
    match q {
        Q::DateOfBirth => {
            child.date_of_birth = d;
            child.age_years = match a {
                Answer::Age(years) => Some(*years),
                _ => None,
            };
        }
        Q::Location => child.location = country,
        Q::Nationality => child.nationality = country,
        Q::HasRelatives => case.uk_relatives = b.map(|_| Vec::new()),
        Q::Relation(i) => relative(case, i).relation = choice.and_then(relation),
        Q::Status(i) => relative(case, i).status = choice.and_then(status),
        Q::Adult(i) => relative(case, i).adult = b,
        Q::CanCare(i) => relative(case, i).able_to_care = b,
        Q::FamilyBefore(i) => relative(case, i).family_before_flight = b,
        Q::Consent(i) => relative(case, i).written_consent = b,
        Q::AnotherRelative(_) => {}
        Q::Unaccompanied => child.unaccompanied = b,
        Q::AgeDisputed => child.age_disputed = b,
        Q::Married => child.married = b,
        Q::Claim => {
            case.asylum_claim = match choice {
                Some("lodged") => Some(AsylumClaim { status: Some(ClaimStatus::Lodged), country: None, lodged_on: None }),
                Some(_) => Some(AsylumClaim { status: Some(ClaimStatus::None), country: None, lodged_on: None }),
                None => None,
            }
        }
        Q::ClaimCountry => {
            if let Some(c) = case.asylum_claim.as_mut() {
                c.country = country;
            }
        }
        Q::ClaimDate => {
            if let Some(c) = case.asylum_claim.as_mut() {
                c.lodged_on = d;
            }
        }
        Q::Request => {
            let status = match choice {
                Some("sent") => Some(RequestStatus::Sent),
                Some(_) => Some(RequestStatus::None),
                None => None,
            };
            case.take_charge_request = status.map(|s| TakeChargeRequest {
                status: Some(s),
                sent_on: None,
                received_before_cutoff_time: None,
                uk_decision: None,
                decided_on: None,
            });
        }
        Q::RequestDate | Q::RequestReceived | Q::RequestDecision | Q::RequestDecisionDate => {
            if let Some(t) = case.take_charge_request.as_mut() {
                match q {
                    Q::RequestDate => t.sent_on = d,
                    Q::RequestReceived => t.received_before_cutoff_time = b,
                    Q::RequestDecision => {
                        t.uk_decision = match choice {
                            Some("pending") => Some(UkDecision::Pending),
                            Some("accepted") => Some(UkDecision::Accepted),
                            Some("refused") => Some(UkDecision::Refused),
                            _ => None,
                        }
                    }
                    _ => t.decided_on = d,
                }
            }
        }
        Q::Arrived => child.arrived_in_europe_on = d,
        Q::CalaisCamp => child.in_calais_camp_on_2016_10_24 = b,
        Q::HighRisk => child.referred_as_high_risk_of_exploitation = b,
        Q::Sibling => child.accompanying_sibling_of_eligible_child = b,
        Q::Referred => child.referred_by_authorities = b,
        Q::BestInterests => child.best_interests_against_uk = b,
        Q::Application => case.uk_application = (b == Some(true)).then_some(UkApplication { submitted_on: None, submitted_at: None }),
        Q::ApplicationDate => {
            if let Some(app) = case.uk_application.as_mut() {
                app.submitted_on = d;
            }
        }
        Q::ApplicationTime => {
            if let Some(app) = case.uk_application.as_mut() {
                app.submitted_at = match a {
                    Answer::Time(t) => Some(*t),
                    _ => None,
                };
            }
        }
    }
}

fn yes_no(b: Option<bool>) -> Answer {
    b.map_or(Answer::Unknown, Answer::Bool)
}
fn date_answer(d: Option<Date>) -> Answer {
    d.map_or(Answer::Unknown, Answer::Date)
}
fn country_answer(c: Option<Country>) -> Answer {
    c.map_or(Answer::Unknown, Answer::Country)
}
fn choice_of(id: Option<&'static str>) -> Answer {
    id.map_or(Answer::Unknown, Answer::Choice)
}

/// The answers that reproduce a case (opening a saved or exported case file). Every question
/// the case has a value for gets an answer; the walk then asks only what is still relevant.
pub fn from_case(case: &Case) -> Vec<(Q, Answer)> {
    let c = &case.child;
    let mut out = vec![(
        Q::DateOfBirth,
        match (c.date_of_birth, c.age_years) {
            (Some(date), _) => Answer::Born { date, entered: from_gregorian(date, Calendar::Gregorian) },
            (None, Some(a)) => Answer::Age(a),
            _ => Answer::Unknown,
        },
    )];
    out.push((Q::Location, country_answer(c.location)));
    match &case.uk_relatives {
        None => out.push((Q::HasRelatives, Answer::Unknown)),
        Some(list) => {
            out.push((Q::HasRelatives, Answer::Bool(!list.is_empty())));
            // A file with more relatives than the flow holds is refused before this (the worker).
            let n = list.len().min(MAX_RELATIVES);
            for (i, r) in list.iter().take(n).enumerate() {
                out.push((Q::Relation(i), choice_of(r.relation.map(Relation::id))));
                out.push((Q::Status(i), choice_of(r.status.map(UkStatus::id))));
                out.push((Q::Adult(i), yes_no(r.adult)));
                out.push((Q::CanCare(i), yes_no(r.able_to_care)));
                out.push((Q::FamilyBefore(i), yes_no(r.family_before_flight)));
                out.push((Q::Consent(i), yes_no(r.written_consent)));
                out.push((Q::AnotherRelative(i), Answer::Bool(i + 1 < n)));
            }
        }
    }
    out.push((Q::Unaccompanied, yes_no(c.unaccompanied)));
    out.push((Q::AgeDisputed, yes_no(c.age_disputed)));
    out.push((Q::Married, yes_no(c.married)));
    out.push((Q::Nationality, country_answer(c.nationality)));
    match &case.asylum_claim {
        Some(c) if c.known_status() == Some(ClaimStatus::Lodged) => {
            out.push((Q::Claim, Answer::Choice("lodged")));
            out.push((Q::ClaimCountry, country_answer(c.country)));
            out.push((Q::ClaimDate, date_answer(c.lodged_on)));
        }
        Some(c) if c.known_status() == Some(ClaimStatus::None) => out.push((Q::Claim, Answer::Choice("none"))),
        _ => out.push((Q::Claim, Answer::Unknown)),
    }
    match &case.take_charge_request {
        Some(t) if t.known_status() == Some(RequestStatus::Sent) => {
            out.push((Q::Request, Answer::Choice("sent")));
            out.push((Q::RequestDate, date_answer(t.sent_on)));
            out.push((Q::RequestReceived, yes_no(t.received_before_cutoff_time)));
            let decision = t.uk_decision.map(|d| match d {
                UkDecision::Pending => "pending",
                UkDecision::Accepted => "accepted",
                UkDecision::Refused => "refused",
            });
            out.push((Q::RequestDecision, choice_of(decision)));
            out.push((Q::RequestDecisionDate, date_answer(t.decided_on)));
        }
        Some(t) if t.known_status() == Some(RequestStatus::None) => out.push((Q::Request, Answer::Choice("none"))),
        _ => out.push((Q::Request, Answer::Unknown)),
    }
    out.push((Q::Arrived, date_answer(c.arrived_in_europe_on)));
    out.push((Q::CalaisCamp, yes_no(c.in_calais_camp_on_2016_10_24)));
    out.push((Q::HighRisk, yes_no(c.referred_as_high_risk_of_exploitation)));
    out.push((Q::Sibling, yes_no(c.accompanying_sibling_of_eligible_child)));
    out.push((Q::Referred, yes_no(c.referred_by_authorities)));
    out.push((Q::BestInterests, yes_no(c.best_interests_against_uk)));
    match &case.uk_application {
        Some(app) => {
            out.push((Q::Application, Answer::Bool(true)));
            out.push((Q::ApplicationDate, date_answer(app.submitted_on)));
            out.push((Q::ApplicationTime, app.submitted_at.map_or(Answer::Unknown, Answer::Time)));
        }
        None => out.push((Q::Application, Answer::Bool(false))),
    }
    out
}
