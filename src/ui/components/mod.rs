//! One component per file.

pub mod assessment_date;
pub mod check_answers;
pub mod confirm_box;
pub mod confirm_start_again;
pub mod date_input;
pub mod dispute_page;
pub mod error_summary;
pub mod footer;
pub mod header;
pub mod layout;
pub mod passphrase_prompt;
pub mod pathway_card;
pub mod question_page;
pub mod result_page;
pub mod start_page;

use crate::flow::Action;
use crate::ui::browser::Form;
use yew::{Callback, MouseEvent, SubmitEvent};

/// The click of a link or button that dispatches `action`: a link's `#` address is not followed
/// (the URL never changes), and the action goes to the app.
pub fn on_click(dispatch: &Callback<Action>, action: Action) -> Callback<MouseEvent> {
    let dispatch = dispatch.clone();
    Callback::from(move |e: MouseEvent| {
        e.prevent_default();
        // "Back" is the browser's Back when the screen has its own history entry, so that the
        // browser's Forward can come here again.
        if action == Action::Back && crate::ui::browser::history_back() {
            return;
        }
        dispatch.emit(action.clone());
    })
}

/// A form's submission: the page stays, and the action made from the form's fields goes to the app.
pub fn on_submit(dispatch: &Callback<Action>, action: impl Fn(&Form) -> Action + 'static) -> Callback<SubmitEvent> {
    let dispatch = dispatch.clone();
    Callback::from(move |e: SubmitEvent| {
        e.prevent_default();
        if let Some(form) = Form::of(&e) {
            dispatch.emit(action(&form));
        }
    })
}
