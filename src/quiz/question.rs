//! One question: a fieldset whose legend is the prompt, radios (single
//! choice, true/false) or checkboxes (multiple select), then either "Check
//! answer" with feedback (immediate mode) or previous/next (check at end).

use crate::i18n::{t, tf};
use gloss_core::content::model::QuestionKind;
use gloss_core::i18n::Msg;
use gloss_core::quiz::{AttemptError, ChoiceFeedback, Mode, QuestionResult, ShownChoice};
use gloss_core::wording;
use leptos::prelude::*;

use crate::article::rich_text::RichText;
use crate::quiz::feedback::QuestionFeedback;
use crate::quiz::state::{QuizState, QUESTION_HEADING};
use crate::quiz::unanswered::Unanswered;

#[component]
pub fn QuizQuestion(state: QuizState, position: usize) -> impl IntoView {
    let Some(shown) = state.question(position) else {
        return view! { <p class="quiz-note">{t(Msg::QuestionCannotShow)}</p> }.into_any();
    };
    let q = &shown.question;
    let mode = state.mode();
    let qid = StoredValue::new(q.id.clone());
    let checked = Memo::new(move |_| {
        state
            .attempt
            .with(|a| a.as_ref().is_some_and(|a| a.is_checked(&qid.get_value())))
    });
    let result = Memo::new(move |_| {
        state
            .attempt
            .with(|a| a.as_ref().and_then(|a| a.result(&qid.get_value())))
    });
    let review = Memo::new(move |_| {
        state
            .attempt
            .with(|a| a.as_ref().and_then(|a| a.review(position)))
    });
    let finished = Memo::new(move |_| {
        state
            .attempt
            .with(|a| a.as_ref().is_some_and(|a| a.is_finished()))
    });
    let missing = RwSignal::new(false);
    let hint_id = format!("quiz-hint-{}", q.id);
    let error_id = format!("quiz-error-{}", q.id);
    let described_by = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        move || {
            if missing.get() {
                format!("{hint_id} {error_id}")
            } else {
                hint_id.clone()
            }
        }
    };
    let hint = t(wording::choice_hint(q.kind));
    let first_input = shown.choices.first().map(|c| input_id(&q.id, c.original));
    let choices = shown
        .choices
        .iter()
        .map(|c| choice_view(state, &q.id, q.kind, c, checked, result, missing))
        .collect_view();

    let on_check = move |_| match state.check(&qid.get_value()) {
        Err(AttemptError::NothingSelected(_)) => {
            missing.set(true);
            if let Some(id) = first_input.clone() {
                crate::platform::focus::focus_by_id_when_present(id);
            }
        }
        _ => missing.set(false),
    };
    let (number, total) = (shown.number(), state.question_count());
    let is_last = number >= total;
    let actions = move || {
        match mode {
        Mode::Immediate if !checked.get() => view! {
            <button type="button" class="button" on:click=on_check.clone()>{t(Msg::CheckAnswer)}</button>
        }
        .into_any(),
        Mode::Immediate if finished.get() => view! {
            <button type="button" class="button" on:click=move |_| state.show_results()>{t(Msg::SeeResults)}</button>
        }
        .into_any(),
        Mode::Immediate => view! {
            <button type="button" class="button" on:click=move |_| state.go_to(position + 1)>{t(Msg::NextQuestion)}</button>
        }
        .into_any(),
        Mode::AtEnd => view! {
            {(position > 0).then(|| view! {
                <button type="button" class="button button-secondary" on:click=move |_| state.go_to(position - 1)>
                    {t(Msg::PreviousQuestion)}
                </button>
            })}
            {(!is_last).then(|| view! {
                <button type="button" class="button" on:click=move |_| state.go_to(position + 1)>{t(Msg::NextQuestion)}</button>
            })}
        }
        .into_any(),
    }
    };
    let evidence = q.evidence.clone();
    let feedback = move || {
        (mode == Mode::Immediate)
            .then(|| review.get())
            .flatten()
            .map(|r| view! { <QuestionFeedback review=r evidence=evidence.clone() number/> })
    };
    let kind = q.kind;
    view! {
        <div class="quiz-question">
            <fieldset class="question" aria-describedby=described_by>
                <legend class="question-legend">
                    <h3 id=QUESTION_HEADING class="question-heading" tabindex="-1">
                        <span class="question-count">{tf(Msg::QuestionOf, &[("number", number.into()), ("total", total.into())])}</span>
                        <span class="question-prompt"><RichText text=q.prompt.clone()/></span>
                    </h3>
                </legend>
                <p class="question-hint" id=hint_id>{hint}</p>
                {move || missing.get().then(|| view! {
                    <p class="question-error" id=error_id.clone()>
                        <span class="visually-hidden">{t(Msg::ErrorPrefix)} " "</span>
                        {t(if kind == QuestionKind::Multiple { Msg::SelectAtLeastOne } else { Msg::SelectAnAnswer })}
                    </p>
                })}
                <div class="choices">{choices}</div>
            </fieldset>
            <div class="quiz-feedback-region" aria-live="polite">{feedback}</div>
            <div class="quiz-actions">{actions}</div>
            {(mode == Mode::AtEnd && is_last).then(|| view! { <Unanswered state/> })}
        </div>
    }
    .into_any()
}

fn input_id(question_id: &str, original: usize) -> String {
    format!("quiz-{question_id}-choice-{original}")
}

/// One choice: the input, its label and, once checked, a visible mark.
fn choice_view(
    state: QuizState,
    question_id: &str,
    kind: QuestionKind,
    c: &ShownChoice<'_>,
    checked: Memo<bool>,
    result: Memo<Option<QuestionResult>>,
    missing: RwSignal<bool>,
) -> impl IntoView {
    let original = c.original;
    let id = input_id(question_id, original);
    let qid = StoredValue::new(question_id.to_owned());
    let input_type = if kind == QuestionKind::Multiple {
        "checkbox"
    } else {
        "radio"
    };
    // A memo: an answer click updates only the choices whose state changed.
    let selected = Memo::new(move |_| {
        state.attempt.with(|a| {
            a.as_ref().is_some_and(|a| {
                qid.with_value(|q| a.selection(q).is_some_and(|r| r.contains(original)))
            })
        })
    });
    let feedback = move || result.get().map(|r| r.choice_feedback(original));
    let class = move || match feedback() {
        Some(ChoiceFeedback::CorrectSelected) => "choice choice-right",
        Some(ChoiceFeedback::CorrectMissed) => "choice choice-missed",
        Some(ChoiceFeedback::WrongSelected) => "choice choice-wrong",
        _ => "choice",
    };
    let mark = move || {
        let text = match feedback()? {
            ChoiceFeedback::CorrectSelected => Msg::ChoiceYoursRight,
            ChoiceFeedback::CorrectMissed => Msg::ChoiceRight,
            ChoiceFeedback::WrongSelected => Msg::ChoiceYoursWrong,
            ChoiceFeedback::NotSelected => return None,
        };
        Some(view! { <span class="choice-mark">{t(text)}</span> })
    };
    view! {
        <div class=class>
            <input
                class="choice-input"
                type=input_type
                id=id.clone()
                name=format!("quiz-{question_id}")
                value=original.to_string()
                prop:checked=move || selected.get()
                disabled=move || checked.get()
                on:change=move |ev| {
                    // Only a change notifies (the error is rarely shown).
                    missing.maybe_update(std::mem::take);
                    state.set_choice(&qid.get_value(), original, event_target_checked(&ev));
                }
            />
            <label class="choice-label" for=id><RichText text=c.choice.text.clone()/></label>
            {mark}
        </div>
    }
}
