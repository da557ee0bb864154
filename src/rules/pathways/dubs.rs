//! Section 67 Immigration Act 2016 ("Dubs"): the Calais clearance criteria of October to
//! December 2016 (`dubs_calais`) and the referrals from France, Greece and Italy of 2017 to
//! July 2020 (`dubs_referral`). RULES.md section 2; Resolved conventions 5, 6, 10 and 11.

use super::relatives::{about, art8_link};
use super::Ctx;
use crate::date::Date;
use crate::fact::Fact;
use crate::msg::{message, Arg};
use crate::rules::cite::Cite;
use crate::rules::data::*;
use crate::rules::facts::Tri;
use crate::rules::judge::{gate, Judge};
use crate::rules::outcome::{Deadline, DeadlineKind, PathwayId, PathwayResult, RouteStatus, Verdict};
use crate::rules::param::{Param, Phase};

/// Gate of a dated scheme: `Err` is the result before or after its window.
fn window(ctx: &Ctx, id: PathwayId, scheme: &Param<Phase>) -> Result<RouteStatus, PathwayResult> {
    let status = scheme.status(ctx.on);
    match status {
        RouteStatus::NotYetInForce { from, cite } => {
            Err(gate(id, Verdict::NotApplicable, message("dubs.not_yet").date("date", from), cite, status, &[], vec![]))
        }
        RouteStatus::Closed { since, cite, .. } => Err(gate(
            id,
            Verdict::Closed,
            message("dubs.closed").date("date", since.add_days(-1)),
            cite,
            status,
            &[],
            vec![message("next.dubs_closed")],
        )),
        RouteStatus::Open { .. } => Ok(status),
    }
}

fn unaccompanied(ctx: &Ctx, j: &mut Judge) {
    j.check(
        Tri::from(ctx.case.child.unaccompanied),
        Cite::DubsS67,
        message("dubs.unaccompanied"),
        message("dubs.accompanied"),
        message("dubs.unaccompanied_unknown"),
        &[Fact::Unaccompanied],
    );
}

fn scheme_end(ctx: &Ctx, j: &mut Judge, scheme: &Param<Phase>) {
    if let Some(end) = scheme.end_deadline(ctx.on) {
        j.deadlines.push(end);
    }
    ctx.add_birthday_deadline(j);
}

/// Arrived in Europe strictly before `date`.
fn arrived_before(ctx: &Ctx, j: &mut Judge, date: Date, cite: Cite) {
    let t = match ctx.case.child.arrived_in_europe_on {
        Some(d) => Tri::from(Some(d < date)),
        None => Tri::Unknown,
    };
    j.check(
        t,
        cite,
        message("dubs.arrived_before").date("date", date),
        message("dubs.arrived_after").date("date", date),
        message("dubs.arrival_unknown").date("date", date),
        &[Fact::ArrivedInEurope],
    );
}

