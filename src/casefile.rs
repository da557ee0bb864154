//! Case files in the scenario format of FORMAT.md (a contract): read with serde, every problem
//! named by its field path (`case.uk_relatives[2].relation: "neighbour" is not one of: ...`), all
//! of them at once; unknown keys are warnings with their path; nothing defaults silently. A file
//! saved by Pathways also says what it was judged under (`saved_result`: the rules version, how far
//! the law was checked, the verdicts), so that opening it under newer rules can say what changed.

use crate::case::format::{take_bad, Bad, Word};
use crate::case::Case;
use crate::date::{days_in_month, Date, DateError, MAX_YEAR, MIN_YEAR};
use crate::fact::{from_case, Answer, Fact};
use crate::msg::{message, Msg};
use crate::rules::data::{LAW_CHECKED_TO, RULES_VERSION};
use crate::rules::{Assessment, PathwayId, Verdict};
use crate::validate::{validate, FieldError};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::BTreeMap;

/// A whole file: one case and, in test suites, the verdicts it must give.
#[derive(Clone, Debug, PartialEq)]
pub struct ScenarioFile {
    pub id: Option<String>,
    pub title: Option<String>,
    pub basis: Option<String>,
    pub case: Case,
    pub expect: Option<BTreeMap<PathwayId, Verdict>>,
    pub expect_citation: Option<BTreeMap<PathwayId, String>>,
    /// What the case was judged under when Pathways saved it (absent in older and hand-written files).
    pub saved_result: Option<SavedResult>,
    /// The paths of the facts the volunteer was not asked (Pathways' own field, beside `case`):
    /// `null` in the case because nobody asked, not because nobody knew. Every other `null` is
    /// "I don't know".
    pub not_asked: Vec<String>,
}

impl ScenarioFile {
    /// The answers this file gives the question flow: every fact of its case ("I don't know" for
    /// `null`), except the `null`s it says were not asked (they stay unanswered, to be asked if
    /// they matter).
    pub fn answers(&self) -> Vec<(Fact, Answer)> {
        let asked = |f: &Fact, a: &Answer| *a != Answer::Unknown || !self.not_asked.contains(&f.path());
        from_case(&self.case).into_iter().filter(|(f, a)| asked(f, a)).collect()
    }
}

/// The verdicts a saved case was given, and under which rules.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SavedResult {
    pub rules_version: String,
    pub law_checked_to: Date,
    pub verdicts: BTreeMap<PathwayId, Verdict>,
}

impl SavedResult {
    /// The result of an assessment made now, to be saved with its case.
    pub fn of(a: &Assessment) -> SavedResult {
        SavedResult {
            rules_version: a.rules_version.to_string(),
            law_checked_to: a.law_checked_to,
            verdicts: a.pathways.iter().map(|p| (p.pathway, p.verdict)).collect(),
        }
    }
}

/// The file as serde reads it: map keys are checked afterwards, so that a wrong pathway id is
/// named with its own path (`expect.dublin`).
#[derive(Deserialize)]
struct RawFile {
    #[serde(default)]
    id: Option<String>,
    #[serde(default)]
    title: Option<String>,
    #[serde(default)]
    basis: Option<String>,
    case: Case,
    #[serde(default)]
    expect: Option<BTreeMap<String, Verdict>>,
    #[serde(default)]
    expect_citation: Option<BTreeMap<String, String>>,
    #[serde(default)]
    saved_result: Option<RawSaved>,
    /// Read from the file's value (see [`not_asked`]); here so that it is not an unknown key.
    #[serde(default, rename = "not_asked")]
    _not_asked: serde::de::IgnoredAny,
}

#[derive(Deserialize)]
struct RawSaved {
    rules_version: String,
    law_checked_to: Date,
    verdicts: BTreeMap<String, Verdict>,
}

/// A file that was read: the scenario and the things worth a warning (unknown keys, facts that
/// look inconsistent but do not stop an assessment).
#[derive(Clone, Debug, PartialEq)]
pub struct Parsed {
    pub file: ScenarioFile,
    pub warnings: Vec<FieldError>,
}

