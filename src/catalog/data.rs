//! Where the catalogue's pages come from: the paged catalogue the build
//! writes under the content base (`catalog/meta.json`,
//! `catalog/latest/<n>.json`, `catalog/category/<slug>/<n>.json`, format 2),
//! or, for a content base that only has a v1 `index.json`, that index paged
//! in memory the same way.

use std::cell::RefCell;
use std::sync::Arc;

use gloss_core::catalog::{page_file, Catalog, CatalogMeta, Listing, PAGE_SIZE};

use crate::app::content::{content_base, fetch_text, load_index, LoadError};

/// What this visit has learned about the catalogue.
#[derive(Clone)]
enum Known {
    /// A format-2 catalogue, with its counts.
    Paged(Arc<CatalogMeta>),
    /// Only a v1 `index.json`: the whole catalogue, paged in memory.
    Whole(Arc<Catalog>),
}

thread_local! {
    static KNOWN: RefCell<Option<Known>> = const { RefCell::new(None) };
}

/// Keeps the counts that came with a pre-rendered page, so moving to
/// another page fetches only that page.
pub fn remember(listing: &Listing) {
    KNOWN.with_borrow_mut(|k| {
        if k.is_none() {
            *k = Some(Known::Paged(Arc::new(listing.meta.clone())));
        }
    });
}

async fn known() -> Result<Known, LoadError> {
    if let Some(k) = KNOWN.with_borrow(Clone::clone) {
        return Ok(k);
    }
    let base = content_base();
    let known = match fetch_text(&format!("{base}catalog/meta.json")).await {
        Ok(text) => Known::Paged(Arc::new(
            gloss_core::parse_catalog_meta(&text).map_err(LoadError::Invalid)?,
        )),
        Err(LoadError::NotFound) => {
            let index = load_index().await?;
            Known::Whole(Arc::new(Catalog::build(index.articles.clone(), PAGE_SIZE)))
        }
        Err(e) => return Err(e),
    };
    KNOWN.with_borrow_mut(|k| *k = Some(known.clone()));
    Ok(known)
}

/// The counts: every category and how many articles it has.
pub async fn load_meta() -> Result<Arc<CatalogMeta>, LoadError> {
    Ok(match known().await? {
        Known::Paged(meta) => meta,
        Known::Whole(catalog) => Arc::new(catalog.meta.clone()),
    })
}

/// Page `page` of `category` (a name or a slug; every article if `None`).
/// A category that does not exist, or a page past the end, is not found.
pub async fn load_listing(category: Option<String>, page: u32) -> Result<Arc<Listing>, LoadError> {
    match known().await? {
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
