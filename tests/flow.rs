#![cfg(not(target_arch = "wasm32"))]
//! The question flow: which question follows which answers, Back and Change, validation, opening
//! case files, and an exhaustive walk of the question graph over boundary dates.

use pathways::calendar::Calendar;
use pathways::casefile::parse_case_file;
use pathways::date::Date;
use pathways::fact::Fact;
use pathways::flow::{Action, Input, Screen, State};
use pathways::rules::evaluate;
use pathways::scenario::collect;
use pathways::wire::{to_node, Reply, Request};
use std::path::PathBuf;

fn d(s: &str) -> Date {
    Date::parse(s).unwrap()
}
fn yes() -> Input {
    Input::Choice("yes".into())
}
fn no() -> Input {
    Input::Choice("no".into())
}
fn pick(s: &str) -> Input {
    Input::Choice(s.into())
}
fn date(s: &str) -> Input {
    let (y, rest) = s.split_at(4);
    Input::Date { day: rest[4..6].into(), month: rest[1..3].into(), year: y.into() }
}
fn born(s: &str) -> Input {
    let (y, rest) = s.split_at(4);
    Input::Born { calendar: Calendar::Gregorian, day: rest[4..6].into(), month: rest[1..3].into(), year: y.into(), confirmed: false }
}
fn country(s: &str) -> Input {
    Input::Country(s.into())
}

/// A flow assessed on `on`, started.
fn started(on: &str) -> State {
    let mut s = State::new(d("2026-11-26"));
    if on != "2026-11-26" {
        s = s.reduce(Action::SetAssessmentDate(date(on)));
        assert!(s.errors.is_empty(), "{:?}", s.errors);
    }
    s.reduce(Action::Start)
}

/// Answers the current question, asserting which question it was.
fn answer(s: State, expect: Fact, input: Input) -> State {
    assert_eq!(s.screen, Screen::Question(expect), "expected question {expect}");
    let next = s.reduce(Action::Submit(input));
    assert!(next.errors.is_empty(), "{expect}: {:?}", next.errors);
    next
}

/// Started on `on`: a child born on `dob`, now in France, with a sibling in the UK (up to the
/// sibling's status).
fn with_a_sibling_in_the_uk(on: &str, dob: &str) -> State {
    let s = started(on);
    let s = answer(s, Fact::DateOfBirth, born(dob));
    let s = answer(s, Fact::Location, country("FR"));
    let s = answer(s, Fact::Relatives, yes());
    answer(s, Fact::Relation(0), pick("sibling"))
}

fn asked(s: &State) -> Vec<Fact> {
    s.derived().walk.answered.clone()
}

#[test]
fn the_first_questions_are_date_of_birth_location_relatives() {
    let s = with_a_sibling_in_the_uk("2026-11-26", "2010-09-01");
    assert_eq!(s.screen, Screen::Question(Fact::RelativeStatus(0)));
}

#[test]
fn in_2026_a_child_in_calais_is_asked_only_what_matters() {
    // S38: girl of 15, brother a refugee in the UK.
    let s = with_a_sibling_in_the_uk("2026-02-01", "2010-09-01");
    let mut s = answer(s, Fact::RelativeStatus(0), pick("protection"));
    // Answer "I don't know" to whatever else is asked, and record it.
    let mut seen = Vec::new();
    while let Screen::Question(q) = s.screen {
        seen.push(q);
        s = s.reduce(Action::Submit(Input::Unknown));
        assert!(seen.len() < 40);
    }
    assert_eq!(s.screen, Screen::Check);
    for never in [
        Fact::InCalaisCamp,
        Fact::ReferredHighRisk,
        Fact::AccompanyingSibling,
        Fact::ReferredByAuthorities,
        Fact::ArrivedInEurope,
        Fact::RelativeCanCare(0),
        Fact::RelativeConsent(0),
        Fact::Request,
    ] {
        assert!(!seen.contains(&never), "{never} asked in 2026: {seen:?}");
    }
    // The child routes need these; the UK-France pilot (open in February 2026) needs whether the child is alone.
    for needed in [Fact::AgeDisputed, Fact::Married, Fact::Unaccompanied, Fact::AnotherRelative(0)] {
        assert!(seen.contains(&needed), "{needed} not asked: {seen:?}");
    }
}

#[test]
fn a_dublin_request_is_asked_about_only_for_a_claim_before_2021() {
    let base = |claim_date: &str| {
        let s = with_a_sibling_in_the_uk("2026-11-26", "2009-01-01");
        let s = answer(s, Fact::RelativeStatus(0), pick("protection"));
        let mut s = s;
        while let Screen::Question(q) = s.screen {
            let input = match q {
                Fact::AsylumClaim => pick("lodged"),
                Fact::AsylumClaimCountry => country("FR"),
                Fact::AsylumClaimDate => date(claim_date),
                Fact::AnotherRelative(_) => no(),
                _ => Input::Unknown,
            };
            if q == Fact::Request {
                return true;
            }
            s = s.reduce(Action::Submit(input));
        }
        false
    };
    assert!(base("2020-06-01"), "a claim before 2021 could have a legacy request");
    assert!(!base("2021-01-01"), "no request is possible after Dublin closed");
}

#[test]
fn no_consent_question_without_a_parent() {
    let path = |relation: &str| {
        let s = started("2019-06-01");
        let s = answer(s, Fact::DateOfBirth, born("2004-01-01"));
        let s = answer(s, Fact::Location, country("GR"));
        let s = answer(s, Fact::Relatives, yes());
        let s = answer(s, Fact::Relation(0), pick(relation));
        let s = answer(s, Fact::RelativeStatus(0), pick("protection"));
        let mut s = s;
        let mut seen = vec![];
        while let Screen::Question(q) = s.screen {
            seen.push(q);
            s = s.reduce(Action::Submit(if matches!(q, Fact::AnotherRelative(_)) { no() } else { Input::Unknown }));
        }
        seen
    };
    assert!(path("parent").contains(&Fact::RelativeConsent(0)));
    assert!(!path("aunt_uncle").contains(&Fact::RelativeConsent(0)));
    assert!(path("aunt_uncle").contains(&Fact::RelativeCanCare(0)), "an aunt's care matters for Dublin Art 8(2) in 2019");
}

