//! On the progress page: every article read or attempted in this browser,
//! newest activity first, with its scores; and links that resume a quiz.

use std::collections::BTreeMap;

use crate::i18n::{t, tf};
use gloss_core::i18n::Msg;
use gloss_core::Route;
use leptos::ev::MouseEvent;
use leptos::prelude::*;

use crate::app::nav::{is_plain_click, use_router, Link};
use crate::platform::focus::focus_by_id_when_present;
use crate::progress::state::{display_date, use_progress};

/// One article's line; it is its own key, so a row that did not change is
/// not rebuilt when another one does.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct Row {
    id: String,
    last_read_at_ms: Option<u64>,
    last_active_ms: u64,
    summary: gloss_core::progress::ArticleSummary,
}

#[component]
pub fn ArticleProgressList(titles: Signal<BTreeMap<String, String>>) -> impl IntoView {
    let progress = use_progress();
    let rows = Memo::new(move |_| {
        progress.with(|s| {
            let mut rows: Vec<Row> = s
                .article_ids()
                .into_iter()
                .map(|id| {
                    let read = s.articles_read().get(id).map(|m| m.last_read_at_ms);
                    let summary = s.summary(id, "");
                    let active = read
                        .unwrap_or(0)
                        .max(summary.last_finished_at_ms.unwrap_or(0));
                    Row {
                        id: id.to_owned(),
                        last_read_at_ms: read,
                        last_active_ms: active,
                        summary,
                    }
                })
                .collect();
            gloss_core::sort::sort_by(&mut rows, &|a, b| {
                b.last_active_ms
                    .cmp(&a.last_active_ms)
                    .then(a.id.cmp(&b.id))
            });
            rows
        })
    });
    // The list is rebuilt only when it appears or disappears; the keyed
    // `<For>` updates the rows.
    let empty = Memo::new(move |_| rows.with(Vec::is_empty));
    move || {
        if empty.get() {
            return view! { <p>{t(Msg::ArticlesAppearHere)}</p> }.into_any();
        }
        view! {
            <ul class="progress-list">
                <For each=move || rows.get() key=|row| row.clone() let:row>
                    <ArticleRow row titles/>
                </For>
            </ul>
        }
        .into_any()
    }
}

#[component]
fn ArticleRow(row: Row, titles: Signal<BTreeMap<String, String>>) -> impl IntoView {
    let id = row.id.clone();
    let title = {
        let id = id.clone();
        move || match titles.with(|t| t.get(&id).cloned()) {
            // A title in any script, isolated from the interface around it.
            Some(title) => {
                view! { <Link route=Route::article(&id)><bdi>{title}</bdi></Link> }.into_any()
            }
            None => view! {
                {id.clone()}
                <span class="hint">" " {t(Msg::NotInList)}</span>
            }
            .into_any(),
        }
    };
    let read = match row.last_read_at_ms {
        Some(ms) if ms > 0 => tf(
            Msg::LastReadOn,
            &[("date", gloss_core::i18n::Arg::Raw(&display_date(ms)))],
        ),
        _ => t(Msg::NotOpened).to_owned(),
    };
    let s = row.summary;
    let scores = match (s.best, s.last) {
        (Some(best), Some(last)) => view! {
            <dl class="score-summary">
                <div><dt>{t(Msg::BestScore)}</dt><dd>{crate::i18n::score(best)}</dd></div>
                <div><dt>{t(Msg::LastScore)}</dt><dd>{crate::i18n::score(last)}</dd></div>
                <div><dt>{t(Msg::AttemptsLabel)}</dt><dd>{s.attempts}</dd></div>
            </dl>
        }
        .into_any(),
        _ => view! { <p class="hint">{t(Msg::NoQuizFinished)}</p> }.into_any(),
    };
    view! {
        <li class="progress-item">
            <h3 class="progress-title">{title}</h3>
            <p class="progress-read">{read}</p>
            {scores}
            {s.in_progress.then(|| view! { <p class="progress-note">{t(Msg::UnfinishedHere)}</p> })}
        </li>
    }
}

/// Opens an article at its quiz (`articles/<id>/#quiz`) and moves focus to
/// the quiz heading once the article has loaded.
#[component]
pub fn ResumeLink(article_id: String, title: String) -> impl IntoView {
    let router = use_router();
    let href = format!("{}#quiz", router.href(&Route::article(&article_id)));
    let on_click = move |ev: MouseEvent| {
        if !is_plain_click(&ev) {
            return;
        }
        ev.prevent_default();
        router.push(Route::article(&article_id), Some("quiz"));
        // The article loads first; focus its quiz heading once it is there.
        focus_by_id_when_present("quiz-heading");
    };
    view! {
        <a href=href on:click=on_click>
            {tf(Msg::ContinueQuizOn, &[("title", title.as_str().into())])}
        </a>
    }
}
