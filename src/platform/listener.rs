//! Event listeners on any `EventTarget` (a service worker, its container, a
//! registration) that are removed, and their closures freed, when the
//! reactive owner that added them is cleaned up: no `Closure::forget`.
//! For `window` events, leptos's `window_event_listener` does the same.

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// A listener added to `target`; removing it is dropping it.
pub struct Listener {
    target: web_sys::EventTarget,
    event: &'static str,
    callback: Closure<dyn FnMut(web_sys::Event)>,
}

impl Listener {
    /// Adds `f` as a listener for `event` on `target`, until the returned
    /// value is dropped.
    pub fn new(
        target: &web_sys::EventTarget,
        event: &'static str,
        f: impl FnMut(web_sys::Event) + 'static,
    ) -> Option<Self> {
        let callback = Closure::<dyn FnMut(web_sys::Event)>::new(f);
        target
            .add_event_listener_with_callback(event, callback.as_ref().unchecked_ref())
            .ok()?;
        Some(Listener {
            target: target.clone(),
            event,
            callback,
        })
    }
}

impl Drop for Listener {
    fn drop(&mut self) {
        let _ = self.target.remove_event_listener_with_callback(
            self.event,
            self.callback.as_ref().unchecked_ref(),
        );
    }
}

/// Adds `f` as a listener for `event` on `target`, removed when the current
/// reactive owner (e.g. the app) is cleaned up. Outside any owner (in a
/// plain JS callback), wrap the call in `owner.with(..)`.
pub fn listen(
    target: &web_sys::EventTarget,
    event: &'static str,
    f: impl FnMut(web_sys::Event) + 'static,
) {
    if let Some(listener) = Listener::new(target, event, f) {
        // Kept in the owner's arena: dropped, and so removed, with it.
        StoredValue::new_local(listener);
    }
}
