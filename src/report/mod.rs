//! Presenting an assessment outside the app: the CLI's JSON and the readable text report (also
//! the app's "Copy as text"). Texts come from a catalog, so the report follows the language.

pub mod rules_page;

use crate::i18n::{Catalog, Format, Plain};
use crate::json::Value;
use crate::rules::{Assessment, Cite, Confidence, Deadline, DeadlineKind, PathwayResult, RouteStatus};

fn s(v: impl ToString) -> Value {
    Value::String(v.to_string())
}
fn obj(members: Vec<(&str, Value)>) -> Value {
    Value::Object(members.into_iter().map(|(k, v)| (k.to_string(), v)).collect())
}

fn cite_json(c: Cite, cat: &Catalog) -> Value {
    let info = c.info();
    obj(vec![
        ("text", s(info.text)),
        ("url", s(info.url)),
        ("confidence", s(confidence_id(info.confidence))),
        ("confidence_text", s(cat.text(confidence_key(info.confidence)))),
    ])
}

fn confidence_id(c: Confidence) -> &'static str {
    match c {
        Confidence::Verified => "verified",
        Confidence::Secondary => "secondary",
        Confidence::Unverified => "unverified",
    }
}

pub fn confidence_key(c: Confidence) -> &'static str {
    match c {
        Confidence::Verified => "confidence.verified",
        Confidence::Secondary => "confidence.secondary",
        Confidence::Unverified => "confidence.unverified",
    }
}

pub fn deadline_key(k: DeadlineKind) -> &'static str {
    match k {
        DeadlineKind::EighteenthBirthday => "deadline.eighteenth_birthday",
        DeadlineKind::DublinRequest => "deadline.dublin_request",
        DeadlineKind::DublinReply => "deadline.dublin_reply",
        DeadlineKind::DublinTransfer => "deadline.dublin_transfer",
        DeadlineKind::SchemeEnd => "deadline.scheme_end",
    }
}

/// "Closed since 15:00 UK time on 4 September 2025", in the catalog's language.
pub fn status_text(st: &RouteStatus, cat: &Catalog, fmt: &dyn Format) -> String {
    let date = |d| fmt.date(d);
    let fill = |key: &str, vals: &[(&str, String)]| {
        crate::i18n::fill(&cat.text(key), &|n| vals.iter().find(|(k, _)| *k == n).map(|(_, v)| v.clone()))
    };
    match st {
        RouteStatus::Open { since: None, until: None, .. } => cat.text("route.open"),
        RouteStatus::Open { since: Some(s), until: None, .. } => fill("route.open_since", &[("since", date(*s))]),
        RouteStatus::Open { since: None, until: Some(u), .. } => fill("route.open_until", &[("until", date(*u))]),
        RouteStatus::Open { since: Some(s), until: Some(u), .. } => fill("route.open_between", &[("since", date(*s)), ("until", date(*u))]),
        RouteStatus::Closed { since, time: None, .. } => fill("route.closed", &[("since", date(*since))]),
        RouteStatus::Closed { since, time: Some(t), .. } => fill("route.closed_at", &[("since", date(*since)), ("time", t.to_string())]),
        RouteStatus::NotYetInForce { from, .. } => fill("route.not_yet", &[("from", date(*from))]),
    }
}

fn status_parts(st: &RouteStatus) -> (&'static str, Cite) {
    match st {
        RouteStatus::Open { cite, .. } => ("open", *cite),
        RouteStatus::Closed { cite, .. } => ("closed", *cite),
        RouteStatus::NotYetInForce { cite, .. } => ("not_yet_in_force", *cite),
    }
}

fn deadline_kind_id(k: DeadlineKind) -> &'static str {
    deadline_key(k).trim_start_matches("deadline.")
}

fn deadline_json(d: &Deadline, cat: &Catalog) -> Value {
    obj(vec![
        ("kind", s(deadline_kind_id(d.kind))),
        ("label", s(cat.text(deadline_key(d.kind)))),
        ("earliest", s(d.earliest)),
        ("latest", s(d.latest)),
        ("time", d.time.map_or(Value::Null, s)),
        ("days_left", Value::Number(d.days_left.to_string())),
        ("citation", cite_json(d.cite, cat)),
    ])
}

fn pathway_json(p: &PathwayResult, cat: &Catalog) -> Value {
    let (state, cite) = status_parts(&p.status);
    obj(vec![
        ("id", s(p.pathway.id())),
        ("name", s(cat.text(&format!("pathway.{}", p.pathway.id())))),
        ("verdict", s(p.verdict.id())),
        ("verdict_text", s(cat.text(&format!("verdict.{}", p.verdict.id())))),
        (
            "reasons",
            Value::Array(
                p.reasons
                    .iter()
                    .map(|r| {
                        obj(vec![
                            ("key", s(r.msg.key)),
                            ("text", s(cat.render(&r.msg))),
                            ("citation", cite_json(r.cite, cat)),
                            ("unverified", Value::Bool(r.cite.info().confidence == Confidence::Unverified)),
                        ])
                    })
                    .collect(),
            ),
        ),
        (
            "missing",
            Value::Array(
                p.missing
                    .iter()
                    .map(|mi| {
                        obj(vec![("fact", s(mi.fact.path())), ("text", s(fact_text(mi.fact, cat))), ("evidence", s(cat.text(mi.evidence)))])
                    })
                    .collect(),
            ),
        ),
        ("deadlines", Value::Array(p.deadlines.iter().map(|d| deadline_json(d, cat)).collect())),
        (
            "status",
            obj(vec![("state", s(state)), ("text", s(status_text(&p.status, cat, &Plain(cat)))), ("citation", cite_json(cite, cat))]),
        ),
        ("next_steps", Value::Array(p.next_steps.iter().map(|x| s(cat.render(x))).collect())),
    ])
}

