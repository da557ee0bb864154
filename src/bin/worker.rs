//! The file worker's entry point (built by Trunk as a Web Worker, loaded only when a case file is
//! opened or saved). The work itself is `pathways::worker::handle`.

#[cfg(target_arch = "wasm32")]
fn main() {
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;
    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply_to = scope.clone();
    let onmessage = Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
        let reply = pathways::worker::handle(&e.data().as_string().unwrap_or_default());
        let _ = reply_to.post_message(&JsValue::from_str(&reply));
    });
    scope.set_onmessage(Some(onmessage.as_ref().unchecked_ref()));
    // The handler lives as long as the worker does.
    onmessage.forget();
    // Messages sent before the handler existed would be lost: the page waits for this first.
    let _ = scope.post_message(&JsValue::from_str("ready"));
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("The file worker runs in the browser; see src/worker.rs.");
    std::process::exit(2);
}
