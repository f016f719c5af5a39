//! Before a quiz: continue an unfinished attempt, or choose how answers are
//! checked and start.

use gloss_core::quiz::{Attempt, Mode, ResumeError};
use gloss_core::wording;
use leptos::prelude::*;

use crate::progress::state::display_date;
use crate::quiz::state::QuizState;

#[component]
pub fn QuizStart(state: QuizState) -> impl IntoView {
    let mode = RwSignal::new(Mode::Immediate);
    let total = state.with_quiz(|q| q.questions.len());
    let article_id = state.article_id();
    let saved = Memo::new(move |_| {
        state
            .progress
            .with(|s| s.in_progress_for(&article_id).cloned())
    });
    let resumable = move || {
        saved
            .get()
            .map(|s| (state.with_quiz(|q| Attempt::resume(q, &s)), s))
    };
    let resume_panel = move || {
        resumable().map(|(attempt, saved)| match attempt {
            Ok(attempt) => {
                let answered = saved.selections.len();
                let started = display_date(saved.started_at_ms);
                view! {
                    <div class="quiz-resume">
                        <h3>"You have an unfinished quiz"</h3>
                        <p>{format!("{}. You started on {started}.", wording::answered_of(answered, total))}</p>
                        <button type="button" class="button" on:click=move |_| state.resume(attempt.clone())>
                            "Continue the quiz"
                        </button>
                    </div>
                }
                .into_any()
            }
            Err(ResumeError::QuizChanged { .. }) => view! {
                <p class="quiz-note">
                    "This quiz has changed since you started it, so your unfinished answers can't be used. Start again below."
                </p>
            }
            .into_any(),
            Err(_) => view! {
                <p class="quiz-note">"Your unfinished quiz couldn't be restored. Start again below."</p>
            }
            .into_any(),
        })
    };
    let has_resume = move || resumable().is_some_and(|(a, _)| a.is_ok());
    let option = move |value: Mode, id: &'static str, label: &'static str, hint: &'static str| {
        let hint_id = format!("{id}-hint");
        view! {
            <div class="choice">
                <input
                    class="choice-input"
                    type="radio"
                    name="quiz-mode"
                    id=id
                    aria-describedby=hint_id.clone()
                    prop:checked=move || mode.get() == value
                    on:change=move |_| mode.set(value)
                />
                <label class="choice-label" for=id>{label}</label>
                <p class="choice-hint" id=hint_id>{hint}</p>
            </div>
        }
    };
    view! {
        <div class="quiz-start">
            {resume_panel}
            <p class="quiz-meta">{wording::count(total, "question", "questions")}</p>
            <fieldset class="question quiz-mode">
                <legend class="question-legend">"How do you want to check your answers?"</legend>
                <div class="choices">
                    {option(Mode::Immediate, "quiz-mode-immediate", "Check each answer as I go", "See if you're right, and why, after each question.")}
                    {option(Mode::AtEnd, "quiz-mode-at-end", "Check all at the end", "Answer every question first, then see how you did.")}
                </div>
            </fieldset>
            <button type="button" class="button quiz-start-button" on:click=move |_| state.start(mode.get_untracked())>
                {move || if has_resume() { "Start a new quiz" } else { "Start the quiz" }}
            </button>
        </div>
    }
}
