//! Reading a case file's JSON into the case types, and writing a case back. Every problem names
//! its field (`case.uk_relatives[0].relation`); unknown keys are warnings; nothing defaults silently.

use super::*;
use crate::json::Value;
use crate::rules::{PathwayId, Verdict};
use std::collections::BTreeMap;

pub(crate) struct Decoder {
    pub errors: Vec<FieldError>,
    pub warnings: Vec<FieldError>,
}

type Members = [(String, Value)];

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

impl Decoder {
    fn error(&mut self, path: String, message: String) {
        self.errors.push(FieldError::new(path, message));
    }

    /// The members of an object.
    fn members<'v>(&mut self, v: &'v Value, path: &str) -> Option<&'v Members> {
        match v {
            Value::Object(m) => Some(m),
            other => {
                self.error(path.to_string(), format!("expected an object, found {}", other.kind()));
                None
            }
        }
    }

    /// The members of an object, warning about keys not in `known`.
    fn object<'v>(&mut self, v: &'v Value, path: &str, known: &[&str]) -> Option<&'v Members> {
        let m = self.members(v, path)?;
        for (k, _) in m {
            if !known.contains(&k.as_str()) {
                self.warnings.push(FieldError::new(join(path, k), "unknown field, ignored (check its spelling against FORMAT.md)"));
            }
        }
        Some(m)
    }

    /// A member that may be missing or null (both mean "don't know").
    fn field<'v>(m: &'v Members, key: &str) -> Option<&'v Value> {
        m.iter().find(|(k, _)| k == key).map(|(_, v)| v).filter(|v| **v != Value::Null)
    }

    fn string(&mut self, m: &Members, path: &str, key: &str) -> Option<String> {
        match Self::field(m, key)? {
            Value::String(s) => Some(s.clone()),
            other => {
                self.error(join(path, key), format!("expected a string, found {}", other.kind()));
                None
            }
        }
    }

    fn boolean(&mut self, m: &Members, path: &str, key: &str) -> Option<bool> {
        match Self::field(m, key)? {
            Value::Bool(b) => Some(*b),
            other => {
                self.error(join(path, key), format!("expected true, false or null, found {}", other.kind()));
                None
            }
        }
    }

    fn parsed<T>(&mut self, m: &Members, path: &str, key: &str, what: &str, parse: impl Fn(&str) -> Result<T, String>) -> Option<T> {
        let s = match Self::field(m, key)? {
            Value::String(s) => s.clone(),
            other => {
                self.error(join(path, key), format!("expected {what}, found {}", other.kind()));
                return None;
            }
        };
        match parse(&s) {
            Ok(v) => Some(v),
            Err(e) => {
                self.error(join(path, key), e);
                None
            }
        }
    }

    fn date(&mut self, m: &Members, path: &str, key: &str) -> Option<Date> {
        self.parsed(m, path, key, "a date \"YYYY-MM-DD\"", |s| Date::parse(s).map_err(|e| format!("\"{s}\": {e}")))
    }

    fn country(&mut self, m: &Members, path: &str, key: &str) -> Option<Country> {
        self.parsed(m, path, key, "a country code such as \"FR\"", |s| {
            Country::parse(s).ok_or_else(|| format!("\"{s}\" is not an ISO 3166-1 alpha-2 country code (such as \"FR\" or \"AF\")"))
        })
    }

    fn time(&mut self, m: &Members, path: &str, key: &str) -> Option<Time> {
        self.parsed(m, path, key, "a time \"HH:MM\"", |s| {
            Time::parse(s).ok_or_else(|| format!("\"{s}\" is not a time of day in the form HH:MM (00:00 to 23:59)"))
        })
    }

    fn choice<T: Copy>(&mut self, m: &Members, path: &str, key: &str, options: &[(&str, T)]) -> Option<T> {
        let names: Vec<&str> = options.iter().map(|(n, _)| *n).collect();
        self.parsed(m, path, key, "a string", |s| {
            options.iter().find(|(n, _)| *n == s).map(|(_, v)| *v).ok_or_else(|| format!("\"{s}\" is not one of: {}", names.join(", ")))
        })
    }

    fn whole(&mut self, m: &Members, path: &str, key: &str) -> Option<u32> {
        match Self::field(m, key)? {
            Value::Number(n) => match n.parse::<u32>() {
                Ok(v) => Some(v),
                Err(_) => {
                    self.error(join(path, key), format!("{n} is not a whole number of years (0 or more)"));
                    None
                }
            },
            other => {
                self.error(join(path, key), format!("expected a whole number, found {}", other.kind()));
                None
            }
        }
    }
}

