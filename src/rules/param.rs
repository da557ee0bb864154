//! Dated parameters, after OpenFisca: every legal value (a date, an age limit, a list of states, a
//! route's window, a citation that changes) is a series of entries, each holding the day it takes
//! effect, the value and its source. The engine reads a value with [`Param::at`]. A change in the
//! law is a new entry in `data.rs`, not new code.

use super::cite::Cite;
use super::outcome::{Deadline, DeadlineKind, RouteStatus};
use crate::case::Time;
use crate::date::{Date, MIN_YEAR};

/// The first day the engine knows of: the first entry of every parameter starts here.
pub const SINCE_EVER: Date = Date::ymd(MIN_YEAR, 1, 1);

/// One value of a parameter and when it took effect.
#[derive(Debug)]
pub struct Entry<T: 'static> {
    /// The day it takes effect.
    pub from: Date,
    /// The time of day (UK time) it takes effect on `from`, where the law names one (Dublin's
    /// 23:00 cut-off, refugee family reunion's 15:00 closure). On that day the previous entry
    /// holds until that time.
    pub time: Option<Time>,
    pub value: T,
    /// The legal source of this value.
    pub source: Cite,
    /// The day this value became known: announced, laid or made law (RULES.md, key dates). An
    /// assessment as of an earlier day could not have known it: a route's end is counted down
    /// only from this day. For most entries, the day they take effect.
    pub fixed_on: Date,
}

/// An entry from the start of a day, known from that day.
pub const fn on<T>(from: Date, value: T, source: Cite) -> Entry<T> {
    Entry { from, time: None, value, source, fixed_on: from }
}

/// An entry from a time of day, known from that day.
pub const fn at<T>(from: Date, hour: u8, minute: u8, value: T, source: Cite) -> Entry<T> {
    Entry { from, time: Some(Time { hour, minute }), value, source, fixed_on: from }
}

/// An entry from a time of day, known (announced, laid, made law) from `fixed_on`.
pub const fn at_fixed<T>(from: Date, hour: u8, minute: u8, value: T, source: Cite, fixed_on: Date) -> Entry<T> {
    Entry { from, time: Some(Time { hour, minute }), value, source, fixed_on }
}

/// An entry from the start of a day, known (announced, laid, made law) from `fixed_on`.
pub const fn on_fixed<T>(from: Date, value: T, source: Cite, fixed_on: Date) -> Entry<T> {
    Entry { from, time: None, value, source, fixed_on }
}

/// A legal value over time: entries in date order, the first from [`SINCE_EVER`] (a test checks both).
#[derive(Debug)]
pub struct Param<T: 'static> {
    /// The parameter's name in the rules reference (`param.<name>` in the catalogs).
    pub name: &'static str,
    pub entries: &'static [Entry<T>],
}

/// What a parameter holds at a moment whose time of day may be unknown.
#[derive(Debug)]
pub enum Moment<T: 'static> {
    Known(&'static Entry<T>),
    /// On the day of a change at a time of day, with the time unknown: either entry may hold.
    Boundary {
        before: &'static Entry<T>,
        after: &'static Entry<T>,
    },
}

impl<T> Param<T> {
    fn index_at(&self, d: Date) -> usize {
        // In force at the start of `d`: entries from an earlier day, or from `d` itself with no time.
        self.entries.iter().rposition(|e| e.from < d || (e.from == d && e.time.is_none())).unwrap_or(0)
    }

    /// The entry in force at the start of day `d`.
    pub fn at(&self, d: Date) -> &'static Entry<T> {
        &self.entries[self.index_at(d)]
    }

    /// The value in force at the start of day `d`.
    pub fn value(&self, d: Date) -> &'static T {
        &self.at(d).value
    }

    /// The entry in force on day `d` at time `t` (UK time), or both candidates when `d` is the day
    /// of a change at a time of day and `t` is unknown.
    pub fn at_time(&self, d: Date, t: Option<Time>) -> Moment<T> {
        let i = self.index_at(d);
        match self.entries.get(i + 1) {
            Some(next) if next.from == d => match (next.time, t) {
                (Some(change), Some(t)) if t >= change => Moment::Known(next),
                (Some(_), Some(_)) => Moment::Known(&self.entries[i]),
                _ => Moment::Boundary { before: &self.entries[i], after: next },
            },
            _ => Moment::Known(&self.entries[i]),
        }
    }

    /// The next entry after the one in force on `d`.
    pub fn next_after(&self, d: Date) -> Option<&'static Entry<T>> {
        self.entries.get(self.index_at(d) + 1)
    }

    /// The first entry whose value passes `f`.
    pub fn first(&self, f: impl Fn(&T) -> bool) -> Option<&'static Entry<T>> {
        self.entries.iter().find(|e| f(&e.value))
    }
}

