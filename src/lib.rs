//! Gloss in the browser: the `App` component and page switching. The logic
//! lives in `gloss-core`; this crate is the thin shell that fetches, routes
//! and renders.

pub mod browser;
pub mod components;
pub mod content;
pub mod nav;
pub mod pages;

use leptos::prelude::*;

use components::site_chrome::{SiteFooter, SiteHeader};
use gloss_core::Route;
use pages::{ArticlePage, IndexPage};

/// The whole app: header, the page for the current route, footer.
#[component]
pub fn App() -> impl IntoView {
    let route = nav::provide_router();
    content::provide_index();
    // Re-render the page only when the page itself changes, not when its
    // filters or the audience version in the URL do.
    let page = Memo::new(move |_| match route.get() {
        Route::Index { .. } => None,
        Route::Article { id, .. } => Some(id),
    });
    view! {
        <a class="skip-link" href="#main">"Skip to content"</a>
        <SiteHeader/>
        {move || match page.get() {
            None => view! { <IndexPage/> }.into_any(),
            Some(id) => view! { <ArticlePage id/> }.into_any(),
        }}
        <SiteFooter/>
    }
}

/// Removes the static boot message and mounts the app on `<body>`.
pub fn mount() {
    browser::remove_boot_message();
    leptos::mount::mount_to_body(App);
}
