//! The texts of the chosen language, shared with every component through a context.

use super::browser;
use crate::date::Date;
use crate::i18n::{english, fill, Catalog, Format};
use crate::rules::Msg;
use std::rc::Rc;
use yew::prelude::*;

/// Languages with a static Rules page (`static/rules/<lang>.html`).
pub const RULES_PAGES: &[&str] = &["en"];

/// Languages written right to left.
pub const RTL: &[&str] = &["ar", "fa", "ps", "ckb"];

#[derive(Clone)]
pub struct Texts {
    /// Catalogs live for the whole session (English is built in; others are loaded once).
    pub cat: &'static Catalog,
    pub lang: Rc<str>,
}

impl PartialEq for Texts {
    fn eq(&self, other: &Texts) -> bool {
        self.lang == other.lang && std::ptr::eq(self.cat, other.cat)
    }
}

impl Format for Texts {
    fn date(&self, d: Date) -> String {
        Texts::date(self, d)
    }
    fn number(&self, n: i64) -> String {
        browser::format_number(&self.lang, n)
    }
    fn country(&self, code: &str) -> String {
        browser::country_name(&self.lang, code)
    }
}

impl Texts {
    pub fn new(lang: &str, cat: &'static Catalog) -> Texts {
        Texts { cat, lang: lang.into() }
    }

    pub fn dir(&self) -> &'static str {
        if RTL.contains(&&*self.lang) {
            "rtl"
        } else {
            "ltr"
        }
    }

    /// The text for a key.
    pub fn t(&self, key: &str) -> &'static str {
        self.cat.get(key)
    }

    /// The text for a key with `{name}` values filled in.
    pub fn f(&self, key: &str, values: &[(&str, String)]) -> String {
        fill(self.cat.get(key), &|n| values.iter().find(|(k, _)| *k == n).map(|(_, v)| v.clone()))
    }

    /// A message of the engine, in this language.
    pub fn msg(&self, m: &Msg) -> String {
        self.cat.render_with(m, self)
    }

    /// A date in words, in this language (the browser's Intl).
    pub fn date(&self, d: Date) -> String {
        browser::format_date(&self.lang, d)
    }

    pub fn n(&self, n: i64) -> String {
        self.number(n)
    }
}

#[hook]
pub fn use_texts() -> Texts {
    use_context::<Texts>().unwrap_or_else(|| Texts::new("en", english()))
}
