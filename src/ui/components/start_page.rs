use super::error_summary::error_summary;
use crate::flow::{Action, State};
use crate::ui::texts::Texts;
use yew::prelude::*;

pub fn start_page(t: &Texts, flow: &State, dispatch: &Callback<Action>) -> Html {
    let on = |action: Action| {
        let d = dispatch.clone();
        Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            d.emit(action.clone())
        })
    };
    html! {
        <div class="start">
            <h1 class="heading-xl" id="main-heading" tabindex="-1">{ t.h("start.title") }</h1>
            { error_summary(t, &flow.errors) }
            <p class="lead">{ t.h("start.lead") }</p>
            if flow.date_known {
                <p class="notice-line">
                    // The sentence keeps its template: on the start page written at build time,
                    // static/boot.js puts today's date in it before the app takes over.
                    <span class="assessed-on" data-template={t.t("start.assessed_on")}>{ t.fh("start.assessed_on", &[("date", t.date(flow.assessed_on))]) }</span>{ " " }
                    <a href="#assessment-date" class="nowrap" data-early="assessment-date" onclick={on(Action::ChangeAssessmentDate)}>{ t.h("start.change_date") }</a>
                </p>
            } else {
                <p class="inset" role="status">{ t.h("assessed_on.unread") }</p>
            }
            <button type="button" class="button button--start" data-early="start" onclick={on(Action::Start)}>{ t.h("button.start") }<span aria-hidden="true">{ " ›" }</span></button>
            <p class="inset">{ t.h("start.privacy") }</p>
            <p>{ t.h("start.time") }</p>
            <div class="form-group">
                <label class="label" for="field-file">{ t.h("button.import") }</label>
                <div class="hint" id="file-hint">{ t.h("start.open_file") }</div>
                <input class="file-upload" id="field-file" type="file" accept=".json,application/json" data-action="open"
                    aria-describedby="file-hint" aria-invalid={(!flow.errors.is_empty()).then_some("true")} />
            </div>
            <p>{ super::footer::rules_link(t, "button.rules") }</p>
        </div>
    }
}
