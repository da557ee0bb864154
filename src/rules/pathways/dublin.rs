//! Dublin III: Art 8 (`dublin_family`) and Arts 9, 10, 17(2) (`dublin_other`), with the gates
//! G1 (claims from 1 January 2014), G2 (the UK's exit on 31 December 2020 at 23:00) and the
//! time limits of Arts 21, 22 and 29 (RULES.md section 1; Resolved conventions 4 to 9).

use super::relatives::{about, art8_link, relatives_or};
use super::Ctx;
use crate::case::{ClaimStatus, Relation, Relative, RequestStatus, UkDecision, UkStatus};
use crate::date::Date;
use crate::fact::Fact;
use crate::msg::{message, Arg, Msg};
use crate::rules::cite::Cite;
use crate::rules::data::*;
use crate::rules::facts::Tri;
use crate::rules::judge::{best_of, gate, Judge};
use crate::rules::outcome::{Deadline, DeadlineKind, PathwayId, PathwayResult, Verdict};
use crate::rules::param::{Entry, Phase};

/// The UK's last day in Dublin III (IP completion day), with its 23:00 cut-off.
fn exit() -> &'static Entry<Phase> {
    DUBLIN.first(|p| *p == Phase::Closed).unwrap_or(&DUBLIN.entries[0])
}

/// The first day Dublin III applies (Art 49).
fn start() -> &'static Entry<Phase> {
    DUBLIN.first(|p| *p == Phase::Open).unwrap_or(&DUBLIN.entries[0])
}

fn next_closed() -> Vec<Msg> {
    vec![message("next.dublin_closed")]
}

/// What is known of the asylum claim.
enum Claim {
    Unknown,
    NotLodged,
    Lodged { country: Option<crate::case::Country>, on: Option<Date> },
}

fn claim(ctx: &Ctx) -> Claim {
    match &ctx.case.asylum_claim {
        None => Claim::Unknown,
        Some(c) => match c.known_status() {
            None => Claim::Unknown,
            Some(ClaimStatus::None) => Claim::NotLodged,
            Some(ClaimStatus::Lodged) => Claim::Lodged { country: c.country, on: c.lodged_on },
        },
    }
}

