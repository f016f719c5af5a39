//! Feedback on a checked question: correct or not, the right answer, the
//! explanation of each choice the reader picked or missed, the question's
//! own explanation, and a link to the paragraph that says so.

use gloss_core::quiz::{ChoiceFeedback, QuestionResult};
use leptos::prelude::*;

use crate::article::rich_text::RichText;
use crate::quiz::evidence::EvidenceLink;
use crate::quiz::state::{ChoiceData, QuestionData, FEEDBACK_HEADING};

/// Choice texts: inline for one, a list for several, or `none` text.
pub fn choice_texts(choices: Vec<ChoiceData>, none: &'static str) -> AnyView {
    match choices.len() {
        0 => view! { <span class="no-answer">{none}</span> }.into_any(),
        1 => choices
            .into_iter()
            .map(|c| view! { <strong class="answer-text"><RichText text=c.text/></strong> })
            .collect_view()
            .into_any(),
        _ => view! {
            <ul class="answer-list">
                {choices.into_iter().map(|c| view! { <li><RichText text=c.text/></li> }).collect_view()}
            </ul>
        }
        .into_any(),
    }
}

/// "Correct", "Incorrect" or "Not answered".
pub fn verdict(result: &QuestionResult) -> &'static str {
    if result.correct {
        "Correct"
    } else if result.answered() {
        "Incorrect"
    } else {
        "Not answered"
    }
}

/// CSS class for a verdict.
pub fn verdict_class(result: &QuestionResult) -> &'static str {
    if result.correct {
        "is-correct"
    } else {
        "is-incorrect"
    }
}

/// The immediate-mode feedback panel.
#[component]
pub fn QuestionFeedback(question: QuestionData, result: QuestionResult) -> impl IntoView {
    let right = question.choices_in(&result.answer);
    let right_label = if right.len() > 1 {
        "The right answers are: "
    } else {
        "The right answer is: "
    };
    let partial = (!result.correct && !result.right_selected.is_empty() && result.answer.len() > 1)
        .then(|| {
            format!(
                "You found {} of the {} right answers.",
                result.right_selected.len(),
                result.answer.len()
            )
        });
    let explained: Vec<(&'static str, ChoiceData, String)> = question
        .choices
        .iter()
        .filter_map(|c| {
            let label = match result.choice_feedback(c.original) {
                ChoiceFeedback::CorrectSelected => "Your answer (right)",
                ChoiceFeedback::WrongSelected => "Your answer (wrong)",
                ChoiceFeedback::CorrectMissed => "Right answer",
                ChoiceFeedback::NotSelected => return None,
            };
            Some((label, c.clone(), c.explanation.clone()?))
        })
        .collect();
    let explanations = (!explained.is_empty()).then(|| {
        view! {
            <ul class="choice-explanations">
                {explained.into_iter().map(|(label, c, why)| view! {
                    <li>
                        <p class="explained-choice">
                            <span class="explained-label">{label}": "</span>
                            <RichText text=c.text/>
                        </p>
                        <p class="explanation"><RichText text=why/></p>
                    </li>
                }).collect_view()}
            </ul>
        }
    });
    let class = format!("feedback {}", verdict_class(&result));
    view! {
        <div class=class>
            <h4 id=FEEDBACK_HEADING class="feedback-heading" tabindex="-1">{verdict(&result)}</h4>
            <div class="right-answer">{right_label}{choice_texts(right, "none")}</div>
            {partial.map(|p| view! { <p>{p}</p> })}
            {explanations}
            {question.explanation.clone().map(|e| view! { <p class="explanation"><RichText text=e/></p> })}
            {question.evidence.clone().map(|e| view! { <EvidenceLink anchor=e number=question.number/> })}
        </div>
    }
}
