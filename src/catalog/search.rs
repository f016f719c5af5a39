//! Search results: the static search index (Pagefind) finds matches in
//! every article's text, in any language; offline, or where the site has
//! no index, the articles saved on this device are searched instead, and
//! the page says so. A single letter of a spaced script is not searched
//! (`gloss_core::catalog::query_ready`): the page asks for one more.

use crate::i18n::{t, tf};
use gloss_core::catalog::{
    category_slug, query_ready, search_articles, search_entries, SearchHits, MIN_LETTERS, PAGE_SIZE,
};
use gloss_core::i18n::Msg;
use gloss_core::Route;
use leptos::prelude::*;

use crate::app::nav::use_router;

use crate::app::content::{content_base, fetch_text};
use crate::catalog::card::ArticleCard;
use crate::catalog::data;
use crate::catalog::facets::{CategoryLinks, Facet};
use crate::platform::{browser, search};

/// What a search found, and where it looked.
#[derive(Debug, Clone, PartialEq)]
struct Found {
    /// The search these are the results of (what was typed, then the category).
    asked: (String, Option<String>),
    hits: SearchHits,
    /// Only the articles saved on this device were searched.
    saved_only: bool,
    /// Nothing was searched: the query is too short.
    too_short: bool,
}

/// The articles saved on this device (their JSON is in the worker's cache)
/// whose text matches (all of it, as the search index has it), for when the search index cannot be reached.
async fn search_saved(query: &str, category: Option<&str>) -> SearchHits {
    let prefix = crate::platform::site::resolve(&format!("{}articles/", content_base()));
    let urls: Vec<String> = crate::offline::worker::use_offline()
        .map(|o| o.cached.get_untracked().into_iter().collect())
        .unwrap_or_default();
    let mut saved = Vec::new();
    for url in urls.iter().filter(|u| u.starts_with(&prefix)) {
        let id = url[prefix.len()..].trim_end_matches(".json");
        if let Ok(text) = fetch_text(url).await {
            if let Ok(article) = gloss_core::parse_article(id, &text) {
                saved.push(article);
            }
        }
    }
    search_articles(&saved, query, category)
}

/// The search for `query`; `None` when a newer one overtook it.
async fn run(
    source: data::Source,
    query: String,
    category: Option<String>,
    limit: u32,
) -> Option<Found> {
    let asked = (query.clone(), category.clone());
    let found = |hits, saved_only| Found {
        asked: asked.clone(),
        hits,
        saved_only,
        too_short: false,
    };
    if !query_ready(&query) {
        if data::whole(source).await.is_none() {
            search::start().await;
        }
        return Some(Found {
            too_short: true,
            ..found(SearchHits::default(), false)
        });
    }
    if let Some(catalog) = data::whole(source).await {
        let mut hits = search_entries(catalog.entries(), &query, category.as_deref());
        hits.entries.truncate(limit as usize);
        return Some(found(hits, false));
    }
    // The index filters by name; the address carries the slug.
    let name = match category.as_deref() {
        Some(slug) => data::load_meta(source)
            .await
            .ok()
            .and_then(|meta| meta.category(slug).map(|c| c.name.clone()))
            .or(Some(slug.to_owned())),
        None => None,
    };
    match search::search(&query, name, limit).await {
        Ok(Some(hits)) => Some(found(hits, false)),
        Ok(None) => None,
        Err(_) => Some(found(search_saved(&query, category.as_deref()).await, true)),
    }
}

