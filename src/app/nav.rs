//! Navigation with the History API, with path or query-string addresses
//! (see [`Scheme`]). The current [`Route`] is a
//! signal in context; links are real `<a href>`s (so opening in a new tab,
//! copying and crawling work) whose plain clicks are handled in place.

use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsValue;

use gloss_core::Route;

use crate::app::boot::{Boot, Scheme};
use crate::platform::{browser, site};

/// The current route and how addresses are written: a `Copy` handle in
/// context (see [`use_router`]).
#[derive(Clone, Copy)]
pub struct Router {
    route: RwSignal<Route>,
    /// How many directories below the site root the address is (relative
    /// links climb that far). Links depend on this, not on the whole route,
    /// so typing a search does not recompute every link. It is the
    /// address's, not the route's: an old `?article=` link to a page the
    /// build did not write stays at the root.
    depth: RwSignal<usize>,
    scheme: Scheme,
    /// The address is an old `?article=` link on a pre-rendered site, to
    /// move to the article's own page once it has loaded
    /// ([`Router::settle_address`]).
    legacy_article: RwSignal<bool>,
}

fn current_search() -> String {
    crate::platform::browser::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

/// The route in the address bar, read the way `scheme` writes it.
pub fn route_from_address(scheme: Scheme) -> Route {
    match scheme {
        Scheme::Query => Route::parse(&current_search()),
        Scheme::Paths => Route::from_location(&site::path_from_root(), &current_search()),
    }
}

/// How an app that was not given a [`Boot`] starts: from the address bar,
/// with query-string addresses, fetching every document.
pub fn boot_from_address() -> Boot {
    Boot {
        route: route_from_address(Scheme::Query),
        ..Boot::default()
    }
}

/// Creates the router at `route`, puts it in context, and follows
/// back/forward.
pub fn provide_router(route: Route, scheme: Scheme, canonicalize: bool) -> Router {
    let legacy = scheme == Scheme::Paths && canonicalize && is_legacy_address(&route);
    if legacy && matches!(route, Route::Progress | Route::Words) {
        canonicalize_address(&route);
    }
    let router = Router::provide_with(route.clone(), scheme);
    router
        .legacy_article
        .set(legacy && matches!(route, Route::Article { .. }));
    if scheme == Scheme::Paths {
        // A pre-rendered page is hydrated as it was rendered; then the app
        // follows what the address adds (the index's search and category).
        Effect::new(move |_| {
            let address = route_from_address(scheme);
            if untrack(|| router.route.get()) != address {
                router.route.set(address);
            }
        });
    }
    let handle = window_event_listener(ev::popstate, move |_| {
        router.route.set(route_from_address(scheme));
        router.follow_address();
    });
    on_cleanup(move || handle.remove());
    router
}

/// With path addresses, an old link (`?article=<id>&v=…` at the site root)
/// becomes its page's own address before anything renders, keeping the
/// fragment and any other parameters (such as `seed`), so relative links
/// and reloads work from there on.
fn canonicalize_address(route: &Route) {
    let Some(window) = browser::window() else {
        return;
    };
    let location = window.location();
    let rest = gloss_core::route::strip_params(
        &location.search().unwrap_or_default(),
        &["article", "v", "view"],
    );
    let hash = location.hash().unwrap_or_default();
    let url = format!("{}{rest}{hash}", site::resolve(&route.to_path()));
    if let Some(h) = history() {
        let _ = h.replace_state_with_url(&JsValue::NULL, "", Some(&url));
    }
}

/// An old link: the progress page or an article as a query string at the
/// site root.
fn is_legacy_address(route: &Route) -> bool {
    matches!(site::path_from_root().as_str(), "" | "index.html")
        && matches!(
            route,
            Route::Progress | Route::Words | Route::Article { embed: false, .. }
        )
}

/// The router in context. A component mounted on its own (outside
/// [`App`](crate::app::App)) gets one that starts from the address bar.
pub fn use_router() -> Router {
    use_context::<Router>().unwrap_or_else(|| Router::provide(route_from_address(Scheme::Query)))
}

/// The current route, tracked.
pub fn use_route() -> Signal<Route> {
    use_router().route()
}

impl Router {
    /// A query-string router at `route` (for tests; see [`Router::provide`]).
    pub fn new(route: Route) -> Self {
        Self::with_scheme(route, Scheme::Query)
    }

    fn with_scheme(route: Route, scheme: Scheme) -> Self {
        // Natively (pre-rendering) there is no address: the page's own.
        let depth = site::address_depth().unwrap_or_else(|| route.depth());
        Router {
            route: RwSignal::new(route),
            depth: RwSignal::new(depth),
            scheme,
            legacy_article: RwSignal::new(false),
        }
    }

    fn set_depth(self, depth: usize) {
        if self.depth.get_untracked() != depth {
            self.depth.set(depth);
        }
    }

    /// Reads the depth from the address bar again (after back/forward).
    fn follow_address(self) {
        if let Some(depth) = site::address_depth() {
            self.set_depth(depth);
        }
    }

    /// An article page calls this once its document has loaded and it
    /// shows `route`: an old `?article=<id>&v=…` link then moves to the
    /// page's own address (fragment and other parameters kept). Only for
    /// this site's own content, whose pages the build wrote; a version the
    /// article does not have keeps its link.
    pub fn settle_address(self, route: &Route) {
        if !self.legacy_article.get_untracked()
            || crate::platform::browser::config("content-base")
                .is_some_and(|base| base.trim_end_matches('/') != "content")
            || self.route.get_untracked() != *route
        {
            return;
        }
        self.legacy_article.set(false);
        canonicalize_address(route);
        self.follow_address();
    }

    /// A query-string router at `route`, in context.
    pub fn provide(route: Route) -> Self {
        Self::provide_with(route, Scheme::Query)
    }

    fn provide_with(route: Route, scheme: Scheme) -> Self {
        let router = Router::with_scheme(route, scheme);
        provide_context(router);
        router
    }

    /// The current route, tracked.
    pub fn route(self) -> Signal<Route> {
        self.route.into()
    }

    /// The `href` of `route` from the current page (tracked: with path
    /// addresses it climbs as many directories as the current page is deep).
    pub fn href(self, route: &Route) -> String {
        match self.scheme {
            Scheme::Query => query_href(route),
            Scheme::Paths => {
                let up = "../".repeat(self.depth.get());
                match format!("{up}{}", route.to_path()) {
                    empty if empty.is_empty() => "./".to_owned(),
                    href => href,
                }
            }
        }
    }

    /// Goes to `route`, adding a history entry (with `#fragment` if given),
    /// without moving focus.
    pub fn push(self, route: Route, fragment: Option<&str>) {
        if let Some(h) = history() {
            let mut url = self.href_untracked(&route);
            if let Some(f) = fragment {
                url = format!("{url}#{f}");
            }
            let _ = h.push_state_with_url(&JsValue::NULL, "", Some(&url));
        }
        self.set_depth(route.depth());
        self.route.set(route);
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
            let url = self.href_untracked(&route);
            let _ = h.replace_state_with_url(&JsValue::NULL, "", Some(&url));
        }
        self.set_depth(route.depth());
        self.route.set(route);
    }

    /// The absolute address of `route`, for sharing (its canonical page).
    pub fn absolute_href(self, route: &Route) -> String {
        let path = match self.scheme {
            Scheme::Query => query_href(route),
            Scheme::Paths => route.to_path(),
        };
        site::resolve(&path)
    }

    fn href_untracked(self, route: &Route) -> String {
        leptos::prelude::untrack(|| self.href(route))
    }
}

/// The `href` for a route in a build without pages of its own: a query
/// string on the app's own page.
pub fn query_href(route: &Route) -> String {
    match route {
        Route::Index {
            category: None,
            query: None,
            page: 1,
        } => "./".to_owned(),
        other => other.to_search(),
    }
}

fn history() -> Option<web_sys::History> {
    crate::platform::browser::window()?.history().ok()
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
    let router = use_router();
    let target = {
        let route = route.clone();
        move || router.href(&route)
    };
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
