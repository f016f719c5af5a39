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

use gloss_core::i18n::Msg;
use gloss_core::Route;
use leptos::prelude::*;

use crate::app::boot::Scheme;
use crate::i18n::switcher::LanguageSwitcher;
use crate::i18n::{t, UiLang};
use crate::platform::browser;
use crate::progress::state::Progress;

/// The preview's whole page: a plain header linking back to the site, the
/// preview, the site's footer with the language switcher. It speaks the
/// reader's interface language, as the site does (`crate::i18n`): the
/// page is rendered again when it changes, and the file and its check
/// live above it ([`page::PreviewState`]), so they stay.
#[component]
pub fn PreviewApp() -> impl IntoView {
    let ui = UiLang::provide();
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
    let state = page::PreviewState::new(ui);
    let home = crate::platform::site::root_url().unwrap_or_else(|| "../".to_owned());
    move || {
        ui.get();
        view! {
            <a class="skip-link" href="#main">{t(Msg::SkipToContent)}</a>
            <header class="site-header">
                <a href=home.clone() class="brand">
                    <span class="brand-mark" aria-hidden="true">"G"</span>
                    "Gloss"
                </a>
                <span class="tagline">{t(Msg::ForAuthors)}</span>
            </header>
            <page::PreviewPage state/>
            <footer class="site-footer">
                <p>{t(Msg::PreviewFooter)}</p>
                <LanguageSwitcher/>
            </footer>
        }
    }
}

/// Renders the preview into `<div id="app">` (the page is not
/// pre-rendered: without JavaScript it shows its `<noscript>` message).
pub fn mount() {
    match browser::app_element() {
        Some(root) => {
            root.set_text_content(None);
            leptos::mount::mount_to(root, PreviewApp).forget();
        }
        None => leptos::mount::mount_to_body(PreviewApp),
    }
    browser::mark_ready();
}
