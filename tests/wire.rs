#![cfg(not(target_arch = "wasm32"))]
//! The boundary between the app, the file worker and `static/boot.js` (`src/wire.rs`): any text
//! crosses it unchanged (newlines, tabs, quotes, bidi controls, long values), and boot.js names
//! exactly the events and attributes the module defines. (In the browser, the same values cross
//! a real structured clone: `tests/components.rs`.)

use pathways::calendar::{from_gregorian, Calendar};
use pathways::date::Date;
use pathways::fact::{all_facts, Answer, Fact, Kind};
use pathways::flow::Opened;
use pathways::msg::{message, Arg, Msg};
use pathways::rules::{PathwayId, Verdict};
use pathways::wire::{attr, embed, event, sw, to_node, Reply, Request};
use proptest::prelude::*;
use std::collections::BTreeSet;

/// Text as it may come from a file or a person: any character, with the awkward ones likely.
fn text() -> impl Strategy<Value = String> {
    let awkward = prop::sample::select(vec![
        '\n', '\r', '\t', '"', '\'', '\\', '\u{202E}', '\u{2066}', '\u{2069}', '\u{200F}', '\0', '{', '}', 'é', 'ع', '𝄞',
    ]);
    let ch = prop_oneof![3 => any::<char>(), 2 => awkward];
    prop_oneof![
        8 => prop::collection::vec(ch.clone(), 0..40).prop_map(|v| v.into_iter().collect::<String>()),
        // A long value (10 KB and more).
        1 => (prop::collection::vec(ch, 1..8), 10_240usize..12_000).prop_map(|(unit, n)| unit.iter().cycle().take(n).collect::<String>()),
    ]
}

/// A problem as the reader gives it: a question, a problem with the file's own text in it, a path.
fn problem(value: String, path: String) -> Msg {
    let question = message("q.relation.title").int("n", 3);
    let bad = message("file.not_one_of").text("value", value).text("options", "parent, sibling");
    message("file.about").arg("question", Arg::Nested(Box::new(question))).arg("problem", Arg::Nested(Box::new(bad))).text("path", path)
}

/// An answer of each kind a fact can take.
fn answer(f: Fact, pick: u8) -> Answer {
    if pick == 0 {
        return Answer::Unknown;
    }
    let date = Date::ymd(2008, 2, 29);
    match f.kind() {
        Kind::YesNo => Answer::Bool(pick.is_multiple_of(2)),
        Kind::Choice(c) => Answer::Choice(c.options()[pick as usize % c.options().len()]),
        Kind::Date => Answer::Date(date),
        Kind::DateOfBirth if pick.is_multiple_of(3) => Answer::Age(pick as u32),
        Kind::DateOfBirth => Answer::Born { date, entered: from_gregorian(date, Calendar::ALL[pick as usize % 3]) },
        Kind::Country => Answer::Country(pathways::case::Country::code("AF")),
        Kind::Time => Answer::Time(pathways::case::Time { hour: 23, minute: pick % 60 }),
    }
}

fn answers() -> impl Strategy<Value = Vec<(Fact, Answer)>> {
    prop::collection::vec(any::<u8>(), 0..40)
        .prop_map(|picks| all_facts(3).into_iter().zip(picks).filter(|(_, p)| p % 5 != 4).map(|(f, p)| (f, answer(f, p % 8))).collect())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn any_text_crosses_unchanged(file in text(), key in text(), path in text(), answers in answers(), bytes in prop::collection::vec(any::<u8>(), 0..600)) {
        let requests = [
            Request::import_text(&file),
            // Any bytes (a binary age file), and any passphrase.
            Request::Import { file: bytes.clone(), passphrase: Some(key.clone()) },
            Request::Export { assessed_on: Date::ymd(2026, 12, 7), answers: answers.clone(), passphrase: None },
            Request::Export { assessed_on: Date::ymd(2026, 12, 7), answers: answers.clone(), passphrase: Some(path.clone()) },
            // A calendar of the case, named by any reference; a dispute of any route, to any verdict, for any reason.
            Request::Calendar { assessed_on: Date::ymd(2026, 12, 7), answers: answers.clone(), reference: key.clone() },
            Request::Dispute {
                assessed_on: Date::ymd(2026, 12, 7),
                answers: answers.clone(),
                pathway: PathwayId::ALL[bytes.len() % PathwayId::ALL.len()],
                verdict: Verdict::ALL[file.len() % Verdict::ALL.len()],
                reason: file.clone(),
            },
        ];
        for r in requests {
            prop_assert_eq!(Request::from_node(&to_node(&r)), Some(r));
        }
        let replies = [
            Reply::Opened(Opened {
                assessed_on: Date::ymd(2026, 12, 7),
                answers,
                changes: vec![message("change.no_reason")],
                warnings: vec![problem(key.clone(), path.clone()), message("file.unknown_key")],
            }),
            Reply::Locked { file: bytes.clone(), wrong_passphrase: true },
            Reply::Locked { file: bytes, wrong_passphrase: false },
            Reply::File { text: file.clone(), locked: false },
            Reply::File { text: file, locked: true },
            Reply::Failed(vec![problem(path, key)]),
        ];
        for r in replies {
            prop_assert_eq!(Reply::from_node(&to_node(&r)), Some(r));
        }
    }
}

