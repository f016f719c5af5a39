//! Feedback on a checked question, as the core's [`QuestionReview`] decides
//! it: the verdict, the reader's answer with why it is right or wrong, the
//! right answer with its explanation, the question's own explanation, and a
//! link to the paragraph that says so. Used by the immediate feedback panel
//! and by each item of the result screen.

use crate::i18n::{t, tf};
use gloss_core::i18n::Msg;
use gloss_core::quiz::{QuestionReview, ReviewPart, ReviewedChoice, Verdict};
use leptos::prelude::*;

use crate::article::rich_text::RichText;
use crate::quiz::evidence::EvidenceLink;
use crate::quiz::state::FEEDBACK_HEADING;

/// CSS class for a verdict.
pub fn verdict_class(verdict: Verdict) -> &'static str {
    if verdict.is_correct() {
        "is-correct"
    } else {
        "is-incorrect"
    }
}

/// A choice's text and, in a mixed list, whether it is right.
fn choice_text(choice: &ReviewedChoice) -> impl IntoView {
    let mark = choice
        .mark
        .map(|m| view! { <span class="review-mark">{format!(" ({})", t(m.label()))}</span> });
    view! {
        <strong class="answer-text"><RichText text=choice.text.clone()/></strong>
        {mark}
    }
}

/// An explanation (inline markup), if there is one.
pub fn explanation(text: Option<String>) -> Option<impl IntoView> {
    text.map(|e| view! { <p class="explanation"><RichText text=e/></p> })
}

/// A choice's own explanation, under it.
fn choice_explanation(choice: ReviewedChoice) -> Option<impl IntoView> {
    explanation(choice.explanation)
}

/// "Your answer: …" or "Right answers:" with a list (also the answer key of
/// a printed worksheet).
pub fn part_view(part: ReviewPart, class: &'static str) -> AnyView {
    let class = format!("review-part {class}");
    let label = format!("{}: ", t(part.label));
    let mut choices = part.choices;
    match choices.len() {
        0 => view! {
            <div class=class>
                <p class="result-line">{label}<span class="no-answer">{t(part.empty)}</span></p>
            </div>
        }
        .into_any(),
        1 => {
            let choice = choices.remove(0);
            view! {
                <div class=class>
                    <p class="result-line">{label}{choice_text(&choice)}</p>
                    {choice_explanation(choice)}
                </div>
            }
            .into_any()
        }
        _ => view! {
            <div class=class>
                <p class="result-line">{label}</p>
                <ul class="choice-explanations">
                    {choices.into_iter().map(|c| view! {
                        <li>
                            <p class="explained-choice">{choice_text(&c)}</p>
                            {choice_explanation(c)}
                        </li>
                    }).collect_view()}
                </ul>
            </div>
        }
        .into_any(),
    }
}

/// The reader's answer, the right one and the general explanation.
pub fn review_body(review: QuestionReview) -> impl IntoView {
    view! {
        {part_view(review.yours, "review-yours")}
        {review.found.map(|(found, total)| view! {
            <p class="review-found">{tf(Msg::FoundOf, &[("found", found.into()), ("total", total.into())])}</p>
        })}
        {review.right.map(|p| part_view(p, "right-answer"))}
        {explanation(review.explanation)}
    }
}

/// The immediate-mode feedback panel.
#[component]
pub fn QuestionFeedback(
    review: QuestionReview,
    /// Anchor of the paragraph the question cites.
    evidence: Option<String>,
    /// The question's number, for the evidence link.
    number: usize,
) -> impl IntoView {
    let class = format!("feedback {}", verdict_class(review.verdict));
    let verdict = t(review.verdict.label());
    view! {
        <div class=class>
            <h4 id=FEEDBACK_HEADING class="feedback-heading" tabindex="-1">{verdict}</h4>
            {review_body(review)}
            {evidence.map(|e| view! { <EvidenceLink anchor=e number/> })}
        </div>
    }
}
