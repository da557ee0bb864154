#![cfg(not(target_arch = "wasm32"))]
//! What a volunteer keeps and hands on agrees with itself: a value, "I don't know" and "not
//! asked" stay three things through save and reopen; every summary (the check page, print,
//! "Copy as text", `pathways evaluate --text`) lists the same answers; no answered fact is listed
//! as missing. Over every scenario file and generated cases, through the file worker as the app
//! uses it (its messages crossing as structured-clone values).

mod common;

use pathways::casefile::parse_case_file;
use pathways::date::Date;
use pathways::fact::{Answer, Fact};
use pathways::flow::{Action, Answers, Derived, Input, Screen, State};
use pathways::i18n::{catalog_with_rules, english, Catalog, Plain};
use pathways::report::{answers::rows, to_text};
use pathways::scenario::collect;
use pathways::wire::{to_node, Reply, Request};
use proptest::prelude::*;
use std::path::PathBuf;

fn d(s: &str) -> Date {
    Date::parse(s).unwrap()
}

/// Every scenario file: the project's own and the shared public ones.
fn scenario_files() -> Vec<PathBuf> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut dirs = vec![root.join("tests/scenarios")];
    let shared = root.join("../shared/scenarios");
    if shared.is_dir() {
        dirs.push(shared);
    }
    let files = collect(&dirs).unwrap();
    assert!(files.len() > 300, "only {} scenario files", files.len());
    files
}

fn worker(r: Request) -> Reply {
    let r = Request::from_node(&to_node(&r)).expect("the request crosses");
    Reply::from_node(&to_node(&pathways::worker::handle(r))).expect("the reply crosses")
}

/// Opens a case file as the app does.
fn open(text: &str) -> State {
    let s = State::new(d("2026-12-07"));
    let s = s.reduce(match worker(Request::import_text(text)) {
        Reply::Opened(o) => Action::Imported(Ok(o)),
        other => panic!("the file opens: {other:?}"),
    });
    assert!(s.errors.is_empty(), "{:?}", s.errors);
    s
}

/// Saves the case as the app does: the file's text.
fn save(s: &State) -> String {
    match worker(Request::Export { assessed_on: s.assessed_on, answers: s.answers().iter().cloned().collect(), passphrase: None }) {
        Reply::File { text, locked: false } => text,
        other => panic!("the case saves: {other:?}"),
    }
}

/// The answers as summary rows in a language: what the check page, print and copy show.
fn summary_rows(s: &State, cat: &Catalog) -> pathways::report::answers::Rows {
    rows(&s.derived().summary(s.answers()), cat, &Plain(cat))
}

/// Save, reopen, save again: the answers (value, "I don't know", or none) and the file stay the same.
fn round_trip(text: &str, what: &str) {
    let first = open(text);
    let file = save(&first);
    let again = open(&file);
    assert_eq!(again.answers(), first.answers(), "{what}: the answers after save and reopen");
    assert_eq!(save(&again), file, "{what}: saved twice, the same file");
    assert_eq!(summary_rows(&again, english()), summary_rows(&first, english()), "{what}: the same summary");
}

/// No fact that has an answer is listed as missing (an approximate age answers the date of
/// birth only approximately: the exact date may still be asked for).
fn nothing_answered_is_missing(s: &State, what: &str) {
    let summary = s.derived().summary(s.answers());
    for (f, a) in summary.asked.iter().chain(&summary.not_asked) {
        if matches!(a, Answer::Unknown | Answer::Age(_)) {
            continue;
        }
        for p in &s.derived().assessment.pathways {
            assert!(!p.missing.iter().any(|m| m.fact == *f), "{what}: {f} is answered ({a:?}) yet {} lists it as missing", p.pathway.id());
        }
    }
}

#[test]
fn every_scenario_keeps_its_three_states_and_its_summary() {
    for f in scenario_files() {
        let text = std::fs::read_to_string(&f).unwrap();
        let what = f.display().to_string();
        round_trip(&text, &what);
        nothing_answered_is_missing(&open(&text), &what);
    }
}

