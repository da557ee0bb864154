//! "Start again" asks first: every answer is cleared only when the volunteer confirms.

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