/// Every route and every verdict of a dispute crosses by its id; an id the rules do not know is refused.
#[test]
fn a_dispute_crosses_with_every_route_and_verdict_and_no_other() {
    use pathways::wire::Node;
    for pathway in PathwayId::ALL {
        for verdict in Verdict::ALL {
            let r = Request::Dispute { assessed_on: Date::ymd(2026, 12, 7), answers: vec![], pathway, verdict, reason: "Art 8(1)".into() };
            assert_eq!(Request::from_node(&to_node(&r)), Some(r));
        }
    }
    let r = Request::Dispute {
        assessed_on: Date::ymd(2026, 12, 7),
        answers: vec![],
        pathway: PathwayId::DublinFamily,
        verdict: Verdict::Likely,
        reason: String::new(),
    };
    let Node::Map(fields) = to_node(&r) else { panic!() };
    let with = |key: &str, value: &str| {
        Node::Map(fields.iter().map(|(k, v)| (k.clone(), if k == key { Node::Str(value.into()) } else { v.clone() })).collect())
    };
    assert_eq!(Request::from_node(&with("verdict", "unlikely")), None);
    assert_eq!(Request::from_node(&with("pathway", "dublin")), None);
    assert_eq!(Request::from_node(&with("op", "calendar")), None, "a calendar request has a reference");
}

/// A value that is not one of the messages is refused, not misread.
#[test]
fn what_is_not_a_message_is_refused() {
    use pathways::wire::Node;
    assert_eq!(Reply::from_node(&Node::Null), None);
    assert_eq!(Reply::from_node(&Node::Str("ok\n".into())), None);
    let unknown_key = Reply::Failed(vec![Msg::new("file.missing")]);
    let Node::Map(mut fields) = to_node(&unknown_key) else { panic!() };
    // A key the catalog does not have cannot be shown.
    let problems = fields.iter_mut().find(|(k, _)| k == "problems").unwrap();
    problems.1 = Node::List(vec![Node::Map(vec![("key".into(), Node::Str("no.such.key".into())), ("args".into(), Node::List(vec![]))])]);
    assert_eq!(Reply::from_node(&Node::Map(fields)), None);
}

fn boot_js() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/static/boot.js")).unwrap()
}

/// The quoted names after each of `calls` in `code`: `addEventListener('pathways-ready'`.
fn names_after(code: &str, calls: &[&str], prefix: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for call in calls {
        for part in code.split(call).skip(1) {
            let part = part.trim_start_matches(['(', ' ', '\'', '"']);
            if part.starts_with(prefix) {
                out.insert(part.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '-').collect());
            }
        }
    }
    out
}

/// `dataset.picker` and `[data-action]` in boot.js, as attribute names.
fn data_attributes(code: &str) -> BTreeSet<String> {
    let mut out: BTreeSet<String> = code
        .split("dataset.")
        .skip(1)
        .map(|rest| {
            let camel: String = rest.chars().take_while(|c| c.is_ascii_alphanumeric()).collect();
            let kebab: String = camel
                .chars()
                .map(|c| if c.is_ascii_uppercase() { format!("-{}", c.to_ascii_lowercase()) } else { c.to_string() })
                .collect();
            format!("data-{kebab}")
        })
        .collect();
    for rest in code.split("[data-").skip(1) {
        out.insert(format!("data-{}", rest.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '-').collect::<String>()));
    }
    out
}

