//! The messages between the app and the file worker, as plain lines (opening and saving case files
//! happen in a worker, loaded only when used, so the app itself links no JSON parser). Answers are
//! `question-id=value` lines after `assessed_on=YYYY-MM-DD`; a reply to `import` is `ok`, the
//! answer lines, a `saved` line (what the file was judged under, if it says) and `warning` lines,
//! or `error` and one problem per line.

use super::answer::Answer;
use super::question::{Kind, Question};
use crate::calendar::{from_gregorian, Calendar};
use crate::case::{Country, Time};
use crate::casefile::SavedResult;
use crate::date::Date;
use crate::rules::{PathwayId, Verdict};

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
pub fn to_lines(assessed_on: Date, answers: &[(Question, Answer)]) -> String {
    let mut out = format!("assessed_on={assessed_on}\n");
    for (q, a) in answers {
        out.push_str(&format!("{q}={}\n", value(a)));
    }
    out
}

fn parse(q: Question, v: &str) -> Option<Answer> {
    if v == "?" {
        return Some(Answer::Unknown);
    }
    Some(match q.kind() {
        Kind::YesNo => Answer::Bool(match v {
            "yes" => true,
            "no" => false,
            _ => return None,
        }),
        Kind::Choice(choice) => Answer::Choice(choice.options().into_iter().find(|o| *o == v)?),
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
pub fn from_lines(text: &str) -> Option<(Date, Vec<(Question, Answer)>)> {
    let mut lines = text.lines().filter(|l| !l.is_empty());
    let on = Date::parse(lines.next()?.strip_prefix("assessed_on=")?).ok()?;
    let mut answers = Vec::new();
    for line in lines {
        let (id, v) = line.split_once('=')?;
        let q = Question::parse(id)?;
        answers.push((q, parse(q, v)?));
    }
    Some((on, answers))
}

/// A case file as the worker opened it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Opened {
    pub assessed_on: Date,
    pub answers: Vec<(Question, Answer)>,
    /// Problems worth a warning (unknown keys, odd facts), one line each.
    pub warnings: Vec<String>,
    /// What the file says it was judged under, if it was saved by Pathways.
    pub saved: Option<SavedResult>,
}

/// `saved\t<rules version>\t<law checked to>\t<pathway>=<verdict>;…` (a line of an `import` reply).
pub fn saved_line(s: &SavedResult) -> String {
    let verdicts: Vec<String> = s.verdicts.iter().map(|(p, v)| format!("{}={}", p.id(), v.id())).collect();
    format!("saved\t{}\t{}\t{}\n", s.rules_version, s.law_checked_to, verdicts.join(";"))
}

fn saved_of(line: &str) -> Option<SavedResult> {
    let mut parts = line.split('\t');
    let (rules_version, law, verdicts) = (parts.next()?, parts.next()?, parts.next().unwrap_or(""));
    let verdicts = verdicts
        .split(';')
        .filter(|v| !v.is_empty())
        .map(|v| {
            let (p, v) = v.split_once('=')?;
            Some((PathwayId::from_id(p)?, Verdict::from_id(v)?))
        })
        .collect::<Option<_>>()?;
    Some(SavedResult { rules_version: rules_version.to_string(), law_checked_to: Date::parse(law).ok()?, verdicts })
}

/// Reads the worker's reply to `import`: the opened case, or the problems that stopped it.
pub fn from_import_reply(reply: &str) -> Result<Opened, Vec<String>> {
    if let Some(problems) = reply.strip_prefix("error\n") {
        return Err(problems.lines().map(String::from).collect());
    }
    let unreadable = || vec!["the file could not be read".to_string()];
    let body = reply.strip_prefix("ok\n").ok_or_else(unreadable)?;
    let (mut answers, mut warnings, mut saved) = (String::new(), Vec::new(), None);
    for line in body.lines() {
        if let Some(w) = line.strip_prefix("warning\t") {
            warnings.push(w.to_string());
        } else if let Some(s) = line.strip_prefix("saved\t") {
            saved = Some(saved_of(s).ok_or_else(unreadable)?);
        } else {
            answers.push_str(line);
            answers.push('\n');
        }
    }
    let (assessed_on, answers) = from_lines(&answers).ok_or_else(unreadable)?;
    Ok(Opened { assessed_on, answers, warnings, saved })
}
