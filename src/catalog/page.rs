//! The index page: every article as a card, with search and a category filter
//! kept in the URL.

use std::sync::Arc;

use gloss_core::catalog::count_label;
use gloss_core::content::model::Index;
use gloss_core::Route;
use leptos::html;
use leptos::prelude::*;

use crate::app::content::IndexStore;
use crate::app::load_states::{LoadErrorView, Skeleton};
use crate::app::nav::{self, Router};
use crate::catalog::card::ArticleCard;
use crate::platform::browser;

const DESCRIPTION: &str =
    "Gloss explains the news for young readers: clear sections, key terms and a quiz, right in your browser.";

fn non_empty(s: String) -> Option<String> {
    (!s.trim().is_empty()).then_some(s)
}

#[component]
pub fn IndexPage() -> impl IntoView {
    browser::set_title("Gloss — explained news");
    browser::set_description(DESCRIPTION);
    let store = use_context::<IndexStore>().unwrap_or_default();
    store.ensure_loaded();
    let retry = Callback::new(move |_| store.reload());
    view! {
        <main id="main" tabindex="-1" class="page index-page" aria-busy=move || store.state.with(Option::is_none).to_string()>
            {move || match store.state.get() {
                None => view! {
                    <h1>"Explained news"</h1>
                    <Skeleton label="Loading articles…"/>
                }.into_any(),
                Some(Ok(index)) => view! { <Catalog index/> }.into_any(),
                Some(Err(error)) => view! {
                    <LoadErrorView error noun="list of articles" on_retry=retry show_back=false/>
                }.into_any(),
            }}
        </main>
    }
}

/// Filters and the list of cards.
#[component]
fn Catalog(index: Arc<Index>) -> impl IntoView {
    let route = use_context::<Router>()
        .map(|Router(r)| r)
        .unwrap_or_else(|| RwSignal::new(Route::default()));
    let filters = Memo::new(move |_| match route.get() {
        Route::Index { category, query } => (category, query),
        Route::Article { .. } | Route::Progress => (None, None),
    });
    let set_filters = move |category: Option<String>, query: Option<String>| {
        let next = Route::Index { category, query };
        nav::replace_url(&next);
        route.set(next);
    };
    let search_ref = NodeRef::<html::Input>::new();
    let clear = move |_| {
        if let Some(input) = search_ref.get() {
            input.set_value("");
        }
        set_filters(None, None);
    };
    let categories = index.categories();
    let index_is_empty = index.articles.is_empty();
    let initial_query = filters.get_untracked().1.unwrap_or_default();
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
    view! {
        <h1>"Explained news"</h1>
        <p class="lede">"Big stories, explained step by step, with key terms and a quiz to check your understanding."</p>
        <div class="filters" role="search">
            <div class="field">
                <label for="search">"Search articles"</label>
                <input
                    type="search"
                    id="search"
                    node_ref=search_ref
                    value=initial_query
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
            {move || results.with(|r| count_label(r.len()))}
        </p>
        {move || {
            let list = results.get();
            if index_is_empty {
                view! {
                    <div class="empty-state">
                        <h2>"No articles yet"</h2>
                        <p>"This collection has no articles. Check back soon."</p>
                    </div>
                }.into_any()
            } else if list.is_empty() {
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
                        {list.into_iter().map(|entry| view! { <ArticleCard entry/> }).collect_view()}
                    </ul>
                }.into_any()
            }
        }}
    }
}