#[test]
fn changing_an_answer_keeps_later_answers_and_re_asks_only_what_it_affects() {
    let s = with_a_sibling_in_the_uk("2026-02-01", "2010-09-01");
    let mut s = answer(s, Fact::RelativeStatus(0), pick("protection"));
    while let Screen::Question(q) = s.screen {
        s = s.reduce(Action::Submit(if matches!(q, Fact::AnotherRelative(_)) { no() } else { pick("no") }));
        if !s.errors.is_empty() {
            s = s.reduce(Action::Submit(Input::Unknown));
        }
    }
    assert_eq!(s.screen, Screen::Check);
    let before = asked(&s);
    // No relatives after all: the relative's questions drop out, nothing new is asked.
    let s2 = s.reduce(Action::Change(Fact::Relatives));
    let s2 = answer(s2, Fact::Relatives, no());
    assert_eq!(s2.screen, Screen::Check);
    assert!(!asked(&s2).contains(&Fact::Relation(0)));
    // Back to yes: the relative's answers come back without being asked again.
    let s3 = s2.reduce(Action::Change(Fact::Relatives));
    let s3 = answer(s3, Fact::Relatives, yes());
    assert_eq!(s3.screen, Screen::Check, "the earlier relative answers are kept");
    assert_eq!(asked(&s3), before);
    // Changing the status to British: the brother now grounds paragraph 297 rather than the
    // Child Relative route. Nothing else becomes relevant, so the flow returns to the check page
    // with every earlier answer, and the verdicts follow the change.
    let s4 = s3.reduce(Action::Change(Fact::RelativeStatus(0)));
    let s4 = answer(s4, Fact::RelativeStatus(0), pick("british"));
    assert_eq!(s4.screen, Screen::Check);
    assert_eq!(asked(&s4), before);
    let verdict = |s: &State, p| evaluate(s.case()).get(p).verdict;
    use pathways::rules::{PathwayId::*, Verdict};
    assert_eq!((verdict(&s3, ChildRelativeProtection), verdict(&s3, Para297)), (Verdict::Possible, Verdict::NotEligible));
    assert_eq!((verdict(&s4, ChildRelativeProtection), verdict(&s4, Para297)), (Verdict::NotEligible, Verdict::Possible));
}

#[test]
fn back_returns_to_the_previous_question_with_its_answer() {
    let s = started("2026-11-26");
    let s = answer(s, Fact::DateOfBirth, born("2010-09-01"));
    let s = answer(s, Fact::Location, country("FR"));
    let s = s.reduce(Action::Back);
    assert_eq!(s.screen, Screen::Question(Fact::Location));
    assert!(s.answers().contains_key(&Fact::Location));
    let s = s.reduce(Action::Back).reduce(Action::Back);
    assert_eq!(s.screen, Screen::Start);
}

fn error_keys(s: &State) -> Vec<(&'static str, &'static str)> {
    s.errors.iter().map(|e| (e.field, e.msg.key)).collect()
}

#[test]
fn validation_errors_name_the_field() {
    let s = started("2026-11-26");
    let bad = |input: Input| s.reduce(Action::Submit(input));
    assert_eq!(error_keys(&bad(date_like("", "", ""))), [("date", "error.date_empty")]);
    assert_eq!(error_keys(&bad(date_like("1", "", "2010"))), [("month", "error.date_part")]);
    assert_eq!(error_keys(&bad(date_like("30", "2", "2010"))), [("day", "error.day_range")]);
    assert_eq!(error_keys(&bad(date_like("1", "13", "2010"))), [("month", "error.month_range")]);
    assert_eq!(error_keys(&bad(date_like("1", "x", "2010"))), [("month", "error.date_real")]);
    assert_eq!(error_keys(&bad(date_like("1", "1", "10"))), [("year", "error.year_digits")]);
    assert_eq!(error_keys(&bad(born("2027-01-01"))), [("date", "validation.dob_future")]);
    assert_eq!(error_keys(&bad(born("1990-01-01"))), [("confirm", "error.confirm_age")]);
    assert_eq!(error_keys(&bad(Input::Age { years: "x".into(), confirmed: false })), [("age", "error.age_number")]);
    assert_eq!(error_keys(&bad(Input::Age { years: "30".into(), confirmed: false })), [("confirm", "error.confirm_age")]);
    assert!(bad(Input::Age { years: "30".into(), confirmed: true }).errors.is_empty());
    assert_eq!(error_keys(&bad(Input::Age { years: "300".into(), confirmed: true })), [("age", "validation.age_implausible")]);
    // The rejected input is kept to be shown again.
    assert_eq!(bad(date_like("30", "2", "2010")).rejected, Some(date_like("30", "2", "2010")));
    // A Solar Hijri date of birth: 30 Esfand 1402 does not exist (1402 is not a leap year).
    let sh = |d: &str, confirmed| Input::Born {
        calendar: Calendar::SolarHijri,
        day: d.into(),
        month: "12".into(),
        year: "1402".into(),
        confirmed,
    };
    assert_eq!(error_keys(&bad(sh("30", false))), [("day", "error.day_range")]);
    // A date from another calendar is shown in the Gregorian calendar, to be confirmed.
    let unconfirmed = bad(sh("29", false));
    assert_eq!(error_keys(&unconfirmed), [("confirm", "error.confirm_converted")]);
    // Asking to confirm a right answer is not a mistake: no error summary, no "Error:" title.
    assert!(unconfirmed.errors[0].asks_to_confirm());
    assert_eq!(pathways::flow::mistakes(&unconfirmed.errors).count(), 0);
    assert_eq!(pathways::flow::mistakes(&bad(sh("30", false)).errors).count(), 1);
    let said = pathways::i18n::english().render(&unconfirmed.errors[0].msg);
    assert_eq!(said, "In the Gregorian calendar this is 19 March 2024. Check it, then tick the box to confirm.");
    let confirmed = bad(sh("29", true));
    assert!(confirmed.errors.is_empty());
    assert_eq!(confirmed.case().child.date_of_birth, Some(d("2024-03-19")));

    // Digits typed on an Arabic or Persian keyboard are read as Western digits.
    let eastern =
        Input::Born { calendar: Calendar::Gregorian, day: "١".into(), month: "۹".into(), year: "٢٠١٠".into(), confirmed: false };
    assert_eq!(bad(eastern).case().child.date_of_birth, Some(d("2010-09-01")));

    let s = answer(s, Fact::DateOfBirth, born("2010-09-01"));
    assert_eq!(error_keys(&s.reduce(Action::Submit(country("UK")))), [("country", "error.country")]);
    assert_eq!(error_keys(&s.reduce(Action::Submit(pick("maybe")))), [("country", "error.country")]);
}

