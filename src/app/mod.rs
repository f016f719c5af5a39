//! The app as a whole: the `App` component (chrome around the current page),
//! navigation, content loading shared by pages, and load states.

pub mod boot;
pub mod chrome;
pub mod content;
pub mod load_states;
pub mod nav;

use leptos::prelude::*;

use crate::app::boot::Boot;
use crate::app::chrome::{SiteFooter, SiteHeader};
use crate::article::page::ArticlePage;
use crate::catalog::page::IndexPage;
use crate::embed::header::{EmbedHeader, EmbedStorageNote};
use crate::i18n::t;
use crate::offline::indicator::OfflineIndicator;
use crate::offline::update_banner::UpdateBanner;
use crate::progress::page::ProgressPage;
use crate::words::page::WordsPage;
use gloss_core::i18n::Msg;
use gloss_core::Route;

/// Which page the route shows.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Page {
    Index,
    Article(String),
    Progress,
    Words,
}

/// The whole app: header, the page for the current route, footer.
///
/// `boot` says where it starts and what came with the page (pre-rendered
/// pages, see [`boot`]); without it the app reads the address bar and
/// fetches everything.
#[component]
pub fn App(#[prop(optional)] boot: Option<Boot>) -> impl IntoView {
    let boot = boot.unwrap_or_else(nav::boot_from_address);
    let ui = crate::i18n::UiLang::provide();
    boot::PreloadedHandle::provide(boot.preloaded);
    let route = nav::provide_router(boot.route, boot.scheme, boot.canonicalize).route();
    content::SharedIndex::provide();
    crate::catalog::data::Source::provide();
    crate::progress::state::Progress::provide();
    // Offline, updates and the embed view (docs/embedding.md): no site chrome in embeds.
    crate::offline::worker::start();
    crate::embed::start();
    let embedded = crate::embed::is_embed();
    // Re-render the page only when the page itself changes, not when its
    // filters or the audience version in the URL do.
    let page = Memo::new(move |_| match route.get() {
        Route::Index { .. } => Page::Index,
        Route::Article { id, .. } => Page::Article(id),
        Route::Progress => Page::Progress,
        Route::Words => Page::Words,
    });
    // Rendered again, in place, when the interface's language changes: the
    // strings are not reactive one by one (src/i18n/mod.rs).
    move || {
        ui.get();
        view! {
        <a class="skip-link" href="#main">{t(Msg::SkipToContent)}</a>
        {if embedded { view! { <EmbedHeader/> }.into_any() } else { view! { <SiteHeader/> }.into_any() }}
        <UpdateBanner/>
        <OfflineIndicator/>
        {if embedded { view! { <EmbedStorageNote/> }.into_any() } else { view! { <crate::progress::storage_notice::StorageNotice/> }.into_any() }}
        {move || match page.get() {
            Page::Index => view! { <IndexPage/> }.into_any(),
            Page::Article(id) => view! { <ArticlePage id/> }.into_any(),
            Page::Progress => view! { <ProgressPage/> }.into_any(),
            Page::Words => view! { <WordsPage/> }.into_any(),
        }}
        {(!embedded).then(|| view! { <SiteFooter/> })}
        }
    }
}