/// The gates shared by both Dublin pathways. `Err` is the final result (closed or not
/// applicable); `Ok` is a judge already holding the legacy caps, ready for the conditions.
fn gates(ctx: &Ctx, id: PathwayId) -> Result<Judge, PathwayResult> {
    let on = ctx.on;
    let status = DUBLIN.status(on);
    let mut j = Judge::new();
    let (last, exit_cite) = (exit().from, exit().source);
    if *DUBLIN.value(on) == Phase::Closed {
        // G2 and Resolved convention 9: closed unless a request reached the UK in time and is
        // still pending or accepted.
        let closed = |why: Msg, missing: &[Fact]| Err(gate(id, Verdict::Closed, why, exit_cite, status.clone(), missing, next_closed()));
        let tcr = ctx.case.take_charge_request.as_ref().filter(|t| t.known_status() == Some(RequestStatus::Sent));
        let Some(tcr) = tcr else {
            // A request that is not known counts as not sent; ask only if it could matter.
            let ask: Vec<Fact> = match (claim(ctx), &ctx.case.take_charge_request) {
                (Claim::NotLodged, _) => vec![],
                (_, Some(t)) if t.known_status() == Some(RequestStatus::None) => vec![],
                // Only a child born before the cut-off can have claimed asylum before it.
                (Claim::Unknown, _) if ctx.age.born.is_none_or(|(earliest, _)| earliest <= last) => vec![Fact::AsylumClaim],
                (Claim::Lodged { on: None, .. }, _) => vec![Fact::AsylumClaimDate, Fact::Request],
                (Claim::Lodged { on: Some(d), .. }, _) if d <= last => vec![Fact::Request],
                _ => vec![],
            };
            return closed(message("dublin.closed"), &ask);
        };
        match tcr.sent_on {
            Some(d) if d > last => return closed(message("dublin.closed_request_late").date("date", d), &[]),
            Some(d) if d == last => match tcr.received_before_cutoff_time {
                Some(true) => j.pass(message("dublin.legacy_last_day_received"), exit_cite),
                Some(false) => return closed(message("dublin.closed_received_late"), &[]),
                None => {
                    j.cap(message("dublin.legacy_last_day_unknown"), exit_cite, &[Fact::RequestReceivedBeforeCutoff]);
                    j.reopen(&[Fact::RequestReceivedBeforeCutoff]);
                }
            },
            Some(d) => j.pass(message("dublin.legacy_request").date("date", d), exit_cite),
            None => match claim(ctx) {
                // A request follows the claim: a claim after the cut-off means a request after it too.
                Claim::Lodged { on: Some(l), .. } if l > last => return closed(message("dublin.closed_claim_late").date("date", l), &[]),
                // Nor can a child born after the cut-off have had a request before it.
                _ if ctx.age.born.is_some_and(|(earliest, _)| earliest > last) => return closed(message("dublin.closed"), &[]),
                _ => {
                    j.cap(message("dublin.legacy_date_unknown"), exit_cite, &[Fact::RequestDate]);
                    j.reopen(&[Fact::RequestDate]);
                }
            },
        }
        match tcr.uk_decision {
            Some(UkDecision::Refused) => return closed(message("dublin.closed_refused"), &[]),
            Some(UkDecision::Pending) | Some(UkDecision::Accepted) => {}
            None => {
                // Whether the request was kept at all: matters even if another condition fails.
                j.cap(message("dublin.legacy_decision_unknown"), exit_cite, &[Fact::RequestDecision]);
                j.reopen(&[Fact::RequestDecision]);
            }
        }
    }
    if *DUBLIN.value(on) == Phase::NotYetInForce {
        return Err(gate(id, Verdict::NotApplicable, message("dublin.not_yet"), start().source, status, &[], vec![]));
    }
    if let Claim::Lodged { on: Some(d), .. } = claim(ctx) {
        if *DUBLIN.value(d) == Phase::NotYetInForce {
            return Err(gate(
                id,
                Verdict::NotApplicable,
                message("dublin.dublin_ii").date("date", d),
                start().source,
                status,
                j.missing_facts(),
                vec![message("next.legal_advice")],
            ));
        }
    }
    // A claim lodged before 2014, or a child outside the Dublin states, would make Dublin not apply
    // at all: these unknowns matter even when another condition fails.
    match claim(ctx) {
        Claim::Unknown => j.reopen(&[Fact::AsylumClaim]),
        Claim::Lodged { on: None, .. } => j.reopen(&[Fact::AsylumClaimDate]),
        _ => {}
    }
    // P1: the child is in a Dublin state other than the UK (Art 3).
    match ctx.case.child.location {
        None => {
            j.cap(message("dublin.location_unknown"), Cite::DublinArt3, &[Fact::Location]);
            j.reopen(&[Fact::Location]);
        }
        Some(c) if c.as_str() == "GB" => {
            return Err(gate(
                id,
                Verdict::NotApplicable,
                message("dublin.in_uk"),
                Cite::DublinArt3,
                status,
                j.missing_facts(),
                vec![message("next.legal_advice")],
            ));
        }
        Some(c) if !dublin_state(c, on) => {
            return Err(gate(
                id,
                Verdict::NotApplicable,
                message("dublin.not_dublin_state").arg("country", Arg::Country(c)),
                Cite::DublinArt3,
                status,
                j.missing_facts(),
                vec![message("next.legal_advice")],
            ));
        }
        Some(c) => j.pass(message("dublin.in_dublin_state").arg("country", Arg::Country(c)), Cite::DublinArt3),
    }
    // P2: an asylum claim lodged in a Dublin state (Arts 20(2), 21(1)).
    match claim(ctx) {
        Claim::Unknown => j.cap(message("dublin.claim_unknown"), Cite::DublinArt20_2, &[Fact::AsylumClaim]),
        Claim::NotLodged => j.cap(message("dublin.no_claim"), Cite::DublinArt20_2, &[]),
        Claim::Lodged { country: None, .. } => {
            j.cap(message("dublin.claim_country_unknown"), Cite::DublinArt20_2, &[Fact::AsylumClaimCountry])
        }
        Claim::Lodged { country: Some(c), .. } if !dublin_state(c, on) => {
            j.cap(message("dublin.claim_outside").arg("country", Arg::Country(c)), Cite::DublinArt20_2, &[])
        }
        Claim::Lodged { country: Some(c), on } => {
            let msg = match on {
                Some(d) => message("dublin.claim_lodged").arg("country", Arg::Country(c)).date("date", d),
                None => message("dublin.claim_lodged_undated").arg("country", Arg::Country(c)),
            };
            j.pass(msg, Cite::DublinArt20_2)
        }
    }
    if let Some(end) = DUBLIN.end_deadline(on) {
        j.deadlines.push(end);
    }
    Ok(j)
}

