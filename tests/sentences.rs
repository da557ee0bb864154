#![cfg(not(target_arch = "wasm32"))]
//! Every sentence around a verdict agrees with it, with the facts and with the assessment date
//! (issue 17): over every scenario file and 20,000 generated cases, for every banner, next step
//! and deadline: nothing before the assessment date is presented as still to come; no step meant
//! for a child is given to a person of 18 or over; the headline never calls closed a route a
//! card shows as likely or possible; every note is cited to its own source. The worked cases
//! T01-T08 (tests/scenarios/own) pin the sentences the issue found wrong.

mod common;

use pathways::case::Case;
use pathways::casefile::parse_case_file;
use pathways::date::Date;
use pathways::i18n::english;
use pathways::msg::{Arg, Msg};
use pathways::report::banners::{banners, Banner};
use pathways::report::{deadline_left, later_end, to_text};
use pathways::rules::{evaluate, Age, Assessment, Cite, RouteStatus, Tri, Verdict};
use pathways::scenario::collect;
use proptest::prelude::*;
use std::path::PathBuf;

/// Next steps meant only for a child.
const CHILD_STEPS: &[&str] = &["next.apply_before_18", "next.apply_soon", "next.eats", "next.eats_with_parent"];

/// Banners that speak of the 18th birthday as still to come.
const BIRTHDAY_AHEAD: &[&str] = &["result.birthday", "result.birthday_soon", "result.birthday_tomorrow", "result.birthday_range"];

/// Each note of the engine and its own source.
const NOTE_SOURCES: &[(&str, Cite)] = &[
    ("note.age_disputed", Cite::DublinArt2i),
    ("note.france_ase", Cite::FranceAse),
    ("note.no_irregular_crossing", Cite::DangerousJourneys),
];

/// Every date argument named `by` (a day something must be done by), nested messages included.
fn by_dates(m: &Msg, out: &mut Vec<Date>) {
    for (name, a) in &m.args {
        match a {
            Arg::Date(d) if *name == "by" => out.push(*d),
            Arg::Nested(inner) => by_dates(inner, out),
            Arg::List(items) => items.iter().for_each(|i| by_dates(i, out)),
            _ => {}
        }
    }
}

fn hopeful(v: Verdict) -> bool {
    matches!(v, Verdict::Likely | Verdict::Possible)
}

/// Every check of the module doc on one case; `what` names it in a failure.
fn sentences_agree(case: &Case, what: &str) -> Result<(), String> {
    let a: Assessment = evaluate(case);
    let on = case.assessed_on;
    let adult = Age::of_case(case).minor_on(on) == Tri::No;
    let fail = |why: String| Err(format!("{what}: {why}"));
    for p in &a.pathways {
        let id = p.pathway.id();
        // Steps: nothing to do by a day already past; nothing for a child to a person of 18 or over.
        for s in &p.next_steps {
            let mut dates = Vec::new();
            by_dates(s, &mut dates);
            if let Some(d) = dates.iter().find(|d| **d < on) {
                return fail(format!("{id}: the step {} asks for something by {d}, before {on}", s.key));
            }
            if adult && CHILD_STEPS.contains(&s.key) {
                return fail(format!("{id}: the step {} is for a child, and the person is 18 or over", s.key));
            }
        }
        // Deadlines: counted down only from a day still to come.
        for d in &p.deadlines {
            if d.days_left < 0 || (deadline_left(d).is_some() && d.earliest <= on) {
                return fail(format!("{id}: the deadline {:?} on {} is shown as to come on {on}", d.kind, d.earliest));
            }
        }
        if let RouteStatus::Open { until: Some(u), .. } = p.status {
            if u < on {
                return fail(format!("{id}: open until {u}, before {on}"));
            }
        }
        // A route that later closed says so in the past only when it is still open to the child.
        if later_end(p, &a).is_some() && !hopeful(p.verdict) {
            return fail(format!("{id}: a later end on a card that is not open"));
        }
    }
    let all: Vec<Banner> = banners(&a);
    for b in &all {
        for m in &b.lines {
            if BIRTHDAY_AHEAD.contains(&m.key) {
                let birthday = a.eighteenth_birthday.as_ref().expect("a birthday banner has a birthday");
                if birthday.earliest <= on {
                    return fail(format!("{} speaks of the 18th birthday ({}) as to come on {on}", m.key, birthday.earliest));
                }
                if adult {
                    return fail(format!("{}: the person is 18 or over", m.key));
                }
            }
            // The headline never calls closed a route a card shows as open.
            if m.key == "result.children_closed" {
                if let Some(p) = a.pathways.iter().find(|p| p.pathway.for_children() && hopeful(p.verdict)) {
                    return fail(format!(
                        "the headline says the routes for children are closed, but {} is {:?}",
                        p.pathway.id(),
                        p.verdict
                    ));
                }
            }
            if m.key == "result.children_kept" {
                let Some((_, Arg::List(named))) = m.args.iter().find(|(n, _)| *n == "routes") else {
                    return fail("no routes named".into());
                };
                let open: Vec<&str> =
                    a.by_hope().iter().filter(|p| p.pathway.for_children() && hopeful(p.verdict)).map(|p| p.pathway.name_key()).collect();
                let named: Vec<&str> = named.iter().map(|m| m.key).collect();
                if named != open {
                    return fail(format!("the headline names {named:?} as kept open; the cards show {open:?}"));
                }
            }
        }
        if b.kind == "act_first" {
            let (p, d) = a.next_deadline.as_ref().expect("an act-first banner has a deadline");
            if d.earliest < on || !hopeful(a.get(*p).verdict) {
                return fail(format!("act first on {} for {} ({:?})", d.earliest, p.id(), a.get(*p).verdict));
            }
        }
    }
    // Notes: each cited to its own source.
    for n in &a.notes {
        match NOTE_SOURCES.iter().find(|(k, _)| *k == n.msg.key) {
            Some((_, cite)) if *cite == n.cite => {}
            _ => return fail(format!("the note {} is cited to {:?}", n.msg.key, n.cite)),
        }
    }
    Ok(())
}

