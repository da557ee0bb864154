//! At the caseworker's desk: many case files at once, one row each, the nearest deadline first
//! (`pathways triage`). Pure: the caller reads the files and the clock and gives each file's name
//! and text, and the date to judge every file on (today, or `--as-of`), which replaces the file's
//! own `assessed_on`. Every fact of a row comes from the engine's assessment (its next deadline,
//! the 18th birthday, the verdicts, the missing facts) and from `casefile::changes`.

use crate::casefile::{changes, parse_case_file};
use crate::date::Date;
use crate::report::deadline_kind_id;
use crate::rules::{evaluate, Age, Assessment, Deadline, PathwayId, Tri, Verdict};
use crate::validate::validate;
use serde::Serialize;

/// One file's line of the table. A file that could not be read has only its name and `errors`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Row {
    pub file: String,
    /// `under 16`, `16-17`, `18 or over`, `about N` (a stated age that may have crossed a band
    /// since the file's own date), `unknown`; empty for a file that could not be read.
    pub age: String,
    /// The nearest open deadline: a route's (`next_deadline`) or the 18th birthday.
    pub deadline: Option<NextDeadline>,
    pub likely: Vec<&'static str>,
    pub possible: Vec<&'static str>,
    /// When the file says what it was saved with: the rules then and the verdicts that changed.
    pub changed: Option<Changed>,
    /// The paths of the facts the engine lists as missing, each once, in RULES.md order.
    pub missing: Vec<String>,
    /// Why the file could not be read (`path: message`, as `pathways evaluate` says it); empty if read.
    pub errors: Vec<String>,
}

/// A deadline as the row gives it: the engine's `Deadline`, with its route.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct NextDeadline {
    /// The pathway id; none for an 18th birthday that no open route counts down to.
    pub route: Option<&'static str>,
    /// `eighteenth_birthday`, `dublin_request`, … (as in `pathways evaluate`'s JSON).
    pub kind: &'static str,
    /// The day (for an 18th birthday known from a stated age, a range of days).
    pub earliest: Date,
    pub latest: Date,
    /// A time of day that matters (`23:00`, UK time).
    pub time: Option<String>,
    /// Days from the date of the triage to `earliest` (below zero for an 18th birthday known
    /// from a stated age whose first possible day has passed: it may be any day now).
    pub days_left: i64,
    #[serde(skip)]
    when: (Date, crate::case::Time),
}

/// What changed since the file was saved: the rules version then, and each verdict that changed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Changed {
    pub saved_under: String,
    pub changes: Vec<VerdictChange>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct VerdictChange {
    pub pathway: &'static str,
    pub before: &'static str,
    pub after: &'static str,
}

/// The whole table, for JSON.
#[derive(Serialize)]
struct Table<'a> {
    on: Date,
    rules_version: &'static str,
    rows: &'a [Row],
}

/// Every file judged on `on`, the rows in the table's order ([`sort`]).
pub fn triage(files: &[(String, String)], on: Date) -> Vec<Row> {
    let mut rows: Vec<Row> = files.iter().map(|(name, text)| row(name, text, on)).collect();
    sort(&mut rows);
    rows
}

/// One file judged on `on`.
pub fn row(name: &str, text: &str, on: Date) -> Row {
    let file = match parse_case_file(text) {
        Ok(parsed) => parsed.file,
        Err(errors) => return unreadable(name, errors.iter().map(ToString::to_string).collect()),
    };
    let mut case = file.case.clone();
    // A stated age is in whole years on the file's own date (FORMAT.md): the child has aged since.
    if case.child.date_of_birth.is_none() && case.child.age_years.is_some() && case.child.age_stated_on.is_none() {
        case.child.age_stated_on = Some(case.assessed_on);
    }
    case.assessed_on = on;
    // On another date, facts that fitted the file's own date may not (a birth after it).
    let (invalid, _) = validate(&case);
    if !invalid.is_empty() {
        return unreadable(name, invalid.iter().map(ToString::to_string).collect());
    }
    let a = evaluate(&case);
    Row {
        file: name.to_string(),
        age: age_band(&Age::of_case(&case), on),
        deadline: nearest(&a),
        likely: ids(&a, Verdict::Likely),
        possible: ids(&a, Verdict::Possible),
        changed: file.saved_result.as_ref().map(|s| Changed {
            saved_under: s.rules_version.clone(),
            changes: changes(s, &a)
                .iter()
                .map(|c| VerdictChange { pathway: c.pathway.id(), before: c.before.id(), after: c.after.id() })
                .collect(),
        }),
        missing: missing(&a),
        errors: Vec::new(),
    }
}

/// The row of a file that could not be read, with its problems (`path: message` each).
pub fn unreadable(name: &str, errors: Vec<String>) -> Row {
    Row {
        file: name.to_string(),
        age: String::new(),
        deadline: None,
        likely: Vec::new(),
        possible: Vec::new(),
        changed: None,
        missing: Vec::new(),
        errors,
    }
}

