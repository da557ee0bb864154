//! The answers of a case in words, for every summary: "Check your answers", the printed summary,
//! "Copy as text" and `pathways evaluate --text` (one list, `crate::flow::Summary`, one label
//! per fact), in the catalog's language.

use crate::calendar::Calendar;
use crate::fact::{Answer, Fact, Kind};
use crate::flow::Summary;
use crate::i18n::{fill, Catalog, Format};

/// A question's heading, with the relative's number filled in.
pub fn question_title(q: Fact, cat: &Catalog, fmt: &dyn Format) -> String {
    let n = q.relative().map(|i| fmt.number(i as i64 + 1)).unwrap_or_default();
    fill(cat.get(&format!("q.{}.title", q.key())), &|name| (name == "n").then(|| n.clone()))
}

/// A question as a row of a summary: its heading, except "another relative?", asked once per
/// relative, whose row says which relative it follows.
pub fn row_title(q: Fact, cat: &Catalog, fmt: &dyn Format) -> String {
    match q {
        Fact::AnotherRelative(i) => fill(cat.get("check.another"), &|name| (name == "n").then(|| fmt.number(i as i64 + 1))),
        _ => question_title(q, cat, fmt),
    }
}

/// An answer in words.
pub fn answer_text(q: Fact, a: &Answer, cat: &Catalog, fmt: &dyn Format) -> String {
    match a {
        Answer::Unknown => cat.text("opt.unknown"),
        Answer::Bool(true) => cat.text("opt.yes"),
        Answer::Bool(false) => cat.text("opt.no"),
        Answer::Choice(c) => match q.kind() {
            Kind::Choice(choice) => cat.text(&format!("opt.{}.{c}", choice.group())),
            _ => c.to_string(),
        },
        Answer::Date(d) => fmt.date(*d),
        Answer::Born { date, entered } => {
            let main = fmt.date(*date);
            if entered.calendar == Calendar::Gregorian {
                return main;
            }
            let written = format!(
                "{} {} {} ({})",
                fmt.plain_number(entered.day as i64),
                entered.calendar.month_name(entered.month).unwrap_or(""),
                fmt.plain_number(entered.year as i64),
                cat.text(&format!("calendar.{}", entered.calendar.id()))
            );
            format!("{main}, {}", fill(&cat.text("check.calendar_entered"), &|n| (n == "entered").then(|| written.clone())))
        }
        Answer::Age(y) => fill(&cat.text("answer.age"), &|n| (n == "years").then(|| fmt.number(*y as i64))),
        Answer::Country(c) => fmt.country(c.as_str()),
        Answer::Time(time) => fmt.time(*time),
    }
}

/// One answer as a row: the question, the answer.
pub type Row = (Fact, String, String);

/// The rows of a summary, in the order asked: what was asked and answered; then what the case
/// holds that no question asked (its heading is `result.not_asked`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Rows {
    pub asked: Vec<Row>,
    pub not_asked: Vec<Row>,
}

pub fn rows(summary: &Summary, cat: &Catalog, fmt: &dyn Format) -> Rows {
    let rows = |list: &[(Fact, &Answer)]| list.iter().map(|(q, a)| (*q, row_title(*q, cat, fmt), answer_text(*q, a, cat, fmt))).collect();
    Rows { asked: rows(&summary.asked), not_asked: rows(&summary.not_asked) }
}
