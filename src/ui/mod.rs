//! The Yew web app. It renders the flow's state and dispatches actions; it holds no rule.

mod app;
pub mod browser;
mod components;
mod format;
pub mod texts;

pub use app::App;

/// Mounts the app on `<main id="app">` (or the body if missing).
pub fn start() {
    let root = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("app"));
    match root {
        Some(el) => yew::Renderer::<App>::with_root(el).render(),
        None => yew::Renderer::<App>::new().render(),
    };
}
