//! The messages between the app, the file worker and `static/boot.js`, defined once: the DOM
//! events and attributes they use, what boot.js posts to the service worker, and the requests and
//! replies as typed values. A message crosses as a structured-clone object (`postMessage`, a
//! `CustomEvent`'s detail), never as text to split: [`Node`] is that object's shape, [`to_node`]
//! and the `from_node` functions turn the typed messages into it and back, and `js` (in the
//! browser) turns a `Node` into a JavaScript value and back. No JSON parser is needed on either
//! side, so the first-visit app links none.
//!
//! boot.js only passes these objects along; of a reply it reads only `kind` and a file's `text`
//! (a test checks that it names no other event, attribute or service worker message than those
//! listed here).

use crate::case::Time;
use crate::date::Date;
use crate::fact::{Answer, Fact, Kind};
use crate::flow::{Kept, Opened};
use crate::msg::{Arg, Msg};
use crate::rules::{PathwayId, Verdict};
pub use crate::validate::FieldError;

/// The DOM events between the app and boot.js (and a partner page's embed script).
pub mod event {
    /// boot.js → app: the file worker's [`super::Reply`] to an `import` request.
    pub const IMPORT: &str = "pathways-import";
    /// app → boot.js: open a locked file with its passphrase; detail the [`super::Request::Import`]
    /// (the reply comes as [`IMPORT`]).
    pub const OPEN: &str = "pathways-open";
    /// app → boot.js: save a file the worker writes; detail `{request, name, type, what}` (a
    /// [`super::Request::Export`], `Calendar` or `Dispute`, the file's name and type, and what it
    /// is: `case`, `calendar`, `dispute`).
    pub const SAVE: &str = "pathways-save";
    /// boot.js → app: the worker's [`super::Reply`] to a save, the file's name and what it is: `{reply, name, what}`.
    pub const SAVED: &str = "pathways-saved";
    /// boot.js → app: a language's texts `{slot, code, entries}`.
    pub const LANG: &str = "pathways-lang";
    /// app → boot.js: the app listens now (boot.js sends what it held back).
    pub const READY: &str = "pathways-ready";
    /// app → boot.js: the screen shown `{screen, pathways}` (for a partner page's events).
    pub const SCREEN: &str = "pathways-screen";
    /// boot.js → app: "Copy as text" copied the summary, or not: `{ok}`.
    pub const COPIED: &str = "pathways-copied";
    /// boot.js → app: Shift was pressed; how many more presses leave (3: none counted any more) `{left}`.
    pub const SHIFT: &str = "pathways-shift";
    /// app → boot.js: keep the case in progress for this tab (a [`crate::flow::Kept`], see
    /// [`kept_node`]), or `null` to keep nothing.
    pub const KEEP: &str = "pathways-keep";
    /// boot.js → app: the case kept for this tab, after a reload (as it was kept).
    pub const KEPT: &str = "pathways-kept";
    pub const ALL: [&str; 11] = [IMPORT, OPEN, SAVE, SAVED, LANG, READY, SCREEN, COPIED, SHIFT, KEEP, KEPT];
}

/// The messages between the app in a partner's iframe (boot.js) and the partner page
/// (`static/embed.js`), by `postMessage`: `{type: "pathways", event, …}`. The app sends them only
/// to the embedding page's origin (and only to a listed partner); embed.js accepts them only from
/// the app's origin, and the app accepts [`embed::EXIT`] only from its parent's origin.
pub mod embed {
    /// The `type` of every message.
    pub const TYPE: &str = "pathways";
    /// app → page: the app's content height `{height}` (the iframe follows it).
    pub const HEIGHT: &str = "height";
    /// app → page: the app runs (the page dispatches `pathways:ready`).
    pub const READY: &str = "ready";
    /// app → page: the result is shown `{pathways: [{pathway, verdict}]}` (`pathways:resultShown`).
    pub const RESULT_SHOWN: &str = "resultShown";
    /// app → page: back to the start page (`pathways:restart`).
    pub const RESTART: &str = "restart";
    /// app → page: Quick exit: the case is wiped, the page replaces itself (with `data-exit`, or
    /// neutral.html). page → app: the page's own Quick exit button was pressed (the app exits).
    pub const EXIT: &str = "exit";
    pub const ALL: [&str; 5] = [HEIGHT, READY, RESULT_SHOWN, RESTART, EXIT];
}

