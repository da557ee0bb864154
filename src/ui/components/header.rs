use crate::ui::texts::Texts;
use yew::prelude::*;

/// The site header (none inside a partner's iframe) and the Quick exit button, on every screen.
/// Quick exit (and Shift pressed three times) is handled by `static/boot.js`, so it works even
/// before the app has loaded; it wipes the case and leaves for a neutral page.
#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    pub texts: Texts,
    pub embed: bool,
}

#[component]
pub fn Header(p: &HeaderProps) -> Html {
    let (t, embed) = (&p.texts, p.embed);
    html! {
        <header class="header">
            if !embed {
                <span class="header__name">{ t.html("app.name") }</span>
            }
            <div class="quick-exit">
                <button type="button" class="quick-exit__button" data-action="exit" title={t.text("quick_exit.hint")}>{ t.html("quick_exit.label") }</button>
            </div>
        </header>
    }
}

/// The language choice, one compact control: "Language: English" (each language named in its own
/// script), which opens the two menus, the volunteer's language and the child's language shown
/// beside it. Each option says whether a native speaker has reviewed its texts. Handled by
/// `static/boot.js` (loads the catalog, remembers only the language code).
#[derive(Properties, PartialEq)]
pub struct LanguageBarProps {
    pub texts: Texts,
}

#[component]
pub fn LanguageBar(p: &LanguageBarProps) -> Html {
    let t = &p.texts;
    use crate::i18n::LANGUAGES;
    let option = |l: &crate::i18n::Language, selected: bool| {
        let state = t.review_state(l);
        html! { <option value={l.code} lang={l.code} selected={selected}>{ format!("{} ({state})", l.name) }</option> }
    };
    let child = t.child.map(|c| c.lang.as_str()).unwrap_or("");
    let name = |code: &str| crate::i18n::language(code).map_or(code.to_string(), |l| l.name.to_string());
    html! {
        <nav class="language-bar" aria-label={t.text("lang.nav")}>
          <details class="language-bar__details">
            <summary class="language-bar__summary">
                { t.html("lang.choose") }{ t.text("lang.colon") }<span lang={t.lang.to_string()}>{ name(&t.lang) }</span>
                if !child.is_empty() { { " + " }<span lang={child.to_string()} dir="auto">{ name(child) }</span> }
            </summary>
            <div class="language-bar__item">
                <label class="label" for="lang-main">{ t.html("lang.label") }</label>
                <select class="select" id="lang-main" data-action="lang">
                    for l in LANGUAGES.iter() { { option(l, *l.code == *t.lang) } }
                </select>
            </div>
            <div class="language-bar__item">
                <label class="label" for="lang-child">{ t.html("lang.child_label") }</label>
                <select class="select" id="lang-child" data-action="child-lang">
                    <option value="" selected={child.is_empty()}>{ t.text("lang.child_none") }</option>
                    for l in LANGUAGES.iter() { { option(l, l.code == child) } }
                </select>
            </div>
          </details>
        </nav>
    }
}
