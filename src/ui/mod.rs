//! The Yew web app. It renders the flow's state and dispatches actions; it holds no rule.

mod app;
pub mod browser;
mod components;
mod format;
pub mod texts;

pub use app::App;
use wasm_bindgen::JsCast;

/// Mounts the app on `<main id="app">` (or the body if missing), in a task of its own after the
/// module's start (two shorter tasks keep a slow phone's main thread less blocked than one long).
pub fn start() {
    let task = wasm_bindgen::closure::Closure::once_into_js(mount);
    let later = web_sys::window().map(|w| w.set_timeout_with_callback(task.unchecked_ref()).is_ok());
    if later != Some(true) {
        mount();
    }
}

fn mount() {
    let root = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("app"));
    match root {
        Some(el) => yew::Renderer::<App>::with_root(el).render(),
        None => yew::Renderer::<App>::new().render(),
    };
}
