//! The date the rules are applied as of: its own screen (GOV.UK date pattern), reached from the
//! start page or from "Check your answers". Changing it keeps every answer.

use super::confirm_box::confirm_box;
use super::date_input::date_input;
use super::error_summary::error_summary;
use super::{on_click, on_submit};
use crate::flow::{Action, Input, State};
use crate::ui::texts::Texts;
use yew::prelude::*;

pub fn assessment_date_page(t: &Texts, flow: &State, dispatch: &Callback<Action>) -> Html {
    let set = on_submit(dispatch, |f| {
        let date = Input::Date { day: f.get("day"), month: f.get("month"), year: f.get("year") };
        if f.get("confirm").is_empty() {
            Action::SetAssessmentDate(date)
        } else {
            Action::ConfirmAssessmentDate(date)
        }
    });
    let today = on_click(dispatch, Action::SetAssessmentDate(Input::Unknown));
    let back = on_click(dispatch, Action::Back);
    let error = crate::flow::mistakes(&flow.errors).next();
    let ask = flow.errors.iter().find(|e| e.asks_to_confirm()).map(|e| &e.msg);
    // What the fields show: the rejected input, else the current date (if it is known).
    let (day, month, year) = match &flow.rejected {
        Some(Input::Date { day, month, year }) => (day.clone(), month.clone(), year.clone()),
        _ if flow.date_known => {
            let d = flow.assessed_on;
            (t.digits(d.day() as i64, false), t.digits(d.month() as i64, false), t.digits(d.year() as i64, false))
        }
        _ => Default::default(),
    };
    let described = if error.is_some() { "assessed-on-hint field-error" } else { "assessed-on-hint" };
    html! {
        <div class="question">
            <a href="#back" class="back-link" onclick={back}>{ t.html("button.back") }</a>
            { error_summary(t, &flow.errors) }
            if !flow.date_known {
                <p class="inset" role="status">{ t.html("assessed_on.unread") }</p>
            }
            <form onsubmit={set} novalidate=true>
                <fieldset class={if error.is_some() { "fieldset fieldset--error" } else { "fieldset" }} role="group" aria-describedby={described}>
                    <legend class="fieldset__legend"><h1 class="heading-l" id="main-heading" tabindex="-1">{ t.html("assessed_on.title") }</h1></legend>
                    <div class="hint" id="assessed-on-hint">{ t.html("assessed_on.hint") }</div>
                    if let Some(e) = error {
                        <p class="error-message" id="field-error"><span class="visually-hidden">{ t.html("error.title_prefix") }{ " " }</span>{ t.msg(&e.msg) }</p>
                    }
                    { date_input(t, crate::calendar::Calendar::Gregorian, &day, &month, &year, error.map(|e| e.field)) }
                    // A date more than a year ahead: confirmed with a tick (a mistyped year is likelier).
                    { confirm_box(t, ask, "assessed_on.confirm", false) }
                </fieldset>
                <div class="button-group">
                    <button type="submit" class="button">{ t.html("button.set_date") }</button>
                    if flow.today.is_some_and(|d| d != flow.assessed_on) {
                        <button type="button" class="button button--secondary" onclick={today}>{ t.html("button.today") }</button>
                    }
                </div>
            </form>
        </div>
    }
}
