//! The quiz on paper, for print only (`@media print` in style/main.css):
//! every question of the core's [`worksheet`], its choices lettered with
//! empty boxes by the stylesheet, hidden on screen and the same markup on
//! both sides, so a pre-rendered page prints as a worksheet with JavaScript
//! off. Each question's answer key is rendered only while a teacher's
//! print asks for it ([`AnswerKey`]).

use std::sync::Arc;

use gloss_core::content::markup::parse_nodes;
use gloss_core::content::model::Article;
use gloss_core::quiz::{evidence, worksheet, WorksheetQuestion};
use leptos::prelude::*;

use crate::article::lang::use_content_lang;
use crate::article::rich_text::{render_inlines, RichText};
use crate::quiz::feedback::{explanation, part_view};
use crate::reading::print::AnswerKey;

/// The worksheet of `article`'s quiz; the answer key quotes the paragraphs
/// of the audience `version` shown. A plain function, not a component: it
/// is part of the quiz section's view (a component is its own `AnyView`,
/// which costs the wasm more).
pub fn quiz_worksheet(article: &Arc<Article>, version: Signal<String>) -> impl IntoView {
    let key = use_context::<AnswerKey>();
    // The article's language on the prompt and on the list of choices (one
    // attribute each, not one per choice: these bytes are in every page).
    let (lang, dir) = use_content_lang().map(|c| (c.lang(), c.dir())).unzip();
    let questions = article.quiz.as_ref().map(worksheet).unwrap_or_default();
    let items = questions
        .into_iter()
        .map(|q| {
            let prompt = render_inlines(parse_nodes(&q.prompt));
            let hint = q.hint;
            let choices = q
                .choices
                .iter()
                .map(|text| view! { <li>{render_inlines(parse_nodes(text))}</li> })
                .collect_view();
            let answer = key.map(|key| {
                let article = article.clone();
                move || {
                    key.0
                        .get()
                        .then(|| answer_key(&article, &version.get(), q.clone()))
                }
            });
            view! {
                <li>
                    <p lang=lang.clone() dir=dir>{prompt}</p>
                    <p>{crate::i18n::t(hint)}</p>
                    <ol lang=lang.clone() dir=dir>{choices}</ol>
                    {answer}
                </li>
            }
        })
        .collect_view();
    view! { <ol class="worksheet print-only">{items}</ol> }
}

/// The right answers with their explanations, the question's explanation
/// and the paragraph it cites, from this version of the article.
fn answer_key(article: &Article, version: &str, q: WorksheetQuestion) -> impl IntoView {
    let cited = q
        .evidence
        .and_then(|anchor| evidence(article.version(Some(version))?, &anchor).map(str::to_owned))
        .map(|text| view! { <blockquote>{crate::i18n::t(gloss_core::i18n::Msg::FromTheText)} " "<RichText text/></blockquote> });
    view! {
        <div class="answer-key">
            {q.right.map(|part| part_view(part, "right-answer"))}
            {explanation(q.explanation)}
            {cited}
        </div>
    }
}
