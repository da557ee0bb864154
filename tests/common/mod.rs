//! Generators of cases for property tests: dates near the rules' boundaries, every relation and
//! status, unknowns everywhere.
#![allow(dead_code)]

use pathways::case::format::Word;
use pathways::case::*;
use pathways::date::Date;
use proptest::prelude::*;

pub const BOUNDARIES: &[(i32, u32, u32)] = &[
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
pub fn date() -> impl Strategy<Value = Date> {
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
            age_stated_on: None,
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

pub fn case() -> impl Strategy<Value = Case> {
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
            // An application: made (with or without its date and time), none made, or not known.
            prop::option::of((any::<bool>(), prop::option::of(date()), prop::option::of((0u8..24, 0u8..60)))),
            prop::option::of(any::<bool>()),
            prop::option::of(prop::collection::vec(relative(), 0..4)),
        )
            // Whether there are more relatives is said only of a list that names some.
            .prop_map(|(child, claim, tcr, app, more, relatives)| {
                let more = more.filter(|_| relatives.as_ref().is_some_and(|l| !l.is_empty()));
                (child, claim, tcr, app, more, relatives)
            })
            .prop_map(move |(child, claim, tcr, app, more, relatives)| {
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
                    uk_application: app.map(|(made, d, t)| match made {
                        true => UkApplication {
                            status: None,
                            submitted_on: before(d),
                            submitted_at: t.map(|(hour, minute)| Time { hour, minute }),
                        },
                        false => UkApplication { status: Some(ApplicationStatus::None), ..UkApplication::default() },
                    }),
                    more_uk_relatives: more,
                    uk_relatives: relatives,
                }
            })
    })
}

/// The facts of a case as the format means them: a status left null but implied by a date is
/// that status; one of which nothing is known is unknown; a stated age is unused (and not kept)
/// when the date of birth is known.
#[allow(dead_code)]
pub fn meaning(mut c: Case) -> Case {
    if let Some(claim) = c.asylum_claim.as_mut() {
        claim.status = claim.known_status();
    }
    if let Some(t) = c.take_charge_request.as_mut() {
        t.status = t.known_status();
    }
    // A claim or a request of which nothing is known is not known.
    if c.asylum_claim == Some(AsylumClaim::default()) {
        c.asylum_claim = None;
    }
    if c.take_charge_request == Some(TakeChargeRequest::default()) {
        c.take_charge_request = None;
    }
    if c.child.date_of_birth.is_some() {
        c.child.age_years = None;
    }
    c
}
