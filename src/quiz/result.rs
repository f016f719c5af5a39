//! The result screen: the score (n out of total and %), whether it was
//! saved, every question with the reader's answer and the right one, and a
//! way to try again with a new order.

use crate::i18n::{t, tf};
use gloss_core::i18n::Msg;
use gloss_core::quiz::{QuestionReview, ShownQuestion};
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
        return view! { <p class="quiz-note">{t(Msg::NoFinishedQuiz)}</p> }.into_any();
    };
    let saved = move || match state.progress.status() {
        StorageStatus::Saved => t(Msg::ScoreSaved),
        StorageStatus::MemoryOnly => "",
        StorageStatus::Blocked => t(Msg::ScoreBlocked),
        StorageStatus::Unsaved(_) => t(Msg::ScoreUnsaved),
    };
    view! {
        <div class="quiz-result">
            <h3 id=RESULT_HEADING class="result-heading" tabindex="-1">{tf(Msg::YouScored, &[("correct", score.correct.into()), ("total", score.total.into()), ("percent", score.percent().into())])}</h3>
            <p class="result-saved">{saved}</p>
            <ol class="result-list">
                {items.into_iter().map(|(q, r)| view! { <ResultItem question=q review=r/> }).collect_view()}
            </ol>
            <div class="quiz-actions">
                <button type="button" class="button" on:click=move |_| state.retry()>{t(Msg::TryAgain)}</button>
            </div>
            <p class="hint">{t(Msg::NewOrderHint)}</p>
        </div>
    }
    .into_any()
}

/// One question on the result screen.
#[component]
fn ResultItem(question: ShownQuestion<'static>, review: QuestionReview) -> impl IntoView {
    let number = question.number();
    let class = format!("result-item {}", verdict_class(review.verdict));
    let verdict = t(review.verdict.label());
    view! {
        <li class=class>
            <h4 class="result-question">
                <span class="visually-hidden">{tf(Msg::QuestionLabel, &[("number", number.into())])} " "</span>
                <RichText text=question.question.prompt.clone()/>
            </h4>
            <p class="result-verdict">{verdict}</p>
            {review_body(review)}
            {question.question.evidence.clone().map(|e| view! { <EvidenceLink anchor=e number/> })}
        </li>
    }
}