/// `dubs_calais`: the Calais clearance criteria (guidance v2.0).
pub fn calais(ctx: &Ctx) -> PathwayResult {
    let id = PathwayId::DubsCalais;
    let status = match window(ctx, id, &CALAIS) {
        Ok(s) => s,
        Err(r) => return r,
    };
    let on = ctx.on;
    let child = &ctx.case.child;
    let mut j = Judge::new();
    ctx.best_interests(&mut j, Cite::DubsS67);
    // C: a child with a relative who could ground a Dublin Art 8 claim is routed there: the same
    // relationship test as `dublin_family` (Resolved convention 10).
    match ctx.relatives {
        None => j.cap(message("calais.relatives_unknown"), Cite::DubsCalaisGuidance, &[Fact::Relatives]),
        Some(list) => {
            for (i, rel) in list.iter().enumerate() {
                let link = art8_link(i, rel);
                match link.grounds {
                    Tri::Yes => {
                        j.fail(about("calais.use_dublin", i, rel), Cite::DubsCalaisGuidance);
                        // Still unknown (ability to care, family before the flight): a "no" would
                        // leave this relative out of Dublin and the scheme open (convention 10).
                        j.reopen(link.judge.missing_facts());
                    }
                    Tri::No => {
                        if let Some(why) = link.judge.first_failure() {
                            j.pass(about("calais.no_dublin_link", i, rel), why.cite);
                            j.pass(why.msg.clone(), why.cite);
                        }
                    }
                    Tri::Unknown => {
                        // Only the relation, the relative's adulthood and status decide whether the
                        // child goes to Dublin (ability to care and family before the flight do not).
                        let facts: Vec<Fact> = link
                            .judge
                            .missing_facts()
                            .iter()
                            .copied()
                            .filter(|f| matches!(f, Fact::Relation(_) | Fact::RelativeAdult(_) | Fact::RelativeStatus(_)))
                            .collect();
                        j.cap(about("calais.maybe_dublin", i, rel), Cite::DubsCalaisGuidance, &facts)
                    }
                }
            }
        }
    }
    // A: one of the four criteria, with age taken on the assessment date.
    let nationality = match child.nationality {
        Some(n) => Tri::from(Some(CALAIS_NATIONALITIES.value(on).contains(&n))),
        None => Tri::Unknown,
    };
    let a1 = ctx.age.at_most(*CALAIS_AGE_ANY_NATIONALITY.value(on), on);
    let a2 = Tri::from(child.referred_as_high_risk_of_exploitation);
    let a3 = ctx.age.at_most(*CALAIS_AGE_NATIONALITY.value(on), on).and(nationality);
    let a4 = ctx.age.minor_on(on).and(Tri::from(child.accompanying_sibling_of_eligible_child));
    let cite = Cite::DubsCalaisGuidance;
    match a1.or(a2).or(a3).or(a4) {
        Tri::Yes => {
            // The criterion met; an age criterion ends on a birthday, which the card shows.
            let (msg, age_limit) = if a1 == Tri::Yes {
                (message("calais.a1"), Some(*CALAIS_AGE_ANY_NATIONALITY.value(on)))
            } else if a2 == Tri::Yes {
                (message("calais.a2"), None)
            } else if a3 == Tri::Yes {
                (message("calais.a3"), Some(*CALAIS_AGE_NATIONALITY.value(on)))
            } else {
                (message("calais.a4"), None)
            };
            j.lead(msg, cite);
            if let Some(limit) = age_limit {
                if let Some(days) = ctx.age.birthday(limit + 1) {
                    j.deadlines.push(Deadline::range(DeadlineKind::AgeLimit(limit + 1), days, None, on, cite));
                }
            }
        }
        Tri::No => j.fail(message("calais.no_criterion"), cite),
        Tri::Unknown => {
            let mut facts = Vec::new();
            if a1 == Tri::Unknown || a3 == Tri::Unknown && nationality != Tri::No {
                facts.extend(ctx.age_facts());
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
            j.cap(message("calais.criterion_unknown"), cite, &facts)
        }
    }
    // B2: in the camp on or before 24 October 2016; B3: arrived before 20 March 2016.
    j.check(
        Tri::from(child.in_calais_camp_on_2016_10_24),
        cite,
        message("calais.in_camp"),
        message("calais.not_in_camp"),
        message("calais.camp_unknown"),
        &[Fact::InCalaisCamp],
    );
    let before = CALAIS_ARRIVED_BEFORE.at(on);
    arrived_before(ctx, &mut j, before.value, before.source);
    // D: under 18, age accepted.
    minor(ctx, &mut j);
    ctx.age_dispute(&mut j, Cite::DubsCalaisGuidance);
    unaccompanied(ctx, &mut j);
    scheme_end(ctx, &mut j, &CALAIS);
    j.finish(id, Verdict::Likely, status)
}

/// Under 18 on the assessment date (s.67).
fn minor(ctx: &Ctx, j: &mut Judge) {
    j.check(
        ctx.age.minor_on(ctx.on),
        Cite::DubsS67,
        message("dubs.minor"),
        message("dubs.adult"),
        message("dubs.minor_unknown"),
        &ctx.age_facts(),
    );
}

/// `dubs_referral`: referrals by France, Greece or Italy (never `likely`: quota and referral).
pub fn referral(ctx: &Ctx) -> PathwayResult {
    let id = PathwayId::DubsReferral;
    let status = match window(ctx, id, &DUBS_REFERRAL) {
        Ok(s) => s,
        Err(r) => return r,
    };
    let on = ctx.on;
    let child = &ctx.case.child;
    let mut j = Judge::new();
    let states = DUBS_REFERRAL_STATES.at(on);
    let cite = states.source;
    match child.location {
        None => j.cap(message("referral.location_unknown"), cite, &[Fact::Location]),
        Some(c) if states.value.contains(&c) => j.pass(message("referral.participating").arg("country", Arg::Country(c)), cite),
        Some(c) => j.fail(message("referral.not_participating").arg("country", Arg::Country(c)), cite),
    }
    match child.referred_by_authorities {
        Some(true) => j.pass(message("referral.referred"), cite),
        Some(false) => j.cap(message("referral.not_referred"), cite, &[]),
        None => j.cap(message("referral.referral_unknown"), cite, &[Fact::ReferredByAuthorities]),
    }
    ctx.best_interests(&mut j, Cite::DubsS67);
    minor(ctx, &mut j);
    ctx.age_dispute(&mut j, Cite::DubsS67);
    unaccompanied(ctx, &mut j);
    // P5: the date criterion in force on the date of the referral (taken as the assessment date).
    let criterion = DUBS_ARRIVED_BEFORE.at(on);
    match criterion.value {
        Some(date) => arrived_before(ctx, &mut j, date, criterion.source),
        None => j.pass(message("referral.no_date_criterion").date("date", criterion.from), criterion.source),
    }
    j.cap(message("referral.discretion"), Cite::DubsFactsheet, &[]);
    scheme_end(ctx, &mut j, &DUBS_REFERRAL);
    j.next_steps.push(message("next.dubs_referral"));
    j.finish(id, Verdict::Possible, status)
}