/// The plain-words name of a fact ("whether relative 2 is an adult").
pub fn fact_text(f: crate::rules::Fact, cat: &Catalog) -> String {
    let n = f.relative().map(|i| (i + 1).to_string()).unwrap_or_default();
    crate::i18n::fill(&cat.text(f.label_key()), &|name| (name == "n").then(|| n.clone()))
}

/// The assessment as JSON, with every text rendered in the catalog's language.
pub fn to_json(a: &Assessment, cat: &Catalog) -> Value {
    obj(vec![
        ("assessed_on", s(a.assessed_on)),
        ("rules_version", s(a.rules_version)),
        ("law_checked_to", s(a.law_checked_to)),
        ("eighteenth_birthday", a.eighteenth_birthday.as_ref().map_or(Value::Null, |d| deadline_json(d, cat))),
        ("pathways", Value::Array(a.pathways.iter().map(|p| pathway_json(p, cat)).collect())),
        (
            "notes",
            Value::Array(
                a.notes.iter().map(|r| obj(vec![("text", s(cat.render(&r.msg))), ("citation", cite_json(r.cite, cat))])).collect(),
            ),
        ),
    ])
}

/// A readable report: likely and possible routes first.
pub fn to_text(a: &Assessment, cat: &Catalog, fmt: &dyn Format) -> String {
    let date = |d| fmt.date(d);
    let mut out = String::new();
    let line = |out: &mut String, s: &str| {
        out.push_str(s);
        out.push('\n');
    };
    line(&mut out, &format!("Pathways: {} {}", cat.text("report.assessed_on"), date(a.assessed_on)));
    line(
        &mut out,
        &format!(
            "{} {} ({} {})",
            cat.text("report.rules_version"),
            a.rules_version,
            cat.text("report.reviewed_on"),
            date(a.law_checked_to)
        ),
    );
    line(&mut out, &cat.text("report.not_legal_advice"));
    if let Some(d) = &a.eighteenth_birthday {
        line(&mut out, "");
        line(&mut out, &deadline_line(d, cat, fmt));
    }
    for p in a.by_hope() {
        line(&mut out, "");
        let name = cat.text(&format!("pathway.{}", p.pathway.id()));
        let verdict = cat.text(&format!("verdict.{}", p.verdict.id()));
        line(&mut out, &format!("## {name}: {}", verdict.to_uppercase()));
        line(&mut out, &format!("   {}", status_text(&p.status, cat, fmt)));
        for r in &p.reasons {
            let info = r.cite.info();
            let mark =
                if info.confidence == Confidence::Unverified { format!(" [{}]", cat.text("confidence.unverified")) } else { String::new() };
            line(&mut out, &format!(" - {} ({}{mark})", cat.render_with(&r.msg, fmt), info.text));
        }
        for d in &p.deadlines {
            line(&mut out, &format!(" ! {}", deadline_line(d, cat, fmt)));
        }
        for mi in &p.missing {
            line(&mut out, &format!(" ? {}: {}", fact_text(mi.fact, cat), cat.text(mi.evidence)));
        }
        for x in &p.next_steps {
            line(&mut out, &format!(" > {}", cat.render_with(x, fmt)));
        }
    }
    if !a.notes.is_empty() {
        line(&mut out, "");
        for n in &a.notes {
            line(&mut out, &format!("* {}", cat.render_with(&n.msg, fmt)));
        }
    }
    out
}

/// "18th birthday: 1 March 2026 (95 days left)".
pub fn deadline_line(d: &Deadline, cat: &Catalog, fmt: &dyn Format) -> String {
    let date = |x| fmt.date(x);
    let when = if d.earliest == d.latest {
        date(d.earliest)
    } else {
        crate::i18n::fill(&cat.text("report.between"), &|n| match n {
            "earliest" => Some(date(d.earliest)),
            "latest" => Some(date(d.latest)),
            _ => None,
        })
    };
    let when = match d.time {
        Some(t) => format!("{when}, {t}"),
        None => when,
    };
    let left = crate::i18n::fill(&cat.text(if d.days_left == 1 { "report.day_left" } else { "report.days_left" }), &|n| {
        (n == "days").then(|| fmt.number(d.days_left))
    });
    crate::i18n::fill(&cat.text("report.label_value"), &|n| match n {
        "label" => Some(cat.text(deadline_key(d.kind))),
        "value" => Some(format!("{when} ({left})")),
        _ => None,
    })
}
