//! Whether the facts of a case fit together: a birth after the assessment date, a claim before
//! birth, events in the wrong order. The same checks serve case files (the CLI, the file worker)
//! and the app's questions; every problem names its field.

use crate::case::{Case, ClaimStatus, Relation, RequestStatus};
use crate::date::Date;
use crate::fact::{Fact, MAX_RELATIVES};
use crate::msg::{message, Arg, Msg};
use std::fmt;

/// One problem with one field of a case file, as a message in no language yet. `path` is a
/// dotted path into the file (`case.uk_relatives[0].status`), or empty for the file as a whole.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    pub path: String,
    pub msg: Msg,
}

impl FieldError {
    pub fn new(path: impl Into<String>, msg: Msg) -> FieldError {
        FieldError { path: path.into(), msg }
    }

    /// The problem for a person, naming the question it is about ("What is the child's date of
    /// birth? …"), with the field's path as a detail.
    pub fn explained(&self) -> Msg {
        let question = match Fact::at_path(&self.path) {
            Some(f) => Some(f.question()),
            None if self.path == "case.assessed_on" => Some(message("assessed_on.title")),
            None => None,
        };
        match question {
            Some(q) => message("file.about")
                .arg("question", Arg::Nested(Box::new(q)))
                .arg("problem", Arg::Nested(Box::new(self.msg.clone())))
                .text("path", &self.path),
            None if self.path.is_empty() => self.msg.clone(),
            None => message("file.at").arg("problem", Arg::Nested(Box::new(self.msg.clone()))).text("path", &self.path),
        }
    }
}

/// The command-line tool's form: `case.child.married: expected true, false or null, found a string`.
impl fmt::Display for FieldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = crate::i18n::english().render(&self.msg);
        if self.path.is_empty() {
            f.write_str(&text)
        } else {
            write!(f, "{}: {text}", self.path)
        }
    }
}

/// The highest age in years a case may state.
pub const MAX_AGE_YEARS: u32 = 120;

/// A problem with the facts of a case: an error stops the assessment, a warning does not.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Issue {
    pub path: String,
    pub msg: Msg,
    pub error: bool,
}

/// Checks that the facts fit together (a birth after the assessment date, a claim before birth,
/// events in the wrong order). The same checks serve the command-line tool and the app's questions.
pub fn issues(case: &Case) -> Vec<Issue> {
    let mut out: Vec<Issue> = Vec::new();
    let mut add = |path: &str, msg: Msg, error: bool| out.push(Issue { path: path.to_string(), msg, error });
    let on = case.assessed_on;
    let child = &case.child;
    if let Some(dob) = child.date_of_birth {
        if dob > on {
            add("case.child.date_of_birth", message("validation.dob_future").date("on", on), true);
        }
        if let Some(age) = child.age_years {
            let real = dob.age_on(on);
            if real >= 0 && real as u32 != age {
                add("case.child.age_years", message("validation.age_mismatch").int("age", age.into()).int("real", real.into()), false);
            }
        }
    }
    if child.age_years.is_some_and(|a| a > MAX_AGE_YEARS) {
        add("case.child.age_years", message("validation.age_implausible").int("max", MAX_AGE_YEARS.into()), true);
    }
    // Nothing can happen before the child was born: the date of birth, or with only a stated age,
    // the earliest possible one (a warning then, as the age is approximate).
    let (born, exact) = match child.date_of_birth {
        Some(d) => (Some(d), true),
        None => (crate::rules::Age::of(child, on).born.map(|(earliest, _)| earliest), false),
    };
    let claim = case.asylum_claim.as_ref();
    let tcr = case.take_charge_request.as_ref();
    let lodged = claim.and_then(|c| c.lodged_on);
    let sent = tcr.and_then(|t| t.sent_on);
    let events: [(&str, Option<Date>, Option<Date>); 5] = [
        ("case.child.arrived_in_europe_on", child.arrived_in_europe_on, None),
        ("case.asylum_claim.lodged_on", lodged, None),
        ("case.take_charge_request.sent_on", sent, lodged),
        ("case.take_charge_request.decided_on", tcr.and_then(|t| t.decided_on), sent),
        ("case.uk_application.submitted_on", case.uk_application.as_ref().and_then(|a| a.submitted_on), None),
    ];
    for (path, date, after) in events {
        let Some(date) = date else { continue };
        if date > on {
            add(path, message("validation.after_assessment").date("on", on), false);
        }
        match (born, after) {
            (Some(b), _) if date < b => add(path, message("validation.before_birth").date("date", b), exact),
            (_, Some(a)) if date < a => add(path, message("validation.before_event").date("date", a), false),
            _ => {}
        }
    }
    if let Some(n) = case.uk_relatives.as_ref().map(Vec::len).filter(|n| *n > MAX_RELATIVES) {
        add("case.uk_relatives", message("validation.too_many_relatives").int("n", n as i64).int("max", MAX_RELATIVES as i64), true);
    }
    if case.more_uk_relatives.is_some() && case.uk_relatives.as_ref().is_none_or(Vec::is_empty) {
        add("case.more_uk_relatives", message("validation.more_relatives_without_list"), false);
    }
    if let Some(a) = case.uk_application.as_ref().filter(|_| case.application_made() == Some(false)) {
        if a.submitted_on.is_some() || a.submitted_at.is_some() {
            add("case.uk_application.status", message("validation.application_none_with_details"), false);
        }
    }
    for (i, r) in case.uk_relatives.iter().flatten().enumerate() {
        if r.relation == Some(Relation::ResponsibleAdult) && r.adult == Some(false) {
            add(&format!("case.uk_relatives[{i}].adult"), message("validation.responsible_adult"), false);
        }
    }
    if let Some(c) = claim {
        if c.known_status() == Some(ClaimStatus::None) && (c.lodged_on.is_some() || c.country.is_some()) {
            add("case.asylum_claim.status", message("validation.claim_none_with_details"), false);
        }
    }
    if let Some(t) = tcr {
        if t.known_status() == Some(RequestStatus::Sent) && claim.is_none_or(|c| c.known_status() != Some(ClaimStatus::Lodged)) {
            add("case.take_charge_request.status", message("validation.request_without_claim"), false);
        }
        let details = t.sent_on.is_some() || t.uk_decision.is_some() || t.decided_on.is_some() || t.received_before_cutoff_time.is_some();
        if t.known_status() == Some(RequestStatus::None) && details {
            add("case.take_charge_request.status", message("validation.request_none_with_details"), false);
        }
        if t.known_status().is_none() && t.received_before_cutoff_time.is_some() {
            add("case.take_charge_request.received_before_cutoff_time", message("validation.received_without_request"), false);
        }
    }
    out
}

/// [`issues`] as (errors, warnings).
pub fn validate(case: &Case) -> (Vec<FieldError>, Vec<FieldError>) {
    let (mut errors, mut warnings) = (Vec::new(), Vec::new());
    for i in issues(case) {
        let e = FieldError { path: i.path, msg: i.msg };
        if i.error {
            errors.push(e);
        } else {
            warnings.push(e);
        }
    }
    (errors, warnings)
}
