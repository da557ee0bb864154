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

/// The prompt: `file` is the locked file as the file worker sent it back; `opening`, its
/// passphrase was sent and the worker has not answered yet; `error`, what is wrong (an empty
/// field, a passphrase that did not open the file). A plain function, not a component (a
/// component costs the first-visit Wasm about 1.5 KB gzip); the field gets the focus from the
/// app's focus effect when the prompt appears.
pub fn passphrase_prompt(t: &Texts, file: &Rc<[u8]>, opening: bool, error: Option<&InputError>, dispatch: &Callback<Action>) -> Html {
    let submit = {
        let (file, dispatch) = (file.clone(), dispatch.clone());
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
    let cancel = super::on_click(dispatch, Action::CancelUnlock);
    let described = if error.is_some() { "passphrase-hint passphrase-error" } else { "passphrase-hint" };
    html! {
        <form class="unlock" onsubmit={submit} novalidate=true aria-labelledby="unlock-title">
            <div class={if error.is_some() { "form-group form-group--error" } else { "form-group" }}>
                <h2 class="heading-m" id="unlock-title">{ t.html("lock.prompt_title") }</h2>
                <label class="label" for="field-passphrase">{ t.html("lock.passphrase") }</label>
                <div class="hint" id="passphrase-hint">{ t.html("lock.prompt_hint") }</div>
                if let Some(e) = error {
                    <p class="error-message" id="passphrase-error"><span class="visually-hidden">{ t.html("error.title_prefix") }{ " " }</span>{ t.msg(&e.msg) }</p>
                }
                <input class={if error.is_some() { "input input--error" } else { "input" }} id="field-passphrase" name="passphrase"
                    type="password" autocomplete="off" spellcheck="false" autocapitalize="none"
                    aria-describedby={described} aria-invalid={error.is_some().then_some("true")} />
            </div>
            <div class="button-group">
                <button type="submit" class="button" aria-disabled={opening.then_some("true")}>{ t.html("lock.open") }</button>
                <button type="button" class="button button--secondary" onclick={cancel}>{ t.html("lock.cancel") }</button>
            </div>
            <p class="notice" role="status">if opening { { t.html("lock.opening") } }</p>
        </form>
    }
}
