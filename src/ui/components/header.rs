use super::quick_exit::QuickExit;
use crate::ui::texts::use_texts;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    /// Inside a partner's iframe: no site header, only the quick exit.
    pub embed: bool,
}

#[component]
pub fn Header(props: &HeaderProps) -> Html {
    let t = use_texts();
    html! {
        <header class="header">
            if !props.embed {
                <span class="header__name">{ t.t("app.name") }</span>
            }
            <QuickExit />
        </header>
    }
}
