//! "A new version is available": shown when a new version of the app has
//! installed in the background. Reloading hands over to it cleanly
//! (`crate::offline::worker::apply_update`); until then the page keeps its own version.

use crate::i18n::t;
use gloss_core::i18n::Msg;
use leptos::prelude::*;

use crate::offline::worker::UpdateStatus;

#[component]
pub fn UpdateBanner() -> impl IntoView {
    let state = crate::offline::worker::use_offline();
    let update = move || state.map_or(UpdateStatus::None, |s| s.update.get());
    let banner = move || {
        (update() != UpdateStatus::None).then(|| {
            view! {
                <div class="update-banner">
                    <p class="update-text">{t(Msg::NewVersion)}</p>
                    <button type="button" class="button update-reload" on:click=move |_| crate::offline::worker::apply_update()>
                        {t(Msg::Reload)}
                    </button>
                </div>
            }
        })
    };
    // The live region is always there, so screen readers announce the banner.
    view! { <div class="update-region" role="status">{banner}</div> }
}
