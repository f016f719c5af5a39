//! The bridge to Pagefind, the static search index the build writes into
//! `pagefind/` (see `scripts/search-index.mjs`). The search runs in a worker
//! of Gloss's own (`assets/search/worker.js`, served as `search/worker.js`):
//! Pagefind scores and returns every match, tens of thousands in a large
//! catalogue, and that list stays in the worker, which posts back only the
//! count, the category counts and the shown results' card fields as JSON
//! that the core reads ([`gloss_core::catalog::parse_hits`]). Rust cannot
//! start a module worker or talk to it without JS, so a few lines live
//! here.
//!
//! The index holds one part per article language (so Spanish is stemmed as
//! Spanish and Japanese is segmented). Each part is searched by its own
//! Pagefind instance, with that language's WebAssembly module, all inside
//! the worker: Pagefind's `mergeIndex` searches every merged part with one
//! language module, and then an Arabic "الهلال" found nothing from an
//! English page (its stemmer never strips "ال"). A query is sent to the
//! parts whose script it is written in (Latin, Arabic, Han, Cyrillic…;
//! every part when it has no letters), so a Latin query never downloads the
//! Arabic module, and the results are merged by score. (Before, the largest
//! language ran in Pagefind's own worker and the others on the main thread;
//! every result Pagefind's worker sent was registered for clean-up and
//! released with one message each, ~26,000 per Latin keystroke at 50,000
//! articles.)
//!
//! Only the latest query counts: a search that a newer one has overtaken
//! answers `null` at once, which [`search`] reports as `Ok(None)`, never as
//! results, and the worker stops it at its next step.

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
let worker = null;
let next = 0;
// Searches sent to the worker and not answered yet, by id.
const waiting = new Map();
function fail(message) {
  for (const w of waiting.values()) w.reject(new Error(message));
  waiting.clear();
  worker = null;
}
export function gloss_search(script, base, query, category, limit) {
  if (!worker) {
    try {
      worker = new Worker(script, { type: "module" });
    } catch (e) {
      return Promise.reject(e);
    }
    worker.onmessage = ({ data }) => {
      const w = waiting.get(data.id);
      if (!w) return;
      waiting.delete(data.id);
      if ("error" in data) w.reject(new Error(data.error));
      else w.resolve(data.answer);
    };
    // The script could not be loaded (offline before it was cached).
    worker.onerror = (e) => {
      e.preventDefault();
      fail("search worker: " + (e.message || "not loaded"));
    };
  }
  // A newer search overtakes every earlier one: they answer null now.
  for (const w of waiting.values()) w.resolve(null);
  waiting.clear();
  const id = ++next;
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    worker.postMessage({ id, base, query, category: category ?? null, limit });
  });
}
"#)]
    extern "C" {
        #[wasm_bindgen(catch)]
        pub async fn gloss_search(
            script: &str,
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

/// The worker that searches it (`assets/search/worker.js`).
#[cfg(target_arch = "wasm32")]
fn worker_url() -> String {
    crate::platform::site::resolve("search/worker.js")
}

/// Searches every article for `query`, in `category` (its name) if given,
/// and returns the first `limit` matches; `None` when a newer search
/// overtook this one (its results would be out of date).
#[cfg(target_arch = "wasm32")]
pub async fn search(
    query: &str,
    category: Option<String>,
    limit: u32,
) -> Result<Option<SearchHits>, SearchError> {
    let answer = js::gloss_search(&worker_url(), &bundle_url(), query, category, limit)
        .await
        .map_err(|e| {
            let message = e
                .dyn_ref::<js_sys::Error>()
                .map(|e| String::from(e.message()))
                .unwrap_or_else(|| "failed".to_owned());
            SearchError::Unavailable(message)
        })?;
    if answer.is_null() {
        return Ok(None);
    }
    let text = answer
        .as_string()
        .ok_or_else(|| SearchError::Invalid("not text".to_owned()))?;
    gloss_core::catalog::parse_hits(&text)
        .map(Some)
        .map_err(|e| SearchError::Invalid(e.to_string()))
}

/// Starts Pagefind without searching (a query too short to search: the
/// next letter then finds it loaded). Any search still running is
/// overtaken.
#[cfg(target_arch = "wasm32")]
pub async fn start() {
    let _ = js::gloss_search(&worker_url(), &bundle_url(), "", None, 0).await;
}

/// Natively there is nothing to start.
#[cfg(not(target_arch = "wasm32"))]
pub async fn start() {}

/// Natively (pre-rendering) there is nothing to search: pages render the
/// catalogue, never results.
#[cfg(not(target_arch = "wasm32"))]
pub async fn search(
    _query: &str,
    _category: Option<String>,
    _limit: u32,
) -> Result<Option<SearchHits>, SearchError> {
    Err(SearchError::Unavailable(bundle_url()))
}

#[cfg(target_arch = "wasm32")]
use wasm_bindgen::JsCast;
