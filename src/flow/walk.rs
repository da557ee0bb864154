//! Which question comes next. The walk fills a case with the answers given so far; a question is
//! asked only when it is reachable (its parent answer leads to it) and the engine says its fact
//! could still change a verdict on the assessment date. The walk is a pure function of the answers.

use super::answer::{apply, Answer};
use super::answers::Answers;
use super::question::*;
use crate::case::{Case, ClaimStatus, RequestStatus};
use crate::rules::{evaluate, Fact};

/// The result of a walk.
#[derive(Clone, Debug, PartialEq)]
pub struct Walk {
    /// Questions asked and answered, in order (what "Check your answers" lists).
    pub answered: Vec<Question>,
    /// The next question, or `None` when every relevant question has an answer.
    pub next: Option<Question>,
    /// The case built from the answered questions.
    pub case: Case,
    /// How many more questions may follow `next` (an estimate for the progress indicator).
    pub remaining: usize,
}

/// The facts some pathway still misses for this case.
fn missing(case: &Case) -> Vec<Fact> {
    let mut out = Vec::new();
    for m in evaluate(case).pathways.iter().flat_map(|p| p.missing.iter()) {
        if !out.contains(&m.fact) {
            out.push(m.fact);
        }
    }
    out
}

/// Can `q` be reached from the answers already in `case` (a sub-question needs its parent's answer)?
fn reachable(q: Question, case: &Case) -> bool {
    let claim = case.asylum_claim.as_ref();
    let tcr = case.take_charge_request.as_ref().filter(|t| t.known_status() == Some(RequestStatus::Sent));
    match q.when() {
        When::Always => true,
        When::ClaimLodged => claim.is_some_and(|c| c.known_status() == Some(ClaimStatus::Lodged)),
        When::RequestSent => tcr.is_some(),
        When::RequestDated => tcr.is_some_and(|t| t.sent_on.is_some()),
        When::RequestDecided => tcr.is_some_and(|t| t.uk_decision.is_some()),
        When::ApplicationMade => case.uk_application.is_some(),
        When::ApplicationDated => case.uk_application.as_ref().is_some_and(|a| a.submitted_on.is_some()),
    }
}

/// The case made by every answer held whose question is reachable (in question order), asked or
/// not: what the app evaluates and saves. A fact opened from a file and never asked (it cannot
/// change a verdict on this date) is kept; an answer whose parent answer no longer leads to it
/// (relatives after "no relatives", a claim's date after "no claim") is not.
pub fn full_case(base: &Case, answers: &Answers) -> Case {
    let mut case = base.clone();
    for q in sequence(answers) {
        if let Some(a) = answers.get(&q) {
            if reachable(q, &case) {
                apply(q, a, &mut case);
            }
        }
    }
    case
}

/// The questions in order, with as many relatives as the answers say there are.
fn sequence(answers: &Answers) -> Vec<Question> {
    let mut out: Vec<Question> = before_relatives().collect();
    let yes = |q: Question| answers.get(&q) == Some(&Answer::Bool(true));
    if yes(Question::HasRelatives) {
        for i in 0..MAX_RELATIVES {
            out.extend(relative_questions(i));
            if !yes(Question::AnotherRelative(i)) {
                break;
            }
        }
    }
    out.extend(after_relatives());
    out
}

/// Walks the questions with these answers, for a case assessed on `base.assessed_on`.
///
/// Repeatedly takes the first question (in order) that is reachable, not yet taken, and whose fact
/// the engine still misses for the case built so far: if it has an answer, the answer joins the
/// case and the search starts again (an answer can make an earlier question relevant, as a Dublin
/// request sent before 2021 does for "is the child alone?"); if not, it is the next question.
#[inline(never)]
pub fn walk(base: &Case, answers: &Answers) -> Walk {
    let seq = sequence(answers);
    let mut case = base.clone();
    let mut taken: Vec<Question> = Vec::new();
    let mut facts = missing(&case);
    let last = Question::AnotherRelative(MAX_RELATIVES - 1);
    let open = |q: Question, case: &Case, facts: &[Fact], taken: &[Question]| {
        !taken.contains(&q) && q != last && reachable(q, case) && (q.fact().is_none() || q.settles().iter().any(|f| facts.contains(f)))
    };
    let next = loop {
        let Some(q) = seq.iter().copied().find(|&q| open(q, &case, &facts, &taken)) else { break None };
        match answers.get(&q) {
            Some(a) => {
                apply(q, a, &mut case);
                taken.push(q);
                facts = missing(&case);
            }
            None => break Some(q),
        }
    };
    let remaining = match next {
        Some(n) => seq.iter().filter(|&&q| q != n && open(q, &case, &facts, &taken)).count(),
        None => 0,
    };
    let answered = seq.into_iter().filter(|q| taken.contains(q)).collect();
    Walk { answered, next, case, remaining }
}