fn date_like(day: &str, month: &str, year: &str) -> Input {
    Input::Born { calendar: Calendar::Gregorian, day: day.into(), month: month.into(), year: year.into(), confirmed: false }
}

#[test]
fn a_claim_before_birth_and_events_after_the_assessment_date_are_refused() {
    let s = with_a_sibling_in_the_uk("2017-06-01", "2001-01-01");
    let s = answer(s, Fact::RelativeStatus(0), pick("protection"));
    let s = answer(s, Fact::AnotherRelative(0), no());
    let mut s = s;
    while s.screen != Screen::Question(Fact::AsylumClaimDate) {
        let Screen::Question(q) = s.screen else { panic!("claim date not asked") };
        s = s.reduce(Action::Submit(match q {
            Fact::AsylumClaim => pick("lodged"),
            Fact::AsylumClaimCountry => country("FR"),
            _ => Input::Unknown,
        }));
    }
    assert_eq!(error_keys(&s.reduce(Action::Submit(date("2000-12-31")))), [("date", "validation.before_birth")]);
    assert_eq!(error_keys(&s.reduce(Action::Submit(date("2017-06-02")))), [("date", "validation.after_assessment")]);
    assert!(s.reduce(Action::Submit(date("2017-06-01"))).errors.is_empty());
}

#[test]
fn the_assessment_date_can_be_changed_and_reset() {
    let s = State::new(d("2026-11-26")).reduce(Action::ChangeAssessmentDate);
    assert_eq!(s.screen, Screen::AssessmentDate);
    let set = s.reduce(Action::SetAssessmentDate(date("2016-10-25")));
    assert_eq!((set.assessed_on, &set.screen), (d("2016-10-25"), &Screen::Start), "back on the start page");
    assert!(set.history.is_empty(), "the date screen leaves no history entry behind");
    // Errors speak of the assessment date.
    let bad = s.reduce(Action::SetAssessmentDate(date("2016-02-30")));
    assert_eq!((bad.assessed_on, &bad.screen), (d("2026-11-26"), &Screen::AssessmentDate));
    assert_eq!(error_keys(&bad), [("day", "error.assessed_on.day_range")]);
    assert_eq!(error_keys(&s.reduce(Action::SetAssessmentDate(date_like_plain("", "", "")))), [("date", "error.assessed_on.empty")]);
    assert_eq!(
        error_keys(&s.reduce(Action::SetAssessmentDate(date_like_plain("1", "", "2016")))),
        [("month", "error.assessed_on.date_part")]
    );
    assert_eq!(set.reduce(Action::ChangeAssessmentDate).reduce(Action::SetAssessmentDate(Input::Unknown)).assessed_on, d("2026-11-26"));
    // A future date is allowed (what happens after an 18th birthday, say).
    assert!(s.reduce(Action::SetAssessmentDate(date("2027-03-01"))).errors.is_empty());
}

fn date_like_plain(day: &str, month: &str, year: &str) -> Input {
    Input::Date { day: day.into(), month: month.into(), year: year.into() }
}

#[test]
fn every_refusal_is_counted_so_focus_moves_each_time() {
    let s = started("2026-11-26");
    let once = s.reduce(Action::Submit(date_like("", "", "")));
    let twice = once.reduce(Action::Submit(date_like("", "", "")));
    assert_eq!(error_keys(&once), error_keys(&twice));
    assert_eq!((once.refusals, twice.refusals), (1, 2), "the same error twice is two refusals");
}

#[test]
fn changing_the_assessment_date_keeps_the_answers_and_asks_only_what_it_affects() {
    // A child in France with a refugee brother, checked in 2026: Dublin is closed, so nothing
    // about a Dublin claim is asked.
    let s = with_a_sibling_in_the_uk("2026-02-01", "2008-06-15");
    let mut s = answer(s, Fact::RelativeStatus(0), pick("protection"));
    while let Screen::Question(q) = s.screen {
        s = s.reduce(Action::Submit(if matches!(q, Fact::AnotherRelative(_)) { no() } else { Input::Unknown }));
    }
    assert_eq!(s.screen, Screen::Check);
    let before = s.answers().clone();
    assert!(!asked(&s).contains(&Fact::ReferredByAuthorities), "the Dubs referrals (2017 to 2020) are not asked about in 2026");
    // The same case as of 1 June 2019: the referral scheme was open, so whether the authorities
    // referred the child becomes relevant; every earlier answer is kept and none is asked again.
    let s = s.reduce(Action::ChangeAssessmentDate);
    let s = s.reduce(Action::SetAssessmentDate(date("2019-06-01")));
    assert_eq!(s.assessed_on, d("2019-06-01"));
    assert_eq!(*s.answers(), before, "no answer is lost");
    let Screen::Question(q) = s.screen else { panic!("a newly relevant question, not {:?}", s.screen) };
    assert!(!before.contains_key(&q), "{q} was answered already: only what the new date affects is asked");
    assert!(s.derived().walk.answered.iter().all(|a| before.contains_key(a)));
    let mut s = s;
    let mut new = Vec::new();
    while let Screen::Question(q) = s.screen {
        new.push(q);
        s = s.reduce(Action::Submit(Input::Unknown));
    }
    assert!(new.contains(&Fact::ReferredByAuthorities), "{new:?}");
    // Back to 2026: straight back to "Check your answers", the 2019 answers kept too.
    let s = s.reduce(Action::ChangeAssessmentDate).reduce(Action::SetAssessmentDate(date("2026-02-01")));
    assert_eq!(s.screen, Screen::Check);
    assert!(before.iter().all(|(q, a)| s.answers().get(q) == Some(a)));
    assert!(s.answers().contains_key(&Fact::ReferredByAuthorities));
}

