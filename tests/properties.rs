#![cfg(not(target_arch = "wasm32"))]
//! Property tests over generated cases: the engine never panics, gives exactly one verdict per
//! pathway, is deterministic, and the Resolved conventions of RULES.md hold.

use pathways::case::*;
use pathways::casefile::parse_case_file;
use pathways::date::Date;
use pathways::i18n::english;
use pathways::rules::{evaluate, Assessment, PathwayId, Verdict};
use pathways::validate::validate;
use proptest::prelude::*;

mod common;
use common::case;

fn valid(case: &Case) -> bool {
    validate(case).0.is_empty()
}

const AGE_DEPENDENT: [PathwayId; 8] = [
    PathwayId::DublinFamily,
    // Arts 9 and 10 reach a parent only for a minor (Art 2(g)); Art 17(2) is never likely.
    PathwayId::DublinOther,
    PathwayId::DubsCalais,
    PathwayId::DubsReferral,
    PathwayId::RefugeeFamilyReunion,
    PathwayId::ChildRelativeProtection,
    PathwayId::Para297,
    PathwayId::AppendixFm,
];

fn v(a: &Assessment, p: PathwayId) -> Verdict {
    a.get(p).verdict
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 3000,
        max_global_rejects: 200_000,
        // A failing case is saved under tests/regressions/ and tried first on every later run: commit it.
        failure_persistence: Some(Box::new(proptest::test_runner::FileFailurePersistence::WithSource("regressions"))),
        ..ProptestConfig::default()
    })]

    #[test]
    fn one_verdict_per_pathway_every_verdict_explained(case in case()) {
        prop_assume!(valid(&case));
        let a = evaluate(&case);
        prop_assert_eq!(a.pathways.len(), 10);
        for (i, p) in a.pathways.iter().enumerate() {
            prop_assert_eq!(p.pathway, PathwayId::ALL[i]);
            prop_assert!(!p.reasons.is_empty(), "{:?} has no reason", p.pathway);
            if matches!(p.verdict, Verdict::NotEligible) {
                // Only an earlier application (made while a child) can overturn a failed condition, or
                // facts that would make Dublin not apply at all (a claim before 2014, a child outside it), or
                // whether a request was kept after 2020 (closed rather than not eligible), or, for the
                // Calais scheme, what would leave a relative out of Dublin (convention 10: one unable
                // to care, or whose family was formed after the flight, does not route the child).
                use pathways::fact::Fact::*;
                prop_assert!(p.missing.iter().all(|m| matches!(m.fact, Application | ApplicationDate | ApplicationTime | AsylumClaim | AsylumClaimDate | Location | RequestDate | RequestReceivedBeforeCutoff | RequestDecision)
                    || (p.pathway == PathwayId::DubsCalais && matches!(m.fact, RelativeCanCare(_) | RelativeFamilyBeforeFlight(_)))), "{:?}", p.missing);
            }
            for d in &p.deadlines {
                prop_assert!(d.days_left >= 0 && d.earliest <= d.latest);
            }
        }
    }

    #[test]
    fn deterministic(case in case()) {
        prop_assume!(valid(&case));
        prop_assert_eq!(evaluate(&case), evaluate(&case));
    }

    #[test]
    fn discretionary_routes_are_never_likely(case in case()) {
        prop_assume!(valid(&case));
        let a = evaluate(&case);
        for p in [PathwayId::DubsReferral, PathwayId::Article8OutsideRules, PathwayId::ChildRelativeProtection, PathwayId::Para297, PathwayId::AppendixFm, PathwayId::UkFrancePilot] {
            prop_assert_ne!(v(&a, p), Verdict::Likely, "{:?}", p);
        }
        // Art 17(2) alone is never likely: a likely dublin_other needs a parent (Art 9, 10) with consent.
        if v(&a, PathwayId::DublinOther) == Verdict::Likely {
            let has = case.uk_relatives.iter().flatten().any(|r| r.relation == Some(Relation::Parent)
                && matches!(r.status, Some(UkStatus::Protection | UkStatus::AsylumPending)) && r.written_consent == Some(true));
            prop_assert!(has);
        }
    }

    #[test]
    fn a_disputed_age_is_never_likely(case in case()) {
        prop_assume!(valid(&case));
        let mut case = case;
        case.child.age_disputed = Some(true);
        let a = evaluate(&case);
        for p in AGE_DEPENDENT {
            prop_assert_ne!(v(&a, p), Verdict::Likely, "{:?}", p);
        }
    }

    #[test]
    fn unknown_age_dispute_is_never_likely(case in case()) {
        prop_assume!(valid(&case));
        let mut case = case;
        case.child.age_disputed = None;
        let a = evaluate(&case);
        for p in AGE_DEPENDENT {
            prop_assert_ne!(v(&a, p), Verdict::Likely, "{:?}", p);
        }
    }

    #[test]
    fn dublin_is_closed_after_2020_without_a_saved_request(case in case()) {
        prop_assume!(valid(&case) && case.assessed_on > Date::ymd(2020, 12, 31));
        // Consistent cases only (validation warns about a request with no claim, a claim of status "none" with a date).
        prop_assume!(validate(&case).1.iter().all(|w| w.path == "case.child.age_years"));
        let saved = case.take_charge_request.as_ref().is_some_and(|t| t.known_status() == Some(RequestStatus::Sent)
            && t.sent_on.is_none_or(|d| d <= Date::ymd(2020, 12, 31))
            && t.uk_decision != Some(UkDecision::Refused)
            && !(t.sent_on == Some(Date::ymd(2020, 12, 31)) && t.received_before_cutoff_time == Some(false))
            // A request of unknown date cannot predate a claim lodged after the cut-off, or the child's birth.
            && (t.sent_on.is_some() || !(case.asylum_claim.as_ref().and_then(|c| c.lodged_on).is_some_and(|l| l > Date::ymd(2020, 12, 31))
                || pathways::rules::Age::of_case(&case).born.is_some_and(|(earliest, _)| earliest > Date::ymd(2020, 12, 31)))));
        let a = evaluate(&case);
        for p in [PathwayId::DublinFamily, PathwayId::DublinOther] {
            if saved {
                prop_assert_ne!(v(&a, p), Verdict::Closed, "{}", pathways::casefile::case_file_text(&case, &[], None));
            } else {
                prop_assert_eq!(v(&a, p), Verdict::Closed, "{}", pathways::casefile::case_file_text(&case, &[], None));
            }
        }
    }

    #[test]
    fn best_interests_against_the_uk_rule_out_dublin_and_dubs(case in case()) {
        prop_assume!(valid(&case));
        let mut case = case;
        case.child.best_interests_against_uk = Some(true);
        let a = evaluate(&case);
        for p in [PathwayId::DublinFamily, PathwayId::DubsCalais, PathwayId::DubsReferral] {
            prop_assert!(!matches!(v(&a, p), Verdict::Likely | Verdict::Possible), "{:?}: {:?}", p, v(&a, p));
        }
    }

    #[test]
    fn schemes_are_judged_only_inside_their_windows(case in case()) {
        prop_assume!(valid(&case));
        let a = evaluate(&case);
        let on = case.assessed_on;
        let window = |from: Date, until: Date, p: PathwayId| {
            let got = v(&a, p);
            if on < from { got == Verdict::NotApplicable } else if on > until { got == Verdict::Closed } else { !matches!(got, Verdict::Closed | Verdict::NotApplicable) }
        };
        prop_assert!(window(Date::ymd(2016, 10, 17), Date::ymd(2016, 12, 31), PathwayId::DubsCalais));
        prop_assert!(window(Date::ymd(2017, 1, 1), Date::ymd(2020, 7, 27), PathwayId::DubsReferral));
        // The pilot was extended past 11 June 2026 with no confirmed end (convention 14, rules 2026.12).
        prop_assert!(window(Date::ymd(2025, 8, 6), Date::ymd(2200, 12, 31), PathwayId::UkFrancePilot));
    }

    #[test]
    fn the_extended_pilot_is_at_most_possible_and_never_for_an_unaccompanied_child(case in case()) {
        prop_assume!(valid(&case) && case.assessed_on > Date::ymd(2026, 6, 11));
        let a = evaluate(&case);
        let got = v(&a, PathwayId::UkFrancePilot);
        prop_assert!(matches!(got, Verdict::Possible | Verdict::NotEligible), "{:?}", got);
        let minor = case.child.date_of_birth.is_some_and(|d| d.age_on(case.assessed_on) < 18);
        if minor && case.child.unaccompanied == Some(true) {
            prop_assert_eq!(got, Verdict::NotEligible);
        }
    }

    #[test]
    fn routes_for_children_need_a_child(case in case()) {
        prop_assume!(valid(&case) && case.child.date_of_birth.is_some());
        let dob = case.child.date_of_birth.unwrap();
        let app = case.uk_application.as_ref().and_then(|a| a.submitted_on).unwrap_or(case.assessed_on);
        prop_assume!(case.uk_application.as_ref().is_none_or(|a| a.submitted_on.is_some()));
        let a = evaluate(&case);
        if dob.age_on(app) >= 18 {
            for p in [PathwayId::RefugeeFamilyReunion, PathwayId::ChildRelativeProtection, PathwayId::Para297, PathwayId::AppendixFm] {
                prop_assert!(matches!(v(&a, p), Verdict::NotEligible | Verdict::Closed), "{:?}", p);
            }
        }
    }

    #[test]
    fn every_text_renders_in_english(case in case()) {
        prop_assume!(valid(&case));
        let a = evaluate(&case);
        let en = english();
        for p in &a.pathways {
            for msg in p.reasons.iter().map(|r| &r.msg).chain(p.next_steps.iter()) {
                let text = en.render(msg);
                prop_assert!(!text.contains('[') && !text.contains('{'), "{}: {}", msg.key, text);
            }
        }
    }

    #[test]
    fn a_case_survives_its_file_format(case in case()) {
        prop_assume!(valid(&case));
        let file = pathways::casefile::case_file_text(&case, &[], None);
        let back = parse_case_file(&file).unwrap().file.case;
        prop_assert_eq!(&back, &case);
        prop_assert_eq!(evaluate(&back), evaluate(&case));
    }
}
