//! The author preview (`preview/`, feature `preview`): an author opens an
//! article's JSON file from their device and sees every problem with its
//! line, column and field path, or the article exactly as readers will.
//!
//! It is its own build (`assets/preview/index.html`, the `gloss-preview` binary),
//! so the author-only diagnostics (`gloss_core::preview`, with the core's
//! `diagnostics` feature) never reach the reader's bundle. It renders the
//! reader's own components (`article::page::ArticleView`: sections,
//! toggletips, the quiz) in a page of its own; progress is memory-only, so
//! a preview stores nothing (docs/authoring-preview.md).

pub mod file;
pub mod page;
pub mod summary;
mod watch;

use gloss_core::Route;
use leptos::prelude::*;

use crate::app::boot::Scheme;
use crate::platform::browser;
use crate::progress::state::Progress;

/// The preview's whole page: a plain header linking back to the site, the
/// preview, the site's footer.
#[component]
pub fn PreviewApp() -> impl IntoView {
    // The reader's article components expect a router (the audience switch
    // writes `?article=…&v=…` on this page) and the progress context:
    // here one that is never stored.
    crate::app::nav::provide_router(
        Route::Article {
            id: String::new(),
            version: None,
            embed: false,
        },
        Scheme::Query,
        false,
    );
    provide_context(Progress::memory());
    let home = crate::platform::site::root_url().unwrap_or_else(|| "../".to_owned());
    view! {
        <a class="skip-link" href="#main">"Skip to content"</a>
        <header class="site-header">
            <a href=home class="brand">
                <span class="brand-mark" aria-hidden="true">"G"</span>
                "Gloss"
            </a>
            <span class="tagline">"For authors"</span>
        </header>
        <page::PreviewPage/>
        <footer class="site-footer">
            <p>"The preview runs in your browser: the file you choose is never uploaded."</p>
        </footer>
    }
}

/// Renders the preview into `<div id="app">` (the page is not
/// pre-rendered: without JavaScript it shows its `<noscript>` message).
pub fn mount() {
    browser::set_title("Preview an article · Gloss");
    match browser::app_element() {
        Some(root) => {
            root.set_text_content(None);
            leptos::mount::mount_to(root, PreviewApp).forget();
        }
        None => leptos::mount::mount_to_body(PreviewApp),
    }
    browser::mark_ready();
}
