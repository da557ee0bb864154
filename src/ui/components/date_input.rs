use crate::ui::texts::Texts;
use yew::prelude::*;

/// The GOV.UK date input: three labelled number fields named `day`, `month` and `year`; `error`
/// names the field in error, which is marked invalid and described by the error message
/// (`#field-error`).
pub fn date_input(t: &Texts, day: &str, month: &str, year: &str, error: Option<&'static str>) -> Html {
    let field = |name: &'static str, value: &str, label: &'static str, width: &'static str| {
        let wrong = error == Some(name);
        html! {
            <div class="date-input__item">
                <label class="label" for={format!("field-{name}")}>{ label }</label>
                <input class={classes!("input", width, wrong.then_some("input--error"))} id={format!("field-{name}")}
                    name={name} type="text" inputmode="numeric" autocomplete="off" value={value.to_string()}
                    aria-invalid={wrong.then_some("true")} aria-describedby={wrong.then_some("field-error")} />
            </div>
        }
    };
    html! {
        <div class="date-input" dir="ltr">
            { field("day", day, t.text("date.day"), "input--2") }
            { field("month", month, t.text("date.month"), "input--2") }
            { field("year", year, t.text("date.year"), "input--4") }
        </div>
    }
}
