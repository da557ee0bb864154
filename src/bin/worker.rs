//! The file worker's entry point (built by Trunk as a Web Worker, loaded only when a case file is
//! opened or saved). The work itself is `pathways::worker::handle`; the messages are
//! `pathways::wire`'s, as structured-clone objects.

#[cfg(target_arch = "wasm32")]
fn main() {
    use gloo_events::EventListener;
    use pathways::wire::{js, to_node, Reply, Request};
    use wasm_bindgen::{JsCast, JsValue};
    thread_local! {
        /// The message handler, kept for the worker's whole life.
        static HANDLER: std::cell::RefCell<Option<EventListener>> = const { std::cell::RefCell::new(None) };
    }
    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply_to = scope.clone();
    let handler = EventListener::new(&scope, "message", move |e| {
        let data = e.dyn_ref::<web_sys::MessageEvent>().map(|m| m.data()).unwrap_or(JsValue::NULL);
        let reply = match Request::from_node(&js::from_js(&data)) {
            Some(request) => pathways::worker::handle(request),
            None => Reply::Failed(vec![pathways::msg::message("file.not_understood")]),
        };
        let _ = reply_to.post_message(&js::to_js(&to_node(&reply)));
    });
    HANDLER.with(|h| *h.borrow_mut() = Some(handler));
    // Messages sent before the handler existed would be lost: the page waits for this first.
    let _ = scope.post_message(&JsValue::from_str("ready"));
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("The file worker runs in the browser; see src/worker.rs.");
    std::process::exit(2);
}
