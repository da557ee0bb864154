//! The UK/European Applicant Transfer Scheme, the UK-France pilot (`uk_france_pilot`):
//! 6 August 2025 to 11 June 2026; not for unaccompanied children (Resolved convention 14).

use super::Ctx;
use crate::rules::cite::Cite;
use crate::rules::data::*;
use crate::rules::facts::{Fact, Tri};
use crate::rules::judge::{gate, Judge};
use crate::rules::outcome::{m, Deadline, DeadlineKind, PathwayId, PathwayResult, RouteStatus, Verdict};

pub fn evaluate(ctx: &Ctx) -> PathwayResult {
    let id = PathwayId::UkFrancePilot;
    let on = ctx.on;
    if on < EATS_FROM.value {
        let status = RouteStatus::NotYetInForce { from: EATS_FROM.value, cite: EATS_FROM.cite };
        return gate(id, Verdict::NotApplicable, m("eats.not_yet").date("date", EATS_FROM.value), EATS_FROM.cite, status, &[], vec![]);
    }
    if on > EATS_UNTIL.value {
        let status = RouteStatus::Closed { since: EATS_UNTIL.value.add_days(1), time: None, cite: EATS_UNTIL.cite };
        return gate(
            id,
            Verdict::Closed,
            m("eats.closed").date("date", EATS_UNTIL.value),
            EATS_UNTIL.cite,
            status,
            &[],
            vec![m("next.eats")],
        );
    }
    let status = RouteStatus::Open { since: Some(EATS_FROM.value), until: Some(EATS_UNTIL.value), cite: EATS_FROM.cite };
    let child = &ctx.case.child;
    let cite = Cite::EatsEligibility;
    let mut j = Judge::new();
    // Only adults, or children applying in a family group with a parent.
    let minor = ctx.age.minor_on(on);
    let alone = Tri::from(child.unaccompanied);
    match minor.and(alone) {
        Tri::Yes => j.fail(m("eats.unaccompanied_child"), cite),
        Tri::No if minor == Tri::No => j.cap(m("eats.adult"), cite, &[]),
        Tri::No => j.cap(m("eats.with_parent"), cite, &[]),
        Tri::Unknown => {
            let mut facts = Vec::new();
            if minor == Tri::Unknown {
                facts.push(Fact::DateOfBirth);
            }
            if alone == Tri::Unknown {
                facts.push(Fact::Unaccompanied);
            }
            j.cap(m("eats.unknown"), cite, &facts)
        }
    }
    match child.location {
        Some(c) if c == FRANCE => j.pass(m("eats.in_france"), cite),
        Some(_) => j.fail(m("eats.not_in_france"), cite),
        None => j.cap(m("eats.location_unknown"), cite, &[Fact::Location]),
    }
    match child.nationality {
        Some(n) if eea_state(n) => j.fail(m("eats.eea_national"), EEA_EFTA_STATES.cite),
        Some(_) => {}
        None => j.need(&[Fact::Nationality]),
    }
    j.deadlines.push(Deadline {
        kind: DeadlineKind::SchemeEnd,
        earliest: EATS_UNTIL.value,
        latest: EATS_UNTIL.value,
        days_left: on.days_until(EATS_UNTIL.value),
        time: None,
        cite: EATS_UNTIL.cite,
    });
    j.next_steps.push(m("next.eats"));
    j.finish(id, Verdict::Possible, status)
}
