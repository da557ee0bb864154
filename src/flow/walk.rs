//! Which question comes next. The walk fills a case with the answers given so far; a question is
//! asked only when it is reachable (its parent answer leads to it) and the engine says its fact
//! could still change a verdict on the assessment date. The walk is a pure function of the answers.

use super::answers::Answers;
use crate::case::Case;
use crate::fact::{after_relatives, before_relatives, relative_facts, Answer, Fact, MAX_RELATIVES};
use crate::rules::{evaluate, Assessment};

/// The result of a walk.
#[derive(Clone, Debug, PartialEq)]
pub struct Walk {
    /// Questions asked and answered, in order (what every summary lists).
    pub answered: Vec<Fact>,
    /// The next question, or `None` when every relevant question has an answer.
    pub next: Option<Fact>,
    /// The case built from the answered questions.
    pub case: Case,
    /// How many more questions may follow `next` (an estimate for the progress indicator).
    pub remaining: usize,
    /// The engine's result for `case` (the walk works it out anyway).
    pub assessment: Assessment,
}

/// The facts some pathway still misses for this case, and the assessment they come from.
fn missing(case: &Case) -> (Vec<Fact>, Assessment) {
    let a = evaluate(case);
    let mut out = Vec::new();
    for m in a.pathways.iter().flat_map(|p| p.missing.iter()) {
        if !out.contains(&m.fact) {
            out.push(m.fact);
        }
    }
    (out, a)
}

/// The case made by every answer held whose question is reachable (in question order), asked or
/// not: what the app evaluates and saves. A fact opened from a file and never asked (it cannot
/// change a verdict on this date) is kept; an answer whose parent answer no longer leads to it
/// (relatives after "no relatives", a claim's date after "no claim") is not. Also returns the
/// facts it wrote.
pub fn full_case(base: &Case, answers: &Answers) -> (Case, Vec<Fact>) {
    let mut case = base.clone();
    let mut written = Vec::new();
    for q in sequence(answers) {
        if let Some(a) = answers.get(&q) {
            if q.when().holds(&case) {
                q.write(&mut case, a);
                written.push(q);
            }
        }
    }
    (case, written)
}

/// The questions in order, with as many relatives as the answers say there are.
fn sequence(answers: &Answers) -> Vec<Fact> {
    let mut out: Vec<Fact> = before_relatives().collect();
    let yes = |q: Fact| answers.get(&q) == Some(&Answer::Bool(true));
    if yes(Fact::Relatives) {
        for i in 0..MAX_RELATIVES {
            out.extend(relative_facts(i));
            if !yes(Fact::AnotherRelative(i)) {
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
    let mut taken: Vec<Fact> = Vec::new();
    let (mut facts, mut assessment) = missing(&case);
    // "Another relative?" is not asked once the list is full.
    let last = Fact::AnotherRelative(MAX_RELATIVES - 1);
    let open = |q: Fact, case: &Case, facts: &[Fact], taken: &[Fact]| {
        !taken.contains(&q) && q != last && q.when().holds(case) && (q.always_asked() || q.settles().iter().any(|f| facts.contains(f)))
    };
    let next = loop {
        let Some(q) = seq.iter().copied().find(|&q| open(q, &case, &facts, &taken)) else { break None };
        match answers.get(&q) {
            Some(a) => {
                q.write(&mut case, a);
                taken.push(q);
                (facts, assessment) = missing(&case);
            }
            None => break Some(q),
        }
    };
    let remaining = match next {
        Some(n) => seq.iter().filter(|&&q| q != n && open(q, &case, &facts, &taken)).count(),
        None => 0,
    };
    let answered = seq.into_iter().filter(|q| taken.contains(q)).collect();
    Walk { answered, next, case, remaining, assessment }
}
