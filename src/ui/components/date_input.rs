use crate::ui::texts::use_texts;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DateInputProps {
    pub day: AttrValue,
    pub month: AttrValue,
    pub year: AttrValue,
    /// The field in error (`day`, `month`, `year`), if any.
    pub error: Option<&'static str>,
    /// Called with ("day" | "month" | "year", value).
    pub on_change: Callback<(&'static str, String)>,
}

/// The GOV.UK date input: three labelled number fields.
#[component]
pub fn DateInput(props: &DateInputProps) -> Html {
    let t = use_texts();
    let field = |name: &'static str, value: &AttrValue, label: String, width: &'static str| {
        let cb = props.on_change.clone();
        let oninput = Callback::from(move |e: InputEvent| cb.emit((name, e.target_unchecked_into::<HtmlInputElement>().value())));
        let class = if props.error == Some(name) { format!("input input--{width} input--error") } else { format!("input input--{width}") };
        html! {
            <div class="date-input__item">
                <label class="label" for={format!("field-{name}")}>{ label }</label>
                <input class={class} id={format!("field-{name}")} name={name} type="text" inputmode="numeric"
                    autocomplete="off" value={value.clone()} {oninput} />
            </div>
        }
    };
    html! {
        <div class="date-input" dir="ltr">
            { field("day", &props.day, t.t("date.day"), "2") }
            { field("month", &props.month, t.t("date.month"), "2") }
            { field("year", &props.year, t.t("date.year"), "4") }
        </div>
    }
}
