//! Presenting an assessment outside the app: the CLI's JSON and the readable text report (also
//! the app's "Copy as text"). Texts come from a catalog, so the report follows the language.

use crate::i18n::Catalog;
use crate::rules::{Assessment, Cite, Confidence, Deadline, DeadlineKind, PathwayResult, RouteStatus};
use serde_json::{json, Value};

fn cite_json(c: Cite, cat: &Catalog) -> Value {
    let info = c.info();
    json!({"text": info.text, "url": info.url, "confidence": confidence_id(info.confidence), "confidence_text": cat.text(confidence_key(info.confidence))})
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
pub fn status_text(s: &RouteStatus, cat: &Catalog, date: &dyn Fn(crate::date::Date) -> String) -> String {
    let fill = |key: &str, vals: &[(&str, String)]| {
        crate::i18n::fill(&cat.text(key), &|n| vals.iter().find(|(k, _)| *k == n).map(|(_, v)| v.clone()))
    };
    match s {
        RouteStatus::Open { since: None, until: None, .. } => cat.text("route.open"),
        RouteStatus::Open { since: Some(s), until: None, .. } => fill("route.open_since", &[("since", date(*s))]),
        RouteStatus::Open { since: None, until: Some(u), .. } => fill("route.open_until", &[("until", date(*u))]),
        RouteStatus::Open { since: Some(s), until: Some(u), .. } => fill("route.open_between", &[("since", date(*s)), ("until", date(*u))]),
        RouteStatus::Closed { since, time: None, .. } => fill("route.closed", &[("since", date(*since))]),
        RouteStatus::Closed { since, time: Some(t), .. } => fill("route.closed_at", &[("since", date(*since)), ("time", t.to_string())]),
        RouteStatus::NotYetInForce { from, .. } => fill("route.not_yet", &[("from", date(*from))]),
    }
}

fn status_cite(s: &RouteStatus) -> Cite {
    match s {
        RouteStatus::Open { cite, .. } | RouteStatus::Closed { cite, .. } | RouteStatus::NotYetInForce { cite, .. } => *cite,
    }
}

fn deadline_json(d: &Deadline, cat: &Catalog) -> Value {
    json!({
        "kind": serde_json::to_value(d.kind).unwrap_or(Value::Null),
        "label": cat.text(deadline_key(d.kind)),
        "earliest": d.earliest.to_string(),
        "latest": d.latest.to_string(),
        "time": d.time.map(|t| t.to_string()),
        "days_left": d.days_left,
        "citation": cite_json(d.cite, cat),
    })
}

fn pathway_json(p: &PathwayResult, cat: &Catalog) -> Value {
    json!({
        "id": p.pathway.id(),
        "name": cat.text(&format!("pathway.{}", p.pathway.id())),
        "verdict": p.verdict.id(),
        "verdict_text": cat.text(&format!("verdict.{}", p.verdict.id())),
        "reasons": p.reasons.iter().map(|r| json!({
            "key": r.msg.key,
            "text": cat.render(&r.msg),
            "citation": cite_json(r.cite, cat),
            "unverified": r.cite.info().confidence == Confidence::Unverified,
        })).collect::<Vec<_>>(),
        "missing": p.missing.iter().map(|mi| json!({
            "fact": mi.fact.path(),
            "text": fact_text(mi.fact, cat),
            "evidence": cat.text(mi.evidence),
        })).collect::<Vec<_>>(),
        "deadlines": p.deadlines.iter().map(|d| deadline_json(d, cat)).collect::<Vec<_>>(),
        "status": {
            "state": serde_json::to_value(&p.status).ok().and_then(|v| v.get("state").cloned()).unwrap_or(Value::Null),
            "text": status_text(&p.status, cat, &|d| cat.date(d)),
            "citation": cite_json(status_cite(&p.status), cat),
        },
        "next_steps": p.next_steps.iter().map(|s| cat.render(s)).collect::<Vec<_>>(),
    })
}

/// The plain-words name of a fact ("whether relative 2 is an adult").
pub fn fact_text(f: crate::rules::Fact, cat: &Catalog) -> String {
    let n = f.relative().map(|i| (i + 1).to_string()).unwrap_or_default();
    crate::i18n::fill(&cat.text(f.label_key()), &|name| (name == "n").then(|| n.clone()))
}

/// The assessment as JSON, with every text rendered in the catalog's language.
pub fn to_json(a: &Assessment, cat: &Catalog) -> Value {
    json!({
        "assessed_on": a.assessed_on.to_string(),
        "rules_version": a.rules_version,
        "rules_reviewed_on": a.rules_reviewed_on.to_string(),
        "eighteenth_birthday": a.eighteenth_birthday.as_ref().map(|d| deadline_json(d, cat)),
        "pathways": a.pathways.iter().map(|p| pathway_json(p, cat)).collect::<Vec<_>>(),
        "notes": a.notes.iter().map(|r| json!({"text": cat.render(&r.msg), "citation": cite_json(r.cite, cat)})).collect::<Vec<_>>(),
    })
}

/// A readable report: likely and possible routes first.
pub fn to_text(a: &Assessment, cat: &Catalog, date: &dyn Fn(crate::date::Date) -> String) -> String {
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
            date(a.rules_reviewed_on)
        ),
    );
    line(&mut out, &cat.text("report.not_legal_advice"));
    if let Some(d) = &a.eighteenth_birthday {
        line(&mut out, "");
        line(&mut out, &deadline_line(d, cat, date));
    }
    for p in a.by_hope() {
        line(&mut out, "");
        let name = cat.text(&format!("pathway.{}", p.pathway.id()));
        let verdict = cat.text(&format!("verdict.{}", p.verdict.id()));
        line(&mut out, &format!("## {name}: {}", verdict.to_uppercase()));
        line(&mut out, &format!("   {}", status_text(&p.status, cat, date)));
        for r in &p.reasons {
            let info = r.cite.info();
            let mark =
                if info.confidence == Confidence::Unverified { format!(" [{}]", cat.text("confidence.unverified")) } else { String::new() };
            line(&mut out, &format!(" - {} ({}{mark})", cat.render_with(&r.msg, date), info.text));
        }
        for d in &p.deadlines {
            line(&mut out, &format!(" ! {}", deadline_line(d, cat, date)));
        }
        for mi in &p.missing {
            line(&mut out, &format!(" ? {}: {}", fact_text(mi.fact, cat), cat.text(mi.evidence)));
        }
        for s in &p.next_steps {
            line(&mut out, &format!(" > {}", cat.render_with(s, date)));
        }
    }
    if !a.notes.is_empty() {
        line(&mut out, "");
        for n in &a.notes {
            line(&mut out, &format!("* {}", cat.render_with(&n.msg, date)));
        }
    }
    out
}

/// "18th birthday: 1 March 2026 (95 days left)".
pub fn deadline_line(d: &Deadline, cat: &Catalog, date: &dyn Fn(crate::date::Date) -> String) -> String {
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
        (n == "days").then(|| d.days_left.to_string())
    });
    format!("{}: {when} ({left})", cat.text(deadline_key(d.kind)))
}