/// The table's order: the nearest open deadline first (its day, then its time), then the files
/// with no open deadline, then those that could not be read; by name within each.
pub fn sort(rows: &mut [Row]) {
    rows.sort_by(|a, b| key(a).cmp(&key(b)).then_with(|| a.file.cmp(&b.file)));
}

fn key(r: &Row) -> (u8, Option<(Date, crate::case::Time)>) {
    match (&r.deadline, r.errors.is_empty()) {
        (_, false) => (2, None),
        (Some(d), true) => (0, Some(d.when)),
        (None, true) => (1, None),
    }
}

/// The child's age band on `on`, from the `rules::Age` the engine judged. A stated age is read on
/// the file's own date: on a later day the child may be a year older, and where that may cross a
/// band the row says `about N` (the age at the middle of the possible birth dates).
fn age_band(age: &Age, on: Date) -> String {
    let Some((earliest, latest)) = age.born else { return "unknown".to_string() };
    match (age.minor_on(on), age.under(16, on)) {
        (Tri::No, _) => "18 or over".to_string(),
        (Tri::Yes, Tri::Yes) => "under 16".to_string(),
        (Tri::Yes, Tri::No) => "16-17".to_string(),
        _ => format!("about {}", earliest.add_days(earliest.days_until(latest) / 2).age_on(on)),
    }
}

/// The nearest of the deadline to act on first and the 18th birthday, if it may still be ahead
/// (known from a stated age, its first possible day may have passed: the child may turn 18 any
/// day, the most urgent of all, so its days left are below zero and it comes first); on the same
/// day and time, the route's.
fn nearest(a: &Assessment) -> Option<NextDeadline> {
    let route = a.next_deadline.as_ref().map(|(p, d)| (Some(*p), d));
    let birthday = a.eighteenth_birthday.as_ref().filter(|d| d.latest >= a.assessed_on).map(|d| (None, d));
    let (p, d) = [route, birthday].into_iter().flatten().min_by_key(|(_, d)| d.when())?;
    Some(next_deadline(p, d))
}

fn next_deadline(p: Option<PathwayId>, d: &Deadline) -> NextDeadline {
    NextDeadline {
        route: p.map(PathwayId::id),
        kind: deadline_kind_id(d.kind),
        earliest: d.earliest,
        latest: d.latest,
        time: d.time.map(|t| t.to_string()),
        days_left: d.days_left,
        when: d.when(),
    }
}

fn ids(a: &Assessment, v: Verdict) -> Vec<&'static str> {
    a.pathways.iter().filter(|p| p.verdict == v).map(|p| p.pathway.id()).collect()
}

fn missing(a: &Assessment) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for m in a.pathways.iter().flat_map(|p| &p.missing) {
        let path = m.fact.path();
        if !out.contains(&path) {
            out.push(path);
        }
    }
    out
}

/// The columns of the text and CSV tables: a title and the cell of a row.
struct Column {
    title: &'static str,
    csv: &'static str,
    cell: fn(&Row) -> String,
}

const COLUMNS: [Column; 11] = [
    Column { title: "FILE", csv: "file", cell: |r| r.file.clone() },
    Column { title: "AGE", csv: "age", cell: |r| r.age.clone() },
    Column { title: "ROUTE", csv: "route", cell: |r| deadline_cell(r, |d| d.route.unwrap_or("-").to_string()) },
    Column { title: "DEADLINE", csv: "deadline", cell: |r| deadline_cell(r, |d| d.kind.to_string()) },
    Column { title: "DATE", csv: "date", cell: |r| deadline_cell(r, date_cell) },
    Column { title: "DAYS", csv: "days_left", cell: |r| deadline_cell(r, |d| d.days_left.to_string()) },
    Column { title: "LIKELY", csv: "likely", cell: |r| r.likely.join(" ") },
    Column { title: "POSSIBLE", csv: "possible", cell: |r| r.possible.join(" ") },
    Column { title: "CHANGED SINCE SAVED", csv: "changed_since_saved", cell: changed_cell },
    Column { title: "MISSING", csv: "missing", cell: |r| r.missing.join(" ") },
    Column { title: "ERROR", csv: "error", cell: |r| r.errors.join("\n") },
];

fn deadline_cell(r: &Row, f: fn(&NextDeadline) -> String) -> String {
    r.deadline.as_ref().map(f).unwrap_or_default()
}

/// `2026-03-01`, `2020-12-31 23:00`, or a range of days `2027-04-02..2028-04-01`.
fn date_cell(d: &NextDeadline) -> String {
    let day = if d.earliest == d.latest { d.earliest.to_string() } else { format!("{}..{}", d.earliest, d.latest) };
    match &d.time {
        Some(t) => format!("{day} {t}"),
        None => day,
    }
}

