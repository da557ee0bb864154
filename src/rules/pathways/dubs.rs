//! Section 67 Immigration Act 2016 ("Dubs"): the Calais clearance criteria of October to
//! December 2016 (`dubs_calais`) and the referrals from France, Greece and Italy of 2017 to
//! July 2020 (`dubs_referral`). RULES.md section 2; Resolved conventions 5, 6, 10 and 11.

use super::{about, Ctx};
use crate::case::{Relation, UkStatus};
use crate::date::Date;
use crate::rules::cite::Cite;
use crate::rules::data::*;
use crate::rules::facts::{Fact, Tri};
use crate::rules::judge::{gate, Judge};
use crate::rules::outcome::{m, Arg, Deadline, DeadlineKind, PathwayId, PathwayResult, RouteStatus, Verdict};

fn window_status(on: Date, from: Param<Date>, until: Param<Date>) -> RouteStatus {
    if on < from.value {
        RouteStatus::NotYetInForce { from: from.value, cite: from.cite }
    } else if on <= until.value {
        RouteStatus::Open { since: Some(from.value), until: Some(until.value), cite: from.cite }
    } else {
        RouteStatus::Closed { since: until.value.add_days(1), time: None, cite: until.cite }
    }
}

/// Gate of a dated scheme: `Err` is the result before or after its window.
fn window(ctx: &Ctx, id: PathwayId, from: Param<Date>, until: Param<Date>) -> Result<RouteStatus, PathwayResult> {
    let status = window_status(ctx.on, from, until);
    match status {
        RouteStatus::NotYetInForce { .. } => {
            Err(gate(id, Verdict::NotApplicable, m("dubs.not_yet").date("date", from.value), from.cite, status, &[], vec![]))
        }
        RouteStatus::Closed { .. } => {
            Err(gate(id, Verdict::Closed, m("dubs.closed").date("date", until.value), until.cite, status, &[], vec![m("next.dubs_closed")]))
        }
        RouteStatus::Open { .. } => Ok(status),
    }
}

fn best_interests(ctx: &Ctx, j: &mut Judge) {
    match ctx.case.child.best_interests_against_uk {
        Some(true) => j.fail(m("best_interests.against"), Cite::DubsS67),
        Some(false) => j.pass(m("best_interests.not_against"), Cite::DubsS67),
        None => {
            // Unknown best interests do not lower the verdict (Resolved convention 5), but a finding
            // against the UK would change it: worth asking.
            j.pass(m("best_interests.required"), Cite::DubsS67);
            j.need(&[Fact::BestInterests]);
        }
    }
}

fn unaccompanied(ctx: &Ctx, j: &mut Judge) {
    j.check(
        Tri::from(ctx.case.child.unaccompanied),
        Cite::DubsS67,
        m("dubs.unaccompanied"),
        m("dubs.accompanied"),
        m("dubs.unaccompanied_unknown"),
        &[Fact::Unaccompanied],
    );
}

fn scheme_end(ctx: &Ctx, j: &mut Judge, until: Param<Date>) {
    j.deadlines.push(Deadline {
        kind: DeadlineKind::SchemeEnd,
        earliest: until.value,
        latest: until.value,
        days_left: ctx.on.days_until(until.value),
        time: None,
        cite: until.cite,
    });
    ctx.add_birthday_deadline(j);
}

/// Arrived in Europe strictly before `before`.
fn arrived_before(ctx: &Ctx, j: &mut Judge, before: Param<Date>) {
    let t = match ctx.case.child.arrived_in_europe_on {
        Some(d) => Tri::from(Some(d < before.value)),
        None => Tri::Unknown,
    };
    let date = before.value;
    j.check(
        t,
        before.cite,
        m("dubs.arrived_before").date("date", date),
        m("dubs.arrived_after").date("date", date),
        m("dubs.arrival_unknown").date("date", date),
        &[Fact::ArrivedInEurope],
    );
}

