use crate::ui::texts::use_texts;
use yew::prelude::*;

/// "Quick exit": wipes the case and leaves for a neutral page, on every screen. The click (and
/// Shift pressed three times) is handled by `static/boot.js`, so it works even before the app runs.
#[component]
pub fn QuickExit() -> Html {
    let t = use_texts();
    html! {
        <div class="quick-exit">
            <button type="button" class="quick-exit__button" data-action="exit" title={t.t("quick_exit.hint")}>{ t.t("quick_exit.label") }</button>
        </div>
    }
}
