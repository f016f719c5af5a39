//! The page's side of the service worker (`assets/sw.js`): registration,
//! "a new version is available", online/offline, and which articles are
//! saved for offline reading. Every failure (no support, blocked or
//! partitioned in an iframe, a broken install) degrades quietly to
//! online-only: nothing is logged as an error and nothing is shown.
//!
//! Debug builds (`trunk serve`) never register the worker, and unregister
//! one left behind by a release build on the same address.

use std::cell::{Cell, RefCell};
use std::collections::BTreeSet;
use std::time::Duration;

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    ServiceWorker, ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState,
};

use crate::app::content::content_base;
use crate::platform::listener::{listen, Listener};

use super::messages::*;
pub use super::messages::{keep_read_article, save_articles};

/// Whether a newer version of the app is ready.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UpdateStatus {
    None,
    /// Installed and waiting for the reader to reload.
    Waiting,
    /// Another tab applied it; this page still runs the old version.
    Applied,
}

/// Why talking to the worker failed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SwError {
    #[error("this browser cannot keep articles for offline reading here")]
    Unavailable,
    #[error("the worker did not answer: {0}")]
    NoAnswer(String),
    #[error("{0} could not be saved")]
    NotSaved(usize),
}

/// Offline and update state, in context (see [`use_offline`]).
#[derive(Clone, Copy)]
pub struct OfflineState {
    /// A worker is active: articles can be saved for offline reading.
    pub available: RwSignal<bool>,
    /// `navigator.onLine`.
    pub(super) browser_online: RwSignal<bool>,
    /// False after the worker's last network request failed.
    pub(super) network_ok: RwSignal<bool>,
    /// Absolute URLs of the content the worker has saved.
    pub cached: RwSignal<BTreeSet<String>>,
    pub update: RwSignal<UpdateStatus>,
}

impl OfflineState {
    fn new() -> Self {
        OfflineState {
            available: RwSignal::new(false),
            browser_online: RwSignal::new(navigator_online()),
            network_ok: RwSignal::new(true),
            cached: RwSignal::new(BTreeSet::new()),
            update: RwSignal::new(UpdateStatus::None),
        }
    }

    /// True unless the browser is offline or the server could not be reached.
    pub fn online(&self) -> bool {
        self.browser_online.get() && self.network_ok.get()
    }

    /// Whether the article's JSON is saved on this device (tracked).
    pub fn is_saved(&self, article_id: &str) -> bool {
        article_url(article_id).is_some_and(|u| self.cached.with(|c| c.contains(&u)))
    }
}

/// The offline state, if the app provided one (not in component tests).
pub fn use_offline() -> Option<OfflineState> {
    use_context::<OfflineState>()
}

thread_local! {
    pub(super) static REGISTRATION: RefCell<Option<ServiceWorkerRegistration>> = const { RefCell::new(None) };
    static RELOAD_REQUESTED: Cell<bool> = const { Cell::new(false) };
    static CONTROLLED: Cell<bool> = const { Cell::new(false) };
    static LAST_UPDATE_CHECK: Cell<f64> = const { Cell::new(0.0) };
    static INSTALLING: RefCell<Option<Listener>> = const { RefCell::new(None) };
}

/// Re-check for a new version when the tab comes back, at most this often.
const UPDATE_CHECK_MS: f64 = 10.0 * 60.0 * 1000.0;
/// If the new worker does not take over in time, reload anyway.
const RELOAD_FALLBACK: Duration = Duration::from_secs(4);

fn navigator_online() -> bool {
    crate::platform::browser::window().is_none_or(|w| w.navigator().on_line())
}

/// `navigator.serviceWorker`, read without letting a throwing getter (some
/// sandboxed frames) abort the app.
fn container() -> Option<ServiceWorkerContainer> {
    let navigator = crate::platform::browser::window()?.navigator();
    js_sys::Reflect::get(&navigator, &JsValue::from_str("serviceWorker"))
        .ok()?
        .dyn_into::<ServiceWorkerContainer>()
        .ok()
}

pub(super) fn absolute(relative: &str) -> Option<String> {
    crate::platform::site::root_url().map(|_| crate::platform::site::resolve(relative))
}

/// Absolute URL of an article's JSON, as the worker caches it.
pub fn article_url(article_id: &str) -> Option<String> {
    absolute(&format!("{}articles/{article_id}.json", content_base()))
}

fn reload() {
    if let Some(w) = crate::platform::browser::window() {
        let _ = w.location().reload();
    }
}

/// "Reload": lets the waiting worker take over, then reloads (on
/// `controllerchange`), so the page never runs on a mix of versions.
pub fn apply_update() {
    let waiting = REGISTRATION.with(|r| {
        r.borrow()
            .as_ref()
            .and_then(ServiceWorkerRegistration::waiting)
    });
    let Some(worker) = waiting else {
        return reload();
    };
    RELOAD_REQUESTED.with(|r| r.set(true));
    if worker.post_message(&message("gloss:skip-waiting")).is_err() {
        return reload();
    }
    crate::platform::timer::after(RELOAD_FALLBACK, reload);
}

