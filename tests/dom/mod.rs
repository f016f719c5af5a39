//! DOM helpers shared by the wasm-bindgen component tests.
#![allow(dead_code)]

use wasm_bindgen::JsCast;

/// A fresh `<div>` appended to `<body>` to mount a component in.
pub fn container() -> web_sys::HtmlElement {
    let doc = web_sys::window().unwrap().document().unwrap();
    let el: web_sys::HtmlElement = doc.create_element("div").unwrap().unchecked_into();
    doc.body().unwrap().append_child(&el).unwrap();
    el
}

/// The document's `<html>` element.
pub fn html() -> web_sys::Element {
    web_sys::window()
        .unwrap()
        .document()
        .unwrap()
        .document_element()
        .unwrap()
}

/// Every element under `el` matching `selector`.
pub fn all(el: &web_sys::HtmlElement, selector: &str) -> Vec<web_sys::HtmlElement> {
    let list = el.query_selector_all(selector).unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into().ok())
        .collect()
}

/// The one element under `el` matching `selector` (panics if none).
pub fn one(el: &web_sys::HtmlElement, selector: &str) -> web_sys::HtmlElement {
    el.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"))
        .unchecked_into()
}

/// Whether an element under `el` matches `selector`.
pub fn has(el: &web_sys::HtmlElement, selector: &str) -> bool {
    el.query_selector(selector).unwrap().is_some()
}

pub fn text(el: &web_sys::HtmlElement) -> String {
    el.text_content().unwrap_or_default()
}

/// The button whose text is `label`.
pub fn button(el: &web_sys::HtmlElement, label: &str) -> web_sys::HtmlElement {
    all(el, "button")
        .into_iter()
        .find(|b| text(b).trim() == label)
        .unwrap_or_else(|| panic!("no button {label:?} in {}", text(el)))
}

/// Waits for a macrotask, so Leptos has run the effects a change scheduled.
pub async fn settle() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Waits (up to two seconds) until `ready` holds, for what waits on the
/// network (a fetch that is answered "not found" by the test server).
pub async fn settle_until(ready: impl Fn() -> bool) {
    for _ in 0..200 {
        if ready() {
            return;
        }
        let promise = js_sys::Promise::new(&mut |resolve, _| {
            let _ = web_sys::window()
                .unwrap()
                .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 10);
        });
        let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    }
}
