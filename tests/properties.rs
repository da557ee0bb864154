//! Property tests over generated cases: the engine never panics, gives exactly one verdict per
//! pathway, is deterministic, and the Resolved conventions of RULES.md hold.
#![cfg(not(target_arch = "wasm32"))]

use pathways::case::*;
use pathways::date::Date;
use pathways::i18n::english;
use pathways::rules::{evaluate, Assessment, PathwayId, Verdict};
use proptest::prelude::*;

const BOUNDARIES: &[(i32, u32, u32)] = &[
    (2013, 12, 31),
    (2014, 1, 1),
    (2016, 3, 19),
    (2016, 3, 20),
    (2016, 10, 16),
    (2016, 10, 17),
    (2016, 10, 24),
    (2016, 12, 31),
    (2017, 1, 1),
    (2018, 1, 18),
    (2018, 1, 19),
    (2018, 12, 19),
    (2018, 12, 20),
    (2020, 7, 27),
    (2020, 7, 28),
    (2020, 12, 31),
    (2021, 1, 1),
    (2023, 4, 12),
    (2025, 8, 6),
    (2025, 9, 4),
    (2025, 9, 5),
    (2026, 3, 26),
    (2026, 6, 11),
    (2026, 6, 12),
    (2026, 11, 26),
];

fn date_between(from: (i32, u32, u32), to: (i32, u32, u32)) -> impl Strategy<Value = Date> {
    let a = Date::ymd(from.0, from.1, from.2).to_days();
    let b = Date::ymd(to.0, to.1, to.2).to_days();
    (a..=b).prop_map(|d| Date::from_days(d).unwrap())
}

/// A date near a rules boundary (within two days) or anywhere from 2012 to 2027.
fn date() -> impl Strategy<Value = Date> {
    prop_oneof![
        (prop::sample::select(BOUNDARIES), -2i64..=2).prop_map(|((y, m, d), off)| Date::ymd(y, m, d).add_days(off)),
        date_between((2012, 1, 1), (2027, 12, 31)),
    ]
}

fn country() -> impl Strategy<Value = Option<Country>> {
    prop::option::of(prop::sample::select(vec!["FR", "GR", "IT", "DE", "BE", "NO", "CH", "DK", "TR", "GB", "AF", "SD", "SY", "ER"]))
        .prop_map(|c| c.map(|c| Country::parse(c).unwrap()))
}

fn relative() -> impl Strategy<Value = Relative> {
    (
        prop::option::of(prop::sample::select(Relation::ALL.to_vec())),
        prop::option::of(any::<bool>()),
        prop::option::of(prop::sample::select(UkStatus::ALL.to_vec())),
        prop::option::of(any::<bool>()),
        prop::option::of(any::<bool>()),
        prop::option::of(any::<bool>()),
    )
        .prop_map(|(relation, adult, status, able_to_care, family_before_flight, written_consent)| Relative {
            relation,
            adult,
            status,
            able_to_care,
            family_before_flight,
            written_consent,
        })
}

fn ob() -> impl Strategy<Value = Option<bool>> {
    prop::option::of(any::<bool>())
}

prop_compose! {
    fn child(on: Date)(
        born in prop::option::of(0i64..25 * 366),
        age in prop::option::of(0u32..30),
        flags in prop::collection::vec(ob(), 10),
        nationality in country(),
        location in country(),
        arrived in prop::option::of(date()),
    ) -> Child {
        Child {
            date_of_birth: born.map(|d| on.add_days(-d)),
            age_years: age,
            age_disputed: flags[0],
            nationality,
            location,
            unaccompanied: flags[1],
            married: flags[2],
            arrived_in_europe_on: arrived.filter(|d| *d <= on),
            in_calais_camp_on_2016_10_24: flags[3],
            referred_as_high_risk_of_exploitation: flags[4],
            accompanying_sibling_of_eligible_child: flags[5],
            referred_by_authorities: flags[6],
            best_interests_against_uk: flags[7],
        }
    }
}

fn case() -> impl Strategy<Value = Case> {
    date().prop_flat_map(|on| {
        (
            child(on),
            prop::option::of((
                prop::option::of(prop::sample::select(vec![ClaimStatus::Lodged, ClaimStatus::None])),
                country(),
                prop::option::of(date()),
            )),
            prop::option::of((
                prop::option::of(prop::sample::select(vec![RequestStatus::Sent, RequestStatus::None])),
                prop::option::of(date()),
                ob(),
                prop::option::of(prop::sample::select(vec![UkDecision::Pending, UkDecision::Accepted, UkDecision::Refused])),
                prop::option::of(date()),
            )),
            prop::option::of((prop::option::of(date()), prop::option::of((0u8..24, 0u8..60)))),
            prop::option::of(prop::collection::vec(relative(), 0..4)),
        )
            .prop_map(move |(child, claim, tcr, app, relatives)| {
                let before = |d: Option<Date>| d.filter(|d| *d <= on);
                Case {
                    assessed_on: on,
                    child,
                    asylum_claim: claim.map(|(status, country, lodged_on)| AsylumClaim { status, country, lodged_on: before(lodged_on) }),
                    take_charge_request: tcr.map(|(status, sent_on, received, decision, decided_on)| TakeChargeRequest {
                        status,
                        sent_on: before(sent_on),
                        received_before_cutoff_time: received,
                        uk_decision: decision,
                        decided_on: before(decided_on),
                    }),
                    uk_application: app.map(|(d, t)| UkApplication {
                        submitted_on: before(d),
                        submitted_at: t.map(|(hour, minute)| Time { hour, minute }),
                    }),
                    uk_relatives: relatives,
                }
            })
    })
}

fn valid(case: &Case) -> bool {
    validate(case).0.is_empty()
}

const AGE_DEPENDENT: [PathwayId; 7] = [
    PathwayId::DublinFamily,
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
    #![proptest_config(ProptestConfig { cases: 3000, max_global_rejects: 200_000, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn one_verdict_per_pathway_every_verdict_explained(case in case()) {
        prop_assume!(valid(&case));
        let a = evaluate(&case);
        prop_assert_eq!(a.pathways.len(), 10);
        for (i, p) in a.pathways.iter().enumerate() {
            prop_assert_eq!(p.pathway, PathwayId::ALL[i]);
            prop_assert!(!p.reasons.is_empty(), "{:?} has no reason", p.pathway);
            if matches!(p.verdict, Verdict::NotEligible) {
                prop_assert!(p.missing.is_empty(), "a failed condition cannot be overturned by a missing fact");
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
        let saved = case.take_charge_request.as_ref().is_some_and(|t| t.status == Some(RequestStatus::Sent)
            && t.sent_on.is_none_or(|d| d <= Date::ymd(2020, 12, 31))
            && t.uk_decision != Some(UkDecision::Refused)
            && !(t.sent_on == Some(Date::ymd(2020, 12, 31)) && t.received_before_cutoff_time == Some(false)));
        let a = evaluate(&case);
        for p in [PathwayId::DublinFamily, PathwayId::DublinOther] {
            if saved {
                prop_assert_ne!(v(&a, p), Verdict::Closed);
            } else {
                prop_assert_eq!(v(&a, p), Verdict::Closed);
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
        prop_assert!(window(Date::ymd(2025, 8, 6), Date::ymd(2026, 6, 11), PathwayId::UkFrancePilot));
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
        let file = format!("{{\"case\": {}}}", serde_json::to_string(&case).unwrap());
        let back = parse_case_file(&file).unwrap().file.case;
        prop_assert_eq!(&back, &case);
        prop_assert_eq!(evaluate(&back), evaluate(&case));
    }
}
