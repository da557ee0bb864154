//! The UK/European Applicant Transfer Scheme, the UK-France pilot (`uk_france_pilot`): in force
//! from 6 August 2025, extended past 11 June 2026 with no confirmed end; not for unaccompanied
//! children (Resolved convention 14). Its window is the dated parameter `EATS`.

use super::Ctx;
use crate::fact::Fact;
use crate::msg::message;
use crate::rules::cite::Cite;
use crate::rules::data::*;
use crate::rules::facts::Tri;
use crate::rules::judge::{gate, Judge};
use crate::rules::outcome::{PathwayId, PathwayResult, RouteStatus, Verdict};
use crate::rules::param::{Param, Phase};

pub fn evaluate(ctx: &Ctx) -> PathwayResult {
    evaluate_with(ctx, &EATS)
}

/// The pilot judged with a given window (the rules data's `EATS`, or a test's).
fn evaluate_with(ctx: &Ctx, window: &Param<Phase>) -> PathwayResult {
    let id = PathwayId::UkFrancePilot;
    let on = ctx.on;
    let status = window.status(on);
    let mut j = Judge::new();
    match (&status, window.at(on)) {
        (RouteStatus::NotYetInForce { from, cite }, _) => {
            return gate(id, Verdict::NotApplicable, message("eats.not_yet").date("date", *from), *cite, status.clone(), &[], vec![]);
        }
        (RouteStatus::Closed { since, cite, .. }, _) => {
            let why = message("eats.closed").date("date", since.add_days(-1));
            return gate(id, Verdict::Closed, why, *cite, status.clone(), &[], vec![message("next.eats")]);
        }
        // Running past its announced end with no confirmed end date: at most possible (convention 14).
        (_, entry) => {
            if let Phase::Unconfirmed(note) = entry.value {
                j.note_cap(message(note), entry.source);
            }
        }
    }
    let child = &ctx.case.child;
    let cite = Cite::EatsEligibility;
    // Only adults, or children applying in a family group with a parent.
    let minor = ctx.age.minor_on(on);
    let alone = Tri::from(child.unaccompanied);
    match minor.and(alone) {
        Tri::Yes => j.fail(message("eats.unaccompanied_child"), cite),
        Tri::No if minor == Tri::No => j.cap(message("eats.adult"), cite, &[]),
        Tri::No => j.cap(message("eats.with_parent"), cite, &[]),
        Tri::Unknown => {
            let mut facts = Vec::new();
            if minor == Tri::Unknown {
                facts.extend(ctx.age_facts());
            }
            if alone == Tri::Unknown {
                facts.push(Fact::Unaccompanied);
            }
            j.cap(message("eats.unknown"), cite, &facts)
        }
    }
    match child.location {
        Some(c) if c == FRANCE => j.pass(message("eats.in_france"), cite),
        Some(_) => j.fail(message("eats.not_in_france"), cite),
        None => j.cap(message("eats.location_unknown"), cite, &[Fact::Location]),
    }
    match child.nationality {
        Some(n) if eea_state(n, on) => j.fail(message("eats.eea_national"), EEA_EFTA_STATES.at(on).source),
        Some(_) => {}
        None => j.need(&[Fact::Nationality]),
    }
    if let Some(end) = window.end_deadline(on) {
        j.deadlines.push(end);
    }
    // The step for who the person is: an adult may apply; a child only with a parent; an
    // unaccompanied child never (RULES.md, next steps).
    j.next_steps.push(match (minor, alone) {
        (Tri::No, _) => message("next.eats_adult"),
        (Tri::Yes, Tri::No) => message("next.eats_with_parent"),
        _ => message("next.eats"),
    });
    j.finish(id, Verdict::Possible, status)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::case::Case;
    use crate::date::Date;
    use crate::rules::outcome::DeadlineKind;
    use crate::rules::param::{on, on_fixed, SINCE_EVER};

    /// The worked example of `data.rs` and the README: the pilot's end is confirmed on 20
    /// November 2026 for 15 December 2026, entered as one more entry of the window.
    static CONFIRMED_END: Param<Phase> = Param {
        name: "eats",
        entries: &[
            on(SINCE_EVER, Phase::NotYetInForce, Cite::Eats),
            on(Date::ymd(2025, 8, 6), Phase::Open, Cite::Eats),
            on(Date::ymd(2026, 6, 12), Phase::Unconfirmed("status_note.eats_extended"), Cite::EatsExtension),
            on_fixed(Date::ymd(2026, 12, 16), Phase::Closed, Cite::EatsExtension, Date::ymd(2026, 11, 20)),
        ],
    };

    fn adult_in_france(assessed_on: Date) -> Case {
        let mut case = Case::new(assessed_on);
        case.child.date_of_birth = Some(Date::ymd(2000, 1, 1));
        case.child.location = Some(FRANCE);
        case.child.unaccompanied = Some(true);
        case
    }

    #[test]
    fn the_test_window_is_the_data_plus_one_entry() {
        assert_eq!(CONFIRMED_END.entries.len(), EATS.entries.len() + 1);
        for (a, b) in CONFIRMED_END.entries.iter().zip(EATS.entries) {
            assert_eq!((a.from, a.time, a.value, a.source), (b.from, b.time, b.value, b.source));
        }
    }

    #[test]
    fn a_confirmed_end_closes_the_pilot() {
        let before = adult_in_france(Date::ymd(2026, 12, 1));
        let r = evaluate_with(&Ctx::new(&before), &CONFIRMED_END);
        assert_eq!(r.verdict, Verdict::Possible);
        let end = r.deadlines.iter().find(|d| d.kind == DeadlineKind::SchemeEnd).expect("the last day is a deadline");
        assert_eq!((end.earliest, end.days_left), (Date::ymd(2026, 12, 15), 14));
        // Before it was announced, nobody could count down to it.
        let earlier = adult_in_france(Date::ymd(2026, 11, 19));
        let r = evaluate_with(&Ctx::new(&earlier), &CONFIRMED_END);
        assert!(r.deadlines.iter().all(|d| d.kind != DeadlineKind::SchemeEnd), "{:?}", r.deadlines);
        let after = adult_in_france(Date::ymd(2026, 12, 16));
        let r = evaluate_with(&Ctx::new(&after), &CONFIRMED_END);
        assert_eq!(r.verdict, Verdict::Closed);
        assert_eq!(r.reasons[0].msg.key, "eats.closed");
        // Without the entry, the same day is still possible, to be confirmed (convention 14).
        assert_eq!(evaluate(&Ctx::new(&after)).verdict, Verdict::Possible);
    }
}
