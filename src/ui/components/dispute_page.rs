//! "I think this verdict is wrong": one route's verdict disputed, on a screen of its own. Which
//! verdict is right (radios: every verdict but the route's own) and why (a text box), then the
//! case is saved as a scenario file for the maintainers (written by the file worker, downloaded
//! through static/boot.js), and the result page says where it went.

use super::error_summary::error_summary;
use super::on_click;
use crate::flow::dispute::{check, choices};
use crate::flow::{Action, State};
use crate::rules::PathwayId;
use crate::ui::browser::{save_dispute, Form};
use crate::ui::texts::Texts;
use yew::prelude::*;

/// The screen's heading (and the page's title): a text loaded with the result page's (it is
/// reached only from there).
pub const TITLE: &str = "desk.dispute_title";

pub fn dispute_page(t: &Texts, flow: &State, pathway: PathwayId, dispatch: &Callback<Action>) -> Html {
    let current = flow.derived().assessment.get(pathway).verdict;
    let submit = {
        let (assessed_on, answers, dispatch) = (flow.assessed_on, flow.answers().clone(), dispatch.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let Some(form) = Form::of(&e) else { return };
            let sent = check(current, &form.get("verdict"), &form.get("reason")).map(|(verdict, reason)| {
                save_dispute(assessed_on, &answers, pathway, verdict, reason);
            });
            dispatch.emit(Action::Disputed(sent));
        })
    };
    let error = |field: &str| flow.errors.iter().find(|e| e.field == field);
    let message = |id: &'static str, field: &str| {
        error(field).map(|e| {
            html! { <p class="error-message" id={id}><span class="visually-hidden">{ t.html("error.title_prefix") }{ " " }</span>{ t.msg(&e.msg) }</p> }
        })
    };
    let (verdict_error, reason_error) = (error("verdict").is_some(), error("reason").is_some());
    let described = |hint: &str, error_id: &str, invalid: bool| if invalid { format!("{hint} {error_id}") } else { hint.to_string() };
    let route = t.text(pathway.name_key()).to_string();
    let verdict = t.text(current.name_key()).to_string();
    html! {
        <div class="question dispute">
            <a href="#back" class="back-link" onclick={on_click(dispatch, Action::Back)}>{ t.html("button.back") }</a>
            { error_summary(t, &flow.errors) }
            <form onsubmit={submit} novalidate=true>
                <div class="form-group">
                    <fieldset class={if verdict_error { "fieldset fieldset--error" } else { "fieldset" }}
                        aria-describedby={described("verdict-hint", "verdict-error", verdict_error)}>
                        <legend class="fieldset__legend">
                            <span class="caption">{ route }</span>
                            <h1 class="heading-l" id="main-heading" tabindex="-1">{ t.html(TITLE) }</h1>
                        </legend>
                        <div class="hint" id="verdict-hint">{ t.fill_html("desk.dispute_hint", &[("verdict", verdict)]) }</div>
                        { message("verdict-error", "verdict") }
                        <div class="radios">
                            for (i, v) in choices(current).enumerate() { { choice(t, v, i == 0, verdict_error) } }
                        </div>
                    </fieldset>
                </div>
                <div class={if reason_error { "form-group form-group--error" } else { "form-group" }}>
                    <label class="label" for="field-reason">{ t.html("desk.reason_label") }</label>
                    <div class="hint" id="reason-hint">{ t.html("desk.reason_hint") }</div>
                    { message("reason-error", "reason") }
                    <textarea class={if reason_error { "textarea textarea--error" } else { "textarea" }} id="field-reason" name="reason" rows="6"
                        spellcheck="true" aria-describedby={described("reason-hint", "reason-error", reason_error)} aria-invalid={reason_error.then_some("true")} />
                </div>
                <p class="inset">{ t.html("desk.dispute_file") }</p>
                <div class="button-group">
                    <button type="submit" class="button">{ t.html("desk.dispute_save") }</button>
                </div>
            </form>
        </div>
    }
}

/// One verdict to choose; the first carries the id the error summary links to.
fn choice(t: &Texts, v: crate::rules::Verdict, first: bool, invalid: bool) -> Html {
    let id = if first { "field-verdict".to_string() } else { format!("verdict-{}", v.id()) };
    html! {
        <div class="radios__item">
            <input class="radios__input" id={id.clone()} name="verdict" type="radio" value={v.id()} aria-invalid={invalid.then_some("true")} />
            <label class="label radios__label" for={id}>{ t.html(v.name_key()) }</label>
        </div>
    }
}
