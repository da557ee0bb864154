//! One question per screen (GOV.UK question page): the question as the heading, Back, a progress
//! line, the error summary, the answer fields, Continue and "I don't know". One frame for every
//! question ([`QuestionPage`]); one small widget per kind of answer (choice, date, date of birth,
//! country, time), each a component whose props are only what it shows, so that Yew redraws only
//! what changed. The fields are plain form fields read when the form is sent.

use super::confirm_box::confirm_box;
use super::date_input::date_input;
use super::error_summary::error_summary;
use super::{on_click, on_submit};
use crate::calendar::Calendar;
use crate::date::Date;
use crate::fact::{Answer, Fact, Kind};
use crate::flow::{Action, Input, InputError};
use crate::i18n::Format;
use crate::msg::Msg;
use crate::ui::browser;
use crate::ui::texts::question_title;
use crate::ui::texts::Texts;
use yew::prelude::*;

/// What the fields show: the rejected input (so nothing typed is lost), else the saved answer.
#[derive(Clone, Default, PartialEq)]
struct Shown {
    choice: String,
    day: String,
    month: String,
    year: String,
    calendar: Option<Calendar>,
    mode: &'static str,
    age: String,
    confirmed: bool,
    country: String,
    time: String,
}

fn shown(input: Option<&Input>, answer: Option<&Answer>) -> Shown {
    let mut s = Shown { mode: "date", ..Shown::default() };
    let ymd = |s: &mut Shown, d: u32, m: u32, y: i32| (s.day, s.month, s.year) = (d.to_string(), m.to_string(), y.to_string());
    match (input, answer) {
        (Some(Input::Unknown), _) => s.mode = "unknown",
        (Some(Input::Choice(c)), _) => s.choice = c.clone(),
        (Some(Input::Date { day, month, year }), _) => (s.day, s.month, s.year) = (day.clone(), month.clone(), year.clone()),
        (Some(Input::Born { calendar, day, month, year, confirmed }), _) => {
            (s.day, s.month, s.year) = (day.clone(), month.clone(), year.clone());
            (s.calendar, s.confirmed) = (Some(*calendar), *confirmed);
        }
        (Some(Input::Age { years, confirmed }), _) => (s.age, s.confirmed, s.mode) = (years.clone(), *confirmed, "age"),
        (Some(Input::Country(c)), _) => s.country = c.clone(),
        (Some(Input::Time(x)), _) => s.time = x.clone(),
        (None, Some(Answer::Unknown)) => (s.mode, s.choice) = ("unknown", "unknown".into()),
        (None, Some(Answer::Bool(b))) => s.choice = if *b { "yes" } else { "no" }.into(),
        (None, Some(Answer::Choice(c))) => s.choice = c.to_string(),
        (None, Some(Answer::Date(d))) => ymd(&mut s, d.day(), d.month(), d.year()),
        // A saved date of birth or age is shown again unconfirmed: the age check applies on every entry.
        (None, Some(Answer::Born { entered, .. })) => {
            ymd(&mut s, entered.day, entered.month, entered.year);
            s.calendar = Some(entered.calendar);
        }
        (None, Some(Answer::Age(y))) => (s.age, s.mode) = (y.to_string(), "age"),
        (None, Some(Answer::Country(c))) => s.country = c.as_str().to_string(),
        (None, Some(Answer::Time(x))) => s.time = x.to_string(),
        (None, None) => {}
    }
    s
}

/// Reads the sent form into an input for question `q`.
fn read(q: Fact, form: &browser::Form) -> Input {
    let f = |name: &str| form.get(name);
    let date = || (f("day"), f("month"), f("year"));
    match q.kind() {
        Kind::YesNo | Kind::Choice(_) => match f("answer").as_str() {
            "unknown" => Input::Unknown,
            c => Input::Choice(c.to_string()),
        },
        Kind::Date => {
            let (day, month, year) = date();
            Input::Date { day, month, year }
        }
        Kind::DateOfBirth => match f("mode").as_str() {
            "unknown" => Input::Unknown,
            "age" => Input::Age { years: f("age"), confirmed: !f("confirm").is_empty() },
            _ => {
                let (day, month, year) = date();
                let calendar = Calendar::from_id(&f("calendar")).unwrap_or(Calendar::Gregorian);
                Input::Born { calendar, day, month, year, confirmed: !f("confirm").is_empty() }
            }
        },
        Kind::Country => Input::Country(f("country")),
        Kind::Time => Input::Time(f("time")),
    }
}

/// Countries most often met in Calais and Dunkirk, listed first.
const COMMON: &[&str] = &["FR", "BE", "NL", "DE", "IT", "GR", "ES", "AF", "SD", "ER", "ET", "IR", "IQ", "SY", "VN", "GB"];

