use crate::ui::browser;
use crate::ui::texts::use_texts;
use yew::prelude::*;

/// "Quick exit": wipes the case and leaves for a neutral page, on every screen.
#[component]
pub fn QuickExit() -> Html {
    let t = use_texts();
    let onclick = Callback::from(|_| browser::quick_exit());
    html! {
        <div class="quick-exit">
            <button type="button" class="quick-exit__button" {onclick} title={t.t("quick_exit.hint")}>{ t.t("quick_exit.label") }</button>
        </div>
    }
}
