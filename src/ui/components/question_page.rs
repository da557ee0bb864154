//! One question per screen (GOV.UK question page): the question as the heading, Back, a progress
//! line, the error summary, the answer fields, Continue and "I don't know".

use super::date_input::DateInput;
use super::error_summary::ErrorSummary;
use crate::calendar::Calendar;
use crate::case::Country;
use crate::flow::question::Kind;
use crate::flow::{Action, Answer, Input, State, Q};
use crate::ui::app::question_title;
use crate::ui::browser;
use crate::ui::format::option_group;
use crate::ui::texts::{use_texts, Texts};
use std::rc::Rc;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct QuestionProps {
    pub q: Q,
    pub flow: Rc<State>,
    pub dispatch: Callback<Action>,
}

/// What is typed or chosen on the screen, before it is submitted.
#[derive(Clone, Debug, PartialEq, Default)]
struct Draft {
    choice: String,
    day: String,
    month: String,
    year: String,
    calendar: Option<Calendar>,
    /// Date of birth: "date", "age" or "unknown".
    mode: String,
    age: String,
    confirmed: bool,
    country: String,
    time: String,
}

fn draft_from_input(input: &Input) -> Draft {
    let mut d = Draft::default();
    match input {
        Input::Unknown => d.mode = "unknown".into(),
        Input::Choice(c) => d.choice = c.clone(),
        Input::Date { day, month, year } => (d.day, d.month, d.year) = (day.clone(), month.clone(), year.clone()),
        Input::Born { calendar, day, month, year, confirmed } => {
            (d.day, d.month, d.year) = (day.clone(), month.clone(), year.clone());
            d.calendar = Some(*calendar);
            d.confirmed = *confirmed;
            d.mode = "date".into();
        }
        Input::Age { years, confirmed } => {
            d.age = years.clone();
            d.confirmed = *confirmed;
            d.mode = "age".into();
        }
        Input::Country(c) => d.country = c.clone(),
        Input::Time(t) => d.time = t.clone(),
    }
    d
}

fn draft_from_answer(a: &Answer) -> Draft {
    let mut d = Draft::default();
    match a {
        Answer::Unknown => {
            d.mode = "unknown".into();
            d.choice = "unknown".into();
        }
        Answer::Bool(b) => d.choice = if *b { "yes" } else { "no" }.into(),
        Answer::Choice(c) => d.choice = c.to_string(),
        Answer::Date(date) => (d.day, d.month, d.year) = (date.day().to_string(), date.month().to_string(), date.year().to_string()),
        Answer::Born { entered, .. } => {
            (d.day, d.month, d.year) = (entered.day.to_string(), entered.month.to_string(), entered.year.to_string());
            d.calendar = Some(entered.calendar);
            d.mode = "date".into();
            d.confirmed = true;
        }
        Answer::Age(y) => {
            d.age = y.to_string();
            d.mode = "age".into();
            d.confirmed = true;
        }
        Answer::Country(c) => d.country = c.as_str().to_string(),
        Answer::Time(t) => d.time = t.to_string(),
    }
    d
}

fn to_input(q: Q, d: &Draft) -> Input {
    match q.kind() {
        Kind::YesNo | Kind::Choice(_) if d.choice == "unknown" => Input::Unknown,
        Kind::YesNo | Kind::Choice(_) => Input::Choice(d.choice.clone()),
        Kind::Date => Input::Date { day: d.day.clone(), month: d.month.clone(), year: d.year.clone() },
        Kind::DateOfBirth => match d.mode.as_str() {
            "unknown" => Input::Unknown,
            "age" => Input::Age { years: d.age.clone(), confirmed: d.confirmed },
            _ => Input::Born {
                calendar: d.calendar.unwrap_or(Calendar::Gregorian),
                day: d.day.clone(),
                month: d.month.clone(),
                year: d.year.clone(),
                confirmed: d.confirmed,
            },
        },
        Kind::Country => Input::Country(d.country.clone()),
        Kind::Time => Input::Time(d.time.clone()),
    }
}

/// Countries most often met in Calais and Dunkirk, listed first.
const COMMON: &[&str] = &["FR", "BE", "NL", "DE", "IT", "GR", "ES", "AF", "SD", "ER", "ET", "IR", "IQ", "SY", "VN", "GB"];

