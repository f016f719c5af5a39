//! A small "Offline" line under the header while the browser is offline or
//! the server cannot be reached. Saved articles keep working.

use crate::i18n::t;
use gloss_core::i18n::Msg;
use leptos::prelude::*;

#[component]
pub fn OfflineIndicator() -> impl IntoView {
    let state = crate::offline::worker::use_offline();
    let offline = move || state.is_some_and(|s| !s.online());
    let line = move || {
        offline().then(|| {
            view! {
                <p class="offline-indicator">
                    <span class="offline-dot" aria-hidden="true"></span>
                    <strong>{t(Msg::OfflineNow)}</strong>
                    " " {t(Msg::OfflineSavedStillWork)}
                </p>
            }
        })
    };
    view! { <div class="offline-region" role="status">{line}</div> }
}
