//! Messages between the page and the worker: what is cached, and content
//! fetched before the worker took control.

use std::collections::BTreeSet;
use std::time::Duration;

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::ServiceWorkerRegistration;

use super::worker::{absolute, article_url, OfflineState, SwError, REGISTRATION};
use crate::app::content::content_base;

pub(super) fn message(kind: &str) -> js_sys::Object {
    let m = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&m, &"type".into(), &kind.into());
    m
}

pub(super) fn field(v: &JsValue, name: &str) -> JsValue {
    js_sys::Reflect::get(v, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED)
}

pub(super) fn strings(v: &JsValue) -> Vec<String> {
    v.clone()
        .dyn_into::<js_sys::Array>()
        .map(|a| a.iter().filter_map(|x| x.as_string()).collect())
        .unwrap_or_default()
}

/// Handles what the worker sends: network status and the saved list.
pub(super) fn on_worker_message(state: OfflineState, data: &JsValue) {
    match field(data, "type").as_string().as_deref() {
        Some("gloss:network") => {
            if let Some(ok) = field(data, "online").as_bool() {
                state.network_ok.try_set(ok);
            }
        }
        Some("gloss:cached") => {
            // Inserted, not collected: `collect()` into a B-tree sorts a vector first,
            // and each sort is ~3 kB of wasm (docs/benchmarks.md).
            let mut cached = BTreeSet::new();
            cached.extend(strings(&field(data, "urls")));
            state.cached.try_set(cached);
        }
        _ => {}
    }
}

/// How long to wait for the worker's reply: a worker that never answers
/// (stuck, or an old version that ignores the message) must not leave the
/// reader waiting forever.
pub(super) const ANSWER_TIMEOUT: Duration = Duration::from_secs(10);

/// Posts `msg` to the active worker and waits for its reply on a channel,
/// at most [`ANSWER_TIMEOUT`].
pub(super) async fn ask(msg: &js_sys::Object) -> Result<JsValue, SwError> {
    let worker = REGISTRATION
        .with(|r| {
            r.borrow()
                .as_ref()
                .and_then(ServiceWorkerRegistration::active)
        })
        .ok_or(SwError::Unavailable)?;
    let channel = web_sys::MessageChannel::new().map_err(|_| SwError::Unavailable)?;
    let port = channel.port1();
    let mut timer = None;
    // Resolved by the reply, or rejected (with `undefined`) by the timer.
    let reply = js_sys::Promise::new(&mut |resolve, reject| {
        port.set_onmessage(Some(&resolve));
        timer = crate::platform::timer::after(ANSWER_TIMEOUT, move || {
            let _ = reject.call0(&JsValue::UNDEFINED);
        });
    });
    let answer =
        match worker.post_message_with_transferable(msg, &js_sys::Array::of1(&channel.port2())) {
            Ok(()) => JsFuture::from(reply).await.map_err(|e| {
                SwError::NoAnswer(if e.is_undefined() {
                    format!("no reply within {} seconds", ANSWER_TIMEOUT.as_secs())
                } else {
                    format!("{e:?}")
                })
            }),
            Err(e) => Err(SwError::NoAnswer(format!("{e:?}"))),
        };
    if let Some(timer) = timer {
        timer.clear();
    }
    port.set_onmessage(None);
    port.close();
    Ok(field(&answer?, "data"))
}

/// Asks the worker which content it has saved.
pub(super) fn refresh_cached(state: OfflineState) {
    spawn_local(async move {
        if let Ok(reply) = ask(&message("gloss:cached")).await {
            on_worker_message(state, &reply);
        }
    });
}

/// Saves these articles for offline reading.
pub async fn save_articles(state: OfflineState, ids: &[String]) -> Result<(), SwError> {
    let urls = js_sys::Array::new();
    for id in ids {
        if let Some(u) = article_url(id) {
            urls.push(&u.into());
        }
        // Its pre-rendered page too, where the build has pages.
        if crate::platform::site::has_pages() {
            let page = gloss_core::Route::article(id).to_path();
            urls.push(&crate::platform::site::resolve(&page).into());
        }
    }
    let msg = message("gloss:save");
    let _ = js_sys::Reflect::set(&msg, &"urls".into(), &urls);
    let reply = ask(&msg).await?;
    // What the worker says it saved counts at once (the UI shows it now);
    // then the full list, to be sure.
    let saved = strings(&field(&reply, "saved"));
    state.cached.try_update(|c| c.extend(saved));
    refresh_cached(state);
    match field(&reply, "failed")
        .dyn_into::<js_sys::Array>()
        .map(|a| a.length())
    {
        Ok(0) => Ok(()),
        Ok(n) => Err(SwError::NotSaved(n as usize)),
        Err(_) => Err(SwError::NoAnswer("no list of failures".into())),
    }
}

/// Keeps an article that came inside its pre-rendered page (and so was not
/// fetched through the worker) the way the worker keeps every article read,
/// so moving to it from the index works offline later.
pub fn keep_read_article(article_id: &str) {
    let Some(url) = article_url(article_id) else {
        return;
    };
    let msg = message("gloss:save");
    let _ = js_sys::Reflect::set(&msg, &"urls".into(), &js_sys::Array::of1(&url.into()));
    spawn_local(async move {
        // Before the worker is registered, `save_fetched_before_control`
        // does it instead.
        let _ = ask(&msg).await;
    });
}

/// Content fetched before the worker took control went around it; hand
/// those URLs to it now, so the first article read is saved too, with the
/// index's first page (so the list works offline even after arriving by a
/// deep link).
pub(super) fn save_fetched_before_control() {
    let Some(perf) = crate::platform::browser::window().and_then(|w| w.performance()) else {
        return;
    };
    let Some(base) = absolute(&content_base()) else {
        return;
    };
    // The first screen of the index: the paged catalogue's counts and
    // first page, or a v1 index (whichever the site has; a missing one is
    // skipped by the worker).
    let lists = [
        format!("{base}catalog/meta.json"),
        format!("{base}catalog/latest/1.json"),
        format!("{base}index.json"),
    ];
    let urls = js_sys::Array::new();
    for list in &lists {
        urls.push(&list.as_str().into());
    }
    // An article that came inside its pre-rendered page was not fetched.
    if let Some(url) = crate::platform::site::rendered_article().and_then(|id| article_url(&id)) {
        urls.push(&url.into());
    }
    for entry in perf.get_entries_by_type("resource").iter() {
        if let Some(name) = entry
            .dyn_ref::<web_sys::PerformanceEntry>()
            .map(web_sys::PerformanceEntry::name)
        {
            if name.starts_with(&base) && name.ends_with(".json") && !lists.contains(&name) {
                urls.push(&name.into());
            }
        }
    }
    let msg = message("gloss:save");
    let _ = js_sys::Reflect::set(&msg, &"urls".into(), &urls);
    spawn_local(async move {
        let _ = ask(&msg).await;
    });
}
