use crate::msg::Msg;
use crate::ui::texts::Texts;
use yew::prelude::*;

/// An answer that asks to be confirmed (an age over 25, a date converted from another calendar,
/// an assessment date far ahead): the GOV.UK warning text saying why, and the box to tick. A
/// warning, not an error: no red, no "Error:", not in the error summary. `ask` is the question's
/// message while it asks; the box stays (ticked) once it was shown.
pub fn confirm_box(t: &Texts, ask: Option<&Msg>, label_key: &str, checked: bool) -> Html {
    if ask.is_none() && !checked {
        return html! {};
    }
    html! {
        <div class="confirm">
            if let Some(m) = ask {
                <div class="warning-text" id="confirm-warning">
                    <span class="warning-text__icon" aria-hidden="true">{ "!" }</span>
                    <strong class="warning-text__text">
                        <span class="visually-hidden">{ t.html("confirm.prefix") }{ " " }</span>{ t.msg(m) }{ t.child_msg(m) }
                    </strong>
                </div>
            }
            <div class="checkboxes__item">
                <input class="checkboxes__input" id="field-confirm" name="confirm" type="checkbox" value="yes" checked={checked}
                    aria-describedby={ask.map(|_| "confirm-warning")} />
                <label class="label checkboxes__label" for="field-confirm">{ t.html(label_key) }{ t.child(label_key, &[]) }</label>
            </div>
        </div>
    }
}