/// The results of the search in the address, kept on screen while the next
/// keystroke's results arrive; cards that stay are not rebuilt.
#[component]
pub fn SearchResults(query: Memo<Option<String>>, category: Memo<Option<String>>) -> impl IntoView {
    let router = use_router();
    let limit = RwSignal::new(PAGE_SIZE);
    // A new search starts from the first results again.
    Effect::new(move |previous: Option<(Option<String>, Option<String>)>| {
        let now = (query.get(), category.get());
        if previous.is_some_and(|p| p != now) {
            limit.set(PAGE_SIZE);
        }
        now
    });
    let source = data::Source::provide();
    let found = LocalResource::new(move || {
        run(
            source,
            query.get().unwrap_or_default(),
            category.get(),
            limit.get(),
        )
    });
    Effect::new(move |_| {
        if let Some(q) = query.get() {
            browser::set_title(&tf(
                Msg::TitleSearch,
                &[("query", gloss_core::i18n::Arg::Raw(&q))],
            ));
        }
    });
    // The latest answer; an overtaken search's (never stored by the
    // resource, which keeps only its newest run) would not replace it.
    let latest = Memo::new(move |previous: Option<&Option<Found>>| match found.get() {
        Some(Some(f)) => Some(f),
        _ => previous.cloned().flatten(),
    });
    let entries = Memo::new(move |_| {
        latest.with(|f| {
            f.as_ref()
                .map(|f| f.hits.entries.clone())
                .unwrap_or_default()
        })
    });
    let total = Memo::new(move |_| latest.with(|f| f.as_ref().map(|f| f.hits.total)));
    let too_short = Memo::new(move |_| latest.with(|f| f.as_ref().is_some_and(|f| f.too_short)));
    let status = move || match total.get() {
        _ if too_short.get() => tf(Msg::SearchTooShort, &[("count", MIN_LETTERS.into())]),
        None => t(Msg::Searching).to_owned(),
        Some(0) => t(Msg::NoMatches).to_owned(),
        Some(n) => tf(Msg::ArticlesFound, &[("count", n.into())]),
    };
    let saved_only = Memo::new(move |_| latest.with(|f| f.as_ref().is_some_and(|f| f.saved_only)));
    // The results on screen are those of an earlier keystroke (kept, so the
    // list does not flash) until this one's arrive.
    let stale = Memo::new(move |_| {
        let asked = (query.get().unwrap_or_default(), category.get());
        latest.with(|f| f.as_ref().is_none_or(|f| f.asked != asked))
    });
    // What the results on screen were asked for (tests and the benchmark
    // wait for a keystroke's own results).
    let shown_for = Memo::new(move |_| latest.with(|f| f.as_ref().map(|f| f.asked.0.clone())));
    let facets = move || {
        latest.with(|f| {
            let f = f.as_ref().filter(|f| !f.too_short)?;
            // Without category counts (the index's filters could not be
            // loaded), "All matches" still says how many there are.
            let all = if f.hits.categories.is_empty() {
                f.hits.total
            } else {
                f.hits.categories.values().sum::<u64>()
            };
            let facets = f
                .hits
                .categories
                .iter()
                .filter(|(name, count)| {
                    **count > 0 || category.with(|c| c.as_deref() == Some(&category_slug(name)))
                })
                .map(|(name, count)| Facet {
                    name: name.clone(),
                    slug: category_slug(name),
                    count: *count,
                })
                .collect::<Vec<_>>();
            Some(view! { <CategoryLinks facets total=all current=category.get() query=query.get()/> })
        })
    };
    let more = move || {
        let shown = entries.with(Vec::len) as u64;
        total.get().filter(|&t| t > shown).map(|_| {
            view! {
                <button type="button" class="button more-results" on:click=move |_| limit.update(|l| *l += PAGE_SIZE)>
                    {t(Msg::ShowMoreResults)}
                </button>
            }
        })
    };
    view! {
        {facets}
        <section class="catalog search-results" aria-labelledby="list-heading" aria-busy=move || stale.get().to_string() data-query=move || shown_for.get()>
            <h2 id="list-heading">{t(Msg::SearchResults)}</h2>
            <p id="result-count" class="result-count" role="status">{status}</p>
            <Show when=move || saved_only.get()>
                <p class="hint saved-only">{t(Msg::SearchSavedOnly)}</p>
            </Show>
            <Show when=move || total.get() == Some(0) && !too_short.get()>
                <div class="empty-state">
                    <p>{t(Msg::SearchTryOther)}</p>
                    <button type="button" class="button" on:click=move |_| router.navigate(Route::default())>{t(Msg::ClearFilters)}</button>
                </div>
            </Show>
            <ul class="article-list">
                <For each=move || entries.get() key=|entry| entry.id.clone() let:entry>
                    <ArticleCard entry/>
                </For>
            </ul>
            {more}
        </section>
    }
}
