//! A civil (proleptic Gregorian) calendar date with no time zone and no clock.
//!
//! The rules only ever need calendar dates: "today" is always passed in by the
//! caller (the browser, the command line, a test), never read here.

use std::fmt;

/// A valid Gregorian calendar date. Construct with [`Date::new`] or [`Date::parse`];
/// an impossible date such as 2023-02-30 cannot exist as a `Date`.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub struct Date {
    year: i32,
    month: u8,
    day: u8,
}

/// Why a text or a triple of numbers is not a date. The message names the problem in plain words.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum DateError {
    /// Not of the form YYYY-MM-DD.
    Format,
    /// Month outside 1..=12.
    Month(u32),
    /// Day outside the month, e.g. 30 February.
    Day { year: i32, month: u8, day: u32 },
    /// Year outside the range the rules accept (1900..=2200).
    Year(i32),
}

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DateError::Format => write!(f, "not a date in the form YYYY-MM-DD"),
            DateError::Month(m) => write!(f, "month {m} does not exist (months are 1 to 12)"),
            DateError::Day { year, month, day } => {
                write!(f, "{year:04}-{month:02}-{day:02} does not exist: that month has {} days", days_in_month(*year, *month))
            }
            DateError::Year(y) => write!(f, "year {y} is outside the accepted range 1900 to 2200"),
        }
    }
}

impl std::error::Error for DateError {}

/// Gregorian leap year.
pub const fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// Number of days in a month (1..=12) of a year.
pub const fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

pub const MIN_YEAR: i32 = 1900;
pub const MAX_YEAR: i32 = 2200;

impl Date {
    /// A checked date. Years are limited to 1900..=2200 so arithmetic can never overflow.
    pub const fn new(year: i32, month: u32, day: u32) -> Result<Date, DateError> {
        if year < MIN_YEAR || year > MAX_YEAR {
            return Err(DateError::Year(year));
        }
        if month < 1 || month > 12 {
            return Err(DateError::Month(month));
        }
        if day < 1 || day > days_in_month(year, month as u8) as u32 {
            return Err(DateError::Day { year, month: month as u8, day });
        }
        Ok(Date { year, month: month as u8, day: day as u8 })
    }

    /// A date known to be valid at compile time (rules data). Panics at compile time otherwise.
    pub const fn ymd(year: i32, month: u32, day: u32) -> Date {
        match Date::new(year, month, day) {
            Ok(d) => d,
            Err(_) => panic!("invalid constant date"),
        }
    }

    /// Parses exactly `YYYY-MM-DD`.
    pub fn parse(s: &str) -> Result<Date, DateError> {
        let b = s.as_bytes();
        let ok_shape =
            b.len() == 10 && b[4] == b'-' && b[7] == b'-' && b.iter().enumerate().all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
        if !ok_shape {
            return Err(DateError::Format);
        }
        let num = |r: std::ops::Range<usize>| s[r].parse::<u32>().unwrap_or(0);
        Date::new(num(0..4) as i32, num(5..7), num(8..10))
    }

    pub const fn year(self) -> i32 {
        self.year
    }
    pub const fn month(self) -> u32 {
        self.month as u32
    }
    pub const fn day(self) -> u32 {
        self.day as u32
    }