/// Time limits (Arts 21, 22, 29) and the UK's decision on a request: P7.
fn timing(ctx: &Ctx, j: &mut Judge) {
    let on = ctx.on;
    let Claim::Lodged { on: lodged, .. } = claim(ctx) else { return };
    let tcr = ctx.case.take_charge_request.as_ref();
    let sent = tcr.filter(|t| t.known_status() == Some(RequestStatus::Sent));
    let Some(lodged) = lodged else {
        if sent.is_none() {
            j.cap(message("dublin.claim_date_unknown"), Cite::DublinArt21_1, &[Fact::AsylumClaimDate]);
        }
        return;
    };
    let request_by = lodged.add_months(*DUBLIN_REQUEST_MONTHS.value(lodged));
    let Some(t) = sent else {
        if on > request_by {
            let facts: &[Fact] = if tcr.is_some_and(|t| t.known_status() == Some(RequestStatus::None)) { &[] } else { &[Fact::Request] };
            j.cap(message("dublin.request_time_passed").date("date", request_by), Cite::DublinArt21_1, facts);
        } else {
            j.deadlines.push(deadline(DeadlineKind::DublinRequest, request_by, on, Cite::DublinArt21_1));
            if tcr.is_none() {
                j.need(&[Fact::Request]);
            }
        }
        return;
    };
    match t.sent_on {
        Some(s) if s > request_by => {
            j.cap(message("dublin.request_late").date("date", s).date("limit", request_by), Cite::DublinArt21_1, &[])
        }
        Some(_) => {}
        None if on > request_by => {
            j.cap(message("dublin.request_date_unknown").date("limit", request_by), Cite::DublinArt21_1, &[Fact::RequestDate])
        }
        // Sent in time, on a day not known: that day starts the UK's two months to reply (Art 22),
        // after which silence is acceptance and the transfer time runs. Asked, so that the reply
        // deadline can be shown and a deemed acceptance seen.
        None => j.need(&[Fact::RequestDate]),
    }
    let transfer = |from: Date, j: &mut Judge| {
        let by = from.add_months(*DUBLIN_TRANSFER_MONTHS.value(from));
        if on > by {
            j.cap(message("dublin.transfer_time_passed").date("date", by), Cite::DublinArt29, &[]);
        } else {
            j.deadlines.push(deadline(DeadlineKind::DublinTransfer, by, on, Cite::DublinArt29));
        }
    };
    match t.uk_decision {
        Some(UkDecision::Refused) => j.cap(message("dublin.refused"), Cite::DublinReexamination, &[]),
        Some(UkDecision::Accepted) => {
            j.pass(message("dublin.accepted"), Cite::DublinArt29);
            match (t.decided_on, t.sent_on) {
                (Some(d), _) => transfer(d, j),
                // Accepted on an unknown day after the request: the limit cannot have passed yet
                // if even the request is less than six months old.
                (None, Some(s)) if on <= s.add_months(*DUBLIN_TRANSFER_MONTHS.value(s)) => {}
                (None, _) => j.cap(message("dublin.transfer_unknown"), Cite::DublinArt29, &[Fact::RequestDecisionDate]),
            }
        }
        Some(UkDecision::Pending) | None => {
            if t.uk_decision.is_none() {
                // A refusal would leave only a re-examination (Resolved convention 1); an early
                // acceptance could also start the transfer time limit sooner.
                j.cap(message("dublin.decision_unknown"), Cite::DublinArt22, &[Fact::RequestDecision]);
            }
            if let Some(s) = t.sent_on {
                let reply_by = s.add_months(*DUBLIN_REPLY_MONTHS.value(s));
                if on > reply_by {
                    j.pass(message("dublin.deemed_accepted").date("date", reply_by), Cite::DublinArt22);
                    transfer(reply_by, j);
                } else {
                    j.deadlines.push(deadline(DeadlineKind::DublinReply, reply_by, on, Cite::DublinArt22));
                }
            }
        }
    }
}

