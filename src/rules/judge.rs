//! Building one pathway's verdict from its conditions. A condition that fails gives
//! `not_eligible`; one that is unknown, disputed or discretionary caps the verdict at `possible`
//! (Resolved convention 1); otherwise the pathway's best verdict stands.

use super::cite::Cite;
use super::facts::Tri;
use super::outcome::{Deadline, DeadlineKind, Missing, PathwayId, PathwayResult, Reason, RouteStatus, Verdict};
use crate::fact::Fact;
use crate::msg::Msg;

#[derive(Default, Clone, Debug)]
pub struct Judge {
    fails: Vec<Reason>,
    caps: Vec<Reason>,
    passes: Vec<Reason>,
    /// The reason that best explains a positive verdict (shown first among the conditions met).
    lead: Option<Reason>,
    missing: Vec<Fact>,
    /// Unknown facts that could overturn even a failed condition (an application made earlier,
    /// while the child was under 18).
    reopen: Vec<Fact>,
    pub deadlines: Vec<Deadline>,
    pub next_steps: Vec<Msg>,
    /// Notes shown with the verdict whatever it is (a route's legal currency, RULES.md).
    notes: Vec<Reason>,
    /// Capped at `possible` by a note rather than by a condition.
    capped: bool,
}

fn reason(msg: Msg, cite: Cite) -> Reason {
    Reason { msg, cite }
}

impl Judge {
    pub fn new() -> Judge {
        Judge::default()
    }

    /// A hard condition fails: `not_eligible`.
    pub fn fail(&mut self, msg: Msg, cite: Cite) {
        self.fails.push(reason(msg, cite));
    }

    /// Something unknown, disputed or discretionary: at most `possible`. `facts` are the unknown
    /// facts that would settle it (may be empty when no fact of the case can).
    pub fn cap(&mut self, msg: Msg, cite: Cite, facts: &[Fact]) {
        self.caps.push(reason(msg, cite));
        self.need(facts);
    }

    /// A note shown with the verdict, whatever it is.
    pub fn note(&mut self, msg: Msg, cite: Cite) {
        self.notes.push(reason(msg, cite));
    }

    /// A note that also caps the verdict at `possible` (a route whose operation must be confirmed).
    pub fn note_cap(&mut self, msg: Msg, cite: Cite) {
        self.note(msg, cite);
        self.capped = true;
    }

    /// The first failed condition, if any.
    pub fn first_failure(&self) -> Option<&Reason> {
        self.fails.first()
    }

    /// A condition that is met (or a note that does not lower the verdict).
    pub fn pass(&mut self, msg: Msg, cite: Cite) {
        self.passes.push(reason(msg, cite));
    }

    /// The main condition met (a qualifying relative, the criterion satisfied): shown first.
    pub fn lead(&mut self, msg: Msg, cite: Cite) {
        if self.lead.is_none() {
            self.lead = Some(reason(msg, cite));
        } else {
            self.pass(msg, cite);
        }
    }

    /// Records facts that could change the verdict without lowering it.
    pub fn need(&mut self, facts: &[Fact]) {
        for f in facts {
            if !self.missing.contains(f) {
                self.missing.push(*f);
            }
        }
    }

    /// Records facts that could overturn a failure, kept even when the verdict is `not_eligible`.
    pub fn reopen(&mut self, facts: &[Fact]) {
        for f in facts {
            if !self.reopen.contains(f) {
                self.reopen.push(*f);
            }
        }
    }

    /// One three-valued condition: met, failed, or unknown (cap).
    pub fn check(&mut self, t: Tri, cite: Cite, yes: Msg, no: Msg, unknown: Msg, facts: &[Fact]) {
        match t {
            Tri::Yes => self.pass(yes, cite),
            Tri::No => self.fail(no, cite),
            Tri::Unknown => self.cap(unknown, cite, facts),
        }
    }

    /// The unknown facts recorded so far.
    pub fn missing_facts(&self) -> &[Fact] {
        &self.missing
    }

    pub fn failed(&self) -> bool {
        !self.fails.is_empty()
    }

    /// The verdict so far: `not_eligible`, `possible`, or `best`.
    pub fn verdict(&self, best: Verdict) -> Verdict {
        if self.failed() {
            Verdict::NotEligible
        } else if !self.caps.is_empty() || self.capped {
            best.max(Verdict::Possible)
        } else {
            best
        }
    }

