//! The embed view (`?article=<id>&embed=1`, docs/embedding.md): compact
//! chrome, optional validated theming, and messages to the embedding page:
//!
//! - `{type: "gloss:height", height}` to the parent (any origin) on load and
//!   on every size change (ResizeObserver); `{type: "gloss:measure"}` from
//!   the parent asks for it again.
//! - H5P's resizer handshake (`context: "h5p"`: hello, prepareResize,
//!   resizePrepared, resize), so pages that load h5p-resizer.js resize
//!   Gloss too.
//! - `{type: "gloss:xapi", …}` quiz statements, only to a parent whose origin
//!   is listed in `<meta name="gloss:embed-origins">`.

pub mod header;

use std::cell::{Cell, RefCell};
use std::collections::BTreeSet;

use gloss_core::content::model::Article;
use gloss_core::embed::origins::{parse_origin, parse_origin_list};
use gloss_core::embed::params::Theme;
use gloss_core::embed::snippet::{app_url, article_url};
use gloss_core::embed::xapi::{pending, Subject};
use gloss_core::quiz::Attempt;
use gloss_core::Route;
use leptos::prelude::{on_cleanup, window_event_listener, StoredValue};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::platform::browser;

thread_local! {
    static EMBED: Cell<Option<bool>> = const { Cell::new(None) };
    static LAST_HEIGHT: Cell<u32> = const { Cell::new(0) };
    static H5P_PARENT: Cell<bool> = const { Cell::new(false) };
    static SUBJECT: RefCell<Option<(String, String, String)>> = const { RefCell::new(None) };
    static SENT: RefCell<BTreeSet<String>> = const { RefCell::new(BTreeSet::new()) };
}

fn search() -> String {
    crate::platform::browser::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

fn href() -> String {
    crate::platform::browser::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default()
}

/// True when the page was opened as an embed view (decided once, at start).
pub fn is_embed() -> bool {
    EMBED.with(|e| match e.get() {
        Some(v) => v,
        None => {
            let v = Route::parse(&search()).is_embed();
            e.set(Some(v));
            v
        }
    })
}

fn parent() -> Option<web_sys::Window> {
    let w = crate::platform::browser::window()?;
    let p = w.parent().ok()??;
    (!js_sys::Object::is(&p, &w)).then_some(p)
}

/// True inside an iframe.
pub fn is_framed() -> bool {
    parent().is_some()
}

/// The embedding page's origin: `location.ancestorOrigins` where browsers
/// have it, else the referrer's origin; `None` when it cannot be known.
pub fn parent_origin() -> Option<String> {
    parent()?;
    let w = crate::platform::browser::window()?;
    let from_ancestors = js_sys::Reflect::get(&w.location(), &"ancestorOrigins".into())
        .ok()
        .filter(|v| !v.is_undefined())
        .and_then(|list| {
            let item = js_sys::Reflect::get(&list, &"0".into()).ok()?;
            item.as_string()
        });
    let from_referrer = || {
        let referrer = w.document()?.referrer();
        let url = web_sys::Url::new(&referrer).ok()?;
        Some(url.origin())
    };
    from_ancestors
        .or_else(from_referrer)
        .and_then(|o| parse_origin(&o))
}

/// True when the embedding page is on another origin (then browsers keep
/// this frame's storage apart from Gloss's own site).
pub fn is_cross_origin_frame() -> bool {
    let own = crate::platform::browser::window().and_then(|w| w.location().origin().ok());
    match (parent_origin(), own) {
        (Some(p), Some(o)) => parse_origin(&o).is_none_or(|o| o != p),
        // Framed, origin unknown: assume another site.
        (None, _) => is_framed(),
        _ => false,
    }
}

fn obj(pairs: &[(&str, JsValue)]) -> js_sys::Object {
    let o = js_sys::Object::new();
    for (k, v) in pairs {
        let _ = js_sys::Reflect::set(&o, &JsValue::from_str(k), v);
    }
    o
}

fn post_to_parent(msg: &JsValue, target_origin: &str) {
    if let Some(p) = parent() {
        let _ = p.post_message(msg, target_origin);
    }
}

/// The document's height in CSS pixels (the embed CSS lets it shrink).
fn measure() -> u32 {
    let h = crate::platform::browser::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .map(|el| el.get_bounding_client_rect().height())
        .unwrap_or(0.0);
    // Heights are small positive numbers; the cast saturates anyway.
    h.ceil().clamp(0.0, 100_000.0) as u32
}

fn post_h5p(action: &str, height: Option<u32>) {
    let mut pairs = vec![("context", "h5p".into()), ("action", action.into())];
    if let Some(h) = height {
        pairs.push(("scrollHeight", h.into()));
        pairs.push(("clientHeight", h.into()));
        // Older h5p-resizer.js versions read `height`.
        pairs.push(("height", h.into()));
    }
    post_to_parent(&obj(&pairs), "*");
}

/// Posts the height if it changed (or always, when `force`).
fn post_height(force: bool) {
    let h = measure();
    if h == 0 || (!force && LAST_HEIGHT.with(Cell::get) == h) {
        return;
    }
    LAST_HEIGHT.with(|c| c.set(h));
    let msg = obj(&[("type", "gloss:height".into()), ("height", h.into())]);
    // Heights say nothing private, so any embedding page may read them.
    post_to_parent(&msg, "*");
    if H5P_PARENT.with(Cell::get) {
        post_h5p("prepareResize", Some(h));
    }
}

fn on_parent_message(e: web_sys::MessageEvent) {
    let from_parent = match (e.source(), parent()) {
        (Some(s), Some(p)) => js_sys::Object::is(&s, &p),
        _ => false,
    };
    if !from_parent {
        return;
    }
    let data = e.data();
    let get = |k: &str| {
        js_sys::Reflect::get(&data, &JsValue::from_str(k))
            .ok()
            .and_then(|v| v.as_string())
    };
    if get("type").as_deref() == Some("gloss:measure") {
        return post_height(true);
    }
    if get("context").as_deref() != Some("h5p") {
        return;
    }
    match get("action").as_deref() {
        Some("ready") => post_h5p("hello", None),
        Some("hello") => {
            H5P_PARENT.with(|c| c.set(true));
            post_h5p("prepareResize", Some(measure()));
        }
        Some("resizePrepared") => post_h5p("resize", Some(measure())),
        // The parent window was resized.
        Some("resize") => post_h5p("prepareResize", Some(measure())),
        _ => {}
    }
}

/// Applies `accent` and `scale` through a constructed style sheet: no style
/// attribute, no `<style>`, and only validated numbers (gloss_core::embed::params).
fn apply_theme(document: &web_sys::Document) {
    let Some(css) = Theme::from_search(&search()).css() else {
        return;
    };
    let Ok(sheet) = web_sys::CssStyleSheet::new() else {
        return;
    };
    if sheet.replace_sync(&css).is_err() {
        return;
    }
    let sheets = js_sys::Reflect::get(document, &"adoptedStyleSheets".into())
        .ok()
        .and_then(|v| v.dyn_into::<js_sys::Array>().ok());
    if let Some(sheets) = sheets {
        let next = sheets.concat(&js_sys::Array::of1(&sheet));
        let _ = js_sys::Reflect::set(document, &"adoptedStyleSheets".into(), &next);
    }
}

/// Posts the height whenever the page's size changes, until dropped.
struct SizeObserver {
    observer: web_sys::ResizeObserver,
    _on_resize: Closure<dyn FnMut()>,
}

impl SizeObserver {
    fn new(document: &web_sys::Document) -> Option<Self> {
        let on_resize = Closure::<dyn FnMut()>::new(|| post_height(false));
        let observer = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()).ok()?;
        if let Some(root) = document.document_element() {
            observer.observe(&root);
        }
        if let Some(body) = document.body() {
            observer.observe(&body);
        }
        Some(SizeObserver {
            observer,
            _on_resize: on_resize,
        })
    }
}

