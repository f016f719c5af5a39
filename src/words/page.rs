//! `words/` (`?view=words`): the words a reader opened, by article with
//! their definitions, and the flashcard review. Rendered neutral (no words)
//! at build time; the stored words appear after hydration.

use crate::i18n::t;
use gloss_core::i18n::Msg;
use gloss_core::words::leitner::schedule;
use gloss_core::words::WordGroup;
use gloss_core::Route;
use leptos::prelude::*;

use crate::app::nav::Link;
use crate::platform::browser;
use crate::progress::state::use_progress;
use crate::words::review::Review;
use crate::words::store::today;

/// The page's title and description.
pub fn title_and_description() -> (String, String) {
    (
        t(Msg::TitleWords).to_owned(),
        t(Msg::DescriptionWords).to_owned(),
    )
}

#[component]
pub fn WordsPage() -> impl IntoView {
    let (title, description) = title_and_description();
    browser::set_title(&title);
    browser::set_description(&description);
    let progress = use_progress();
    let empty = move || progress.with(|s| s.words().is_empty());
    let list = move || {
        let day = today();
        let groups = progress.with(|s| s.word_groups());
        groups
            .into_iter()
            .map(move |g| group(g, day))
            .collect_view()
    };
    view! {
        <main id="main" tabindex="-1" class="page words-page">
            <h1>{t(Msg::NavWords)}</h1>
            <p class="lede">{t(Msg::WordsLede)}</p>
            <section aria-labelledby="review-heading">
                <h2 id="review-heading">{t(Msg::Review)}</h2>
                <Review/>
            </section>
            <section aria-labelledby="list-heading">
                <h2 id="list-heading">{t(Msg::WordsByArticle)}</h2>
                <p class="words-empty" hidden=move || !empty()>
                    {t(Msg::WordsEmpty)}
                </p>
                {list}
            </section>
            <p>
                {t(Msg::WordsExported)} " "
                <Link route=Route::Progress>{t(Msg::NavProgress)}</Link>"."
            </p>
        </main>
    }
}

/// One article's words: its title as a link, then each term with its
/// definition and where it is in the schedule.
fn group(group: WordGroup, day: u32) -> impl IntoView {
    let title = if group.title.is_empty() {
        group.article_id.clone()
    } else {
        group.title
    };
    let words = group
        .words
        .into_iter()
        .map(|(_, w)| {
            let when = schedule(&w, day);
            view! {
                <dt>{w.text.term}</dt>
                <dd>{w.text.definition}<span class="word-schedule">{when}</span></dd>
            }
        })
        .collect_view();
    view! {
        <h3 class="word-article"><Link route=Route::article(&group.article_id)>{title}</Link></h3>
        <dl class="word-list">{words}</dl>
    }
}