    /// Copies this judge's failed conditions into `into` as caps: the reasons a stronger clause is
    /// out of reach, when a weaker (discretionary) one is left.
    pub fn failures_as_caps(&self, into: &mut Judge) {
        into.caps.extend(self.fails.iter().cloned());
    }

    /// Takes in everything another judge found (used to merge a relative's judge).
    pub fn absorb(&mut self, other: Judge) {
        self.fails.extend(other.fails);
        self.caps.extend(other.caps);
        self.passes.extend(other.passes);
        if let Some(l) = other.lead {
            self.lead(l.msg, l.cite);
        }
        self.need(&other.missing);
        self.reopen(&other.reopen);
        self.deadlines.extend(other.deadlines);
        self.next_steps.extend(other.next_steps);
        self.notes.extend(other.notes);
        self.capped |= other.capped;
    }

    /// Keeps the reasons and missing facts that matter for the final verdict.
    pub fn finish(self, pathway: PathwayId, best: Verdict, status: RouteStatus) -> PathwayResult {
        let verdict = self.verdict(best);
        let Judge { fails, caps, passes, lead, mut missing, reopen, deadlines, next_steps, notes, capped: _ } = self;
        let passes: Vec<Reason> = lead.into_iter().chain(passes).collect();
        let (reasons, mut missing) = if verdict == Verdict::NotEligible {
            // Only the failures explain the verdict; facts still unknown cannot overturn them,
            // except those recorded as able to reopen it.
            (fails, Vec::new())
        } else {
            (caps.into_iter().chain(passes).collect(), std::mem::take(&mut missing))
        };
        for f in reopen {
            if !missing.contains(&f) {
                missing.push(f);
            }
        }
        let reasons: Vec<Reason> = reasons.into_iter().chain(notes).collect();
        PathwayResult {
            pathway,
            verdict,
            reasons,
            missing: missing.into_iter().map(|fact| Missing { fact, evidence: fact.evidence_key() }).collect(),
            deadlines: open_deadlines(verdict, deadlines),
            status,
            // Steps towards a route only while it is open to this child.
            next_steps: if verdict == Verdict::NotEligible { Vec::new() } else { next_steps },
        }
    }
}

/// The deadlines worth showing: a countdown only for a route still open to this child, never a
/// passed day, and nothing after the day the route itself ends (a take-charge request due in
/// March 2021 did not matter once Dublin closed to the UK at 23:00 on 31 December 2020).
fn open_deadlines(verdict: Verdict, deadlines: Vec<Deadline>) -> Vec<Deadline> {
    if !matches!(verdict, Verdict::Likely | Verdict::Possible) {
        return Vec::new();
    }
    let end = deadlines.iter().filter(|d| d.kind == DeadlineKind::SchemeEnd).map(Deadline::when).min();
    deadlines.into_iter().filter(|d| d.days_left >= 0 && end.is_none_or(|end| d.when() <= end)).collect()
}

/// A pathway that stops at its gate: closed on this date, not yet in force, or not for this case.
/// `missing` lists facts that could still open it (a legacy Dublin request, an earlier application).
pub fn gate(
    pathway: PathwayId,
    verdict: Verdict,
    why: Msg,
    cite: Cite,
    status: RouteStatus,
    missing: &[Fact],
    next_steps: Vec<Msg>,
) -> PathwayResult {
    PathwayResult {
        pathway,
        verdict,
        reasons: vec![reason(why, cite)],
        missing: missing.iter().map(|&fact| Missing { fact, evidence: fact.evidence_key() }).collect(),
        deadlines: Vec::new(),
        status,
        next_steps,
    }
}

/// The best of several candidates (one per relative): the highest verdict wins; when the best is
/// only `possible`, every possible candidate's missing facts are kept, since any could become likely.
/// When all fail, every failure is kept so the reader sees why each relative does not qualify.
pub fn best_of(candidates: Vec<(Judge, Verdict)>) -> Option<Judge> {
    let best = candidates.iter().map(|(_, v)| *v).min()?;
    let mut out = Judge::new();
    let mut first = true;
    for (judge, v) in candidates {
        if v == best && (first || best != Verdict::Likely) {
            if first || best == Verdict::NotEligible {
                out.absorb(judge);
            } else {
                // Other possible candidates: keep what could make them likely.
                out.need(&judge.missing);
            }
            first = false;
        }
    }
    Some(out)
}
