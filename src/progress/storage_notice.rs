//! Notices about where progress is kept: storage blocked, full, or stored
//! data that could not be read. Each says what happened, what still works
//! and what to do, and can be dismissed.

use gloss_core::i18n::Msg;
use gloss_core::Route;
use leptos::prelude::*;

use crate::app::nav::Link;
use crate::i18n::{t, tf};
use crate::platform::browser;
use crate::progress::state::{use_progress, Notice};

/// Title and explanation of a notice.
pub fn notice_text(notice: &Notice) -> (String, String) {
    let kept = t(Msg::ProgressKeptInTab);
    let error = |msg: Msg, why: &str| tf(msg, &[("error", gloss_core::i18n::Arg::Raw(why))]);
    let (title, body) = match notice {
        Notice::Blocked => (
            Msg::NoticeBlockedTitle,
            format!("{} {kept}", t(Msg::NoticeBlocked)),
        ),
        Notice::Quota => (
            Msg::NoticeUnsavedTitle,
            format!("{} {kept}", t(Msg::NoticeQuota)),
        ),
        Notice::WriteFailed(why) => (
            Msg::NoticeUnsavedTitle,
            format!("{} {kept}", error(Msg::NoticeWriteFailed, &why.to_string())),
        ),
        Notice::Quarantined(why) => (
            Msg::NoticeUnreadableTitle,
            error(Msg::NoticeQuarantined, &why.to_string()),
        ),
        Notice::Dropped(n) => (
            Msg::NoticeUnreadableTitle,
            tf(Msg::NoticeDropped, &[("count", (*n).into())]),
        ),
        Notice::CannotSetAside(why) => (
            Msg::NoticeUntouchedTitle,
            format!(
                "{} {kept}",
                error(Msg::NoticeCannotSetAside, &why.to_string())
            ),
        ),
        Notice::NewerVersion { .. } => (
            Msg::NoticeNewerTitle,
            format!("{} {kept}", t(Msg::NoticeNewer)),
        ),
    };
    (t(title).to_owned(), body)
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
                            <p class="notice-title" id=title_id><strong>{title.clone()}</strong></p>
                            <p>{body}</p>
                            <p><Link route=Route::Progress>{t(Msg::GoToProgress)}</Link></p>
                        </div>
                        <button type="button" class="button button-secondary notice-dismiss" on:click=dismiss>
                            {t(Msg::Dismiss)}<span class="visually-hidden">{format!(": {title}")}</span>
                        </button>
                    </aside>
                }
            })
            .collect_view()
    };
    view! { <div class="notices" aria-live="polite">{notices}</div> }
}
