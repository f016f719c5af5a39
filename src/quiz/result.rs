//! The result screen: the score (n out of total and %), whether it was
//! saved, every question with the reader's answer and the right one, and a
//! way to try again with a new order.

use gloss_core::quiz::{QuestionResult, QuizScore};
use leptos::prelude::*;

use crate::article::rich_text::RichText;
use crate::progress::state::StorageStatus;
use crate::quiz::evidence::EvidenceLink;
use crate::quiz::feedback::{choice_texts, verdict, verdict_class};
use crate::quiz::state::{QuestionData, QuizState, RESULT_HEADING};

#[component]
pub fn QuizResult(state: QuizState) -> impl IntoView {
    let data = state.attempt.with_untracked(|a| {
        let a = a.as_ref()?;
        let items: Vec<(QuestionData, QuestionResult)> = a
            .questions()
            .iter()
            .filter_map(|s| Some((QuestionData::new(s, a.len()), a.result(&s.question.id)?)))
            .collect();
        Some((a.score(), items))
    });
    let Some((score, items)) = data else {
        return view! { <p class="quiz-note">"There is no finished quiz to show."</p> }.into_any();
    };
    let saved = move || {
        match state.progress.status() {
        StorageStatus::Saved => "Your score is saved in this browser.",
        StorageStatus::MemoryOnly => "",
        StorageStatus::Blocked => {
            "Your browser isn't letting Gloss save anything, so this score is kept only until you close this tab. You can export it from My progress."
        }
        StorageStatus::Unsaved(_) => {
            "This score couldn't be saved on this device, so it is kept only until you close this tab. You can export it from My progress."
        }
    }
    };
    view! {
        <div class="quiz-result">
            <h3 id=RESULT_HEADING class="result-heading" tabindex="-1">{score_sentence(score)}</h3>
            <p class="result-saved">{saved}</p>
            <ol class="result-list">
                {items.into_iter().map(|(q, r)| view! { <ResultItem question=q result=r/> }).collect_view()}
            </ol>
            <div class="quiz-actions">
                <button type="button" class="button" on:click=move |_| state.retry()>"Try again"</button>
            </div>
            <p class="hint">"When you try again, the questions and answers are in a new order."</p>
        </div>
    }
    .into_any()
}

/// "You scored 5 out of 7 (71%)".
pub fn score_sentence(score: QuizScore) -> String {
    format!(
        "You scored {} out of {} ({}%)",
        score.correct,
        score.total,
        score.percent()
    )
}

/// One question on the result screen.
#[component]
fn ResultItem(question: QuestionData, result: QuestionResult) -> impl IntoView {
    let yours = question.choices_in(&result.selected);
    let right = question.choices_in(&result.answer);
    // The question's explanation, or else the right choice's own.
    let why = question.explanation.clone().or_else(|| {
        (right.len() == 1)
            .then(|| right.first().and_then(|c| c.explanation.clone()))
            .flatten()
    });
    let class = format!("result-item {}", verdict_class(&result));
    view! {
        <li class=class>
            <h4 class="result-question">
                <span class="visually-hidden">{format!("Question {}: ", question.number)}</span>
                <RichText text=question.prompt.clone()/>
            </h4>
            <p class="result-verdict">{verdict(&result)}</p>
            <div class="result-line">"Your answer: "{choice_texts(yours, "You didn't answer this question.")}</div>
            <div class="result-line">{if right.len() > 1 { "Right answers: " } else { "Right answer: " }}{choice_texts(right, "none")}</div>
            {why.map(|e| view! { <p class="explanation"><RichText text=e/></p> })}
            {question.evidence.clone().map(|e| view! { <EvidenceLink anchor=e number=question.number/> })}
        </li>
    }
}
