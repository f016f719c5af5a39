//! Catalogues other than English: fetched once per page from
//! `i18n/<code>.json` at the site root (written by `cargo xtask postbuild`,
//! precached by the service worker), checked by the core, and kept.

use std::cell::RefCell;

use gloss_core::i18n::{Catalogue, CatalogueError, Lang};

use crate::app::content::{fetch_text, LoadError};

thread_local! {
    static LOADED: RefCell<Vec<Catalogue>> = const { RefCell::new(Vec::new()) };
}

/// Why a language's words could not be had.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum LangError {
    #[error("the catalogue could not be fetched: {0}")]
    Fetch(#[from] LoadError),
    #[error(transparent)]
    Catalogue(#[from] CatalogueError),
}

/// English, or a catalogue this page already loaded.
pub fn cached(lang: Lang) -> Option<Catalogue> {
    if lang == Lang::En {
        return Some(Catalogue::ENGLISH);
    }
    LOADED.with(|l| l.borrow().iter().copied().find(|c| c.lang() == lang))
}

/// Keeps `catalogue` for the page, as a fetch would (the tests use it to
/// skip the network).
pub fn remember(catalogue: Catalogue) {
    LOADED.with(|l| l.borrow_mut().push(catalogue));
}

/// Fetches and checks `lang`'s catalogue, and keeps it for the page.
pub async fn fetch(lang: Lang) -> Result<Catalogue, LangError> {
    let url = crate::platform::site::resolve(&format!("i18n/{}.json", lang.code()));
    let text = fetch_text(&url).await?;
    let (catalogue, missing) = Catalogue::from_json(lang, &text)?;
    if missing > 0 {
        leptos::logging::warn!(
            "i18n/{}.json: {missing} message(s) stay English",
            lang.code()
        );
    }
    remember(catalogue);
    Ok(catalogue)
}