/// Reads a case file. All problems are returned (a value of the wrong kind is reported, then read
/// as "don't know" to look for more); a file with errors gives no case at all, never a half-read one.
pub fn parse_case_file(text: &str) -> Result<Parsed, Vec<FieldError>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let original: Value = serde_json::from_str(text)
        .map_err(|e| vec![FieldError::new("", message("file.malformed").int("line", e.line() as i64).int("column", e.column() as i64))])?;
    if !original.is_object() {
        return Err(vec![FieldError::new("", message("file.not_a_case"))]);
    }
    let (raw, mut errors, mut warnings) = read(&original);
    let Some(raw) = raw else { return Err(errors) };
    let expect = raw.expect.map(|m| pathways("expect", m, &mut errors));
    let expect_citation = raw.expect_citation.map(|m| pathways("expect_citation", m, &mut errors));
    let saved_result = raw.saved_result.map(|s| SavedResult {
        rules_version: s.rules_version,
        law_checked_to: s.law_checked_to,
        verdicts: pathways("saved_result.verdicts", s.verdicts, &mut errors),
    });
    let not_asked = not_asked(&original, &mut errors, &mut warnings);
    let (invalid, inconsistent) = validate(&raw.case);
    errors.extend(invalid);
    if !errors.is_empty() {
        return Err(errors);
    }
    warnings.extend(inconsistent);
    let file =
        ScenarioFile { id: raw.id, title: raw.title, basis: raw.basis, case: raw.case, expect, expect_citation, saved_result, not_asked };
    Ok(Parsed { file, warnings })
}

/// The paths of `not_asked` (a list of texts, each a fact's path; a path that is no fact's is a warning).
fn not_asked(original: &Value, errors: &mut Vec<FieldError>, warnings: &mut Vec<FieldError>) -> Vec<String> {
    let mut out = Vec::new();
    match original.get("not_asked") {
        None | Some(Value::Null) => {}
        Some(Value::Array(items)) => {
            for (i, item) in items.iter().enumerate() {
                let path = format!("not_asked[{i}]");
                match item.as_str() {
                    Some(p) if Fact::at_path(p).is_some() => out.push(p.to_string()),
                    Some(p) => warnings.push(FieldError::new(path, message("file.not_a_fact").text("value", p))),
                    None => errors.push(FieldError::new(path, bad_msg(Bad::Expected { expected: "path", found: kind_of(item) }))),
                }
            }
        }
        Some(other) => errors.push(FieldError::new("not_asked", bad_msg(Bad::Expected { expected: "list", found: kind_of(other) }))),
    }
    out
}

/// The kind of a JSON value, as [`Bad::Expected`] names it.
fn kind_of(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "bool",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "list",
        Value::Object(_) => "object",
    }
}

/// The pathways of a map keyed by pathway id; an unknown id is named with its path (`expect.dublin`).
fn pathways<T>(map: &str, m: BTreeMap<String, T>, errors: &mut Vec<FieldError>) -> BTreeMap<PathwayId, T> {
    let mut out = BTreeMap::new();
    for (k, v) in m {
        match PathwayId::from_id(&k) {
            Some(p) => {
                out.insert(p, v);
            }
            None => errors.push(FieldError::new(format!("{map}.{k}"), bad_msg(PathwayId::unknown(&k)))),
        }
    }
    out
}

/// Reads the file's value: the file, or every value of the wrong kind, each named by its path
/// (after each one, the value is read as `null`, "don't know", and the file read again, until it
/// reads or a problem repeats); and the unknown keys, as warnings. One reader does both (one copy
/// of the format's reading code in the file worker).
fn read(original: &Value) -> (Option<RawFile>, Vec<FieldError>, Vec<FieldError>) {
    let mut value = original.clone();
    let mut errors: Vec<FieldError> = Vec::new();
    loop {
        let mut warnings = Vec::new();
        take_bad();
        let mut track = serde_path_to_error::Track::new();
        let tracked = serde_path_to_error::Deserializer::new(&value, &mut track);
        let result =
            serde_ignored::deserialize(tracked, |path| warnings.push(FieldError::new(ignored_path(&path), message("file.unknown_key"))));
        let e = match result {
            Ok(raw) if errors.is_empty() => return (Some(raw), errors, warnings),
            Ok(_) => return (None, errors, warnings),
            Err(e) => e,
        };
        let at = track.path();
        let mut path = at.to_string();
        let text = e.to_string();
        // serde names a missing field in the message; the format names it in the path. There is
        // nothing to read as "don't know" then, so the search stops.
        let missing = text.strip_prefix("missing field `").and_then(|m| m.strip_suffix('`')).map(String::from);
        let msg = match (&missing, take_bad()) {
            (Some(field), _) => {
                path = if path == "." { field.clone() } else { format!("{path}.{field}") };
                message("file.missing")
            }
            (None, Some(b)) => bad_msg(b),
            // A shape serde itself refused (`"case": 3`): its own words, as a detail.
            (None, None) => message("file.invalid").text("detail", text),
        };
        let repeated = errors.iter().any(|x| x.path == path);
        if !repeated {
            errors.push(FieldError::new(path.clone(), msg));
        }
        if repeated || missing.is_some() || !set_null(&mut value, &at) {
            return (None, errors, Vec::new());
        }
    }
}

