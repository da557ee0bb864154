//! The Immigration Rules routes for a child abroad: refugee family reunion
//! (`refugee_family_reunion`), a relative with protection (`child_relative_protection`),
//! paragraph 297 (`para_297`) and Appendix FM (`appendix_fm`). RULES.md sections 3.1 to 3.4;
//! Resolved conventions 12 and 13.

use super::relatives::{about, judge_relatives};
use super::Ctx;
use crate::case::{Relation, Relative, UkStatus};
use crate::fact::Fact;
use crate::msg::message;
use crate::rules::cite::Cite;
use crate::rules::data::*;
use crate::rules::judge::{gate, Judge};
use crate::rules::outcome::{PathwayId, PathwayResult, Verdict};
use crate::rules::param::{Moment, Phase};

/// Unknown relation or status of one relative: caps, naming the fact.
fn unknown_relation(j: &mut Judge, i: usize, rel: &Relative, cite: Cite) {
    j.cap(about("rel.relation_unknown", i, rel), cite, &[Fact::Relation(i)]);
}
fn unknown_status(j: &mut Judge, i: usize, rel: &Relative, cite: Cite) {
    j.cap(about("rel.status_unknown", i, rel), cite, &[Fact::RelativeStatus(i)]);
}

/// `refugee_family_reunion`: a child joining a parent with protection (para 352D, then Appendix
/// FRP), closed to applications from 15:00 on 4 September 2025 (HC 1298).
pub fn family_reunion(ctx: &Ctx) -> PathwayResult {
    let id = PathwayId::RefugeeFamilyReunion;
    let on = ctx.on;
    let status = FAMILY_REUNION.status(on);
    let notes = ctx.notes(&FAMILY_REUNION_NOTES);
    let closure = FAMILY_REUNION.first(|p| *p == Phase::Closed).unwrap_or(&FAMILY_REUNION.entries[0]);
    let app = ctx.app;
    let mut j = Judge::new();
    for n in &notes {
        j.note(n.msg.clone(), n.cite);
    }
    // The gate: the route open when the application (or, with none recorded, today) was made.
    let closed = |e: &crate::rules::param::Entry<Phase>| e.value == Phase::Closed;
    let at_application = if app.date_unknown && *FAMILY_REUNION.value(on) == Phase::Closed {
        None
    } else {
        match FAMILY_REUNION.at_time(app.date, app.time) {
            Moment::Known(e) => Some(!closed(e)),
            Moment::Boundary { .. } => None,
        }
    };
    match at_application {
        Some(false) => {
            // An application made before the closure (not recorded yet) would change this.
            let ask: &[Fact] = if app.unknown { &[Fact::Application] } else { &[] };
            let why = if app.recorded { message("frp.closed_application").date("date", app.date) } else { message("frp.closed") };
            return gate(id, Verdict::Closed, why, closure.source, status, ask, vec![message("next.frp_closed")]).with_notes(notes);
        }
        None if app.date_unknown => {
            // The date decides between closed and the route's own verdict, even a failing one.
            j.cap(message("frp.application_date_unknown"), closure.source, &[Fact::ApplicationDate]);
            j.reopen(&[Fact::ApplicationDate]);
        }
        None => {
            j.cap(message("frp.closure_day_time_unknown"), closure.source, &[Fact::ApplicationTime]);
            j.reopen(&[Fact::ApplicationTime]);
        }
        // Made before the closure, looked at after it: decided under the rules then in force.
        Some(true) if *FAMILY_REUNION.value(on) == Phase::Closed || on == closure.from => {
            j.pass(message("frp.transitional"), closure.source)
        }
        Some(true) => {}
    }
    let cite = FAMILY_REUNION.at(app.date).source;
    if let Some(end) = FAMILY_REUNION.end_deadline(on) {
        j.deadlines.push(end);
    }
    judge_relatives(ctx, &mut j, cite, |i, rel| {
        let mut one = Judge::new();
        match rel.relation {
            Some(Relation::Parent) => {}
            None => unknown_relation(&mut one, i, rel, cite),
            Some(_) => {
                // Only a parent can sponsor: nothing else about this relative matters here.
                one.fail(about("frp.not_parent", i, rel), cite);
                return one;
            }
        }
        match rel.status {
            Some(UkStatus::Protection) => one.lead(about("frp.protection", i, rel), cite),
            Some(UkStatus::Settled) => one.cap(about("frp.settled", i, rel), cite, &[]),
            Some(UkStatus::British) => one.fail(about("frp.british", i, rel), cite),
            Some(_) => one.fail(about("frp.no_protection", i, rel), cite),
            None => unknown_status(&mut one, i, rel, cite),
        }
        match rel.family_before_flight {
            Some(true) => one.pass(about("frp.family_before", i, rel), cite),
            Some(false) => one.fail(about("frp.family_after", i, rel), cite),
            None => one.cap(about("frp.family_unknown", i, rel), cite, &[Fact::RelativeFamilyBeforeFlight(i)]),
        }
        one
    });
    ctx.child_route_conditions(&mut j, cite);
    ctx.add_application_deadline(&mut j);
    ctx.child_route_steps(&mut j, message("next.frp_open"));
    j.finish(id, Verdict::Likely, status)
}

