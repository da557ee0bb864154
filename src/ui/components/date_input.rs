use crate::ui::texts::Texts;
use yew::prelude::*;

/// The GOV.UK date input: three labelled number fields named `day`, `month` and `year`; `error`
/// names the field in error.
pub fn date_input(t: &Texts, day: &str, month: &str, year: &str, error: Option<&'static str>) -> Html {
    let field = |name: &'static str, value: &str, label: &'static str, class: &'static str, error_class: &'static str| {
        html! {
            <div class="date-input__item">
                <label class="label" for={format!("field-{name}")}>{ label }</label>
                <input class={if error == Some(name) { error_class } else { class }} id={format!("field-{name}")}
                    name={name} type="text" inputmode="numeric" autocomplete="off" value={value.to_string()} />
            </div>
        }
    };
    html! {
        <div class="date-input" dir="ltr">
            { field("day", day, t.t("date.day"), "input input--2", "input input--2 input--error") }
            { field("month", month, t.t("date.month"), "input input--2", "input input--2 input--error") }
            { field("year", year, t.t("date.year"), "input input--4", "input input--4 input--error") }
        </div>
    }
}
