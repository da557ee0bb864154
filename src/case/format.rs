//! How the case's values are written in a case file (FORMAT.md): dates `YYYY-MM-DD`, countries
//! as ISO codes, times `HH:MM`, the format's fixed words, `null` for "don't know". Every value that
//! does not fit is kept as a typed [`Bad`] (what was expected, what was found), which the file
//! reader names with its field, in the reader's language.

use super::{ApplicationStatus, ClaimStatus, Country, Relation, RequestStatus, Time, UkDecision, UkStatus};
use crate::date::{Date, DateError};
use serde::de::{self, DeserializeOwned, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Serialize, Serializer};
use std::fmt;
use std::marker::PhantomData;

/// What is wrong with one value of a case file. The file reader names it with its field and
/// says it in the reader's language (`crate::casefile`); serde carries only its text, so the
/// deserializers below also keep the typed value for the reader ([`take_bad`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Bad {
    /// A value of the wrong kind: `expected` and `found` are kinds of value (see [`Bad::kind_of`]):
    /// `date`, `country`, `time`, `word`, `yes_no`, `years`, `object`, `list`; `bool`, `number`,
    /// `string`, `null`, `other`.
    Expected {
        expected: &'static str,
        found: &'static str,
    },
    /// A text that is not a date, or a date that does not exist.
    Date {
        value: String,
        error: DateError,
    },
    /// A word that is not one of the format's.
    NotOneOf {
        value: String,
        options: Vec<&'static str>,
    },
    Country(String),
    Time(String),
    /// A number that is not a whole number of years.
    Years(String),
}

impl Bad {
    /// The kind of a value of the wrong kind.
    fn kind_of(u: de::Unexpected) -> &'static str {
        match u {
            de::Unexpected::Bool(_) => "bool",
            de::Unexpected::Unsigned(_) | de::Unexpected::Signed(_) | de::Unexpected::Float(_) => "number",
            de::Unexpected::Str(_) | de::Unexpected::Char(_) => "string",
            de::Unexpected::Unit | de::Unexpected::Option => "null",
            de::Unexpected::Seq => "list",
            de::Unexpected::Map => "object",
            _ => "other",
        }
    }
}

/// Serde's text of a problem, never shown: the reader names it from the typed [`Bad`] (see [`take_bad`]).
impl fmt::Display for Bad {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a value the case format does not take")
    }
}

thread_local! {
    static LAST: std::cell::RefCell<Option<Bad>> = const { std::cell::RefCell::new(None) };
}

/// The last value the deserializers below refused (and forgets it): the typed form of the
/// serde error just returned. Call it once before reading too, to start clean.
pub fn take_bad() -> Option<Bad> {
    LAST.with(|l| l.borrow_mut().take())
}

fn bad<E: de::Error>(b: Bad) -> E {
    let e = E::custom(&b);
    LAST.with(|l| *l.borrow_mut() = Some(b));
    e
}

fn found<E: de::Error>(expected: &'static str, u: de::Unexpected) -> E {
    bad(Bad::Expected { expected, found: Bad::kind_of(u) })
}

/// Visitor methods that refuse the kinds of value listed, saying what was expected instead:
/// `refuse!(self => what; bool, u64, str, seq, map);` (`self` is passed in: macro hygiene).
macro_rules! refuse {
    ($s:ident => $what:expr; $($kind:ident),*) => { $( refuse!(@one $s, $what, $kind); )* };
    (@one $s:ident, $what:expr, bool) => {
        fn visit_bool<E: de::Error>($s, v: bool) -> Result<Self::Value, E> { Err(found($what, de::Unexpected::Bool(v))) }
    };
    (@one $s:ident, $what:expr, u64) => {
        fn visit_u64<E: de::Error>($s, v: u64) -> Result<Self::Value, E> { Err(found($what, de::Unexpected::Unsigned(v))) }
    };
    (@one $s:ident, $what:expr, i64) => {
        fn visit_i64<E: de::Error>($s, v: i64) -> Result<Self::Value, E> { Err(found($what, de::Unexpected::Signed(v))) }
    };
    (@one $s:ident, $what:expr, f64) => {
        fn visit_f64<E: de::Error>($s, v: f64) -> Result<Self::Value, E> { Err(found($what, de::Unexpected::Float(v))) }
    };
    (@one $s:ident, $what:expr, str) => {
        fn visit_str<E: de::Error>($s, v: &str) -> Result<Self::Value, E> { Err(found($what, de::Unexpected::Str(v))) }
    };
    (@one $s:ident, $what:expr, seq) => {
        fn visit_seq<A: SeqAccess<'de>>($s, _: A) -> Result<Self::Value, A::Error> { Err(found($what, de::Unexpected::Seq)) }
    };
    (@one $s:ident, $what:expr, map) => {
        fn visit_map<A: MapAccess<'de>>($s, _: A) -> Result<Self::Value, A::Error> { Err(found($what, de::Unexpected::Map)) }
    };
}

/// A value written as a string in the file: `what` is its kind (in errors), `read` checks the text.
struct Text<T> {
    what: &'static str,
    read: fn(&str) -> Result<T, Bad>,
}

impl<'de, T> Visitor<'de> for Text<T> {
    type Value = T;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(self.what)
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<T, E> {
        (self.read)(v).map_err(bad)
    }
    refuse!(self => self.what; bool, u64, i64, f64, seq, map);
}