#[component]
pub fn QuestionPage(props: &QuestionProps) -> Html {
    let t = use_texts();
    let q = props.q;
    let flow = &props.flow;
    let draft = use_state(|| match (&flow.rejected, flow.answers.get(&q)) {
        (Some(input), _) => draft_from_input(input),
        (None, Some(a)) => draft_from_answer(a),
        (None, None) => Draft::default(),
    });
    let walk = flow.walk();
    let number = walk.answered.iter().position(|x| *x == q).unwrap_or(walk.answered.len()) + 1;
    let total = if walk.next == Some(q) { walk.answered.len() + 1 + walk.remaining } else { walk.answered.len() };
    let title = question_title(q, &t);
    let hint_key = format!("q.{}.hint", q.key());
    let n = q.relative().map(|i| t.n(i as i64 + 1)).unwrap_or_default();
    let hint =
        t.cat.own(&hint_key).map(|_| t.f(&hint_key, &[("n", n)])).or_else(|| crate::i18n::english().own(&hint_key).map(str::to_string));
    let error_for = |field: &str| flow.errors.iter().find(|e| e.field == field).map(|e| t.msg(&e.msg));
    let any_error = flow.errors.first().map(|e| e.field);

    let set = |f: fn(&mut Draft, String)| {
        let draft = draft.clone();
        Callback::from(move |v: String| {
            let mut d = (*draft).clone();
            f(&mut d, v);
            draft.set(d);
        })
    };
    let submit = {
        let (draft, dispatch) = (draft.clone(), props.dispatch.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            dispatch.emit(Action::Submit(to_input(q, &draft)));
        })
    };
    let unknown = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_| dispatch.emit(Action::Submit(Input::Unknown)))
    };
    let back = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            dispatch.emit(Action::Back)
        })
    };
    let heading = html! { <h1 class="heading-l" id="main-heading" tabindex="-1">{ title.clone() }</h1> };
    let hint_html = hint.clone().map(|h| html! { <div class="hint" id="hint">{ h }</div> }).unwrap_or_default();
    let described = match (hint.is_some(), any_error.is_some()) {
        (true, true) => "hint field-error",
        (true, false) => "hint",
        (false, true) => "field-error",
        (false, false) => "",
    };
    let error_line = |field: &str| {
        error_for(field).map(|m| html! { <p class="error-message" id="field-error"><span class="visually-hidden">{ t.t("error.title_prefix") }{ " " }</span>{ m }</p> }).unwrap_or_default()
    };

    let body = match q.kind() {
        Kind::YesNo | Kind::Choice(_) => {
            let options: Vec<(String, String)> = match q.kind() {
                Kind::Choice(opts) => opts.iter().map(|o| (o.to_string(), t.t(&format!("opt.{}.{o}", option_group(q))))).collect(),
                _ => vec![("yes".into(), t.t("opt.yes")), ("no".into(), t.t("opt.no"))],
            };
            let on = set(|d, v| d.choice = v);
            html! {
                <fieldset class={classes!("fieldset", any_error.map(|_| "fieldset--error"))} aria-describedby={described}>
                    <legend class="fieldset__legend">{ heading }</legend>
                    { hint_html }
                    { error_line("choice") }
                    { radios(&options, &draft.choice, &t, on) }
                </fieldset>
            }
        }
        Kind::Date => {
            let on = set_date(&draft);
            html! {
                <fieldset class={classes!("fieldset", any_error.map(|_| "fieldset--error"))} aria-describedby={described} role="group">
                    <legend class="fieldset__legend">{ heading }</legend>
                    { hint_html }
                    <div class="hint">{ t.t("date.hint") }</div>
                    { error_line(any_error.unwrap_or("day")) }
                    <DateInput day={draft.day.clone()} month={draft.month.clone()} year={draft.year.clone()} error={any_error} on_change={on} />
                </fieldset>
            }
        }
        Kind::DateOfBirth => {
            dob(&t, &draft, heading, hint_html, described, any_error, error_line(any_error.unwrap_or("day")), flow.assessed_on)
        }
        Kind::Country => {
            let onchange = {
                let draft = draft.clone();
                Callback::from(move |e: Event| {
                    let mut d = (*draft).clone();
                    d.country = e.target_unchecked_into::<HtmlSelectElement>().value();
                    draft.set(d);
                })
            };
            let mut all: Vec<(String, String)> =
                Country::all().map(|c| (c.as_str().to_string(), browser::country_name(&t.lang, c.as_str()))).collect();
            all.sort_by(|a, b| a.1.cmp(&b.1));
            let option = |code: &str, name: &str| html! { <option value={code.to_string()} selected={draft.country == code}>{ name.to_string() }</option> };
            html! {
                <div class={classes!("form-group", any_error.map(|_| "form-group--error"))}>
                    <h1 class="heading-l" id="main-heading" tabindex="-1"><label for="field-country">{ title.clone() }</label></h1>
                    { hint_html }
                    { error_line("country") }
                    <select class="select" id="field-country" aria-describedby={described} {onchange}>
                        <option value="" selected={draft.country.is_empty()}>{ t.t("country.choose") }</option>
                        <optgroup label={t.t("country.common")}>
                            for code in COMMON.iter() { { option(code, &browser::country_name(&t.lang, code)) } }
                        </optgroup>
                        <optgroup label={t.t("country.all")}>
                            for (code, name) in all.iter() { { option(code, name) } }
                        </optgroup>
                    </select>
                </div>
            }
        }
        Kind::Time => {
            let oninput = {
                let draft = draft.clone();
                Callback::from(move |e: InputEvent| {
                    let mut d = (*draft).clone();
                    d.time = e.target_unchecked_into::<HtmlInputElement>().value();
                    draft.set(d);
                })
            };
            html! {
                <div class={classes!("form-group", any_error.map(|_| "form-group--error"))}>
                    <h1 class="heading-l" id="main-heading" tabindex="-1"><label for="field-time">{ title.clone() }</label></h1>
                    { hint_html }
                    { error_line("time") }
                    <label class="label" for="field-time">{ t.t("time.label") }</label>
                    <input class="input input--5" id="field-time" type="time" value={draft.time.clone()} {oninput} aria-describedby={described} />
                </div>
            }
        }
    };
    let radio_question = matches!(q.kind(), Kind::YesNo | Kind::Choice(_)) || q.kind() == Kind::DateOfBirth;
    html! {
        <div class="question">
            <a href="#back" class="back-link" onclick={back}>{ t.t("button.back") }</a>
            <p class="progress">{
                if total > number { t.f("progress.of_about", &[("n", t.n(number as i64)), ("total", t.n(total as i64))]) }
                else { t.f("progress.question", &[("n", t.n(number as i64))]) }
            }</p>
            <ErrorSummary errors={flow.errors.clone()} />
            <form onsubmit={submit} novalidate=true>
                { body }
                <div class="button-group">
                    <button type="submit" class="button">{ t.t("button.continue") }</button>
                    if !radio_question {
                        <button type="button" class="button button--secondary" onclick={unknown}>{ t.t("button.unknown") }</button>
                    }
                </div>
            </form>
        </div>
    }
}