/// Notes shown with a route's verdict: message keys and their sources.
pub type Notes = &'static [(&'static str, Cite)];

/// Where a route stands: the value of a route's window parameter.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Phase {
    /// Not yet in force.
    NotYetInForce,
    Open,
    /// Still running past its announced end with no confirmed end date: at most `possible`, with
    /// this note (a message key) asking the reader to confirm it is still operating.
    Unconfirmed(&'static str),
    /// Closed to new cases.
    Closed,
}

impl Phase {
    fn open(self) -> bool {
        matches!(self, Phase::Open | Phase::Unconfirmed(_))
    }
}

impl Param<Phase> {
    /// The route's status on `d`: not yet in force (with the day it starts), open (since the start
    /// of this open run, until its scheduled end if one is entered), or closed (since when).
    pub fn status(&self, d: Date) -> RouteStatus {
        let i = self.index_at(d);
        let e = &self.entries[i];
        match e.value {
            Phase::NotYetInForce => match self.entries[i + 1..].iter().find(|n| n.value.open()) {
                Some(n) => RouteStatus::NotYetInForce { from: n.from, cite: n.source },
                None => RouteStatus::Closed { since: e.from, time: e.time, cite: e.source },
            },
            Phase::Closed => RouteStatus::Closed { since: e.from, time: e.time, cite: e.source },
            Phase::Open | Phase::Unconfirmed(_) => {
                let start = self.entries[..=i].iter().rposition(|p| !p.value.open()).map(|k| self.entries[k + 1].from);
                let (until, _) = self.last_open_day(d).unzip();
                let later = self.end_after(d, false).filter(|end| end.fixed_on > d).map(|end| (Self::last_day(end), end.fixed_on));
                RouteStatus::Open { since: start, until, later, cite: e.source }
            }
        }
    }

    /// The last day the route is open, if an end known by `d` is entered after `d` (with the
    /// time it closes that day, if any).
    pub fn last_open_day(&self, d: Date) -> Option<(Date, Option<Time>)> {
        self.end_after(d, true).map(Self::last_day)
    }

    /// The last day (and time) a route is open before the entry that ends it.
    fn last_day(end: &Entry<Phase>) -> (Date, Option<Time>) {
        match end.time {
            Some(t) => (end.from, Some(t)),
            None => (end.from.add_days(-1), None),
        }
    }

    /// The route's scheduled end as a deadline seen from `d`, if one was known by `d`.
    pub fn end_deadline(&self, d: Date) -> Option<Deadline> {
        let end = self.end_after(d, true)?;
        let (last, time) = Self::last_day(end);
        Some(Deadline::new(DeadlineKind::SchemeEnd, last, time, d, end.source))
    }

