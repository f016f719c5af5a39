//! The article page: loads one article and shows every part of it.

use std::sync::Arc;

use crate::i18n::t;
use gloss_core::content::anchors::section_ids;
use gloss_core::content::model::{Article, Version};
use gloss_core::content::reading::reading_minutes;
use gloss_core::glossary::{AnnotatedVersion, Matcher};
use gloss_core::i18n::Msg;
use gloss_core::Route;
use leptos::prelude::*;

use crate::app::boot::preloaded_article;
use crate::app::content::{load_article, LoadError};
use crate::app::load_states::{LoadedMain, Noun, Skeleton, Source};
use crate::app::nav::{use_route, Link};
use crate::article::audience_switch::AudienceSwitch;
use crate::article::header::ArticleHeader;
use crate::article::rich_text::render_annotated;
use crate::article::section::SectionView;
use crate::glossary::list::GlossaryList;
use crate::glossary::tip::Tips;
use crate::platform::browser;
use crate::quiz::section::QuizSection;
use crate::reading::print::{print_actions, AnswerKey};

/// The document title of an article's page.
pub fn title(article: &Article) -> String {
    crate::i18n::tf(
        Msg::TitleArticle,
        &[("title", gloss_core::i18n::Arg::Raw(&article.title))],
    )
}

#[component]
pub fn ArticlePage(id: String) -> impl IntoView {
    // One page per article id: `App` mounts a new one when the id changes.
    let source = match preloaded_article(&id) {
        Some(article) => {
            set_page_title(Some(&Ok(article.clone())));
            Source::Ready(article)
        }
        None => {
            let article = LocalResource::new(move || load_article(id.clone()));
            Effect::new(move |_| set_page_title(article.get().as_ref()));
            Source::Loading(article)
        }
    };
    view! {
        <LoadedMain
            source
            class="page article-page"
            noun=Noun::Article
            fallback=|| view! { <Skeleton label=t(Msg::LoadingArticle) blocks=4/> }
            ready=|article| view! { <ArticleView article/> }
        />
    }
}

fn set_page_title(article: Option<&Result<Arc<Article>, LoadError>>) {
    match article {
        Some(Ok(article)) => {
            browser::set_title(&title(article));
            browser::set_description(&article.summary);
        }
        Some(Err(LoadError::NotFound)) => browser::set_title(t(Msg::TitleArticleNotFound)),
        Some(Err(_)) => browser::set_title(t(Msg::TitleArticleUnavailable)),
        None => browser::set_title(t(Msg::TitleLoading)),
    }
}

/// A loaded article, following the audience version named in the URL (the
/// author preview renders it too, `src/preview/`).
#[component]
pub fn ArticleView(article: Arc<Article>) -> impl IntoView {
    crate::embed::set_subject(&article);
    {
        // After the first render (and hydration): note the article as read,
        // and jump to the part the URL names (the browser's own jump
        // happened before the article existed when it was fetched).
        let id = article.id.clone();
        let versions: Vec<String> = article.versions.iter().map(|v| v.id.clone()).collect();
        let router = crate::app::nav::use_router();
        Effect::new(move |_| {
            untrack(|| crate::progress::state::use_progress().mark_read(&id));
            // An old `?article=` link moves to this page's own address, if
            // the version it names exists.
            let route = router.route().get_untracked();
            if let Route::Article { version, .. } = &route {
                if version.as_ref().is_none_or(|v| versions.contains(v)) {
                    router.settle_address(&route);
                }
            }
            if crate::platform::site::rendered_article().as_deref() == Some(id.as_str()) {
                crate::offline::worker::keep_read_article(&id);
            }
            crate::platform::timer::next_frame(browser::scroll_to_fragment);
        });
    }
    let route = use_route();
    let requested = Memo::new(move |_| match route.get() {
        Route::Article { version, .. } => version,
        _ => None,
    });
    let current = {
        let article = article.clone();
        Memo::new(move |_| {
            article
                .version(requested.get().as_deref())
                .map(|v| v.id.clone())
                .unwrap_or_default()
        })
    };
    let minutes = {
        let article = article.clone();
        Signal::derive(move || {
            article
                .version(Some(&current.get()))
                .map(reading_minutes)
                .unwrap_or(1)
        })
    };
    let matcher = Arc::new(Matcher::for_article(&article));
    let annotated = {
        let article = article.clone();
        Memo::new(move |_| {
            article
                .version(Some(&current.get()))
                .map(|v| matcher.annotate_version(v, article.glossary_links))
        })
    };
    let present =
        Memo::new(move |_| annotated.with(|a| a.as_ref().map(|a| a.entries()).unwrap_or_default()));
    let progress = crate::progress::state::use_progress();
    let on_open = {
        let article = article.clone();
        Callback::new(move |term_id: String| progress.open_term(&article, &term_id))
    };
    {
        // Terms opened before My words kept their text join it now.
        let article = article.clone();
        Effect::new(move |_| untrack(|| progress.add_opened_terms(&article)));
    }
    // Read by every key term: computed once per change of progress.
    let opened = {
        let article_id = article.id.clone();
        Memo::new(move |_| progress.terms_opened(&article_id))
    };
    Tips::provide(&article, Some(on_open));
    let content = crate::article::lang::ContentLang::provide(&article);
    AnswerKey::provide();
    let body = {
        let article = article.clone();
        move || {
            let version = article.version(Some(&current.get())).cloned()?;
            // "Listen" reads this version: a new one stops it.
            let listen = crate::reading::listen::listen(article.clone(), version.id.clone());
            let text = article_text(version, annotated.get()?, content);
            Some(view! { {listen} <div class="article-body">{text}</div> })
        }
    };
    view! {
        <Link route=Route::default() class="back-link">{t(Msg::BackToArticles)}</Link>
        // The interface's language around the article's own text, which
        // carries its `lang` and `dir` (src/article/lang.rs).
        // The printed sheet's first line (style/print.css), in the interface's words.
        <article class="article" data-sheet=t(Msg::PrintNameLine) data-key=t(Msg::AnswerKey)>
            <ArticleHeader article=article.clone() reading_minutes=minutes/>
            <AudienceSwitch article=article.clone() current=current/>
            {print_actions()}
            {body}
            <GlossaryList article=article.clone() present=present opened=opened/>
            <QuizSection article=article.clone() version=current/>
        </article>
        <crate::article::share_panel::SharePanel article=article.clone()/>
    }
}

/// The article's own text for one version: the hook, then each section,
/// with glossary terms marked (`text`), in the article's language.
pub fn article_text(
    version: Version,
    text: AnnotatedVersion,
    content: crate::article::lang::ContentLang,
) -> impl IntoView {
    let ids = section_ids(&version.sections);
    let sections = version
        .sections
        .into_iter()
        .zip(text.sections)
        .zip(ids)
        .map(|((section, text), id)| view! { <SectionView section text id/> })
        .collect_view();
    view! {
        <p class="hook" lang=content.lang() dir=content.dir()>{render_annotated(text.hook)}</p>
        {sections}
    }
}
