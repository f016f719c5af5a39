//! "Show me in the text": a fragment link to the paragraph a question cites.
//! The browser scrolls to it and `:target` highlights it; the click also
//! (re)starts a highlight class and moves focus there, so a second click on
//! the same link still shows where the paragraph is.

use crate::i18n::{t, tf};
use gloss_core::content::anchors::paragraph_id;
use gloss_core::i18n::Msg;
use leptos::ev::MouseEvent;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::app::nav::is_plain_click;

/// Class that highlights the cited paragraph (see style/main.css).
pub const HIGHLIGHT: &str = "evidence-highlight";

#[component]
pub fn EvidenceLink(
    /// The paragraph's anchor id in the content.
    #[prop(into)]
    anchor: String,
    /// The question's number, to tell the links apart for screen readers.
    number: usize,
) -> impl IntoView {
    let id = paragraph_id(&anchor);
    let href = format!("#{id}");
    let on_click = move |ev: MouseEvent| {
        if is_plain_click(&ev) {
            highlight(&id);
        }
    };
    view! {
        <a class="evidence-link" href=href on:click=on_click>
            {t(Msg::ShowInText)}
            <span class="visually-hidden">" " {tf(Msg::QuestionNumber, &[("number", number.into())])}</span>
        </a>
    }
}

/// Highlights the element with this id (and only it) and focuses it without
/// scrolling; the link's own navigation does the scrolling.
pub fn highlight(id: &str) {
    let Some(doc) = crate::platform::browser::window().and_then(|w| w.document()) else {
        return;
    };
    if let Ok(Some(previous)) = doc.query_selector(&format!(".{HIGHLIGHT}")) {
        let _ = previous.class_list().remove_1(HIGHLIGHT);
    }
    let Some(el) = doc
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    // Reading the layout between removing and adding restarts the animation.
    let _ = el.offset_width();
    let _ = el.class_list().add_1(HIGHLIGHT);
    if !el.has_attribute("tabindex") {
        let _ = el.set_attribute("tabindex", "-1");
    }
    let options = web_sys::FocusOptions::new();
    options.set_prevent_scroll(true);
    let _ = el.focus_with_options(&options);
    el.scroll_into_view();
}
