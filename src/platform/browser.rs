//! Small wrappers over `web_sys` that never panic: document title and
//! description, deploy-time configuration, focus and scrolling.

use wasm_bindgen::JsCast;

/// The browser window, or `None` when the components render natively at
/// build time (`ssr`): every caller then falls back to its neutral state,
/// which is what the pre-rendered page shows until hydration.
pub fn window() -> Option<web_sys::Window> {
    #[cfg(target_arch = "wasm32")]
    {
        web_sys::window()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        None
    }
}

fn document() -> Option<web_sys::Document> {
    window()?.document()
}

/// Sets `document.title`.
pub fn set_title(title: &str) {
    if let Some(doc) = document() {
        doc.set_title(title);
    }
}

/// Sets the content of `<meta name="description">`.
pub fn set_description(text: &str) {
    if let Some(meta) = meta("description") {
        meta.set_content(text);
    }
}

fn meta(name: &str) -> Option<web_sys::HtmlMetaElement> {
    document()?
        .query_selector(&format!("meta[name=\"{name}\"]"))
        .ok()??
        .dyn_into::<web_sys::HtmlMetaElement>()
        .ok()
}

/// Reads `<meta name="gloss:…">` deploy-time configuration.
pub fn config(name: &str) -> Option<String> {
    meta(&format!("gloss:{name}"))
        .map(|m| m.content())
        .filter(|c| !c.trim().is_empty())
}

/// True when `<meta name="gloss:…">` is present, even if empty.
pub fn has_config(name: &str) -> bool {
    meta(&format!("gloss:{name}")).is_some()
}

/// The text of the element with this id (e.g. inert JSON in a
/// `<script type="application/json">`).
pub fn element_text(id: &str) -> Option<String> {
    document()?.get_element_by_id(id)?.text_content()
}

/// The element `<div id="app">` the app renders into.
pub fn app_element() -> Option<web_sys::HtmlElement> {
    document()?
        .get_element_by_id("app")?
        .dyn_into::<web_sys::HtmlElement>()
        .ok()
}

thread_local! {
    static HYDRATING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Runs `f` (the hydration of the pre-rendered page) with
/// [`is_hydrating`] true.
pub fn while_hydrating<R>(f: impl FnOnce() -> R) -> R {
    HYDRATING.with(|h| h.set(true));
    let result = f();
    HYDRATING.with(|h| h.set(false));
    result
}

/// True while the app attaches to a pre-rendered page: whatever depends on
/// the device must keep the neutral state the page was rendered with, and
/// update after (in an effect).
pub fn is_hydrating() -> bool {
    HYDRATING.with(std::cell::Cell::get)
}

/// Marks `<html data-gloss-ready>` once the app is running (hydrated or
/// rendered): until then a pre-rendered page shows text that does not
/// respond yet (tests and the benchmark wait for it).
pub fn mark_ready() {
    set_root_attribute("data-gloss-ready", Some(""));
}

/// Sets (`Some`) or removes (`None`) an attribute of `<html>`.
pub fn set_root_attribute(name: &str, value: Option<&str>) {
    if let Some(root) = document().and_then(|d| d.document_element()) {
        let _ = match value {
            Some(value) => root.set_attribute(name, value),
            None => root.remove_attribute(name),
        };
    }
}

/// Words for the link to the author preview under the app (`nav.authors`
/// in `index.html`, outside what the app renders): its label and text.
pub fn set_authors_words(label: &str, text: &str) {
    let Some(nav) = document().and_then(|d| d.query_selector("nav.authors").ok().flatten()) else {
        return;
    };
    let _ = nav.set_attribute("aria-label", label);
    if let Ok(Some(link)) = nav.query_selector("a") {
        link.set_text_content(Some(text));
    }
}

/// Opens the browser's print dialog.
pub fn print() {
    if let Some(window) = window() {
        let _ = window.print();
    }
}

/// Removes the "Loading Gloss…" placeholder that `index.html` shows.
pub fn remove_boot_message() {
    if let Some(el) = document().and_then(|d| d.get_element_by_id("boot")) {
        el.remove();
    }
}

/// Scrolls to the top and moves focus to `<main id="main">` (which has
/// tabindex=-1) once it is rendered, so screen readers announce the new page.
pub fn focus_main() {
    if let Some(window) = window() {
        window.scroll_to_with_x_and_y(0.0, 0.0);
    }
    crate::platform::focus::focus_by_id_when_present("main");
}

/// Scrolls to the element named by the URL fragment, if any (after the
/// article has rendered, the browser's own jump has already missed it).
pub fn scroll_to_fragment() {
    let Some(hash) = window().and_then(|w| w.location().hash().ok()) else {
        return;
    };
    let id = hash.trim_start_matches('#');
    if id.is_empty() {
        return;
    }
    let id = gloss_core::route::decode_component(id);
    if let Some(el) = document().and_then(|d| d.get_element_by_id(&id)) {
        el.scroll_into_view();
    }
}
