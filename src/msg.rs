//! Messages: a catalog key and its named arguments, rendered in the reader's language by
//! `crate::i18n`. A leaf module: the engine, the flow and validation all speak in `Msg`s.

use crate::case::{Country, Time};
use crate::date::Date;

/// An argument of a message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Arg {
    Date(Date),
    Time(Time),
    Int(i64),
    /// Another message key, translated in turn (a relation, a status, a country group).
    Key(&'static str),
    /// Text shown as is (a number of a relative, a list of codes).
    Text(String),
    /// A country, named in the reader's language.
    Country(Country),
    /// Another message, rendered in turn (the reason inside "a verdict changed because…").
    Nested(Box<Msg>),
    /// Messages rendered in turn and joined the language's way ("A, B, C").
    List(Vec<Msg>),
}

/// A translatable message: a key of the catalog `i18n/en.json` and its named arguments.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Msg {
    pub key: &'static str,
    pub args: Vec<(&'static str, Arg)>,
}

impl Msg {
    #[inline(never)]
    pub fn new(key: &'static str) -> Msg {
        Msg { key, args: Vec::new() }
    }
    #[inline(never)]
    pub fn arg(mut self, name: &'static str, value: Arg) -> Msg {
        self.args.push((name, value));
        self
    }
    pub fn date(self, name: &'static str, d: Date) -> Msg {
        self.arg(name, Arg::Date(d))
    }
    pub fn key(self, name: &'static str, k: &'static str) -> Msg {
        self.arg(name, Arg::Key(k))
    }
    pub fn int(self, name: &'static str, n: i64) -> Msg {
        self.arg(name, Arg::Int(n))
    }
    pub fn text(self, name: &'static str, s: impl Into<String>) -> Msg {
        self.arg(name, Arg::Text(s.into()))
    }
}

/// Shorthand for [`Msg::new`].
pub fn message(key: &'static str) -> Msg {
    Msg::new(key)
}