/// The `data-*` attributes the app writes for boot.js, and boot.js writes for the app.
pub mod attr {
    /// On a control: what boot.js does when it is used (`exit`, `print`, `copy`, `open`; on the
    /// language form, `languages`).
    pub const ACTION: &str = "data-action";
    /// On the copy button: the summary as plain text.
    pub const TEXT: &str = "data-text";
    /// On a control of the start page written at build time (and on `<html>`, once tapped): the
    /// action to do first when the app takes over (`start`, `assessment-date`).
    pub const EARLY: &str = "data-early";
    /// On the start page's date line: its text with `{date}` for today.
    pub const TEMPLATE: &str = "data-template";
    /// On boot.js's own `<script>` tag (written by Trunk, `Trunk.toml`'s `pattern_script`): the
    /// app's glue script and its Wasm.
    pub const JS: &str = "data-js";
    pub const WASM: &str = "data-wasm";
    pub const ALL: [&str; 6] = [ACTION, TEXT, EARLY, TEMPLATE, JS, WASM];
}

/// The messages the page (boot.js) posts to the service worker (`static/sw.js`), as plain strings.
pub mod sw {
    /// Take over now: the volunteer accepted "Reload to use it" for a new build.
    pub const SKIP_WAITING: &str = "skip-waiting";
    /// Keep everything for offline use: the service worker checks its cache against both of its
    /// lists and fetches what is missing (the later files, once the first question is on screen;
    /// anything the browser emptied from the cache while the worker stayed in control).
    pub const KEEP_ALL: &str = "keep-all";
    pub const ALL: [&str; 2] = [SKIP_WAITING, KEEP_ALL];
}

/// A request to the file worker.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Request {
    /// Open a case file: its bytes as read (a plain file is UTF-8 text; a locked one an age file,
    /// armored or binary), and the passphrase it was locked with, once asked.
    Import { file: Vec<u8>, passphrase: Option<String> },
    /// Save the case these answers make, on this date; locked with a passphrase, if one is given.
    Export { assessed_on: Date, answers: Vec<(Fact, Answer)>, passphrase: Option<String> },
    /// The open deadlines of the case these answers make, as a calendar file (RFC 5545, made by
    /// `crate::ics`), its events naming the case only by `reference`.
    Calendar { assessed_on: Date, answers: Vec<(Fact, Answer)>, reference: String },
    /// The case these answers make as a scenario file for the maintainers, disputing the verdict
    /// of `pathway`: it expects `verdict`, for the `reason` given.
    Dispute { assessed_on: Date, answers: Vec<(Fact, Answer)>, pathway: PathwayId, verdict: Verdict, reason: String },
}

impl Request {
    /// Opening a file of this text, with no passphrase.
    pub fn import_text(text: &str) -> Request {
        Request::Import { file: text.as_bytes().to_vec(), passphrase: None }
    }
}

/// The file worker's reply.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Reply {
    Opened(Opened),
    /// The file is locked: it comes back to be opened again with its passphrase, which was not
    /// given, or did not open it.
    Locked {
        file: Vec<u8>,
        wrong_passphrase: bool,
    },
    /// A file's text, to download: a case file (locked: an armored age file), a calendar, a
    /// disputed case's scenario file.
    File {
        text: String,
        locked: bool,
    },
    /// What stopped the request: each problem naming its question or field (see
    /// [`FieldError::explained`]), in no language yet.
    Failed(Vec<Msg>),
}

impl Reply {
    /// The reply to a file that could not be read: its problems, each explained.
    pub fn failed(problems: &[FieldError]) -> Reply {
        Reply::Failed(problems.iter().map(FieldError::explained).collect())
    }
}