/// `dubs_calais`: the Calais clearance criteria (guidance v2.0).
pub fn calais(ctx: &Ctx) -> PathwayResult {
    let id = PathwayId::DubsCalais;
    let status = match window(ctx, id, CALAIS_FROM, CALAIS_UNTIL) {
        Ok(s) => s,
        Err(r) => return r,
    };
    let on = ctx.on;
    let child = &ctx.case.child;
    let mut j = Judge::new();
    best_interests(ctx, &mut j);
    // C: a child who could use Dublin Art 8 is routed there (Resolved convention 10).
    match ctx.relatives {
        None => j.cap(m("calais.relatives_unknown"), Cite::DubsCalaisGuidance, &[Fact::Relatives]),
        Some(list) => {
            for (i, rel) in list.iter().enumerate() {
                let close = match rel.relation {
                    Some(Relation::Parent | Relation::Sibling) => Tri::Yes,
                    // Art 8(2) needs a relative who can take care of the child: one assessed as
                    // unable to cannot ground a Dublin claim, so does not close this scheme.
                    Some(Relation::AuntUncle | Relation::Grandparent) if rel.able_to_care == Some(false) => {
                        j.pass(about("calais.relative_cannot_care", i, rel), Cite::DublinArt8_2);
                        Tri::No
                    }
                    Some(Relation::AuntUncle | Relation::Grandparent) => Tri::from(rel.adult),
                    Some(Relation::HalfSibling) | None => Tri::Unknown,
                    Some(_) => Tri::No,
                };
                let present = match rel.status {
                    Some(UkStatus::British | UkStatus::Settled | UkStatus::Protection | UkStatus::OtherLeave) => Tri::Yes,
                    Some(UkStatus::NoStatus) => Tri::No,
                    Some(UkStatus::AsylumPending) | None => Tri::Unknown,
                };
                match close.and(present) {
                    Tri::Yes => j.fail(about("calais.use_dublin", i, rel), Cite::DubsCalaisGuidance),
                    Tri::Unknown => {
                        let mut facts = Vec::new();
                        if rel.relation.is_none() {
                            facts.push(Fact::Relation(i));
                        }
                        if rel.status.is_none() {
                            facts.push(Fact::RelativeStatus(i));
                        }
                        if close == Tri::Unknown && rel.relation.is_some() && rel.adult.is_none() {
                            facts.push(Fact::RelativeAdult(i));
                        }
                        j.cap(about("calais.maybe_dublin", i, rel), Cite::DubsCalaisGuidance, &facts)
                    }
                    Tri::No => {}
                }
            }
        }
    }
    // A: one of the four criteria, with age taken on the assessment date.
    let nationality = match child.nationality {
        Some(n) => Tri::from(Some(CALAIS_NATIONALITIES.value.contains(&n))),
        None => Tri::Unknown,
    };
    let a1 = ctx.age.at_most(CALAIS_AGE_ANY_NATIONALITY.value, on);
    let a2 = Tri::from(child.referred_as_high_risk_of_exploitation);
    let a3 = ctx.age.at_most(CALAIS_AGE_NATIONALITY.value, on).and(nationality);
    let a4 = ctx.age.minor_on(on).and(Tri::from(child.accompanying_sibling_of_eligible_child));
    let cite = Cite::DubsCalaisGuidance;
    match a1.or(a2).or(a3).or(a4) {
        Tri::Yes => {
            let msg = if a1 == Tri::Yes {
                m("calais.a1")
            } else if a2 == Tri::Yes {
                m("calais.a2")
            } else if a3 == Tri::Yes {
                m("calais.a3")
            } else {
                m("calais.a4")
            };
            j.lead(msg, cite)
        }
        Tri::No => j.fail(m("calais.no_criterion"), cite),
        Tri::Unknown => {
            let mut facts = Vec::new();
            if a1 == Tri::Unknown || a3 == Tri::Unknown && nationality != Tri::No {
                facts.push(Fact::DateOfBirth);
            }
            if a2 == Tri::Unknown {
                facts.push(Fact::ReferredHighRisk);
            }
            if nationality == Tri::Unknown {
                facts.push(Fact::Nationality);
            }
            if child.accompanying_sibling_of_eligible_child.is_none() {
                facts.push(Fact::AccompanyingSibling);
            }
            j.cap(m("calais.criterion_unknown"), cite, &facts)
        }
    }
    // B2: in the camp on or before 24 October 2016; B3: arrived before 20 March 2016.
    j.check(
        Tri::from(child.in_calais_camp_on_2016_10_24),
        cite,
        m("calais.in_camp"),
        m("calais.not_in_camp"),
        m("calais.camp_unknown"),
        &[Fact::InCalaisCamp],
    );
    arrived_before(ctx, &mut j, DUBS_ARRIVED_BEFORE);
    // D: under 18, age accepted.
    j.check(ctx.age.minor_on(on), Cite::DubsS67, m("dubs.minor"), m("dubs.adult"), m("dubs.minor_unknown"), &[Fact::DateOfBirth]);
    ctx.age_dispute(&mut j, Cite::DubsCalaisGuidance);
    unaccompanied(ctx, &mut j);
    scheme_end(ctx, &mut j, CALAIS_UNTIL);
    j.finish(id, Verdict::Likely, status)
}

/// `dubs_referral`: referrals by France, Greece or Italy (never `likely`: quota and referral).
pub fn referral(ctx: &Ctx) -> PathwayResult {
    let id = PathwayId::DubsReferral;
    let status = match window(ctx, id, DUBS_REFERRAL_FROM, DUBS_REFERRAL_UNTIL) {
        Ok(s) => s,
        Err(r) => return r,
    };
    let on = ctx.on;
    let child = &ctx.case.child;
    let mut j = Judge::new();
    let cite = DUBS_REFERRAL_STATES.cite;
    match child.location {
        None => j.cap(m("referral.location_unknown"), cite, &[Fact::Location]),
        Some(c) if DUBS_REFERRAL_STATES.value.contains(&c) => j.pass(m("referral.participating").arg("country", Arg::Country(c)), cite),
        Some(c) => j.fail(m("referral.not_participating").arg("country", Arg::Country(c)), cite),
    }
    match child.referred_by_authorities {
        Some(true) => j.pass(m("referral.referred"), cite),
        Some(false) => j.cap(m("referral.not_referred"), cite, &[]),
        None => j.cap(m("referral.referral_unknown"), cite, &[Fact::ReferredByAuthorities]),
    }
    best_interests(ctx, &mut j);
    j.check(ctx.age.minor_on(on), Cite::DubsS67, m("dubs.minor"), m("dubs.adult"), m("dubs.minor_unknown"), &[Fact::DateOfBirth]);
    ctx.age_dispute(&mut j, Cite::DubsS67);
    unaccompanied(ctx, &mut j);
    // P5: the date criterion in force on the date of the referral (taken as the assessment date).
    if on <= DUBS_FIRST_CRITERION_UNTIL.value {
        arrived_before(ctx, &mut j, DUBS_ARRIVED_BEFORE);
    } else if on < DUBS_NO_DATE_FROM.value {
        arrived_before(ctx, &mut j, DUBS_SECOND_ARRIVED_BEFORE);
    } else {
        j.pass(m("referral.no_date_criterion"), DUBS_NO_DATE_FROM.cite);
    }
    j.cap(m("referral.discretion"), Cite::DubsFactsheet, &[]);
    scheme_end(ctx, &mut j, DUBS_REFERRAL_UNTIL);
    j.next_steps.push(m("next.dubs_referral"));
    j.finish(id, Verdict::Possible, status)
}
