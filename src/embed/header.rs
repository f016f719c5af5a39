//! The embed view's chrome: a compact header with a link to the full
//! article, and, inside another site's frame, where quiz progress is kept.

use crate::i18n::t;
use gloss_core::embed::snippet::{app_url, article_url};
use gloss_core::i18n::Msg;
use gloss_core::Route;
use leptos::prelude::*;

use crate::app::nav::use_route;
use crate::embed;
use crate::progress::state::{use_progress, StorageStatus};

#[component]
pub fn EmbedHeader() -> impl IntoView {
    let route = use_route();
    let app = crate::platform::browser::window()
        .and_then(|w| w.location().href().ok())
        .map(|h| app_url(&h).to_owned())
        .unwrap_or_default();
    let full = move || match route.get() {
        Route::Article { id, version, .. } => article_url(&app, &id, version.as_deref()),
        _ => app.clone(),
    };
    view! {
        <header class="embed-header">
            <span class="embed-brand">
                <span class="brand-mark" aria-hidden="true">"G"</span>
                "Gloss"
            </span>
            <a class="embed-open" href=full target="_blank" rel="noopener">
                {t(Msg::OpenFullArticle)}
                <span class="visually-hidden">" " {t(Msg::OpensNewTab)}</span>
            </a>
        </header>
    }
}

/// Says where quiz progress is kept when it is not Gloss's own site storage.
#[component]
pub fn EmbedStorageNote() -> impl IntoView {
    let progress = use_progress();
    let cross_origin = embed::is_cross_origin_frame();
    move || {
        let text = match progress.status() {
            StorageStatus::Blocked => Some(t(Msg::EmbedBlocked)),
            _ if cross_origin => Some(t(Msg::EmbedApart)),
            _ => None,
        };
        text.map(|t| view! { <p class="embed-note">{t}</p> })
    }
}
