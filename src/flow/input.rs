//! What a volunteer typed or chose, and whether it is a valid answer. Messages are catalog keys;
//! the checks on dates and on the case come from the engine (`Date`, `calendar`, `case::validate`).

use crate::calendar::{Calendar, CalendarDate, CalendarError};
use crate::case::{Case, Country, Time};
use crate::date::{Date, DateError};
use crate::fact::{Answer, Fact, Kind};
use crate::msg::{message, Msg};
use crate::validate::{issues, MAX_AGE_YEARS};

/// The raw input of one question screen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Input {
    /// "I don't know".
    Unknown,
    /// A radio button: an option id, or "yes" / "no".
    Choice(String),
    Date {
        day: String,
        month: String,
        year: String,
    },
    /// A date of birth in a calendar; `confirmed` is the "yes, this age is right" box (over 25).
    Born {
        calendar: Calendar,
        day: String,
        month: String,
        year: String,
        confirmed: bool,
    },
    Age {
        years: String,
        confirmed: bool,
    },
    Country(String),
    Time(String),
}

/// One problem with an input, for one field of the screen (`day`, `month`, `year`, `age`,
/// `choice`, `country`, `time`, `confirm`), or `date` for a date as a whole (empty, or wrong as a
/// date: every one of its fields is marked).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InputError {
    pub field: &'static str,
    pub msg: Msg,
}

impl InputError {
    /// Not a mistake but a question to confirm (field `confirm`: an age over 25, a date converted
    /// from another calendar, an assessment date far ahead): shown as a warning beside its box,
    /// never in the error summary or the page title.
    pub fn asks_to_confirm(&self) -> bool {
        self.field == "confirm"
    }

    /// The field the error summary's link moves to (a whole date: its first field).
    pub fn target(&self) -> &'static str {
        if self.field == "date" {
            "day"
        } else {
            self.field
        }
    }
}

/// Of a refusal, the mistakes (what the error summary lists).
pub fn mistakes(errors: &[InputError]) -> impl Iterator<Item = &InputError> {
    errors.iter().filter(|e| !e.asks_to_confirm())
}

fn err(field: &'static str, msg: Msg) -> Vec<InputError> {
    vec![InputError { field, msg }]
}

/// Age above which the flow asks to confirm (a typing slip is likelier than a child of 26).
pub const CONFIRM_AGE_ABOVE: u32 = 25;

/// Arabic-Indic (٠-٩) and Persian (۰-۹) digits as Western digits: children and volunteers type
/// on Arabic, Persian, Pashto and Sorani keyboards.
pub fn western_digits(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '\u{0660}'..='\u{0669}' => char::from(b'0' + (c as u32 - 0x0660) as u8),
            '\u{06F0}'..='\u{06F9}' => char::from(b'0' + (c as u32 - 0x06F0) as u8),
            c => c,
        })
        .collect()
}

fn number(s: &str) -> Option<i64> {
    let t = s.trim();
    (!t.is_empty() && t.len() <= 9 && t.bytes().all(|b| b.is_ascii_digit())).then(|| t.parse().ok()).flatten()
}

/// Parses day, month and year fields (GOV.UK date input pattern).
fn date_parts(day: &str, month: &str, year: &str) -> Result<(i64, i64, i64), Vec<InputError>> {
    let parts = [("day", day), ("month", month), ("year", year)];
    let blank: Vec<&str> = parts.iter().filter(|(_, v)| v.trim().is_empty()).map(|(n, _)| *n).collect();
    if blank.len() == 3 {
        return Err(err("date", message("error.date_empty")));
    }
    if let Some(first) = blank.first() {
        let part = match *first {
            "day" => "part.day",
            "month" => "part.month",
            _ => "part.year",
        };
        return Err(err(first, message("error.date_part").key("part", part)));
    }
    let (Some(d), Some(mo), Some(y)) = (number(day), number(month), number(year)) else {
        let bad = parts.iter().find(|(_, v)| number(v).is_none()).map(|(n, _)| *n).unwrap_or("day");
        return Err(err(bad, message("error.date_real")));
    };
    if year.trim().len() != 4 {
        return Err(err("year", message("error.year_digits")));
    }
    Ok((d, mo, y))
}

fn gregorian(d: i64, mo: i64, y: i64) -> Result<Date, Vec<InputError>> {
    Date::new(y as i32, mo as u32, d as u32).map_err(|e| match e {
        DateError::Month(_) => err("month", message("error.month_range").int("max", 12)),
        DateError::Day { year, month, .. } => {
            err("day", message("error.day_range").int("max", crate::date::days_in_month(year, month) as i64))
        }
        DateError::Year(_) => err("year", message("error.year_range")),
        DateError::Format => err("date", message("error.date_real")),
    })
}

