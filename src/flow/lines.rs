//! Answers as plain lines, `question-id=value`: how the app hands a case to the file worker and
//! back (opening and saving case files happen in a worker, loaded only when used, so the app
//! itself stays small). The first line is `assessed_on=YYYY-MM-DD`.

use super::answer::Answer;
use super::question::{Kind, Q};
use crate::calendar::{from_gregorian, Calendar};
use crate::case::{Country, Time};
use crate::date::Date;

fn value(a: &Answer) -> String {
    match a {
        Answer::Unknown => "?".into(),
        Answer::Bool(b) => if *b { "yes" } else { "no" }.into(),
        Answer::Choice(c) => c.to_string(),
        Answer::Date(d) => d.to_string(),
        Answer::Born { date, entered } => {
            format!("born:{}:{}:{}-{}-{}", date, entered.calendar.id(), entered.year, entered.month, entered.day)
        }
        Answer::Age(y) => format!("age:{y}"),
        Answer::Country(c) => c.as_str().to_string(),
        Answer::Time(t) => t.to_string(),
    }
}

/// Writes the answers as lines.
pub fn to_lines(assessed_on: Date, answers: &[(Q, Answer)]) -> String {
    let mut out = format!("assessed_on={assessed_on}\n");
    for (q, a) in answers {
        out.push_str(&format!("{q}={}\n", value(a)));
    }
    out
}

fn parse(q: Q, v: &str) -> Option<Answer> {
    if v == "?" {
        return Some(Answer::Unknown);
    }
    Some(match q.kind() {
        Kind::YesNo => Answer::Bool(match v {
            "yes" => true,
            "no" => false,
            _ => return None,
        }),
        Kind::Choice(options) => Answer::Choice(options.iter().find(|o| **o == v)?),
        Kind::Date => Answer::Date(Date::parse(v).ok()?),
        Kind::DateOfBirth => {
            if let Some(years) = v.strip_prefix("age:") {
                Answer::Age(years.parse().ok()?)
            } else {
                let rest = v.strip_prefix("born:")?;
                let (date, rest) = rest.split_once(':')?;
                let date = Date::parse(date).ok()?;
                let (calendar, ymd) = rest.split_once(':')?;
                let calendar = Calendar::from_id(calendar)?;
                let mut parts = ymd.split('-').map(|p| p.parse::<i64>().ok());
                let (y, m, d) = (parts.next()??, parts.next()??, parts.next()??);
                let mut entered = from_gregorian(date, calendar);
                // Keep the date as it was written, if it is that date.
                if (entered.year as i64, entered.month as i64, entered.day as i64) != (y, m, d) {
                    entered = from_gregorian(date, Calendar::Gregorian);
                }
                Answer::Born { date, entered }
            }
        }
        Kind::Country => Answer::Country(Country::parse(v)?),
        Kind::Time => Answer::Time(Time::parse(v)?),
    })
}

/// Reads lines written by [`to_lines`]; `None` if any line is not understood.
pub fn from_lines(text: &str) -> Option<(Date, Vec<(Q, Answer)>)> {
    let mut lines = text.lines().filter(|l| !l.is_empty());
    let on = Date::parse(lines.next()?.strip_prefix("assessed_on=")?).ok()?;
    let mut answers = Vec::new();
    for line in lines {
        let (id, v) = line.split_once('=')?;
        let q = Q::parse(id)?;
        answers.push((q, parse(q, v)?));
    }
    Some((on, answers))
}