#[test]
fn an_assessment_date_before_the_date_of_birth_is_refused_not_dropped() {
    let s = answer(started("2026-11-26"), Fact::DateOfBirth, born("2010-09-01"));
    let s = s.reduce(Action::ChangeAssessmentDate).reduce(Action::SetAssessmentDate(date("2009-01-01")));
    assert_eq!(error_keys(&s), [("date", "error.assessed_on.before_birth")]);
    assert_eq!(s.assessed_on, d("2026-11-26"));
    assert!(s.answers().contains_key(&Fact::DateOfBirth), "the date of birth is kept");
}

#[test]
fn without_the_devices_date_the_assessment_date_is_asked_first() {
    let s = State::without_today(d("2026-01-01"));
    assert!(!s.date_known);
    let s = s.reduce(Action::Start);
    assert_eq!(s.screen, Screen::AssessmentDate, "no silent default date");
    assert_eq!(error_keys(&s.reduce(Action::SetAssessmentDate(Input::Unknown))), [("date", "error.assessed_on.empty")]);
    let s = s.reduce(Action::SetAssessmentDate(date("2026-11-30")));
    assert!(s.date_known);
    assert_eq!(s.reduce(Action::Start).screen, Screen::Question(Fact::DateOfBirth));
}

#[test]
fn start_again_asks_first_then_clears_everything() {
    let s = answer(started("2026-11-26"), Fact::DateOfBirth, born("2010-09-01"));
    let asked_first = s.reduce(Action::StartAgain);
    assert_eq!(asked_first.screen, Screen::ConfirmStartAgain);
    assert_eq!(asked_first.answers(), s.answers(), "nothing is cleared before the volunteer confirms");
    let kept = asked_first.reduce(Action::Back);
    assert_eq!((kept.screen, kept.answers().clone()), (s.screen, s.answers().clone()));
    assert_eq!(asked_first.reduce(Action::ClearAll), State::new(d("2026-11-26")));
}

#[test]
fn the_result_page_back_link_does_not_loop() {
    let s = with_a_sibling_in_the_uk("2026-02-01", "2010-09-01");
    let mut s = answer(s, Fact::RelativeStatus(0), pick("protection"));
    while let Screen::Question(q) = s.screen {
        s = s.reduce(Action::Submit(if matches!(q, Fact::AnotherRelative(_)) { no() } else { Input::Unknown }));
    }
    let result = s.reduce(Action::ShowResult);
    assert_eq!(result.screen, Screen::Result);
    let check = result.reduce(Action::Back);
    assert_eq!(check.screen, Screen::Check);
    let last = check.reduce(Action::Back);
    assert!(matches!(last.screen, Screen::Question(_)), "Back from the check page goes to the last question, not to the result");
}

#[test]
fn relatives_up_to_the_limit_then_the_flow_says_so() {
    use pathways::fact::MAX_RELATIVES;
    let s = answer(started("2026-11-26"), Fact::DateOfBirth, born("2010-09-01"));
    let s = answer(s, Fact::Location, country("FR"));
    let mut s = answer(s, Fact::Relatives, yes());
    let mut n = 0;
    while let Screen::Question(q) = s.screen {
        s = s.reduce(Action::Submit(match q {
            Fact::Relation(_) => {
                n += 1;
                pick("cousin")
            }
            Fact::AnotherRelative(_) => yes(),
            _ => Input::Unknown,
        }));
        assert!(s.errors.is_empty(), "{q}: {:?}", s.errors);
    }
    assert_eq!(n, MAX_RELATIVES, "every relative up to the limit is asked about");
    assert_eq!(s.case().uk_relatives.as_ref().map(|l| l.len()), Some(MAX_RELATIVES));
    assert!(s.relatives_full(), "the check page names the limit");
}

