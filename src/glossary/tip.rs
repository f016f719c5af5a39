//! Glossary toggletips: a term in the text is a real `<button>`; activating
//! it shows the definition in a live region right below the line, so it is
//! announced, never needs hover, and never covers the term. Escape or a
//! click elsewhere closes it; only one is open at a time.

use std::sync::Arc;

use gloss_core::content::anchors::{first_use_id, glossary_ids};
use gloss_core::content::markup;
use gloss_core::content::model::Article;
use leptos::ev;
use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::article::rich_text::render_inlines;

/// What a tip shows for one glossary entry (in `Article::glossary` order).
pub struct TipEntry {
    pub term: String,
    pub definition: String,
    /// Element id of the entry in the glossary section.
    pub id: String,
}

/// Shared state of all tips on an article page.
#[derive(Clone, Copy)]
pub struct Tips {
    /// The tip that is open, by tip id.
    pub open: RwSignal<Option<usize>>,
    entries: StoredValue<Arc<Vec<TipEntry>>>,
    next_id: StoredValue<usize>,
    /// Called with the entry's element id when a reader opens a tip.
    on_open: StoredValue<Option<Callback<String>>>,
}

impl Tips {
    /// Creates the state for an article, provides it as context and closes
    /// tips on Escape or a click outside any term.
    pub fn provide(article: &Article, on_open: Option<Callback<String>>) -> Tips {
        let ids = glossary_ids(&article.glossary);
        let entries = article
            .glossary
            .iter()
            .zip(ids)
            .map(|(e, id)| TipEntry {
                term: e.term.clone(),
                definition: e.definition.clone(),
                id,
            })
            .collect();
        let tips = Tips {
            open: RwSignal::new(None),
            entries: StoredValue::new(Arc::new(entries)),
            next_id: StoredValue::new(0),
            on_open: StoredValue::new(on_open),
        };
        provide_context(tips);
        let open = tips.open;
        let keys = window_event_listener(ev::keydown, move |e| {
            if e.key() == "Escape" && open.get_untracked().is_some() {
                open.set(None);
            }
        });
        let clicks = window_event_listener(ev::click, move |e| {
            if open.get_untracked().is_none() {
                return;
            }
            let inside_term = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .and_then(|el| el.closest(".term").ok().flatten())
                .is_some();
            if !inside_term {
                open.set(None);
            }
        });
        on_cleanup(move || {
            keys.remove();
            clicks.remove();
        });
        tips
    }

    /// A fresh tip id.
    fn claim(&self) -> usize {
        let id = self.next_id.get_value();
        self.next_id.set_value(id + 1);
        id
    }
}

/// A term occurrence. Without tips in context (or for an unknown entry) it
/// is plain text. The entry's first use in the version (`first`, marked by
/// the core linker) carries the anchor the key terms link back to.
#[component]
pub fn GlossaryTip(entry: usize, text: String, first: bool) -> impl IntoView {
    let Some(tips) = use_context::<Tips>() else {
        return text.into_any();
    };
    let Some((term, definition, term_id)) = tips.entries.with_value(|e| {
        e.get(entry)
            .map(|e| (e.term.clone(), e.definition.clone(), e.id.clone()))
    }) else {
        return text.into_any();
    };
    let tip_id = tips.claim();
    let anchor = first.then(|| first_use_id(&term_id));
    let live_id = format!("tip-{tip_id}");
    let is_open = Memo::new(move |_| tips.open.get() == Some(tip_id));
    let button = NodeRef::<html::Button>::new();
    let popover_id = format!("tip-{tip_id}-popover");
    let toggle = {
        let term_id = term_id.clone();
        move |e: ev::MouseEvent| {
            // The app's own tip replaces the native popover (see below).
            e.prevent_default();
            if is_open.get_untracked() {
                tips.open.set(None);
            } else {
                tips.open.set(Some(tip_id));
                if let Some(cb) = tips.on_open.get_value() {
                    cb.run(term_id.clone());
                }
            }
        }
    };
    // Escape inside the tip (on the term or the bubble's link) keeps focus on the term.
    let on_keydown = move |e: ev::KeyboardEvent| {
        if e.key() == "Escape" && is_open.get_untracked() {
            tips.open.set(None);
            if let Some(b) = button.get() {
                let _ = b.focus();
            }
        }
    };
    // Before the app starts, or without JavaScript, the button opens the
    // same text as a native popover (`popovertarget`), so every term still
    // leads to its definition; the app's click handler cancels it.
    let fallback = {
        let (term, definition, term_id) = (term.clone(), definition.clone(), term_id.clone());
        view! {
            <span class="tip-popover" id=popover_id.clone() popover="auto">
                <strong class="tip-term">{term}</strong>
                <span class="tip-definition">{render_inlines(markup::parse_nodes(&definition))}</span>
                <a class="tip-more" href=format!("#{term_id}") lang=crate::i18n::current().code() dir=crate::i18n::current().dir()>{crate::i18n::t(gloss_core::i18n::Msg::SeeInKeyTerms)}</a>
            </span>
        }
    };
    let bubble = move || {
        is_open.get().then(|| {
            view! {
                <span class="tip-bubble">
                    <strong class="tip-term">{term.clone()}</strong>
                    <span class="tip-definition">{render_inlines(markup::parse_nodes(&definition))}</span>
                    <a class="tip-more" href=format!("#{term_id}") lang=crate::i18n::current().code() dir=crate::i18n::current().dir()>{crate::i18n::t(gloss_core::i18n::Msg::SeeInKeyTerms)}</a>
                </span>
            }
        })
    };
    view! {
        <span class="term" class:term-open=is_open id=anchor on:keydown=on_keydown>
            <button
                type="button"
                class="term-button"
                node_ref=button
                aria-expanded=move || is_open.get().to_string()
                aria-controls=live_id.clone()
                popovertarget=popover_id
                on:click=toggle
            >
                {text}
            </button>
            <span class="tip-live" id=live_id role="status">{bubble}</span>
            {fallback}
        </span>
    }
    .into_any()
}
