//! Reading a case file: JSON syntax, the format's types and values, then the facts' consistency.
//! Every problem names the field (`case.child.date_of_birth`), never panics, never defaults.

use super::{Case, ClaimStatus, RequestStatus, ScenarioFile};
use crate::date::Date;
use crate::rules::{m, Msg};
use std::fmt;

/// One problem with one field. `path` is a dotted path into the file (`case.uk_relatives[0].status`),
/// or a `line L column C` position for malformed JSON.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    pub path: String,
    /// The problem in English (the command-line tool's words).
    pub message: String,
    /// The same problem as a translatable message, for the app (consistency checks only).
    pub msg: Option<Msg>,
}

impl FieldError {
    pub fn new(path: impl Into<String>, message: impl Into<String>) -> FieldError {
        FieldError { path: path.into(), message: message.into(), msg: None }
    }
    fn with(mut self, msg: Msg) -> FieldError {
        self.msg = Some(msg);
        self
    }
}

impl fmt::Display for FieldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

/// A file that was read: the scenario and the things worth a warning (unknown keys, facts that
/// look inconsistent but do not stop an assessment).
#[derive(Clone, Debug, PartialEq)]
pub struct Parsed {
    pub file: ScenarioFile,
    pub warnings: Vec<FieldError>,
}

/// Reads a case file in the scenario format. All problems are returned, in file order; a file
/// with errors gives no case at all (never a half-read one).
pub fn parse_case_file(text: &str) -> Result<Parsed, Vec<FieldError>> {
    let value = crate::json::parse(text)
        .map_err(|e| vec![FieldError::new(format!("line {} column {}", e.line, e.column), format!("malformed JSON: {}", e.message))])?;
    let mut d = super::decode::Decoder { errors: Vec::new(), warnings: Vec::new() };
    let file = super::decode::scenario(&value, &mut d);
    if !d.errors.is_empty() {
        return Err(d.errors);
    }
    let Some(file) = file else { return Err(vec![FieldError::new("case", "is required but missing")]) };
    let (errors, warnings) = validate(&file.case);
    if !errors.is_empty() {
        return Err(errors);
    }
    let mut all = d.warnings;
    all.extend(warnings);
    Ok(Parsed { file, warnings: all })
}

/// The highest age in years a case may state.
pub const MAX_AGE_YEARS: u32 = 120;

