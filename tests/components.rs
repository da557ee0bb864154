//! Component tests in headless Chromium (wasm-bindgen-test): the real app mounted in a page,
//! driven through its DOM. Run by scripts/test.sh with
//! `cargo test --target wasm32-unknown-unknown --test components`.
#![cfg(target_arch = "wasm32")]

use pathways::ui::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlFormElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

fn mount() -> Element {
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<App>::with_root(root.clone()).render();
    root
}

fn find(root: &Element, selector: &str) -> HtmlElement {
    root.query_selector(selector).unwrap().unwrap_or_else(|| panic!("{selector} not found")).dyn_into().unwrap()
}

fn heading(root: &Element) -> String {
    find(root, "h1").text_content().unwrap()
}

async fn submit(root: &Element) {
    // The question's form, in `main` (the header holds the language form).
    find(root, "main form").dyn_into::<HtmlFormElement>().unwrap().request_submit().unwrap();
    yew::scheduler::flush().await;
}

#[wasm_bindgen_test]
async fn a_question_page_shows_errors_and_moves_on() {
    let root = mount();
    yew::scheduler::flush().await;
    let start = find(&root, "button.button--start");
    assert!(start.text_content().unwrap().contains("Start now"));
    start.click();
    yew::scheduler::flush().await;
    assert_eq!(heading(&root), "What is the child's date of birth?");

    // Continue with nothing entered: the GOV.UK error pattern.
    submit(&root).await;
    let summary = find(&root, "#error-summary");
    assert!(summary.text_content().unwrap().contains("There is a problem"));
    let link = find(&summary, "a");
    assert_eq!(link.get_attribute("href").as_deref(), Some("#field-day"));
    assert!(find(&root, "#field-error").text_content().unwrap().contains("Enter a date"));

    // An impossible date names the day field.
    find(&root, "#field-day").dyn_into::<HtmlInputElement>().unwrap().set_value("30");
    find(&root, "#field-month").dyn_into::<HtmlInputElement>().unwrap().set_value("2");
    find(&root, "#field-year").dyn_into::<HtmlInputElement>().unwrap().set_value("2010");
    submit(&root).await;
    assert!(find(&root, "#field-error").text_content().unwrap().contains("from 1 to 28"), "{}", root.inner_html());
    assert_eq!(find(&root, "#field-day").dyn_into::<HtmlInputElement>().unwrap().value(), "30", "the typed input is kept");

    // "I don't know" moves on to the next question.
    find(&root, "#mode-unknown").click();
    submit(&root).await;
    assert_eq!(heading(&root), "Which country is the child in now?");
    root.remove();
}

/// The messages of `pathways::wire` through a real structured clone (what `postMessage` and a
/// `CustomEvent` do): any text comes back unchanged (natively, `tests/wire.rs` tries many more).
#[wasm_bindgen_test]
fn the_wires_messages_survive_a_structured_clone() {
    use pathways::wire::{js, to_node, Reply, Request};
    let clone: js_sys::Function = js_sys::Reflect::get(&js_sys::global(), &"structuredClone".into()).unwrap().dyn_into().unwrap();
    let awkward = ["", "a\nb\r\n\tc", "\"quoted\" 'and' \\back\\", "\u{202E}bidi\u{2066}isolate\u{2069}", "\0nul", &"10 KB ".repeat(2000)];
    for text in awkward {
        let request = Request::import_text(text);
        let through = clone.call1(&wasm_bindgen::JsValue::NULL, &js::to_js(&to_node(&request))).unwrap();
        assert_eq!(Request::from_node(&js::from_js(&through)), Some(request));
        let reply = Reply::Failed(vec![pathways::msg::message("file.at").text("path", text).text("problem", text)]);
        let through = clone.call1(&wasm_bindgen::JsValue::NULL, &js::to_js(&to_node(&reply))).unwrap();
        assert_eq!(Reply::from_node(&js::from_js(&through)), Some(reply));
        // A locked file's bytes (every byte value: a binary age file) and its passphrase.
        let bytes: Vec<u8> = (0..=255u8).chain(text.bytes()).collect();
        let request = Request::Import { file: bytes.clone(), passphrase: Some(text.to_string()) };
        let through = clone.call1(&wasm_bindgen::JsValue::NULL, &js::to_js(&to_node(&request))).unwrap();
        assert_eq!(Request::from_node(&js::from_js(&through)), Some(request));
        let reply = Reply::Locked { file: bytes, wrong_passphrase: true };
        let through = clone.call1(&wasm_bindgen::JsValue::NULL, &js::to_js(&to_node(&reply))).unwrap();
        assert_eq!(Reply::from_node(&js::from_js(&through)), Some(reply));
        // A calendar named by any reference, and a dispute with any reason.
        use pathways::rules::{PathwayId, Verdict};
        let on = pathways::date::Date::ymd(2026, 12, 7);
        for request in [
            Request::Calendar { assessed_on: on, answers: vec![], reference: text.to_string() },
            Request::Dispute {
                assessed_on: on,
                answers: vec![],
                pathway: PathwayId::Para297,
                verdict: Verdict::NotApplicable,
                reason: text.to_string(),
            },
        ] {
            let through = clone.call1(&wasm_bindgen::JsValue::NULL, &js::to_js(&to_node(&request))).unwrap();
            assert_eq!(Request::from_node(&js::from_js(&through)), Some(request));
        }
    }
}
