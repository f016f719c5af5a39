//! The key-terms section: every glossary entry alphabetically, collapsible,
//! each addressable as `#term-…`, with a link back to where it first appears.

use std::collections::BTreeSet;
use std::sync::Arc;

use crate::i18n::t;
use gloss_core::content::anchors::{first_use_id, glossary_ids};
use gloss_core::content::model::{glossary_order, Article};
use gloss_core::i18n::Msg;
use leptos::ev;
use leptos::prelude::*;

use crate::article::rich_text::RichText;
use crate::platform::browser;

fn hash_names_a_term() -> bool {
    crate::platform::browser::window()
        .and_then(|w| w.location().hash().ok())
        .is_some_and(|h| h.starts_with("#term-"))
}

#[component]
pub fn GlossaryList(
    article: Arc<Article>,
    /// Entries (by `Article::glossary` index) that appear in the text shown.
    #[prop(into)]
    present: Signal<BTreeSet<usize>>,
    /// Term ids the reader has opened as toggletips.
    #[prop(into, optional)]
    opened: Option<Signal<BTreeSet<String>>>,
) -> impl IntoView {
    if article.glossary.is_empty() {
        return None;
    }
    let expanded = RwSignal::new(true);
    // Following a link to a term opens the section first, then scrolls to it.
    let reveal = move || {
        if hash_names_a_term() {
            expanded.set(true);
            crate::platform::timer::next_frame(browser::scroll_to_fragment);
        }
    };
    let handle = window_event_listener(ev::hashchange, move |_| reveal());
    on_cleanup(move || handle.remove());

    let ids = glossary_ids(&article.glossary);
    // Each entry is the article's text; the marks and links in it are the interface's.
    let (lang, dir) = (article.lang.clone(), article.dir.as_str());
    let ui = crate::i18n::current();
    let (ui_lang, ui_dir) = (ui.code(), ui.dir());
    let items = glossary_order(&article.glossary)
        .into_iter()
        .map(|i| {
            let entry = &article.glossary[i];
            let id = ids[i].clone();
            let back = first_use_id(&id);
            let is_opened = {
                let id = id.clone();
                move || opened.is_some_and(|o| o.with(|set| set.contains(&id)))
            };
            view! {
                <div class="glossary-entry" lang=lang.clone() dir=dir>
                    <dt id=id.clone()>
                        {entry.term.clone()}
                        {move || is_opened().then(|| view! { <span class="opened-mark" lang=ui_lang dir=ui_dir>{t(Msg::LookedUp)}</span> })}
                    </dt>
                    <dd>
                        <RichText text=entry.definition.clone()/>
                        {move || present.with(|p| p.contains(&i)).then(|| view! {
                            " " <a class="back-to-text" href=format!("#{back}") lang=ui_lang dir=ui_dir>{t(Msg::BackToText)}</a>
                        })}
                    </dd>
                </div>
            }
        })
        .collect_view();
    Some(view! {
        <section id="glossary" class="glossary" aria-labelledby="glossary-heading">
            <h2 id="glossary-heading">
                <button
                    type="button"
                    class="disclosure"
                    aria-expanded=move || expanded.get().to_string()
                    aria-controls="glossary-list"
                    on:click=move |_| expanded.update(|e| *e = !*e)
                >
                    {t(Msg::KeyTerms)}
                    <span class="term-count">{format!(" ({})", article.glossary.len())}</span>
                </button>
            </h2>
            <dl class="glossary-list" id="glossary-list" hidden=move || !expanded.get()>{items}</dl>
        </section>
    })
}
