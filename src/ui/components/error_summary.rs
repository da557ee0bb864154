use crate::flow::InputError;
use crate::ui::browser;
use crate::ui::texts::use_texts;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ErrorSummaryProps {
    pub errors: Vec<InputError>,
}

/// The GOV.UK error summary: at the top, focused, each problem linking to its field.
#[component]
pub fn ErrorSummary(props: &ErrorSummaryProps) -> Html {
    let t = use_texts();
    if props.errors.is_empty() {
        return html! {};
    }
    html! {
        <div class="error-summary" id="error-summary" tabindex="-1" role="alert" aria-labelledby="error-summary-title">
            <h2 class="error-summary__title" id="error-summary-title">{ t.t("error.summary_title") }</h2>
            <ul class="error-summary__list">
                for e in props.errors.iter() {
                    <li>
                        <a href={format!("#field-{}", e.field)} onclick={
                            let id = format!("field-{}", e.field);
                            Callback::from(move |ev: MouseEvent| { ev.prevent_default(); browser::focus(&id); })
                        }>{ t.msg(&e.msg) }</a>
                    </li>
                }
            </ul>
        </div>
    }
}