/// What a question screen shows: only these, so that nothing else is redrawn when they are equal.
#[derive(Properties, PartialEq)]
pub struct QuestionProps {
    pub texts: Texts,
    pub q: Fact,
    /// The answer held for it, if any.
    pub answer: Option<Answer>,
    /// The input refused, shown again.
    pub rejected: Option<Input>,
    pub errors: Vec<InputError>,
    /// Questions answered so far, and about how many may follow this one.
    pub answered: i64,
    pub left: i64,
    /// The assessment date (the date-of-birth screen's age hint).
    pub assessed_on: Date,
    pub dispatch: Callback<Action>,
}

/// The frame of every question: Back, progress, the error summary, the question as the heading
/// (a legend for a group of fields, a label for a single one), its hint and its error (with the
/// hidden "Error:" prefix), the answer's widget, Continue and "I don't know".
#[component]
pub fn QuestionPage(p: &QuestionProps) -> Html {
    let (t, q) = (&p.texts, p.q);
    let s = shown(p.rejected.as_ref(), p.answer.as_ref());
    let title = question_title(q, t);
    let hint_key = format!("q.{}.hint", q.key());
    let n = q.relative().map(|i| t.count(i as i64 + 1)).unwrap_or_default();
    let hint = crate::i18n::english().own(&hint_key).map(|_| t.fill(&hint_key, &[("n", n.clone())]));
    // "With the child": the question and its hint also in the child's language.
    let child_n = |c: &Texts| q.relative().map(|i| vec![("n", c.count(i as i64 + 1))]).unwrap_or_default();
    let child_title = t.child_with(q.row().title, child_n);
    let child_hint = if hint.is_some() {
        t.child_with(&hint_key, child_n)
    } else {
        html! {}
    };
    // A mistake is an error (summary, message, red); a question to confirm is a warning by its box.
    let error = crate::flow::mistakes(&p.errors).next();
    let ask = p.errors.iter().find(|e| e.asks_to_confirm()).map(|e| e.msg.clone());
    let field = error.map(|e| e.field);
    let submit = on_submit(&p.dispatch, move |form| Action::Submit(read(q, form)));
    let unknown = on_click(&p.dispatch, Action::Submit(Input::Unknown));
    let back = on_click(&p.dispatch, Action::Back);
    let described: Option<AttrValue> = match (hint.is_some(), error.is_some()) {
        (true, true) => Some("hint field-error".into()),
        (true, false) => Some("hint".into()),
        (false, true) => Some("field-error".into()),
        (false, false) => None,
    };
    let hint_and_error = html! {
        <>
            if let Some(h) = hint.clone() { <div class="hint" id="hint">{ h }{ child_hint }</div> }
            if let Some(e) = error {
                <p class="error-message" id="field-error"><span class="visually-hidden">{ t.html("error.title_prefix") }{ " " }</span>{ t.msg(&e.msg) }</p>
            }
        </>
    };
    let invalid = field.is_some();
    // A single field (a country list, a time) is labelled by the heading; a group of fields
    // (radios, a date) is a fieldset whose legend is the heading.
    let body = match q.kind() {
        Kind::Country | Kind::Time => {
            let widget = if q.kind() == Kind::Country {
                country_widget(t, &s.country, invalid, described.clone())
            } else {
                html! { <TimeWidget texts={t.clone()} value={s.time.clone()} invalid={invalid} described={described.clone()} /> }
            };
            let id = if q.kind() == Kind::Country { "field-country" } else { "field-time" };
            html! {
                <div class={if invalid { "form-group form-group--error" } else { "form-group" }}>
                    <h1 class="heading-l" id="main-heading" tabindex="-1"><label for={id}>{ title }{ child_title }</label></h1>
                    { hint_and_error }
                    { widget }
                </div>
            }
        }
        kind => {
            let widget = match kind {
                Kind::YesNo | Kind::Choice(_) => choice_widget(t, q, &s.choice, invalid),
                Kind::Date => date_input(t, Calendar::Gregorian, &s.day, &s.month, &s.year, field),
                _ => {
                    html! { <DobWidget texts={t.clone()} shown={s.clone()} field={field} ask={ask.clone()} assessed_on={p.assessed_on} /> }
                }
            };
            html! {
                <fieldset class={if invalid { "fieldset fieldset--error" } else { "fieldset" }} aria-describedby={described.clone()}
                    role={(kind == Kind::Date).then_some("group")}>
                    <legend class="fieldset__legend"><h1 class="heading-l" id="main-heading" tabindex="-1">{ title }{ child_title }</h1></legend>
                    { hint_and_error }
                    { widget }
                </fieldset>
            }
        }
    };
    let with_radios = matches!(q.kind(), Kind::YesNo | Kind::Choice(_) | Kind::DateOfBirth);
    html! {
        <div class="question">
            <a href="#back" class="back-link" onclick={back}>{ t.html("button.back") }</a>
            <p class="progress">
                { t.count_html("progress.answered", p.answered, &[]) }{ " · " }
                if p.left > 0 { { t.count_html("progress.left", p.left, &[]) } } else { { t.html("progress.last") } }
            </p>
            { error_summary(t, &p.errors) }
            <form onsubmit={submit} novalidate=true>
                { body }
                <div class="button-group">
                    <button type="submit" class="button">{ t.html("button.continue") }{ t.child("button.continue", &[]) }</button>
                    if !with_radios {
                        <button type="button" class="button button--secondary" onclick={unknown}>{ t.html("button.unknown") }{ t.child("button.unknown", &[]) }</button>
                    }
                </div>
            </form>
        </div>
    }
}

