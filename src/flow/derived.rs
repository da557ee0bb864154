//! What the answers and the date make, worked out once per change of either: the walk (which
//! question is next, which were asked), the whole case, its assessment, and the one list of
//! answers that every summary shows (the check page, print, "Copy as text", `pathways evaluate
//! --text`).

use super::answers::Answers;
use super::walk::{full_case, walk, Walk};
use crate::case::Case;
use crate::date::Date;
use crate::fact::{Answer, Fact};
use crate::rules::{evaluate, Assessment};

#[derive(Clone, Debug, PartialEq)]
pub struct Derived {
    pub walk: Walk,
    /// Every answer held whose question is reachable, asked or not (what is evaluated and saved).
    pub case: Case,
    /// The engine's result for `case`: the result page, the copy text and the announcement read it.
    pub assessment: Assessment,
    /// Facts with a value in `case` that no question asked (opened from a file; they could not
    /// change a verdict on this date): shown under their own heading, never as "I don't know".
    pub not_asked_values: Vec<Fact>,
}

impl Derived {
    pub fn of(assessed_on: Date, answers: &Answers) -> Derived {
        let base = Case::new(assessed_on);
        let walk = walk(&base, answers);
        let (case, written) = full_case(&base, answers);
        // The walk's case, unless answers it did not ask add to it (a file's facts): then its own.
        let assessment = if case == walk.case { walk.assessment.clone() } else { evaluate(&case) };
        let not_asked_values =
            written.into_iter().filter(|f| !walk.answered.contains(f) && answers.get(f).is_some_and(|a| *a != Answer::Unknown)).collect();
        Derived { walk, case, assessment, not_asked_values }
    }

    /// The answers to list, in the order asked: what was asked and answered; then what the case
    /// holds that was never asked.
    pub fn summary<'a>(&self, answers: &'a Answers) -> Summary<'a> {
        let pick = |facts: &[Fact]| facts.iter().filter_map(|f| answers.get(f).map(|a| (*f, a))).collect();
        Summary { asked: pick(&self.walk.answered), not_asked: pick(&self.not_asked_values) }
    }
}

/// The one list of answers every summary shows.
#[derive(Clone, Debug, PartialEq)]
pub struct Summary<'a> {
    pub asked: Vec<(Fact, &'a Answer)>,
    pub not_asked: Vec<(Fact, &'a Answer)>,
}
