use crate::ui::texts::Texts;
use yew::prelude::*;

/// The site header (none inside a partner's iframe) and the Quick exit button, on every screen.
/// Quick exit (and Shift pressed three times) is handled by `static/boot.js`, so it works even
/// before the app has loaded; it wipes the case and leaves for a neutral page. What it does is
/// said to everyone (the button's description, not a tooltip), and each Shift press counted is
/// said by the button (boot.js's `pathways-shift` events).
#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    pub texts: Texts,
    pub embed: bool,
}

#[component]
pub fn Header(p: &HeaderProps) -> Html {
    let (t, embed) = (&p.texts, p.embed);
    let left = use_state_eq(|| 3_i64);
    {
        let left = left.clone();
        use_effect_with((), move |_| {
            let listener = gloo_events::EventListener::new(&gloo_utils::document(), crate::wire::event::SHIFT, move |e| {
                use wasm_bindgen::JsCast;
                if let Some(e) = e.dyn_ref::<web_sys::CustomEvent>() {
                    left.set(crate::ui::browser::number(&e.detail(), "left").unwrap_or(3));
                }
            });
            move || drop(listener)
        });
    }
    let pressed = 3 - *left;
    html! {
        <header class="header">
            if !embed {
                <span class="header__name">{ t.html("app.name") }</span>
            }
            <div class="quick-exit">
                <button type="button" class="quick-exit__button" data-action="exit" aria-describedby="exit-hint">{ t.html("quick_exit.label") }</button>
                <span class="visually-hidden" id="exit-hint">{ t.html("quick_exit.hint") }</span>
                <p class="quick-exit__status" aria-live="assertive">
                    if (1..3).contains(&pressed) { { t.fill_html("quick_exit.presses", &[("n", t.count(pressed))]) } }
                </p>
            </div>
        </header>
    }
}

/// The language choice, one compact control: "Language: English" (each language named in its own
/// script), which opens the two menus, the volunteer's language and the child's language shown
/// beside it, and "Change language": nothing changes until it is pressed (an arrow key in a menu
/// changes nothing). Each option says whether a native speaker has reviewed its texts. The
/// language is remembered on the device only if the box is ticked. Handled by `static/boot.js`
/// (loads the catalogs; remembers only the language code, and only when asked).
#[derive(Properties, PartialEq)]
pub struct LanguageBarProps {
    pub texts: Texts,
}

#[component]
pub fn LanguageBar(p: &LanguageBarProps) -> Html {
    let t = &p.texts;
    use crate::i18n::{tag, LANGUAGES};
    let option = |l: &crate::i18n::Language, selected: bool| {
        let state = t.review_state(l);
        html! { <option value={l.code} lang={l.tag} selected={selected}>{ format!("{} ({state})", l.name) }</option> }
    };
    let child = t.child.map(|c| c.lang.as_str()).unwrap_or("");
    let name = |code: &str| crate::i18n::language(code).map_or(code.to_string(), |l| l.name.to_string());
    html! {
        <nav class="language-bar" aria-label={t.text("lang.nav")}>
          <details class="language-bar__details">
            <summary class="language-bar__summary">
                { t.html("lang.choose") }{ t.text("lang.colon") }<span lang={tag(&t.lang).to_string()}>{ name(&t.lang) }</span>
                if !child.is_empty() { { " + " }<span lang={tag(child).to_string()} dir="auto">{ name(child) }</span> }
            </summary>
            <form class="language-bar__form" data-action="languages">
                <div class="language-bar__item">
                    <label class="label" for="lang-main">{ t.html("lang.label") }</label>
                    <select class="select" id="lang-main" name="lang">
                        for l in LANGUAGES.iter() { { option(l, *l.code == *t.lang) } }
                    </select>
                </div>
                <div class="language-bar__item">
                    <label class="label" for="lang-child">{ t.html("lang.child_label") }</label>
                    <select class="select" id="lang-child" name="child">
                        <option value="" selected={child.is_empty()}>{ t.text("lang.child_none") }</option>
                        for l in LANGUAGES.iter() { { option(l, l.code == child) } }
                    </select>
                </div>
                <div class="checkboxes__item language-bar__item">
                    <input class="checkboxes__input" id="lang-remember" name="remember" type="checkbox" value="yes" />
                    <label class="label checkboxes__label" for="lang-remember">{ t.html("lang.remember") }</label>
                </div>
                // A form's button submits (no type written: the start page in index.html is minified,
                // which drops a default attribute, and must read the same as the app's).
                <button class="button button--secondary">{ t.html("lang.apply") }</button>
            </form>
          </details>
        </nav>
    }
}
