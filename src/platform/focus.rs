//! Moving keyboard focus to an element that may not be rendered yet (a new
//! page, a quiz screen, a mark that replaces a button).

use std::time::Duration;

use crate::platform::timer;
use wasm_bindgen::JsCast;

/// How long to keep looking for the element: an article may still be
/// loading. After that, focus is left where it is.
const RETRY_EVERY: Duration = Duration::from_millis(50);
const RETRIES: u32 = 100;

/// Focuses the element with this id now, if it exists. Returns whether it did.
pub fn focus_by_id(id: &str) -> bool {
    let element = crate::platform::browser::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    match element {
        Some(el) => el.focus().is_ok(),
        None => false,
    }
}

/// Focuses the element with this id once it is in the DOM: after the next
/// frame has rendered, then every 50 ms for up to 5 seconds.
pub fn focus_by_id_when_present(id: impl Into<String>) {
    let id = id.into();
    timer::next_frame(move || attempt(id, RETRIES));
}

fn attempt(id: String, retries_left: u32) {
    if focus_by_id(&id) || retries_left == 0 {
        return;
    }
    timer::after(RETRY_EVERY, move || attempt(id, retries_left - 1));
}
