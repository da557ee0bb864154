//! How the case's values are written in a case file (FORMAT.md): dates `YYYY-MM-DD`, countries
//! as ISO codes, times `HH:MM`, the format's fixed words, `null` for "don't know". Every value that
//! does not fit says what was expected and what was found, in the words a volunteer reads:
//! `"uncle" is not one of: parent, step_parent, ...`, `expected true, false or null, found a string`.

use super::{ClaimStatus, Country, Relation, RequestStatus, Time, UkDecision, UkStatus};
use crate::date::Date;
use serde::de::{self, DeserializeOwned, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Serialize, Serializer};
use std::fmt;
use std::marker::PhantomData;

/// What a value of the wrong kind is, in plain words.
fn kind(u: de::Unexpected) -> &'static str {
    match u {
        de::Unexpected::Bool(_) => "true or false",
        de::Unexpected::Unsigned(_) | de::Unexpected::Signed(_) | de::Unexpected::Float(_) => "a number",
        de::Unexpected::Str(_) | de::Unexpected::Char(_) => "a string",
        de::Unexpected::Unit | de::Unexpected::Option => "null",
        de::Unexpected::Seq => "a list",
        de::Unexpected::Map => "an object",
        _ => "something else",
    }
}

fn found<E: de::Error>(what: &str, u: de::Unexpected) -> E {
    E::custom(format_args!("expected {what}, found {}", kind(u)))
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

/// A value written as a string in the file: `what` names it in errors, `read` checks the text.
struct Text<T> {
    what: &'static str,
    read: fn(&str) -> Result<T, String>,
}

impl<'de, T> Visitor<'de> for Text<T> {
    type Value = T;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(self.what)
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<T, E> {
        (self.read)(v).map_err(E::custom)
    }
    refuse!(self => self.what; bool, u64, i64, f64, seq, map);
}

fn text<'de, D: Deserializer<'de>, T>(d: D, what: &'static str, read: fn(&str) -> Result<T, String>) -> Result<T, D::Error> {
    d.deserialize_any(Text { what, read })
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Date, D::Error> {
        text(d, "a date \"YYYY-MM-DD\"", |s| Date::parse(s).map_err(|e| format!("\"{s}\": {e}")))
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Country {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Country, D::Error> {
        text(d, "a country code such as \"FR\"", |s| {
            Country::parse(s).ok_or_else(|| format!("\"{s}\" is not an ISO 3166-1 alpha-2 country code (such as \"FR\" or \"AF\")"))
        })
    }
}

impl Serialize for Country {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Time {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Time, D::Error> {
        text(d, "a time \"HH:MM\"", |s| {
            Time::parse(s).ok_or_else(|| format!("\"{s}\" is not a time of day in the form HH:MM (00:00 to 23:59)"))
        })
    }
}

impl Serialize for Time {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// A fixed word of the format (a relation, a status): its id in files, and every value.
pub trait Word: Copy + 'static {
    const ALL: &'static [Self];
    /// What the word is, in errors ("a verdict").
    const WHAT: &'static str = "a string";
    fn id(self) -> &'static str;
    fn from_id(s: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|w| w.id() == s)
    }
    /// The error for a text that is not one of the words.
    fn unknown(s: &str) -> String {
        let all: Vec<&str> = Self::ALL.iter().map(|w| w.id()).collect();
        format!("\"{s}\" is not one of: {}", all.join(", "))
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
    text(d, W::WHAT, |s| W::from_id(s).ok_or_else(|| W::unknown(s)))
}

impl_word!(Relation);
impl_word!(UkStatus);
impl_word!(ClaimStatus);
impl_word!(RequestStatus);
impl_word!(UkDecision);

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
        refuse!(self => "true, false or null"; str, u64, i64, f64, seq, map);
    }
    d.deserialize_any(V)
}

/// A whole number of years, or `null`.
pub fn years<'de, D: Deserializer<'de>>(d: D) -> Result<Option<u32>, D::Error> {
    struct V;
    fn not_whole<E: de::Error>(n: impl fmt::Display) -> E {
        E::custom(format_args!("{n} is not a whole number of years (0 or more)"))
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
        refuse!(self => "a whole number"; bool, str, seq, map);
    }
    d.deserialize_any(V)
}

/// An object (a part of the case), or `null` for "don't know".
pub fn object<'de, D: Deserializer<'de>, T: DeserializeOwned>(d: D) -> Result<Option<T>, D::Error> {
    d.deserialize_any(Shape::<T> { what: "an object (or null)", list: false, _t: PhantomData })
}

/// An object that may be left out or `null` (every fact unknown).
pub fn object_or_default<'de, D: Deserializer<'de>, T: DeserializeOwned + Default>(d: D) -> Result<T, D::Error> {
    object(d).map(Option::unwrap_or_default)
}

/// A list, or `null` for "don't know".
pub fn list<'de, D: Deserializer<'de>, T: DeserializeOwned>(d: D) -> Result<Option<T>, D::Error> {
    d.deserialize_any(Shape::<T> { what: "a list (or null)", list: true, _t: PhantomData })
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
