//! The quiz on an article page: the reader's record so far, then the start
//! screen, one question at a time, or the results.

use std::sync::Arc;

use gloss_core::model::Article;
use leptos::prelude::*;

use super::progress_summary::QuizProgressSummary;
use super::quiz_question::QuizQuestion;
use super::quiz_result::QuizResult;
use super::quiz_start::QuizStart;
use super::quiz_state::{QuizState, Screen};
use crate::progress_state::use_progress;

#[component]
pub fn QuizSection(article: Arc<Article>) -> impl IntoView {
    let quiz = article.quiz.clone().filter(|q| !q.questions.is_empty());
    quiz.map(|quiz| {
        let state = QuizState::new(article.id.clone(), quiz, use_progress());
        let screen = Memo::new(move |_| state.screen());
        view! {
        <section id="quiz" class="quiz" aria-labelledby="quiz-heading">
            <h2 id="quiz-heading" tabindex="-1">"Check your understanding"</h2>
            <QuizProgressSummary article_id=state.article_id() quiz_hash=state.quiz_hash()/>
            {move || match screen.get() {
                Screen::Start => view! { <QuizStart state/> }.into_any(),
                Screen::Question(position) => view! { <QuizQuestion state position/> }.into_any(),
                Screen::Results => view! { <QuizResult state/> }.into_any(),
            }}
        </section>
        }
    })
}
