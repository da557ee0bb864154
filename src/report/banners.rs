//! The lines shown above the routes, chosen from the same assessment as the verdicts: the 18th
//! birthday (and what it closes, or what an application made in time keeps open), the deadline
//! to act on first, and a warning when the rules may be out of date for the assessment date.
//! The result page, the printed summary, "Copy as text" and `pathways evaluate --text` all show
//! these same messages.

use crate::date::Date;
use crate::msg::{message, Arg, Msg};
use crate::rules::{Assessment, DeadlineKind, Verdict};

/// A banner: its sentences (one paragraph), and whether it is urgent (shown as an alert colour).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Banner {
    pub lines: Vec<Msg>,
    pub urgent: bool,
    /// What it is about: `birthday`, `act_first` or `rules_old` (for its style and for tests).
    pub kind: &'static str,
}

/// How close a deadline must be to be shown as urgent.
pub const SOON_DAYS: i64 = 90;

/// Months after the law was last checked beyond which an assessment may rest on old law.
pub const RULES_OLD_MONTHS: i32 = 6;

/// Every banner of an assessment, in reading order.
pub fn banners(a: &Assessment) -> Vec<Banner> {
    [rules_old(a), act_first(a), birthday(a)].into_iter().flatten().collect()
}

/// The 18th birthday, seen from the assessment date, with what it means for the routes for
/// children: closed, or kept open by an application made before it.
pub fn birthday(a: &Assessment) -> Option<Banner> {
    let d = a.eighteenth_birthday.as_ref()?;
    let on = a.assessed_on;
    let (earliest, latest) = (d.earliest, d.latest);
    let range = |key| message(key).date("earliest", earliest).date("latest", latest);
    let (first, adult, urgent) = if earliest != latest {
        // A stated age is the age on the assessment date: the latest birthday is at most that day.
        if latest <= on {
            (range("result.birthday_range_passed"), true, true)
        } else if earliest <= on {
            (range("result.birthday_range_now"), false, true)
        } else {
            (range("result.birthday_range").int("days", d.days_left), false, d.days_left < SOON_DAYS)
        }
    } else {
        let at = |key| message(key).date("date", earliest);
        match d.days_left {
            n if n < 0 => (at("result.birthday_passed"), true, true),
            0 => (at("result.birthday_today"), true, true),
            1 => (at("result.birthday_tomorrow"), false, true),
            n if n < SOON_DAYS => (at("result.birthday_soon").int("days", n), false, true),
            n => (at("result.birthday").int("days", n), false, false),
        }
    };
    let mut lines = vec![first];
    if adult {
        // 18 or over now: the routes for children are closed to anything new; an application
        // (a claim, a request) made before keeps open those the cards show as open.
        let kept: Vec<Msg> = a
            .by_hope()
            .into_iter()
            .filter(|p| p.pathway.for_children() && matches!(p.verdict, Verdict::Likely | Verdict::Possible))
            .map(|p| message(p.pathway.name_key()))
            .collect();
        lines.push(if kept.is_empty() {
            message("result.children_closed")
        } else {
            message("result.children_kept").arg("routes", Arg::List(kept))
        });
    }
    Some(Banner { lines, urgent, kind: "birthday" })
}

/// The deadline to act on first when it is not the 18th birthday (a route's last day, a Dublin
/// time limit): it may come long before the birthday.
pub fn act_first(a: &Assessment) -> Option<Banner> {
    let (p, d) = a.next_deadline.as_ref().filter(|(_, d)| d.kind != DeadlineKind::EighteenthBirthday)?;
    let msg = message("report.act_first")
        .arg("label", Arg::Nested(Box::new(super::deadline_label(d))))
        .key("pathway", p.name_key())
        .arg("when", Arg::Nested(Box::new(super::when_left(d))));
    Some(Banner { lines: vec![msg], urgent: d.days_left < SOON_DAYS, kind: "act_first" })
}

/// The assessment date is more than [`RULES_OLD_MONTHS`] after the day the law was last checked:
/// the rules may be out of date then.
pub fn rules_old(a: &Assessment) -> Option<Banner> {
    let limit: Date = a.law_checked_to.add_months(RULES_OLD_MONTHS);
    (a.assessed_on > limit).then(|| Banner {
        lines: vec![message("result.rules_old").date("checked", a.law_checked_to).date("on", a.assessed_on)],
        urgent: true,
        kind: "rules_old",
    })
}