/// Radio buttons: yes and no, or the case format's words; "I don't know" last, set apart. (The
/// widgets without state of their own are plain functions: a component costs the first-visit
/// Wasm about 1.5 KB gzip.)
fn choice_widget(t: &Texts, q: Fact, selected: &str, invalid: bool) -> Html {
    let options: Vec<(&str, String)> = match q.kind() {
        Kind::Choice(choice) => choice.options().into_iter().map(|o| (o, format!("opt.{}.{o}", choice.group()))).collect(),
        _ => vec![("yes", "opt.yes".into()), ("no", "opt.no".into())],
    };
    radios("answer", &options, selected, t, invalid)
}

#[derive(Properties, PartialEq)]
struct DobProps {
    texts: Texts,
    shown: Shown,
    field: Option<&'static str>,
    /// The question to confirm, while the answer asks it.
    ask: Option<Msg>,
    assessed_on: Date,
}

/// A date of birth in one of three calendars, or an age, or "I don't know"; a box to confirm an
/// age over 25 or a date converted from another calendar (a warning, not an error). The example
/// follows the calendar chosen.
#[component]
fn DobWidget(p: &DobProps) -> Html {
    let (t, s, field) = (&p.texts, &p.shown, p.field);
    let calendar = use_state_eq(|| s.calendar.unwrap_or(Calendar::Gregorian));
    let choose = {
        let calendar = calendar.clone();
        Callback::from(move |e: Event| {
            if let Some(c) = browser::value_of(&e).as_deref().and_then(Calendar::from_id) {
                calendar.set(c);
            }
        })
    };
    let invalid = |name: &str| (field == Some(name)).then_some("true");
    let error_for = |name: &str| (field == Some(name)).then_some("field-error");
    // An option holds text only: the child's name for a calendar follows the volunteer's.
    let calendar_name = |c: &Calendar| {
        let key = format!("calendar.{}", c.id());
        match t.child_texts() {
            Some(child) => format!("{} · {}", t.text(&key), child.text(&key)),
            None => t.text(&key).to_string(),
        }
    };
    html! {
        <>
            <div class="radios">
                { radio(t, "mode", "date", "dob.mode_date", s.mode == "date", true, false) }
                <div class="radios__conditional">
                    <label class="label" for="field-calendar">{ t.html("dob.calendar") }{ t.child("dob.calendar", &[]) }</label>
                    <select class="select" id="field-calendar" name="calendar" onchange={choose}>
                        for c in Calendar::ALL.iter() {
                            <option value={c.id()} selected={*c == *calendar}>{ calendar_name(c) }</option>
                        }
                    </select>
                    { date_input(t, *calendar, &s.day, &s.month, &s.year, field) }
                </div>
                { radio(t, "mode", "age", "dob.mode_age", s.mode == "age", false, false) }
                <div class="radios__conditional">
                    <label class="label" for="field-age">{ t.html("dob.age_label") }</label>
                    <div class="hint">{ t.fill_html("dob.age_hint", &[("date", t.date(p.assessed_on))]) }</div>
                    <input class={classes!("input", "input--3", invalid("age").map(|_| "input--error"))} id="field-age" name="age" type="text" inputmode="numeric" value={s.age.clone()}
                        aria-invalid={invalid("age")} aria-describedby={error_for("age")} />
                </div>
                <div class="radios__divider">{ "—" }</div>
                { radio(t, "mode", "unknown", "dob.mode_unknown", s.mode == "unknown", false, false) }
            </div>
            { confirm_box(t, p.ask.as_ref(), "dob.confirm", s.confirmed) }
        </>
    }
}

/// The country list: the common ones first, then every country in the language's order.
fn country_widget(t: &Texts, chosen: &str, invalid: bool, described: Option<AttrValue>) -> Html {
    html! {
        <select class={classes!("select", invalid.then_some("select--error"))} id="field-country" name="country"
            aria-describedby={described} aria-invalid={invalid.then_some("true")}>
            { country_options(t, chosen) }
        </select>
    }
}

