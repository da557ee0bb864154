//! Presenting an assessment outside the app: the CLI's JSON and the readable text report (also
//! the app's "Copy as text"). Texts come from a catalog, so the report follows the language.

pub mod answers;
pub mod rules_page;

use crate::i18n::{Catalog, Format, Plain};
use crate::rules::{Assessment, Cite, Confidence, Deadline, DeadlineKind, PathwayId, PathwayResult, RouteStatus};
use serde::Serialize;

/// A citation as the JSON report gives it.
#[derive(Serialize)]
struct CiteJson {
    text: &'static str,
    url: &'static str,
    confidence: &'static str,
    confidence_text: String,
}

fn cite_json(c: Cite, cat: &Catalog) -> CiteJson {
    let info = c.info();
    CiteJson {
        text: info.text,
        url: info.url,
        confidence: confidence_id(info.confidence),
        confidence_text: cat.text(confidence_key(info.confidence)),
    }
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
        DeadlineKind::AgeLimit(_) => "deadline.age_limit",
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
        RouteStatus::Closed { since, time: Some(t), .. } => fill("route.closed_at", &[("since", date(*since)), ("time", fmt.time(*t))]),
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

#[derive(Serialize)]
struct DeadlineJson {
    kind: &'static str,
    label: String,
    earliest: String,
    latest: String,
    time: Option<String>,
    days_left: i64,
    citation: CiteJson,
}

fn deadline_json(d: &Deadline, cat: &Catalog) -> DeadlineJson {
    DeadlineJson {
        kind: deadline_kind_id(d.kind),
        label: cat.text(deadline_key(d.kind)),
        earliest: d.earliest.to_string(),
        latest: d.latest.to_string(),
        time: d.time.map(|t| t.to_string()),
        days_left: d.days_left,
        citation: cite_json(d.cite, cat),
    }
}

#[derive(Serialize)]
struct ReasonJson {
    key: &'static str,
    text: String,
    citation: CiteJson,
    unverified: bool,
}

#[derive(Serialize)]
struct MissingJson {
    fact: String,
    text: String,
    evidence: String,
}

#[derive(Serialize)]
struct StatusJson {
    state: &'static str,
    text: String,
    citation: CiteJson,
}

#[derive(Serialize)]
struct PathwayJson {
    id: &'static str,
    name: String,
    verdict: &'static str,
    verdict_text: String,
    reasons: Vec<ReasonJson>,
    missing: Vec<MissingJson>,
    deadlines: Vec<DeadlineJson>,
    status: StatusJson,
    next_steps: Vec<String>,
}

fn pathway_json(p: &PathwayResult, cat: &Catalog) -> PathwayJson {
    let (state, cite) = status_parts(&p.status);
    PathwayJson {
        id: p.pathway.id(),
        name: cat.text(p.pathway.name_key()),
        verdict: p.verdict.id(),
        verdict_text: cat.text(p.verdict.name_key()),
        reasons: p
            .reasons
            .iter()
            .map(|r| ReasonJson {
                key: r.msg.key,
                text: cat.render(&r.msg),
                citation: cite_json(r.cite, cat),
                unverified: r.cite.info().confidence == Confidence::Unverified,
            })
            .collect(),
        missing: p
            .missing
            .iter()
            .map(|mi| MissingJson { fact: mi.fact.path(), text: cat.render(&mi.fact.label()), evidence: cat.text(mi.evidence) })
            .collect(),
        deadlines: p.deadlines.iter().map(|d| deadline_json(d, cat)).collect(),
        status: StatusJson { state, text: status_text(&p.status, cat, &Plain(cat)), citation: cite_json(cite, cat) },
        next_steps: p.next_steps.iter().map(|x| cat.render(x)).collect(),
    }
}

#[derive(Serialize)]
struct NoteJson {
    text: String,
    citation: CiteJson,
}

/// A verdict that changed since the case file was saved.
#[derive(Serialize)]
struct ChangeJson {
    pathway: &'static str,
    before: &'static str,
    after: &'static str,
    text: String,
}

/// The JSON report (`pathways evaluate`).
#[derive(Serialize)]
pub struct ReportJson {
    assessed_on: String,
    rules_version: &'static str,
    law_checked_to: String,
    /// When the file was saved under other rules: the verdicts that changed since.
    #[serde(skip_serializing_if = "Option::is_none")]
    changes_since_saved: Option<Vec<ChangeJson>>,
    eighteenth_birthday: Option<DeadlineJson>,
    pathways: Vec<PathwayJson>,
    notes: Vec<NoteJson>,
}

/// The assessment as JSON, with every text rendered in the catalog's language; with the verdicts
/// that changed since the file was saved, if it says what it was judged under.
pub fn to_json(a: &Assessment, saved: Option<&crate::casefile::SavedResult>, cat: &Catalog) -> String {
    let changes = saved.map(|s| {
        crate::casefile::changes(s, a)
            .iter()
            .map(|c| ChangeJson {
                pathway: c.pathway.id(),
                before: c.before.id(),
                after: c.after.id(),
                text: cat.render(&crate::casefile::change_msg(c)),
            })
            .collect()
    });
    let report = ReportJson {
        assessed_on: a.assessed_on.to_string(),
        rules_version: a.rules_version,
        law_checked_to: a.law_checked_to.to_string(),
        changes_since_saved: changes,
        eighteenth_birthday: a.eighteenth_birthday.as_ref().map(|d| deadline_json(d, cat)),
        pathways: a.pathways.iter().map(|p| pathway_json(p, cat)).collect(),
        notes: a.notes.iter().map(|r| NoteJson { text: cat.render(&r.msg), citation: cite_json(r.cite, cat) }).collect(),
    };
    let mut out = serde_json::to_string_pretty(&report).unwrap_or_default();
    out.push('\n');
    out
}

/// The summary of a case as plain text: the command-line report and the app's "Copy as text",
/// which are the printed summary too. What changed since the file was saved (if it says), the
/// deadline to act on first, the 18th birthday, the answers, then every route (likely and
/// possible first) with its reasons and sources, deadlines, what is missing and the next steps,
/// and the notes. No interface words.
pub fn to_text(
    a: &Assessment,
    answers: &answers::Rows,
    saved: Option<&crate::casefile::SavedResult>,
    cat: &Catalog,
    fmt: &dyn Format,
) -> String {
    let date = |d| fmt.date(d);
    let mut out = String::new();
    let line = |out: &mut String, s: &str| {
        out.push_str(s);
        out.push('\n');
    };
    line(&mut out, &format!("{}: {} {}", cat.text("app.name"), cat.text("report.assessed_on"), date(a.assessed_on)));
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
    // First, what changed since the file was saved under other rules.
    if let Some(saved) = saved {
        let changes = crate::casefile::changes(saved, a);
        if !changes.is_empty() {
            line(&mut out, "");
            line(&mut out, &cat.render_with(&crate::casefile::changes_heading(saved), fmt));
            for c in &changes {
                line(&mut out, &format!(" * {}", cat.render_with(&crate::casefile::change_msg(c), fmt)));
            }
        }
    }
    let first = a.next_deadline.as_ref().filter(|(_, d)| d.kind != DeadlineKind::EighteenthBirthday);
    if first.is_some() || a.eighteenth_birthday.is_some() {
        line(&mut out, "");
    }
    if let Some((p, d)) = first {
        line(&mut out, &act_first(*p, d, cat, fmt));
    }
    if let Some(d) = &a.eighteenth_birthday {
        line(&mut out, &deadline_line(d, cat, fmt));
    }
    for (heading, rows) in [("result.answers", &answers.asked), ("result.not_asked", &answers.not_asked)] {
        if !rows.is_empty() {
            line(&mut out, "");
            line(&mut out, &cat.text(heading));
            for (_, q, answer) in rows {
                line(&mut out, &format!(" - {q} {answer}"));
            }
        }
    }
    for p in a.by_hope() {
        line(&mut out, "");
        let name = cat.text(p.pathway.name_key());
        let verdict = cat.text(p.verdict.name_key());
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
            line(&mut out, &format!(" ? {}: {}", cat.render_with(&mi.fact.label(), fmt), cat.text(mi.evidence)));
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

/// The deadline to act on first, with its route: "Act first, for Dublin III: joining family
/// (Article 8): Last day this route is open: today, 31 December 2020, until 23:00 UK time".
pub fn act_first(p: PathwayId, d: &Deadline, cat: &Catalog, fmt: &dyn Format) -> String {
    crate::i18n::fill(&cat.text("report.act_first"), &|n| match n {
        "pathway" => Some(cat.text(p.name_key())),
        "deadline" => Some(deadline_line(d, cat, fmt)),
        _ => None,
    })
}

/// A deadline in words, seen from the assessment date: "18th birthday: 1 March 2026 (95 days
/// left)", "Last day this route is open: today, 31 December 2020, until 23:00 UK time". Never
/// "0 days left" nor a negative count: on and after an 18th birthday it says the child is 18 and
/// that the routes for children have closed.
pub fn deadline_line(d: &Deadline, cat: &Catalog, fmt: &dyn Format) -> String {
    let fill = |key: &str, values: &[(&str, String)]| {
        crate::i18n::fill(&cat.text(key), &|n| values.iter().find(|(k, _)| *k == n).map(|(_, v)| v.clone()))
    };
    let date = fmt.date(d.earliest);
    if d.kind == DeadlineKind::EighteenthBirthday && d.earliest == d.latest && d.days_left <= 0 {
        let key = if d.days_left == 0 { "deadline.eighteen_today" } else { "deadline.eighteen_passed" };
        return fill(key, &[("date", date)]);
    }
    // A time in the language's digits, like the date beside it (one digit system per line).
    let time = d.time.map(|t| fmt.time(t)).unwrap_or_default();
    let when = match (d.earliest == d.latest, d.days_left, d.time.is_some()) {
        (false, left, _) if left <= 0 => fill("deadline.range_now", &[("earliest", date), ("latest", fmt.date(d.latest))]),
        (false, _, _) => fill("report.between", &[("earliest", date), ("latest", fmt.date(d.latest))]),
        (true, 0, true) => fill("deadline.today_until", &[("date", date), ("time", time)]),
        (true, 0, false) => fill("deadline.today", &[("date", date)]),
        (true, 1, _) => fill("deadline.tomorrow", &[("date", date)]),
        (true, _, true) => fill("deadline.on_at", &[("date", date), ("time", time)]),
        (true, _, false) => date,
    };
    let when = if d.days_left > 0 {
        let left = cat.count("report.days_left", d.days_left, fmt, &[]);
        fill("deadline.left", &[("when", when), ("left", left)])
    } else {
        when
    };
    let label = match d.kind {
        DeadlineKind::AgeLimit(age) => fill(deadline_key(d.kind), &[("age", fmt.number(age.into()))]),
        kind => cat.text(deadline_key(kind)),
    };
    fill("report.label_value", &[("label", label), ("value", when)])
}