/// Checks that the facts fit together. Returns (errors, warnings): an error means the case cannot
/// be assessed (a birth after the assessment date, a claim before birth); a warning is shown but
/// the case is still assessed.
pub fn validate(case: &Case) -> (Vec<FieldError>, Vec<FieldError>) {
    let mut errors = Vec::new();
    let mut warnings = Vec::new();
    let on = case.assessed_on;
    let child = &case.child;
    if let Some(dob) = child.date_of_birth {
        if dob > on {
            errors.push(
                FieldError::new(
                    "case.child.date_of_birth",
                    format!("{dob} is after the assessment date {on}: a date of birth cannot be in the future"),
                )
                .with(m("validation.dob_future").date("on", on)),
            );
        }
        if let Some(age) = child.age_years {
            let real = dob.age_on(on);
            if real >= 0 && real as u32 != age {
                warnings.push(FieldError::new(
                    "case.child.age_years",
                    format!("says {age} but the date of birth {dob} gives {real} on {on}; the date of birth is used"),
                ));
            }
        }
    }
    if let Some(age) = child.age_years {
        if age > MAX_AGE_YEARS {
            errors.push(
                FieldError::new("case.child.age_years", format!("{age} is not a plausible age (at most {MAX_AGE_YEARS})"))
                    .with(m("validation.age_implausible").int("max", MAX_AGE_YEARS.into())),
            );
        }
    }
    let dob = child.date_of_birth.map(|d| (d, "the date of birth"));
    // With only a stated age, nothing can have happened before the earliest possible birth date.
    let earliest_birth = match child.date_of_birth {
        Some(_) => None,
        None => crate::rules::Age::of(child, on).born.map(|(earliest, _)| earliest),
    };
    for (path, date) in [
        ("case.child.arrived_in_europe_on", child.arrived_in_europe_on),
        ("case.asylum_claim.lodged_on", case.asylum_claim.as_ref().and_then(|c| c.lodged_on)),
        ("case.take_charge_request.sent_on", case.take_charge_request.as_ref().and_then(|t| t.sent_on)),
        ("case.take_charge_request.decided_on", case.take_charge_request.as_ref().and_then(|t| t.decided_on)),
        ("case.uk_application.submitted_on", case.uk_application.as_ref().and_then(|a| a.submitted_on)),
    ] {
        if let (Some(date), Some(earliest)) = (date, earliest_birth) {
            if date < earliest {
                warnings.push(
                    FieldError::new(
                        path,
                        format!("{date} is before the child can have been born (age {} on {on})", child.age_years.unwrap_or(0)),
                    )
                    .with(m("validation.before_birth").date("date", earliest)),
                );
            }
        }
    }
    let mut event = |path: &str, date: Option<Date>, what: &str, not_before: Option<(Date, &str)>| {
        let Some(date) = date else { return };
        if date > on {
            warnings.push(
                FieldError::new(path, format!("{date} is after the assessment date {on}; {what} cannot have happened yet"))
                    .with(m("validation.after_assessment").date("on", on)),
            );
        }
        if let Some((earlier, name)) = not_before {
            if date < earlier {
                let key = if name == "the date of birth" { "validation.before_birth" } else { "validation.before_event" };
                let problem = FieldError::new(path, format!("{date} is before {name} ({earlier})")).with(m(key).date("date", earlier));
                if name == "the date of birth" {
                    errors.push(problem);
                } else {
                    warnings.push(problem);
                }
            }
        }
    };
    event("case.child.arrived_in_europe_on", child.arrived_in_europe_on, "an arrival", dob);
    let claim = case.asylum_claim.as_ref();
    event("case.asylum_claim.lodged_on", claim.and_then(|c| c.lodged_on), "a claim", dob);
    let lodged = claim.and_then(|c| c.lodged_on).map(|d| (d, "the asylum claim"));
    let tcr = case.take_charge_request.as_ref();
    event("case.take_charge_request.sent_on", tcr.and_then(|t| t.sent_on), "a request", lodged.or(dob));
    let sent = tcr.and_then(|t| t.sent_on).map(|d| (d, "the request"));
    event("case.take_charge_request.decided_on", tcr.and_then(|t| t.decided_on), "a decision", sent.or(dob));
    event("case.uk_application.submitted_on", case.uk_application.as_ref().and_then(|a| a.submitted_on), "an application", dob);
    for (i, r) in case.uk_relatives.iter().flatten().enumerate() {
        if r.relation == Some(super::Relation::ResponsibleAdult) && r.adult == Some(false) {
            warnings.push(FieldError::new(
                format!("case.uk_relatives[{i}].adult"),
                "is false, but an adult responsible for the child is an adult by definition; ignored",
            ));
        }
    }
    if let Some(c) = claim {
        if c.known_status() == Some(ClaimStatus::None) && (c.lodged_on.is_some() || c.country.is_some()) {
            warnings.push(FieldError::new("case.asylum_claim.status", "is \"none\" but a country or date is given; they are ignored"));
        }
    }
    if let Some(t) = tcr {
        if t.known_status() == Some(RequestStatus::Sent) && claim.is_none_or(|c| c.known_status() != Some(ClaimStatus::Lodged)) {
            warnings.push(FieldError::new(
                "case.take_charge_request.status",
                "is \"sent\" but no asylum claim is recorded: a request follows a claim",
            ));
        }
        if t.known_status() == Some(RequestStatus::None) && (t.sent_on.is_some() || t.uk_decision.is_some()) {
            warnings
                .push(FieldError::new("case.take_charge_request.status", "is \"none\" but a date or decision is given; they are ignored"));
        }
    }
    (errors, warnings)
}

#[cfg(test)]
mod tests {
    use super::*;

    const MINIMAL: &str = r#"{"case": {"assessed_on": "2026-11-26"}}"#;

    fn err(text: &str) -> Vec<String> {
        parse_case_file(text).unwrap_err().iter().map(ToString::to_string).collect()
    }

    #[test]
    fn minimal_case_is_all_unknown() {
        let parsed = parse_case_file(MINIMAL).unwrap();
        let case = parsed.file.case;
        assert_eq!(case.assessed_on, Date::ymd(2026, 11, 26));
        assert_eq!(case.child.date_of_birth, None);
        assert_eq!(case.uk_relatives, None);
        assert!(parsed.warnings.is_empty());
    }

