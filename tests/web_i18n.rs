//! The interface's language: the footer's switcher keeps the reader's
//! choice on the device, `<html lang dir>` follow it, and the words around
//! it change in place. In a binary of its own: the choice lives in
//! `localStorage` and on `<html>`, shared by every test of a page. Run with
//! `scripts/test.sh wasm`.
#![cfg(target_arch = "wasm32")]

use gloss::i18n::switcher::LanguageSwitcher;
use gloss::i18n::{t, UiLang};
use gloss_core::i18n::{Catalogue, Lang, Msg, STORAGE_KEY};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

mod dom;
use dom::*;

fn html() -> web_sys::Element {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .expect("a document")
}

fn storage() -> web_sys::Storage {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .expect("localStorage in the test browser")
}

fn pick(el: &web_sys::HtmlElement, code: &str) {
    let select: web_sys::HtmlSelectElement = one(el, "select").unchecked_into();
    select.set_value(code);
    let change = web_sys::Event::new("change").expect("an event");
    select.dispatch_event(&change).expect("dispatched");
}

#[component]
fn Chrome() -> impl IntoView {
    let ui = UiLang::provide();
    move || {
        ui.get();
        view! {
            <p id="words">{t(Msg::NavProgress)}</p>
            <LanguageSwitcher/>
        }
    }
}

#[wasm_bindgen_test]
async fn the_switcher_keeps_the_choice_and_turns_the_page() {
    // Catalogues the page would fetch from i18n/<code>.json.
    gloss::i18n::remember(Catalogue::compiled(Lang::Es));
    gloss::i18n::remember(Catalogue::compiled(Lang::Ar));
    let _ = storage().remove_item(STORAGE_KEY);
    let el = container();
    let _mounted = leptos::mount::mount_to(el.clone(), || view! { <Chrome/> });
    settle().await;
    // The test browser asks for English: nothing changes.
    assert_eq!(text(&one(&el, "#words")), "My progress");
    assert_eq!(html().get_attribute("lang").as_deref(), Some("en"));
    let label = one(&el, "label");
    assert_eq!(label.get_attribute("for").as_deref(), Some("ui-lang"));
    let names: Vec<String> = all(&el, "option").iter().map(text).collect();
    assert_eq!(names, ["English", "Español", "العربية"]);

    pick(&el, "es");
    settle_until(|| text(&one(&el, "#words")) == "Mi progreso").await;
    assert_eq!(
        storage().get_item(STORAGE_KEY).ok().flatten().as_deref(),
        Some("es")
    );
    assert_eq!(html().get_attribute("lang").as_deref(), Some("es"));
    assert_eq!(html().get_attribute("dir").as_deref(), Some("ltr"));
    assert_eq!(text(&one(&el, "label")), "Idioma");

    pick(&el, "ar");
    settle_until(|| text(&one(&el, "#words")) == "تقدّمي").await;
    assert_eq!(html().get_attribute("dir").as_deref(), Some("rtl"));
    assert_eq!(
        storage().get_item(STORAGE_KEY).ok().flatten().as_deref(),
        Some("ar")
    );
    let select: web_sys::HtmlSelectElement = one(&el, "select").unchecked_into();
    assert_eq!(select.value(), "ar");

    pick(&el, "en");
    settle_until(|| text(&one(&el, "#words")) == "My progress").await;
    assert_eq!(html().get_attribute("dir").as_deref(), Some("ltr"));
    let _ = storage().remove_item(STORAGE_KEY);
}

#[wasm_bindgen_test]
fn counts_are_written_as_the_interface_language_writes_them() {
    // Intl.NumberFormat, in the browser: Spanish groups from 10 000 with a
    // dot; English keeps the core's digits (as the pre-rendered page has them).
    assert_eq!(
        gloss::i18n::number(Lang::Es, 12_345).as_deref(),
        Some("12.345")
    );
    assert_eq!(gloss::i18n::number(Lang::Es, 7).as_deref(), Some("7"));
    assert_eq!(gloss::i18n::number(Lang::En, 12_345), None);
}

#[wasm_bindgen_test]
fn decimals_follow_the_interface_language() {
    // Read aloud's speeds ("0,75×" in Spanish); English keeps Rust's "0.75".
    assert_eq!(
        gloss::i18n::decimal(Lang::Es, 0.75).as_deref(),
        Some("0,75")
    );
    assert_eq!(gloss::i18n::decimal(Lang::Es, 1.0).as_deref(), Some("1"));
    assert_eq!(gloss::i18n::decimal(Lang::En, 0.75), None);
}