/// A structured-clone value: what crosses between the page and the worker.
#[derive(Clone, Debug, PartialEq)]
pub enum Node {
    Null,
    Bool(bool),
    Num(f64),
    Str(String),
    /// A file's bytes (a `Uint8Array`).
    Bytes(Vec<u8>),
    List(Vec<Node>),
    Map(Vec<(String, Node)>),
}

impl Node {
    fn str(s: impl Into<String>) -> Node {
        Node::Str(s.into())
    }
    fn map<const N: usize>(fields: [(&str, Node); N]) -> Node {
        Node::Map(fields.into_iter().map(|(k, v)| (k.to_string(), v)).collect())
    }
    /// A field of a map.
    pub fn get(&self, key: &str) -> Option<&Node> {
        match self {
            Node::Map(fields) => fields.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }
    fn as_str(&self) -> Option<&str> {
        match self {
            Node::Str(s) => Some(s),
            _ => None,
        }
    }
    fn text(&self, key: &str) -> Option<&str> {
        self.get(key)?.as_str()
    }
    fn bytes(&self, key: &str) -> Option<&[u8]> {
        match self.get(key)? {
            Node::Bytes(b) => Some(b),
            _ => None,
        }
    }
    fn flag(&self, key: &str) -> Option<bool> {
        match self.get(key)? {
            Node::Bool(b) => Some(*b),
            _ => None,
        }
    }
    /// A field that may be absent or null (`None`), or a text.
    fn optional_text(&self, key: &str) -> Option<Option<String>> {
        match self.get(key) {
            None | Some(Node::Null) => Some(None),
            Some(Node::Str(s)) => Some(Some(s.clone())),
            Some(_) => None,
        }
    }
    fn list(&self, key: &str) -> Option<&[Node]> {
        match self.get(key)? {
            Node::List(items) => Some(items),
            _ => None,
        }
    }
    fn int(&self, key: &str) -> Option<i64> {
        match self.get(key)? {
            Node::Num(n) if n.fract() == 0.0 && n.abs() < 9e15 => Some(*n as i64),
            _ => None,
        }
    }
}

/// Typed messages as [`Node`]s.
pub trait ToNode {
    fn to_node(&self) -> Node;
}

pub fn to_node<T: ToNode>(value: &T) -> Node {
    value.to_node()
}

fn answer_node(a: &Answer) -> Node {
    match a {
        Answer::Unknown => Node::Null,
        Answer::Bool(b) => Node::Bool(*b),
        Answer::Choice(c) => Node::str(*c),
        Answer::Date(d) => Node::str(d.to_string()),
        Answer::Born { date, entered } => Node::map([
            ("date", Node::str(date.to_string())),
            ("calendar", Node::str(entered.calendar.id())),
            ("year", Node::Num(entered.year.into())),
            ("month", Node::Num(entered.month.into())),
            ("day", Node::Num(entered.day.into())),
        ]),
        Answer::Age(y) => Node::Num((*y).into()),
        Answer::Country(c) => Node::str(c.as_str()),
        Answer::Time(t) => Node::str(t.to_string()),
    }
}

/// The answer to `f` a node holds, read by the kind of value `f` takes.
fn answer_of(f: Fact, n: &Node) -> Option<Answer> {
    use crate::calendar::{from_gregorian, Calendar};
    if *n == Node::Null {
        return Some(Answer::Unknown);
    }
    Some(match (f.kind(), n) {
        (Kind::YesNo, Node::Bool(b)) => Answer::Bool(*b),
        (Kind::Choice(c), Node::Str(s)) => Answer::Choice(c.options().into_iter().find(|o| o == s)?),
        (Kind::Date, Node::Str(s)) => Answer::Date(Date::parse(s).ok()?),
        (Kind::Country, Node::Str(s)) => Answer::Country(crate::case::Country::parse(s)?),
        (Kind::Time, Node::Str(s)) => Answer::Time(Time::parse(s)?),
        (Kind::DateOfBirth, Node::Num(y)) if y.fract() == 0.0 && (0.0..=u32::MAX as f64).contains(y) => Answer::Age(*y as u32),
        (Kind::DateOfBirth, born) => {
            let date = Date::parse(born.text("date")?).ok()?;
            let calendar = Calendar::from_id(born.text("calendar")?)?;
            let (y, m, d) = (born.int("year")?, born.int("month")?, born.int("day")?);
            let entered = from_gregorian(date, calendar);
            // The date as it was written, if it is that date.
            let same = (entered.year as i64, entered.month as i64, entered.day as i64) == (y, m, d);
            let entered = if same { entered } else { from_gregorian(date, Calendar::Gregorian) };
            Answer::Born { date, entered }
        }
        _ => return None,
    })
}

fn answers_node(answers: &[(Fact, Answer)]) -> Node {
    Node::List(answers.iter().map(|(f, a)| Node::List(vec![Node::str(f.to_string()), answer_node(a)])).collect())
}

fn answers_of(n: &Node) -> Option<Vec<(Fact, Answer)>> {
    let Node::List(items) = n else { return None };
    items
        .iter()
        .map(|pair| match pair {
            Node::List(p) if p.len() == 2 => {
                let f = Fact::parse(p[0].as_str()?)?;
                Some((f, answer_of(f, &p[1])?))
            }
            _ => None,
        })
        .collect()
}

fn arg_node(a: &Arg) -> Node {
    let (t, v) = match a {
        Arg::Date(d) => ("date", Node::str(d.to_string())),
        Arg::Time(t) => ("time", Node::str(t.to_string())),
        Arg::Int(i) => ("int", Node::Num(*i as f64)),
        Arg::Key(k) => ("key", Node::str(*k)),
        Arg::Text(s) => ("text", Node::str(s.clone())),
        Arg::Country(c) => ("country", Node::str(c.as_str())),
        Arg::Nested(m) => ("msg", msg_node(m)),
        Arg::List(items) => ("list", Node::List(items.iter().map(msg_node).collect())),
    };
    Node::map([("t", Node::str(t)), ("v", v)])
}

fn msg_node(m: &Msg) -> Node {
    let args = m.args.iter().map(|(name, a)| Node::List(vec![Node::str(*name), arg_node(a)])).collect();
    Node::map([("key", Node::str(m.key)), ("args", Node::List(args))])
}

/// A message key as the catalog holds it (keys are `&'static str`): a key the catalog does not
/// know cannot be shown, and is refused.
fn known_key(key: &str) -> Option<&'static str> {
    crate::i18n::static_key(key)
}

