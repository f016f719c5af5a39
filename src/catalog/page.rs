//! The index page: every article as a card, with search and a category filter
//! kept in the URL.

use std::sync::Arc;

use gloss_core::catalog::count_label;
use gloss_core::content::model::Index;
use gloss_core::Route;
use leptos::html;
use leptos::prelude::*;

use crate::app::boot::preloaded_index;
use crate::app::content::use_index;
use crate::app::load_states::{LoadedMain, Skeleton, Source};
use crate::app::nav::use_router;
use crate::catalog::card::ArticleCard;
use crate::platform::browser;

/// The index page's title and description (also written into the
/// pre-rendered `index.html`).
pub const TITLE: &str = "Gloss — explained news";
pub const DESCRIPTION: &str =
    "Gloss explains the news for young readers: clear sections, key terms and a quiz, right in your browser.";

fn non_empty(s: String) -> Option<String> {
    (!s.trim().is_empty()).then_some(s)
}

#[component]
pub fn IndexPage() -> impl IntoView {
    browser::set_title(TITLE);
    browser::set_description(DESCRIPTION);
    view! {
        <LoadedMain
            source=preloaded_index().map_or_else(|| Source::Loading(use_index()), Source::Ready)
            class="page index-page"
            noun="list of articles"
            show_back=false
            fallback=|| view! {
                <h1>"Explained news"</h1>
                <Skeleton label="Loading articles…"/>
            }
            ready=|index| view! { <Catalog index/> }
        />
    }
}

/// Filters and the list of cards.
#[component]
fn Catalog(index: Arc<Index>) -> impl IntoView {
    let router = use_router();
    let route = router.route();
    let filters = Memo::new(move |_| match route.get() {
        Route::Index { category, query } => (category, query),
        Route::Article { .. } | Route::Progress => (None, None),
    });
    let set_filters = move |category: Option<String>, query: Option<String>| {
        router.replace(Route::Index { category, query });
    };
    let clear = move |_| set_filters(None, None);
    let categories = index.categories();
    let index_is_empty = index.articles.is_empty();
    let results = {
        let index = index.clone();
        Memo::new(move |_| {
            let (category, query) = filters.get();
            index
                .filter(category.as_deref(), query.as_deref())
                .into_iter()
                .cloned()
                .collect::<Vec<_>>()
        })
    };
    let count = Memo::new(move |_| results.with(Vec::len));
    // Only the switch between "no match" and the list re-renders the list;
    // the keyed `<For>` inside updates the cards.
    let any_match = Memo::new(move |_| count.get() > 0);
    let search_ref = NodeRef::<html::Input>::new();
    let search_value = move || {
        let query = filters.get().1;
        // Keep what the reader typed when it is the same search (e.g. while
        // it is only spaces); otherwise show the URL's query.
        match search_ref.get_untracked().map(|input| input.value()) {
            Some(typed) if non_empty(typed.clone()) == query => typed,
            _ => query.unwrap_or_default(),
        }
    };
    view! {
        <h1>"Explained news"</h1>
        <p class="lede">"Big stories, explained step by step, with key terms and a quiz to check your understanding."</p>
        <div class="filters" role="search">
            <div class="field">
                <label for="search">"Search articles"</label>
                // The box follows the URL: the brand link, "Clear filters"
                // and back/forward all change what it says.
                <input
                    type="search"
                    id="search"
                    node_ref=search_ref
                    prop:value=search_value
                    autocomplete="off"
                    on:input=move |ev| set_filters(filters.get_untracked().0, non_empty(event_target_value(&ev)))
                />
            </div>
            <div class="field">
                <label for="category">"Category"</label>
                <select
                    id="category"
                    prop:value=move || filters.get().0.unwrap_or_default()
                    on:change=move |ev| set_filters(non_empty(event_target_value(&ev)), filters.get_untracked().1)
                >
                    <option value="">"All categories"</option>
                    {categories.into_iter().map(|c| view! { <option value=c.clone()>{c.clone()}</option> }).collect_view()}
                </select>
            </div>
        </div>
        <p id="result-count" class="result-count" role="status">
            {move || count_label(count.get())}
        </p>
        {move || {
            if index_is_empty {
                view! {
                    <div class="empty-state">
                        <h2>"No articles yet"</h2>
                        <p>"This collection has no articles. Check back soon."</p>
                    </div>
                }.into_any()
            } else if !any_match.get() {
                view! {
                    <div class="empty-state">
                        <h2>"No articles match"</h2>
                        <p>"Try fewer or different words, or another category."</p>
                        <button type="button" class="button" on:click=clear>"Clear filters"</button>
                    </div>
                }.into_any()
            } else {
                view! {
                    <ul class="article-list">
                        <For each=move || results.get() key=|entry| entry.id.clone() let:entry>
                            <ArticleCard entry/>
                        </For>
                    </ul>
                }.into_any()
            }
        }}
    }
}