    /// Days since 1970-01-01 (negative before). Howard Hinnant's `days_from_civil`.
    pub const fn to_days(self) -> i64 {
        let y = if self.month <= 2 { self.year - 1 } else { self.year } as i64;
        let m = self.month as i64;
        let d = self.day as i64;
        let era = if y >= 0 { y } else { y - 399 } / 400;
        let yoe = y - era * 400;
        let mp = (m + 9) % 12;
        let doy = (153 * mp + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` days after 1970-01-01, if inside the accepted year range.
    pub const fn from_days(days: i64) -> Option<Date> {
        let z = days + 719_468;
        let era = if z >= 0 { z } else { z - 146_096 } / 146_097;
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let y = yoe + era * 400;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = doy - (153 * mp + 2) / 5 + 1;
        let m = if mp < 10 { mp + 3 } else { mp - 9 };
        let y = if m <= 2 { y + 1 } else { y };
        match Date::new(y as i32, m as u32, d as u32) {
            Ok(date) => Some(date),
            Err(_) => None,
        }
    }

    /// `self + n` days, saturating at the ends of the accepted range.
    pub fn add_days(self, n: i64) -> Date {
        Date::from_days(self.to_days() + n).unwrap_or(if n < 0 { Date::ymd(MIN_YEAR, 1, 1) } else { Date::ymd(MAX_YEAR, 12, 31) })
    }

    /// Whole days from `self` to `other` (positive when `other` is later).
    pub const fn days_until(self, other: Date) -> i64 {
        other.to_days() - self.to_days()
    }

    /// Adds calendar months. When the day does not exist in the target month it becomes the
    /// month's last day (31 January + 1 month = 28 or 29 February), the rule of
    /// Regulation (EEC, Euratom) No 1182/71 Art 3(2)(c) for periods in months.
    pub fn add_months(self, months: i32) -> Date {
        let total = self.year * 12 + (self.month as i32 - 1) + months;
        let year = total.div_euclid(12).clamp(MIN_YEAR, MAX_YEAR);
        let month = (total.rem_euclid(12) + 1) as u8;
        let day = self.day.min(days_in_month(year, month));
        Date { year, month, day }
    }

    /// The anniversary of `self` in `years` years' time. A 29 February falls on 1 March in a
    /// year that is not a leap year (Resolved convention 2 of RULES.md).
    pub fn anniversary(self, years: i32) -> Date {
        let year = (self.year + years).clamp(MIN_YEAR, MAX_YEAR);
        if self.month == 2 && self.day == 29 && !is_leap_year(year) {
            Date { year, month: 3, day: 1 }
        } else {
            Date { year, month: self.month, day: self.day }
        }
    }

    /// Whole years completed on `on` by a person born on `self`: the age is reached at the start of
    /// the birthday (on the 18th birthday the person is 18). 29 February birthdays are reached on
    /// 1 March in years that are not leap years. Negative if `on` is before `self`.
    pub fn age_on(self, on: Date) -> i32 {
        let mut years = on.year - self.year;
        if on < self.anniversary(years) {
            years -= 1;
        }
        years
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    #[test]
    fn parses_and_rejects() {
        assert_eq!(d("2016-03-20"), Date::ymd(2016, 3, 20));
        assert_eq!(Date::parse("2023-02-29"), Err(DateError::Day { year: 2023, month: 2, day: 29 }));
        assert_eq!(Date::parse("2023-02-30").unwrap_err().to_string(), "2023-02-30 does not exist: that month has 28 days");
        assert!(Date::parse("2024-02-29").is_ok());
        assert!(matches!(Date::parse("2024-13-01"), Err(DateError::Month(13))));
        assert!(matches!(Date::parse("24-01-01"), Err(DateError::Format)));
        assert!(matches!(Date::parse("2024/01/01"), Err(DateError::Format)));
        assert!(matches!(Date::parse("2024-1-01x"), Err(DateError::Format)));
        assert!(matches!(Date::parse("1800-01-01"), Err(DateError::Year(1800))));
        assert!(matches!(Date::parse("+024-01-01"), Err(DateError::Format)));
    }

    #[test]
    fn days_round_trip_over_the_whole_range() {
        let mut date = Date::ymd(MIN_YEAR, 1, 1);
        let mut days = date.to_days();
        while date < Date::ymd(MAX_YEAR, 12, 31) {
            let next = date.add_days(1);
            assert_eq!(next.to_days(), days + 1, "{date}");
            assert!(next > date);
            assert_eq!(Date::from_days(days + 1), Some(next));
            date = next;
            days += 1;
        }
        assert_eq!(Date::ymd(1970, 1, 1).to_days(), 0);
        assert_eq!(Date::ymd(2000, 3, 1).to_days(), 11_017);
    }

    #[test]
    fn age_is_reached_at_the_start_of_the_birthday() {
        let dob = d("2008-11-26");
        assert_eq!(dob.age_on(d("2026-11-25")), 17);
        assert_eq!(dob.age_on(d("2026-11-26")), 18);
        assert_eq!(dob.age_on(d("2026-11-27")), 18);
        assert_eq!(dob.age_on(dob), 0);
        assert_eq!(dob.age_on(d("2008-11-25")), -1);
    }

    #[test]
    fn leap_day_birthdays_fall_on_1_march_in_common_years() {
        let dob = d("2008-02-29");
        assert_eq!(dob.age_on(d("2026-02-28")), 17);
        assert_eq!(dob.age_on(d("2026-03-01")), 18);
        assert_eq!(dob.anniversary(18), d("2026-03-01"));
        assert_eq!(dob.anniversary(16), d("2024-02-29"));
        assert_eq!(dob.age_on(d("2024-02-28")), 15);
        assert_eq!(dob.age_on(d("2024-02-29")), 16);
    }

    #[test]
    fn month_arithmetic_clamps_to_the_end_of_the_month() {
        assert_eq!(d("2020-11-30").add_months(3), d("2021-02-28"));
        assert_eq!(d("2019-11-30").add_months(3), d("2020-02-29"));
        assert_eq!(d("2020-10-31").add_months(2), d("2020-12-31"));
        assert_eq!(d("2020-12-20").add_months(2), d("2021-02-20"));
        assert_eq!(d("2020-12-20").add_months(-12), d("2019-12-20"));
        assert_eq!(d("2016-04-01").add_months(6), d("2016-10-01"));
    }
}