/// The next steps of an open Dublin route, chosen by what has already been done: lodge a claim,
/// have a request sent, follow the UK's reply, prepare the transfer, or ask for a re-examination;
/// for a legacy request (after 2020), get a lawyer to follow it up.
fn next_steps(ctx: &Ctx, j: &mut Judge) {
    if *DUBLIN.value(ctx.on) == Phase::Closed {
        j.next_steps.push(message("next.dublin_legacy"));
        return;
    }
    let sent = ctx.case.take_charge_request.as_ref().filter(|t| t.known_status() == Some(RequestStatus::Sent));
    let on = ctx.on;
    // The transfer by `by`, or, once that day has passed, what an expired limit means.
    let transfer = |by: Date| {
        if by < on {
            message("next.dublin_transfer_passed").date("ended", by)
        } else {
            message("next.dublin_transfer").date("by", by)
        }
    };
    let step = match (claim(ctx), sent) {
        (Claim::NotLodged | Claim::Unknown, _) => message("next.dublin_lodge_claim"),
        (Claim::Lodged { on: Some(l), .. }, None) => {
            let by = l.add_months(*DUBLIN_REQUEST_MONTHS.value(l));
            match DUBLIN.last_open_day(on) {
                // The UK leaves Dublin before the 3 months are up: the request must reach it first.
                Some((last, time)) if last < by => {
                    let step = message("next.dublin_ask_request_before_end").date("by", last);
                    match time {
                        Some(t) => step.arg("time", crate::msg::Arg::Time(t)),
                        None => step.text("time", "24:00"),
                    }
                }
                _ if by < on => message("next.dublin_request_time_passed").date("ended", by),
                _ => message("next.dublin_ask_request").date("by", by),
            }
        }
        (Claim::Lodged { on: None, .. }, None) => message("next.dublin_ask_request_undated"),
        (_, Some(t)) => match (t.uk_decision, t.sent_on, t.decided_on) {
            (Some(UkDecision::Refused), ..) => message("next.dublin_reexamination"),
            (Some(UkDecision::Accepted), _, Some(d)) => transfer(d.add_months(*DUBLIN_TRANSFER_MONTHS.value(d))),
            (Some(UkDecision::Accepted), ..) => message("next.dublin_transfer_undated"),
            (_, Some(s), _) => {
                let reply_by = s.add_months(*DUBLIN_REPLY_MONTHS.value(s));
                if reply_by < on {
                    // No reply in time: accepted by silence (Art 22(7)); the transfer time runs from then.
                    let by = reply_by.add_months(*DUBLIN_TRANSFER_MONTHS.value(reply_by));
                    if by < on {
                        transfer(by)
                    } else {
                        message("next.dublin_deemed_accepted").date("replied", reply_by).date("by", by)
                    }
                } else {
                    message("next.dublin_follow_reply").date("by", reply_by)
                }
            }
            _ => message("next.dublin_follow_reply_undated"),
        },
    };
    j.next_steps.push(step);
    j.next_steps.push(message("next.dublin_evidence"));
}

