use crate::ui::texts::Texts;
use yew::prelude::*;

/// The site header (none inside a partner's iframe) and the Quick exit button, on every screen.
/// Quick exit (and Shift pressed three times) is handled by `static/boot.js`, so it works even
/// before the app has loaded; it wipes the case and leaves for a neutral page.
pub fn header(t: &Texts, embed: bool) -> Html {
    html! {
        <header class="header">
            if !embed {
                <span class="header__name">{ t.t("app.name") }</span>
            }
            <div class="quick-exit">
                <button type="button" class="quick-exit__button" data-action="exit" title={t.t("quick_exit.hint")}>{ t.t("quick_exit.label") }</button>
            </div>
        </header>
    }
}
