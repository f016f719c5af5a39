//! The titles of the articles the progress page lists. A small site has a
//! v1 `index.json` with every title; a large one has no single list (the
//! catalogue is paged), so each article the reader has touched is fetched
//! (articles read are usually saved by the worker already).

use std::collections::{BTreeMap, BTreeSet};

use leptos::prelude::*;

use crate::app::content::{load_article, use_index};
use crate::progress::state::use_progress;

/// Article id → title (empty until loaded; an id whose article cannot be
/// loaded keeps showing its id).
pub type Titles = Signal<BTreeMap<String, String>>;

/// At most this many articles are fetched for their titles.
const MAX_FETCHED: usize = 200;

/// The titles of every article in the progress store, following it.
pub fn use_titles() -> Titles {
    let progress = use_progress();
    let ids = Memo::new(move |_| {
        progress.with(|s| {
            // Inserted, not collected: `collect()` into a B-tree sorts a vector first,
            // and each sort is ~3 kB of wasm (docs/benchmarks.md).
            let mut ids = BTreeSet::new();
            ids.extend(s.article_ids().into_iter().map(str::to_owned));
            ids
        })
    });
    let index = use_index();
    let titles = LocalResource::new(move || {
        let ids = ids.get();
        async move {
            let mut titles = BTreeMap::new();
            if let Ok(index) = index.await {
                titles.extend(
                    index
                        .articles
                        .iter()
                        .filter(|e| ids.contains(&e.id))
                        .map(|e| (e.id.clone(), e.title.clone())),
                );
                return titles;
            }
            for id in ids.into_iter().take(MAX_FETCHED) {
                if let Ok(article) = load_article(id.clone()).await {
                    titles.insert(id, article.title.clone());
                }
            }
            titles
        }
    });
    Memo::new(move |_| titles.get().unwrap_or_default()).into()
}
