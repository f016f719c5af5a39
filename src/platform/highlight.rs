//! Highlighting ranges of text with the CSS Custom Highlight API
//! (`CSS.highlights.set(name, new Highlight(...ranges))`, styled by
//! `::highlight(name)` in style/main.css). The text's DOM is never touched,
//! so a pre-rendered page and its hydration stay as they were. Browsers
//! without the API (before 2023–2024) show no highlight.

use wasm_bindgen::JsValue;

use crate::platform::js::{call, construct, field, window};

/// Highlights `ranges` (DOM `Range`s) as `name`; none removes the highlight.
pub fn set(name: &str, ranges: &[JsValue]) {
    let Some(window) = window() else {
        return;
    };
    let registry = field(&field(&window, "CSS"), "highlights");
    if !registry.is_object() {
        return;
    }
    let name = JsValue::from_str(name);
    let args: Vec<&JsValue> = ranges.iter().collect();
    let highlight = (!args.is_empty())
        .then(|| construct(&window, "Highlight", &args))
        .flatten();
    let _ = match highlight {
        Some(h) => call(&registry, "set", &[&name, &h]),
        None => call(&registry, "delete", &[&name]),
    };
}
