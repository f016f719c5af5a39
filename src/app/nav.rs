//! Query-string navigation with the History API. The current [`Route`] is a
//! signal in context; links are real `<a href>`s (so opening in a new tab,
//! copying and crawling work) whose plain clicks are handled in place.

use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsValue;

use gloss_core::Route;

use crate::platform::browser;

/// The current route: a `Copy` handle in context (see [`use_router`]).
#[derive(Clone, Copy)]
pub struct Router(RwSignal<Route>);

fn current_search() -> String {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

/// Creates the router from the address bar, puts it in context, and
/// follows back/forward.
pub fn provide_router() -> Router {
    let router = Router::provide(Route::parse(&current_search()));
    let handle = window_event_listener(ev::popstate, move |_| {
        router.0.set(Route::parse(&current_search()));
    });
    on_cleanup(move || handle.remove());
    router
}

/// The router in context. A component mounted on its own (outside
/// [`App`](crate::app::App)) gets one that starts from the address bar.
pub fn use_router() -> Router {
    use_context::<Router>().unwrap_or_else(|| Router::provide(Route::parse(&current_search())))
}

/// The current route, tracked.
pub fn use_route() -> Signal<Route> {
    use_router().route()
}

impl Router {
    /// A router at `route` (for tests; see [`Router::provide`]).
    pub fn new(route: Route) -> Self {
        Router(RwSignal::new(route))
    }

    /// A router at `route`, in context.
    pub fn provide(route: Route) -> Self {
        let router = Router::new(route);
        provide_context(router);
        router
    }

    /// The current route, tracked.
    pub fn route(self) -> Signal<Route> {
        self.0.into()
    }

    /// Goes to `route`, adding a history entry (with `#fragment` if given),
    /// without moving focus.
    pub fn push(self, route: Route, fragment: Option<&str>) {
        if let Some(h) = history() {
            let url = match fragment {
                Some(f) => format!("{}#{f}", route.to_search()),
                None => href(&route),
            };
            let _ = h.push_state_with_url(&JsValue::NULL, "", Some(&url));
        }
        self.0.set(route);
    }

    /// Goes to `route`, adding a history entry, and moves focus to the new page.
    pub fn navigate(self, route: Route) {
        self.push(route, None);
        browser::focus_main();
    }

    /// Changes the route without a new history entry (e.g. while typing a
    /// search); pages that depend only on the page itself do not re-render.
    pub fn replace(self, route: Route) {
        if let Some(h) = history() {
            let _ = h.replace_state_with_url(&JsValue::NULL, "", Some(&href(&route)));
        }
        self.0.set(route);
    }
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
    let router = use_router();
    let on_click = move |ev: ev::MouseEvent| {
        if is_plain_click(&ev) {
            ev.prevent_default();
            router.navigate(route.clone());
        }
    };
    let aria_current = move || current.and_then(|c| c.get().then_some("page"));
    view! {
        <a href=target class=class on:click=on_click aria-current=aria_current>
            {children()}
        </a>
    }
}
