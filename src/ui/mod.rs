//! The Yew web app. It renders the flow's state and dispatches actions; it holds no rule.

mod app;
pub mod browser;
mod components;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
pub mod texts;

pub use app::App;

/// Mounts the app on `<div id="app">` (or the body if missing), in a task of its own after the
/// module's start (two shorter tasks keep a slow phone's main thread less blocked than one long).
pub fn start() {
    // A one-off timer, started once per page: gloo's `forget` lets it run without keeping its
    // handle (an async sleep instead costs 0.7 KB gzip of the first-visit Wasm, measured).
    gloo_timers::callback::Timeout::new(0, mount).forget();
}

/// The app takes the place of the start page written into index.html at build time: the same
/// markup, rendered before the next paint (Yew renders in a microtask), so nothing moves.
fn mount() {
    match gloo_utils::document().get_element_by_id("app") {
        Some(el) => {
            browser::keep_picker_open(&el);
            el.set_inner_html("");
            let _ = el.remove_attribute("class");
            yew::Renderer::<App>::with_root(el).render()
        }
        None => yew::Renderer::<App>::new().render(),
    };
}