#[test]
fn a_file_with_more_relatives_than_the_limit_is_refused_naming_it() {
    use pathways::fact::MAX_RELATIVES;
    let rel = r#"{"relation": "cousin", "adult": true, "status": "british"}"#;
    let n = MAX_RELATIVES + 1;
    let text = format!(r#"{{"case": {{"assessed_on": "2026-11-26", "uk_relatives": [{}]}}}}"#, vec![rel; n].join(","));
    let s = open(&State::new(d("2026-11-26")), &text);
    assert_eq!(error_keys(&s), [("file", "error.file")]);
    let said = pathways::i18n::english().render(&s.errors[0].msg);
    assert!(said.contains(&format!("{n} relatives")) && said.contains(&format!("at most {MAX_RELATIVES}")), "{said}");
    // Ten relatives, a British parent the tenth: opened whole, and Appendix FM is possible as the CLI says.
    let mut ten = vec![rel; 9];
    let parent = r#"{"relation": "parent", "adult": true, "status": "british", "family_before_flight": true}"#;
    ten.push(parent);
    let text = format!(
        r#"{{"case": {{"assessed_on": "2026-11-26", "child": {{"date_of_birth": "2012-01-01", "location": "FR", "married": false, "age_disputed": false}}, "uk_relatives": [{}]}}}}"#,
        ten.join(",")
    );
    let s = open(&State::new(d("2026-11-26")), &text);
    assert!(s.errors.is_empty(), "{:?}", s.errors);
    let cli = evaluate(&parse_case_file(&text).unwrap().file.case);
    assert_eq!(
        evaluate(s.case()).get(pathways::rules::PathwayId::AppendixFm).verdict,
        cli.get(pathways::rules::PathwayId::AppendixFm).verdict
    );
    assert_eq!(cli.get(pathways::rules::PathwayId::AppendixFm).verdict, pathways::rules::Verdict::Possible);
}

/// Opens a case file as the app does: through the file worker, its messages crossing as they do
/// in the browser (structured-clone values).
fn open(s: &State, text: &str) -> State {
    let reply = cross_reply(pathways::worker::handle(cross_request(Request::import_text(text))));
    s.reduce(match reply {
        Reply::Opened(o) => Action::Imported(Ok(o)),
        Reply::Failed(e) => Action::Imported(Err(e)),
        other => panic!("not a reply to opening: {other:?}"),
    })
}

/// Saves the case as the app does: the file worker's file.
fn save(s: &State) -> String {
    let request = Request::Export { assessed_on: s.assessed_on, answers: s.answers().iter().cloned().collect(), passphrase: None };
    match cross_reply(pathways::worker::handle(cross_request(request))) {
        Reply::File { text, locked: false } => text,
        other => panic!("not a file: {other:?}"),
    }
}

fn cross_request(r: Request) -> Request {
    Request::from_node(&to_node(&r)).expect("a request reads back")
}
fn cross_reply(r: Reply) -> Reply {
    Reply::from_node(&to_node(&r)).expect("a reply reads back")
}

/// Opening a file and saving it gives back every fact of the file, asked or not.
#[test]
fn a_saved_case_keeps_every_fact_of_the_opened_file() {
    for f in scenario_files() {
        let text = std::fs::read_to_string(&f).unwrap();
        let original = parse_case_file(&text).unwrap().file.case;
        let s = open(&State::new(d("2026-11-26")), &text);
        let file = save(&s);
        let again = parse_case_file(&file).unwrap().file.case;
        assert_eq!(common::meaning(again), common::meaning(original), "{}", f.display());
    }
}

fn scenario_files() -> Vec<PathBuf> {
    collect(&[PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/scenarios")]).unwrap()
}

/// Opening a case file gives the same verdicts as the engine gives the file: the questions the flow
/// leaves out cannot change a verdict.
#[test]
fn an_opened_case_gives_the_engines_verdicts() {
    for f in scenario_files() {
        let text = std::fs::read_to_string(&f).unwrap();
        let file = parse_case_file(&text).unwrap().file;
        let s = open(&State::new(d("2026-11-26")), &text);
        assert!(s.errors.is_empty(), "{}: {:?}", f.display(), s.errors);
        assert_eq!(s.screen, Screen::Check, "{}: every relevant question is answered by the file", f.display());
        let direct = evaluate(&file.case);
        let through_flow = evaluate(s.case());
        for (a, b) in direct.pathways.iter().zip(&through_flow.pathways) {
            assert_eq!(a.verdict, b.verdict, "{}: {}", f.display(), a.pathway.id());
        }
    }
}

#[test]
fn a_broken_file_is_refused_with_the_field_named() {
    let s = open(&State::new(d("2026-11-26")), r#"{"case": {"assessed_on": "2023-02-30"}}"#);
    assert_eq!(s.screen, Screen::Start);
    assert_eq!(error_keys(&s), [("file", "error.file")]);
    assert_eq!(s.refusals, 1);
}

mod common;
use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 1500,
        max_global_rejects: 200_000,
        // A failing case is saved under tests/regressions/ and tried first on every later run: commit it.
        failure_persistence: Some(Box::new(proptest::test_runner::FileFailurePersistence::WithSource("regressions"))),
        ..ProptestConfig::default()
    })]

    /// The flow leaves a question out only when its answer cannot change any verdict: a case put
    /// through the flow gives exactly the engine's verdicts.
    #[test]
    fn questions_left_out_never_change_a_verdict(case in common::case()) {
        // Only consistent cases: the flow refuses what validation warns about (a request before the
        // claim, or with no claim at all: after 2020 the flow asks about a request only once a claim
        // before 2021 is known, Resolved convention 9). A stated age beside a date of birth is fine.
        let (errors, warnings) = pathways::validate::validate(&case);
        prop_assume!(errors.is_empty() && warnings.iter().all(|w| w.path == "case.child.age_years"));
        let mut s = State::new(case.assessed_on);
        s.set(case.assessed_on, pathways::fact::from_case(&case).into_iter().collect());
        let w = &s.derived().walk;
        // A file that says there are relatives it does not list: the flow asks about the next one.
        let n = case.uk_relatives.as_ref().map_or(0, Vec::len);
        if case.more_uk_relatives == Some(true) && (1..pathways::fact::MAX_RELATIVES).contains(&n) {
            prop_assert_eq!(w.next, Some(Fact::Relation(n)));
            return Ok(());
        }
        prop_assert_eq!(w.next, None);
        let direct = evaluate(&case);
        let through = evaluate(&w.case);
        for (a, b) in direct.pathways.iter().zip(&through.pathways) {
            prop_assert_eq!(a.verdict, b.verdict, "{} for {}", a.pathway.id(), pathways::casefile::case_file_text(&case, &[], None));
        }
    }
}

