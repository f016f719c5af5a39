//! "Reset progress", with an in-page confirmation step.

use gloss_core::wording;
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
            let attempts = s.attempts().iter().map(|r| r.weight() as usize).sum::<usize>();
            format!(
                "This deletes {} and the record of {} read from this browser. It can't be undone. If you want a copy, export your progress first.",
                wording::count(attempts, "quiz attempt", "quiz attempts"),
                wording::count(s.articles_read().len(), "article", "articles"),
            )
        })
    };
    view! {
        <p>"Deletes your quiz scores, unfinished quizzes and reading history from this browser."</p>
        {move || if confirming.get() {
            view! {
                <div class="confirm-panel" role="group" aria-labelledby=CONFIRM_HEADING>
                    <h3 id=CONFIRM_HEADING tabindex="-1">"Delete all your progress in this browser?"</h3>
                    <p>{counts}</p>
                    <div class="quiz-actions">
                        <button type="button" class="button button-warning" on:click=confirm>"Yes, delete my progress"</button>
                        <button type="button" class="button button-secondary" on:click=cancel>"Cancel"</button>
                    </div>
                </div>
            }
            .into_any()
        } else {
            view! {
                <button type="button" id=BUTTON class="button button-warning" on:click=open>"Reset progress"</button>
            }
            .into_any()
        }}
        <div role="status">
            {move || done.get().map(|r| match r {
                Ok(()) => view! { <p id=DONE class="outcome" tabindex="-1">"Your progress has been deleted from this browser."</p> }.into_any(),
                Err(e) => view! {
                    <p id=DONE class="outcome outcome-error" tabindex="-1">
                        {format!("Your progress was cleared in this tab, but the browser couldn't delete the saved copy: {e}.")}
                    </p>
                }
                .into_any(),
            })}
        </div>
    }
}