impl Drop for SizeObserver {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

/// Sets up the embed view: the `gloss-embed` class on `<html>` (compact
/// CSS), theming, and, inside a frame, height messages and the H5P handshake.
pub fn start() {
    if !is_embed() {
        return;
    }
    let Some(window) = crate::platform::browser::window() else {
        return;
    };
    let Some(document) = window.document() else {
        return;
    };
    if let Some(root) = document.document_element() {
        let _ = root.class_list().add_1("gloss-embed");
    }
    apply_theme(&document);
    if !is_framed() {
        return;
    }
    if let Some(observer) = SizeObserver::new(&document) {
        // Kept in the app's arena: disconnected and freed with it.
        StoredValue::new_local(observer);
    }
    let handle = window_event_listener(leptos::ev::message, on_parent_message);
    on_cleanup(move || handle.remove());
    // Pages with h5p-resizer.js answer this; others ignore it.
    post_h5p("hello", None);
    post_height(true);
}

/// The article the quiz belongs to (for the statements' names and URLs).
pub fn set_subject(article: &Article) {
    SUBJECT.with(|s| {
        *s.borrow_mut() = Some((
            article.id.clone(),
            article.title.clone(),
            article.lang.clone(),
        ));
    });
}

/// The parent's origin if deploy configuration allows it to receive quiz results.
fn results_origin() -> Option<String> {
    let origin = parent_origin()?;
    let (allowed, _) = parse_origin_list(&browser::config("embed-origins").unwrap_or_default());
    allowed.contains(&origin).then_some(origin)
}

/// Posts xAPI-shaped "answered" and "completed" statements for what is new
/// in `attempt` to the embedding page, if it is an allowed origin
/// (docs/embedding.md). Call after every change to the attempt; each
/// statement is sent once.
pub fn post_quiz_events(attempt: &Attempt) {
    if !is_embed() {
        return;
    }
    let Some(target) = results_origin() else {
        return;
    };
    let (id, title, lang) = SUBJECT
        .with(|s| s.borrow().clone())
        .filter(|(id, _, _)| id == attempt.article_id())
        .unwrap_or_else(|| {
            (
                attempt.article_id().to_owned(),
                String::new(),
                "en".to_owned(),
            )
        });
    let url = article_url(app_url(&href()), &id, None);
    let subject = Subject {
        article_url: &url,
        article_title: &title,
        lang: &lang,
    };
    // Milliseconds since the epoch fit a u64; the cast saturates anyway.
    let now = js_sys::Date::now().max(0.0) as u64;
    let new = SENT.with(|sent| pending(attempt, &sent.borrow(), &subject, now));
    for p in new {
        let Ok(statement) = js_sys::JSON::parse(&p.statement) else {
            continue;
        };
        let msg = obj(&[
            ("type", "gloss:xapi".into()),
            ("version", 1.into()),
            ("attempt", p.attempt_id.as_str().into()),
            ("statement", statement),
        ]);
        post_to_parent(&msg, &target);
        SENT.with(|sent| sent.borrow_mut().insert(p.key));
    }
}
