//! The index page: the newest articles a page at a time, categories with
//! their counts, and search. Every list page is a real address
//! (`page/<n>/`, `category/<slug>/…`) pre-rendered by the build, so it costs
//! the same at any catalogue size and works without JavaScript; a search
//! (`?q=…`) runs in the browser against the static search index.

use crate::i18n::t;
use gloss_core::catalog::{category_slug, CatalogMeta};
use gloss_core::i18n::Msg;
use gloss_core::Route;
use leptos::html;
use leptos::prelude::*;

use crate::app::boot::preloaded_listing;
use crate::app::nav::use_router;
use crate::catalog::data;
use crate::catalog::listing::ListingSection;
use crate::catalog::search::SearchResults;

/// The title and description of page `page` of `category` (a slug).
pub fn title_and_description(
    meta: &CatalogMeta,
    category: Option<&str>,
    page: u32,
) -> (String, String) {
    use crate::i18n::{t, tf};
    use gloss_core::i18n::{Arg, Msg};
    let name = category.map(|c| meta.category(c).map_or(c, |found| found.name.as_str()));
    let site_title = t(Msg::SiteTitle);
    let site = ("site", Arg::Raw(site_title));
    // Titles and descriptions are plain text in the head: no isolates.
    let title = match (name, page) {
        (None, 1) => site_title.to_string(),
        (None, n) => tf(Msg::TitlePage, &[("page", n.into()), site]),
        (Some(name), 1) => tf(Msg::TitleCategory, &[("category", Arg::Raw(name)), site]),
        (Some(name), n) => tf(
            Msg::TitleCategoryPage,
            &[("category", Arg::Raw(name)), ("page", n.into()), site],
        ),
    };
    let description = t(Msg::SiteDescription);
    let description = match name {
        None => description.to_owned(),
        Some(name) => tf(
            Msg::DescriptionCategory,
            &[
                ("category", Arg::Raw(name)),
                ("description", Arg::Raw(description)),
            ],
        ),
    };
    (title, description)
}

fn non_empty(s: String) -> Option<String> {
    (!s.trim().is_empty()).then_some(s)
}

/// What the address asks the index for.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Wanted {
    /// The category's slug.
    pub category: Option<String>,
    pub query: Option<String>,
    pub page: u32,
}

#[component]
pub fn IndexPage() -> impl IntoView {
    let router = use_router();
    let route = router.route();
    let wanted = Memo::new(move |_| match route.get() {
        Route::Index {
            category,
            query,
            page,
        } => Wanted {
            category: category.map(|c| category_slug(&c)),
            query,
            page,
        },
        Route::Article { .. } | Route::Progress | Route::Words => Wanted::default(),
    });
    let preloaded = preloaded_listing();
    let source = data::Source::provide();
    if let Some(listing) = &preloaded {
        source.remember(listing);
    }
    let searching = Memo::new(move |_| wanted.with(|w| w.query.is_some()));
    let query = Memo::new(move |_| wanted.with(|w| w.query.clone()));
    let category = Memo::new(move |_| wanted.with(|w| w.category.clone()));
    let page = Memo::new(move |_| wanted.with(|w| w.page));
    let search_ref = NodeRef::<html::Input>::new();
    let search_value = move || {
        let query = query.get();
        // Keep what the reader typed when it is the same search (e.g. while
        // it is only spaces); otherwise show the URL's query.
        match search_ref.get_untracked().map(|input| input.value()) {
            Some(typed) if non_empty(typed.clone()) == query => typed,
            _ => query.unwrap_or_default(),
        }
    };
    let on_input = move |ev| {
        router.replace(Route::Index {
            category: category.get_untracked(),
            query: non_empty(event_target_value(&ev)),
            page: 1,
        });
    };
    let home = move || router.href(&Route::default());
    let busy = RwSignal::new(false);
    view! {
        <main id="main" tabindex="-1" class="page index-page" aria-busy=move || (busy.get() && !searching.get()).to_string()>
            <h1>{t(Msg::IndexHeading)}</h1>
            <p class="lede">{t(Msg::IndexLede)}</p>
            <crate::words::due::DueLink/>
            // Without JavaScript the form reloads the first page; the
            // categories below still work.
            <form class="filters" role="search" method="get" action=home on:submit=|ev| ev.prevent_default()>
                <div class="field">
                    <label for="search">{t(Msg::SearchLabel)}</label>
                    <input
                        type="search"
                        id="search"
                        name="q"
                        node_ref=search_ref
                        prop:value=search_value
                        autocomplete="off"
                        on:input=on_input
                    />
                    <noscript><p class="hint">{t(Msg::SearchNeedsJs)}</p></noscript>
                </div>
            </form>
            {move || {
                if searching.get() {
                    view! { <SearchResults query category/> }.into_any()
                } else {
                    view! { <ListingSection category page preloaded=preloaded.clone() busy/> }.into_any()
                }
            }}
        </main>
    }
}