    /// The entry that ends the route's current open run: a later day, or later on day `d` itself;
    /// with `known`, only if it was known (fixed) by `d`.
    fn end_after(&self, d: Date, known: bool) -> Option<&'static Entry<Phase>> {
        let later = |n: &Entry<Phase>| n.from > d || (n.from == d && n.time.is_some());
        let end = self.entries[self.index_at(d)..].iter().find(|n| !n.value.open() && later(n))?;
        (!known || end.fixed_on <= d).then_some(end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    static WINDOW: Param<Phase> = Param {
        name: "test",
        entries: &[
            on(SINCE_EVER, Phase::NotYetInForce, Cite::DublinArt49),
            on(Date::ymd(2014, 1, 1), Phase::Open, Cite::DublinArt49),
            at(Date::ymd(2020, 12, 31), 23, 0, Phase::Closed, Cite::DublinExit),
        ],
    };

    #[test]
    fn an_entry_with_a_time_takes_effect_during_its_day() {
        assert_eq!(*WINDOW.value(Date::ymd(2013, 12, 31)), Phase::NotYetInForce);
        assert_eq!(*WINDOW.value(Date::ymd(2014, 1, 1)), Phase::Open);
        assert_eq!(*WINDOW.value(Date::ymd(2020, 12, 31)), Phase::Open);
        assert_eq!(*WINDOW.value(Date::ymd(2021, 1, 1)), Phase::Closed);
        let day = Date::ymd(2020, 12, 31);
        assert!(matches!(WINDOW.at_time(day, Some(Time { hour: 22, minute: 59 })), Moment::Known(e) if e.value == Phase::Open));
        assert!(matches!(WINDOW.at_time(day, Some(Time { hour: 23, minute: 0 })), Moment::Known(e) if e.value == Phase::Closed));
        assert!(matches!(WINDOW.at_time(day, None), Moment::Boundary { .. }));
        assert!(matches!(WINDOW.at_time(Date::ymd(2020, 12, 30), None), Moment::Known(e) if e.value == Phase::Open));
    }

    #[test]
    fn a_window_gives_the_route_status_and_its_end() {
        assert_eq!(
            WINDOW.status(Date::ymd(2013, 5, 1)),
            RouteStatus::NotYetInForce { from: Date::ymd(2014, 1, 1), cite: Cite::DublinArt49 }
        );
        // The end is known only from the day it takes effect: in 2016 nobody knew it.
        let end = ((Date::ymd(2020, 12, 31), Some(Time { hour: 23, minute: 0 })), Date::ymd(2020, 12, 31));
        assert_eq!(
            WINDOW.status(Date::ymd(2016, 5, 1)),
            RouteStatus::Open { since: Some(Date::ymd(2014, 1, 1)), until: None, later: Some(end), cite: Cite::DublinArt49 }
        );
        assert!(WINDOW.end_deadline(Date::ymd(2016, 5, 1)).is_none(), "no countdown to an end nobody knew");
        assert_eq!(
            WINDOW.status(Date::ymd(2021, 5, 1)),
            RouteStatus::Closed { since: Date::ymd(2020, 12, 31), time: Some(Time { hour: 23, minute: 0 }), cite: Cite::DublinExit }
        );
        assert!(WINDOW.end_deadline(Date::ymd(2020, 12, 1)).is_none());
        assert!(WINDOW.end_deadline(Date::ymd(2021, 1, 1)).is_none());
    }

    /// The same window with its end fixed in advance (on 31 January 2020, as Dublin's was).
    static FIXED: Param<Phase> = Param {
        name: "test",
        entries: &[
            on(SINCE_EVER, Phase::NotYetInForce, Cite::DublinArt49),
            on(Date::ymd(2014, 1, 1), Phase::Open, Cite::DublinArt49),
            at_fixed(Date::ymd(2020, 12, 31), 23, 0, Phase::Closed, Cite::DublinExit, Date::ymd(2020, 1, 31)),
        ],
    };

    #[test]
    fn an_end_is_counted_down_from_the_day_it_was_fixed() {
        let before = FIXED.status(Date::ymd(2020, 1, 30));
        assert!(matches!(before, RouteStatus::Open { until: None, later: Some(_), .. }), "{before:?}");
        assert!(FIXED.end_deadline(Date::ymd(2020, 1, 30)).is_none());
        let after = FIXED.status(Date::ymd(2020, 1, 31));
        assert_eq!(
            after,
            RouteStatus::Open {
                since: Some(Date::ymd(2014, 1, 1)),
                until: Some(Date::ymd(2020, 12, 31)),
                later: None,
                cite: Cite::DublinArt49
            }
        );
        let d = FIXED.end_deadline(Date::ymd(2020, 12, 1)).unwrap();
        assert_eq!((d.earliest, d.time, d.days_left), (Date::ymd(2020, 12, 31), Some(Time { hour: 23, minute: 0 }), 30));
    }
}
