//! Where the catalogue's pages come from: the paged catalogue the build
//! writes under the content base (`catalog/meta.json`,
//! `catalog/latest/<n>.json`, `catalog/category/<slug>/<n>.json`, format 2),
//! or, for a content base that only has a v1 `index.json`, that index paged
//! in memory the same way.

use std::sync::Arc;

use leptos::prelude::*;

use gloss_core::catalog::{page_file, Catalog, CatalogMeta, Listing, PAGE_SIZE};

use crate::app::content::{content_base, fetch_text, LoadError, SharedIndex};

/// What this visit has learned about the catalogue.
#[derive(Clone)]
enum Known {
    /// A format-2 catalogue, with its counts.
    Paged(Arc<CatalogMeta>),
    /// Only a v1 `index.json`: the whole catalogue, paged in memory.
    Whole(Arc<Catalog>),
}

/// Where the catalogue comes from, and what this visit has learned about
/// it: a `Copy` handle in context, provided by the index page (the v1
/// index, if this site has only that, is the app's shared one).
#[derive(Clone, Copy)]
pub struct Source {
    index: SharedIndex,
    known: StoredValue<Option<Known>>,
}

impl Source {
    /// The handle in context, or a new one put there. The app provides it
    /// once, so what is learned lasts the visit; a component mounted on its
    /// own (tests) gets one.
    pub fn provide() -> Self {
        use_context::<Source>().unwrap_or_else(|| {
            let source = Source {
                index: use_context::<SharedIndex>().unwrap_or_else(SharedIndex::provide),
                known: StoredValue::new(None),
            };
            provide_context(source);
            source
        })
    }

    /// Keeps the counts that came with a pre-rendered page, so moving to
    /// another page fetches only that page.
    pub fn remember(self, listing: &Listing) {
        if self.known.try_with_value(Option::is_none) == Some(true) {
            self.known
                .try_set_value(Some(Known::Paged(Arc::new(listing.meta.clone()))));
        }
    }
}

async fn known(source: Source) -> Result<Known, LoadError> {
    // `try_`: this may run after the component that made `source` is gone
    // (a search left before its results came); then it just fetches.
    if let Some(Some(k)) = source.known.try_get_value() {
        return Ok(k);
    }
    let base = content_base();
    let known = match fetch_text(&format!("{base}catalog/meta.json")).await {
        Ok(text) => Known::Paged(Arc::new(
            gloss_core::parse_catalog_meta(&text).map_err(LoadError::Invalid)?,
        )),
        Err(LoadError::NotFound) => {
            let index = source.index.resource().await?;
            Known::Whole(Arc::new(Catalog::build(index.articles.clone(), PAGE_SIZE)))
        }
        Err(e) => return Err(e),
    };
    source.known.try_set_value(Some(known.clone()));
    Ok(known)
}

/// The counts: every category and how many articles it has.
pub async fn load_meta(source: Source) -> Result<Arc<CatalogMeta>, LoadError> {
    Ok(match known(source).await? {
        Known::Paged(meta) => meta,
        Known::Whole(catalog) => Arc::new(catalog.meta.clone()),
    })
}

/// The whole catalogue, when this site has only a v1 `index.json` (it is
/// then searched in memory: the static search index covers the build's own
/// content, not another content base).
pub async fn whole(source: Source) -> Option<Arc<Catalog>> {
    match known(source).await {
        Ok(Known::Whole(catalog)) => Some(catalog),
        _ => None,
    }
}

/// Page `page` of `category` (a name or a slug; every article if `None`).
/// A category that does not exist, or a page past the end, is not found.
pub async fn load_listing(
    source: Source,
    category: Option<String>,
    page: u32,
) -> Result<Arc<Listing>, LoadError> {
    match known(source).await? {
        Known::Whole(catalog) => catalog
            .listing(category.as_deref(), page)
            .map(Arc::new)
            .ok_or(LoadError::NotFound),
        Known::Paged(meta) => {
            let found = match category.as_deref() {
                Some(c) => Some(meta.category(c).ok_or(LoadError::NotFound)?),
                None => None,
            };
            if page == 0 || page > meta.pages(found) {
                return Err(LoadError::NotFound);
            }
            let file = format!(
                "catalog/{}",
                page_file(found.map(|c| c.slug.as_str()), page)
            );
            let text = fetch_text(&format!("{}{file}", content_base())).await?;
            let page = gloss_core::parse_catalog_page(&file, &text).map_err(LoadError::Invalid)?;
            Ok(Arc::new(Listing {
                meta: (*meta).clone(),
                page,
            }))
        }
    }
}
