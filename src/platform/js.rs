//! Reading properties and calling methods of JavaScript objects that may
//! not be what they claim (a browser without an API, a test's fake): each
//! returns `undefined` or `None` instead of throwing into Rust.
//!
//! They go through `Reflect`, so a new call costs no new import in the JS
//! loader (each web-sys method is one, and the loader has a budget).

use js_sys::{Array, Function, Reflect};
use wasm_bindgen::{JsCast, JsValue};

/// `target[name]`, or `undefined` when reading it throws.
pub fn field(target: &JsValue, name: &str) -> JsValue {
    Reflect::get(target, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED)
}

/// `target[name] = value`, ignoring a setter that throws.
pub fn set_field(target: &JsValue, name: &str, value: &JsValue) {
    let _ = Reflect::set(target, &JsValue::from_str(name), value);
}

fn array(args: &[&JsValue]) -> Array {
    let a = Array::new();
    for arg in args {
        a.push(arg);
    }
    a
}

/// `target[method](...args)`; `None` when it is not a function or throws.
pub fn call(target: &JsValue, method: &str, args: &[&JsValue]) -> Option<JsValue> {
    let f = field(target, method).dyn_into::<Function>().ok()?;
    Reflect::apply(&f, target, &array(args)).ok()
}

/// `new scope[name](...args)`; `None` when there is no such constructor or
/// it throws.
pub fn construct(scope: &JsValue, name: &str, args: &[&JsValue]) -> Option<JsValue> {
    let ctor = field(scope, name).dyn_into::<Function>().ok()?;
    Reflect::construct(&ctor, &array(args)).ok()
}

/// `window`, as a plain value; `None` natively.
pub fn window() -> Option<JsValue> {
    crate::platform::browser::window().map(JsValue::from)
}
