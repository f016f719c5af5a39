//! The result screen: the score (n out of total and %), whether it was
//! saved, every question with the reader's answer and the right one, and a
//! way to try again with a new order.

use gloss_core::quiz::{QuestionReview, ShownQuestion};
use gloss_core::wording;
use leptos::prelude::*;

use crate::article::rich_text::RichText;
use crate::progress::state::StorageStatus;
use crate::quiz::evidence::EvidenceLink;
use crate::quiz::feedback::{review_body, verdict_class};
use crate::quiz::state::{QuizState, RESULT_HEADING};

#[component]
pub fn QuizResult(state: QuizState) -> impl IntoView {
    let data = state.attempt.with_untracked(|a| {
        let a = a.as_ref()?;
        let items: Vec<(ShownQuestion<'static>, QuestionReview)> = (0..a.len())
            .filter_map(|p| Some((a.shown(p)?.into_owned(), a.review(p)?)))
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
            <h3 id=RESULT_HEADING class="result-heading" tabindex="-1">{wording::score_sentence(score)}</h3>
            <p class="result-saved">{saved}</p>
            <ol class="result-list">
                {items.into_iter().map(|(q, r)| view! { <ResultItem question=q review=r/> }).collect_view()}
            </ol>
            <div class="quiz-actions">
                <button type="button" class="button" on:click=move |_| state.retry()>"Try again"</button>
            </div>
            <p class="hint">"When you try again, the questions and answers are in a new order."</p>
        </div>
    }
    .into_any()
}

/// One question on the result screen.
#[component]
fn ResultItem(question: ShownQuestion<'static>, review: QuestionReview) -> impl IntoView {
    let number = question.number();
    let class = format!("result-item {}", verdict_class(review.verdict));
    let verdict = review.verdict.label();
    view! {
        <li class=class>
            <h4 class="result-question">
                <span class="visually-hidden">{format!("Question {number}: ")}</span>
                <RichText text=question.question.prompt.clone()/>
            </h4>
            <p class="result-verdict">{verdict}</p>
            {review_body(review)}
            {question.question.evidence.clone().map(|e| view! { <EvidenceLink anchor=e number/> })}
        </li>
    }
}
