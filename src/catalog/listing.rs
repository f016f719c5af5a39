//! One page of the catalogue: the category links with their counts, the
//! cards, and the links to newer and older pages. The page that came with
//! the HTML shows at once (and hydrates); any other is fetched.

use std::sync::Arc;

use crate::i18n::{t, tf};
use gloss_core::catalog::Listing;
use gloss_core::i18n::Msg;
use gloss_core::Route;
use leptos::prelude::*;

use crate::app::load_states::{LoadErrorView, Noun, Skeleton};
use crate::catalog::card::ArticleCard;
use crate::catalog::data;
use crate::catalog::facets::{CategoryLinks, Facet};
use crate::catalog::page::title_and_description;
use crate::catalog::pager::Pager;
use crate::platform::browser;

/// The list for `category` (a slug) and `page`, following the address.
#[component]
pub fn ListingSection(
    category: Memo<Option<String>>,
    page: Memo<u32>,
    preloaded: Option<Arc<Listing>>,
    /// The page's `aria-busy`: true while a page of the list loads.
    busy: RwSignal<bool>,
) -> impl IntoView {
    move || {
        let (category, page) = (category.get(), page.get());
        let ready = preloaded
            .as_ref()
            .filter(|l| l.page.category == category && l.page.page == page)
            .cloned();
        match ready {
            Some(listing) => view! { <ListingView listing/> }.into_any(),
            None => view! { <FetchedListing category page busy/> }.into_any(),
        }
    }
}

/// A page that did not come with the HTML: a skeleton, then the page or
/// what went wrong.
#[component]
fn FetchedListing(category: Option<String>, page: u32, busy: RwSignal<bool>) -> impl IntoView {
    let source = data::Source::provide();
    let resource = LocalResource::new(move || data::load_listing(source, category.clone(), page));
    busy.set(true);
    on_cleanup(move || {
        busy.try_set(false);
    });
    let retry = Callback::new(move |_| {
        busy.set(true);
        resource.refetch();
    });
    let content = move || {
        Suspend::new(async move {
            let result = resource.await;
            busy.try_set(false);
            match result {
                Ok(listing) => view! { <ListingView listing/> }.into_any(),
                Err(error) => view! {
                    <LoadErrorView error noun=Noun::List on_retry=retry subordinate=true/>
                }
                .into_any(),
            }
        })
    };
    view! {
        <Suspense fallback=|| view! { <Skeleton label=t(Msg::LoadingArticles)/> }>{content}</Suspense>
    }
}

/// A page of the catalogue.
#[component]
fn ListingView(listing: Arc<Listing>) -> impl IntoView {
    let Listing { meta, page } = &*listing;
    let current = page.category.clone();
    let (title, description) = title_and_description(meta, current.as_deref(), page.page);
    browser::set_title(&title);
    browser::set_description(&description);
    let name = current.as_deref().map(|slug| {
        meta.category(slug)
            .map_or(slug, |c| c.name.as_str())
            .to_owned()
    });
    let heading = match (&name, page.pages) {
        (None, 1) => t(Msg::LatestArticles).to_owned(),
        (None, pages) => tf(
            Msg::LatestArticlesPage,
            &[("page", page.page.into()), ("pages", pages.into())],
        ),
        (Some(name), 1) => name.clone(),
        (Some(name), pages) => tf(
            Msg::CategoryPage,
            &[
                ("category", name.as_str().into()),
                ("page", page.page.into()),
                ("pages", pages.into()),
            ],
        ),
    };
    let facets: Vec<Facet> = meta
        .categories
        .iter()
        .map(|c| Facet {
            name: c.name.clone(),
            slug: c.slug.clone(),
            count: c.count,
        })
        .collect();
    let entries = page.articles.clone();
    let empty = meta.total == 0;
    let from = u64::from(page.page - 1) * u64::from(meta.page_size) + 1;
    let to = from + page.articles.len() as u64 - 1;
    let total = tf(Msg::Articles, &[("count", page.total.into())]);
    let shown = match (page.pages, from == to) {
        (1, _) => total,
        (_, true) => format!("{total} · {}", tf(Msg::Showing, &[("from", from.into())])),
        (_, false) => format!(
            "{total} · {}",
            tf(
                Msg::ShowingRange,
                &[("from", from.into()), ("to", to.into())]
            )
        ),
    };
    let to_page = {
        let current = current.clone();
        move |n: u32| Route::listing(current.as_deref(), n)
    };
    view! {
        <CategoryLinks facets total=meta.total current=current.clone() query=None/>
        <section class="catalog" aria-labelledby="list-heading">
            <h2 id="list-heading">{heading}</h2>
            <p id="result-count" class="result-count" role="status">{shown}</p>
            {if empty {
                view! {
                    <div class="empty-state">
                        <h2>{t(Msg::NoArticlesHeading)}</h2>
                        <p>{t(Msg::NoArticlesText)}</p>
                    </div>
                }.into_any()
            } else {
                view! {
                    <ul class="article-list">
                        {entries.into_iter().map(|entry| view! { <ArticleCard entry/> }).collect_view()}
                    </ul>
                }.into_any()
            }}
            <Pager page=page.page pages=page.pages to_page/>
        </section>
    }
}
