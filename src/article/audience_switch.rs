//! Links between the audience versions of an article.

use crate::i18n::t;
use gloss_core::content::model::Article;
use gloss_core::i18n::Msg;
use gloss_core::Route;
use leptos::prelude::*;

use crate::app::nav::Link;

/// Shown only when the article has more than one version.
#[component]
pub fn AudienceSwitch(
    article: std::sync::Arc<Article>,
    #[prop(into)] current: Signal<String>,
) -> impl IntoView {
    if article.versions.len() < 2 {
        return None;
    }
    let mut links = Vec::new();
    for (i, v) in article.versions.iter().enumerate() {
        // The first version is the article's own address (`articles/<id>/`).
        let route = Route::Article {
            id: article.id.clone(),
            version: (i > 0).then(|| v.id.clone()),
            embed: crate::embed::is_embed(),
        };
        let vid = v.id.clone();
        let audience = v.audience.clone();
        let is_current = Signal::derive(move || current.get() == vid);
        let (lang, dir) = (article.lang.clone(), article.dir.as_str());
        links.push(view! {
            <li><Link route=route current=is_current><span lang=lang dir=dir>{audience}</span></Link></li>
        });
    }
    Some(view! {
        <nav class="audience-switch" aria-label=t(Msg::ReadingLevel)>
            <span class="audience-label">{t(Msg::ExplainedFor)}</span>
            <ul>{links}</ul>
        </nav>
    })
}
