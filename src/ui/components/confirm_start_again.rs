//! "Start again" asks first: every answer is cleared only when the volunteer confirms.

use crate::flow::{Action, State};
use crate::ui::texts::Texts;
use yew::prelude::*;

pub fn confirm_start_again(t: &Texts, flow: &State, dispatch: &Callback<Action>) -> Html {
    let on = |action: Action| {
        let d = dispatch.clone();
        Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            d.emit(action.clone())
        })
    };
    let answered = flow.answers.len() as i64;
    html! {
        <div class="question">
            <a href="#back" class="back-link" onclick={on(Action::Back)}>{ t.h("button.back") }</a>
            <h1 class="heading-l" id="main-heading" tabindex="-1">{ t.h("start_again.title") }</h1>
            <div class="warning-text"><p>{ t.fh("start_again.warning", &[("n", t.n(answered))]) }</p></div>
            <p>{ t.h("start_again.save_first") }</p>
            <div class="button-group">
                <button type="button" class="button button--warning" onclick={on(Action::ClearAll)}>{ t.h("start_again.confirm") }</button>
                <button type="button" class="button button--secondary" onclick={on(Action::Back)}>{ t.h("start_again.keep") }</button>
            </div>
        </div>
    }
}
