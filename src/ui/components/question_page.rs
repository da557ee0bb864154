//! One question per screen (GOV.UK question page): the question as the heading, Back, a progress
//! line, the error summary, the answer fields, Continue and "I don't know". The fields are plain
//! form fields read when the form is sent (no state per keystroke).

use super::date_input::date_input;
use super::error_summary::error_summary;
use super::{on_click, on_submit};
use crate::calendar::Calendar;
use crate::fact::{Answer, Fact, Kind};
use crate::flow::{Action, Input, State};
use crate::ui::browser;
use crate::ui::texts::question_title;
use crate::ui::texts::Texts;
use yew::prelude::*;

/// The country list's options (about 250) as markup for the browser's parser: built as Yew nodes
/// one by one, they took about 100 ms to show at 4x CPU throttling (tools/benchmark.mjs), the
/// slowest screen of the flow. A common country is listed twice: only its first place is selected
/// (one selected option). Names come from the browser's Intl and are escaped.
fn country_options(t: &Texts, chosen: &str) -> Html {
    use std::fmt::Write;
    let escape = |text: &str| text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;");
    let mut out = String::with_capacity(16 * 1024);
    let option = |out: &mut String, code: &str, name: &str, selected: bool| {
        let _ = write!(out, "<option value=\"{code}\"{}>{}</option>", if selected { " selected" } else { "" }, escape(name));
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

/// What the fields show: the rejected input (so nothing typed is lost), else the saved answer.
#[derive(Default)]
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

pub fn question_page(t: &Texts, q: Fact, flow: &State, dispatch: &Callback<Action>) -> Html {
    let s = shown(flow.rejected.as_ref(), flow.answers().get(&q));
    let walk = &flow.derived().walk;
    // Progress, honestly: the questions answered so far (a number that only grows as the case goes
    // on), and about how many may follow this one (an estimate: an answer can open new questions).
    let answered = walk.answered.len() as i64;
    let left = if walk.next == Some(q) {
        walk.remaining
    } else {
        walk.answered.iter().skip_while(|x| **x != q).count().saturating_sub(1) + walk.remaining
    } as i64;
    let title = question_title(q, t);
    let hint_key = format!("q.{}.hint", q.key());
    let n = q.relative().map(|i| t.count(i as i64 + 1)).unwrap_or_default();
    let hint = crate::i18n::english().own(&hint_key).map(|_| t.fill(&hint_key, &[("n", n.clone())]));
    let title_key = format!("q.{}.title", q.key());
    // "With the child": the question and its hint also in the child's language.
    let child_n = |c: &Texts| q.relative().map(|i| vec![("n", c.count(i as i64 + 1))]).unwrap_or_default();
    let child_title = t.child_with(&title_key, child_n);
    let child_hint = if hint.is_some() {
        t.child_with(&hint_key, child_n)
    } else {
        html! {}
    };
    let error = flow.errors.first();
    let field = error.map(|e| e.field);

    let submit = on_submit(dispatch, move |form| Action::Submit(read(q, form)));
    let unknown = on_click(dispatch, Action::Submit(Input::Unknown));
    let back = on_click(dispatch, Action::Back);
    let described = match (hint.is_some(), error.is_some()) {
        (true, true) => Some("hint field-error"),
        (true, false) => Some("hint"),
        (false, true) => Some("field-error"),
        (false, false) => None,
    };
    // The field in error is marked invalid and described by the message.
    let invalid = |name: &str| (field == Some(name)).then_some("true");
    let error_for = |name: &str| (field == Some(name)).then_some("field-error");
    let legend = html! {
        <>
            <legend class="fieldset__legend"><h1 class="heading-l" id="main-heading" tabindex="-1">{ title.clone() }{ child_title.clone() }</h1></legend>
            if let Some(h) = hint.clone() { <div class="hint" id="hint">{ h }{ child_hint.clone() }</div> }
            if let Some(e) = error {
                <p class="error-message" id="field-error"><span class="visually-hidden">{ t.html("error.title_prefix") }{ " " }</span>{ t.msg(&e.msg) }</p>
            }
        </>
    };
    let group = if field.is_some() { "fieldset fieldset--error" } else { "fieldset" };
    let form_group = if field.is_some() { "form-group form-group--error" } else { "form-group" };
    let body = match q.kind() {
        Kind::YesNo | Kind::Choice(_) => {
            let options: Vec<(&str, String)> = match q.kind() {
                Kind::Choice(choice) => choice.options().into_iter().map(|o| (o, format!("opt.{}.{o}", choice.group()))).collect(),
                _ => vec![("yes", "opt.yes".into()), ("no", "opt.no".into())],
            };
            html! { <fieldset class={group} aria-describedby={described}>{ legend }{ radios("answer", &options, &s.choice, t, field == Some("choice")) }</fieldset> }
        }
        Kind::Date => html! {
            <fieldset class={group} aria-describedby={described} role="group">
                { legend }
                <div class="hint">{ t.html("date.hint") }</div>
                { date_input(t, &s.day, &s.month, &s.year, field) }
            </fieldset>
        },
        Kind::DateOfBirth => {
            let calendar = s.calendar.unwrap_or(Calendar::Gregorian);
            html! {
                <fieldset class={group} aria-describedby={described}>
                    { legend }
                    <div class="radios">
                        { radio(t, "mode", "date", "dob.mode_date", s.mode == "date", true, false) }
                        <div class="radios__conditional">
                            <label class="label" for="field-calendar">{ t.html("dob.calendar") }</label>
                            <select class="select" id="field-calendar" name="calendar">
                                for c in Calendar::ALL.iter() {
                                    <option value={c.id()} selected={*c == calendar}>{ t.text(&format!("calendar.{}", c.id())) }</option>
                                }
                            </select>
                            <div class="hint">{ t.html("date.hint") }</div>
                            { date_input(t, &s.day, &s.month, &s.year, field) }
                        </div>
                        { radio(t, "mode", "age", "dob.mode_age", s.mode == "age", false, false) }
                        <div class="radios__conditional">
                            <label class="label" for="field-age">{ t.html("dob.age_label") }</label>
                            <div class="hint">{ t.fill_html("dob.age_hint", &[("date", t.date(flow.assessed_on))]) }</div>
                            <input class={classes!("input", "input--3", invalid("age").map(|_| "input--error"))} id="field-age" name="age" type="text" inputmode="numeric" value={s.age.clone()}
                                aria-invalid={invalid("age")} aria-describedby={error_for("age")} />
                        </div>
                        <div class="radios__divider">{ "—" }</div>
                        { radio(t, "mode", "unknown", "dob.mode_unknown", s.mode == "unknown", false, false) }
                    </div>
                    if field == Some("confirm") || s.confirmed {
                        <div class="checkboxes__item">
                            <input class="checkboxes__input" id="field-confirm" name="confirm" type="checkbox" value="yes" checked={s.confirmed}
                                aria-invalid={invalid("confirm")} aria-describedby={error_for("confirm")} />
                            <label class="label checkboxes__label" for="field-confirm">{ t.html("dob.confirm") }</label>
                        </div>
                    }
                </fieldset>
            }
        }
        Kind::Country => {
            let options = country_options(t, &s.country);
            html! {
                <div class={form_group}>
                    <h1 class="heading-l" id="main-heading" tabindex="-1"><label for="field-country">{ title.clone() }{ child_title.clone() }</label></h1>
                    if let Some(h) = hint.clone() { <div class="hint" id="hint">{ h }{ child_hint.clone() }</div> }
                    if let Some(e) = error { <p class="error-message" id="field-error">{ t.msg(&e.msg) }</p> }
                    <select class="select" id="field-country" name="country" aria-describedby={described} aria-invalid={invalid("country")}>
                        { options }
                    </select>
                </div>
            }
        }
        Kind::Time => html! {
            <div class={form_group}>
                <h1 class="heading-l" id="main-heading" tabindex="-1"><label for="field-time">{ title.clone() }{ child_title.clone() }</label></h1>
                if let Some(h) = hint.clone() { <div class="hint" id="hint">{ h }{ child_hint.clone() }</div> }
                if let Some(e) = error { <p class="error-message" id="field-error">{ t.msg(&e.msg) }</p> }
                <input class="input input--5" id="field-time" name="time" type="time" value={s.time.clone()} aria-describedby={described} aria-invalid={invalid("time")} />
            </div>
        },
    };
    let with_radios = matches!(q.kind(), Kind::YesNo | Kind::Choice(_) | Kind::DateOfBirth);
    html! {
        <div class="question">
            <a href="#back" class="back-link" onclick={back}>{ t.html("button.back") }</a>
            <p class="progress">
                { t.count_html("progress.answered", answered, &[]) }{ " · " }
                if left > 0 { { t.count_html("progress.left", left, &[]) } } else { { t.html("progress.last") } }
            </p>
            { error_summary(t, &flow.errors) }
            <form onsubmit={submit} novalidate=true>
                { body }
                <div class="button-group">
                    <button type="submit" class="button">{ t.html("button.continue") }</button>
                    if !with_radios {
                        <button type="button" class="button button--secondary" onclick={unknown}>{ t.html("button.unknown") }</button>
                    }
                </div>
            </form>
        </div>
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