/// The command-line report and the app's "Copy as text" are the same text, word for word, in
/// English and in French: the same answers, in the same order, under the same labels.
#[test]
fn the_cli_report_and_the_apps_copy_are_the_same_text() {
    let fr = catalog_with_rules("fr").unwrap();
    for f in scenario_files() {
        let text = std::fs::read_to_string(&f).unwrap();
        let parsed = parse_case_file(&text).unwrap().file;
        // The CLI: the file's facts through the flow (src/bin/pathways.rs).
        let answers: Answers = parsed.answers().into_iter().collect();
        let cli = Derived::of(parsed.case.assessed_on, &answers);
        // The app: the file opened through the worker.
        let app = open(&text);
        for cat in [english(), &fr] {
            let fmt = Plain(cat);
            let cli_text = to_text(&cli.assessment, &rows(&cli.summary(&answers), cat, &fmt), None, cat, &fmt);
            let app_rows = summary_rows(&app, cat);
            let app_text = to_text(&app.derived().assessment, &app_rows, None, cat, &fmt);
            assert_eq!(app_text, cli_text, "{}: {}", f.display(), cat.lang);
            // Every row of the summary, in order, in the text.
            let mut at = 0;
            for (_, q, a) in app_rows.asked.iter().chain(&app_rows.not_asked) {
                let line = format!(" - {q} {a}\n");
                at = app_text[at..]
                    .find(&line)
                    .map(|i| at + i + line.len())
                    .unwrap_or_else(|| panic!("{}: no {line:?} in order", f.display()));
            }
        }
        // The CLI's own report is that text.
        assert_eq!(cli.assessment, pathways::rules::evaluate(&parsed.case), "{}: the flow's case gives the file's result", f.display());
    }
}

/// Answers every question on screen with `answer(q)` until "Check your answers".
fn drive(on: &str, answer: impl Fn(Fact) -> Input) -> State {
    let mut s = State::new(d("2026-12-07")).reduce(Action::SetAssessmentDate(Input::Date {
        day: on[8..10].into(),
        month: on[5..7].into(),
        year: on[0..4].into(),
    }));
    s = s.reduce(Action::Start);
    while let Screen::Question(q) = s.screen {
        s = s.reduce(Action::Submit(answer(q)));
        assert!(s.errors.is_empty(), "{q}: {:?}", s.errors);
    }
    assert_eq!(s.screen, Screen::Check);
    s
}

fn choice(s: &str) -> Input {
    Input::Choice(s.into())
}

/// A child in France with a refugee brother in the UK, born `dob`, assessed `on`; `own` answers
/// what it wants to (the claim, the request, the application, "another relative?"), the rest is
/// "I don't know".
fn typed(on: &str, dob: &str, own: impl Fn(Fact) -> Option<Input>) -> State {
    drive(on, |q| {
        own(q).unwrap_or_else(|| match q {
            Fact::DateOfBirth => Input::Born {
                calendar: pathways::calendar::Calendar::Gregorian,
                day: dob[8..10].into(),
                month: dob[5..7].into(),
                year: dob[0..4].into(),
                confirmed: false,
            },
            Fact::Location => Input::Country("FR".into()),
            Fact::Relatives => choice("yes"),
            Fact::Relation(_) => choice("sibling"),
            Fact::RelativeStatus(_) => choice("protection"),
            _ => Input::Unknown,
        })
    })
}

#[test]
fn i_dont_know_and_no_survive_save_and_reopen() {
    // "I don't know" to the claim and to another relative (2019, a child of 15); to the Dublin
    // request once a claim is lodged; to the application for one just 18 (an application made
    // earlier, while a child, would count).
    let cases = [
        (typed("2019-06-01", "2004-01-01", |_| None), vec![Fact::AsylumClaim, Fact::AnotherRelative(0)]),
        (
            typed("2019-06-01", "2004-01-01", |q| match q {
                Fact::AsylumClaim => Some(choice("lodged")),
                Fact::AsylumClaimCountry => Some(Input::Country("FR".into())),
                Fact::AsylumClaimDate => Some(Input::Date { day: "01".into(), month: "05".into(), year: "2019".into() }),
                _ => None,
            }),
            vec![Fact::Request],
        ),
        (typed("2026-02-01", "2007-06-15", |_| None), vec![Fact::Application]),
    ];
    for (dont_know, facts) in &cases {
        for f in facts {
            assert!(dont_know.derived().walk.answered.contains(f), "{f} is asked");
            assert_eq!(dont_know.answers().get(f), Some(&Answer::Unknown), "{f}");
        }
        let file = save(dont_know);
        let json: serde_json::Value = serde_json::from_str(&file).unwrap();
        let not_asked: Vec<&str> = json["not_asked"].as_array().unwrap().iter().filter_map(|p| p.as_str()).collect();
        for f in facts {
            assert!(!not_asked.contains(&f.path().as_str()), "{f} was asked: not listed as not asked");
        }
        // Questions never asked are listed (the Calais camp question, in 2019 and 2026).
        assert!(not_asked.contains(&"case.child.in_calais_camp_on_2016_10_24"), "{not_asked:?}");
        let reopened = open(&file);
        for f in facts {
            assert_eq!(reopened.answers().get(f), Some(&Answer::Unknown), "{f}: still I don't know");
        }
        assert_eq!(summary_rows(&reopened, english()), summary_rows(dont_know, english()));
        assert!(summary_rows(&reopened, english()).not_asked.is_empty(), "nothing unasked is shown as an answer");
    }
    let json = |s: &State| serde_json::from_str::<serde_json::Value>(&save(s)).unwrap();
    for (i, key) in [(0, "asylum_claim"), (0, "more_uk_relatives"), (1, "take_charge_request"), (2, "uk_application")] {
        assert_eq!(json(&cases[i].0)["case"][key], serde_json::Value::Null, "{key}: I don't know is null");
    }
    let dont_know = &cases[2].0;

    // "No": each its own value in the file, and read back as "No".
    let no = typed("2026-02-01", "2007-06-15", |q| match q {
        Fact::AsylumClaim => Some(choice("none")),
        Fact::Application | Fact::AnotherRelative(_) => Some(choice("no")),
        _ => None,
    });
    let file = save(&no);
    let json: serde_json::Value = serde_json::from_str(&file).unwrap();
    assert_eq!(json["case"]["asylum_claim"]["status"], "none");
    assert_eq!(json["case"]["uk_application"]["status"], "none");
    assert_eq!(json["case"]["more_uk_relatives"], false);
    let reopened = open(&file);
    assert_eq!(reopened.answers().get(&Fact::Application), Some(&Answer::Bool(false)));
    assert_eq!(reopened.answers().get(&Fact::AnotherRelative(0)), Some(&Answer::Bool(false)));
    assert_eq!(reopened.answers().get(&Fact::AsylumClaim), Some(&Answer::Choice("none")));
    // A "No" is an answer: never listed as missing.
    nothing_answered_is_missing(&reopened, "no");
    assert!(!reopened.derived().assessment.pathways.iter().any(|p| p.missing.iter().any(|m| m.fact == Fact::Application)));
    // And "I don't know" to the application is listed as missing.
    assert!(dont_know.derived().assessment.pathways.iter().any(|p| p.missing.iter().any(|m| m.fact == Fact::Application)));
}

