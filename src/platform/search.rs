//! The bridge to Pagefind, the static search index the build writes into
//! `pagefind/` (see `scripts/search-index.mjs`). Pagefind is a JavaScript
//! module loaded on first use with `import()`, which Rust cannot write, so
//! a few lines of JS live here; they hand back plain JSON that the core
//! reads ([`gloss_core::catalog::parse_hits`]).
//!
//! The index holds one part per article language (so Spanish is stemmed as
//! Spanish and Japanese is segmented); the page's own language is searched
//! first and every other language is merged in, so a search finds articles
//! in any language.

use gloss_core::catalog::SearchHits;

/// Why a search could not run.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum SearchError {
    /// The site has no search index, or it could not be fetched (offline).
    #[error("search index unavailable: {0}")]
    Unavailable(String),
    /// The index answered with something that is not a search result.
    #[error("unexpected search result: {0}")]
    Invalid(String),
}

#[cfg(target_arch = "wasm32")]
mod js {
    use wasm_bindgen::prelude::*;

    #[wasm_bindgen(inline_js = r#"
let engine = null;
// A result's card fields, by result id: one fragment fetched and unpacked
// once, however many keystrokes find that article again.
const cards = new Map();
function card(r) {
  let p = cards.get(r.id);
  if (!p) {
    if (cards.size > 5000) cards.clear();
    p = r.data().then((d) => ({ url: d.url, meta: d.meta }));
    p.catch(() => cards.delete(r.id));
    cards.set(r.id, p);
  }
  return p;
}
async function start(base) {
  const pf = await import(base + "pagefind.js");
  await pf.options({});
  const entry = await (await fetch(base + "pagefind-entry.json")).json();
  const langs = Object.keys(entry.languages || {});
  const page = (document.documentElement.lang || "unknown").toLowerCase();
  const byCount = [...langs].sort((a, b) => entry.languages[b].page_count - entry.languages[a].page_count);
  const primary = langs.includes(page) ? page : langs.includes(page.split("-")[0]) ? page.split("-")[0] : byCount[0];
  await pf.init();
  for (const language of langs) {
    if (language !== primary) await pf.mergeIndex(new URL(base, location.href).href, { language });
  }
  return pf;
}
export async function gloss_search(base, query, category, limit) {
  if (!engine) {
    engine = start(base);
    engine.catch(() => { engine = null; });
  }
  const pf = await engine;
  const found = await pf.search(query, category ? { filters: { category } } : {});
  const shown = await Promise.all(found.results.slice(0, limit).map(card));
  const counts = (found.totalFilters || found.filters || {}).category || {};
  return JSON.stringify({
    total: found.results.length,
    categories: counts,
    results: shown,
  });
}
"#)]
    extern "C" {
        #[wasm_bindgen(catch)]
        pub async fn gloss_search(
            base: &str,
            query: &str,
            category: Option<String>,
            limit: u32,
        ) -> Result<JsValue, JsValue>;
    }
}

/// Where the search index is: `pagefind/` at the site root.
fn bundle_url() -> String {
    crate::platform::site::resolve("pagefind/")
}

/// Searches every article for `query`, in `category` (its name) if given,
/// and returns the first `limit` matches.
#[cfg(target_arch = "wasm32")]
pub async fn search(
    query: &str,
    category: Option<String>,
    limit: u32,
) -> Result<SearchHits, SearchError> {
    let answer = js::gloss_search(&bundle_url(), query, category, limit)
        .await
        .map_err(|e| {
            let message = e
                .dyn_ref::<js_sys::Error>()
                .map(|e| String::from(e.message()))
                .unwrap_or_else(|| "failed".to_owned());
            SearchError::Unavailable(message)
        })?;
    let text = answer
        .as_string()
        .ok_or_else(|| SearchError::Invalid("not text".to_owned()))?;
    gloss_core::catalog::parse_hits(&text).map_err(|e| SearchError::Invalid(e.to_string()))
}

/// Natively (pre-rendering) there is nothing to search: pages render the
/// catalogue, never results.
#[cfg(not(target_arch = "wasm32"))]
pub async fn search(
    _query: &str,
    _category: Option<String>,
    _limit: u32,
) -> Result<SearchHits, SearchError> {
    Err(SearchError::Unavailable(bundle_url()))
}

#[cfg(target_arch = "wasm32")]
use wasm_bindgen::JsCast;