fn set_date(draft: &UseStateHandle<Draft>) -> Callback<(&'static str, String)> {
    let draft = draft.clone();
    Callback::from(move |(part, value): (&'static str, String)| {
        let mut d = (*draft).clone();
        match part {
            "day" => d.day = value,
            "month" => d.month = value,
            _ => d.year = value,
        }
        draft.set(d);
    })
}

/// Radio buttons, with "I don't know" last, set apart.
fn radios(options: &[(String, String)], selected: &str, t: &Texts, on: Callback<String>) -> Html {
    let item = |value: String, label: String, first: bool| {
        let on = on.clone();
        let v = value.clone();
        let id = if first { "field-choice".to_string() } else { format!("choice-{value}") };
        html! {
            <div class="radios__item">
                <input class="radios__input" id={id.clone()} name="answer" type="radio" value={value.clone()} checked={selected == value}
                    onchange={Callback::from(move |_| on.emit(v.clone()))} />
                <label class="label radios__label" for={id}>{ label }</label>
            </div>
        }
    };
    html! {
        <div class="radios">
            for (i, (value, label)) in options.iter().enumerate() { { item(value.clone(), label.clone(), i == 0) } }
            <div class="radios__divider">{ "—" }</div>
            { item("unknown".into(), t.t("opt.unknown"), false) }
        </div>
    }
}

