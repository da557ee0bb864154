//! Presenting an assessment outside the app: the CLI's JSON and the readable text report (also
//! the app's "Copy as text"). Texts come from a catalog, so the report follows the language.

pub mod answers;
pub mod rules_page;

pub mod banners;

use crate::i18n::{Catalog, Format, Plain};
use crate::msg::{message, Arg, Msg};
use crate::rules::{Assessment, Cite, Confidence, Deadline, DeadlineKind, PathwayResult, RouteStatus};
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

/// The id of a deadline's kind, as the JSON report gives it: `eighteenth_birthday`, `dublin_request`.
pub fn deadline_kind_id(k: DeadlineKind) -> &'static str {
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
/// result page's banners (`banners.rs`), the answers, then every route (likely and possible
/// first) with its deadlines, next steps and what is missing, then its status, reasons and
/// sources; and the notes. No interface words.
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
    // The banners of the result page: the rules' age, the deadline to act on first, the 18th birthday.
    let banners = banners::banners(a);
    if !banners.is_empty() {
        line(&mut out, "");
    }
    for b in &banners {
        for (i, m) in b.lines.iter().enumerate() {
            out.push_str(if i == 0 { "" } else { " " });
            out.push_str(&cat.render_with(m, fmt));
        }
        out.push('\n');
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
        // What to do first, as on the card: the deadlines, the next steps, what is missing; then
        // the route's status and the reasons with their sources.
        for d in &p.deadlines {
            line(&mut out, &format!(" ! {}", deadline_line(d, cat, fmt)));
        }
        if let Some(later) = later_end(p, a) {
            line(&mut out, &format!(" ! {}", cat.render_with(&later, fmt)));
        }
        for x in &p.next_steps {
            line(&mut out, &format!(" > {}", cat.render_with(x, fmt)));
        }
        for mi in &p.missing {
            line(&mut out, &format!(" ? {}: {}", cat.render_with(&mi.fact.label(), fmt), cat.text(mi.evidence)));
        }
        line(&mut out, &format!("   {}", status_text(&p.status, cat, fmt)));
        for r in &p.reasons {
            let info = r.cite.info();
            let mark =
                if info.confidence == Confidence::Unverified { format!(" [{}]", cat.text("confidence.unverified")) } else { String::new() };
            line(&mut out, &format!(" - {} ({}{mark})", cat.render_with(&r.msg, fmt), info.text));
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

/// What a deadline is: "18th birthday", "Last day this route is open".
pub fn deadline_label(d: &Deadline) -> Msg {
    match d.kind {
        DeadlineKind::AgeLimit(age) => message(deadline_key(d.kind)).int("age", age.into()),
        kind => message(deadline_key(kind)),
    }
}

/// When a deadline falls, seen from the assessment date: "today, 31 December 2020, until 23:00
/// UK time", "tomorrow, 1 March 2026", "between 2 February 2025 and 1 February 2026".
pub fn deadline_when(d: &Deadline) -> Msg {
    if d.earliest != d.latest {
        return if d.days_left <= 0 {
            message("deadline.range_now").date("earliest", d.earliest).date("latest", d.latest)
        } else {
            deadline_day(d)
        };
    }
    let key = match (d.days_left, d.time.is_some()) {
        (0, true) => "deadline.today_until",
        (0, false) => "deadline.today",
        (1, _) => "deadline.tomorrow",
        _ => return deadline_day(d),
    };
    with_time(message(key).date("date", d.earliest), d)
}

fn with_time(m: Msg, d: &Deadline) -> Msg {
    match d.time {
        Some(t) => m.arg("time", Arg::Time(t)),
        None => m,
    }
}

/// When a deadline falls, in words that stay true on any day (a calendar's): "31 December 2020,
/// 23:00 UK time", "1 March 2026", "between 2 February 2025 and 1 February 2026".
pub fn deadline_day(d: &Deadline) -> Msg {
    if d.earliest != d.latest {
        return message("report.between").date("earliest", d.earliest).date("latest", d.latest);
    }
    let key = if d.time.is_some() { "deadline.on_at" } else { "deadline.date" };
    with_time(message(key).date("date", d.earliest), d)
}

/// How many days are left: "95 days left"; from the earliest day of a range, "at least 731 days
/// left". None on the day itself or after.
pub fn deadline_left(d: &Deadline) -> Option<Msg> {
    let key = if d.earliest != d.latest { "report.days_left_at_least" } else { "report.days_left" };
    (d.days_left > 0).then(|| message(key).int("days", d.days_left))
}

/// A deadline in words, seen from the assessment date: "18th birthday: 1 March 2026 (95 days
/// left)", "Last day this route is open: today, 31 December 2020, until 23:00 UK time".
pub fn deadline_msg(d: &Deadline) -> Msg {
    message("report.label_value").arg("label", Arg::Nested(Box::new(deadline_label(d)))).arg("value", Arg::Nested(Box::new(when_left(d))))
}

/// The day, and the days left: "1 March 2026 (95 days left)".
pub fn when_left(d: &Deadline) -> Msg {
    match deadline_left(d) {
        Some(left) => {
            message("deadline.left").arg("when", Arg::Nested(Box::new(deadline_when(d)))).arg("left", Arg::Nested(Box::new(left)))
        }
        None => deadline_when(d),
    }
}

/// [`deadline_msg`] as text.
pub fn deadline_line(d: &Deadline, cat: &Catalog, fmt: &dyn Format) -> String {
    cat.render_with(&deadline_msg(d), fmt)
}

/// For a historic assessment, the end of a route still open to the child that was not known yet
/// on that day: "This route later closed: its last day was 31 December 2020, 23:00 UK time (not
/// yet known on 15 October 2019)". An end after the day the law was checked is said as set for
/// that day.
pub fn later_end(p: &PathwayResult, a: &Assessment) -> Option<Msg> {
    let RouteStatus::Open { later: Some(((last, time), _)), .. } = &p.status else { return None };
    if !matches!(p.verdict, crate::rules::Verdict::Likely | crate::rules::Verdict::Possible) {
        return None;
    }
    let day = match time {
        Some(t) => message("deadline.on_at").date("date", *last).arg("time", Arg::Time(*t)),
        None => message("deadline.date").date("date", *last),
    };
    let key = if *last <= a.law_checked_to { "route.later_closed" } else { "route.later_end" };
    Some(message(key).arg("last", Arg::Nested(Box::new(day))).date("on", a.assessed_on))
}

/// The open deadlines of a case: each deadline of a route that is likely or possible, with its
/// route, in the routes' order (what a calendar of the case holds; the result page offers one
/// only when there is any).
pub fn open_deadlines(a: &Assessment) -> impl Iterator<Item = (&PathwayResult, &Deadline)> {
    use crate::rules::Verdict;
    a.pathways
        .iter()
        .filter(|p| matches!(p.verdict, Verdict::Likely | Verdict::Possible))
        .flat_map(|p| p.deadlines.iter().map(move |d| (p, d)))
}
