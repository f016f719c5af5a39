//! Dates in the interface's language through the browser's own `Intl`
//! (no locale data in the wasm). English, the pre-render and any browser
//! without `Intl` keep the core's English form ("23 April 2026"), so the
//! first render always matches the pre-rendered page.

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