/// A refused value as a message: what was found, and what the field takes.
fn bad_msg(b: Bad) -> Msg {
    let kind = |k: &str| match k {
        "date" => "file.kind.date",
        "country" => "file.kind.country",
        "time" => "file.kind.time",
        "word" => "file.kind.word",
        "yes_no" => "file.kind.yes_no",
        "years" => "file.kind.years",
        "object" => "file.kind.object",
        "list" => "file.kind.list",
        "path" => "file.kind.path",
        "bool" => "file.kind.bool",
        "number" => "file.kind.number",
        "string" => "file.kind.string",
        "null" => "file.kind.null",
        _ => "file.kind.other",
    };
    match b {
        Bad::Expected { expected, found } => {
            let found = match found {
                "object" => "file.kind.found_object",
                "list" => "file.kind.found_list",
                other => kind(other),
            };
            message("file.expected").key("expected", kind(expected)).key("found", found)
        }
        Bad::Date { value, error } => match error {
            DateError::Format => message("file.date_format").text("value", value),
            DateError::Month(m) => message("file.date_month").text("value", value).int("month", m.into()),
            DateError::Day { year, month, .. } => {
                message("file.date_day").text("value", value).int("max", days_in_month(year, month).into())
            }
            DateError::Year(_) => message("file.date_year").text("value", value).int("min", MIN_YEAR.into()).int("max", MAX_YEAR.into()),
        },
        Bad::NotOneOf { value, options } => message("file.not_one_of").text("value", value).text("options", options.join(", ")),
        Bad::Country(value) => message("file.country").text("value", value),
        Bad::Time(value) => message("file.time").text("value", value),
        Bad::Years(value) => message("file.years").text("value", value),
    }
}

/// Sets the value at `path` to `null`; false if there is nothing to change.
fn set_null(value: &mut Value, path: &serde_path_to_error::Path) -> bool {
    use serde_path_to_error::Segment;
    let mut at = value;
    for segment in path.iter() {
        at = match (segment, at) {
            (Segment::Map { key }, Value::Object(map)) => match map.get_mut(key) {
                Some(v) => v,
                None => return false,
            },
            (Segment::Seq { index }, Value::Array(list)) => match list.get_mut(*index) {
                Some(v) => v,
                None => return false,
            },
            _ => return false,
        };
    }
    !std::mem::replace(at, Value::Null).is_null()
}

/// serde_ignored's path in the format's own notation: `case.uk_relatives[0].relatoin`.
fn ignored_path(path: &serde_ignored::Path) -> String {
    use serde_ignored::Path;
    match path {
        Path::Root => String::new(),
        Path::Seq { parent, index } => format!("{}[{index}]", ignored_path(parent)),
        Path::Map { parent, key } => {
            let p = ignored_path(parent);
            if p.is_empty() {
                key.clone()
            } else {
                format!("{p}.{key}")
            }
        }
        Path::Some { parent } | Path::NewtypeStruct { parent } | Path::NewtypeVariant { parent } => ignored_path(parent),
    }
}

#[derive(Serialize)]
struct FileOut<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    title: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    basis: Option<&'a str>,
    case: &'a Case,
    #[serde(skip_serializing_if = "Option::is_none")]
    expect: Option<&'a BTreeMap<PathwayId, Verdict>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    not_asked: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    saved_result: Option<&'a SavedResult>,
}

impl FileOut<'_> {
    fn text(&self) -> String {
        let mut out = serde_json::to_string_pretty(self).unwrap_or_default();
        out.push('\n');
        out
    }
}

/// A case file with just this case, every fact written (null for "don't know", and for what was
/// not asked, which `not_asked` lists), and, when saved by the app, what it was judged under.
pub fn case_file_text(case: &Case, not_asked: &[Fact], saved: Option<&SavedResult>) -> String {
    let not_asked = not_asked.iter().map(|f| f.path()).collect();
    FileOut { title: None, basis: None, case, expect: None, not_asked, saved_result: saved }.text()
}

