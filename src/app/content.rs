//! Fetching content over the network and turning it into validated
//! documents. All failures become a typed [`LoadError`] for the UI.

use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use gloss_core::content::model::{Article, Index};
use gloss_core::content::validate::is_slug;
use gloss_core::ContentError;

use crate::platform::browser;

/// Why a document could not be shown.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum LoadError {
    #[error("not found")]
    NotFound,
    #[error("network error: {0}")]
    Network(String),
    /// No connection (the browser says it is offline, or the service worker
    /// could not reach the server and has no saved copy).
    #[error("offline and not saved on this device")]
    Offline,
    #[error("the server answered with status {0}")]
    Http(u16),
    #[error("{0}")]
    Invalid(ContentError),
}

/// Where content lives: `<meta name="gloss:content-base">`, default `content/`.
pub fn content_base() -> String {
    let mut base = browser::config("content-base").unwrap_or_else(|| "content/".to_owned());
    if !base.ends_with('/') {
        base.push('/');
    }
    base
}

fn js_message(v: &wasm_bindgen::JsValue) -> String {
    v.dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| v.as_string())
        .unwrap_or_else(|| "request failed".to_owned())
}

/// How long a request may take before it is abandoned.
const FETCH_TIMEOUT_MS: i32 = 20_000;

/// GETs `url` as text. 404/410 (and 403, which S3 sends for missing keys)
/// mean "not found"; so does an HTML page where JSON was expected (hosts
/// that answer unknown paths with their home page).
pub async fn fetch_text(url: &str) -> Result<String, LoadError> {
    let window = web_sys::window().ok_or_else(|| LoadError::Network("no window".into()))?;
    let init = web_sys::RequestInit::new();
    init.set_cache(web_sys::RequestCache::NoCache);
    // A request that hangs on a flaky connection is aborted and offered a retry.
    if let Ok(controller) = web_sys::AbortController::new() {
        init.set_signal(Some(&controller.signal()));
        let abort = wasm_bindgen::closure::Closure::once_into_js(move || controller.abort());
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(
            abort.unchecked_ref(),
            FETCH_TIMEOUT_MS,
        );
    }
    let resp = JsFuture::from(window.fetch_with_str_and_init(url, &init))
        .await
        .map_err(|e| match window.navigator().on_line() {
            false => LoadError::Offline,
            true => LoadError::Network(js_message(&e)),
        })?;
    let resp: web_sys::Response = resp
        .dyn_into()
        .map_err(|e| LoadError::Network(js_message(&e)))?;
    // The service worker's answer when the network failed and nothing is saved.
    if resp
        .headers()
        .get("x-gloss-offline")
        .ok()
        .flatten()
        .is_some()
    {
        return Err(LoadError::Offline);
    }
    match resp.status() {
        403 | 404 | 410 => return Err(LoadError::NotFound),
        _ if !resp.ok() => return Err(LoadError::Http(resp.status())),
        _ => {}
    }
    let is_html = resp
        .headers()
        .get("content-type")
        .ok()
        .flatten()
        .is_some_and(|t| t.to_ascii_lowercase().contains("text/html"));
    let promise = resp
        .text()
        .map_err(|e| LoadError::Network(js_message(&e)))?;
    let text = JsFuture::from(promise)
        .await
        .map_err(|e| LoadError::Network(js_message(&e)))?;
    let text = text.as_string().unwrap_or_default();
    if is_html && text.trim_start().starts_with('<') {
        return Err(LoadError::NotFound);
    }
    Ok(text)
}

/// Loads and validates one article. Ids that are not slugs are never fetched.
pub async fn load_article(id: String) -> Result<Arc<Article>, LoadError> {
    if !is_slug(&id) {
        return Err(LoadError::NotFound);
    }
    let text = fetch_text(&format!("{}articles/{id}.json", content_base())).await?;
    gloss_core::parse_article(&id, &text)
        .map(Arc::new)
        .map_err(LoadError::Invalid)
}

/// Loads and validates the index.
pub async fn load_index() -> Result<Arc<Index>, LoadError> {
    let text = fetch_text(&format!("{}index.json", content_base())).await?;
    gloss_core::parse_index(&text)
        .map(Arc::new)
        .map_err(LoadError::Invalid)
}

/// A document being loaded: `None` while loading, then the outcome.
pub type LoadState<T> = RwSignal<Option<Result<T, LoadError>>>;

/// Resets `state` to loading and fills it when `load` finishes. If the page
/// that owns `state` is gone by then, the result is dropped quietly.
pub fn spawn_load<T, F>(state: LoadState<T>, load: F)
where
    T: Send + Sync + 'static,
    F: std::future::Future<Output = Result<T, LoadError>> + 'static,
{
    state.set(None);
    spawn_local(async move {
        let result = load.await;
        state.try_set(Some(result));
    });
}

/// The index, loaded once per visit and shared by every page that needs it.
#[derive(Clone, Copy)]
pub struct IndexStore {
    pub state: LoadState<Arc<Index>>,
    loading: RwSignal<bool>,
}

impl IndexStore {
    /// A store that already holds an outcome (for embedding an index, and tests).
    pub fn with_result(result: Result<Arc<Index>, LoadError>) -> Self {
        IndexStore {
            state: RwSignal::new(Some(result)),
            loading: RwSignal::new(false),
        }
    }

    /// Starts loading unless loaded or loading already.
    pub fn ensure_loaded(&self) {
        if self.state.get_untracked().is_none() && !self.loading.get_untracked() {
            self.reload();
        }
    }

    /// Loads again (the "Try again" button).
    pub fn reload(&self) {
        let loading = self.loading;
        loading.set(true);
        spawn_load(self.state, async move {
            let result = load_index().await;
            loading.try_set(false);
            result
        });
    }
}

impl Default for IndexStore {
    /// An empty store; nothing is fetched until a page asks.
    fn default() -> Self {
        IndexStore {
            state: RwSignal::new(None),
            loading: RwSignal::new(false),
        }
    }
}

/// Puts an [`IndexStore`] in context; nothing is fetched until a page asks.
pub fn provide_index() -> IndexStore {
    let store = IndexStore::default();
    provide_context(store);
    store
}