/// The country list's options (about 250) as markup for the browser's parser: built as Yew nodes
/// one by one, they took about 100 ms to show at 4x CPU throttling (tools/benchmark.mjs), the
/// slowest screen of the flow. A common country is listed twice: only its first place is selected
/// (one selected option). Names come from the catalog (CLDR) and are escaped.
fn country_options(t: &Texts, chosen: &str) -> Html {
    use std::fmt::Write;
    let escape = |text: &str| text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;");
    let mut out = String::with_capacity(16 * 1024);
    // "With the child": each name in the child's language too (an option holds text only).
    let child = t.child;
    let option = |out: &mut String, code: &str, name: &str, selected: bool| {
        let name = match child {
            Some(c) if code.is_empty() => format!("{name} · {}", c.get("country.choose")),
            Some(c) => format!("{name} · {}", c.country(code)),
            _ => name.to_string(),
        };
        let _ = write!(out, "<option value=\"{code}\"{}>{}</option>", if selected { " selected" } else { "" }, escape(&name));
    };
    option(&mut out, "", t.text("country.choose"), chosen.is_empty());
    let _ = write!(out, "<optgroup label=\"{}\">", escape(t.text("country.common")));
    for code in COMMON {
        option(&mut out, code, t.cat.country(code), chosen == *code);
    }
    let _ = write!(out, "</optgroup><optgroup label=\"{}\">", escape(t.text("country.all")));
    for (code, name) in browser::countries_by_name(t.cat).iter() {
        option(&mut out, code, name, chosen == *code && !COMMON.contains(code));
    }
    out.push_str("</optgroup>");
    Html::from_html_unchecked(AttrValue::from(out))
}

#[derive(Properties, PartialEq)]
struct TimeProps {
    texts: Texts,
    value: String,
    invalid: bool,
    described: Option<AttrValue>,
}

/// A time of day, UK time, typed as text ("14:30", "1430", "2:30 pm": `flow::typed_time`) and
/// read back at once on the 24-hour clock, the same in every browser (a time control shows and
/// reads times differently from one engine to the next).
#[component]
fn TimeWidget(p: &TimeProps) -> Html {
    let t = &p.texts;
    let typed = use_state_eq(|| p.value.clone());
    let oninput = {
        let typed = typed.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(v) = browser::value_of(&e) {
                typed.set(v);
            }
        })
    };
    let read = crate::flow::typed_time(&typed);
    let described = match &p.described {
        Some(d) => format!("{d} time-hint time-read"),
        None => "time-hint time-read".into(),
    };
    html! {
        <>
            <div class="hint" id="time-hint">{ t.html("time.hint") }{ t.child("time.hint", &[]) }</div>
            <input class={classes!("input", "input--5", p.invalid.then_some("input--error"))} id="field-time" name="time" type="text"
                autocomplete="off" spellcheck="false" value={(*typed).clone()} oninput={oninput}
                aria-describedby={described} aria-invalid={p.invalid.then_some("true")} />
            <p class="hint time-read" id="time-read" aria-live="polite">
                if let Some(time) = read {
                    { t.fill_html("time.read_as", &[("time", t.time(time))]) }
                    { t.child_with("time.read_as", |c| vec![("time", c.time(time))]) }
                }
            </p>
        </>
    }
}

/// One radio button (its label is the text of `key`, and the child's too in "with the child"
/// mode); the first of a group carries the id the error summary links to. `invalid`: the group
/// is in error (its message describes the fieldset).
fn radio(t: &Texts, name: &'static str, value: &str, key: &str, checked: bool, first: bool, invalid: bool) -> Html {
    let id = if first { format!("field-{}", if name == "answer" { "choice" } else { name }) } else { format!("{name}-{value}") };
    html! {
        <div class="radios__item">
            <input class="radios__input" id={id.clone()} name={name} type="radio" value={value.to_string()} checked={checked}
                aria-invalid={invalid.then_some("true")} />
            <label class="label radios__label" for={id}>{ t.html(key) }{ t.child(key, &[]) }</label>
        </div>
    }
}

/// Radio buttons, with "I don't know" last, set apart.
fn radios(name: &'static str, options: &[(&str, String)], selected: &str, t: &Texts, invalid: bool) -> Html {
    html! {
        <div class="radios">
            for (i, (value, key)) in options.iter().enumerate() { { radio(t, name, value, key, selected == *value, i == 0, invalid) } }
            <div class="radios__divider">{ "—" }</div>
            { radio(t, name, "unknown", "opt.unknown", selected == "unknown", false, invalid) }
        </div>
    }
}