const CLAIM: &[(&str, ClaimStatus)] = &[("lodged", ClaimStatus::Lodged), ("none", ClaimStatus::None)];
const REQUEST: &[(&str, RequestStatus)] = &[("sent", RequestStatus::Sent), ("none", RequestStatus::None)];
const DECISION: &[(&str, UkDecision)] =
    &[("pending", UkDecision::Pending), ("accepted", UkDecision::Accepted), ("refused", UkDecision::Refused)];

/// Decodes a whole scenario file. `None` when a required part is missing or broken (the errors say why).
pub(crate) fn scenario(v: &Value, d: &mut Decoder) -> Option<ScenarioFile> {
    let m = d.object(v, "", &["id", "title", "basis", "case", "expect", "expect_citation"])?;
    let id = d.string(m, "", "id");
    let title = d.string(m, "", "title");
    let basis = d.string(m, "", "basis");
    let case = match m.iter().find(|(k, _)| k == "case") {
        Some((_, c)) => case(c, d),
        None => {
            d.error("case".into(), "is required but missing".into());
            None
        }
    };
    let pathway = |d: &mut Decoder, map: &str, k: &str| {
        let p = PathwayId::from_id(k);
        if p.is_none() {
            let ids = PathwayId::ALL.map(PathwayId::id).join(", ");
            d.error(format!("{map}.{k}"), format!("\"{k}\" is not a pathway id (one of: {ids})"));
        }
        p
    };
    let mut expect = None;
    if let Some(e) = Decoder::field(m, "expect") {
        let mut out = BTreeMap::new();
        for (k, v) in d.members(e, "expect").map(|m| m.to_vec()).unwrap_or_default() {
            let verdict = match &v {
                Value::String(s) => Verdict::from_id(s).or_else(|| {
                    let all = Verdict::ALL.map(Verdict::id).join(", ");
                    d.error(format!("expect.{k}"), format!("\"{s}\" is not a verdict (one of: {all})"));
                    None
                }),
                other => {
                    d.error(format!("expect.{k}"), format!("expected a verdict string, found {}", other.kind()));
                    None
                }
            };
            if let (Some(p), Some(verdict)) = (pathway(d, "expect", &k), verdict) {
                out.insert(p, verdict);
            }
        }
        expect = Some(out);
    }
    let mut expect_citation = None;
    if let Some(e) = Decoder::field(m, "expect_citation") {
        let mut out = BTreeMap::new();
        for (k, v) in d.members(e, "expect_citation").map(|m| m.to_vec()).unwrap_or_default() {
            let text = match &v {
                Value::String(s) => Some(s.clone()),
                other => {
                    d.error(format!("expect_citation.{k}"), format!("expected a string, found {}", other.kind()));
                    None
                }
            };
            if let (Some(p), Some(t)) = (pathway(d, "expect_citation", &k), text) {
                out.insert(p, t);
            }
        }
        expect_citation = Some(out);
    }
    Some(ScenarioFile { id, title, basis, case: case?, expect, expect_citation })
}