/// A question answered, then made unreachable by a change, is not saved; one never asked is
/// saved as not asked and asked when it comes to matter.
#[test]
fn a_question_not_asked_is_asked_once_it_matters() {
    // In 2026, with a refugee brother: nothing about the Dubs referrals (2017 to 2020) is asked.
    let s = drive("2026-02-01", |q| match q {
        Fact::DateOfBirth => Input::Born {
            calendar: pathways::calendar::Calendar::Gregorian,
            day: "15".into(),
            month: "06".into(),
            year: "2008".into(),
            confirmed: false,
        },
        Fact::Location => Input::Country("FR".into()),
        Fact::Relatives => choice("yes"),
        Fact::Relation(_) => choice("sibling"),
        Fact::RelativeStatus(_) => choice("protection"),
        Fact::AnotherRelative(_) => choice("no"),
        _ => Input::Unknown,
    });
    assert!(!s.derived().walk.answered.contains(&Fact::ReferredByAuthorities));
    let reopened = open(&save(&s));
    // As of 1 June 2019 the referral scheme was open: whether the authorities referred the child
    // is asked, not taken as "I don't know".
    let s = reopened.reduce(Action::ChangeAssessmentDate).reduce(Action::SetAssessmentDate(Input::Date {
        day: "01".into(),
        month: "06".into(),
        year: "2019".into(),
    }));
    let Screen::Question(q) = s.screen else { panic!("a question the new date makes relevant, not {:?}", s.screen) };
    assert_eq!(s.answers().get(&q), None, "{q} is asked, not taken as I don't know");
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 400,
        max_global_rejects: 200_000,
        failure_persistence: Some(Box::new(proptest::test_runner::FileFailurePersistence::WithSource("regressions"))),
        ..ProptestConfig::default()
    })]

    /// Generated cases: file -> answers -> file keeps every fact, null and false apart; the
    /// summary is the same after reopening; nothing answered is missing.
    #[test]
    fn generated_cases_keep_every_fact(case in common::case()) {
        // Consistent cases (what validation warns about is ignored on reading, so not kept).
        let (errors, warnings) = pathways::validate::validate(&case);
        prop_assume!(errors.is_empty() && warnings.iter().all(|w| w.path == "case.child.age_years"));
        let text = pathways::casefile::case_file_text(&case, &[], None);
        let first = open(&text);
        let file = save(&first);
        let again = open(&file);
        prop_assert_eq!(again.answers(), first.answers());
        prop_assert_eq!(summary_rows(&again, english()), summary_rows(&first, english()));
        let saved = parse_case_file(&file).unwrap().file.case;
        // The facts of the file, in the format's meaning (a status implied by a date is that status).
        prop_assert_eq!(common::meaning(saved), common::meaning(case));
        nothing_answered_is_missing(&first, "generated");
    }
}
