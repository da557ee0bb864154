use crate::flow::Action;
use crate::rules::data::{RULES_REVIEWED_ON, RULES_VERSION};
use crate::ui::texts::use_texts;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FooterProps {
    pub dispatch: Callback<Action>,
}

#[component]
pub fn Footer(props: &FooterProps) -> Html {
    let t = use_texts();
    let rules = {
        let d = props.dispatch.clone();
        Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            d.emit(Action::ShowRules)
        })
    };
    html! {
        <footer class="footer">
            <p>{ t.t("footer.privacy") }</p>
            <p>
                { t.f("result.rules_version", &[("version", RULES_VERSION.to_string()), ("date", t.date(RULES_REVIEWED_ON))]) }
                { " " }
                <a href="#rules" onclick={rules}>{ t.t("footer.rules") }</a>
            </p>
        </footer>
    }
}
