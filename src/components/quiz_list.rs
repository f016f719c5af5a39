//! The quiz, shown plainly: questions, choices, and the answers behind a
//! disclosure. (Interactive scoring is a separate component.)

use gloss_core::anchors::paragraph_id;
use gloss_core::model::{Article, QuestionKind};
use leptos::prelude::*;

use super::rich_text::RichText;

#[component]
pub fn QuizList(article: std::sync::Arc<Article>) -> impl IntoView {
    article.quiz.clone().map(|quiz| {
        let questions = quiz
            .questions
            .into_iter()
            .map(|q| {
                let hint = match q.kind {
                    QuestionKind::Multiple => "Choose all that apply.",
                    QuestionKind::TrueFalse => "True or false?",
                    QuestionKind::Single => "Choose one.",
                };
                let answers = q
                    .answer
                    .iter()
                    .filter_map(|&i| q.choices.get(i))
                    .map(|c| view! { <li><RichText text=c.text.clone()/></li> })
                    .collect_view();
                let evidence = q.evidence.as_deref().map(|e| {
                    view! { <a class="evidence-link" href=format!("#{}", paragraph_id(e))>"Where the text says so"</a> }
                });
                let explanation = q.explanation.clone().map(|e| view! { <p><RichText text=e/></p> });
                view! {
                    <li class="quiz-question">
                        <p class="question-prompt"><RichText text=q.prompt.clone()/></p>
                        <p class="question-hint">{hint}</p>
                        <ul class="choices">
                            {q.choices.iter().map(|c| view! { <li><RichText text=c.text.clone()/></li> }).collect_view()}
                        </ul>
                        <details class="answer">
                            <summary>"Show answer"</summary>
                            <ul class="correct-answers">{answers}</ul>
                            {explanation}
                            {evidence}
                        </details>
                    </li>
                }
            })
            .collect_view();
        view! {
            <section id="quiz" class="quiz" aria-labelledby="quiz-heading">
                <h2 id="quiz-heading">"Check your understanding"</h2>
                <ol class="quiz-questions">{questions}</ol>
            </section>
        }
    })
}
