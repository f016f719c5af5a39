//! Re-checking a file opened with a handle when it changes on disk: every
//! second while the page is visible, the handle's `lastModified` is read
//! and compared with the last check's. Only for handles (the File System
//! Access API): a picked or dropped file is a snapshot and is re-read on
//! request ("Check again").

use std::cell::Cell;
use std::rc::Rc;
use std::time::Duration;

use leptos::prelude::*;

use crate::preview::file::{self, Origin};
use crate::preview::page::Request;

/// How often the file is looked at.
const EVERY: Duration = Duration::from_secs(1);

fn page_visible() -> bool {
    crate::platform::browser::window()
        .and_then(|w| w.document())
        .is_none_or(|d| d.visibility_state() == web_sys::VisibilityState::Visible)
}

/// Polls the file of `request` while it is a handle; calls `changed` when
/// its `lastModified` differs from `checked` (the last check's). Stops with
/// the page's owner.
pub(super) fn poll_for_changes(
    request: RwSignal<Option<Request>, LocalStorage>,
    checked: Signal<f64>,
    changed: impl Fn() + Clone + 'static,
) {
    // One look at a time: a slow disk never stacks reads.
    let busy = Rc::new(Cell::new(false));
    let tick = move || {
        let handle = request.try_with_untracked(|r| match r {
            Some(Request {
                origin: Origin::Handle(h),
                ..
            }) => Some(h.clone()),
            _ => None,
        });
        let Some(Some(handle)) = handle else {
            return;
        };
        if busy.get() || !page_visible() {
            return;
        }
        busy.set(true);
        let (busy, changed) = (busy.clone(), changed.clone());
        leptos::task::spawn_local(async move {
            let now = file::last_modified(&handle).await;
            busy.set(false);
            let before = checked.try_get_untracked().unwrap_or_default();
            if now.is_some_and(|t| before > 0.0 && t != before) {
                changed();
            }
        });
    };
    if let Ok(handle) = set_interval(tick, EVERY) {
        on_cleanup(move || handle.clear());
    }
}
