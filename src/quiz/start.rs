//! Before a quiz: continue an unfinished attempt, or choose how answers are
//! checked and start.

use crate::i18n::{t, tf};
use gloss_core::i18n::Msg;
use gloss_core::quiz::{Attempt, Mode, ResumeError};
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
                        <h3>{t(Msg::QuizUnfinished)}</h3>
                        <p>{format!(
                            "{}. {}",
                            tf(Msg::AnsweredOf, &[("answered", answered.into()), ("total", total.into())]),
                            tf(Msg::QuizStartedOn, &[("date", gloss_core::i18n::Arg::Raw(&started))]),
                        )}</p>
                        <button type="button" class="button" on:click=move |_| state.resume(attempt.clone())>
                            {t(Msg::QuizContinue)}
                        </button>
                    </div>
                }
                .into_any()
            }
            Err(ResumeError::QuizChanged { .. }) => view! {
                <p class="quiz-note">
                    {t(Msg::QuizChanged)}
                </p>
            }
            .into_any(),
            Err(_) => view! {
                <p class="quiz-note">{t(Msg::QuizNotRestored)}</p>
            }
            .into_any(),
        })
    };
    let has_resume = move || resumable().is_some_and(|(a, _)| a.is_ok());
    let option = move |value: Mode, id: &'static str, label: Msg, hint: Msg| {
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
                <label class="choice-label" for=id>{t(label)}</label>
                <p class="choice-hint" id=hint_id>{t(hint)}</p>
            </div>
        }
    };
    view! {
        <div class="quiz-start">
            {resume_panel}
            <p class="quiz-meta">{tf(Msg::Questions, &[("count", total.into())])}</p>
            <fieldset class="question quiz-mode">
                <legend class="question-legend">{t(Msg::QuizModeQuestion)}</legend>
                <div class="choices">
                    {option(Mode::Immediate, "quiz-mode-immediate", Msg::QuizModeImmediate, Msg::QuizModeImmediateHint)}
                    {option(Mode::AtEnd, "quiz-mode-at-end", Msg::QuizModeAtEnd, Msg::QuizModeAtEndHint)}
                </div>
            </fieldset>
            <button type="button" class="button quiz-start-button" on:click=move |_| state.start(mode.get_untracked())>
                {move || t(if has_resume() { Msg::QuizStartNew } else { Msg::QuizStart })}
            </button>
        </div>
    }
}
