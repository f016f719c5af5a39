//! The reader's record at one article: best score, last score and number of
//! attempts, on the article page (above the quiz) and on index cards.

use crate::i18n::{out_of, score, t, tf};
use gloss_core::i18n::{Arg, Msg};
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
                t(Msg::OutdatedAll).to_owned()
            } else {
                tf(Msg::OutdatedSome, &[("count", n.into())])
            };
            view! { <p class="hint summary-note">{text}</p> }
        });
        Some(view! {
            <div class="quiz-summary">
                <dl class="score-summary">
                    <div><dt>{t(Msg::BestScore)}</dt><dd>{score(best)}</dd></div>
                    <div><dt>{t(Msg::LastScore)}</dt><dd>{score(last)}</dd></div>
                    <div><dt>{t(Msg::AttemptsLabel)}</dt><dd>{s.attempts}</dd></div>
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
            badges.push(t(Msg::BadgeRead).to_owned());
        }
        if let (Some(best), Some(last)) = (s.best, s.last) {
            badges.push(tf(Msg::BadgeBest, &[("score", Arg::Raw(&score(best)))]));
            badges.push(tf(Msg::BadgeLast, &[("score", Arg::Raw(&out_of(last)))]));
            badges.push(tf(Msg::Attempts, &[("count", s.attempts.into())]));
        }
        if s.in_progress {
            badges.push(t(Msg::BadgeInProgress).to_owned());
        }
        (!badges.is_empty()).then(|| {
            view! {
                <ul class="card-progress" lang=crate::i18n::current().code() dir=crate::i18n::current().dir()>
                    {badges.into_iter().map(|b| view! { <li>{b}</li> }).collect_view()}
                </ul>
            }
        })
    }
}