fn scenario_files() -> Vec<PathBuf> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut dirs = vec![root.join("tests/scenarios")];
    if root.join("../shared/scenarios").is_dir() {
        dirs.push(root.join("../shared/scenarios"));
    }
    collect(&dirs).unwrap()
}

#[test]
fn every_scenario_has_sentences_that_agree() {
    let files = scenario_files();
    assert!(files.len() > 300);
    for f in files {
        let case = parse_case_file(&std::fs::read_to_string(&f).unwrap()).unwrap().file.case;
        sentences_agree(&case, &f.display().to_string()).unwrap();
    }
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 20_000,
        max_global_rejects: 200_000,
        failure_persistence: Some(Box::new(proptest::test_runner::FileFailurePersistence::WithSource("regressions"))),
        ..ProptestConfig::default()
    })]

    #[test]
    fn generated_cases_have_sentences_that_agree(case in common::case()) {
        let (errors, _) = pathways::validate::validate(&case);
        prop_assume!(errors.is_empty());
        if let Err(e) = sentences_agree(&case, "generated") {
            return Err(TestCaseError::fail(format!("{e}\n{}", pathways::casefile::case_file_text(&case, &[], None))));
        }
    }
}

/// A worked case of tests/scenarios/own, its assessment, and its report in English.
fn worked(id: &str) -> (Assessment, String) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(format!("tests/scenarios/own/{id}.json"));
    let case = parse_case_file(&std::fs::read_to_string(path).unwrap()).unwrap().file.case;
    let a = evaluate(&case);
    let en = english();
    let text = to_text(&a, &Default::default(), None, en, &pathways::i18n::Plain(en));
    (a, text)
}

fn banner_keys(a: &Assessment) -> Vec<&'static str> {
    banners(a).iter().flat_map(|b| b.lines.iter().map(|m| m.key)).collect()
}

#[test]
fn the_leap_day_application_keeps_its_routes_open_in_the_headline() {
    let (a, text) = worked("T01");
    assert_eq!(banner_keys(&a), ["result.birthday_passed", "result.children_kept"]);
    assert!(
        text.contains("The child turned 18 on 1 March 2026. An application made before then keeps these routes open: Child joining a relative with protection (Child Relative route), Paragraph 297: joining a British or settled parent or relative."),
        "{text}"
    );
    assert!(!text.contains("have closed to them") && !text.contains("are closed to them"), "{text}");
}