fn text<'de, D: Deserializer<'de>, T>(d: D, what: &'static str, read: fn(&str) -> Result<T, Bad>) -> Result<T, D::Error> {
    d.deserialize_any(Text { what, read })
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Date, D::Error> {
        text(d, "date", |s| Date::parse(s).map_err(|error| Bad::Date { value: s.to_string(), error }))
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Country {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Country, D::Error> {
        text(d, "country", |s| Country::parse(s).ok_or_else(|| Bad::Country(s.to_string())))
    }
}

impl Serialize for Country {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Time {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Time, D::Error> {
        text(d, "time", |s| Time::parse(s).ok_or_else(|| Bad::Time(s.to_string())))
    }
}

impl Serialize for Time {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// A fixed word of the format (a relation, a status, a pathway id): its id in files, and every value.
pub trait Word: Copy + 'static {
    const ALL: &'static [Self];
    fn id(self) -> &'static str;
    fn from_id(s: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|w| w.id() == s)
    }
    /// The problem with a text that is not one of the words.
    fn unknown(s: &str) -> Bad {
        Bad::NotOneOf { value: s.to_string(), options: Self::ALL.iter().map(|w| w.id()).collect() }
    }
}

/// Serde for a [`Word`]: `impl_word!(Relation);`
#[macro_export]
macro_rules! impl_word {
    ($t:ty) => {
        impl<'de> serde::Deserialize<'de> for $t {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<$t, D::Error> {
                $crate::case::format::word::<D, $t>(d)
            }
        }
        impl serde::Serialize for $t {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str($crate::case::format::Word::id(*self))
            }
        }
    };
}

/// Reads a [`Word`].
pub fn word<'de, D: Deserializer<'de>, W: Word>(d: D) -> Result<W, D::Error> {
    text(d, "word", |s| W::from_id(s).ok_or_else(|| W::unknown(s)))
}

impl_word!(Relation);
impl_word!(UkStatus);
impl_word!(ClaimStatus);
impl_word!(RequestStatus);
impl_word!(UkDecision);
impl_word!(ApplicationStatus);

/// `true`, `false`, or `null` (don't know).
pub fn yes_no<'de, D: Deserializer<'de>>(d: D) -> Result<Option<bool>, D::Error> {
    struct V;
    impl<'de> Visitor<'de> for V {
        type Value = Option<bool>;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("true, false or null")
        }
        fn visit_bool<E: de::Error>(self, v: bool) -> Result<Option<bool>, E> {
            Ok(Some(v))
        }
        fn visit_unit<E: de::Error>(self) -> Result<Option<bool>, E> {
            Ok(None)
        }
        fn visit_none<E: de::Error>(self) -> Result<Option<bool>, E> {
            Ok(None)
        }
        refuse!(self => "yes_no"; str, u64, i64, f64, seq, map);
    }
    d.deserialize_any(V)
}

/// A whole number of years, or `null`.
pub fn years<'de, D: Deserializer<'de>>(d: D) -> Result<Option<u32>, D::Error> {
    struct V;
    fn not_whole<E: de::Error>(n: impl fmt::Display) -> E {
        bad(Bad::Years(n.to_string()))
    }
    impl<'de> Visitor<'de> for V {
        type Value = Option<u32>;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("a whole number")
        }
        fn visit_unit<E: de::Error>(self) -> Result<Option<u32>, E> {
            Ok(None)
        }
        fn visit_none<E: de::Error>(self) -> Result<Option<u32>, E> {
            Ok(None)
        }
        fn visit_u64<E: de::Error>(self, v: u64) -> Result<Option<u32>, E> {
            u32::try_from(v).map(Some).map_err(|_| not_whole(v))
        }
        fn visit_i64<E: de::Error>(self, v: i64) -> Result<Option<u32>, E> {
            u32::try_from(v).map(Some).map_err(|_| not_whole(v))
        }
        fn visit_f64<E: de::Error>(self, v: f64) -> Result<Option<u32>, E> {
            Err(not_whole(v))
        }
        refuse!(self => "years"; bool, str, seq, map);
    }
    d.deserialize_any(V)
}

/// An object (a part of the case), or `null` for "don't know".
pub fn object<'de, D: Deserializer<'de>, T: DeserializeOwned>(d: D) -> Result<Option<T>, D::Error> {
    d.deserialize_any(Shape::<T> { what: "object", list: false, _t: PhantomData })
}

/// An object that may be left out or `null` (every fact unknown).
pub fn object_or_default<'de, D: Deserializer<'de>, T: DeserializeOwned + Default>(d: D) -> Result<T, D::Error> {
    object(d).map(Option::unwrap_or_default)
}

/// A list, or `null` for "don't know".
pub fn list<'de, D: Deserializer<'de>, T: DeserializeOwned>(d: D) -> Result<Option<T>, D::Error> {
    d.deserialize_any(Shape::<T> { what: "list", list: true, _t: PhantomData })
}

/// An object or a list, read by `T`'s own rules once its shape is right.
struct Shape<T> {
    what: &'static str,
    list: bool,
    _t: PhantomData<T>,
}

impl<'de, T: DeserializeOwned> Visitor<'de> for Shape<T> {
    type Value = Option<T>;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(self.what)
    }
    fn visit_unit<E: de::Error>(self) -> Result<Option<T>, E> {
        Ok(None)
    }
    fn visit_none<E: de::Error>(self) -> Result<Option<T>, E> {
        Ok(None)
    }
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Option<T>, A::Error> {
        if self.list {
            return Err(found(self.what, de::Unexpected::Map));
        }
        T::deserialize(de::value::MapAccessDeserializer::new(map)).map(Some)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Option<T>, A::Error> {
        if !self.list {
            return Err(found(self.what, de::Unexpected::Seq));
        }
        T::deserialize(de::value::SeqAccessDeserializer::new(seq)).map(Some)
    }
    refuse!(self => self.what; bool, u64, i64, f64, str);
}
