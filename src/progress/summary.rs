//! The reader's record at one article: best score, last score and number of
//! attempts, on the article page (above the quiz) and on index cards.

use gloss_core::wording::{count, out_of, score, was_were};
use leptos::prelude::*;

use crate::progress::state::use_progress;

/// Above the quiz on the article page; nothing before a first attempt.
#[component]
pub fn QuizProgressSummary(
    #[prop(into)] article_id: String,
    /// `quiz_hash` of the quiz as it is now, to spot earlier versions.
    #[prop(into)]
    quiz_hash: String,
) -> impl IntoView {
    let progress = use_progress();
    move || {
        let s = progress.summary(&article_id, &quiz_hash);
        let (best, last) = (s.best?, s.last?);
        let outdated = (s.outdated_attempts > 0).then(|| {
            let n = s.outdated_attempts;
            let text = if n == s.attempts {
                "These attempts were on an earlier version of this quiz.".to_owned()
            } else {
                format!(
                    "{} {} on an earlier version of this quiz.",
                    count(n, "attempt", "attempts"),
                    was_were(n)
                )
            };
            view! { <p class="hint summary-note">{text}</p> }
        });
        Some(view! {
            <div class="quiz-summary">
                <dl class="score-summary">
                    <div><dt>"Best score"</dt><dd>{score(best)}</dd></div>
                    <div><dt>"Last score"</dt><dd>{score(last)}</dd></div>
                    <div><dt>"Attempts"</dt><dd>{s.attempts}</dd></div>
                </dl>
                {outdated}
            </div>
        })
    }
}

/// Badges on an index card: read, scores, an unfinished quiz.
#[component]
pub fn CardProgress(#[prop(into)] article_id: String) -> impl IntoView {
    let progress = use_progress();
    move || {
        // Best and last do not depend on the quiz version; the card has no hash.
        let s = progress.summary(&article_id, "");
        let read = progress.with(|p| p.articles_read().contains_key(&article_id));
        let mut badges = Vec::new();
        if read {
            badges.push("Read".to_owned());
        }
        if let (Some(best), Some(last)) = (s.best, s.last) {
            badges.push(format!("Best score {}", score(best)));
            badges.push(format!("Last {}", out_of(last)));
            badges.push(count(s.attempts, "attempt", "attempts"));
        }
        if s.in_progress {
            badges.push("Quiz in progress".to_owned());
        }
        (!badges.is_empty()).then(|| {
            view! {
                <ul class="card-progress" lang="en">
                    {badges.into_iter().map(|b| view! { <li>{b}</li> }).collect_view()}
                </ul>
            }
        })
    }
}
