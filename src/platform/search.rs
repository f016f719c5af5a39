//! The bridge to Pagefind, the static search index the build writes into
//! `pagefind/` (see `scripts/search-index.mjs`). Pagefind is a JavaScript
//! module loaded on first use with `import()`, which Rust cannot write, so
//! a few lines of JS live here; they hand back plain JSON that the core
//! reads ([`gloss_core::catalog::parse_hits`]).
//!
//! The index holds one part per article language (so Spanish is stemmed as
//! Spanish and Japanese is segmented). Each part is searched by its own
//! Pagefind instance, with that language's WebAssembly module: Pagefind's
//! `mergeIndex` searches every merged part with the *page's* language
//! module (one per JS module instance, and per worker), and then an Arabic
//! "الهلال" found nothing from an English page (its stemmer never strips
//! "ال"). The largest language runs in Pagefind's worker; each other one
//! in its own module instance on the main thread. (Each in a worker of its
//! own, which distinct module URLs allow, was slower at 50,000 articles:
//! cached keystrokes p95 1401 ms against 756 ms, because every result a
//! worker sends is registered for clean-up and released with one message
//! each: ~26,000 per Latin keystroke.) A query is sent to the parts whose
//! script it is written in (Latin, Arabic, Han, Cyrillic…; every part when
//! it has no letters), so a Latin query never downloads the Arabic module,
//! and the results are merged by score.
//!
//! Only the latest query counts: a search that a newer one has overtaken
//! stops before fetching its result cards and answers `null`, which
//! [`search`] reports as `Ok(None)`, never as results.

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
// The latest search asked for; an older one stops at its next step.
let latest = 0;
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
// Scripts by language (the primary subtag); any other language is Latin.
const SCRIPTS = {
  ar: "Arabic", fa: "Arabic", ur: "Arabic", ps: "Arabic", he: "Hebrew", yi: "Hebrew",
  ja: "Han Hiragana Katakana", zh: "Han", ko: "Hangul", el: "Greek", th: "Thai",
  hi: "Devanagari", mr: "Devanagari", ne: "Devanagari", ru: "Cyrillic", uk: "Cyrillic",
  bg: "Cyrillic", sr: "Cyrillic", mk: "Cyrillic", be: "Cyrillic", kk: "Cyrillic",
};
const ALL_SCRIPTS = "Latin Arabic Hebrew Han Hiragana Katakana Hangul Greek Thai Devanagari Cyrillic".split(" ");
function scriptsOf(language) {
  return (SCRIPTS[language.split("-")[0]] || "Latin").split(" ");
}
async function start(base) {
  // Offline, the worker answers 503: the app then searches the saved articles.
  const res = await fetch(base + "pagefind-entry.json");
  if (!res.ok) throw new Error("search index: HTTP " + res.status);
  const entry = await res.json();
  const languages = Object.entries(entry.languages || {})
    .sort((a, b) => b[1].page_count - a[1].page_count)
    .map(([language]) => language);
  const root = document.documentElement;
  const lang = root.getAttribute("lang");
  const parts = [];
  for (const [i, language] of languages.entries()) {
    // Pagefind holds one language module per module instance (and per
    // worker): the largest language gets the worker, each other one its own
    // module instance (a distinct URL) on the main thread.
    const pf = await import(base + "pagefind.js" + (i ? "?" + language : ""));
    // It takes the instance's language from <html lang> when the instance
    // is created (synchronously: nothing renders in between).
    root.setAttribute("lang", language);
    try {
      parts.push({ scripts: scriptsOf(language), instance: pf.createInstance({ basePath: base, noWorker: i > 0 }) });
    } finally {
      if (lang === null) root.removeAttribute("lang"); else root.setAttribute("lang", lang);
    }
  }
  if (!parts.length) throw new Error("search index: no languages");
  return parts;
}
export async function gloss_search(base, query, category, limit) {
  const asked = ++latest;
  if (!engine) {
    engine = start(base);
    engine.catch(() => { engine = null; });
  }
  // No limit: only start Pagefind, for a query too short to search, so the
  // next letter does not also wait for it to load.
  if (!limit) return null;
  const parts = await engine;
  if (asked !== latest) return null;
  const written = ALL_SCRIPTS.filter((s) => new RegExp("\\p{Script=" + s + "}", "u").test(query));
  const chosen = parts.filter((p) => p.scripts.some((s) => written.includes(s)));
  const options = category ? { filters: { category } } : {};
  const found = await Promise.all((chosen.length ? chosen : parts).map((p) => p.instance.search(query, options)));
  if (asked !== latest) return null;
  const results = found.flatMap((f) => f.results).sort((a, b) => b.score - a.score);
  const counts = {};
  for (const f of found) {
    for (const [name, n] of Object.entries((f.totalFilters || f.filters || {}).category || {})) {
      counts[name] = (counts[name] || 0) + n;
    }
  }
  const shown = await Promise.all(results.slice(0, limit).map(card));
  if (asked !== latest) return null;
  return JSON.stringify({ total: results.length, categories: counts, results: shown });
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
/// and returns the first `limit` matches; `None` when a newer search
/// overtook this one (its results would be out of date).
#[cfg(target_arch = "wasm32")]
pub async fn search(
    query: &str,
    category: Option<String>,
    limit: u32,
) -> Result<Option<SearchHits>, SearchError> {
    let answer = js::gloss_search(&bundle_url(), query, category, limit)
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
    let _ = js::gloss_search(&bundle_url(), "", None, 0).await;
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
