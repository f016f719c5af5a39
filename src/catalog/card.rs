//! One article on the index page.

use gloss_core::content::model::IndexEntry;
use gloss_core::{content::date, wording, Route};
use leptos::prelude::*;

use crate::app::nav::Link;
use crate::progress::summary::CardProgress;

#[component]
pub fn ArticleCard(entry: IndexEntry) -> impl IntoView {
    let route = Route::article(&entry.id);
    let title = entry.title.clone();
    view! {
        <li class="article-card" lang=entry.lang.clone() dir=entry.dir.as_str()>
            <p class="card-meta">
                <span class="card-category">{entry.category.clone()}</span>
                <time datetime=entry.published.clone()>{date::display(&entry.published)}</time>
            </p>
            <h3 class="card-title"><Link route=route>{entry.title.clone()}</Link></h3>
            <p class="card-summary">{entry.summary.clone()}</p>
            <p class="reading-time">{wording::reading_time(entry.reading_minutes)}</p>
            <CardProgress article_id=entry.id.clone()/>
            <crate::offline::save_button::SaveOfflineButton article_id=entry.id.clone() title/>
        </li>
    }
}
