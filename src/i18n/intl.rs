//! Dates and numbers in the interface's language through the browser's own
//! `Intl` (no locale data in the wasm). English, the pre-render and any
//! browser without `Intl` keep the core's forms ("23 April 2026", "12345"),
//! so the first render always matches the pre-rendered page.

use std::cell::RefCell;

use gloss_core::content::date::{self, Date};
use gloss_core::i18n::Lang;
use wasm_bindgen::JsValue;

use crate::platform::js;

/// A content date (`YYYY-MM-DD`) for people, in the interface's language.
pub fn date(iso: &str) -> String {
    match super::current() {
        Lang::En => None,
        lang => intl_date(lang, iso),
    }
    .unwrap_or_else(|| date::display(iso))
}

thread_local! {
    /// The last language's `Intl.NumberFormat`: built once, not per count.
    static NUMBERS: RefCell<Option<(Lang, JsValue)>> = const { RefCell::new(None) };
}

/// A count as the interface's language writes it (`Intl.NumberFormat`:
/// "12.345" in Spanish); `None` keeps the core's ASCII digits (English, or
/// no `Intl`). The core's [`gloss_core::i18n::ShowNumber`].
pub fn number(lang: Lang, n: u64) -> Option<String> {
    // Counts in the interface stay far below 2^53.
    decimal(lang, n as f64)
}

/// Any number as the interface's language writes it ("0,75" in Spanish);
/// `None` for English or without `Intl` (then Rust's `0.75`).
pub fn decimal(lang: Lang, x: f64) -> Option<String> {
    if lang == Lang::En {
        return None;
    }
    NUMBERS.with(|cell| {
        let mut cell = cell.borrow_mut();
        if cell.as_ref().is_none_or(|(l, _)| *l != lang) {
            let window = js::window()?;
            let intl = js::field(&window, "Intl");
            let format = js::construct(&intl, "NumberFormat", &[&lang.code().into()])?;
            *cell = Some((lang, format));
        }
        let (_, format) = cell.as_ref()?;
        js::call(format, "format", &[&JsValue::from_f64(x)])?.as_string()
    })
}

fn intl_date(lang: Lang, iso: &str) -> Option<String> {
    let d = Date::parse(iso)?;
    let window = js::window()?;
    let options = js_sys::Object::new();
    js::set_field(&options, "dateStyle", &"long".into());
    // The date is a calendar day, not an instant: read and shown in UTC.
    js::set_field(&options, "timeZone", &"UTC".into());
    let intl = js::field(&window, "Intl");
    let format = js::construct(&intl, "DateTimeFormat", &[&lang.code().into(), &options])?;
    let day = format!("{:04}-{:02}-{:02}T00:00:00Z", d.year, d.month, d.day);
    let when = js::construct(&window, "Date", &[&JsValue::from_str(&day)])?;
    js::call(&format, "format", &[&when])?.as_string()
}