fn in_calendar(calendar: Calendar, d: i64, mo: i64, y: i64) -> Result<(Date, CalendarDate), Vec<InputError>> {
    if calendar == Calendar::Gregorian {
        let date = gregorian(d, mo, y)?;
        return Ok((date, crate::calendar::from_gregorian(date, calendar)));
    }
    let entered = CalendarDate { calendar, year: y as i32, month: mo as u32, day: d as u32 };
    match entered.to_gregorian() {
        Ok(date) => Ok((date, entered)),
        Err(CalendarError::Month { max, .. }) => Err(err("month", message("error.month_range").int("max", max.into()))),
        Err(CalendarError::Day { max, .. }) => Err(err("day", message("error.day_range").int("max", max.into()))),
        Err(CalendarError::OutOfRange) => Err(err("year", message("error.year_range"))),
    }
}

/// A plain date from a date input (the assessment date), with no check against a case.
pub fn plain_date(input: &Input) -> Result<Date, Vec<InputError>> {
    match input {
        Input::Date { day, month, year } => {
            let w = western_digits;
            let (d, mo, y) = date_parts(&w(day), &w(month), &w(year))?;
            gregorian(d, mo, y)
        }
        _ => Err(err("date", message("error.date_empty"))),
    }
}

/// A time of day as people type it, in one reading only: "14:30", "14.30", "14h30", "14 30",
/// "1430", "930", "14", and on the 12-hour clock "2:30 pm", "2.30 p.m.", "2pm", "12 am" (midnight).
/// `None` for anything else, never a guess: "3:30 PM" is 15:30 in every browser (a time control
/// would drop the "PM" in some), and "25:00" or "13 pm" are refused.
pub fn typed_time(s: &str) -> Option<Time> {
    let s = western_digits(s).to_ascii_lowercase();
    let s = s.trim();
    // The 12-hour clock's "am" or "pm" (also "a.m.", "p.m."), at the end.
    let (clock, half) = match s.trim_end_matches('.').strip_suffix('m').map(|r| r.trim_end_matches('.')) {
        Some(r) if r.ends_with('a') => (r[..r.len() - 1].trim(), Some(0)),
        Some(r) if r.ends_with('p') => (r[..r.len() - 1].trim(), Some(12)),
        _ => (s, None),
    };
    // "14h30", "14 h 30", "14.30": one separator, ':'.
    let clock = clock.replace(['h', '.'], ":").replace(" :", ":").replace(": ", ":");
    let clock = clock.trim();
    let digits = |t: &str| !t.is_empty() && t.len() <= 2 && t.bytes().all(|b| b.is_ascii_digit());
    let (hour, minute) = match clock.split_once([':', ' ']) {
        Some((h, m)) if digits(h.trim()) && (digits(m.trim()) && m.trim().len() == 2 || m.trim().is_empty()) => {
            (h.trim().parse::<u8>().ok()?, if m.trim().is_empty() { 0 } else { m.trim().parse::<u8>().ok()? })
        }
        Some(_) => return None,
        None if clock.bytes().all(|b| b.is_ascii_digit()) => match clock.len() {
            1 | 2 => (clock.parse::<u8>().ok()?, 0),
            3 | 4 => (clock[..clock.len() - 2].parse::<u8>().ok()?, clock[clock.len() - 2..].parse::<u8>().ok()?),
            _ => return None,
        },
        None => return None,
    };
    let hour = match half {
        Some(_) if !(1..=12).contains(&hour) => return None,
        Some(add) => hour % 12 + add,
        None => hour,
    };
    Time::parse(&format!("{hour:02}:{minute:02}"))
}

fn yes_no(s: &str) -> Option<bool> {
    match s {
        "yes" => Some(true),
        "no" => Some(false),
        _ => None,
    }
}

/// Turns an input into an answer for `q`, checked against the case it would join (`case`: the
/// case of the answers so far). Errors name the field.
pub fn check(q: Fact, input: &Input, case: &Case) -> Result<Answer, Vec<InputError>> {
    let answer = parse(q, input, case.assessed_on)?;
    // The engine's consistency checks on the case with this answer in it.
    let mut with = case.clone();
    q.write(&mut with, &answer);
    let found = issues(&with);
    let field = match q.kind() {
        Kind::Date | Kind::DateOfBirth => match answer {
            Answer::Age(_) => "age",
            _ => "date",
        },
        Kind::Time => "time",
        Kind::Country => "country",
        _ => "choice",
    };
    // Errors anywhere come from this answer (the case was sound before it); warnings count only
    // for this question's own fact.
    let problems: Vec<InputError> =
        found.into_iter().filter(|i| i.error || Fact::at_path(&i.path) == Some(q)).map(|i| InputError { field, msg: i.msg }).collect();
    if problems.is_empty() {
        Ok(answer)
    } else {
        Err(problems)
    }
}

