use crate::rules::data::{LAW_CHECKED_TO, RULES_VERSION};
use crate::ui::texts::Texts;
use yew::prelude::*;

/// After this many days without review, rules used offline are flagged.
pub const STALE_AFTER_DAYS: i64 = 180;

#[derive(Properties, PartialEq)]
pub struct FooterProps {
    pub texts: Texts,
    pub today: Option<crate::date::Date>,
}

/// The footer: privacy in one line, the rules version and the link to the rules reference.
#[component]
pub fn Footer(p: &FooterProps) -> Html {
    let (t, today) = (&p.texts, p.today);
    // Offline on rules reviewed long ago: say so (the law moves; an update may be waiting).
    // (Never on the start page written at build time: there is no browser there.)
    let stale = cfg!(target_arch = "wasm32")
        && crate::ui::browser::offline()
        && today.is_some_and(|d| LAW_CHECKED_TO.days_until(d) > STALE_AFTER_DAYS);
    html! {
        <footer class="footer">
            if stale {
                <p class="inset" role="status">{ t.fill_html("footer.stale", &[("date", t.date(LAW_CHECKED_TO)), ("days", t.count(STALE_AFTER_DAYS))]) }</p>
            }
            <p>{ t.html("footer.privacy") }</p>
            <p>
                { t.fill("result.rules_version", &[("version", RULES_VERSION.to_string()), ("date", t.date(LAW_CHECKED_TO))]) }
                { " " }
                { rules_link(t, "footer.rules") }
            </p>
        </footer>
    }
}

/// A link to the Rules page. It opens in a new tab, so the case on this page is never lost
/// (GOV.UK: say so in the link text).
pub fn rules_link(t: &Texts, key: &str) -> Html {
    html! {
        <a href={rules_href(&t.lang)} target="_blank" rel="noopener">{ t.html(key) }{ " " }{ t.html("link.new_tab") }</a>
    }
}

/// The static Rules page in this language (English when there is none).
pub fn rules_href(lang: &str) -> String {
    format!("rules/{}.html", if crate::ui::texts::RULES_PAGES.contains(&lang) { lang } else { "en" })
}