/// Walks the whole question graph: every answer option of every question that can be reached (dates
/// on both sides of the cut-offs, relations and statuses that lead to different routes), for
/// assessment dates across the rules' history. Every option of every question is followed at least
/// once, and every path followed goes on to "Check your answers" without asking a question twice.
#[test]
fn every_path_through_the_questions_reaches_the_result() {
    use pathways::fact::{Answer, Kind};
    use pathways::flow::Answers;
    use std::collections::HashSet;
    // Representative options: every yes/no, the relations and statuses that lead to different
    // routes, dates on both sides of the nearest cut-offs, "I don't know" everywhere.
    fn options(q: Fact, on: Date) -> Vec<Answer> {
        let mut out = vec![Answer::Unknown];
        let cutoffs = ["2014-01-01", "2016-03-20", "2018-01-18", "2021-01-01", "2023-04-12", "2025-09-04"];
        match q.kind() {
            Kind::YesNo => out.extend([Answer::Bool(true), Answer::Bool(false)]),
            Kind::Choice(choice) => {
                let opts = choice.options();
                let keep: Vec<&str> = match q {
                    Fact::Relation(_) => vec!["parent", "sibling", "aunt_uncle", "cousin"],
                    Fact::RelativeStatus(_) => vec!["british", "protection", "asylum_pending", "no_status"],
                    _ => opts.clone(),
                };
                out.extend(opts.into_iter().filter(|o| keep.contains(o)).map(Answer::Choice))
            }
            Kind::Date => {
                // The last cut-off before the assessment date: the day before it and the day itself.
                if let Some(c) = cutoffs.iter().map(|s| d(s)).rfind(|c| *c <= on) {
                    out.extend([Answer::Date(c.add_days(-1)), Answer::Date(c)]);
                }
            }
            Kind::DateOfBirth => {
                out.extend([Answer::Age(11), Answer::Age(15)]);
                let back = on.anniversary(-18).add_days(1);
                out.push(Answer::Born { date: back, entered: pathways::calendar::from_gregorian(back, Calendar::Gregorian) });
            }
            Kind::Country => out.extend(["FR", "TR", "SY"].iter().map(|c| Answer::Country(pathways::case::Country::parse(c).unwrap()))),
            Kind::Time => out.extend(["14:59", "15:00"].iter().map(|t| Answer::Time(pathways::case::Time::parse(t).unwrap()))),
        }
        if matches!(q, Fact::AnotherRelative(_)) {
            out = vec![Answer::Bool(false)];
        }
        out
    }
    let mut edges = 0usize;
    let mut paths = 0usize;
    for on in ["2013-11-01", "2016-06-01", "2016-10-25", "2018-06-01", "2021-02-01", "2025-09-04", "2026-02-01", "2026-11-26"] {
        let on = d(on);
        // An edge is a question, an option, and the verdicts so far: the same answer is followed
        // again wherever the case stands differently.
        let mut covered: HashSet<(Fact, usize, Vec<pathways::rules::Verdict>)> = HashSet::new();
        let mut stack: Vec<Answers> = vec![Answers::new()];
        while let Some(answers) = stack.pop() {
            let mut s = State::new(on);
            s.set(on, answers.clone());
            let w = &s.derived().walk;
            assert!(w.answered.len() <= 45, "too many questions: {:?}", w.answered);
            let Some(q) = w.next else {
                // The end of a path: "Check your answers", and a result.
                assert_eq!(s.reduce(Action::ShowResult).screen, Screen::Result);
                paths += 1;
                continue;
            };
            assert!(!answers.contains_key(&q), "{q} asked again after being answered: {:?}", w.answered);
            let opts = options(q, on);
            let verdicts: Vec<_> = evaluate(&w.case).pathways.iter().map(|p| p.verdict).collect();
            let fresh: Vec<usize> = (0..opts.len()).filter(|i| covered.insert((q, *i, verdicts.clone()))).collect();
            edges += fresh.len();
            // Follow each option not yet followed from this question; otherwise finish the path with
            // "I don't know".
            let follow: Vec<usize> = if fresh.is_empty() { vec![0] } else { fresh };
            for i in follow {
                let mut next = answers.clone();
                next.insert(q, opts[i].clone());
                stack.push(next);
            }
        }
    }
    println!("followed {edges} question-answer edges on {paths} complete paths");
    assert!(edges > 2000, "the walk followed too little: {edges}");
}

/// A case saved under rules 2026.11.2 (the pilot then closed after 11 June 2026), opened under the
/// rules now: the changed verdict is shown first, with why; the CLI says the same.
#[test]
fn a_case_saved_under_older_rules_says_what_changed_first() {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/saved-2026.11.2.json")).unwrap();
    let s = open(&State::new(d("2026-11-26")), &text);
    let keys: Vec<&str> = s.notice.iter().map(|n| n.key).collect();
    assert_eq!(keys, ["change.heading", "change.verdict", "notice.opened"], "the change comes first");
    let en = pathways::i18n::english();
    assert_eq!(
        en.render(&s.notice[1]),
        "UK-France pilot (\"one in, one out\"): Closed → Possible: The pilot was extended beyond 11 June 2026 with no confirmed end date: confirm it is still operating before relying on it."
    );
    assert!(en.render(&s.notice[0]).contains("saved under rules 2026.11.2"));
    // The command-line tool, in both reports.
    let file = parse_case_file(&text).unwrap().file;
    let a = evaluate(&file.case);
    let text_report = pathways::report::to_text(&a, &Default::default(), file.saved_result.as_ref(), en, &pathways::i18n::Plain(en));
    assert!(text_report.contains(" * UK-France pilot (\"one in, one out\"): Closed → Possible: "), "{text_report}");
    let json: serde_json::Value = serde_json::from_str(&pathways::report::to_json(&a, file.saved_result.as_ref(), en)).unwrap();
    assert_eq!(json["changes_since_saved"][0]["pathway"], "uk_france_pilot");
    assert_eq!(
        (json["changes_since_saved"][0]["before"].as_str(), json["changes_since_saved"][0]["after"].as_str()),
        (Some("closed"), Some("possible"))
    );
    // A file saved now, opened now: nothing changed, nothing said.
    let again = open(&State::new(d("2026-11-26")), &save(&s));
    assert_eq!(again.notice.iter().map(|n| n.key).collect::<Vec<_>>(), ["notice.opened"]);
    // An old file without a saved result still opens, with nothing to compare.
    let old = open(
        &State::new(d("2026-11-26")),
        &std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/scenarios/public/S01.json")).unwrap(),
    );
    assert!(old.errors.is_empty());
    assert_eq!(old.notice.iter().map(|n| n.key).collect::<Vec<_>>(), ["notice.opened"]);
}

#[test]
fn what_the_answers_make_is_worked_out_once_per_change_of_the_answers_or_the_date() {
    use pathways::flow::Derived;
    let s = with_a_sibling_in_the_uk("2026-11-26", "2012-03-04");
    let fresh = |s: &State| Derived::of(s.assessed_on, s.answers());
    assert_eq!(*s.derived(), fresh(&s), "the kept walk, case and assessment are those of the answers");
    // An action that changes neither keeps them (the same allocation).
    let same = s.reduce(Action::ShowCheck);
    assert!(std::ptr::eq(s.derived(), same.derived()), "worked out again with nothing changed");
    // A new answer, a new date: worked out again.
    let s = answer(s, Fact::RelativeStatus(0), pick("protection"));
    assert_eq!(*s.derived(), fresh(&s));
    let s = s.reduce(Action::ChangeAssessmentDate).reduce(Action::SetAssessmentDate(date("2016-10-24")));
    assert_eq!(s.assessed_on, d("2016-10-24"));
    assert_eq!(*s.derived(), fresh(&s));
    assert_eq!(s.derived().assessment, evaluate(s.case()));
}

