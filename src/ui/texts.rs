//! The texts of the chosen languages, shared with every screen: the volunteer's language and,
//! in "with the child" mode, the child's language shown beside it.

use crate::date::Date;
use crate::i18n::{digits, english, fill, language, tag, Catalog, Format};
use crate::msg::Msg;
use std::rc::Rc;
use yew::prelude::*;

/// Languages with a static Rules page (`static/rules/<lang>.html`).
pub const RULES_PAGES: &[&str] = &["en", "fr"];

#[derive(Clone)]
pub struct Texts {
    /// Catalogs live for the whole session (English is built in; others are read once).
    pub cat: &'static Catalog,
    pub lang: Rc<str>,
    /// The child's language beside the volunteer's ("with the child" mode).
    pub child: Option<&'static Catalog>,
    /// Whether the English texts loaded after the first screen had arrived (the result page's):
    /// their arrival is a change of the texts, so that what waited for them is drawn again.
    pub later: bool,
}

impl PartialEq for Texts {
    fn eq(&self, other: &Texts) -> bool {
        self.lang == other.lang
            && self.later == other.later
            && std::ptr::eq(self.cat, other.cat)
            && self.child.map(|c| c as *const Catalog) == other.child.map(|c| c as *const Catalog)
    }
}

impl Format for Texts {
    fn date(&self, d: Date) -> String {
        Texts::date(self, d)
    }
    fn number(&self, n: i64) -> String {
        self.digits(n, true)
    }
    fn plain_number(&self, n: i64) -> String {
        self.digits(n, false)
    }
    fn country(&self, code: &str) -> String {
        self.cat.country(code).to_string()
    }
    fn time(&self, t: crate::case::Time) -> String {
        digits::native(&self.lang, &t.to_string())
    }
}

/// `values` filled into `template`; in a right-to-left language each value is isolated, so that
/// a date or a name keeps its own order (see [`digits::isolate`]).
fn fill_isolated(template: &str, rtl: bool, values: &[(&str, String)]) -> String {
    fill(template, &|n| values.iter().find(|(k, _)| *k == n).map(|(_, v)| if rtl { digits::isolate(v) } else { v.clone() }))
}

fn english_span(text: String) -> Html {
    html! { <span lang="en" dir="ltr">{ text }</span> }
}

fn dir_of(code: &str) -> &'static str {
    if language(code).is_some_and(|l| l.rtl) {
        "rtl"
    } else {
        "ltr"
    }
}

impl Texts {
    pub fn new(lang: &str, cat: &'static Catalog) -> Texts {
        Texts { cat, lang: lang.into(), child: None, later: crate::i18n::english_complete() }
    }

    pub fn english() -> Texts {
        Texts::new("en", english())
    }

