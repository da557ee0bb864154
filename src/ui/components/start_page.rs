use super::date_input::DateInput;
use super::error_summary::ErrorSummary;
use crate::flow::{Action, Input, State};
use crate::ui::texts::use_texts;
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct StartProps {
    pub flow: Rc<State>,
    pub dispatch: Callback<Action>,
}

#[component]
pub fn StartPage(props: &StartProps) -> Html {
    let t = use_texts();
    let flow = &props.flow;
    let other_date = use_state(|| (String::new(), String::new(), String::new()));
    let start = {
        let d = props.dispatch.clone();
        Callback::from(move |_| d.emit(Action::Start))
    };
    let on_date = {
        let other_date = other_date.clone();
        Callback::from(move |(part, v): (&'static str, String)| {
            let mut x = (*other_date).clone();
            match part {
                "day" => x.0 = v,
                "month" => x.1 = v,
                _ => x.2 = v,
            }
            other_date.set(x);
        })
    };
    let set_date = {
        let (d, od) = (props.dispatch.clone(), other_date.clone());
        Callback::from(move |_| {
            d.emit(Action::SetAssessmentDate(Input::Date { day: od.0.clone(), month: od.1.clone(), year: od.2.clone() }))
        })
    };
    let today = {
        let d = props.dispatch.clone();
        Callback::from(move |_| d.emit(Action::SetAssessmentDate(Input::Unknown)))
    };
    let open_file = {
        let d = props.dispatch.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let Some(file) = input.files().and_then(|f| f.get(0)) else { return };
            let d = d.clone();
            wasm_bindgen_futures::spawn_local(async move {
                if let Ok(text) = wasm_bindgen_futures::JsFuture::from(file.text()).await {
                    d.emit(Action::Import(text.as_string().unwrap_or_default()));
                }
            });
            input.set_value("");
        })
    };
    let date_error = flow.errors.iter().find(|e| e.field != "file").map(|e| e.field);
    html! {
        <div class="start">
            <h1 class="heading-xl" id="main-heading" tabindex="-1">{ t.t("start.title") }</h1>
            <ErrorSummary errors={flow.errors.clone()} />
            <p class="lead">{ t.t("start.lead") }</p>
            <p class="inset">{ t.t("start.privacy") }</p>
            <p>{ t.t("start.time") }</p>
            <p class="notice-line">{ t.f("start.assessed_on", &[("date", t.date(flow.assessed_on))]) }</p>
            <button type="button" class="button button--start" onclick={start}>{ t.t("button.start") }<span aria-hidden="true">{ " ›" }</span></button>
            <details class="details" open={flow.assessed_on != flow.today || date_error.is_some()}>
                <summary class="details__summary">{ t.t("start.other_date") }</summary>
                <div class="details__text">
                    <fieldset class="fieldset" role="group">
                        <legend class="fieldset__legend">{ t.t("start.other_date") }</legend>
                        <div class="hint">{ t.t("start.other_date_hint") }</div>
                        <DateInput day={other_date.0.clone()} month={other_date.1.clone()} year={other_date.2.clone()} error={date_error} on_change={on_date} />
                    </fieldset>
                    <div class="button-group">
                        <button type="button" class="button button--secondary" onclick={set_date}>{ t.t("button.set_date") }</button>
                        if flow.assessed_on != flow.today {
                            <button type="button" class="button button--secondary" onclick={today}>{ t.t("button.today") }</button>
                        }
                    </div>
                </div>
            </details>
            <div class="form-group">
                <label class="label" for="field-file">{ t.t("button.import") }</label>
                <div class="hint">{ t.t("start.open_file") }</div>
                <input class="file-upload" id="field-file" type="file" accept=".json,application/json" onchange={open_file} />
            </div>
            <p><a href={super::footer::rules_href(&t.lang)}>{ t.t("button.rules") }</a></p>
        </div>
    }
}
