use super::error_summary::error_summary;
use super::on_click;
use super::passphrase_prompt::passphrase_prompt;
use crate::flow::{Action, State};
use crate::ui::texts::Texts;
use yew::prelude::*;

pub fn start_page(t: &Texts, flow: &State, dispatch: &Callback<Action>) -> Html {
    let on = |action: Action| on_click(dispatch, action);
    let file_errors: Vec<_> = flow.errors.iter().filter(|e| e.field == "file").collect();
    html! {
        <div class="start">
            <h1 class="heading-xl" id="main-heading" tabindex="-1">{ t.html("start.title") }</h1>
            { error_summary(t, &flow.errors) }
            <p class="lead">{ t.html("start.lead") }</p>
            if flow.date_known {
                <p class="notice-line">
                    // The sentence keeps its template: on the start page written at build time,
                    // static/boot.js puts today's date in it before the app takes over.
                    <span class="assessed-on" data-template={t.text("start.assessed_on")}>{ t.fill_html("start.assessed_on", &[("date", t.date(flow.assessed_on))]) }</span>{ " " }
                    <a href="#assessment-date" class="nowrap" data-early="assessment-date" onclick={on(Action::ChangeAssessmentDate)}>{ t.html("start.change_date") }</a>
                </p>
            } else {
                <p class="inset" role="status">{ t.html("assessed_on.unread") }</p>
            }
            // A case in progress (kept in this tab, or answered before going back to the start):
            // continue it, or start a new one (which asks first).
            if flow.answers().is_empty() {
                <button type="button" class="button button--start" data-early="start" onclick={on(Action::Start)}>{ t.html("button.start") }<span aria-hidden="true">{ " ›" }</span></button>
            } else {
                <p class="progress" id="case-progress">{ t.count_html("progress.answered", flow.answers().len() as i64, &[]) }</p>
                <div class="button-group">
                    <button type="button" class="button button--start" aria-describedby="case-progress" onclick={on(Action::Start)}>{ t.html("start.continue") }<span aria-hidden="true">{ " ›" }</span></button>
                    <button type="button" class="button button--secondary" onclick={on(Action::StartAgain)}>{ t.html("start.new_case") }</button>
                </div>
            }
            <p class="inset">{ t.html("start.privacy") }</p>
            <p>{ t.html("start.time") }</p>
            // A locked file asks for its passphrase in place of the file field. Files saved locked
            // end in `.age`; a phone's picker greys out an extension it has no type for unless
            // any file (octet-stream) is accepted.
            if let Some(locked) = &flow.locked {
                { passphrase_prompt(t, &locked.file, locked.opening, flow.errors.iter().find(|e| e.field == "passphrase"), dispatch) }
            } else {
                // A file that cannot be opened: the summary above, and each problem by the control.
                <div class={if file_errors.is_empty() { "form-group" } else { "form-group form-group--error" }}>
                    <label class="label" for="field-file">{ t.html("button.import") }</label>
                    <div class="hint" id="file-hint">{ t.html("start.open_file") }</div>
                    if !file_errors.is_empty() {
                        <div class="error-message" id="field-error">
                            for e in file_errors.iter() {
                                <p><span class="visually-hidden">{ t.html("error.title_prefix") }{ " " }</span>{ t.msg(&e.msg) }</p>
                            }
                        </div>
                    }
                    <input class="file-upload" id="field-file" type="file" accept=".json,.age,application/json,application/octet-stream" data-action="open"
                        aria-describedby={if file_errors.is_empty() { "file-hint" } else { "file-hint field-error" }}
                        aria-invalid={(!file_errors.is_empty()).then_some("true")} />
                </div>
            }
            <p>{ super::footer::rules_link(t, "button.rules") }</p>
        </div>
    }
}