/// `child_relative_protection`: a child joining a sibling, grandparent, aunt, uncle or
/// step-parent with protection (para 319X, Appendix CNP, now Child Relative (Sponsors with
/// Protection)). Serious and compelling circumstances are always for the caseworker: never `likely`.
pub fn child_relative(ctx: &Ctx) -> PathwayResult {
    let id = PathwayId::ChildRelativeProtection;
    let cite = CHILD_RELATIVE.at(ctx.app.date).source;
    let status = CHILD_RELATIVE.status(ctx.on);
    let mut j = Judge::new();
    judge_relatives(ctx, &mut j, cite, |i, rel| {
        let mut one = Judge::new();
        match rel.relation {
            Some(Relation::Sibling | Relation::HalfSibling | Relation::Grandparent | Relation::AuntUncle | Relation::StepParent) => {}
            Some(Relation::Parent) => one.fail(about("crp.parent", i, rel), cite),
            Some(_) => one.fail(about("crp.not_close_relative", i, rel), cite),
            None => unknown_relation(&mut one, i, rel, cite),
        }
        match rel.status {
            Some(UkStatus::Protection) => one.lead(about("crp.protection", i, rel), cite),
            Some(UkStatus::British | UkStatus::Settled) => one.fail(about("crp.settled", i, rel), cite),
            Some(UkStatus::AsylumPending) => one.fail(about("crp.pending", i, rel), cite),
            Some(_) => one.fail(about("crp.no_protection", i, rel), cite),
            None => unknown_status(&mut one, i, rel, cite),
        }
        one
    });
    ctx.child_route_conditions(&mut j, cite);
    j.cap(message("crp.serious_compelling"), cite, &[]);
    j.pass(message("crp.identity"), cite);
    ctx.add_application_deadline(&mut j);
    ctx.child_route_steps(&mut j, message("next.crp_297"));
    j.finish(id, Verdict::Possible, status)
}

