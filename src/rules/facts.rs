//! Predicates derived from the facts of a case: three-valued truth, the child's age (exact, or a
//! range when only a stated age is known).

use super::data::MAJORITY_AGE;
use crate::case::{Case, Child};
use crate::date::{Date, MIN_YEAR};

/// Three-valued truth: a condition can be met, not met, or unknown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tri {
    Yes,
    No,
    Unknown,
}

impl Tri {
    pub fn from(b: Option<bool>) -> Tri {
        match b {
            Some(true) => Tri::Yes,
            Some(false) => Tri::No,
            None => Tri::Unknown,
        }
    }
    pub fn and(self, other: Tri) -> Tri {
        match (self, other) {
            (Tri::No, _) | (_, Tri::No) => Tri::No,
            (Tri::Yes, Tri::Yes) => Tri::Yes,
            _ => Tri::Unknown,
        }
    }
    pub fn or(self, other: Tri) -> Tri {
        match (self, other) {
            (Tri::Yes, _) | (_, Tri::Yes) => Tri::Yes,
            (Tri::No, Tri::No) => Tri::No,
            _ => Tri::Unknown,
        }
    }
}

/// What is known of the child's date of birth: exactly one day, a range of days (from a stated
/// age on the assessment date, Resolved convention 2), or nothing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Age {
    /// The earliest and latest possible dates of birth; `None` when nothing is known.
    pub born: Option<(Date, Date)>,
    /// True when the date of birth itself is known.
    pub exact: bool,
}

/// `d` minus `years` years, with 29 February becoming 28 February (the latest day that is
/// still at least `years` years before `d`), limited to the accepted year range.
fn years_before(d: Date, years: i32) -> Date {
    let y = (d.year() - years).max(MIN_YEAR);
    Date::new(y, d.month(), d.day()).unwrap_or(Date::ymd(y, 2, 28))
}

impl Age {
    pub fn of(child: &Child, assessed_on: Date) -> Age {
        if let Some(dob) = child.date_of_birth {
            return Age { born: Some((dob, dob)), exact: true };
        }
        match child.age_years {
            Some(a) => {
                let a = a.min(200) as i32;
                // Born at most `a` years before the day it was said, and more than `a + 1` years
                // before is too old.
                let said = child.age_stated_on.unwrap_or(assessed_on);
                let latest = years_before(said, a);
                let earliest = years_before(said, a + 1).add_days(1);
                Age { born: Some((earliest.min(latest), latest)), exact: false }
            }
            None => Age { born: None, exact: false },
        }
    }

    pub fn of_case(case: &Case) -> Age {
        Age::of(&case.child, case.assessed_on)
    }

    /// The lowest and highest age the child can have on `on`.
    pub fn range_on(&self, on: Date) -> Option<(i32, i32)> {
        self.born.map(|(earliest, latest)| (latest.age_on(on), earliest.age_on(on)))
    }

    /// Is the child under `years` on `on`?
    pub fn under(&self, years: i32, on: Date) -> Tri {
        match self.range_on(on) {
            Some((_, max)) if max < years => Tri::Yes,
            Some((min, _)) if min >= years => Tri::No,
            _ => Tri::Unknown,
        }
    }

    /// Is the child aged `years` or under on `on`?
    pub fn at_most(&self, years: i32, on: Date) -> Tri {
        self.under(years + 1, on)
    }

    /// Is the child a minor (under 18) on `on`?
    pub fn minor_on(&self, on: Date) -> Tri {
        self.under(*MAJORITY_AGE.value(on), on)
    }

    /// The earliest and latest day of the birthday on which the child turns `years`.
    pub fn birthday(&self, years: i32) -> Option<(Date, Date)> {
        self.born.map(|(earliest, latest)| (earliest.anniversary(years), latest.anniversary(years)))
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn child(dob: Option<&str>, age: Option<u32>) -> Child {
        Child { date_of_birth: dob.map(|s| Date::parse(s).unwrap()), age_years: age, ..Child::default() }
    }

    #[test]
    fn stated_age_gives_a_range_of_birth_dates() {
        let on = Date::ymd(2019, 4, 1);
        let age = Age::of(&child(None, Some(15)), on);
        assert_eq!(age.born, Some((Date::ymd(2003, 4, 2), Date::ymd(2004, 4, 1))));
        assert_eq!(age.range_on(on), Some((15, 15)));
        assert_eq!(age.range_on(Date::ymd(2019, 3, 1)), Some((14, 15)));
        assert_eq!(age.minor_on(Date::ymd(2021, 4, 1)), Tri::Yes);
        assert_eq!(age.minor_on(Date::ymd(2021, 4, 2)), Tri::Unknown);
        assert_eq!(age.minor_on(Date::ymd(2022, 4, 1)), Tri::No);
        assert_eq!(age.birthday(18), Some((Date::ymd(2021, 4, 2), Date::ymd(2022, 4, 1))));
    }

    #[test]
    fn stated_age_on_29_february() {
        let on = Date::ymd(2024, 2, 29);
        let age = Age::of(&child(None, Some(15)), on);
        assert_eq!(age.born, Some((Date::ymd(2008, 3, 1), Date::ymd(2009, 2, 28))));
        assert_eq!(age.range_on(on), Some((15, 15)));
    }

    #[test]
    fn a_stated_age_is_read_on_the_day_it_was_given() {
        let stated = Child { age_stated_on: Some(Date::ymd(2019, 4, 1)), ..child(None, Some(15)) };
        let later = Age::of(&stated, Date::ymd(2020, 1, 1));
        assert_eq!(later, Age::of(&child(None, Some(15)), Date::ymd(2019, 4, 1)));
        assert_eq!(later.range_on(Date::ymd(2020, 1, 1)), Some((15, 16)));
    }

    #[test]
    fn date_of_birth_wins_over_stated_age() {
        let age = Age::of(&child(Some("2008-02-29"), Some(3)), Date::ymd(2026, 1, 1));
        assert!(age.exact);
        assert_eq!(age.minor_on(Date::ymd(2026, 2, 28)), Tri::Yes);
        assert_eq!(age.minor_on(Date::ymd(2026, 3, 1)), Tri::No);
    }

    #[test]
    fn nothing_known_is_unknown() {
        let age = Age::of(&child(None, None), Date::ymd(2026, 1, 1));
        assert_eq!(age.minor_on(Date::ymd(2026, 1, 1)), Tri::Unknown);
        assert_eq!(age.birthday(18), None);
    }

    proptest! {
        /// Every birth date in the range gives the stated age on the assessment date, and the days
        /// just outside it do not.
        #[test]
        fn stated_age_range_is_exact(days in 0i64..40_000, a in 0u32..60) {
            let on = Date::from_days(days).unwrap().max(Date::ymd(1975, 1, 1));
            let age = Age::of(&child(None, Some(a)), on);
            let (earliest, latest) = age.born.unwrap();
            prop_assert_eq!(earliest.age_on(on), a as i32);
            prop_assert_eq!(latest.age_on(on), a as i32);
            prop_assert_eq!(earliest.add_days(-1).age_on(on), a as i32 + 1);
            prop_assert_eq!(latest.add_days(1).age_on(on), a as i32 - 1);
        }
    }
}
