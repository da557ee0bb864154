#![cfg(not(target_arch = "wasm32"))]
//! `pathways triage`: many case files, one row each, the nearest deadline first. The library
//! (`pathways::triage`) on generated files whose deadlines are known by construction, and the
//! built tool on files written to disk: the order, an unreadable file, `--as-of`, CSV, JSON and
//! what changed since a file was saved.

use pathways::casefile::parse_case_file;
use pathways::date::Date;
use pathways::rules::{evaluate, PathwayId, Verdict};
use pathways::triage::{row, to_csv, triage};
use std::path::{Path, PathBuf};
use std::process::Command;

const PUBLIC: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/scenarios/public");
const SAVED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/saved-2026.11.2.json");

/// A case of a child born on `dob`, assessed on `on`, and nothing else known.
fn child(on: &str, dob: &str) -> String {
    format!(r#"{{"case": {{"assessed_on": "{on}", "child": {{"date_of_birth": "{dob}"}}}}}}"#)
}

/// A fresh folder for one test's files.
fn folder(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("triage").join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn run(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_pathways")).arg("triage").args(args).output().unwrap();
    (out.status.code().unwrap_or(-1), String::from_utf8(out.stdout).unwrap(), String::from_utf8(out.stderr).unwrap())
}

/// The public scenarios as (name, text), in a scrambled order.
fn public() -> Vec<(String, String)> {
    let mut files: Vec<(String, String)> = std::fs::read_dir(PUBLIC)
        .unwrap()
        .map(|e| e.unwrap().path())
        .map(|p| (p.file_name().unwrap().to_string_lossy().to_string(), std::fs::read_to_string(&p).unwrap()))
        .collect();
    files.sort();
    files.reverse();
    files
}

#[test]
fn the_nearest_deadline_comes_first_then_no_deadline_then_unreadable_files() {
    let on = Date::ymd(2026, 7, 1);
    // 18th birthdays 10, 100 and 1000 days after the triage date, whatever the files' own dates.
    let born = |days: i64| on.add_days(days).anniversary(-18).to_string();
    let files = vec![
        ("broken.json".to_string(), "{\"case\": ".to_string()),
        ("far.json".to_string(), child("2026-01-05", &born(1000))),
        ("adult.json".to_string(), child("2026-07-01", "1990-01-01")),
        ("near.json".to_string(), child("2025-03-01", &born(10))),
        ("middle.json".to_string(), child("2026-07-01", &born(100))),
        ("unknown.json".to_string(), r#"{"case": {"assessed_on": "2026-07-01"}}"#.to_string()),
    ];
    let rows = triage(&files, on);
    let names: Vec<&str> = rows.iter().map(|r| r.file.as_str()).collect();
    assert_eq!(names, ["near.json", "middle.json", "far.json", "adult.json", "unknown.json", "broken.json"]);
    let days: Vec<i64> = rows.iter().filter_map(|r| r.deadline.as_ref()).map(|d| d.days_left).collect();
    assert_eq!(days, [10, 100, 1000]);
    assert!(rows[..3].iter().all(|r| r.deadline.as_ref().unwrap().kind == "eighteenth_birthday"));
    let ages: Vec<&str> = rows.iter().map(|r| r.age.as_str()).collect();
    assert_eq!(ages, ["16-17", "16-17", "under 16", "18 or over", "unknown", ""]);
    assert!(rows[5].errors.len() == 1 && rows[..5].iter().all(|r| r.errors.is_empty()), "{rows:#?}");
}

#[test]
fn over_the_public_scenarios_rows_are_in_order_and_agree_with_the_engine() {
    let on = Date::ymd(2026, 7, 1);
    let files = public();
    let rows = triage(&files, on);
    assert_eq!(rows.len(), files.len());
    // The order: deadlines by day (then time), then the rows without one, each group by name.
    let key = |r: &pathways::triage::Row| r.deadline.as_ref().map(|d| (d.earliest, d.time.clone(), r.file.clone()));
    let with: Vec<_> = rows.iter().take_while(|r| r.deadline.is_some()).map(key).collect();
    assert!(with.len() >= 3, "some scenarios have an open deadline on {on}");
    assert!(with.windows(2).all(|w| w[0] <= w[1]), "{with:#?}");
    let without: Vec<&str> = rows[with.len()..].iter().map(|r| r.file.as_str()).collect();
    assert!(rows[with.len()..].iter().all(|r| r.deadline.is_none()));
    assert!(without.windows(2).all(|w| w[0] < w[1]), "{without:?}");
    // Each row says what the engine says of the case on that date.
    for r in &rows {
        let text = &files.iter().find(|(n, _)| *n == r.file).unwrap().1;
        let mut case = parse_case_file(text).unwrap().file.case;
        if case.child.date_of_birth.is_none() {
            case.child.age_stated_on = Some(case.assessed_on);
        }
        case.assessed_on = on;
        let a = evaluate(&case);
        let of = |v: Verdict| a.pathways.iter().filter(|p| p.verdict == v).map(|p| p.pathway.id()).collect::<Vec<_>>();
        assert_eq!((r.likely.clone(), r.possible.clone()), (of(Verdict::Likely), of(Verdict::Possible)), "{}", r.file);
        // The nearest deadline is no later than any deadline of an open route, and is one of them
        // or the 18th birthday.
        let open: Vec<_> = a.pathways.iter().flat_map(|p| p.deadlines.iter().map(move |d| (p.pathway, d))).collect();
        if let Some(d) = &r.deadline {
            assert!(open.iter().all(|(_, x)| x.earliest >= d.earliest), "{}", r.file);
            let route = d.route.and_then(PathwayId::from_id);
            assert!(open.iter().any(|(p, x)| Some(*p) == route && x.earliest == d.earliest) || route.is_none(), "{}", r.file);
        } else {
            assert!(open.is_empty(), "{}: a deadline of an open route, but none in the row", r.file);
        }
        for m in &r.missing {
            assert!(a.pathways.iter().any(|p| p.missing.iter().any(|x| x.fact.path() == *m)), "{}: {m}", r.file);
        }
    }
}

#[test]
fn a_file_that_cannot_be_read_is_one_row_with_the_evaluate_message_and_exit_code_1() {
    let dir = folder("unreadable");
    std::fs::write(dir.join("good.json"), child("2026-07-01", "2010-01-01")).unwrap();
    let bad = dir.join("bad.json");
    std::fs::write(&bad, r#"{"case": {"assessed_on": "2026-07-01", "child": {"married": "no"}}}"#).unwrap();
    std::fs::create_dir_all(dir.join("deeper")).unwrap();
    std::fs::write(dir.join("deeper/other.json"), child("2026-07-01", "2012-05-05")).unwrap();
    std::fs::write(dir.join("deeper/notes.txt"), "not a case").unwrap();
    let (code, out, _) = run(&[dir.to_str().unwrap(), "--as-of", "2026-07-01", "--format", "json"]);
    assert_eq!(code, 1, "{out}");
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    let rows = json["rows"].as_array().unwrap();
    assert_eq!(rows.len(), 3, "the folder's .json files at any depth, no other: {out}");
    let last = rows.last().unwrap();
    assert_eq!(last["file"], bad.display().to_string());
    // The same words as `pathways evaluate` (which prints `file: path: message`).
    let evaluate = Command::new(env!("CARGO_BIN_EXE_pathways")).arg("evaluate").arg(&bad).output().unwrap();
    let said = String::from_utf8(evaluate.stderr).unwrap();
    let expected: Vec<String> = said.lines().map(|l| l.strip_prefix(&format!("{}: ", bad.display())).unwrap().to_string()).collect();
    assert_eq!(last["errors"], serde_json::json!(expected));
    assert!(expected[0].starts_with("case.child.married: "), "{expected:?}");
    // A file that does not exist is a row too; every file read: 0; a usage error: 2.
    let (code, out, _) = run(&[dir.join("good.json").to_str().unwrap(), "missing.json", "--as-of", "2026-07-01"]);
    assert_eq!(code, 1);
    assert!(out.lines().last().unwrap().starts_with("missing.json") && out.contains("cannot read"), "{out}");
    assert_eq!(run(&[dir.join("good.json").to_str().unwrap(), "--as-of", "2026-07-01"]).0, 0);
    for bad_use in [&["--as-of", "2026-02-30", "x.json"][..], &["x.json", "--format", "xml"], &[], &["x.json", "--as-of"], &["--to", "x"]] {
        let (code, out, err) = run(bad_use);
        assert_eq!(code, 2, "{bad_use:?}: {out}");
        assert!(err.starts_with("triage: ") || err.starts_with("usage:"), "{bad_use:?}: {err}");
    }
}

#[test]
fn as_of_replaces_each_files_date() {
    let dir = folder("as-of");
    // The same child in two files of different dates; the 18th birthday is on 1 March 2027.
    std::fs::write(dir.join("old.json"), child("2020-01-01", "2009-03-01")).unwrap();
    std::fs::write(dir.join("new.json"), child("2026-11-30", "2009-03-01")).unwrap();
    let birthday = Date::ymd(2027, 3, 1);
    for as_of in ["2026-12-01", "2027-02-28"] {
        let (code, out, _) = run(&[dir.to_str().unwrap(), "--as-of", as_of, "--format", "json"]);
        assert_eq!(code, 0);
        let json: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_eq!(json["on"], as_of);
        let expected = Date::parse(as_of).unwrap().days_until(birthday);
        for r in json["rows"].as_array().unwrap() {
            assert_eq!(r["deadline"]["days_left"], expected, "{as_of}: {r}");
            assert_eq!(r["deadline"]["earliest"], "2027-03-01");
        }
    }
    // On the birthday the child is 18, and it is the deadline's last day; the day after, none is left.
    let at = |as_of: &str| {
        let (_, out, _) = run(&[dir.join("old.json").to_str().unwrap(), "--as-of", as_of, "--format", "json"]);
        serde_json::from_str::<serde_json::Value>(&out).unwrap()["rows"][0].clone()
    };
    let (on_the_day, after) = (at("2027-03-01"), at("2027-03-02"));
    assert_eq!((&on_the_day["age"], &on_the_day["deadline"]["days_left"]), (&"18 or over".into(), &0.into()), "{on_the_day}");
    assert!(after["deadline"].is_null(), "{after}");
    // A stated age is the age on the file's own date: a year later the child is a year older.
    let stated = r#"{"case": {"assessed_on": "2025-07-01", "child": {"age_years": 15}}}"#;
    assert_eq!(row("s", stated, Date::ymd(2025, 7, 1)).age, "under 16");
    assert_eq!(row("s", stated, Date::ymd(2026, 7, 2)).age, "16-17");
    let b = row("s", stated, Date::ymd(2026, 1, 1)).deadline.unwrap();
    assert_eq!((b.earliest, b.latest), (Date::ymd(2027, 7, 2), Date::ymd(2028, 7, 1)), "born 2 July 2009 to 1 July 2010");
}

/// The fields of an RFC 4180 text: quoted fields may hold commas, quotes (doubled) and line breaks.
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let (mut rows, mut row, mut field) = (Vec::new(), Vec::new(), String::new());
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') if field.is_empty() => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut field)),
            (false, '\r') if chars.peek() == Some(&'\n') => {
                chars.next();
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => {
                assert!(c != '\n' && c != '"', "a bare {c:?} outside quotes");
                field.push(c);
            }
        }
    }
    assert!(field.is_empty() && row.is_empty() && !quoted, "the text ends with a line end");
    rows
}

#[test]
fn csv_quotes_commas_quotes_and_line_breaks() {
    let dir = folder("csv");
    let odd = dir.join("Case \"7\", reopened\nsecond line.json");
    std::fs::write(&odd, child("2026-07-01", "2010-01-01")).unwrap();
    // Two problems: one field with a line between them.
    let two = dir.join("two.json");
    std::fs::write(&two, r#"{"case": {"assessed_on": "2026-07-01", "child": {"married": "no", "location": 3}}}"#).unwrap();
    let (code, out, _) = run(&[dir.to_str().unwrap(), "--as-of", "2026-07-01", "--format", "csv"]);
    assert_eq!(code, 1);
    let rows = parse_csv(&out);
    assert_eq!(rows.len(), 3, "{out}");
    assert!(rows.iter().all(|r| r.len() == rows[0].len()), "{rows:?}");
    assert_eq!(rows[0][0], "file");
    assert_eq!(rows[1][0], odd.display().to_string());
    assert_eq!(rows[1][1], "16-17");
    let errors: Vec<&str> = rows[2].last().unwrap().lines().collect();
    assert_eq!(errors.len(), 2, "{rows:?}");
    assert!(errors.iter().any(|e| e.starts_with("case.child.married: ")) && errors.iter().any(|e| e.starts_with("case.child.location: ")));
    // The library's CSV, over every public scenario: as many fields in every row.
    let rows = parse_csv(&to_csv(&triage(&public(), Date::ymd(2026, 7, 1))));
    assert_eq!(rows.len(), public().len() + 1);
    assert!(rows.iter().all(|r| r.len() == rows[0].len()));
}

#[test]
fn the_text_table_is_aligned() {
    let (code, out, _) = run(&[PUBLIC, SAVED, "--as-of", "2026-07-01"]);
    assert_eq!(code, 0);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), public().len() + 2);
    assert!(out.is_ascii(), "plain ASCII");
    // Every column starts where its heading does.
    let heading = lines[0];
    for title in ["AGE", "ROUTE", "DEADLINE", "DATE", "DAYS", "LIKELY", "POSSIBLE", "CHANGED SINCE SAVED", "MISSING"] {
        let at = heading.find(&format!("  {title}")).unwrap() + 2;
        for l in &lines[1..] {
            assert!(l.len() <= at || (l.as_bytes()[at - 1] == b' ' && l.as_bytes()[at - 2] == b' '), "{title} at {at}: {l}");
        }
    }
}

#[test]
fn json_reads_back() {
    let (code, out, _) = run(&[PUBLIC, "--as-of", "2026-07-01", "--format", "json"]);
    assert_eq!(code, 0);
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(json["rules_version"], pathways::rules::data::RULES_VERSION);
    let rows = json["rows"].as_array().unwrap();
    assert_eq!(rows.len(), public().len());
    let library = triage(&public(), Date::ymd(2026, 7, 1));
    for (r, l) in rows.iter().zip(&library) {
        assert!(r["file"].as_str().unwrap().ends_with(&l.file), "{r}");
        assert_eq!(r["likely"], serde_json::json!(l.likely));
        assert_eq!(r["possible"], serde_json::json!(l.possible));
        assert_eq!(r["missing"], serde_json::json!(l.missing));
        assert_eq!(r["deadline"]["days_left"].as_i64(), l.deadline.as_ref().map(|d| d.days_left));
    }
}

#[test]
fn what_changed_since_the_file_was_saved() {
    let text = std::fs::read_to_string(SAVED).unwrap();
    let file = parse_case_file(&text).unwrap().file;
    let saved = file.saved_result.clone().unwrap();
    assert_eq!(saved.rules_version, "2026.11.2");
    let on = file.case.assessed_on;
    let now = evaluate(&file.case);
    // What differs, worked out here from the verdicts themselves.
    let expected: Vec<(&str, &str, &str)> = now
        .pathways
        .iter()
        .filter(|p| saved.verdicts[&p.pathway] != p.verdict)
        .map(|p| (p.pathway.id(), saved.verdicts[&p.pathway].id(), p.verdict.id()))
        .collect();
    assert!(!expected.is_empty(), "the fixture was saved under rules that judged it otherwise");
    let r = row("saved.json", &text, on);
    let changed = r.changed.unwrap();
    assert_eq!(changed.saved_under, "2026.11.2");
    let got: Vec<(&str, &str, &str)> = changed.changes.iter().map(|c| (c.pathway, c.before, c.after)).collect();
    assert_eq!(got, expected);
    // In the table: the rules then, and each change as `pathway: before -> after`.
    let (_, out, _) = run(&[SAVED, "--as-of", &on.to_string(), "--format", "csv"]);
    let cell = &parse_csv(&out)[1][8];
    assert!(cell.starts_with("2026.11.2: "), "{cell}");
    for (p, before, after) in &expected {
        assert!(cell.contains(&format!("{p}: {before} -> {after}")), "{cell}");
    }
    // A file saved without changes since says so; one never saved says nothing.
    assert!(row("x", &child("2026-07-01", "2010-01-01"), on).changed.is_none());
}