fn deadline(kind: DeadlineKind, date: Date, on: Date, cite: Cite) -> Deadline {
    Deadline::new(kind, date, None, on, cite)
}

/// Dublin minority (Art 7(2), Resolved convention 4): a minor when the claim was lodged (or today,
/// if it is not lodged yet), and still a minor today (if not, at most `possible`). `adult` is the
/// reason given when the child was not a minor at lodging. Returns the claim's date, if lodged.
fn dublin_minority(ctx: &Ctx, j: &mut Judge, adult: Msg) -> Option<Option<Date>> {
    let on = ctx.on;
    let lodged = match claim(ctx) {
        Claim::Lodged { on: d, .. } => Some(d),
        _ => None,
    };
    let at_lodging = match lodged {
        Some(Some(d)) => ctx.age.minor_on(d),
        // Lodged on an unknown day, no later than today: a minor today was a minor then.
        Some(None) if ctx.age.minor_on(on) == Tri::Yes => Tri::Yes,
        Some(None) => Tri::Unknown,
        // Not lodged yet: it would be lodged today.
        None => ctx.age.minor_on(on),
    };
    let mut age_facts = ctx.age_facts();
    if matches!(lodged, Some(None)) {
        age_facts.push(Fact::AsylumClaimDate);
    }
    j.check(at_lodging, Cite::DublinArt7_2, message("d8.minor_at_claim"), adult, message("d8.minor_at_claim_unknown"), &age_facts);
    // The age today is always known once the age at lodging is (a date of birth, or an age stated
    // on the assessment date), so only "18 or over now" remains to check.
    if at_lodging == Tri::Yes && lodged.is_some() && ctx.age.minor_on(on) == Tri::No {
        j.cap(message("d8.now_adult"), Cite::DublinArt7_2, &[]);
    }
    lodged
}

/// `dublin_family`: Dublin III Art 8, unaccompanied minor joining family.
pub fn family(ctx: &Ctx) -> PathwayResult {
    let id = PathwayId::DublinFamily;
    let mut j = match gates(ctx, id) {
        Ok(j) => j,
        Err(result) => return result,
    };
    let on = ctx.on;
    let child = &ctx.case.child;
    // P3: minor when the claim was lodged (Art 7(2), Resolved convention 4).
    let lodged = dublin_minority(ctx, &mut j, message("d8.adult_at_claim"));
    ctx.age_dispute(&mut j, Cite::DublinArt2i);
    // P4: unaccompanied (Art 2(j)).
    j.check(
        Tri::from(child.unaccompanied),
        Cite::DublinArt2j,
        message("d8.unaccompanied"),
        message("d8.accompanied"),
        message("d8.unaccompanied_unknown"),
        &[Fact::Unaccompanied],
    );
    // P6: best interests (Resolved convention 5).
    ctx.best_interests(&mut j, Cite::DublinArt6);
    // P5: a qualifying relative: the Art 8 relationship test (Resolved conventions 7 and 10).
    if let Some(list) = relatives_or(ctx, &mut j, Cite::DublinArt8_1) {
        let candidates = list
            .iter()
            .enumerate()
            .map(|(i, r)| {
                let link = art8_link(i, r).judge;
                let v = link.verdict(Verdict::Likely);
                (link, v)
            })
            .collect();
        if let Some(best) = best_of(candidates) {
            j.absorb(best);
        }
    }
    // P7.
    timing(ctx, &mut j);
    if lodged.is_none() {
        ctx.add_birthday_deadline(&mut j);
    }
    next_steps(ctx, &mut j);
    j.finish(id, Verdict::Likely, DUBLIN.status(on))
}