fn case(v: &Value, d: &mut Decoder) -> Option<Case> {
    let p = "case";
    let m = d.object(v, p, &["assessed_on", "child", "asylum_claim", "take_charge_request", "uk_application", "uk_relatives"])?;
    let assessed_on = match Decoder::field(m, "assessed_on") {
        Some(_) => d.date(m, p, "assessed_on"),
        None => {
            d.error("case.assessed_on".into(), "is required but missing".into());
            None
        }
    };
    let child = match Decoder::field(m, "child") {
        Some(c) => child(c, d),
        None => Child::default(),
    };
    let asylum_claim = Decoder::field(m, "asylum_claim").and_then(|c| {
        let p = "case.asylum_claim";
        let m = d.object(c, p, &["status", "country", "lodged_on"])?;
        Some(AsylumClaim {
            status: d.choice(m, p, "status", CLAIM),
            country: d.country(m, p, "country"),
            lodged_on: d.date(m, p, "lodged_on"),
        })
    });
    let take_charge_request = Decoder::field(m, "take_charge_request").and_then(|t| {
        let p = "case.take_charge_request";
        let m = d.object(t, p, &["status", "sent_on", "received_before_cutoff_time", "uk_decision", "decided_on"])?;
        Some(TakeChargeRequest {
            status: d.choice(m, p, "status", REQUEST),
            sent_on: d.date(m, p, "sent_on"),
            received_before_cutoff_time: d.boolean(m, p, "received_before_cutoff_time"),
            uk_decision: d.choice(m, p, "uk_decision", DECISION),
            decided_on: d.date(m, p, "decided_on"),
        })
    });
    let uk_application = Decoder::field(m, "uk_application").and_then(|a| {
        let p = "case.uk_application";
        let m = d.object(a, p, &["submitted_on", "submitted_at"])?;
        Some(UkApplication { submitted_on: d.date(m, p, "submitted_on"), submitted_at: d.time(m, p, "submitted_at") })
    });
    let uk_relatives = match Decoder::field(m, "uk_relatives") {
        None => None,
        Some(Value::Array(items)) => {
            Some(items.iter().enumerate().filter_map(|(i, r)| relative(r, &format!("case.uk_relatives[{i}]"), d)).collect())
        }
        Some(other) => {
            d.error("case.uk_relatives".into(), format!("expected a list (or null), found {}", other.kind()));
            None
        }
    };
    Some(Case { assessed_on: assessed_on?, child, asylum_claim, take_charge_request, uk_application, uk_relatives })
}

fn child(v: &Value, d: &mut Decoder) -> Child {
    let p = "case.child";
    let known = [
        "date_of_birth",
        "age_years",
        "age_disputed",
        "nationality",
        "location",
        "unaccompanied",
        "married",
        "arrived_in_europe_on",
        "in_calais_camp_on_2016_10_24",
        "referred_as_high_risk_of_exploitation",
        "accompanying_sibling_of_eligible_child",
        "referred_by_authorities",
        "best_interests_against_uk",
    ];
    let Some(m) = d.object(v, p, &known) else { return Child::default() };
    Child {
        date_of_birth: d.date(m, p, "date_of_birth"),
        age_years: d.whole(m, p, "age_years"),
        age_disputed: d.boolean(m, p, "age_disputed"),
        nationality: d.country(m, p, "nationality"),
        location: d.country(m, p, "location"),
        unaccompanied: d.boolean(m, p, "unaccompanied"),
        married: d.boolean(m, p, "married"),
        arrived_in_europe_on: d.date(m, p, "arrived_in_europe_on"),
        in_calais_camp_on_2016_10_24: d.boolean(m, p, "in_calais_camp_on_2016_10_24"),
        referred_as_high_risk_of_exploitation: d.boolean(m, p, "referred_as_high_risk_of_exploitation"),
        accompanying_sibling_of_eligible_child: d.boolean(m, p, "accompanying_sibling_of_eligible_child"),
        referred_by_authorities: d.boolean(m, p, "referred_by_authorities"),
        best_interests_against_uk: d.boolean(m, p, "best_interests_against_uk"),
    }
}

fn relative(v: &Value, p: &str, d: &mut Decoder) -> Option<Relative> {
    let m = d.object(v, p, &["relation", "adult", "status", "able_to_care", "family_before_flight", "written_consent"])?;
    Some(Relative {
        relation: d.choice(m, p, "relation", &Relation::ALL.map(|r| (r.id(), r))),
        adult: d.boolean(m, p, "adult"),
        status: d.choice(m, p, "status", &UkStatus::ALL.map(|u| (u.id(), u))),
        able_to_care: d.boolean(m, p, "able_to_care"),
        family_before_flight: d.boolean(m, p, "family_before_flight"),
        written_consent: d.boolean(m, p, "written_consent"),
    })
}

