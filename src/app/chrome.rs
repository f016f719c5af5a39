//! Header and footer around every page.

use gloss_core::Route;
use leptos::prelude::*;

use crate::app::nav::{use_route, Link};
use crate::reading::comfort::DisplaySettings;

#[component]
pub fn SiteHeader() -> impl IntoView {
    let route = use_route();
    let on_progress = Signal::derive(move || route.get() == Route::Progress);
    let on_words = Signal::derive(move || route.get() == Route::Words);
    view! {
        <header class="site-header">
            <Link route=Route::default() class="brand">
                <span class="brand-mark" aria-hidden="true">"G"</span>
                "Gloss"
            </Link>
            <span class="tagline">"The news, explained"</span>
            <Link route=Route::Progress class="header-link" current=on_progress>"My progress"</Link>
            <Link route=Route::Words class="header-link" current=on_words>"My words"</Link>
            <DisplaySettings/>
        </header>
    }
}

#[component]
pub fn SiteFooter() -> impl IntoView {
    view! {
        <footer class="site-footer">
            <p>
                "Gloss is an open-source reader for explained news. It runs in your browser: "
                "no account, and nothing you do is sent anywhere."
            </p>
        </footer>
    }
}
