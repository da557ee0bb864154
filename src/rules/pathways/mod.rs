//! One module per pathway family. Each `evaluate` takes the case context and returns the
//! pathway's result; they share the helpers here.

// A gate returns the pathway's final result as its `Err`: built once per pathway, its size costs nothing.
#![allow(clippy::result_large_err)]

pub mod article8;
pub mod child_routes;
pub mod dublin;
pub mod dubs;
pub mod uk_france;

use super::cite::Cite;
use super::data::MAJORITY_AGE;
use super::facts::{Age, Fact, Tri};
use super::judge::Judge;
use super::outcome::{m, Deadline, DeadlineKind, Msg};
use crate::case::{Case, Relation, Relative, Time, UkStatus};
use crate::date::Date;

/// What every pathway needs to know about the case, worked out once.
pub struct Ctx<'a> {
    pub case: &'a Case,
    pub on: Date,
    pub age: Age,
    /// `None`: not known whether the child has relatives in the UK.
    pub relatives: Option<&'a [Relative]>,
    pub app: AppDate,
}

/// The UK application date: the recorded one, or the assessment date (Resolved convention 12).
#[derive(Clone, Copy, Debug)]
pub struct AppDate {
    pub date: Date,
    pub time: Option<Time>,
    /// An application is recorded in the case.
    pub recorded: bool,
    /// An application is recorded but its date is not known.
    pub date_unknown: bool,
}

impl<'a> Ctx<'a> {
    pub fn new(case: &'a Case) -> Ctx<'a> {
        let on = case.assessed_on;
        let app = match &case.uk_application {
            Some(a) => AppDate {
                date: a.submitted_on.unwrap_or(on),
                time: a.submitted_on.and(a.submitted_at),
                recorded: true,
                date_unknown: a.submitted_on.is_none(),
            },
            None => AppDate { date: on, time: None, recorded: false, date_unknown: false },
        };
        Ctx { case, on, age: Age::of_case(case), relatives: case.uk_relatives.as_deref(), app }
    }

    /// The 18th birthday as a deadline, if known and not passed.
    pub fn eighteenth_birthday(&self) -> Option<Deadline> {
        let (earliest, latest) = self.age.birthday(MAJORITY_AGE.value)?;
        Some(Deadline {
            kind: DeadlineKind::EighteenthBirthday,
            earliest,
            latest,
            days_left: self.on.days_until(earliest),
            time: None,
            cite: MAJORITY_AGE.cite,
        })
    }

    /// Age dispute (Resolved convention 3): a disputed age caps an age-dependent pathway at
    /// `possible`; an unknown answer does too (convention 1).
    pub fn age_dispute(&self, j: &mut Judge, cite: Cite) {
        match self.case.child.age_disputed {
            Some(true) => j.cap(m("age.disputed"), cite, &[]),
            None => j.cap(m("age.dispute_unknown"), cite, &[Fact::AgeDisputed]),
            Some(false) => {}
        }
    }

    /// A child's route (Resolved convention 13): under 18 on the application date, age not
    /// disputed, not married.
    pub fn child_route_conditions(&self, j: &mut Judge, cite: Cite) {
        let date = self.app.date;
        let mut facts = vec![Fact::DateOfBirth];
        if self.app.date_unknown {
            facts.push(Fact::Application);
        }
        let under = match self.age.minor_on(date) {
            // An application of unknown date was made on or before today.
            Tri::No if self.app.date_unknown => Tri::Unknown,
            t => t,
        };
        if !self.app.recorded && under != Tri::Yes {
            // An application made earlier, while the child was under 18, would still count.
            j.reopen(&[Fact::Application]);
        }
        let when = if self.app.recorded { "child.application_date" } else { "child.assessment_date" };
        j.check(
            under,
            cite,
            m("child.under_18").key("when", when).date("date", date),
            m("child.not_under_18").key("when", when).date("date", date),
            m("child.under_18_unknown").key("when", when).date("date", date),
            &facts,
        );
        self.age_dispute(j, cite);
        match self.case.child.married {
            Some(true) => j.fail(m("child.married"), cite),
            None => j.cap(m("child.married_unknown"), cite, &[Fact::Married]),
            Some(false) => {}
        }
    }

    /// 18th birthday deadline added to a judge, when it is still ahead.
    pub fn add_birthday_deadline(&self, j: &mut Judge) {
        if let Some(d) = self.eighteenth_birthday() {
            j.deadlines.push(d);
        }
    }
}

/// The message key for a relation (or "unknown").
pub fn relation_key(r: Option<Relation>) -> &'static str {
    match r {
        Some(Relation::Parent) => "relation.parent",
        Some(Relation::StepParent) => "relation.step_parent",
        Some(Relation::ResponsibleAdult) => "relation.responsible_adult",
        Some(Relation::Sibling) => "relation.sibling",
        Some(Relation::HalfSibling) => "relation.half_sibling",
        Some(Relation::AuntUncle) => "relation.aunt_uncle",
        Some(Relation::Grandparent) => "relation.grandparent",
        Some(Relation::Cousin) => "relation.cousin",
        Some(Relation::Other) => "relation.other",
        None => "relation.unknown",
    }
}

/// The message key for a UK status (or "unknown").
pub fn status_key(s: Option<UkStatus>) -> &'static str {
    match s {
        Some(UkStatus::British) => "status.british",
        Some(UkStatus::Settled) => "status.settled",
        Some(UkStatus::Protection) => "status.protection",
        Some(UkStatus::OtherLeave) => "status.other_leave",
        Some(UkStatus::AsylumPending) => "status.asylum_pending",
        Some(UkStatus::NoStatus) => "status.no_status",
        None => "status.unknown",
    }
}

/// A message about relative number `i + 1`, with its relation and status as arguments.
pub fn about(key: &'static str, i: usize, rel: &Relative) -> Msg {
    m(key).text("n", (i + 1).to_string()).key("relation", relation_key(rel.relation)).key("status", status_key(rel.status))
}

/// The relatives list: unknown (cap), empty (fail), or the list to judge one by one.
pub fn relatives_or<'a>(ctx: &Ctx<'a>, j: &mut Judge, cite: Cite) -> Option<&'a [Relative]> {
    match ctx.relatives {
        None => {
            j.cap(m("relatives.unknown"), cite, &[Fact::Relatives]);
            None
        }
        Some([]) => {
            j.fail(m("relatives.none"), cite);
            None
        }
        Some(list) => Some(list),
    }
}
