//! How answers read on "Check your answers" and in the printed summary.

use super::browser;
use super::texts::Texts;
use crate::calendar::Calendar;
use crate::flow::{Answer, Q};

/// An answer in words, in the chosen language.
pub fn answer_text(q: Q, a: &Answer, t: &Texts) -> String {
    match a {
        Answer::Unknown => t.t("opt.unknown").into(),
        Answer::Bool(true) => t.t("opt.yes").into(),
        Answer::Bool(false) => t.t("opt.no").into(),
        Answer::Choice(c) => t.t(&format!("opt.{}.{c}", option_group(q))).into(),
        Answer::Date(d) => t.date(*d),
        Answer::Born { date, entered } => {
            let main = t.date(*date);
            if entered.calendar == Calendar::Gregorian {
                main
            } else {
                let written = format!(
                    "{} {} {} ({})",
                    t.digits(entered.day as i64, false),
                    entered.calendar.month_name(entered.month).unwrap_or(""),
                    t.digits(entered.year as i64, false),
                    t.t(&format!("calendar.{}", entered.calendar.id()))
                );
                format!("{main}, {}", t.f("check.calendar_entered", &[("entered", written)]))
            }
        }
        Answer::Age(y) => t.f("answer.age", &[("years", t.n(*y as i64))]),
        Answer::Country(c) => browser::country_name(&t.lang, c.as_str()),
        Answer::Time(time) => time.to_string(),
    }
}

/// The catalog group of a choice question's options: `opt.<group>.<id>`.
pub fn option_group(q: Q) -> &'static str {
    match q {
        Q::Relation(_) => "relation",
        Q::Status(_) => "status",
        Q::Claim => "claim",
        Q::Request => "request",
        Q::RequestDecision => "request_decision",
        _ => "other",
    }
}
