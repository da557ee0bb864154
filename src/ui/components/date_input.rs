use crate::calendar::{from_gregorian, Calendar};
use crate::date::Date;
use crate::i18n::digits;
use crate::ui::texts::Texts;
use yew::prelude::*;

/// The example above a date's fields: 27 March 2010 as the fields take it in `calendar` (day,
/// month, year), in the language's digits, read in the page's direction, as the fields are laid
/// out (right to left in Arabic script: the day on the right).
pub fn example(lang: &str, rtl: bool, calendar: Calendar) -> String {
    let d = from_gregorian(Date::ymd(2010, 3, 27), calendar);
    let numbers = digits::native(lang, &format!("{} {} {}", d.day, d.month, d.year));
    // A right-to-left isolate: the numbers alone would be read left to right.
    if rtl {
        format!("\u{2067}{numbers}\u{2069}")
    } else {
        numbers
    }
}

/// The GOV.UK date input: the example (in the child's language too), then three labelled number
/// fields named `day`, `month` and `year`, each described by the example. `error` names the field
/// in error (`date`: the date as a whole, every field marked), which is also described by the
/// error message (`#field-error`). The fields follow the page's direction.
pub fn date_input(t: &Texts, calendar: Calendar, day: &str, month: &str, year: &str, error: Option<&'static str>) -> Html {
    let field = |name: &'static str, value: &str, label: &'static str, width: &'static str| {
        let wrong = error == Some(name) || error == Some("date");
        html! {
            <div class="date-input__item">
                <label class="label" for={format!("field-{name}")}>{ t.html(label) }{ t.child(label, &[]) }</label>
                <input class={classes!("input", width, wrong.then_some("input--error"))} id={format!("field-{name}")}
                    name={name} type="text" inputmode="numeric" autocomplete="off" value={value.to_string()}
                    aria-invalid={wrong.then_some("true")} aria-describedby={if wrong { "date-example field-error" } else { "date-example" }} />
            </div>
        }
    };
    let mine = example(&t.lang, t.dir() == "rtl", calendar);
    html! {
        <>
            <div class="hint" id="date-example">
                { t.fill_html("date.hint", &[("date", mine)]) }
                { t.child_with("date.hint", |c| vec![("date", example(&c.lang, c.dir() == "rtl", calendar))]) }
            </div>
            <div class="date-input">
                { field("day", day, "date.day", "input--2") }
                { field("month", month, "date.month", "input--2") }
                { field("year", year, "date.year", "input--4") }
            </div>
        </>
    }
}
