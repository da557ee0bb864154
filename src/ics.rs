//! A case's open deadlines as an RFC 5545 calendar (`pathways evaluate FILE --ics`), for a
//! caseworker's diary: one all-day event per deadline of a route that is likely or possible (the
//! 18th birthday once, whichever routes count down to it), each with two reminders. Pure: the
//! time stamp is the assessment date, and the event's UID comes from the file's reference, the
//! route, the kind of deadline and its day, so the same case gives the same calendar. An event's
//! title holds the reference and the deadline's name only: never the child's name or birth date.
//! Made by the command-line tool and by the file worker ("Add the deadlines to a calendar"); the
//! first-visit app never calls it, so the `icalendar` crate is not linked into the app's Wasm.

use crate::date::Date;
use crate::i18n::Catalog;
use crate::msg::{message, Arg, Msg};
use crate::report::{deadline_day, deadline_kind_id, deadline_label, open_deadlines};
use crate::rules::data::RULES_VERSION;
use crate::rules::{Assessment, Deadline, DeadlineKind, PathwayId};
use chrono::{DateTime, Duration, NaiveDate, Utc};
use icalendar::{Alarm, Calendar, Component, Event, EventLike, Property};

/// Days before a deadline on which its reminders go off.
pub const REMINDERS: [i64; 2] = [7, 1];

/// One event: a deadline and the routes it is a deadline of (several for the 18th birthday).
struct Entry<'a> {
    deadline: &'a Deadline,
    routes: Vec<PathwayId>,
}

/// The calendar of a case's open deadlines. `reference` names the case (the file's name without
/// `.json`); the texts are in `cat`'s language.
pub fn calendar(a: &Assessment, reference: &str, cat: &Catalog) -> String {
    let mut entries: Vec<Entry> = Vec::new();
    for (p, d) in open_deadlines(a) {
        let same = |e: &&mut Entry| e.deadline.kind == DeadlineKind::EighteenthBirthday && e.deadline.kind == d.kind;
        match entries.iter_mut().find(same) {
            Some(birthday) => birthday.routes.push(p.pathway),
            None => entries.push(Entry { deadline: d, routes: vec![p.pathway] }),
        }
    }
    entries.sort_by_key(|e| (e.deadline.when(), e.deadline.kind, e.routes[0]));
    let stamp = stamp(a.assessed_on);
    let mut cal = Calendar::empty();
    cal.append_property(Property::new("VERSION", "2.0"));
    cal.append_property(Property::new("PRODID", format!("-//Pathways//rules {RULES_VERSION}//EN")));
    cal.append_property(Property::new("CALSCALE", "GREGORIAN"));
    let mut uids = Vec::new();
    for e in &entries {
        let d = e.deadline;
        let uid = uid(reference, e, d);
        let (Some(day), Some(next)) = (naive(d.earliest), naive(d.earliest.add_days(1))) else { continue };
        if uids.contains(&uid) {
            continue;
        }
        let summary = cat.render(&summary(reference, d));
        let mut event = Event::new();
        event.uid(&uid).timestamp(stamp).summary(&summary).description(&description(e, cat)).starts(day).ends(next);
        for (i, days) in REMINDERS.into_iter().enumerate() {
            let mut alarm = Alarm::display(&summary, Duration::days(-days));
            // The crate writes a duration in seconds (-PT604800S); in days it reads as it is meant.
            alarm.append_property(Property::new("TRIGGER", format!("-P{days}D")));
            // Set here, or the crate would write the clock's time and a random UID.
            alarm.uid(&format!("{}-{}", uid.trim_end_matches("@pathways"), i + 1)).timestamp(stamp);
            event.alarm(alarm);
        }
        cal.push(event.done());
        uids.push(uid);
    }
    cal.to_string()
}

/// "Pathways case S01: 18th birthday".
fn summary(reference: &str, d: &Deadline) -> Msg {
    message("ics.summary").text("reference", reference).arg("label", Arg::Nested(Box::new(deadline_label(d))))
}

/// The route (or routes), the deadline in words, the rule's citation and the caveat, one a line.
fn description(e: &Entry, cat: &Catalog) -> String {
    let d = e.deadline;
    let routes: Vec<String> = e.routes.iter().map(|p| cat.text(p.name_key())).collect();
    let when = message("report.label_value")
        .arg("label", Arg::Nested(Box::new(deadline_label(d))))
        .arg("value", Arg::Nested(Box::new(deadline_day(d))));
    [routes.join(", "), cat.render(&when), d.cite.info().text.to_string(), cat.text("ics.note")].join("\n")
}

