use super::date_input::date_input;
use super::error_summary::error_summary;
use crate::flow::{Action, Input, State};
use crate::ui::texts::Texts;
use yew::prelude::*;

pub fn start_page(t: &Texts, flow: &State, dispatch: &Callback<Action>) -> Html {
    let start = {
        let d = dispatch.clone();
        Callback::from(move |_| d.emit(Action::Start))
    };
    let set_date = {
        let d = dispatch.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if let Some(f) = crate::ui::browser::Form::of(&e) {
                d.emit(Action::SetAssessmentDate(Input::Date { day: f.get("day"), month: f.get("month"), year: f.get("year") }))
            }
        })
    };
    let today = {
        let d = dispatch.clone();
        Callback::from(move |_| d.emit(Action::SetAssessmentDate(Input::Unknown)))
    };
    let date_error = flow.errors.iter().find(|e| e.field != "file").map(|e| e.field);
    html! {
        <div class="start">
            <h1 class="heading-xl" id="main-heading" tabindex="-1">{ t.h("start.title") }</h1>
            { error_summary(t, &flow.errors) }
            <p class="lead">{ t.h("start.lead") }</p>
            <p class="inset">{ t.h("start.privacy") }</p>
            <p>{ t.h("start.time") }</p>
            <p class="notice-line">{ t.fh("start.assessed_on", &[("date", t.date(flow.assessed_on))]) }</p>
            <button type="button" class="button button--start" onclick={start}>{ t.h("button.start") }<span aria-hidden="true">{ " ›" }</span></button>
            <details class="details" open={flow.assessed_on != flow.today || date_error.is_some()}>
                <summary class="details__summary">{ t.h("start.other_date") }</summary>
                <form class="details__text" onsubmit={set_date} novalidate=true>
                    <fieldset class="fieldset" role="group">
                        <legend class="fieldset__legend">{ t.h("start.other_date") }</legend>
                        <div class="hint">{ t.h("start.other_date_hint") }</div>
                        { date_input(t, "", "", "", date_error) }
                    </fieldset>
                    <div class="button-group">
                        <button type="submit" class="button button--secondary">{ t.h("button.set_date") }</button>
                        if flow.assessed_on != flow.today {
                            <button type="button" class="button button--secondary" onclick={today}>{ t.h("button.today") }</button>
                        }
                    </div>
                </form>
            </details>
            <div class="form-group">
                <label class="label" for="field-file">{ t.h("button.import") }</label>
                <div class="hint">{ t.h("start.open_file") }</div>
                <input class="file-upload" id="field-file" type="file" accept=".json,application/json" data-action="open" />
            </div>
            <p><a href={super::footer::rules_href(&t.lang)}>{ t.h("button.rules") }</a></p>
        </div>
    }
}
