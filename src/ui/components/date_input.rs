use crate::ui::texts::use_texts;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DateInputProps {
    pub day: AttrValue,
    pub month: AttrValue,
    pub year: AttrValue,
    /// The field in error (`day`, `month`, `year`), if any.
    pub error: Option<&'static str>,
}

/// The GOV.UK date input: three labelled number fields named `day`, `month` and `year`.
#[component]
pub fn DateInput(props: &DateInputProps) -> Html {
    let t = use_texts();
    let field = |name: &'static str, value: &AttrValue, label: &'static str, class: &'static str, error_class: &'static str| {
        html! {
            <div class="date-input__item">
                <label class="label" for={format!("field-{name}")}>{ label }</label>
                <input class={if props.error == Some(name) { error_class } else { class }} id={format!("field-{name}")}
                    name={name} type="text" inputmode="numeric" autocomplete="off" value={value.clone()} />
            </div>
        }
    };
    html! {
        <div class="date-input" dir="ltr">
            { field("day", &props.day, t.t("date.day"), "input input--2", "input input--2 input--error") }
            { field("month", &props.month, t.t("date.month"), "input input--2", "input input--2 input--error") }
            { field("year", &props.year, t.t("date.year"), "input input--4", "input input--4 input--error") }
        </div>
    }
}
