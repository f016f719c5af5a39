//! On an index card: "Save for offline", or whether the article is
//! available offline. Shown only where a service worker runs.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::offline::worker::save_articles;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Saving {
    Idle,
    Busy,
    Failed,
}

fn focus(id: &str) {
    let id = id.to_owned();
    request_animation_frame(move || {
        use wasm_bindgen::JsCast;
        if let Some(el) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(&id))
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = el.focus();
        }
    });
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
                        focus(&mark_id);
                    }
                    Err(_) => {
                        saving.try_set(Saving::Failed);
                    }
                }
            });
        }
    };
    let status = move || match saving.get() {
        Saving::Busy => "Saving for offline…",
        Saving::Failed => "Couldn't save it. Try again when you're online.",
        Saving::Idle => "",
    };
    let body = move || {
        if !state.available.get() {
            return None;
        }
        let saved = id.with_value(|id| state.is_saved(id));
        Some(if saved {
            view! {
                <p class="offline-mark offline-saved" id=mark_id.clone() tabindex="-1">
                    <span class="offline-check" aria-hidden="true">"✓"</span>
                    "Available offline"
                </p>
            }
            .into_any()
        } else if !state.online() {
            view! { <p class="offline-mark offline-unavailable">"Not available offline"</p> }
                .into_any()
        } else {
            view! {
                <button
                    type="button"
                    class="button button-secondary save-offline"
                    aria-label=format!("Save for offline: {title}")
                    disabled=move || saving.get() == Saving::Busy
                    on:click=save.clone()
                >
                    "Save for offline"
                </button>
            }
            .into_any()
        })
    };
    Some(view! {
        <div class="offline-actions" lang="en">
            {body}
            <p class="save-status" role="status">{status}</p>
        </div>
    })
}
