//! "Start again" asks first: every answer is cleared only when the volunteer confirms; and so
//! does opening a case file over answers not saved.

use super::on_click;
use crate::flow::{Action, State};
use crate::ui::texts::Texts;
use yew::prelude::*;

pub fn confirm_start_again(t: &Texts, flow: &State, dispatch: &Callback<Action>) -> Html {
    let on = |action: Action| on_click(dispatch, action);
    let answered = flow.answers().len() as i64;
    html! {
        <div class="question">
            <a href="#back" class="back-link" onclick={on(Action::Back)}>{ t.html("button.back") }</a>
            <h1 class="heading-l" id="main-heading" tabindex="-1">{ t.html("start_again.title") }</h1>
            <div class="warning-text"><p>{ t.fill_html("start_again.warning", &[("n", t.count(answered))]) }</p></div>
            <p>{ t.html("start_again.save_first") }</p>
            <div class="button-group">
                <button type="button" class="button button--warning" onclick={on(Action::ClearAll)}>{ t.html("start_again.confirm") }</button>
                <button type="button" class="button button--secondary" onclick={on(Action::Back)}>{ t.html("start_again.keep") }</button>
            </div>
        </div>
    }
}

/// A case file opened over answers not saved: open it in their place, or keep them.
pub fn confirm_open(t: &Texts, dispatch: &Callback<Action>) -> Html {
    let on = |action: Action| on_click(dispatch, action);
    html! {
        <div class="question">
            <a href="#back" class="back-link" onclick={on(Action::OpenPending(false))}>{ t.html("button.back") }</a>
            <h1 class="heading-l" id="main-heading" tabindex="-1">{ t.html("open_over.title") }</h1>
            <div class="warning-text"><p>{ t.html("open_over.warning") }</p></div>
            <p>{ t.html("start_again.save_first") }</p>
            <div class="button-group">
                <button type="button" class="button button--warning" onclick={on(Action::OpenPending(true))}>{ t.html("open_over.confirm") }</button>
                <button type="button" class="button button--secondary" onclick={on(Action::OpenPending(false))}>{ t.html("open_over.keep") }</button>
            </div>
        </div>
    }
}
