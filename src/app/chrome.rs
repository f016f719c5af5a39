//! Header and footer around every page.

use gloss_core::i18n::Msg;
use gloss_core::Route;
use leptos::prelude::*;

use crate::app::nav::{use_route, Link};
use crate::i18n::switcher::LanguageSwitcher;
use crate::i18n::t;
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
            <span class="tagline">{t(Msg::Tagline)}</span>
            <Link route=Route::Progress class="header-link" current=on_progress>{t(Msg::NavProgress)}</Link>
            <Link route=Route::Words class="header-link" current=on_words>{t(Msg::NavWords)}</Link>
            <DisplaySettings/>
        </header>
    }
}

#[component]
pub fn SiteFooter() -> impl IntoView {
    view! {
        <footer class="site-footer">
            <p>{t(Msg::FooterAbout)}</p>
            <LanguageSwitcher/>
        </footer>
    }
}