fn parse(q: Fact, input: &Input, on: Date) -> Result<Answer, Vec<InputError>> {
    if *input == Input::Unknown {
        return Ok(Answer::Unknown);
    }
    let w = western_digits;
    let input = &match input {
        Input::Date { day, month, year } => Input::Date { day: w(day), month: w(month), year: w(year) },
        Input::Born { calendar, day, month, year, confirmed } => {
            Input::Born { calendar: *calendar, day: w(day), month: w(month), year: w(year), confirmed: *confirmed }
        }
        Input::Age { years, confirmed } => Input::Age { years: w(years), confirmed: *confirmed },
        Input::Time(t) => Input::Time(w(t)),
        other => other.clone(),
    };
    match (q.kind(), input) {
        (Kind::YesNo, Input::Choice(c)) => yes_no(c).map(Answer::Bool).ok_or_else(|| err("choice", message("error.choose"))),
        (Kind::Choice(choice), Input::Choice(c)) => choice
            .options()
            .into_iter()
            .find(|o| *o == c.as_str())
            .map(Answer::Choice)
            .ok_or_else(|| err("choice", message("error.choose"))),
        (Kind::Date, Input::Date { day, month, year }) => {
            let (d, mo, y) = date_parts(day, month, year)?;
            gregorian(d, mo, y).map(Answer::Date)
        }
        (Kind::DateOfBirth, Input::Born { calendar, day, month, year, confirmed }) => {
            let (d, mo, y) = date_parts(day, month, year)?;
            let (date, entered) = in_calendar(*calendar, d, mo, y)?;
            let age = date.age_on(on);
            if age > CONFIRM_AGE_ABOVE as i32 && !confirmed {
                return Err(err("confirm", message("error.confirm_age").int("age", age.into())));
            }
            // A date from another calendar is shown converted, to be confirmed before it is used.
            if *calendar != Calendar::Gregorian && !confirmed {
                return Err(err("confirm", message("error.confirm_converted").date("date", date)));
            }
            Ok(Answer::Born { date, entered })
        }
        (Kind::DateOfBirth, Input::Age { years, confirmed }) => {
            let Some(n) = number(years) else { return Err(err("age", message("error.age_number"))) };
            if n > MAX_AGE_YEARS as i64 {
                return Err(err("age", message("validation.age_implausible").int("max", MAX_AGE_YEARS.into())));
            }
            if n > CONFIRM_AGE_ABOVE as i64 && !confirmed {
                return Err(err("confirm", message("error.confirm_age").int("age", n)));
            }
            Ok(Answer::Age(n as u32))
        }
        (Kind::Country, Input::Country(c)) => {
            Country::parse(c).map(Answer::Country).ok_or_else(|| err("country", message("error.country")))
        }
        (Kind::Time, Input::Time(t)) => typed_time(t).map(Answer::Time).ok_or_else(|| err("time", message("error.time"))),
        (Kind::Choice(_) | Kind::YesNo, _) => Err(err("choice", message("error.choose"))),
        (Kind::Country, _) => Err(err("country", message("error.country"))),
        (Kind::Time, _) => Err(err("time", message("error.time"))),
        (Kind::Date | Kind::DateOfBirth, _) => Err(err("date", message("error.date_empty"))),
    }
}

#[cfg(test)]
mod tests {
    use super::typed_time;

    fn read(s: &str) -> Option<String> {
        typed_time(s).map(|t| t.to_string())
    }

    #[test]
    fn a_typed_time_has_one_reading() {
        for (typed, want) in [
            ("14:30", "14:30"),
            ("14.30", "14:30"),
            ("14h30", "14:30"),
            ("14 30", "14:30"),
            ("1430", "14:30"),
            ("930", "09:30"),
            ("9", "09:00"),
            ("14h", "14:00"),
            ("14 h 30", "14:30"),
            ("9 h", "09:00"),
            (" 00:05 ", "00:05"),
            ("3:30 PM", "15:30"),
            ("3:30pm", "15:30"),
            ("2:30 p.m.", "14:30"),
            ("2pm", "14:00"),
            ("11.59 am", "11:59"),
            ("12 am", "00:00"),
            ("12:15 pm", "12:15"),
            ("۱۴:۳۰", "14:30"),
            ("١٤٣٠", "14:30"),
        ] {
            assert_eq!(read(typed).as_deref(), Some(want), "{typed:?}");
        }
    }

    #[test]
    fn a_time_that_is_not_one_is_refused() {
        for typed in ["", "pm", "25:00", "24:00", "14:60", "13 pm", "0 am", "14:3", "143000", "2:30 xm", "half past two", "14::30", "1:2:3"]
        {
            assert_eq!(read(typed), None, "{typed:?}");
        }
    }
}
