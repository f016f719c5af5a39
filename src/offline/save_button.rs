//! On an index card: "Save for offline", or whether the article is
//! available offline. Shown only where a service worker runs.

use crate::i18n::{t, tf};
use gloss_core::i18n::Msg;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::offline::worker::{save_articles, SwError};
use crate::platform::focus::focus_by_id_when_present;

#[derive(Debug, Clone, PartialEq, Eq)]
enum Saving {
    Idle,
    Busy,
    Failed(SwError),
}

/// What a card shows about offline reading.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shown {
    /// No service worker: nothing.
    Nothing,
    Saved,
    Unavailable,
    Button,
}

#[component]
pub fn SaveOfflineButton(
    #[prop(into)] article_id: String,
    #[prop(into)] title: String,
) -> impl IntoView {
    let state = crate::offline::worker::use_offline()?;
    let saving = RwSignal::new(Saving::Idle);
    let mark_id = format!("offline-{article_id}");
    let id = StoredValue::new(article_id);
    let save = {
        let mark_id = mark_id.clone();
        move |_| {
            saving.set(Saving::Busy);
            let mark_id = mark_id.clone();
            spawn_local(async move {
                match save_articles(state, &[id.get_value()]).await {
                    Ok(()) => {
                        saving.try_set(Saving::Idle);
                        // The button is replaced by the mark; keep focus there.
                        focus_by_id_when_present(mark_id);
                    }
                    Err(error) => {
                        saving.try_set(Saving::Failed(error));
                    }
                }
            });
        }
    };
    let status = move || match saving.get() {
        Saving::Busy => t(Msg::SavingOffline),
        Saving::Failed(SwError::NoAnswer(_)) => t(Msg::SaveNoAnswer),
        Saving::Failed(_) => t(Msg::SaveFailed),
        Saving::Idle => "",
    };
    // What the card shows. A memo, so the mark is created once: a repeated
    // "cached" message from the worker must not replace the element that
    // focus was just moved to.
    let shown = Memo::new(move |_| {
        if !state.available.get() {
            Shown::Nothing
        } else if id.with_value(|id| state.is_saved(id)) {
            Shown::Saved
        } else if !state.online() {
            Shown::Unavailable
        } else {
            Shown::Button
        }
    });
    let body = move || {
        match shown.get() {
        Shown::Nothing => None,
        Shown::Saved => Some(
            view! {
                <p class="offline-mark offline-saved" id=mark_id.clone() tabindex="-1">
                    <span class="offline-check" aria-hidden="true">"✓"</span>
                    {t(Msg::AvailableOffline)}
                </p>
            }
            .into_any(),
        ),
        Shown::Unavailable => Some(
            view! { <p class="offline-mark offline-unavailable">{t(Msg::NotAvailableOffline)}</p> }
                .into_any(),
        ),
        Shown::Button => Some(
            view! {
                <button
                    type="button"
                    class="button button-secondary save-offline"
                    aria-label=tf(Msg::SaveForOfflineTitle, &[("title", gloss_core::i18n::Arg::Raw(&title))])
                    disabled=move || saving.with(|s| *s == Saving::Busy)
                    on:click=save.clone()
                >
                    {t(Msg::SaveForOffline)}
                </button>
            }
            .into_any(),
        ),
    }
    };
    Some(view! {
        <div class="offline-actions" lang=crate::i18n::current().code() dir=crate::i18n::current().dir()>
            {body}
            <p class="save-status" role="status">{status}</p>
        </div>
    })
}