/// An assessment date more than a year after today is taken only once confirmed (a mistyped
/// year is likelier); a year or less is taken at once.
#[test]
fn a_date_more_than_a_year_ahead_is_confirmed_first() {
    let s = State::new(d("2026-12-07")).reduce(Action::ChangeAssessmentDate);
    let asked = s.reduce(Action::SetAssessmentDate(date("2030-01-15")));
    assert_eq!(error_keys(&asked), [("confirm", "error.assessed_on.far_future")]);
    assert_eq!(asked.assessed_on, d("2026-12-07"), "not taken yet");
    let confirmed = asked.reduce(Action::ConfirmAssessmentDate(date("2030-01-15")));
    assert!(confirmed.errors.is_empty(), "{:?}", confirmed.errors);
    assert_eq!(confirmed.assessed_on, d("2030-01-15"));
    assert!(s.reduce(Action::SetAssessmentDate(date("2027-12-07"))).errors.is_empty(), "365 days ahead: taken at once");
}

/// A locked file on the start page: asked for its passphrase, a wrong one is an error on the
/// field (the file still waiting, the case in progress kept), the right one opens it; an empty
/// field is refused without asking the worker; "Choose another file" puts it aside.
#[test]
fn a_locked_file_asks_for_its_passphrase_and_nothing_is_lost_on_a_wrong_one() {
    use pathways::flow::SaveAs;
    let text = include_str!("scenarios/public/S13.json");
    let opened = open(&State::new(d("2026-12-07")), text);
    let export = Request::Export {
        assessed_on: opened.assessed_on,
        answers: opened.answers().iter().cloned().collect(),
        passphrase: Some("tres mots au hasard".into()),
    };
    let Reply::File { text: locked, locked: true } = cross_reply(pathways::worker::handle(cross_request(export))) else {
        panic!("a locked file")
    };
    // A case in progress (another file opened), then "Open a saved case" from the start page.
    let mut s = open(&State::new(d("2026-12-07")), include_str!("scenarios/public/S01.json"));
    let in_progress = s.answers().clone();
    assert!(!in_progress.is_empty());
    s = s.reduce(Action::Home);
    let ask = |s: &State, passphrase: Option<&str>| {
        let request = Request::Import { file: locked.as_bytes().to_vec(), passphrase: passphrase.map(String::from) };
        s.reduce(match cross_reply(pathways::worker::handle(cross_request(request))) {
            Reply::Locked { file, wrong_passphrase } => Action::Locked { file: file.into(), wrong_passphrase },
            Reply::Opened(o) => Action::Imported(Ok(o)),
            Reply::Failed(e) => Action::Imported(Err(e)),
            other => panic!("not a reply to opening: {other:?}"),
        })
    };
    s = ask(&s, None);
    assert_eq!(s.screen, Screen::Start);
    assert!(s.locked.as_ref().is_some_and(|l| !l.opening) && s.errors.is_empty());
    // Nothing typed: refused on the field, the worker not asked.
    let refusals = s.refusals;
    s = s.reduce(Action::Unlock { entered: false });
    assert_eq!((s.errors[0].field, s.errors[0].msg.key, s.refusals), ("passphrase", "lock.error_empty", refusals + 1));
    // A wrong passphrase: asked again with the error, the case in progress untouched.
    s = s.reduce(Action::Unlock { entered: true });
    assert!(s.locked.as_ref().is_some_and(|l| l.opening) && s.errors.is_empty());
    s = ask(&s, Some("tres mots"));
    assert_eq!((s.errors[0].field, s.errors[0].msg.key), ("passphrase", "file.locked.wrong_passphrase"));
    assert!(s.locked.is_some());
    assert_eq!(s.answers(), &in_progress);
    // Put aside, then chosen again: the right passphrase opens the case the file holds.
    s = s.reduce(Action::CancelUnlock);
    assert!(s.locked.is_none() && s.errors.is_empty() && s.answers() == &in_progress);
    s = ask(&s, None);
    s = ask(&s.reduce(Action::Unlock { entered: true }), Some("tres mots au hasard"));
    assert!(s.locked.is_none() && s.errors.is_empty(), "{:?}", s.errors);
    assert_eq!(s.case(), opened.case());
    // Saving: too short a passphrase is an error on its field; a good one says it is locking.
    let short = s.reduce(Action::Save(pathways::flow::passphrase::save_as("1234567")));
    assert_eq!((short.errors[0].field, short.errors[0].msg.key), ("lock", "lock.error_short"));
    let locking = short.reduce(Action::Save(Ok(SaveAs::Locked)));
    assert!(locking.errors.is_empty());
    assert_eq!(locking.status.as_ref().map(|m| m.key), Some("lock.saving"));
    let saved = locking.reduce(Action::Saved(Ok(("pathways-case-2021-02-01.json.age".into(), SaveAs::Locked))));
    assert_eq!(saved.status.as_ref().map(|m| m.key), Some("lock.saved"));
}

#[test]
fn forward_goes_again_where_back_came_from_until_something_else_is_done() {
    let s = started("2026-11-26");
    let s = answer(s, Fact::DateOfBirth, born("2010-09-01"));
    let s = answer(s, Fact::Location, country("FR"));
    let here = s.screen;
    let back = s.reduce(Action::Back).reduce(Action::Back);
    assert_eq!(back.screen, Screen::Question(Fact::DateOfBirth));
    let again = back.reduce(Action::Forward).reduce(Action::Forward);
    assert_eq!(again.screen, here, "Forward twice comes back to the screen Back left");
    assert_eq!(again.answers(), s.answers(), "and nothing changed");
    assert_eq!(again.reduce(Action::Forward).screen, here, "nothing further ahead");
    // Answering again goes on to the next question not answered (here, where Back started).
    let on = back.reduce(Action::Submit(born("2011-09-01")));
    assert_eq!(on.screen, here);
    let elsewhere = back.reduce(Action::ShowCheck);
    assert_eq!(elsewhere.reduce(Action::Forward).screen, Screen::Check, "after going elsewhere, Forward goes nowhere");
}

