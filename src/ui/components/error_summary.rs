use crate::flow::InputError;
use crate::ui::texts::Texts;
use yew::prelude::*;

/// The GOV.UK error summary: at the top, focused, each problem linking to its field (the link
/// moves focus to the field: `static/boot.js`).
/// As GOV.UK does it, the focus and the announcement are on two elements: the summary takes the
/// focus, an element inside it is the alert. A question to confirm is not listed (it is a warning
/// beside its box, [`crate::flow::InputError::asks_to_confirm`]).
pub fn error_summary(t: &Texts, errors: &[InputError]) -> Html {
    let mistakes: Vec<&InputError> = crate::flow::mistakes(errors).collect();
    if mistakes.is_empty() {
        return html! {};
    }
    html! {
        <div class="error-summary" id="error-summary" tabindex="-1">
            <div role="alert">
                <h2 class="error-summary__title" id="error-summary-title">{ t.html("error.summary_title") }</h2>
                <ul class="error-summary__list">
                    for e in mistakes.iter() {
                        <li><a href={format!("#field-{}", e.target())}>{ t.msg(&e.msg) }</a></li>
                    }
                </ul>
            </div>
        </div>
    }
}
