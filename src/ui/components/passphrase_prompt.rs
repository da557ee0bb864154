//! A locked case file asks for its passphrase: a small form on the start page, in place of "Open
//! a saved case", with a real label, its hint and its error (the error summary above it says the
//! same), "Open the case" and "Choose another file". The passphrase is read from the field once,
//! sent with the file to the file worker (through static/boot.js), and the field emptied: the app
//! keeps no copy.

use crate::flow::{Action, InputError};
use crate::ui::browser;
use crate::ui::texts::Texts;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PromptProps {
    pub texts: Texts,
    /// The locked file, as the file worker sent it back.
    pub file: Rc<[u8]>,
    /// Its passphrase was sent, and the worker has not answered yet.
    pub opening: bool,
    /// What is wrong (an empty field, a passphrase that did not open the file).
    pub error: Option<InputError>,
    pub dispatch: Callback<Action>,
}

#[component]
pub fn PassphrasePrompt(p: &PromptProps) -> Html {
    let t = &p.texts;
    let field = use_node_ref();
    // The field has the focus when the prompt appears (a refusal moves it to the error summary).
    {
        let field = field.clone();
        use_effect_with((), move |_| {
            if let Some(input) = field.cast::<web_sys::HtmlElement>() {
                let _ = input.focus();
            }
        });
    }
    let submit = {
        let (file, opening, dispatch) = (p.file.clone(), p.opening, p.dispatch.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if opening {
                return;
            }
            let passphrase = browser::take_input("field-passphrase");
            let entered = !passphrase.is_empty();
            if entered {
                browser::open_locked(&file, passphrase);
            }
            dispatch.emit(Action::Unlock { entered });
        })
    };
    let cancel = super::on_click(&p.dispatch, Action::CancelUnlock);
    let described = if p.error.is_some() { "passphrase-hint passphrase-error" } else { "passphrase-hint" };
    html! {
        <form class="unlock" onsubmit={submit} novalidate=true aria-labelledby="unlock-title">
            <div class={if p.error.is_some() { "form-group form-group--error" } else { "form-group" }}>
                <h2 class="heading-m" id="unlock-title">{ t.html("lock.prompt_title") }</h2>
                <label class="label" for="field-passphrase">{ t.html("lock.passphrase") }</label>
                <div class="hint" id="passphrase-hint">{ t.html("lock.prompt_hint") }</div>
                if let Some(e) = &p.error {
                    <p class="error-message" id="passphrase-error"><span class="visually-hidden">{ t.html("error.title_prefix") }{ " " }</span>{ t.msg(&e.msg) }</p>
                }
                <input class={if p.error.is_some() { "input input--error" } else { "input" }} id="field-passphrase" name="passphrase"
                    type="password" autocomplete="off" spellcheck="false" autocapitalize="none" ref={field}
                    aria-describedby={described} aria-invalid={p.error.is_some().then_some("true")} />
            </div>
            <div class="button-group">
                <button type="submit" class="button" aria-disabled={p.opening.then_some("true")}>{ t.html("lock.open") }</button>
                <button type="button" class="button button--secondary" onclick={cancel}>{ t.html("lock.cancel") }</button>
            </div>
            <p class="notice" role="status">if p.opening { { t.html("lock.opening") } }</p>
        </form>
    }
}