    #[test]
    fn errors_name_the_field() {
        assert_eq!(err(r#"{"case": {}}"#), ["case.assessed_on: is required but missing"]);
        assert_eq!(err(r#"{}"#), ["case: is required but missing"]);
        assert_eq!(
            err(r#"{"case": {"assessed_on": "2023-02-30"}}"#),
            ["case.assessed_on: \"2023-02-30\": 2023-02-30 does not exist: that month has 28 days"]
        );
        let e = err(r#"{"case": {"assessed_on": "2020-01-01", "uk_relatives": [{"relation": "uncle"}]}}"#);
        assert_eq!(e, ["case.uk_relatives[0].relation: \"uncle\" is not one of: parent, step_parent, responsible_adult, sibling, half_sibling, aunt_uncle, grandparent, cousin, other"]);
        let e = err(r#"{"case": {"assessed_on": "2020-01-01", "child": {"location": "UK"}}}"#);
        assert!(e[0].starts_with("case.child.location: \"UK\" is not an ISO 3166-1"), "{e:?}");
        let e = err(r#"{"case": {"assessed_on": "2020-01-01"}, "expect": {"dublin": "likely"}}"#);
        assert!(e[0].starts_with("expect.dublin: \"dublin\" is not a pathway id (one of: dublin_family, dublin_other"), "{e:?}");
        let e = err(r#"{"case": {"assessed_on": "2020-01-01"}, "expect": {"dublin_family": "maybe"}}"#);
        assert_eq!(
            e,
            ["expect.dublin_family: \"maybe\" is not a verdict (one of: likely, possible, not_eligible, closed, not_applicable)"]
        );
        let e =
            err(r#"{"case": {"assessed_on": "2020-01-01", "uk_application": {"submitted_on": "2020-01-01", "submitted_at": "25:00"}}}"#);
        assert!(e[0].starts_with("case.uk_application.submitted_at: \"25:00\" is not a time"), "{e:?}");
        let e = err(r#"{"case": {"assessed_on": "2020-01-01", "child": {"age_years": -3}}}"#);
        assert_eq!(e, ["case.child.age_years: -3 is not a whole number of years (0 or more)"]);
        // Several problems are all reported, each with its field.
        let e = err(r#"{"case": {"assessed_on": "2020-01-01", "child": {"married": "no", "location": 3}, "uk_relatives": {}}}"#);
        assert_eq!(
            e,
            [
                "case.child.location: expected a country code such as \"FR\", found a number",
                "case.child.married: expected true, false or null, found a string",
                "case.uk_relatives: expected a list (or null), found an object"
            ]
        );
    }

    #[test]
    fn malformed_json_gives_a_position() {
        let e = err("{\"case\": {\"assessed_on\": \"2020-01-01\",}}");
        assert!(e[0].starts_with("line 1 column "), "{e:?}");
        assert!(e[0].contains("malformed JSON"), "{e:?}");
        let e = err("");
        assert!(e[0].contains("malformed JSON"), "{e:?}");
        let e = err(&format!("{MINIMAL} trailing"));
        assert!(e[0].contains("malformed JSON"), "{e:?}");
    }

    #[test]
    fn impossible_facts_are_errors() {
        let e = err(r#"{"case": {"assessed_on": "2020-01-01", "child": {"date_of_birth": "2020-01-02"}}}"#);
        assert_eq!(
            e,
            ["case.child.date_of_birth: 2020-01-02 is after the assessment date 2020-01-01: a date of birth cannot be in the future"]
        );
        let e = err(
            r#"{"case": {"assessed_on": "2020-01-01", "child": {"date_of_birth": "2005-01-02"}, "asylum_claim": {"status": "lodged", "lodged_on": "2005-01-01"}}}"#,
        );
        assert_eq!(e, ["case.asylum_claim.lodged_on: 2005-01-01 is before the date of birth (2005-01-02)"]);
        let e = err(r#"{"case": {"assessed_on": "2020-01-01", "child": {"age_years": 200}}}"#);
        assert_eq!(e, ["case.child.age_years: 200 is not a plausible age (at most 120)"]);
    }

    #[test]
    fn unknown_keys_and_odd_facts_are_warnings() {
        let p = parse_case_file(
            r#"{"notes": "x", "case": {"assessed_on": "2020-01-01", "child": {"date_of_brith": "2005-01-01"},
                "asylum_claim": {"status": "lodged", "lodged_on": "2020-02-01"}}}"#,
        )
        .unwrap();
        let w: Vec<String> = p.warnings.iter().map(ToString::to_string).collect();
        assert!(w.iter().any(|w| w.starts_with("notes: unknown field")), "{w:?}");
        assert!(w.iter().any(|w| w.starts_with("case.child.date_of_brith: unknown field")), "{w:?}");
        assert!(w.iter().any(|w| w.starts_with("case.asylum_claim.lodged_on: 2020-02-01 is after the assessment date")), "{w:?}");
    }
}