/// An argument's name as its message's English text names it (`{date}`): names are `&'static
/// str`, and a name the text does not use would never be shown.
fn known_name(key: &'static str, name: &str) -> Option<&'static str> {
    let text = crate::i18n::english().own(key)?;
    let at = text.find(&format!("{{{name}}}"))?;
    Some(&text[at + 1..at + 1 + name.len()])
}

fn msg_of(n: &Node) -> Option<Msg> {
    let key = known_key(n.text("key")?)?;
    let mut msg = Msg::new(key);
    for pair in n.list("args")? {
        let Node::List(p) = pair else { return None };
        let (Some(name), Some(arg)) = (p.first().and_then(Node::as_str), p.get(1)) else { return None };
        let v = arg.get("v")?;
        let value = match arg.text("t")? {
            "date" => Arg::Date(Date::parse(v.as_str()?).ok()?),
            "time" => Arg::Time(Time::parse(v.as_str()?)?),
            "int" => match v {
                Node::Num(x) if x.fract() == 0.0 => Arg::Int(*x as i64),
                _ => return None,
            },
            "key" => Arg::Key(known_key(v.as_str()?)?),
            "text" => Arg::Text(v.as_str()?.to_string()),
            "country" => Arg::Country(crate::case::Country::parse(v.as_str()?)?),
            "msg" => Arg::Nested(Box::new(msg_of(v)?)),
            "list" => match v {
                Node::List(items) => Arg::List(items.iter().map(msg_of).collect::<Option<_>>()?),
                _ => return None,
            },
            _ => return None,
        };
        if let Some(name) = known_name(key, name) {
            msg = msg.arg(name, value);
        }
    }
    Some(msg)
}

fn msgs_node(list: &[Msg]) -> Node {
    Node::List(list.iter().map(msg_node).collect())
}

fn msgs_of(n: &[Node]) -> Option<Vec<Msg>> {
    n.iter().map(msg_of).collect()
}

impl ToNode for Request {
    fn to_node(&self) -> Node {
        match self {
            Request::Import { file, passphrase } => Node::map([
                ("op", Node::str("import")),
                ("file", Node::Bytes(file.clone())),
                ("passphrase", passphrase.clone().map_or(Node::Null, Node::Str)),
            ]),
            Request::Export { assessed_on, answers, passphrase } => Node::map([
                ("op", Node::str("export")),
                ("assessed_on", Node::str(assessed_on.to_string())),
                ("answers", answers_node(answers)),
                ("passphrase", passphrase.clone().map_or(Node::Null, Node::Str)),
            ]),
            Request::Calendar { assessed_on, answers, reference } => Node::map([
                ("op", Node::str("calendar")),
                ("assessed_on", Node::str(assessed_on.to_string())),
                ("answers", answers_node(answers)),
                ("reference", Node::str(reference.clone())),
            ]),
            Request::Dispute { assessed_on, answers, pathway, verdict, reason } => Node::map([
                ("op", Node::str("dispute")),
                ("assessed_on", Node::str(assessed_on.to_string())),
                ("answers", answers_node(answers)),
                ("pathway", Node::str(pathway.id())),
                ("verdict", Node::str(verdict.id())),
                ("reason", Node::str(reason.clone())),
            ]),
        }
    }
}

/// The case in progress kept for this tab: `{assessed_on, date_known, answers, screen, unsaved}`
/// (boot.js writes it to session storage as JSON and gives it back as it was).
pub fn kept_node(k: &Kept) -> Node {
    Node::map([
        ("assessed_on", Node::str(k.assessed_on.to_string())),
        ("date_known", Node::Bool(k.date_known)),
        ("answers", answers_node(&k.answers)),
        ("screen", Node::str(k.screen.name())),
        ("history", Node::List(k.history.iter().map(|s| Node::str(s.name())).collect())),
        ("unsaved", Node::Bool(k.unsaved)),
    ])
}

/// What [`kept_node`] wrote; `None` if it is not that (written by another version of the app).
pub fn kept_of(n: &Node) -> Option<Kept> {
    Some(Kept {
        assessed_on: Date::parse(n.text("assessed_on")?).ok()?,
        date_known: n.flag("date_known")?,
        answers: answers_of(n.get("answers")?)?,
        screen: crate::flow::Screen::of_name(n.text("screen")?)?,
        // Kept by an earlier version without it: Back then leads to the start page.
        history: match n.get("history") {
            None => Vec::new(),
            Some(_) => n.list("history")?.iter().map(|s| crate::flow::Screen::of_name(s.as_str()?)).collect::<Option<_>>()?,
        },
        unsaved: n.flag("unsaved")?,
    })
}

impl Request {
    pub fn from_node(n: &Node) -> Option<Request> {
        match n.text("op")? {
            "import" => Some(Request::Import { file: n.bytes("file")?.to_vec(), passphrase: n.optional_text("passphrase")? }),
            "export" => Some(Request::Export {
                assessed_on: Date::parse(n.text("assessed_on")?).ok()?,
                answers: answers_of(n.get("answers")?)?,
                passphrase: n.optional_text("passphrase")?,
            }),
            "calendar" => Some(Request::Calendar {
                assessed_on: Date::parse(n.text("assessed_on")?).ok()?,
                answers: answers_of(n.get("answers")?)?,
                reference: n.text("reference")?.to_string(),
            }),
            "dispute" => Some(Request::Dispute {
                assessed_on: Date::parse(n.text("assessed_on")?).ok()?,
                answers: answers_of(n.get("answers")?)?,
                pathway: PathwayId::from_id(n.text("pathway")?)?,
                verdict: Verdict::from_id(n.text("verdict")?)?,
                reason: n.text("reason")?.to_string(),
            }),
            _ => None,
        }
    }
}

impl ToNode for Reply {
    fn to_node(&self) -> Node {
        match self {
            Reply::Opened(o) => Node::map([
                ("kind", Node::str("opened")),
                ("assessed_on", Node::str(o.assessed_on.to_string())),
                ("answers", answers_node(&o.answers)),
                ("changes", msgs_node(&o.changes)),
                ("warnings", msgs_node(&o.warnings)),
            ]),
            Reply::Locked { file, wrong_passphrase } => Node::map([
                ("kind", Node::str("locked")),
                ("file", Node::Bytes(file.clone())),
                ("wrong_passphrase", Node::Bool(*wrong_passphrase)),
            ]),
            Reply::File { text, locked } => {
                Node::map([("kind", Node::str("file")), ("text", Node::str(text.clone())), ("locked", Node::Bool(*locked))])
            }
            Reply::Failed(problems) => Node::map([("kind", Node::str("failed")), ("problems", msgs_node(problems))]),
        }
    }
}

impl Reply {
    /// The reply a node holds; `None` if it is not one (a message from elsewhere, a broken build).
    pub fn from_node(n: &Node) -> Option<Reply> {
        match n.text("kind")? {
            "opened" => Some(Reply::Opened(Opened {
                assessed_on: Date::parse(n.text("assessed_on")?).ok()?,
                answers: answers_of(n.get("answers")?)?,
                changes: msgs_of(n.list("changes")?)?,
                warnings: msgs_of(n.list("warnings")?)?,
            })),
            "locked" => Some(Reply::Locked { file: n.bytes("file")?.to_vec(), wrong_passphrase: n.flag("wrong_passphrase")? }),
            "file" => Some(Reply::File { text: n.text("text")?.to_string(), locked: n.flag("locked")? }),
            "failed" => Some(Reply::Failed(msgs_of(n.list("problems")?)?)),
            _ => None,
        }
    }
}

/// [`Node`]s as JavaScript values and back (structured-clone objects: plain objects, arrays,
/// strings, numbers, booleans, null). Browser only (natively it compiles, for the app's
/// server-side rendering, but is never called).
pub mod js {
    use super::Node;
    use js_sys::{Array, Object, Reflect, Uint8Array};
    use wasm_bindgen::{JsCast, JsValue};

    pub fn to_js(n: &Node) -> JsValue {
        match n {
            Node::Null => JsValue::NULL,
            Node::Bool(b) => JsValue::from_bool(*b),
            Node::Num(x) => JsValue::from_f64(*x),
            Node::Str(s) => JsValue::from_str(s),
            Node::Bytes(b) => Uint8Array::from(b.as_slice()).into(),
            Node::List(items) => items.iter().map(to_js).collect::<Array>().into(),
            Node::Map(fields) => {
                let o = Object::new();
                for (k, v) in fields {
                    let _ = Reflect::set(&o, &JsValue::from_str(k), &to_js(v));
                }
                o.into()
            }
        }
    }

    pub fn from_js(v: &JsValue) -> Node {
        if let Some(b) = v.as_bool() {
            Node::Bool(b)
        } else if let Some(x) = v.as_f64() {
            Node::Num(x)
        } else if let Some(s) = v.as_string() {
            Node::Str(s)
        } else if let Some(b) = v.dyn_ref::<Uint8Array>() {
            Node::Bytes(b.to_vec())
        } else if Array::is_array(v) {
            Node::List(v.unchecked_ref::<Array>().iter().map(|x| from_js(&x)).collect())
        } else if v.is_object() {
            let entries = Object::entries(v.unchecked_ref::<Object>());
            Node::Map(
                entries
                    .iter()
                    .filter_map(|e| {
                        let e: Array = e.unchecked_into();
                        Some((e.get(0).as_string()?, from_js(&e.get(1))))
                    })
                    .collect(),
            )
        } else {
            Node::Null
        }
    }
}