fn watch_installing(state: OfflineState, worker: ServiceWorker) {
    let w = worker.clone();
    let listener = Listener::new(&worker, "statechange", move |_| {
        let controlled = container().is_some_and(|c| c.controller().is_some());
        if w.state() == ServiceWorkerState::Installed && controlled {
            state.update.try_set(UpdateStatus::Waiting);
        }
    });
    // One worker installs at a time: watching a new one drops (and so
    // removes) the listener on the previous one.
    INSTALLING.with(|slot| *slot.borrow_mut() = listener);
}

fn on_registered(state: OfflineState, reg: ServiceWorkerRegistration) {
    let controlled = container().is_some_and(|c| c.controller().is_some());
    if reg.waiting().is_some() && controlled {
        state.update.set(UpdateStatus::Waiting);
    }
    if let Some(installing) = reg.installing() {
        watch_installing(state, installing);
    }
    let r = reg.clone();
    listen(&reg, "updatefound", move |_| {
        if let Some(installing) = r.installing() {
            watch_installing(state, installing);
        }
    });
    REGISTRATION.with(|slot| *slot.borrow_mut() = Some(reg));

    // Saving works once a worker is active.
    if let Some(c) = container() {
        if let Ok(ready) = c.ready() {
            spawn_local(async move {
                if JsFuture::from(ready).await.is_ok() {
                    state.available.try_set(true);
                    refresh_cached(state);
                }
            });
        }
    }
}

/// Looks for a new version when the reader comes back to the tab.
fn check_for_update_when_visible() {
    let handle = window_event_listener(leptos::ev::visibilitychange, move |_| {
        let visible = crate::platform::browser::window()
            .and_then(|w| w.document())
            .is_some_and(|d| d.visibility_state() == web_sys::VisibilityState::Visible);
        let now = js_sys::Date::now();
        if !visible || now - LAST_UPDATE_CHECK.with(Cell::get) < UPDATE_CHECK_MS {
            return;
        }
        LAST_UPDATE_CHECK.with(|c| c.set(now));
        let reg = REGISTRATION.with(|r| r.borrow().clone());
        if let Some(promise) = reg.and_then(|r| r.update().ok()) {
            // Offline or a broken deploy: try again next time, quietly.
            spawn_local(async move {
                let _ = JsFuture::from(promise).await;
            });
        }
    });
    on_cleanup(move || handle.remove());
}

fn listen_to_container(state: OfflineState, c: &ServiceWorkerContainer) {
    listen(c, "message", move |e| {
        if let Some(e) = e.dyn_ref::<web_sys::MessageEvent>() {
            on_worker_message(state, &e.data());
        }
    });
    // A listener (unlike `onmessage`) does not start the message queue by
    // itself (DOMContentLoaded would); `startMessages()` does it now.
    if let Ok(start) = js_sys::Reflect::get(c, &JsValue::from_str("startMessages"))
        .and_then(|f| f.dyn_into::<js_sys::Function>())
    {
        let _ = start.call0(c);
    }

    listen(c, "controllerchange", move |_| {
        if RELOAD_REQUESTED.with(Cell::get) {
            reload();
        } else if CONTROLLED.with(Cell::get) {
            state.update.try_set(UpdateStatus::Applied);
        } else {
            CONTROLLED.with(|c| c.set(true));
            save_fetched_before_control();
        }
    });

    let on = window_event_listener(leptos::ev::online, move |_| {
        state.browser_online.try_set(true);
        state.network_ok.try_set(true);
    });
    let off = window_event_listener(leptos::ev::offline, move |_| {
        state.browser_online.try_set(false);
    });
    on_cleanup(move || {
        on.remove();
        off.remove();
    });
}

/// Provides [`OfflineState`] and registers the worker (release builds).
pub fn start() -> OfflineState {
    let state = OfflineState::new();
    provide_context(state);
    let Some(c) = container() else {
        return state;
    };
    if cfg!(debug_assertions) {
        unregister_all(&c);
        return state;
    }
    CONTROLLED.with(|ctl| ctl.set(c.controller().is_some()));
    listen_to_container(state, &c);
    check_for_update_when_visible();
    let opts = web_sys::RegistrationOptions::new();
    // The worker lives at the site root, whichever page registers it.
    opts.set_scope(&crate::platform::site::resolve("./"));
    opts.set_update_via_cache(web_sys::ServiceWorkerUpdateViaCache::None);
    let registering = c.register_with_options(&crate::platform::site::resolve("sw.js"), &opts);
    // Listeners added once registered belong to the app, like those above.
    let owner = Owner::current().unwrap_or_default();
    spawn_local(async move {
        // Rejected in partitioned or sandboxed frames, by privacy settings,
        // or when sw.js is missing: stay online-only, quietly.
        if let Ok(reg) = JsFuture::from(registering).await {
            if let Ok(reg) = reg.dyn_into::<ServiceWorkerRegistration>() {
                owner.with(|| on_registered(state, reg));
            }
        }
    });
    state
}

fn unregister_all(c: &ServiceWorkerContainer) {
    let promise = c.get_registrations();
    spawn_local(async move {
        if let Ok(list) = JsFuture::from(promise).await {
            for reg in js_sys::Array::from(&list).iter() {
                if let Ok(reg) = reg.dyn_into::<ServiceWorkerRegistration>() {
                    if let Ok(p) = reg.unregister() {
                        let _ = JsFuture::from(p).await;
                    }
                }
            }
        }
    });
}