/// The date of birth: a date in the child's calendar (with the Gregorian date shown to confirm),
/// an approximate age, or "I don't know".
#[allow(clippy::too_many_arguments)]
fn dob(
    t: &Texts,
    draft: &UseStateHandle<Draft>,
    heading: Html,
    hint: Html,
    described: &'static str,
    error: Option<&'static str>,
    error_line: Html,
    on: crate::date::Date,
) -> Html {
    let mode = if draft.mode.is_empty() { "date" } else { draft.mode.as_str() };
    let set_mode = |m: &'static str| {
        let draft = draft.clone();
        Callback::from(move |_| {
            let mut d = (*draft).clone();
            d.mode = m.into();
            draft.set(d);
        })
    };
    let calendar = draft.calendar.unwrap_or(Calendar::Gregorian);
    let on_calendar = {
        let draft = draft.clone();
        Callback::from(move |e: Event| {
            let mut d = (*draft).clone();
            d.calendar = Calendar::from_id(&e.target_unchecked_into::<HtmlSelectElement>().value());
            draft.set(d);
        })
    };
    let on_age = {
        let draft = draft.clone();
        Callback::from(move |e: InputEvent| {
            let mut d = (*draft).clone();
            d.age = e.target_unchecked_into::<HtmlInputElement>().value();
            draft.set(d);
        })
    };
    let on_confirm = {
        let draft = draft.clone();
        Callback::from(move |e: Event| {
            let mut d = (*draft).clone();
            d.confirmed = e.target_unchecked_into::<HtmlInputElement>().checked();
            draft.set(d);
        })
    };
    // The date converted to the Gregorian calendar, shown as it is typed.
    let converted = match (draft.day.trim().parse::<u32>(), draft.month.trim().parse::<u32>(), draft.year.trim().parse::<i32>()) {
        (Ok(d), Ok(m), Ok(y)) if calendar != Calendar::Gregorian && draft.year.trim().len() == 4 => {
            crate::calendar::CalendarDate { calendar, year: y, month: m, day: d }.to_gregorian().ok()
        }
        _ => None,
    };
    let radio = |value: &'static str, label: String, first: bool| {
        let id = if first { "field-mode".to_string() } else { format!("mode-{value}") };
        html! {
            <div class="radios__item">
                <input class="radios__input" id={id.clone()} name="mode" type="radio" value={value} checked={mode == value} onchange={set_mode(value)} />
                <label class="label radios__label" for={id}>{ label }</label>
            </div>
        }
    };
    let confirm = error == Some("confirm") || draft.confirmed;
    html! {
        <fieldset class={classes!("fieldset", error.map(|_| "fieldset--error"))} aria-describedby={described}>
            <legend class="fieldset__legend">{ heading }</legend>
            { hint }
            { error_line }
            <div class="radios">
                { radio("date", t.t("dob.mode_date"), true) }
                if mode == "date" {
                    <div class="radios__conditional">
                        <label class="label" for="field-calendar">{ t.t("dob.calendar") }</label>
                        <select class="select" id="field-calendar" onchange={on_calendar}>
                            for c in Calendar::ALL.iter() {
                                <option value={c.id()} selected={*c == calendar}>{ t.t(&format!("calendar.{}", c.id())) }</option>
                            }
                        </select>
                        <div class="hint">{ t.t("date.hint") }</div>
                        <DateInput day={draft.day.clone()} month={draft.month.clone()} year={draft.year.clone()}
                            error={error.filter(|e| ["day", "month", "year"].contains(e))} on_change={set_date(draft)} />
                        if let Some(g) = converted {
                            <p class="converted" aria-live="polite">{ t.f("dob.converted", &[("date", t.date(g))]) }</p>
                        }
                    </div>
                }
                { radio("age", t.t("dob.mode_age"), false) }
                if mode == "age" {
                    <div class="radios__conditional">
                        <label class="label" for="field-age">{ t.t("dob.age_label") }</label>
                        <div class="hint">{ t.f("dob.age_hint", &[("date", t.date(on))]) }</div>
                        <input class={classes!("input", "input--3", (error == Some("age")).then_some("input--error"))} id="field-age" type="text"
                            inputmode="numeric" value={draft.age.clone()} oninput={on_age} />
                    </div>
                }
                <div class="radios__divider">{ "—" }</div>
                { radio("unknown", t.t("dob.mode_unknown"), false) }
            </div>
            if confirm && mode != "unknown" {
                <div class="checkboxes__item">
                    <input class="checkboxes__input" id="field-confirm" type="checkbox" checked={draft.confirmed} onchange={on_confirm} />
                    <label class="label checkboxes__label" for="field-confirm">{ t.t("dob.confirm") }</label>
                </div>
            }
        </fieldset>
    }
}
