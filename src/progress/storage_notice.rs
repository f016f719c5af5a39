//! Notices about where progress is kept: storage blocked, full, or stored
//! data that could not be read. Each says what happened, what still works
//! and what to do, and can be dismissed.

use gloss_core::{wording, Route};
use leptos::prelude::*;

use crate::app::nav::Link;
use crate::platform::browser;
use crate::progress::state::{use_progress, Notice};

/// Title and explanation of a notice.
pub fn notice_text(notice: &Notice) -> (&'static str, String) {
    const KEPT: &str = "Your progress is kept in this tab until you close it, and you can export it to a file from My progress.";
    match notice {
        Notice::Blocked => (
            "Your progress won't be kept on this device",
            format!("Your browser isn't letting Gloss store anything. This happens when cookies and site data are blocked, in some private windows, and when Gloss is shown inside another website. Quizzes still work. {KEPT}"),
        ),
        Notice::Quota => (
            "Your latest progress couldn't be saved",
            format!("The storage your browser gives Gloss is full. Nothing saved earlier was lost. {KEPT}"),
        ),
        Notice::WriteFailed(why) => (
            "Your latest progress couldn't be saved",
            format!("The browser said: {why}. Nothing saved earlier was lost. {KEPT}"),
        ),
        Notice::Quarantined(why) => (
            "Some saved progress couldn't be read",
            format!("Gloss found saved progress it couldn't read ({why}). It has been set aside in this browser, not deleted, and Gloss has started a new record."),
        ),
        Notice::Dropped(n) => (
            "Some saved progress couldn't be read",
            format!(
                "{} saved {} couldn't be read and {} left out. The original has been set aside in this browser, not deleted.",
                n,
                wording::noun(*n, "record", "records"),
                wording::was_were(*n),
            ),
        ),
        Notice::CannotSetAside(why) => (
            "Saved progress couldn't be read",
            format!("Gloss found saved progress it couldn't read, and couldn't set it aside ({why}), so it has left it untouched. {KEPT}"),
        ),
        Notice::NewerVersion { .. } => (
            "A newer version of Gloss is saving your progress",
            format!("Progress in this browser was saved by a newer version of Gloss, which this page can't read, so it has left it untouched. Reload the page to get the newer version and keep saving. {KEPT}"),
        ),
    }
}

#[component]
pub fn StorageNotice() -> impl IntoView {
    let progress = use_progress();
    let notices = move || {
        progress
            .notices()
            .into_iter()
            .enumerate()
            .map(|(i, notice)| {
                let (title, body) = notice_text(&notice);
                let kind = notice.kind();
                let title_id = format!("storage-notice-{i}");
                let labelled_by = title_id.clone();
                let dismiss = move |_| {
                    progress.dismiss(kind);
                    crate::platform::timer::next_frame(browser::focus_main);
                };
                view! {
                    <aside class="notice" aria-labelledby=labelled_by>
                        <div class="notice-body">
                            <p class="notice-title" id=title_id><strong>{title}</strong></p>
                            <p>{body}</p>
                            <p><Link route=Route::Progress>"Go to My progress"</Link></p>
                        </div>
                        <button type="button" class="button button-secondary notice-dismiss" on:click=dismiss>
                            "Dismiss"<span class="visually-hidden">{format!(": {title}")}</span>
                        </button>
                    </aside>
                }
            })
            .collect_view()
    };
    view! { <div class="notices" aria-live="polite">{notices}</div> }
}
