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
            add("case.child.date_of_birth", m("validation.dob_future").date("on", on), true);
        }
        if let Some(age) = child.age_years {
            let real = dob.age_on(on);
            if real >= 0 && real as u32 != age {
                add("case.child.age_years", m("validation.age_mismatch").int("age", age.into()).int("real", real.into()), false);
            }
        }
    }
    if child.age_years.is_some_and(|a| a > MAX_AGE_YEARS) {
        add("case.child.age_years", m("validation.age_implausible").int("max", MAX_AGE_YEARS.into()), true);
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
            add(path, m("validation.after_assessment").date("on", on), false);
        }
        match (born, after) {
            (Some(b), _) if date < b => add(path, m("validation.before_birth").date("date", b), exact),
            (_, Some(a)) if date < a => add(path, m("validation.before_event").date("date", a), false),
            _ => {}
        }
    }
    for (i, r) in case.uk_relatives.iter().flatten().enumerate() {
        if r.relation == Some(super::Relation::ResponsibleAdult) && r.adult == Some(false) {
            add(&format!("case.uk_relatives[{i}].adult"), m("validation.responsible_adult"), false);
        }
    }
    if let Some(c) = claim {
        if c.known_status() == Some(ClaimStatus::None) && (c.lodged_on.is_some() || c.country.is_some()) {
            add("case.asylum_claim.status", m("validation.claim_none_with_details"), false);
        }
    }
    if let Some(t) = tcr {
        if t.known_status() == Some(RequestStatus::Sent) && claim.is_none_or(|c| c.known_status() != Some(ClaimStatus::Lodged)) {
            add("case.take_charge_request.status", m("validation.request_without_claim"), false);
        }
        if t.known_status() == Some(RequestStatus::None) && (t.sent_on.is_some() || t.uk_decision.is_some()) {
            add("case.take_charge_request.status", m("validation.request_none_with_details"), false);
        }
    }
    out
}

/// [`issues`] as (errors, warnings), with each message in English.
pub fn validate(case: &Case) -> (Vec<FieldError>, Vec<FieldError>) {
    let en = crate::i18n::english();
    let (mut errors, mut warnings) = (Vec::new(), Vec::new());
    for i in issues(case) {
        let e = FieldError { path: i.path, message: en.render(&i.msg), msg: Some(i.msg) };
        if i.error {
            errors.push(e);
        } else {
            warnings.push(e);
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
        assert_eq!(e, ["case.child.date_of_birth: The date of birth must be on or before the assessment date (1 January 2020)."]);
        let e = err(
            r#"{"case": {"assessed_on": "2020-01-01", "child": {"date_of_birth": "2005-01-02"}, "asylum_claim": {"status": "lodged", "lodged_on": "2005-01-01"}}}"#,
        );
        assert_eq!(e, ["case.asylum_claim.lodged_on: The date must be on or after the child's date of birth (2 January 2005)."]);
        let e = err(r#"{"case": {"assessed_on": "2020-01-01", "child": {"age_years": 200}}}"#);
        assert_eq!(e, ["case.child.age_years: Enter an age of 120 or less."]);
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
        assert!(
            w.iter().any(|w| w == "case.asylum_claim.lodged_on: The date must be on or before the assessment date (1 January 2020)."),
            "{w:?}"
        );
    }
}
