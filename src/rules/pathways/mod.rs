//! One module per pathway family. Each `evaluate` takes the case context and returns the
//! pathway's result; they share the helpers here.

// A gate returns the pathway's final result as its `Err`: built once per pathway, its size costs nothing.
#![allow(clippy::result_large_err)]

pub mod article8;
pub mod child_routes;
pub mod dublin;
pub mod dubs;
pub mod relatives;
pub mod uk_france;

use super::cite::Cite;
use super::data::MAJORITY_AGE;
use super::facts::{Age, Tri};
use super::judge::Judge;
use super::outcome::{Deadline, DeadlineKind, Reason};
use super::param::{Notes, Param};
use crate::case::{Case, Relative, Time};
use crate::date::Date;
use crate::fact::Fact;
use crate::msg::message;
use crate::msg::Msg;

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
    /// Not known whether an application was made (`uk_application` null): an earlier one may exist.
    pub unknown: bool,
}

impl<'a> Ctx<'a> {
    pub fn new(case: &'a Case) -> Ctx<'a> {
        let on = case.assessed_on;
        let none = AppDate { date: on, time: None, recorded: false, date_unknown: false, unknown: false };
        let app = match (&case.uk_application, case.application_made()) {
            (Some(a), _) if case.application_made() == Some(true) => AppDate {
                date: a.submitted_on.unwrap_or(on),
                time: a.submitted_on.and(a.submitted_at),
                recorded: true,
                date_unknown: a.submitted_on.is_none(),
                unknown: false,
            },
            // None made (`{"status": "none"}`): judged as today's, like an application not recorded.
            (_, Some(false)) => none,
            _ => AppDate { unknown: true, ..none },
        };
        Ctx { case, on, age: Age::of_case(case), relatives: case.uk_relatives.as_deref(), app }
    }

    /// The facts that would settle an age left unknown: the date of birth, unless it is known (an
    /// age then is unknown only for want of another date, which the caller names).
    pub fn age_facts(&self) -> Vec<Fact> {
        if self.age.exact {
            Vec::new()
        } else {
            vec![Fact::DateOfBirth]
        }
    }

    /// The 18th birthday as a deadline, if known and not passed.
    pub fn eighteenth_birthday(&self) -> Option<Deadline> {
        let majority = MAJORITY_AGE.at(self.on);
        let days = self.age.birthday(majority.value)?;
        Some(Deadline::range(DeadlineKind::EighteenthBirthday, days, None, self.on, majority.source))
    }

    /// Best interests (Resolved convention 5): a finding against the UK fails the route; unknown
    /// does not lower the verdict, but is worth asking, since a finding against would change it.
    pub fn best_interests(&self, j: &mut Judge, cite: Cite) {
        match self.case.child.best_interests_against_uk {
            Some(true) => j.fail(message("best_interests.against"), cite),
            Some(false) => j.pass(message("best_interests.not_against"), cite),
            None => {
                j.pass(message("best_interests.required"), cite);
                j.need(&[Fact::BestInterests]);
            }
        }
    }

    /// The notes a dated parameter holds on the assessment date (RULES.md, "Legal currency").
    pub fn notes(&self, param: &Param<Notes>) -> Vec<Reason> {
        param.value(self.on).iter().map(|&(key, cite)| Reason { msg: message(key), cite }).collect()
    }

    /// Age dispute (Resolved convention 3): a disputed age caps an age-dependent pathway at
    /// `possible`; an unknown answer does too (convention 1).
    pub fn age_dispute(&self, j: &mut Judge, cite: Cite) {
        match self.case.child.age_disputed {
            Some(true) => j.cap(message("age.disputed"), cite, &[]),
            None => j.cap(message("age.dispute_unknown"), cite, &[Fact::AgeDisputed]),
            Some(false) => {}
        }
    }

    /// A child's route (Resolved convention 13): under 18 on the application date, age not
    /// disputed, not married.
    pub fn child_route_conditions(&self, j: &mut Judge, cite: Cite) {
        let date = self.app.date;
        let mut facts = self.age_facts();
        if self.app.date_unknown {
            facts.push(Fact::ApplicationDate);
        }
        let under = match self.age.minor_on(date) {
            // An application of unknown date was made on or before today.
            Tri::No if self.app.date_unknown => Tri::Unknown,
            t => t,
        };
        if self.app.unknown && under != Tri::Yes {
            // An application made earlier, while the child was under 18, would still count.
            j.reopen(&[Fact::Application]);
        }
        let when = if self.app.recorded { "child.application_date" } else { "child.assessment_date" };
        j.check(
            under,
            cite,
            message("child.under_18").key("when", when).date("date", date),
            message("child.not_under_18").key("when", when).date("date", date),
            message("child.under_18_unknown").key("when", when).date("date", date),
            &facts,
        );
        self.age_dispute(j, cite);
        match self.case.child.married {
            Some(true) => j.fail(message("child.married"), cite),
            None => j.cap(message("child.married_unknown"), cite, &[Fact::Married]),
            Some(false) => {}
        }
    }

    /// The steps of a route for children (`route`: its own evidence and how to apply): follow up an
    /// application already made, or apply before the 18th birthday (with its date, if known).
    pub fn child_route_steps(&self, j: &mut Judge, route: Msg) {
        if self.app.recorded {
            j.next_steps.push(if self.app.date_unknown {
                message("next.application_made_undated")
            } else {
                message("next.application_made").date("made", self.app.date)
            });
            return;
        }
        j.next_steps.push(route);
        j.next_steps.push(match self.eighteenth_birthday() {
            Some(d) if d.earliest == d.latest => message("next.apply_before_18").date("by", d.earliest),
            _ => message("next.apply_soon"),
        });
    }

    /// The 18th birthday as the deadline to apply by, on a route for children: none once an
    /// application has been made (it was made in time, or the route fails on age).
    pub fn add_application_deadline(&self, j: &mut Judge) {
        if !self.app.recorded {
            self.add_birthday_deadline(j);
        }
    }

    /// 18th birthday deadline added to a judge, when it is still ahead.
    pub fn add_birthday_deadline(&self, j: &mut Judge) {
        if let Some(d) = self.eighteenth_birthday() {
            j.deadlines.push(d);
        }
    }
}
