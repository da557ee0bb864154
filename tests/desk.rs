#![cfg(not(target_arch = "wasm32"))]
//! At the caseworker's desk, the app's part (issue 20): the file worker writes a case's open
//! deadlines as a calendar, and a disputed verdict as a scenario file that the scenario runner
//! (and `pathways scenarios`) then shows failing with the difference.

use pathways::casefile::parse_case_file;
use pathways::flow::Opened;
use pathways::rules::{evaluate, PathwayId, Verdict};
use pathways::scenario::{check, run_file, Mismatch};
use pathways::wire::{Reply, Request};
use pathways::worker::handle;
use std::process::Command;

/// A 16-year-old in France with a parent recognised as a refugee in the UK (refugee family
/// reunion open until the 18th birthday, 15 March 2028).
const CHILD: &str = r#"{"case": {"assessed_on": "2026-07-01",
    "child": {"date_of_birth": "2010-03-15", "nationality": "AF", "location": "FR", "unaccompanied": true, "married": false},
    "uk_relatives": [{"relation": "parent", "adult": true, "status": "protection", "family_before_flight": true}]}}"#;

fn opened(text: &str) -> Opened {
    match handle(Request::import_text(text)) {
        Reply::Opened(o) => o,
        other => panic!("the case opens: {other:?}"),
    }
}

fn file(request: Request) -> String {
    match handle(request) {
        Reply::File { text, locked: false } => text,
        other => panic!("a plain file: {other:?}"),
    }
}

fn dispute(o: &Opened, pathway: PathwayId, verdict: Verdict, reason: &str) -> Request {
    Request::Dispute { assessed_on: o.assessed_on, answers: o.answers.clone(), pathway, verdict, reason: reason.into() }
}

/// The unfolded content lines of a calendar.
fn lines(ics: &str) -> Vec<String> {
    ics.replace("\r\n ", "").split("\r\n").filter(|l| !l.is_empty()).map(String::from).collect()
}

#[test]
fn the_worker_writes_the_open_deadlines_as_a_calendar_naming_only_the_case_file() {
    let o = opened(CHILD);
    let reference = "pathways-case-2026-07-01";
    let ics = file(Request::Calendar { assessed_on: o.assessed_on, answers: o.answers.clone(), reference: reference.into() });
    // The same calendar `pathways evaluate --ics` writes for this case under that name.
    let case = parse_case_file(CHILD).unwrap().file.case;
    assert_eq!(ics, pathways::ics::calendar(&evaluate(&case), reference, pathways::i18n::english()));
    let l = lines(&ics);
    let events = l.iter().filter(|x| *x == "BEGIN:VEVENT").count();
    assert!(events >= 1, "{l:#?}");
    assert!(l.contains(&"DTSTART;VALUE=DATE:20280315".to_string()), "the 18th birthday: {l:#?}");
    assert!(l.contains(&format!("SUMMARY:Pathways case {reference}: 18th birthday")), "{l:#?}");
    assert_eq!(l.iter().filter(|x| *x == "TRIGGER:-P7D").count(), events);
    assert_eq!(l.iter().filter(|x| *x == "TRIGGER:-P1D").count(), events);
    assert!(!ics.contains("2010") && !ics.contains("20100315"), "no date of birth: {ics}");
}

#[test]
fn a_disputed_verdict_is_a_scenario_file_that_fails_with_the_difference() {
    let o = opened(CHILD);
    let case = parse_case_file(CHILD).unwrap().file.case;
    let now = evaluate(&case).get(PathwayId::RefugeeFamilyReunion).verdict;
    let wanted = if now == Verdict::NotEligible { Verdict::Likely } else { Verdict::NotEligible };
    let reason = "Para 352D: the parent's \"refugee\" status\nwas revoked in 2025 (letter of 3 May).";
    let text = file(dispute(&o, PathwayId::RefugeeFamilyReunion, wanted, &format!("  {reason} ")));
    // Through the scenario parser: the title, the reason as `basis`, that one verdict expected.
    let parsed = parse_case_file(&text).unwrap_or_else(|e| panic!("{e:?}\n{text}"));
    assert!(parsed.warnings.is_empty(), "{:?}", parsed.warnings);
    let f = parsed.file;
    assert_eq!(f.title.as_deref(), Some("Disputed: Refugee family reunion (joining a parent with refugee status)"));
    assert_eq!(f.basis.as_deref(), Some(reason), "the reason, trimmed");
    assert_eq!(f.expect, Some([(PathwayId::RefugeeFamilyReunion, wanted)].into_iter().collect()));
    assert_eq!(evaluate(&f.case), evaluate(&case), "the same case");
    assert_eq!(f.saved_result.as_ref().map(|s| s.verdicts[&PathwayId::RefugeeFamilyReunion]), Some(now), "what Pathways said");
    // The runner shows it failing, with the difference.
    let expected = Mismatch::Verdict { pathway: PathwayId::RefugeeFamilyReunion, expected: wanted, got: now };
    assert_eq!(check(&f), std::slice::from_ref(&expected));
    let dir = std::env::temp_dir().join(format!("pathways-desk-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("pathways-disputed-refugee_family_reunion-2026-07-01.json");
    std::fs::write(&path, &text).unwrap();
    let line = format!("{} {expected}", path.display());
    assert_eq!(run_file(&path).problems, std::slice::from_ref(&line));
    assert_eq!(line, format!("{} refugee_family_reunion: expected {}, got {}", path.display(), wanted.id(), now.id()));
    // And so does the command-line tool: the line, the count, exit code 1.
    let out = Command::new(env!("CARGO_BIN_EXE_pathways")).arg("scenarios").arg(&path).output().unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout), format!("{line}\n0 passed, 1 failed\n"));
    assert_eq!(out.status.code(), Some(1));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_dispute_with_the_same_verdict_or_no_reason_is_refused() {
    let o = opened(CHILD);
    let now = evaluate(&parse_case_file(CHILD).unwrap().file.case).get(PathwayId::DublinFamily).verdict;
    let other = if now == Verdict::Closed { Verdict::Likely } else { Verdict::Closed };
    let keys = |r: Reply| match r {
        Reply::Failed(m) => m.iter().map(|m| m.key).collect::<Vec<_>>(),
        other => panic!("refused: {other:?}"),
    };
    assert_eq!(keys(handle(dispute(&o, PathwayId::DublinFamily, now, "because"))), ["dispute.error_verdict"]);
    assert_eq!(keys(handle(dispute(&o, PathwayId::DublinFamily, other, " \n "))), ["dispute.error_reason"]);
}

/// Every public scenario, disputed on each route to another verdict, gives a file the runner
/// fails on exactly that route (the rest of the case unchanged).
#[test]
fn any_case_disputed_on_any_route_fails_on_that_route_only() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/scenarios/public");
    let mut files = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        let o = opened(&text);
        let a = evaluate(&parse_case_file(&text).unwrap().file.case);
        for p in &a.pathways {
            let wanted = Verdict::ALL.into_iter().find(|v| *v != p.verdict).unwrap();
            let f = parse_case_file(&file(dispute(&o, p.pathway, wanted, "why"))).unwrap().file;
            assert_eq!(check(&f), [Mismatch::Verdict { pathway: p.pathway, expected: wanted, got: p.verdict }]);
        }
        files += 1;
    }
    assert!(files >= 5);
}