/// `para_297`: a child joining a British or settled parent or relative; serious and compelling
/// considerations, maintenance and accommodation are always to be shown: never `likely`.
pub fn para_297(ctx: &Ctx) -> PathwayResult {
    let id = PathwayId::Para297;
    let cite = PARA_297.at(ctx.app.date).source;
    let mut j = Judge::new();
    // Is the parent limb refused when the other parent has limited leave (HC 1691), or open (Kone)?
    let other_parent = PARA_297_OTHER_PARENT_LIMITED_REFUSED.at(ctx.app.date);
    let hc1691 = other_parent.value;
    judge_relatives(ctx, &mut j, cite, |i, rel| {
        let mut one = Judge::new();
        match rel.status {
            Some(UkStatus::British | UkStatus::Settled) => one.lead(about("p297.settled", i, rel), cite),
            Some(_) => one.fail(about("p297.not_settled", i, rel), cite),
            None => unknown_status(&mut one, i, rel, cite),
        }
        match rel.relation {
            Some(Relation::Parent) => {
                if hc1691 {
                    one.pass(about("p297.parent_hc1691", i, rel), other_parent.source);
                } else {
                    one.pass(about("p297.parent", i, rel), cite);
                }
                // The other parent's limited leave (protection or other leave): refused from HC 1691;
                // before it, Kone keeps the parent limb open.
                let others = ctx.relatives.unwrap_or_default().iter().enumerate();
                for (k, other) in others.filter(|(k, o)| *k != i && o.relation == Some(Relation::Parent)) {
                    match (other.status, hc1691) {
                        (Some(UkStatus::Protection | UkStatus::OtherLeave), true) => {
                            one.fail(about("p297.other_parent_limited", i, other), other_parent.source)
                        }
                        (Some(UkStatus::Protection | UkStatus::OtherLeave), false) => {
                            one.pass(about("p297.other_parent_kone", i, other), other_parent.source)
                        }
                        (None, true) => {
                            one.cap(about("p297.other_parent_unknown", i, other), other_parent.source, &[Fact::RelativeStatus(k)])
                        }
                        _ => {}
                    }
                }
            }
            Some(Relation::Sibling | Relation::HalfSibling | Relation::AuntUncle | Relation::Grandparent | Relation::StepParent) => {
                one.pass(about("p297.relative", i, rel), cite)
            }
            Some(Relation::Cousin | Relation::Other | Relation::ResponsibleAdult) => one.pass(about("p297.weak_relative", i, rel), cite),
            None => one.need(&[Fact::Relation(i)]),
        }
        one
    });
    ctx.child_route_conditions(&mut j, cite);
    j.cap(message("p297.serious_compelling"), cite, &[]);
    ctx.add_application_deadline(&mut j);
    ctx.child_route_steps(&mut j, message("next.crp_297"));
    j.finish(id, Verdict::Possible, PARA_297.status(ctx.on))
}

/// `appendix_fm`: a child joining a British, settled or (from 4 September 2025) protected parent.
/// Never `not_eligible` while a qualifying parent exists: exceptional circumstances (GEN.3.2).
pub fn appendix_fm(ctx: &Ctx) -> PathwayResult {
    let id = PathwayId::AppendixFm;
    let cite = APPENDIX_FM.at(ctx.app.date).source;
    let protection = FM_PROTECTION_PARENT.at(ctx.app.date);
    let protection_from = FM_PROTECTION_PARENT.first(|ok| *ok).unwrap_or(protection);
    let mut j = Judge::new();
    judge_relatives(ctx, &mut j, cite, |i, rel| {
        let mut one = Judge::new();
        match rel.relation {
            Some(Relation::Parent) => {}
            Some(Relation::StepParent) => one.cap(about("fm.step_parent", i, rel), cite, &[]),
            Some(_) => {
                one.fail(about("fm.not_parent", i, rel), cite);
                return one;
            }
            None => unknown_relation(&mut one, i, rel, cite),
        }
        match rel.status {
            Some(UkStatus::British | UkStatus::Settled) => one.lead(about("fm.settled_parent", i, rel), cite),
            Some(UkStatus::Protection) if protection.value => {
                one.lead(about("fm.protection_parent", i, rel), protection.source);
                // An application made before 4 September 2025 would have been under refugee family reunion.
                if ctx.app.unknown {
                    one.need(&[Fact::Application]);
                }
            }
            Some(UkStatus::Protection) => {
                one.fail(about("fm.protection_before", i, rel).date("date", protection_from.from), protection_from.source)
            }
            Some(_) => one.fail(about("fm.no_status", i, rel), cite),
            None => unknown_status(&mut one, i, rel, cite),
        }
        one
    });
    ctx.child_route_conditions(&mut j, cite);
    j.cap(message("fm.requirements"), cite, &[]);
    ctx.add_application_deadline(&mut j);
    ctx.child_route_steps(&mut j, message("next.fm"));
    j.finish(id, Verdict::Possible, APPENDIX_FM.status(ctx.on))
}
