//! Answers and how they fill a case. `None`-like answers ("I don't know") leave the fact unknown.

use super::question::{Question, MAX_RELATIVES};
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
pub fn apply(q: Question, a: &Answer, case: &mut Case) {
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
        Question::DateOfBirth => {
            child.date_of_birth = d;
            child.age_years = match a {
                Answer::Age(years) => Some(*years),
                _ => None,
            };
        }
        Question::Location => child.location = country,
        Question::Nationality => child.nationality = country,
        Question::HasRelatives => case.uk_relatives = b.map(|_| Vec::new()),
        Question::Relation(i) => relative(case, i).relation = choice.and_then(relation),
        Question::Status(i) => relative(case, i).status = choice.and_then(status),
        Question::Adult(i) => relative(case, i).adult = b,
        Question::CanCare(i) => relative(case, i).able_to_care = b,
        Question::FamilyBefore(i) => relative(case, i).family_before_flight = b,
        Question::Consent(i) => relative(case, i).written_consent = b,
        Question::AnotherRelative(_) => {}
        Question::Unaccompanied => child.unaccompanied = b,
        Question::AgeDisputed => child.age_disputed = b,
        Question::Married => child.married = b,
        Question::Claim => {
            case.asylum_claim = match choice {
                Some("lodged") => Some(AsylumClaim { status: Some(ClaimStatus::Lodged), country: None, lodged_on: None }),
                Some(_) => Some(AsylumClaim { status: Some(ClaimStatus::None), country: None, lodged_on: None }),
                None => None,
            }
        }
        Question::ClaimCountry => {
            if let Some(c) = case.asylum_claim.as_mut() {
                c.country = country;
            }
        }
        Question::ClaimDate => {
            if let Some(c) = case.asylum_claim.as_mut() {
                c.lodged_on = d;
            }
        }
        Question::Request => {
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
        Question::RequestDate | Question::RequestReceived | Question::RequestDecision | Question::RequestDecisionDate => {
            if let Some(t) = case.take_charge_request.as_mut() {
                match q {
                    Question::RequestDate => t.sent_on = d,
                    Question::RequestReceived => t.received_before_cutoff_time = b,
                    Question::RequestDecision => {
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
        Question::Arrived => child.arrived_in_europe_on = d,
        Question::CalaisCamp => child.in_calais_camp_on_2016_10_24 = b,
        Question::HighRisk => child.referred_as_high_risk_of_exploitation = b,
        Question::Sibling => child.accompanying_sibling_of_eligible_child = b,
        Question::Referred => child.referred_by_authorities = b,
        Question::BestInterests => child.best_interests_against_uk = b,
        Question::Application => {
            case.uk_application = (b == Some(true)).then_some(UkApplication { submitted_on: None, submitted_at: None })
        }
        Question::ApplicationDate => {
            if let Some(app) = case.uk_application.as_mut() {
                app.submitted_on = d;
            }
        }
        Question::ApplicationTime => {
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
pub fn from_case(case: &Case) -> Vec<(Question, Answer)> {
    let c = &case.child;
    let mut out = vec![(
        Question::DateOfBirth,
        match (c.date_of_birth, c.age_years) {
            (Some(date), _) => Answer::Born { date, entered: from_gregorian(date, Calendar::Gregorian) },
            (None, Some(a)) => Answer::Age(a),
            _ => Answer::Unknown,
        },
    )];
    out.push((Question::Location, country_answer(c.location)));
    match &case.uk_relatives {
        None => out.push((Question::HasRelatives, Answer::Unknown)),
        Some(list) => {
            out.push((Question::HasRelatives, Answer::Bool(!list.is_empty())));
            // A file with more relatives than the flow holds is refused before this (the worker).
            let n = list.len().min(MAX_RELATIVES);
            for (i, r) in list.iter().take(n).enumerate() {
                out.push((Question::Relation(i), choice_of(r.relation.map(Relation::id))));
                out.push((Question::Status(i), choice_of(r.status.map(UkStatus::id))));
                out.push((Question::Adult(i), yes_no(r.adult)));
                out.push((Question::CanCare(i), yes_no(r.able_to_care)));
                out.push((Question::FamilyBefore(i), yes_no(r.family_before_flight)));
                out.push((Question::Consent(i), yes_no(r.written_consent)));
                out.push((Question::AnotherRelative(i), Answer::Bool(i + 1 < n)));
            }
        }
    }
    out.push((Question::Unaccompanied, yes_no(c.unaccompanied)));
    out.push((Question::AgeDisputed, yes_no(c.age_disputed)));
    out.push((Question::Married, yes_no(c.married)));
    out.push((Question::Nationality, country_answer(c.nationality)));
    match &case.asylum_claim {
        Some(c) if c.known_status() == Some(ClaimStatus::Lodged) => {
            out.push((Question::Claim, Answer::Choice("lodged")));
            out.push((Question::ClaimCountry, country_answer(c.country)));
            out.push((Question::ClaimDate, date_answer(c.lodged_on)));
        }
        Some(c) if c.known_status() == Some(ClaimStatus::None) => out.push((Question::Claim, Answer::Choice("none"))),
        _ => out.push((Question::Claim, Answer::Unknown)),
    }
    match &case.take_charge_request {
        Some(t) if t.known_status() == Some(RequestStatus::Sent) => {
            out.push((Question::Request, Answer::Choice("sent")));
            out.push((Question::RequestDate, date_answer(t.sent_on)));
            out.push((Question::RequestReceived, yes_no(t.received_before_cutoff_time)));
            let decision = t.uk_decision.map(|d| match d {
                UkDecision::Pending => "pending",
                UkDecision::Accepted => "accepted",
                UkDecision::Refused => "refused",
            });
            out.push((Question::RequestDecision, choice_of(decision)));
            out.push((Question::RequestDecisionDate, date_answer(t.decided_on)));
        }
        Some(t) if t.known_status() == Some(RequestStatus::None) => out.push((Question::Request, Answer::Choice("none"))),
        _ => out.push((Question::Request, Answer::Unknown)),
    }
    out.push((Question::Arrived, date_answer(c.arrived_in_europe_on)));
    out.push((Question::CalaisCamp, yes_no(c.in_calais_camp_on_2016_10_24)));
    out.push((Question::HighRisk, yes_no(c.referred_as_high_risk_of_exploitation)));
    out.push((Question::Sibling, yes_no(c.accompanying_sibling_of_eligible_child)));
    out.push((Question::Referred, yes_no(c.referred_by_authorities)));
    out.push((Question::BestInterests, yes_no(c.best_interests_against_uk)));
    match &case.uk_application {
        Some(app) => {
            out.push((Question::Application, Answer::Bool(true)));
            out.push((Question::ApplicationDate, date_answer(app.submitted_on)));
            out.push((Question::ApplicationTime, app.submitted_at.map_or(Answer::Unknown, Answer::Time)));
        }
        None => out.push((Question::Application, Answer::Bool(false))),
    }
    out
}