#[test]
fn boot_js_names_only_the_events_and_attributes_of_the_wire() {
    let js = boot_js();
    let events = names_after(&js, &["addEventListener", "toApp", "new CustomEvent"], "pathways-");
    let defined: BTreeSet<String> = event::ALL.iter().map(|e| e.to_string()).collect();
    assert_eq!(events, defined, "the DOM events boot.js sends or hears, and those src/wire.rs defines");
    let attributes = data_attributes(&js);
    let defined: BTreeSet<String> = attr::ALL.iter().map(|a| a.to_string()).collect();
    assert_eq!(attributes, defined, "the data-* attributes boot.js reads or writes, and those src/wire.rs defines");
    // The app names its events through src/wire.rs, never as text of its own.
    for entry in std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/src/ui")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "rs") {
            let code = std::fs::read_to_string(&path).unwrap();
            let named = code.split("\"pathways-").skip(1).any(|rest| {
                let name: String = rest.chars().take_while(|c| c.is_ascii_lowercase()).collect();
                rest[name.len()..].starts_with('"')
            });
            assert!(!named, "{}: an event named outside src/wire.rs", path.display());
        }
    }
}

fn static_js(name: &str) -> String {
    std::fs::read_to_string(format!("{}/static/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

/// The quoted words after each of `marks` in `code` (`event: 'exit'`, `m.event === 'ready'`).
fn words_after(code: &str, marks: &[&str]) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for mark in marks {
        for part in code.split(mark).skip(1) {
            if let Some(rest) = part.strip_prefix('\'') {
                out.insert(rest.chars().take_while(|c| c.is_ascii_alphanumeric()).collect());
            }
        }
    }
    out
}

#[test]
fn boot_js_and_embed_js_name_only_the_embed_messages_of_the_wire() {
    let defined: BTreeSet<String> = embed::ALL.iter().map(|e| e.to_string()).collect();
    let boot = boot_js();
    let embed_js = static_js("embed.js");
    // boot.js sends every one (`tell({ event: 'height', …`) and hears only Quick exit from the page.
    assert_eq!(words_after(&boot, &["tell({ event: "]), defined, "the messages boot.js sends the partner page");
    assert_eq!(words_after(&boot, &["e.data.event === "]), BTreeSet::from([embed::EXIT.to_string()]), "the messages boot.js hears");
    // embed.js hears every one, and sends only Quick exit.
    assert_eq!(words_after(&embed_js, &["m.event === "]), defined, "the messages embed.js hears");
    assert_eq!(words_after(&embed_js, &["event: "]), BTreeSet::from([embed::EXIT.to_string()]), "the messages embed.js sends");
    for code in [&boot, &embed_js] {
        assert!(code.contains(&format!("type: '{}'", embed::TYPE)) && code.contains(&format!(".type !== '{}'", embed::TYPE)));
    }
}

/// The quoted texts right after each `call` in `code`: `postMessage('keep-all'` gives `keep-all`.
fn quoted_after(code: &str, call: &str) -> BTreeSet<String> {
    code.split(call)
        .skip(1)
        .filter_map(|rest| {
            let quote = rest.chars().next().filter(|c| *c == '\'' || *c == '"')?;
            Some(rest[1..].chars().take_while(|c| *c != quote).collect())
        })
        .collect()
}

/// What boot.js posts to the service worker, and what the service worker hears, are the messages
/// src/wire.rs defines (`wire::sw`), no more, no fewer.
#[test]
fn the_service_worker_messages_are_those_of_the_wire() {
    let defined: BTreeSet<String> = sw::ALL.iter().map(|m| m.to_string()).collect();
    let posted = quoted_after(&boot_js(), "postMessage(");
    assert_eq!(posted, defined, "the messages boot.js posts to the service worker");
    let worker = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/static/sw.js")).unwrap();
    let heard: BTreeSet<String> = ["const SKIP_WAITING = ", "const KEEP_ALL = "].iter().flat_map(|c| quoted_after(&worker, c)).collect();
    assert_eq!(heard, defined, "the messages static/sw.js hears");
    assert!(
        worker.contains("event.data === SKIP_WAITING") && worker.contains("event.data === KEEP_ALL"),
        "static/sw.js answers both messages"
    );
}
