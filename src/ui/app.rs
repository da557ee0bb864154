use crate::i18n::english;
use yew::prelude::*;

#[component]
pub fn App() -> Html {
    let started = use_state(|| false);
    let en = english();
    let onclick = {
        let started = started.clone();
        Callback::from(move |_| started.set(true))
    };
    html! {
        <div class="page">
            <h1>{ "Pathways" }</h1>
            if *started {
                <p id="started">{ en.text("report.not_legal_advice") }</p>
            } else {
                <button class="button" {onclick}>{ "Start now" }</button>
            }
        </div>
    }
}
