use crate::flow::InputError;
use crate::ui::texts::Texts;
use yew::prelude::*;

/// The GOV.UK error summary: at the top, focused, each problem linking to its field (the link
/// moves focus to the field: `static/boot.js`).
pub fn error_summary(t: &Texts, errors: &[InputError]) -> Html {
    if errors.is_empty() {
        return html! {};
    }
    html! {
        <div class="error-summary" id="error-summary" tabindex="-1" role="alert" aria-labelledby="error-summary-title">
            <h2 class="error-summary__title" id="error-summary-title">{ t.html("error.summary_title") }</h2>
            <ul class="error-summary__list">
                for e in errors.iter() {
                    <li><a href={format!("#field-{}", e.field)}>{ t.msg(&e.msg) }</a></li>
                }
            </ul>
        </div>
    }
}