    pub fn dir(&self) -> &'static str {
        dir_of(&self.lang)
    }

    /// Every text of the app is in this language (English and French); otherwise the legal
    /// sources and some details a lawyer checks stay in English.
    pub fn complete(&self) -> bool {
        language(&self.lang).is_some_and(|l| l.complete)
    }

    /// The text for a key.
    pub fn text(&self, key: &str) -> &'static str {
        self.cat.get(key)
    }

    /// The text for a key as page content: where this language has no text yet and English
    /// stands in, the English is marked as such (`lang="en"`, left to right) so that screen
    /// readers voice it in English and right-to-left pages keep its words in order.
    pub fn html(&self, key: &str) -> Html {
        match self.cat.own(key) {
            Some(text) => Html::from(text),
            None => english_span(english().get(key).to_string()),
        }
    }

    /// [`Texts::fill`] as page content, marked like [`Texts::html`].
    pub fn fill_html(&self, key: &str, values: &[(&str, String)]) -> Html {
        self.marked(key, self.fill(key, values))
    }

    fn marked(&self, key: &str, text: String) -> Html {
        if self.cat.own(key).is_some() {
            Html::from(text)
        } else {
            english_span(text)
        }
    }

    /// The text for a key with `{name}` values filled in.
    pub fn fill(&self, key: &str, values: &[(&str, String)]) -> String {
        fill_isolated(self.cat.get(key), self.cat.own(key).is_some() && self.cat.rtl(), values)
    }

    /// A message of the engine, in this language, as page content (marked like [`Texts::html`]
    /// where English stands in).
    pub fn msg(&self, m: &Msg) -> Html {
        match self.cat.template(m).1 {
            crate::i18n::Source::Own => Html::from(self.cat.render_with(m, self)),
            // An English sentence is English throughout: its dates, numbers and names too.
            _ => english_span(english().render_with(m, &Texts::english())),
        }
    }

    /// A date in words, in this language: the catalog's own pattern and month names (CLDR's,
    /// written by tools/countries.mjs), the same in every browser and in the command-line tool
    /// (browsers' Intl patterns differ: WebKit wrote Pashto dates "د د ۲۰۲۶").
    pub fn date(&self, d: Date) -> String {
        self.cat.date(d)
    }

    /// A count in this language's digits, grouped the language's way.
    pub fn count(&self, n: i64) -> String {
        self.digits(n, true)
    }

    /// A number in this language's digits; `grouping` as in [`browser::format_number`] (a year
    /// or a day of the month is never grouped).
    pub fn digits(&self, n: i64, grouping: bool) -> String {
        digits::number(&self.lang, n, grouping)
    }

    /// How much of a language a native speaker has reviewed, in words: "reviewed", "draft, 12%
    /// reviewed by a native speaker", or "draft, not yet reviewed by a native speaker".
    pub fn review_state(&self, l: &crate::i18n::Language) -> String {
        self.review_words(l.share())
    }

    /// [`Texts::review_state`] of a share.
    pub fn review_words(&self, share: crate::i18n::Share) -> String {
        match share.percent() {
            0 => self.text("lang.review.draft").to_string(),
            100 => self.text("lang.review.reviewed").to_string(),
            p => self.fill("lang.review.partly", &[("percent", self.digits(i64::from(p), false))]),
        }
    }

    /// The child's texts ("with the child" mode), to write something the child's way.
    pub fn child_texts(&self) -> Option<Texts> {
        self.child.map(|c| Texts::new(&c.lang, c))
    }

    /// Text written in the child's language (by [`Texts::child_texts`]), marked with its own
    /// language and direction, beside the volunteer's (nothing in one-language mode).
    pub fn child_span(&self, text: String) -> Html {
        let Some(c) = self.child else { return html! {} };
        html! { <span class="child-text" lang={tag(&c.lang)} dir={dir_of(&c.lang)}>{ text }</span> }
    }

    /// The same text in the child's language, beside the volunteer's.
    pub fn child(&self, key: &str, values: &[(&str, String)]) -> Html {
        let Some(c) = self.child else { return html! {} };
        self.child_span(fill_isolated(c.get(key), c.rtl(), values))
    }

    /// A message of the engine in the child's language, beside the volunteer's ("with the child"
    /// mode), its dates and numbers written the child's way.
    pub fn child_msg(&self, m: &Msg) -> Html {
        let Some(c) = self.child else { return html! {} };
        self.child_span(c.render_with(m, &Texts::new(&c.lang, c)))
    }

    /// A plural text (`key.one`, `key.other`, …) for the count `n`, as page content, marked like
    /// [`Texts::html`] where English stands in.
    pub fn count_html(&self, key: &str, n: i64, values: &[(&str, String)]) -> Html {
        if self.cat.plural(key, n).1 == crate::i18n::Source::Own {
            Html::from(self.cat.count(key, n, self, values))
        } else {
            // English throughout, its count in English digits.
            english_span(english().count(key, n, &Texts::english(), values))
        }
    }

    /// [`Texts::count_html`] in the child's language, beside the volunteer's (nothing in
    /// one-language mode).
    pub fn child_count(&self, key: &str, n: i64, values: impl Fn(&Texts) -> Vec<(&'static str, String)>) -> Html {
        let Some(c) = self.child else { return html! {} };
        let child = Texts::new(&c.lang, c);
        self.child_span(c.count(key, n, &child, &values(&child)))
    }

    /// [`Texts::child`] with values (dates, numbers) written the child's way: `values` is given
    /// the child's texts to format them.
    pub fn child_with(&self, key: &str, values: impl Fn(&Texts) -> Vec<(&'static str, String)>) -> Html {
        let Some(c) = self.child else { return html! {} };
        self.child(key, &values(&Texts::new(&c.lang, c)))
    }
}

/// A question's heading, with the relative's number filled in, in this language.
pub fn question_title(q: crate::fact::Fact, t: &Texts) -> String {
    crate::report::answers::question_title(q, t.cat, t)
}

/// The answers of the case as summary rows, in this language (see `crate::report::answers`).
pub fn answer_rows(flow: &crate::flow::State, t: &Texts) -> crate::report::answers::Rows {
    crate::report::answers::rows(&flow.derived().summary(flow.answers()), t.cat, t)
}
