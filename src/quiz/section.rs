//! The quiz on an article page: the reader's record so far, then the start
//! screen, one question at a time, or the results; and, for print only,
//! every question as a worksheet.

use std::sync::Arc;

use crate::i18n::t;
use gloss_core::content::model::Article;
use gloss_core::i18n::Msg;
use leptos::prelude::*;

use crate::progress::state::use_progress;
use crate::progress::summary::QuizProgressSummary;
use crate::quiz::question::QuizQuestion;
use crate::quiz::result::QuizResult;
use crate::quiz::start::QuizStart;
use crate::quiz::state::{QuizState, Screen};
use crate::quiz::worksheet::quiz_worksheet;

#[component]
pub fn QuizSection(
    article: Arc<Article>,
    /// The audience version shown (default: the first).
    #[prop(into, optional)]
    version: Signal<String>,
) -> impl IntoView {
    let quiz = article.quiz.clone().filter(|q| !q.questions.is_empty());
    quiz.map(|quiz| {
        let state = QuizState::new(article.id.clone(), quiz, use_progress());
        let screen = Memo::new(move |_| state.screen());
        view! {
        <section id="quiz" class="quiz" aria-labelledby="quiz-heading">
            <h2 id="quiz-heading" tabindex="-1">{t(Msg::QuizHeading)}</h2>
            // Text only: with JavaScript on, browsers keep a <noscript>'s
            // content as one text node, which is what hydration expects.
            <noscript class="quiz-needs-js">
                {t(Msg::QuizNeedsJs)}
            </noscript>
            <QuizProgressSummary article_id=state.article_id() quiz_hash=state.quiz_hash()/>
            {move || match screen.get() {
                Screen::Start => view! { <QuizStart state/> }.into_any(),
                Screen::Question(position) => view! { <QuizQuestion state position/> }.into_any(),
                Screen::Results => view! { <QuizResult state/> }.into_any(),
            }}
            {quiz_worksheet(&article, version)}
        </section>
        }
    })
}