#[test]
fn a_case_in_progress_is_kept_for_the_tab_and_comes_back_as_it_was() {
    let fresh = started("2026-11-26");
    assert_eq!(State::new(d("2026-11-26")).kept(), None, "a plain visit keeps nothing");
    let s = answer(fresh, Fact::DateOfBirth, born("2010-09-01"));
    let s = answer(s, Fact::Location, country("FR"));
    let kept = s.kept().expect("a case in progress is kept");
    assert!(kept.unsaved);
    // As boot.js keeps it: through the structured-clone boundary (and JSON, which keeps the same values).
    let back = pathways::wire::kept_of(&pathways::wire::kept_node(&kept)).expect("it reads back");
    assert_eq!(back, kept);
    let restored = State::new(d("2026-11-26")).reduce(Action::Restore(back));
    assert_eq!(restored.answers(), s.answers());
    assert_eq!(restored.screen, s.screen);
    assert_eq!(restored.assessed_on, s.assessed_on);
    assert!(restored.unsaved);
    assert_eq!(restored.notice.iter().map(|m| m.key).collect::<Vec<_>>(), ["notice.kept"], "the volunteer is told");
    // Back goes the way it went before the reload (the browser's entries carry the depth).
    assert_eq!(restored.history, s.history, "the way back as it was");
    let one_back = restored.reduce(Action::Back);
    assert_eq!(one_back.screen, Screen::Question(Fact::Location));
    assert_eq!(one_back.reduce(Action::Back).screen, Screen::Question(Fact::DateOfBirth));
    assert_eq!(one_back.reduce(Action::Back).reduce(Action::Back).screen, Screen::Start);
    // Kept by a version without the way back: Back from the restored screen reaches the start.
    let pathways::wire::Node::Map(fields) = pathways::wire::kept_node(&kept) else { panic!("a map") };
    let older = pathways::wire::Node::Map(fields.into_iter().filter(|(k, _)| k != "history").collect());
    let restored = State::new(d("2026-11-26")).reduce(Action::Restore(pathways::wire::kept_of(&older).expect("it reads back")));
    assert_eq!(restored.screen, s.screen);
    assert_eq!(restored.reduce(Action::Back).screen, Screen::Start, "Back from a restored screen reaches the start");
    // Start again keeps nothing.
    assert_eq!(s.reduce(Action::StartAgain).reduce(Action::ClearAll).kept(), None);
}

#[test]
fn a_file_opened_over_answers_not_saved_asks_first() {
    let file = include_str!("scenarios/public/S13.json");
    let s = started("2026-11-26");
    let s = answer(s, Fact::DateOfBirth, born("2010-09-01"));
    let asked = open(&s, file);
    assert_eq!(asked.screen, Screen::ConfirmOpen, "the file waits for a yes");
    assert_eq!(asked.answers(), s.answers(), "the answers are still there");
    let kept = asked.reduce(Action::OpenPending(false));
    assert_eq!((kept.screen, kept.answers()), (s.screen, s.answers()), "keep my answers: back where it was");
    let opened = asked.reduce(Action::OpenPending(true));
    assert_eq!(opened.assessed_on, d("2021-02-01"), "open it: the file's case");
    assert!(!opened.unsaved);
    // Once saved, a file opens at once.
    let saved = s.reduce(Action::Saved(Ok(("x.json".into(), pathways::flow::SaveAs::Plain))));
    assert!(!saved.unsaved);
    assert_ne!(open(&saved, file).screen, Screen::ConfirmOpen);
}

#[test]
fn a_verdict_disputed_from_the_result_and_back_there_with_what_was_saved_said() {
    use pathways::flow::dispute::check;
    use pathways::rules::PathwayId;
    let s = open(&started("2026-11-26"), include_str!("scenarios/public/S13.json"));
    let mut s = s;
    while let Screen::Question(_) = s.screen {
        s = s.reduce(Action::Submit(Input::Unknown));
    }
    let result = s.reduce(Action::ShowResult);
    assert_eq!(result.screen, Screen::Result);
    let p = PathwayId::DublinFamily;
    let current = result.derived().assessment.get(p).verdict;
    let asked = result.reduce(Action::Dispute(p));
    assert_eq!(asked.screen, Screen::Dispute(p));
    assert_eq!(asked.reduce(Action::Back).screen, Screen::Result, "Back to the result");
    // Nothing chosen: refused on the screen, each field named; then sent, back to the result.
    let refused = asked.reduce(Action::Disputed(check(current, "", "").map(|_| ())));
    assert_eq!(
        (refused.screen, error_keys(&refused)),
        (Screen::Dispute(p), vec![("verdict", "dispute.error_verdict"), ("reason", "dispute.error_reason")])
    );
    assert_eq!(refused.refusals, asked.refusals + 1);
    let other = if current == pathways::rules::Verdict::Likely { "possible" } else { "likely" };
    let sent = refused.reduce(Action::Disputed(check(current, other, "Art 8(1)").map(|_| ())));
    assert_eq!((sent.screen, sent.errors.len()), (Screen::Result, 0));
    assert_eq!(sent.reduce(Action::Back).screen, Screen::Check, "the dispute left no step behind");
    // What the worker saved is said; a calendar or a test case is not the case saved to open again.
    let unsaved = sent.unsaved;
    for (how, key) in [(pathways::flow::SaveAs::Calendar, "saved.calendar"), (pathways::flow::SaveAs::Dispute, "saved.dispute")] {
        let said = sent.reduce(Action::Saved(Ok(("f".into(), how))));
        assert_eq!((said.status.as_ref().map(|m| m.key), said.unsaved), (Some(key), unsaved));
    }
    // A reload on the dispute screen comes back to it.
    let kept = asked.kept().unwrap();
    let back = pathways::wire::kept_of(&pathways::wire::kept_node(&kept)).unwrap();
    assert_eq!(State::new(d("2026-11-26")).reduce(Action::Restore(back)).screen, Screen::Dispute(p));
}
