//! Component tests in headless Chromium (wasm-bindgen-test). Run by scripts/test.sh with
//! `cargo test --target wasm32-unknown-unknown --test components`.
#![cfg(target_arch = "wasm32")]

use pathways::ui::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn mount() -> web_sys::Element {
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<App>::with_root(root.clone()).render();
    root
}

#[wasm_bindgen_test]
async fn start_button_opens_the_first_question() {
    let root = mount();
    yew::scheduler::flush().await;
    let button = root.query_selector("button").unwrap().expect("a start button");
    assert_eq!(button.text_content().unwrap(), "Start now");
    button.dyn_into::<web_sys::HtmlElement>().unwrap().click();
    yew::scheduler::flush().await;
    let text = root.text_content().unwrap();
    assert!(text.contains("not legal advice"), "{text}");
    root.remove();
}
