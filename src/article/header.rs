//! Title, category, date, source and attachments of an article.

use crate::i18n::{t, tf};
use gloss_core::content::model::Article;
use gloss_core::content::url;
use gloss_core::i18n::{names, Msg};
use leptos::prelude::*;

#[component]
pub fn ArticleHeader(
    article: std::sync::Arc<Article>,
    #[prop(into)] reading_minutes: Signal<u32>,
) -> impl IntoView {
    let source = article.source.clone();
    let host = url::host(&source.url).unwrap_or_default().to_owned();
    let attachments = article.attachments.clone();
    // The article's own words carry its language and direction; the
    // interface's around them stay in the interface's (src/article/lang.rs).
    let (lang, dir) = (article.lang.clone(), article.dir.as_str());
    view! {
        <header class="article-header">
            <p class="article-meta">
                <span class="category" lang=lang.clone() dir=dir>{article.category.clone()}</span>
                <time datetime=article.published.clone()>{crate::i18n::date(&article.published)}</time>
                <span class="reading-time">{move || tf(Msg::ReadingTime, &[("minutes", reading_minutes.get().into())])}</span>
            </p>
            <h1 lang=lang.clone() dir=dir>{article.title.clone()}</h1>
            <p class="source">
                {t(Msg::OriginalReporting)} " "
                <a class="source-link" href=source.url.clone() target="_blank" rel="noopener noreferrer">
                    <bdi>{source.title.clone()}</bdi>
                    <span class="visually-hidden">" " {t(Msg::OpensNewTab)}</span>
                </a>
                " — " <bdi>{source.publisher.clone()}</bdi>
                <span class="source-host">{format!(" ({host})")}</span>
            </p>
            {(!attachments.is_empty()).then(|| view! {
                <ul class="attachments" aria-label=t(Msg::Attachments)>
                    {attachments.into_iter().map(|a| view! {
                        <li>
                            <a href=a.url target="_blank" rel="noopener noreferrer">
                                <span class="attachment-kind">{t(names::attachment(a.kind))}</span>
                                " " <span lang=lang.clone() dir=dir>{a.label}</span>
                                <span class="visually-hidden">" " {t(Msg::OpensNewTab)}</span>
                            </a>
                        </li>
                    }).collect_view()}
                </ul>
            })}
        </header>
    }
}
