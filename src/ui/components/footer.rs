use crate::rules::data::{RULES_REVIEWED_ON, RULES_VERSION};
use crate::ui::texts::Texts;
use yew::prelude::*;

/// The footer: privacy in one line, the rules version and the link to the rules reference.
pub fn footer(t: &Texts) -> Html {
    html! {
        <footer class="footer">
            <p>{ t.t("footer.privacy") }</p>
            <p>
                { t.f("result.rules_version", &[("version", RULES_VERSION.to_string()), ("date", t.date(RULES_REVIEWED_ON))]) }
                { " " }
                <a href={rules_href(&t.lang)}>{ t.t("footer.rules") }</a>
            </p>
        </footer>
    }
}

/// The static Rules page in this language (English when there is none).
pub fn rules_href(lang: &str) -> String {
    format!("rules/{}.html", if crate::ui::texts::RULES_PAGES.contains(&lang) { lang } else { "en" })
}
