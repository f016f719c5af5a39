//! How the app starts: the route it starts on, how addresses are written
//! ([`Scheme`]), and the documents that arrived inside the page
//! ([`Preloaded`]). `lib.rs` reads a [`Boot`] from the page in the browser;
//! `prerender` builds one for each page it renders at build time. Both hand
//! it to [`App`](crate::app::App) through context, so the first render is
//! the same on both sides and hydration finds the tree it expects.

use std::sync::Arc;

use gloss_core::catalog::Listing;
use gloss_core::content::model::Article;
use gloss_core::Route;
use leptos::prelude::*;

/// How the app writes addresses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Scheme {
    /// One `index.html` and query strings (`?article=<id>`): a build that
    /// was not pre-rendered, or content from another base.
    #[default]
    Query,
    /// A directory per page (`articles/<id>/`): pre-rendered builds.
    Paths,
}

/// Documents that came with the page, so its first render needs no fetch.
#[derive(Debug, Clone, Default)]
pub struct Preloaded {
    /// An index page's counts and page of articles.
    pub listing: Option<Arc<Listing>>,
    pub article: Option<Arc<Article>>,
}

/// Everything the first render depends on.
#[derive(Debug, Clone, Default)]
pub struct Boot {
    pub route: Route,
    pub scheme: Scheme,
    pub preloaded: Preloaded,
    /// The address is an old query-string link to a page the build wrote:
    /// replace it with the page's own address before rendering.
    pub canonicalize: bool,
}

/// The documents that came with the page: a `Copy` handle in context.
#[derive(Clone, Copy)]
pub struct PreloadedHandle(StoredValue<Preloaded>);

impl PreloadedHandle {
    pub fn provide(preloaded: Preloaded) -> Self {
        let handle = PreloadedHandle(StoredValue::new(preloaded));
        provide_context(handle);
        handle
    }
}

/// The article `id` if it came with the page.
pub fn preloaded_article(id: &str) -> Option<Arc<Article>> {
    use_context::<PreloadedHandle>()?.0.with_value(|p| {
        p.article
            .as_ref()
            .filter(|article| article.id == id)
            .cloned()
    })
}

/// The catalogue page that came with the page.
pub fn preloaded_listing() -> Option<Arc<Listing>> {
    use_context::<PreloadedHandle>()?
        .0
        .with_value(|p| p.listing.clone())
}

/// How the browser starts on this page.
pub enum Start {
    /// The page was pre-rendered for this address: attach to its HTML.
    Hydrate(Boot),
    /// Render from scratch (no pre-rendered HTML for this address).
    Render(Boot),
}

/// Reads how to start from the page: `<meta name="gloss:route">` (the page
/// a pre-rendered file shows) and the document inside
/// `<script type="application/json" id="gloss-doc">`.
///
/// The app hydrates when the file shows what the address asks for (a
/// search typed into the index is applied after hydration) and the
/// document parses;
/// otherwise (an old `?article=` link at the root, a build that was not
/// pre-rendered, a document that fails to parse) it renders client-side and
/// fetches, with the usual loading and error states.
pub fn start_from_page() -> Start {
    use crate::app::nav::{boot_from_address, route_from_address};
    use crate::platform::{browser, site};
    let Some(rendered) = browser::config("route").or_else(|| {
        // The root's route is empty, which `config` treats as absent.
        browser::has_config("route").then(String::new)
    }) else {
        return Start::Render(boot_from_address());
    };
    let rendered = Route::from_location(&rendered, "");
    let address = route_from_address(Scheme::Paths);
    let same_page = match (&address, &rendered) {
        // `?q=…` (and old `?category=` links) on the root: hydrate the
        // first page, then search.
        (
            Route::Index { query: Some(_), .. }
            | Route::Index {
                category: Some(_), ..
            },
            _,
        ) if site::path_from_root().is_empty() => rendered == Route::default(),
        (address, rendered) => address == rendered,
    };
    let text = browser::element_text("gloss-doc");
    let preloaded =
        match (&rendered, text) {
            (Route::Index { .. }, Some(text)) => {
                gloss_core::parse_listing(&text)
                    .ok()
                    .map(|listing| Preloaded {
                        listing: Some(Arc::new(listing)),
                        article: None,
                    })
            }
            (Route::Article { id, .. }, Some(text)) => gloss_core::parse_article(id, &text)
                .ok()
                .map(|article| Preloaded {
                    listing: None,
                    article: Some(Arc::new(article)),
                }),
            (Route::Progress | Route::Words, _) => Some(Preloaded::default()),
            _ => None,
        };
    // An old query-string link on a pre-rendered site moves to its page's
    // own address: the progress page at once; an article once it has
    // loaded from this site's content (so its page exists) in a version it
    // has (see `nav::Router::settle_address`).
    let canonicalize = matches!(
        address,
        Route::Progress | Route::Words | Route::Article { embed: false, .. }
    );
    match preloaded {
        Some(preloaded) if same_page => Start::Hydrate(Boot {
            route: rendered,
            scheme: Scheme::Paths,
            preloaded,
            canonicalize: false,
        }),
        _ => Start::Render(Boot {
            route: address,
            scheme: Scheme::Paths,
            preloaded: Preloaded::default(),
            canonicalize,
        }),
    }
}