/// What a scenario file says of its case (FORMAT.md): its title, the rule or the reason it turns
/// on (`basis`), and the verdicts the case must give (`expect`).
pub struct Expectation<'a> {
    pub title: &'a str,
    pub basis: &'a str,
    pub expect: BTreeMap<PathwayId, Verdict>,
}

/// A scenario file: the case written as [`case_file_text`] writes it, with its expectation, so
/// that `pathways scenarios` checks it.
pub fn scenario_file_text(case: &Case, not_asked: &[Fact], saved: Option<&SavedResult>, e: &Expectation) -> String {
    let not_asked = not_asked.iter().map(|f| f.path()).collect();
    let (title, basis, expect) = (Some(e.title), Some(e.basis), Some(&e.expect));
    FileOut { title, basis, case, expect, not_asked, saved_result: saved }.text()
}

/// A verdict that changed since the file was saved.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    pub pathway: PathwayId,
    pub before: Verdict,
    pub after: Verdict,
    /// Why the verdict is what it is now: a note on the route's law if it has one, else its first reason.
    pub why: Msg,
}

/// The verdicts that differ between a saved result and an assessment made now, in RULES.md order.
pub fn changes(saved: &SavedResult, now: &Assessment) -> Vec<Change> {
    now.pathways
        .iter()
        .filter_map(|p| {
            let before = *saved.verdicts.get(&p.pathway)?;
            (before != p.verdict).then(|| {
                let note = p.reasons.iter().find(|r| r.msg.key.starts_with("status_note."));
                let why = note.or(p.reasons.first()).map(|r| r.msg.clone()).unwrap_or_else(|| message("change.no_reason"));
                Change { pathway: p.pathway, before, after: p.verdict, why }
            })
        })
        .collect()
}

/// The heading of the changes: the rules the file was saved under, and the rules now.
pub fn changes_heading(saved: &SavedResult) -> Msg {
    message("change.heading")
        .text("then", saved.rules_version.clone())
        .date("then_date", saved.law_checked_to)
        .text("now", RULES_VERSION)
        .date("now_date", LAW_CHECKED_TO)
}

