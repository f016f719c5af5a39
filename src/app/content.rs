//! Fetching content over the network and turning it into validated
//! documents, and the index shared by every page ([`SharedIndex`]). All
//! failures become a typed [`LoadError`] for the UI.

use std::sync::Arc;
use std::time::Duration;

use leptos::prelude::*;
use leptos::reactive::owner::WeakOwner;
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

/// Where content lives: `<meta name="gloss:content-base">`, default
/// `content/`, relative to the site root (not to the page, which may be
/// `articles/<id>/`), as an absolute URL in the browser.
pub fn content_base() -> String {
    let mut base = browser::config("content-base").unwrap_or_else(|| "content/".to_owned());
    if !base.ends_with('/') {
        base.push('/');
    }
    crate::platform::site::resolve(&base)
}

fn js_message(v: &wasm_bindgen::JsValue) -> String {
    v.dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| v.as_string())
        .unwrap_or_else(|| "request failed".to_owned())
}

/// How long a request may take before it is abandoned.
const FETCH_TIMEOUT: Duration = Duration::from_secs(20);

/// GETs `url` as text. 404/410 (and 403, which S3 sends for missing keys)
/// mean "not found"; so does an HTML page where JSON was expected (hosts
/// that answer unknown paths with their home page).
pub async fn fetch_text(url: &str) -> Result<String, LoadError> {
    let window =
        crate::platform::browser::window().ok_or_else(|| LoadError::Network("no window".into()))?;
    let init = web_sys::RequestInit::new();
    init.set_cache(web_sys::RequestCache::NoCache);
    // A request that hangs on a flaky connection is aborted and offered a
    // retry; the timer is cleared once the whole body has arrived.
    let timer = web_sys::AbortController::new().ok().and_then(|controller| {
        init.set_signal(Some(&controller.signal()));
        crate::platform::timer::after(FETCH_TIMEOUT, move || controller.abort())
    });
    let result = fetch_with(&window, url, &init).await;
    if let Some(timer) = timer {
        timer.clear();
    }
    result
}

async fn fetch_with(
    window: &web_sys::Window,
    url: &str,
    init: &web_sys::RequestInit,
) -> Result<String, LoadError> {
    let resp = JsFuture::from(window.fetch_with_str_and_init(url, init))
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

/// A document's outcome, once loaded.
pub type Loaded<T> = Result<T, LoadError>;

/// The index, loaded once per visit (the first time a page asks for it) and
/// shared by every page: a `Copy` handle in context, created by [`App`].
///
/// The resource is created lazily, under the owner of the component that
/// provided the handle, so opening an article directly never fetches the
/// index, and a page that is gone does not take the index with it.
///
/// [`App`]: crate::app::App
#[derive(Clone, Copy)]
pub struct SharedIndex(StoredValue<(WeakOwner, Option<IndexResource>)>);

/// The index as a resource: `None` until loaded, then the outcome.
pub type IndexResource = LocalResource<Loaded<Arc<Index>>>;

impl SharedIndex {
    /// Puts a handle in context; nothing is fetched until a page asks.
    pub fn provide() -> Self {
        let owner = Owner::current().unwrap_or_default().downgrade();
        let shared = SharedIndex(StoredValue::new((owner, None)));
        provide_context(shared);
        shared
    }

    /// Puts a handle to an existing resource in context (for tests, or an
    /// index known in advance).
    pub fn provide_resource(resource: IndexResource) -> Self {
        let owner = Owner::current().unwrap_or_default().downgrade();
        let shared = SharedIndex(StoredValue::new((owner, Some(resource))));
        provide_context(shared);
        shared
    }

    /// The index resource, starting the fetch on first use. Safe to call
    /// from a task that outlived the handle's owner (it then fetches anew).
    pub fn resource(self) -> IndexResource {
        if let Some(Some(resource)) = self.0.try_with_value(|(_, r)| *r) {
            return resource;
        }
        // Under the providing owner (the app), which outlives every page.
        let resource = match self.0.try_with_value(|(o, _)| o.upgrade()).flatten() {
            Some(owner) => owner.with(|| LocalResource::new(load_index)),
            None => LocalResource::new(load_index),
        };
        self.0.try_update_value(|(_, r)| *r = Some(resource));
        resource
    }
}

/// The shared index resource (see [`SharedIndex`]). Without a handle in
/// context (a page mounted on its own), the page gets its own.
pub fn use_index() -> IndexResource {
    use_context::<SharedIndex>()
        .unwrap_or_else(SharedIndex::provide)
        .resource()
}
