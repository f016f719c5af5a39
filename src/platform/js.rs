//! Reading properties and calling methods of JavaScript objects that may
//! not be what they claim (a browser without an API, a test's fake): each
//! returns `undefined` or `None` instead of throwing into Rust.

use js_sys::{Array, Function, Reflect};
use wasm_bindgen::{JsCast, JsValue};

/// `target[name]`, or `undefined` when reading it throws.
pub fn field(target: &JsValue, name: &str) -> JsValue {
    Reflect::get(target, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED)
}

/// `target[method](...args)`; `None` when it is not a function or throws.
pub fn call(target: &JsValue, method: &str, args: &Array) -> Option<JsValue> {
    let f = field(target, method).dyn_into::<Function>().ok()?;
    Reflect::apply(&f, target, args).ok()
}

/// `new window[name](...args)`; `None` without a window (natively), when
/// there is no such constructor, or when it throws.
pub fn construct(name: &str, args: &Array) -> Option<JsValue> {
    let window: JsValue = crate::platform::browser::window()?.into();
    let ctor = field(&window, name).dyn_into::<Function>().ok()?;
    Reflect::construct(&ctor, args).ok()
}