/// One change as a message: "UK-France pilot: closed → possible: …".
pub fn change_msg(c: &Change) -> Msg {
    message("change.verdict")
        .arg("pathway", crate::msg::Arg::Key(c.pathway.name_key()))
        .arg("before", crate::msg::Arg::Key(c.before.name_key()))
        .arg("after", crate::msg::Arg::Key(c.after.name_key()))
        .arg("why", crate::msg::Arg::Nested(Box::new(c.why.clone())))
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

    /// Each problem as (path, message key).
    fn keys(text: &str) -> Vec<(String, &'static str)> {
        parse_case_file(text).unwrap_err().into_iter().map(|e| (e.path, e.msg.key)).collect()
    }

    #[test]
    fn errors_name_the_field() {
        assert_eq!(err(r#"{"case": {}}"#), ["case.assessed_on: This is required, but the file does not have it."]);
        assert_eq!(keys(r#"{}"#), [("case".to_string(), "file.missing")]);
        assert_eq!(
            err(r#"{"case": {"assessed_on": "2023-02-30"}}"#),
            ["case.assessed_on: \"2023-02-30\" does not exist: that month has 28 days."]
        );
        let e = err(r#"{"case": {"assessed_on": "2020-01-01", "uk_relatives": [{"relation": "uncle"}]}}"#);
        assert_eq!(e, ["case.uk_relatives[0].relation: \"uncle\" is not one of the words this takes: parent, step_parent, responsible_adult, sibling, half_sibling, aunt_uncle, grandparent, cousin, other."]);
        assert_eq!(
            keys(r#"{"case": {"assessed_on": "2020-01-01", "child": {"location": "UK"}}}"#),
            [("case.child.location".to_string(), "file.country")]
        );
        let e = err(r#"{"case": {"assessed_on": "2020-01-01"}, "expect": {"dublin": "likely"}}"#);
        assert!(e[0].starts_with("expect.dublin: \"dublin\" is not one of the words this takes: dublin_family, dublin_other"), "{e:?}");
        let e = err(r#"{"case": {"assessed_on": "2020-01-01"}, "expect": {"dublin_family": "maybe"}}"#);
        assert_eq!(
            e,
            ["expect.dublin_family: \"maybe\" is not one of the words this takes: likely, possible, not_eligible, closed, not_applicable."]
        );
        let e =
            keys(r#"{"case": {"assessed_on": "2020-01-01", "uk_application": {"submitted_on": "2020-01-01", "submitted_at": "25:00"}}}"#);
        assert_eq!(e, [("case.uk_application.submitted_at".to_string(), "file.time")]);
        let e = err(r#"{"case": {"assessed_on": "2020-01-01", "child": {"age_years": -3}}}"#);
        assert_eq!(e, ["case.child.age_years: -3 is not a whole number of years (0 or more)."]);
        let e = keys(r#"{"case": {"assessed_on": "2020-01-01", "uk_application": {"status": "made"}}}"#);
        assert_eq!(e, [("case.uk_application.status".to_string(), "file.not_one_of")]);
        // Several problems are all reported, each with its field.
        let mut e = err(r#"{"case": {"assessed_on": "2020-01-01", "child": {"married": "no", "location": 3}, "uk_relatives": {}}}"#);
        e.sort();
        assert_eq!(
            e,
            [
                "case.child.location: It should be a country code such as \"FR\", but it is a number.",
                "case.child.married: It should be true, false or null, but it is a text.",
                "case.uk_relatives: It should be a list (or null), but it is an object."
            ]
        );
        // And two wrong values in two relatives, with the dates' order checked too once they read.
        let e = keys(r#"{"case": {"assessed_on": "2020-01-01", "uk_relatives": [{"relation": "x"}, {"status": "y"}]}}"#);
        assert_eq!(
            e,
            [
                ("case.uk_relatives[0].relation".to_string(), "file.not_one_of"),
                ("case.uk_relatives[1].status".to_string(), "file.not_one_of")
            ]
        );
    }

    #[test]
    fn a_problem_is_explained_by_its_question() {
        let e = parse_case_file(r#"{"case": {"assessed_on": "2026-01-01", "child": {"date_of_birth": "2008-02-30"}}}"#).unwrap_err();
        let en = crate::i18n::english();
        assert_eq!(
            en.render(&e[0].explained()),
            "What is the child's date of birth? \"2008-02-30\" does not exist: that month has 29 days. (in the file: case.child.date_of_birth)"
        );
        let e = parse_case_file(r#"{"case": {"assessed_on": "2026-01-01", "uk_relatives": [{}, {"adult": 1}]}}"#).unwrap_err();
        assert_eq!(
            en.render(&e[0].explained()),
            "Is relative 2 aged 18 or over? It should be true, false or null, but it is a number. (in the file: case.uk_relatives[1].adult)"
        );
    }

    #[test]
    fn malformed_json_gives_a_position() {
        let e = keys("{\"case\": {\"assessed_on\": \"2020-01-01\",}}");
        assert_eq!(e, [(String::new(), "file.malformed")]);
        let e = err("{\"case\": {\"assessed_on\": \"2020-01-01\",}}");
        assert!(e[0].contains("line 1, column 39"), "{e:?}");
        assert_eq!(keys(""), [(String::new(), "file.malformed")]);
        assert_eq!(keys(&format!("{MINIMAL} trailing")), [(String::new(), "file.malformed")]);
        assert_eq!(keys("[1]"), [(String::new(), "file.not_a_case")]);
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
                "uk_relatives": [{"relatoin": "parent"}],
                "asylum_claim": {"status": "lodged", "lodged_on": "2020-02-01"}}}"#,
        )
        .unwrap();
        let w: Vec<String> = p.warnings.iter().map(ToString::to_string).collect();
        let unknown = |path: &str| p.warnings.iter().any(|w| w.path == path && w.msg.key == "file.unknown_key");
        assert!(unknown("notes") && unknown("case.child.date_of_brith") && unknown("case.uk_relatives[0].relatoin"), "{w:?}");
        assert!(
            w.iter().any(|w| w == "case.asylum_claim.lodged_on: The date must be on or before the assessment date (1 January 2020)."),
            "{w:?}"
        );
    }

    #[test]
    fn a_case_is_written_with_every_fact_and_reads_back() {
        let text = include_str!("../tests/scenarios/public/S13.json");
        let case = parse_case_file(text).unwrap().file.case;
        let written = case_file_text(&case, &[], None);
        assert!(written.contains("\"in_calais_camp_on_2016_10_24\": null"), "unknown facts are written as null");
        assert_eq!(parse_case_file(&written).unwrap().file.case, case);
    }
}
