//! The index's link to My words, with how many words are due today. It is
//! rendered as plain "My words" (the stored words are device state, read
//! after hydration) and says the count once they are known, on the same
//! line, so nothing moves.

use crate::i18n::{t, tf};
use gloss_core::i18n::Msg;
use gloss_core::Route;
use leptos::prelude::*;

use crate::app::nav::Link;
use crate::progress::state::use_progress;
use crate::words::store::today;

#[component]
pub fn DueLink() -> impl IntoView {
    let progress = use_progress();
    let due = Memo::new(move |_| progress.with(|s| s.due_count(today())));
    let text = move || match due.get() {
        0 => t(Msg::NavWords).to_owned(),
        n => tf(Msg::WordsDue, &[("count", n.into())]),
    };
    view! {
        <p class="words-due"><Link route=Route::Words>{text}</Link></p>
    }
}