/// `<16 hex digits>@pathways`, from the reference, the route (none for the 18th birthday: one
/// event whatever routes count down to it), the kind of deadline and its day.
fn uid(reference: &str, e: &Entry, d: &Deadline) -> String {
    let route = if d.kind == DeadlineKind::EighteenthBirthday { "" } else { e.routes[0].id() };
    let kind = match d.kind {
        DeadlineKind::AgeLimit(age) => format!("{}_{age}", deadline_kind_id(d.kind)),
        k => deadline_kind_id(k).to_string(),
    };
    let key = [reference, route, &kind, &d.earliest.to_string()].join("\u{0}");
    format!("{:016x}@pathways", fnv1a(key.as_bytes()))
}

/// FNV-1a, 64 bits: the same number on every platform and Rust version.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| (h ^ u64::from(*b)).wrapping_mul(0x0000_0100_0000_01b3))
}

fn naive(d: Date) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(d.year(), d.month(), d.day())
}

/// Midnight UTC at the start of the assessment date.
fn stamp(on: Date) -> DateTime<Utc> {
    naive(on).and_then(|d| d.and_hms_opt(0, 0, 0)).map(|t| t.and_utc()).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::casefile::parse_case_file;
    use crate::i18n::english;
    use crate::rules::{evaluate, Verdict};

    fn ics(text: &str, reference: &str) -> String {
        calendar(&evaluate(&parse_case_file(text).unwrap().file.case), reference, english())
    }

    /// The unfolded content lines of a calendar.
    fn lines(ics: &str) -> Vec<String> {
        ics.replace("\r\n ", "").split("\r\n").filter(|l| !l.is_empty()).map(String::from).collect()
    }

    fn values<'a>(lines: &'a [String], key: &str) -> Vec<&'a str> {
        lines.iter().filter_map(|l| l.strip_prefix(key)).collect()
    }

    /// A 16-year-old in France with a parent recognised as a refugee in the UK: the refugee
    /// family reunion route is open to them until the 18th birthday.
    const CHILD: &str = r#"{"case": {"assessed_on": "2026-07-01",
        "child": {"date_of_birth": "2010-03-15", "nationality": "AF", "location": "FR", "unaccompanied": true, "married": false},
        "uk_relatives": [{"relation": "parent", "adult": true, "status": "protection", "family_before_flight": true}]}}"#;

    #[test]
    fn one_all_day_event_for_the_18th_birthday_whatever_routes_count_down_to_it() {
        let a = evaluate(&parse_case_file(CHILD).unwrap().file.case);
        let routes = a.pathways.iter().filter(|p| p.deadlines.iter().any(|d| d.kind == DeadlineKind::EighteenthBirthday)).count();
        assert!(routes >= 1, "{:?}", a.pathways.iter().map(|p| (p.pathway, p.verdict)).collect::<Vec<_>>());
        let l = lines(&ics(CHILD, "case-7"));
        let birthday: Vec<&String> = l.iter().filter(|l| l.starts_with("DTSTART;VALUE=DATE:20280315")).collect();
        assert_eq!(birthday.len(), 1, "{l:#?}");
        assert!(values(&l, "SUMMARY:").contains(&"Pathways case case-7: 18th birthday"), "{l:#?}");
        assert!(l.contains(&"DTEND;VALUE=DATE:20280316".to_string()), "{l:#?}");
        assert!(l.iter().all(|x| !x.contains("2010") && !x.contains("20100315")), "the date of birth is nowhere: {l:#?}");
        assert!(values(&l, "DTSTAMP:").iter().all(|s| *s == "20260701T000000Z"), "{l:#?}");
    }

    #[test]
    fn every_event_has_two_reminders_and_a_description_with_its_source() {
        let l = lines(&ics(CHILD, "case-7"));
        let events = values(&l, "BEGIN:VEVENT").len();
        assert!(events >= 1);
        assert_eq!(values(&l, "BEGIN:VALARM").len(), 2 * events);
        assert_eq!(values(&l, "TRIGGER:-P7D").len(), events, "{l:#?}");
        assert_eq!(values(&l, "TRIGGER:-P1D").len(), events, "{l:#?}");
        assert_eq!(values(&l, "ACTION:DISPLAY").len(), 2 * events);
        let description = values(&l, "DESCRIPTION:").into_iter().find(|d| d.contains("18th birthday")).unwrap();
        assert!(description.contains("18th birthday: 15 March 2028"), "{description}");
        assert!(description.ends_with("\\nScreening aid\\, not legal advice."), "{description}");
    }

    #[test]
    fn the_same_case_gives_the_same_calendar_and_another_reference_other_uids() {
        assert_eq!(ics(CHILD, "case-7"), ics(CHILD, "case-7"));
        let (one, two) = (lines(&ics(CHILD, "case-7")), lines(&ics(CHILD, "case-8")));
        let (u1, u2) = (values(&one, "UID:"), values(&two, "UID:"));
        assert!(u1.iter().all(|u| !u2.contains(u)), "{u1:?} {u2:?}");
        let mut unique = u1.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), u1.len(), "UIDs are unique: {u1:?}");
    }

    /// Over the public scenarios: one event per route deadline, and the 18th birthday once
    /// however many routes count down to it, on its first possible day.
    #[test]
    fn each_deadline_of_an_open_route_is_one_event() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/scenarios/public");
        let mut shared = 0;
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            let a = evaluate(&parse_case_file(&std::fs::read_to_string(&path).unwrap()).unwrap().file.case);
            let open = || a.pathways.iter().filter(|p| matches!(p.verdict, Verdict::Likely | Verdict::Possible));
            let with_birthday = open().filter(|p| p.deadlines.iter().any(|d| d.kind == DeadlineKind::EighteenthBirthday)).count();
            let others = open().flat_map(|p| &p.deadlines).filter(|d| d.kind != DeadlineKind::EighteenthBirthday).count();
            shared += usize::from(with_birthday > 1);
            let l = lines(&calendar(&a, "x", english()));
            assert_eq!(values(&l, "BEGIN:VEVENT").len(), others + usize::from(with_birthday > 0), "{}: {l:#?}", path.display());
            if let Some(b) = a.eighteenth_birthday.as_ref().filter(|_| with_birthday > 0) {
                let day = format!("DTSTART;VALUE=DATE:{}", b.earliest.to_string().replace('-', ""));
                assert!(l.contains(&day), "{}: {day} in {l:#?}", path.display());
            }
        }
        assert!(shared > 0, "some scenario has an 18th birthday shared by several routes");
    }

    #[test]
    fn no_route_open_no_event() {
        let adult = r#"{"case": {"assessed_on": "2026-07-01", "child": {"date_of_birth": "2000-01-01"}}}"#;
        let l = lines(&ics(adult, "x"));
        assert_eq!(values(&l, "BEGIN:VEVENT").len(), 0, "{l:#?}");
        assert_eq!(l.first().map(String::as_str), Some("BEGIN:VCALENDAR"));
        assert_eq!(l.last().map(String::as_str), Some("END:VCALENDAR"));
    }

    /// Every key of a message and of the messages in it.
    fn keys(m: &Msg, out: &mut Vec<String>) {
        out.push(m.key.to_string());
        for (_, a) in &m.args {
            match a {
                Arg::Nested(inner) => keys(inner, out),
                Arg::List(items) => items.iter().for_each(|i| keys(i, out)),
                Arg::Key(k) => out.push(k.to_string()),
                Arg::Date(d) => out.extend(["date.format".to_string(), format!("month.{}", d.month())]),
                _ => {}
            }
        }
    }

    /// The file worker writes calendars with the texts built into the app and the few families
    /// of the result page a calendar needs (`crate::i18n::calendar_english`): over the public
    /// scenarios, every text of every event is among them, and the calendar is the same.
    #[test]
    fn the_file_workers_texts_are_enough_for_a_calendar() {
        let worker = crate::i18n::calendar_english();
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/scenarios/public");
        let mut events = 0;
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            let a = evaluate(&parse_case_file(&std::fs::read_to_string(&path).unwrap()).unwrap().file.case);
            for (p, d) in open_deadlines(&a) {
                let mut used = vec!["ics.note".to_string(), "report.label_value".to_string(), p.pathway.name_key().to_string()];
                for m in [summary("x", d), deadline_label(d), deadline_day(d)] {
                    keys(&m, &mut used);
                }
                let missing: Vec<&String> = used.iter().filter(|k| worker.own(k).is_none()).collect();
                assert!(missing.is_empty(), "{}: the worker has no text for {missing:?}", path.display());
                events += 1;
            }
            assert_eq!(calendar(&a, "x", worker), calendar(&a, "x", english()), "{}", path.display());
        }
        assert!(events > 10, "{events}");
    }

    #[test]
    fn fnv1a_is_the_published_function() {
        // The FNV-1a test vectors: "" and "a".
        assert_eq!(fnv1a(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a(b"a"), 0xaf63_dc4c_8601_ec8c);
    }
}