/// The child's side of the Arts 9 and 10 link to a parent: a parent is a "family member" only of an
/// unmarried minor (Art 2(g)); minority is judged as for Art 8 (Resolved conventions 3 and 4).
fn parent_link(ctx: &Ctx) -> Judge {
    let mut j = Judge::new();
    dublin_minority(ctx, &mut j, message("dx.adult_at_claim"));
    match ctx.case.child.married {
        Some(true) => j.fail(message("dx.married"), Cite::DublinArt2g),
        None => j.cap(message("dx.married_unknown"), Cite::DublinArt2g, &[Fact::Married]),
        Some(false) => {}
    }
    ctx.age_dispute(&mut j, Cite::DublinArt2i);
    j
}

/// One relative under Arts 9, 10 (parent with protection or a pending claim, with written consent,
/// of a child who counts for that parent: `link`) or 17(2) (any family relation; always
/// discretionary).
fn dx_relative(i: usize, rel: &Relative, link: &Judge) -> (Judge, Verdict) {
    let mut j = Judge::new();
    let parent = match rel.relation {
        Some(Relation::Parent) => Tri::Yes,
        None => Tri::Unknown,
        Some(_) => Tri::No,
    };
    let article = match rel.status {
        Some(UkStatus::Protection) => Some(Cite::DublinArt9),
        Some(UkStatus::AsylumPending) => Some(Cite::DublinArt10),
        _ => None,
    };
    match (parent, article, rel.written_consent) {
        (Tri::Yes, Some(_), Some(true)) if link.failed() => {
            // Arts 9 and 10 are out of reach for this child: only the humanitarian clause is left.
            link.failures_as_caps(&mut j);
            j.cap(about("dx.art17_2", i, rel), Cite::DublinArt17_2, &[]);
        }
        (Tri::Yes, Some(cite), Some(true)) => {
            j.lead(about("dx.art9_10", i, rel), cite);
            j.absorb(link.clone());
        }
        (Tri::Yes, Some(cite), None) => {
            j.cap(about("dx.consent_unknown", i, rel), cite, &[Fact::RelativeConsent(i)]);
            if !link.failed() {
                j.need(link.missing_facts());
            }
        }
        (Tri::Yes, Some(cite), Some(false)) => j.cap(about("dx.no_consent", i, rel), cite, &[]),
        (Tri::Yes, None, _) if rel.status.is_none() => {
            j.cap(about("dx.parent_status_unknown", i, rel), Cite::DublinArt9, &[Fact::RelativeStatus(i)])
        }
        (Tri::Unknown, Some(cite), _) => j.cap(about("dx.relation_unknown", i, rel), cite, &[Fact::Relation(i)]),
        _ => j.cap(about("dx.art17_2", i, rel), Cite::DublinArt17_2, &[]),
    }
    let v = j.verdict(Verdict::Likely);
    (j, v)
}

/// `dublin_other`: Dublin III Arts 9, 10 and the Art 17(2) humanitarian clause (Resolved convention 8).
pub fn other(ctx: &Ctx) -> PathwayResult {
    let id = PathwayId::DublinOther;
    let mut j = match gates(ctx, id) {
        Ok(j) => j,
        Err(result) => return result,
    };
    if let Some(list) = relatives_or(ctx, &mut j, Cite::DublinArt17_2) {
        let link = parent_link(ctx);
        let candidates = list.iter().enumerate().map(|(i, r)| dx_relative(i, r, &link)).collect();
        if let Some(best) = best_of(candidates) {
            j.absorb(best);
        }
        if j.verdict(Verdict::Likely) == Verdict::Likely {
            timing(ctx, &mut j);
        }
    }
    next_steps(ctx, &mut j);
    j.finish(id, Verdict::Likely, DUBLIN.status(ctx.on))
}
