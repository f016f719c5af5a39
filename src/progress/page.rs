//! `?view=progress`: everything Gloss remembers in this browser — where it is
//! kept, unfinished quizzes, articles read and attempted, scores over time,
//! export/import and reset.

use crate::i18n::{t, tf};
use gloss_core::i18n::Msg;
use leptos::prelude::*;

use crate::platform::browser;
use crate::progress::articles::{ArticleProgressList, ResumeLink};
use crate::progress::reset::ResetProgress;
use crate::progress::score_chart::{ChartPoint, ScoreChart, MAX_POINTS};
use crate::progress::state::{use_progress, StorageStatus};
use crate::progress::transfer::ProgressTransfer;

/// The progress page's title and description.
pub fn title_and_description() -> (String, String) {
    (
        t(Msg::TitleProgress).to_owned(),
        t(Msg::DescriptionProgress).to_owned(),
    )
}

#[component]
pub fn ProgressPage() -> impl IntoView {
    let (title, description) = title_and_description();
    browser::set_title(&title);
    browser::set_description(&description);
    let progress = use_progress();
    // Read by every row and chart point: computed once per change.
    let titles = crate::progress::titles::use_titles();
    let status = move || match progress.status() {
        StorageStatus::Saved => t(Msg::ProgressSaved).to_owned(),
        StorageStatus::MemoryOnly => t(Msg::ProgressMemoryOnly).to_owned(),
        StorageStatus::Blocked => t(Msg::ProgressBlocked).to_owned(),
        StorageStatus::Unsaved(e) => tf(
            Msg::ProgressUnsaved,
            &[("error", gloss_core::i18n::Arg::Raw(&e.to_string()))],
        ),
    };
    let empty = move || progress.with(|s| s.is_empty());
    // Unfinished quizzes, with their titles once the index has loaded.
    let unfinished = Memo::new(move |_| {
        progress.with(|s| {
            s.in_progress()
                .iter()
                .map(|a| {
                    let id = a.article_id.clone();
                    let title = titles
                        .with(|t| t.get(&id).cloned())
                        .unwrap_or_else(|| id.clone());
                    (id, title)
                })
                .collect::<Vec<_>>()
        })
    });
    let any_unfinished = Memo::new(move |_| unfinished.with(|u| !u.is_empty()));
    let unfinished_section = move || {
        any_unfinished.get().then(|| {
            view! {
                <section aria-labelledby="unfinished-heading">
                    <h2 id="unfinished-heading">{t(Msg::UnfinishedQuizzes)}</h2>
                    <ul class="unfinished-list">
                        <For each=move || unfinished.get() key=|item| item.clone() let:item>
                            <li><ResumeLink article_id=item.0 title=item.1/></li>
                        </For>
                    </ul>
                </section>
            }
        })
    };
    let chart = move || {
        let points: Vec<ChartPoint> = progress.with(|s| {
            let dated: Vec<_> = s.attempts().iter().filter(|r| !r.is_legacy()).collect();
            let skip = dated.len().saturating_sub(MAX_POINTS);
            dated
                .into_iter()
                .skip(skip)
                .map(|r| ChartPoint {
                    finished_at_ms: r.finished_at_ms,
                    label: titles
                        .with(|t| t.get(&r.article_id).cloned())
                        .unwrap_or_else(|| r.article_id.clone()),
                    score: r.quiz_score(),
                })
                .collect()
        });
        if points.is_empty() {
            view! { <p>{t(Msg::ScoresAppearHere)}</p> }.into_any()
        } else {
            view! { <ScoreChart points/> }.into_any()
        }
    };
    view! {
        <main id="main" tabindex="-1" class="page progress-page">
            <h1>{t(Msg::NavProgress)}</h1>
            <p class="lede storage-status">{status}</p>
            {move || empty().then(|| view! {
                <p class="empty-progress">{t(Msg::ProgressEmpty)}</p>
            })}
            {unfinished_section}
            <section aria-labelledby="articles-heading">
                <h2 id="articles-heading">{t(Msg::ArticlesHeading)}</h2>
                <ArticleProgressList titles/>
            </section>
            <section aria-labelledby="scores-heading">
                <h2 id="scores-heading">{t(Msg::ScoresOverTime)}</h2>
                {chart}
            </section>
            <section aria-labelledby="transfer-heading">
                <h2 id="transfer-heading">{t(Msg::ExportAndImport)}</h2>
                <ProgressTransfer/>
            </section>
            <section aria-labelledby="reset-heading">
                <h2 id="reset-heading">{t(Msg::ResetProgress)}</h2>
                <ResetProgress/>
            </section>
        </main>
    }
}
