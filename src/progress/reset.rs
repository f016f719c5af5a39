//! "Reset progress", with an in-page confirmation step.

use crate::i18n::{t, tf};
use gloss_core::i18n::Msg;
use leptos::prelude::*;

use crate::platform::focus::focus_by_id_when_present;
use crate::progress::state::use_progress;

const BUTTON: &str = "reset-progress";
const CONFIRM_HEADING: &str = "reset-confirm-heading";
const DONE: &str = "reset-done";

#[component]
pub fn ResetProgress() -> impl IntoView {
    let progress = use_progress();
    let confirming = RwSignal::new(false);
    let done = RwSignal::new(None::<Result<(), String>>);
    let open = move |_| {
        done.set(None);
        confirming.set(true);
        focus_by_id_when_present(CONFIRM_HEADING);
    };
    let cancel = move |_| {
        confirming.set(false);
        focus_by_id_when_present(BUTTON);
    };
    let confirm = move |_| {
        let result = progress.reset().map_err(|e| e.to_string());
        confirming.set(false);
        done.set(Some(result));
        focus_by_id_when_present(DONE);
    };
    let counts = move || {
        progress.with(|s| {
            let attempts = s
                .attempts()
                .iter()
                .map(|r| r.weight() as usize)
                .sum::<usize>();
            tf(
                Msg::ResetCounts,
                &[
                    ("attempts", attempts.into()),
                    ("articles", s.articles_read().len().into()),
                ],
            )
        })
    };
    view! {
        <p>{t(Msg::ResetExplained)}</p>
        {move || if confirming.get() {
            view! {
                <div class="confirm-panel" role="group" aria-labelledby=CONFIRM_HEADING>
                    <h3 id=CONFIRM_HEADING tabindex="-1">{t(Msg::ResetConfirmHeading)}</h3>
                    <p>{counts}</p>
                    <div class="quiz-actions">
                        <button type="button" class="button button-warning" on:click=confirm>{t(Msg::ResetYes)}</button>
                        <button type="button" class="button button-secondary" on:click=cancel>{t(Msg::Cancel)}</button>
                    </div>
                </div>
            }
            .into_any()
        } else {
            view! {
                <button type="button" id=BUTTON class="button button-warning" on:click=open>{t(Msg::ResetProgress)}</button>
            }
            .into_any()
        }}
        <div role="status">
            {move || done.get().map(|r| match r {
                Ok(()) => view! { <p id=DONE class="outcome" tabindex="-1">{t(Msg::ResetDone)}</p> }.into_any(),
                Err(e) => view! {
                    <p id=DONE class="outcome outcome-error" tabindex="-1">
                        {tf(Msg::ResetFailed, &[("error", gloss_core::i18n::Arg::Raw(&e))])}
                    </p>
                }
                .into_any(),
            })}
        </div>
    }
}
