//! Gloss in the browser: the `App` component and page switching. The logic
//! lives in `gloss-core`; this crate is the thin shell that fetches, routes
//! and renders.

pub mod browser;
pub mod components;
pub mod content;
pub mod embed;
pub mod nav;
pub mod pages;
pub mod progress_state;
pub mod storage;
pub mod sw_glue;

use leptos::prelude::*;

use components::embed_header::{EmbedHeader, EmbedStorageNote};
use components::offline_indicator::OfflineIndicator;
use components::site_chrome::{SiteFooter, SiteHeader};
use components::update_banner::UpdateBanner;
use gloss_core::Route;
use pages::{ArticlePage, IndexPage, ProgressPage};

/// Which page the route shows.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Page {
    Index,
    Article(String),
    Progress,
}

/// The whole app: header, the page for the current route, footer.
#[component]
pub fn App() -> impl IntoView {
    let route = nav::provide_router();
    content::provide_index();
    progress_state::Progress::provide();
    // Offline, updates and the embed view (docs/embedding.md): no site chrome in embeds.
    sw_glue::start();
    embed::start();
    let embedded = embed::is_embed();
    // Re-render the page only when the page itself changes, not when its
    // filters or the audience version in the URL do.
    let page = Memo::new(move |_| match route.get() {
        Route::Index { .. } => Page::Index,
        Route::Article { id, .. } => Page::Article(id),
        Route::Progress => Page::Progress,
    });
    view! {
        <a class="skip-link" href="#main">"Skip to content"</a>
        {if embedded { view! { <EmbedHeader/> }.into_any() } else { view! { <SiteHeader/> }.into_any() }}
        <UpdateBanner/>
        <OfflineIndicator/>
        {if embedded { view! { <EmbedStorageNote/> }.into_any() } else { view! { <components::storage_notice::StorageNotice/> }.into_any() }}
        {move || match page.get() {
            Page::Index => view! { <IndexPage/> }.into_any(),
            Page::Article(id) => view! { <ArticlePage id/> }.into_any(),
            Page::Progress => view! { <ProgressPage/> }.into_any(),
        }}
        {(!embedded).then(|| view! { <SiteFooter/> })}
    }
}

/// Removes the static boot message and mounts the app on `<body>`.
pub fn mount() {
    browser::remove_boot_message();
    leptos::mount::mount_to_body(App);
}
