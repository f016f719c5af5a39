//! One article on the index page.

use gloss_core::content::model::IndexEntry;
use gloss_core::i18n::Msg;
use gloss_core::Route;
use leptos::prelude::*;

use crate::app::nav::Link;
use crate::i18n::tf;
use crate::progress::summary::CardProgress;

#[component]
pub fn ArticleCard(entry: IndexEntry) -> impl IntoView {
    let route = Route::article(&entry.id);
    let title = entry.title.clone();
    // The card is in the article's language; its interface words are not.
    let ui = crate::i18n::current();
    view! {
        <li class="article-card" lang=entry.lang.clone() dir=entry.dir.as_str()>
            <p class="card-meta">
                <span class="card-category">{entry.category.clone()}</span>
                <time datetime=entry.published.clone() lang=ui.code() dir=ui.dir()>{crate::i18n::date(&entry.published)}</time>
            </p>
            <h3 class="card-title"><Link route=route>{entry.title.clone()}</Link></h3>
            <p class="card-summary">{entry.summary.clone()}</p>
            <p class="reading-time" lang=ui.code() dir=ui.dir()>{tf(Msg::ReadingTime, &[("minutes", entry.reading_minutes.into())])}</p>
            <CardProgress article_id=entry.id.clone()/>
            <crate::offline::save_button::SaveOfflineButton article_id=entry.id.clone() title/>
        </li>
    }
}