/// `2026.11.2: uk_france_pilot: closed -> possible; …`, or `2026.11.2: no change`.
fn changed_cell(r: &Row) -> String {
    let Some(c) = &r.changed else { return String::new() };
    if c.changes.is_empty() {
        return format!("{}: no change", c.saved_under);
    }
    let each: Vec<String> = c.changes.iter().map(|x| format!("{}: {} -> {}", x.pathway, x.before, x.after)).collect();
    format!("{}: {}", c.saved_under, each.join("; "))
}

/// The table for a terminal: aligned columns of plain text, a heading line, no colours. A line
/// break in a cell (several errors, an odd file name) is shown as ` / `.
pub fn to_text(rows: &[Row]) -> String {
    let cells: Vec<Vec<String>> = std::iter::once(COLUMNS.iter().map(|c| c.title.to_string()).collect())
        .chain(rows.iter().map(|r| COLUMNS.iter().map(|c| one_line(&(c.cell)(r))).collect()))
        .collect();
    let widths: Vec<usize> = (0..COLUMNS.len()).map(|i| cells.iter().map(|l| l[i].chars().count()).max().unwrap_or(0)).collect();
    let mut out = String::new();
    for line in &cells {
        let mut text = String::new();
        for (cell, width) in line.iter().zip(&widths) {
            text.push_str(&format!("{cell:<width$}  "));
        }
        out.push_str(text.trim_end());
        out.push('\n');
    }
    out
}

fn one_line(s: &str) -> String {
    s.lines().collect::<Vec<_>>().join(" / ").replace(['\r', '\t'], " ")
}

/// The table as CSV (RFC 4180): a heading line, CRLF line ends, a field quoted when it holds a
/// comma, a quote or a line break, its quotes doubled. Several errors are lines of one field.
pub fn to_csv(rows: &[Row]) -> String {
    let line = |cells: Vec<String>| cells.iter().map(|c| csv_field(c)).collect::<Vec<_>>().join(",") + "\r\n";
    let mut out = line(COLUMNS.iter().map(|c| c.csv.to_string()).collect());
    for r in rows {
        out.push_str(&line(COLUMNS.iter().map(|c| (c.cell)(r)).collect()));
    }
    out
}

fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// The table as JSON: the date, the rules version and the rows.
pub fn to_json(rows: &[Row], on: Date) -> String {
    let mut out = serde_json::to_string_pretty(&Table { on, rules_version: crate::rules::data::RULES_VERSION, rows }).unwrap_or_default();
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn case(on: &str, child: &str) -> String {
        format!(r#"{{"case": {{"assessed_on": "{on}", "child": {child}}}}}"#)
    }

    #[test]
    fn the_age_band_reads_a_stated_age_on_the_files_own_date() {
        let band = |text: &str, on: Date| row("x", text, on).age;
        let on = Date::ymd(2026, 6, 1);
        assert_eq!(band(&case("2026-06-01", r#"{"date_of_birth": "2011-06-02"}"#), on), "under 16");
        assert_eq!(band(&case("2026-06-01", r#"{"date_of_birth": "2010-06-01"}"#), on), "16-17");
        assert_eq!(band(&case("2026-06-01", r#"{"date_of_birth": "2008-06-01"}"#), on), "18 or over");
        assert_eq!(band(&case("2026-06-01", r#"{"age_years": 17}"#), on), "16-17");
        assert_eq!(band(&case("2026-06-01", "{}"), on), "unknown");
        // Stated 17 on 1 December 2025: born 2 December 2007 to 1 December 2008, so 17 or 18 on
        // 1 June 2026; about 18 (the middle of that year of births is 1 June 2008, 18 that day).
        assert_eq!(band(&case("2025-12-01", r#"{"age_years": 17}"#), on), "about 18");
        assert_eq!(band(&case("2025-12-01", r#"{"age_years": 17}"#), Date::ymd(2026, 5, 31)), "about 17");
        assert_eq!(band(&case("2025-12-01", r#"{"age_years": 17}"#), Date::ymd(2026, 12, 2)), "18 or over");
    }

    #[test]
    fn a_date_that_does_not_fit_the_file_makes_it_unreadable() {
        let r = row("x.json", &case("2026-06-01", r#"{"date_of_birth": "2011-06-02"}"#), Date::ymd(2011, 1, 1));
        assert_eq!(r.errors.len(), 1, "{r:?}");
        assert!(r.errors[0].starts_with("case.child.date_of_birth: "), "{r:?}");
    }

    #[test]
    fn csv_quotes_only_what_needs_it() {
        assert_eq!(csv_field("plain"), "plain");
        assert_eq!(csv_field("a,b"), "\"a,b\"");
        assert_eq!(csv_field("say \"x\""), "\"say \"\"x\"\"\"");
        assert_eq!(csv_field("a\nb"), "\"a\nb\"");
    }
}