// Writing.

fn s(v: impl ToString) -> Value {
    Value::String(v.to_string())
}
fn opt<T>(v: Option<T>, f: impl Fn(T) -> Value) -> Value {
    v.map_or(Value::Null, f)
}
fn name_of<T: PartialEq + Copy>(options: &[(&str, T)], v: T) -> Value {
    options.iter().find(|(_, x)| *x == v).map_or(Value::Null, |(n, _)| s(n))
}
fn obj(members: Vec<(&str, Value)>) -> Value {
    Value::Object(members.into_iter().map(|(k, v)| (k.to_string(), v)).collect())
}

/// The case as JSON in the scenario format, every field written (null for "don't know").
pub fn case_to_value(c: &Case) -> Value {
    let ch = &c.child;
    let b = |v: Option<bool>| opt(v, Value::Bool);
    obj(vec![
        ("assessed_on", s(c.assessed_on)),
        (
            "child",
            obj(vec![
                ("date_of_birth", opt(ch.date_of_birth, s)),
                ("age_years", opt(ch.age_years, |a| Value::Number(a.to_string()))),
                ("age_disputed", b(ch.age_disputed)),
                ("nationality", opt(ch.nationality, s)),
                ("location", opt(ch.location, s)),
                ("unaccompanied", b(ch.unaccompanied)),
                ("married", b(ch.married)),
                ("arrived_in_europe_on", opt(ch.arrived_in_europe_on, s)),
                ("in_calais_camp_on_2016_10_24", b(ch.in_calais_camp_on_2016_10_24)),
                ("referred_as_high_risk_of_exploitation", b(ch.referred_as_high_risk_of_exploitation)),
                ("accompanying_sibling_of_eligible_child", b(ch.accompanying_sibling_of_eligible_child)),
                ("referred_by_authorities", b(ch.referred_by_authorities)),
                ("best_interests_against_uk", b(ch.best_interests_against_uk)),
            ]),
        ),
        (
            "asylum_claim",
            opt(c.asylum_claim.as_ref(), |a| {
                obj(vec![
                    ("status", opt(a.status, |x| name_of(CLAIM, x))),
                    ("country", opt(a.country, s)),
                    ("lodged_on", opt(a.lodged_on, s)),
                ])
            }),
        ),
        (
            "take_charge_request",
            opt(c.take_charge_request.as_ref(), |t| {
                obj(vec![
                    ("status", opt(t.status, |x| name_of(REQUEST, x))),
                    ("sent_on", opt(t.sent_on, s)),
                    ("received_before_cutoff_time", b(t.received_before_cutoff_time)),
                    ("uk_decision", opt(t.uk_decision, |x| name_of(DECISION, x))),
                    ("decided_on", opt(t.decided_on, s)),
                ])
            }),
        ),
        (
            "uk_application",
            opt(c.uk_application.as_ref(), |a| {
                obj(vec![("submitted_on", opt(a.submitted_on, s)), ("submitted_at", opt(a.submitted_at, s))])
            }),
        ),
        (
            "uk_relatives",
            opt(c.uk_relatives.as_ref(), |list| {
                Value::Array(
                    list.iter()
                        .map(|r| {
                            obj(vec![
                                ("relation", opt(r.relation, |x| s(x.id()))),
                                ("adult", b(r.adult)),
                                ("status", opt(r.status, |x| s(x.id()))),
                                ("able_to_care", b(r.able_to_care)),
                                ("family_before_flight", b(r.family_before_flight)),
                                ("written_consent", b(r.written_consent)),
                            ])
                        })
                        .collect(),
                )
            }),
        ),
    ])
}

/// A scenario file with just this case, as text (what the app exports).
pub fn case_file_text(c: &Case) -> String {
    crate::json::to_pretty(&obj(vec![("case", case_to_value(c))]))
}