#[test]
fn the_adult_on_the_pilot_gets_the_adults_step() {
    let (a, text) = worked("T02");
    let pilot = a.get(pathways::rules::PathwayId::UkFrancePilot);
    assert_eq!(pilot.verdict, Verdict::Possible);
    assert_eq!(pilot.next_steps.iter().map(|s| s.key).collect::<Vec<_>>(), ["next.eats_adult"]);
    assert!(!text.contains("Unaccompanied children cannot use the UK-France pilot"), "{text}");
}

#[test]
fn an_expired_transfer_limit_gives_the_step_for_an_expired_limit() {
    let (a, text) = worked("T03");
    let dublin = a.get(pathways::rules::PathwayId::DublinFamily);
    assert_eq!(dublin.next_steps[0].key, "next.dublin_transfer_passed");
    assert!(text.contains(" > The 6 months for the transfer ended on 1 September 2019"), "{text}");
    assert!(!text.contains("must happen by 1 September 2019"), "{text}");
}

#[test]
fn historic_dates_count_down_only_to_ends_known_then() {
    for (id, never, later) in [
        (
            "T04",
            "31 December 2020",
            "This route later closed: its last day was 31 December 2020, 23:00 UK time (not yet known on 1 June 2016).",
        ),
        ("T05", "27 July 2020", "This route later closed: its last day was 27 July 2020 (not yet known on 15 October 2019)."),
        (
            "T06",
            "4 September 2025",
            "This route later closed: its last day was 4 September 2025, 15:00 UK time (not yet known on 20 January 2021).",
        ),
    ] {
        let (_, text) = worked(id);
        assert!(!text.lines().any(|l| l.contains(never) && l.contains("days left")), "{id}: a countdown to an end nobody knew:\n{text}");
        assert!(text.contains(&format!(" ! {later}")), "{id}:\n{text}");
    }
    // Once known, it is counted down: Dublin as of 1 February 2020.
    let mut case = parse_case_file(&std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/scenarios/own/T04.json")).unwrap())
        .unwrap()
        .file
        .case;
    case.assessed_on = Date::ymd(2020, 2, 1);
    let en = english();
    let text = to_text(&evaluate(&case), &Default::default(), None, en, &pathways::i18n::Plain(en));
    assert!(text.contains("Last day this route is open: 31 December 2020, 23:00 UK time (334 days left)"), "{text}");
}

#[test]
fn stated_ages_say_the_range_in_the_right_tense() {
    let (a, text) = worked("T07");
    assert_eq!(banner_keys(&a)[0], "result.birthday_range_passed");
    assert!(text.contains("The child turned 18 between 2 February 2025 and 1 February 2026."), "{text}");
    let (a, text) = worked("T08");
    assert_eq!(banner_keys(&a), ["result.birthday_range"]);
    assert!(text.contains("The child turns 18 between 2 February 2028 and 1 February 2029: at least 731 days left."), "{text}");
    assert!(text.contains("(at least 731 days left)"), "the card counts from the earliest, saying so:\n{text}");
}

#[test]
fn on_the_18th_birthday_only_the_headline_speaks_of_the_routes_for_children() {
    let mut case = Case::new(Date::ymd(2026, 3, 1));
    case.child.date_of_birth = Some(Date::ymd(2008, 3, 1));
    case.child.location = Some(pathways::case::Country::code("FR"));
    case.uk_relatives = Some(vec![pathways::case::Relative {
        relation: Some(pathways::case::Relation::Cousin),
        adult: Some(true),
        status: Some(pathways::case::UkStatus::British),
        ..Default::default()
    }]);
    let a = evaluate(&case);
    assert_eq!(banner_keys(&a), ["result.birthday_today", "result.children_closed"]);
    let article8 = a.get(pathways::rules::PathwayId::Article8OutsideRules);
    assert!(article8.deadlines.is_empty(), "Article 8 is not a route for children: {:?}", article8.deadlines);
}

#[test]
fn a_date_long_after_the_law_was_checked_says_so() {
    let mut case = Case::new(Date::ymd(2030, 1, 15));
    case.child.age_years = Some(12);
    let a = evaluate(&case);
    assert_eq!(banner_keys(&a)[0], "result.rules_old");
    let en = english();
    let text = to_text(&a, &Default::default(), None, en, &pathways::i18n::Plain(en));
    assert!(text.contains("The rules were last checked on 6 October 2026; 15 January 2030 is more than 6 months later."), "{text}");
    // Within 6 months: nothing said.
    assert!(!banner_keys(&evaluate(&Case::new(Date::ymd(2027, 4, 6)))).contains(&"result.rules_old"));
}
