//! Timers that outlive the code that sets them. Leptos's `set_timeout` and
//! `request_animation_frame` (0.9) belong to the reactive owner current when
//! they are set, and are cancelled when it is cleaned up: an effect that runs
//! again, a component that goes. That suits a timer that only matters to its
//! component (read aloud waiting for voices, the preview's file watch).
//!
//! Work that must happen anyway is scheduled here: a save after the next
//! paint ([`after_paint`]: progress is never lost because the page moved on), focus moved
//! after a render, a request's time limit, a download's clean-up. Each
//! callback runs once and is then freed by the browser's garbage collector,
//! as Leptos 0.8's timers did.

use std::time::Duration;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// A pending [`after`] call, which [`Timeout::clear`] cancels.
#[derive(Debug, Clone, Copy)]
pub struct Timeout(i32);

impl Timeout {
    /// Cancels the call if it has not run yet.
    pub fn clear(self) {
        if let Some(window) = web_sys::window() {
            window.clear_timeout_with_handle(self.0);
        }
    }
}

/// Runs `f` once `delay` has passed; `None` where there is no window to
/// ask (the callback is then dropped unrun).
pub fn after(delay: Duration, f: impl FnOnce() + 'static) -> Option<Timeout> {
    let window = web_sys::window()?;
    let callback = Closure::once_into_js(f);
    let ms = i32::try_from(delay.as_millis()).unwrap_or(i32::MAX);
    window
        .set_timeout_with_callback_and_timeout_and_arguments_0(callback.unchecked_ref(), ms)
        .ok()
        .map(Timeout)
}

/// Runs `f` before the next paint.
pub fn next_frame(f: impl FnOnce() + 'static) {
    if let Some(window) = web_sys::window() {
        let callback = Closure::once_into_js(f);
        let _ = window.request_animation_frame(callback.unchecked_ref());
    }
}

thread_local! {
    /// Work waiting for the task after the next paint ([`after_paint`]).
    static AFTER_PAINT: std::cell::RefCell<Vec<Box<dyn FnOnce()>>> =
        const { std::cell::RefCell::new(Vec::new()) };
    /// The frame's callback that runs it, made once per page with the
    /// timeout's callback it sets (zero delay), which runs the queue. A
    /// click that saves then costs a push and at most one
    /// `requestAnimationFrame` call, not two new closures.
    static PAINT_CALLBACK: js_sys::Function = paint_callback();
}

fn paint_callback() -> js_sys::Function {
    let run = Closure::<dyn Fn()>::new(|| {
        // Taken first: work that schedules more work goes to the next paint.
        for f in AFTER_PAINT.with_borrow_mut(std::mem::take) {
            f();
        }
    })
    .into_js_value()
    .unchecked_into::<js_sys::Function>();
    Closure::<dyn Fn()>::new(move || {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&run, 0);
        }
    })
    .into_js_value()
    .unchecked_into::<js_sys::Function>()
}

/// Runs `f` in the task right after the next paint (a frame, then a zero
/// timeout), so the work never delays what the current change shows.
/// Calls made before that paint share one frame and one timeout.
pub fn after_paint(f: impl FnOnce() + 'static) {
    let first = AFTER_PAINT.with_borrow_mut(|queue| {
        queue.push(Box::new(f));
        queue.len() == 1
    });
    if !first {
        return;
    }
    let scheduled = web_sys::window()
        .and_then(|window| PAINT_CALLBACK.with(|frame| window.request_animation_frame(frame).ok()));
    if scheduled.is_none() {
        // No window to ask: run it now rather than never.
        for f in AFTER_PAINT.with_borrow_mut(std::mem::take) {
            f();
        }
    }
}
