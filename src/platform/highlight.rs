//! Highlighting ranges of text with the CSS Custom Highlight API
//! (`CSS.highlights.set(name, new Highlight(range))`, styled by
//! `::highlight(name)` in style/main.css). The text's DOM is never touched,
//! so a pre-rendered page and its hydration stay as they were. Browsers
//! without the API (before 2023–2024) show no highlight.

use js_sys::Array;
use wasm_bindgen::JsValue;

use crate::platform::js::{call, construct, field};

/// `CSS.highlights`, if the browser has it (natively, never).
fn registry() -> Option<JsValue> {
    let window: JsValue = crate::platform::browser::window()?.into();
    let registry = field(&field(&window, "CSS"), "highlights");
    registry.is_object().then_some(registry)
}

/// Highlights `ranges` as `name`; no ranges removes the highlight.
pub fn set(name: &str, ranges: &[web_sys::Range]) {
    let Some(registry) = registry() else {
        return;
    };
    let name = JsValue::from_str(name);
    let highlight = (!ranges.is_empty())
        .then(|| construct("Highlight", &ranges.iter().collect()))
        .flatten();
    let _ = match highlight {
        Some(h) => call(&registry, "set", &Array::of2(&name, &h)),
        None => call(&registry, "delete", &Array::of1(&name)),
    };
}
