//! Query-string navigation with the History API. The current [`Route`] is a
//! signal in context; links are real `<a href>`s (so opening in a new tab,
//! copying and crawling work) whose plain clicks are handled in place.

use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsValue;

use gloss_core::Route;

use crate::platform::browser;

/// The current route, provided by [`provide_router`].
#[derive(Clone, Copy)]
pub struct Router(pub RwSignal<Route>);

fn current_search() -> String {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

/// Creates the route signal from the address bar and follows back/forward.
pub fn provide_router() -> RwSignal<Route> {
    let route = RwSignal::new(Route::parse(&current_search()));
    provide_context(Router(route));
    let handle = window_event_listener(ev::popstate, move |_| {
        route.set(Route::parse(&current_search()));
    });
    on_cleanup(move || handle.remove());
    route
}

/// The `href` for a route, relative to the app's own page.
pub fn href(route: &Route) -> String {
    match route {
        Route::Index {
            category: None,
            query: None,
        } => "./".to_owned(),
        other => other.to_search(),
    }
}

fn history() -> Option<web_sys::History> {
    web_sys::window()?.history().ok()
}

/// Goes to `route`, adding a history entry, and moves focus to the new page.
pub fn navigate(route: Route) {
    if let Some(h) = history() {
        let _ = h.push_state_with_url(&JsValue::NULL, "", Some(&href(&route)));
    }
    if let Some(Router(signal)) = use_context::<Router>() {
        signal.set(route);
    }
    // The new page renders in a microtask; focus it once it is in the DOM.
    request_animation_frame(browser::focus_main);
}

/// Updates the address bar without a new history entry (e.g. while typing
/// a search) and without re-rendering the page.
pub fn replace_url(route: &Route) {
    if let Some(h) = history() {
        let _ = h.replace_state_with_url(&JsValue::NULL, "", Some(&href(route)));
    }
}

/// True for a click the app should handle itself: primary button, no
/// modifier keys (those mean "new tab/window" to the browser).
pub fn is_plain_click(ev: &ev::MouseEvent) -> bool {
    ev.button() == 0 && !ev.ctrl_key() && !ev.meta_key() && !ev.shift_key() && !ev.alt_key()
}

/// An in-app link to a route.
#[component]
pub fn Link(
    route: Route,
    children: Children,
    #[prop(optional, into)] class: Option<String>,
    #[prop(optional, into)] current: Option<Signal<bool>>,
) -> impl IntoView {
    let target = href(&route);
    let on_click = move |ev: ev::MouseEvent| {
        if is_plain_click(&ev) {
            ev.prevent_default();
            navigate(route.clone());
        }
    };
    let aria_current = move || current.and_then(|c| c.get().then_some("page"));
    view! {
        <a href=target class=class on:click=on_click aria-current=aria_current>
            {children()}
        </a>
    }
}
