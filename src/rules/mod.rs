//! The rules engine: a case in, a verdict per pathway out, with reasons, citations, missing
//! facts, deadlines, route status and next steps. Pure Rust: no clock (the assessment date is in
//! the case), no browser, no I/O. RULES.md is the specification.

pub mod cite;
pub mod data;
pub mod facts;
mod judge;
pub mod outcome;
pub mod param;
mod pathways;
pub mod reference;

pub use crate::fact::Fact;
pub use cite::{Cite, Confidence};
pub use facts::{Age, Tri};
pub use outcome::{Assessment, Deadline, DeadlineKind, Missing, PathwayId, PathwayResult, Reason, RouteStatus, Verdict};

use crate::case::Case;
use crate::msg::message;
use pathways::Ctx;

/// Evaluates every pathway for a case. Never panics, for any case that parsed.
#[inline(never)] // one copy in the app, not one per caller (Wasm size)
pub fn evaluate(case: &Case) -> Assessment {
    let ctx = Ctx::new(case);
    let pathways = vec![
        pathways::dublin::family(&ctx),
        pathways::dublin::other(&ctx),
        pathways::dubs::calais(&ctx),
        pathways::dubs::referral(&ctx),
        pathways::child_routes::family_reunion(&ctx),
        pathways::child_routes::child_relative(&ctx),
        pathways::child_routes::para_297(&ctx),
        pathways::child_routes::appendix_fm(&ctx),
        pathways::article8::evaluate(&ctx),
        pathways::uk_france::evaluate(&ctx),
    ];
    let mut notes = Vec::new();
    if case.child.age_disputed == Some(true) {
        notes.push(Reason { msg: message("note.age_disputed"), cite: Cite::DublinArt2i });
    }
    if case.child.location == Some(data::FRANCE) {
        notes.push(Reason { msg: message("note.france_ase"), cite: Cite::FranceAse });
    }
    notes.push(Reason { msg: message("note.no_irregular_crossing"), cite: Cite::DangerousJourneys });
    let next_deadline = pathways
        .iter()
        .flat_map(|p| p.deadlines.iter().map(move |d| (p.pathway, d)))
        .min_by_key(|(_, d)| d.when())
        .map(|(p, d)| (p, d.clone()));
    Assessment {
        assessed_on: case.assessed_on,
        next_deadline,
        rules_version: data::RULES_VERSION,
        law_checked_to: data::LAW_CHECKED_TO,
        eighteenth_birthday: ctx.eighteenth_birthday(),
        pathways,
        notes,
    }
}
