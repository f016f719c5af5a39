//! What the reader sees while content loads, and when it cannot be shown.

use gloss_core::Route;
use leptos::prelude::*;

use crate::app::content::{LoadError, Loaded};
use crate::app::nav::Link;
use crate::i18n::{t, tf};
use gloss_core::i18n::Msg;

/// What failed to load, for the error view's words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Noun {
    Article,
    List,
}

impl Noun {
    /// Not found, its text; can't be shown; offline, its text; couldn't load.
    fn messages(self) -> [Msg; 6] {
        match self {
            Noun::Article => [
                Msg::ArticleNotFound,
                Msg::ArticleNotFoundText,
                Msg::ArticleCantShow,
                Msg::ArticleOffline,
                Msg::ArticleOfflineText,
                Msg::ArticleCouldntLoad,
            ],
            Noun::List => [
                Msg::ListNotFound,
                Msg::ListNotFoundText,
                Msg::ListCantShow,
                Msg::ListOffline,
                Msg::ListOfflineText,
                Msg::ListCouldntLoad,
            ],
        }
    }
}

/// Where a page's document comes from.
pub enum Source<T: Send + Sync + 'static> {
    /// It came with the page (pre-rendered): shown at once, no fetch.
    Ready(T),
    /// It is fetched: a skeleton until it arrives.
    Loading(LocalResource<Loaded<T>>),
}

/// A page's `<main>` for a document from `source`: the page for it at once
/// when it came with the page; otherwise `fallback` (a skeleton) under
/// `aria-busy` while it loads, then `ready(document)`, or the typed error
/// view whose "Try again" refetches.
#[component]
pub fn LoadedMain<T, V, F>(
    source: Source<T>,
    /// The classes of `<main>`.
    class: &'static str,
    /// What is loaded, for the error view.
    noun: Noun,
    /// Shown while loading.
    #[prop(into)]
    fallback: ViewFnOnce,
    /// Whether the error view offers a way back to the index.
    #[prop(default = true)]
    show_back: bool,
    /// The page for the loaded document.
    ready: F,
) -> impl IntoView
where
    T: Clone + Send + Sync + 'static,
    V: IntoView + 'static,
    F: Fn(T) -> V + Clone + Send + Sync + 'static,
{
    let resource = match source {
        Source::Ready(document) => {
            return view! {
                <main id="main" tabindex="-1" class=class aria-busy="false">{ready(document)}</main>
            }
            .into_any();
        }
        Source::Loading(resource) => resource,
    };
    let busy = RwSignal::new(true);
    let retry = Callback::new(move |_| {
        busy.set(true);
        resource.refetch();
    });
    let content = move || {
        let ready = ready.clone();
        Suspend::new(async move {
            let result = resource.await;
            // The page may be gone by now: then nothing is updated.
            busy.try_set(false);
            match result {
                Ok(document) => ready(document).into_any(),
                Err(error) => {
                    view! { <LoadErrorView error noun on_retry=retry show_back/> }.into_any()
                }
            }
        })
    };
    view! {
        <main id="main" tabindex="-1" class=class aria-busy=move || busy.get().to_string()>
            <Suspense fallback>{content}</Suspense>
        </main>
    }
    .into_any()
}

/// Grey placeholder blocks shaped like the page, plus a status for screen readers.
#[component]
pub fn Skeleton(#[prop(into)] label: String, #[prop(default = 3)] blocks: usize) -> impl IntoView {
    view! {
        <div class="skeleton" aria-hidden="true">
            <div class="skeleton-line skeleton-title"></div>
            {(0..blocks).map(|_| view! {
                <div class="skeleton-block">
                    <div class="skeleton-line"></div>
                    <div class="skeleton-line"></div>
                    <div class="skeleton-line skeleton-short"></div>
                </div>
            }).collect_view()}
        </div>
        <p class="visually-hidden" role="status">{label}</p>
    }
}

fn back_link() -> impl IntoView {
    view! { <Link route=Route::default() class="back-link">{crate::i18n::t(gloss_core::i18n::Msg::BackToArticles)}</Link> }
}

/// A specific error: not found, invalid content (the first problem's code:
/// field and kind; authors get every problem from `cargo xtask validate`),
/// not available offline, or a network failure with a retry button.
#[component]
pub fn LoadErrorView(
    error: LoadError,
    /// What failed to load.
    noun: Noun,
    /// Re-runs the load; offered for network failures.
    on_retry: Callback<()>,
    /// Whether to offer a way back to the index.
    #[prop(default = true)]
    show_back: bool,
    /// The page has its own `h1` (the index): the message is an `h2`.
    #[prop(optional)]
    subordinate: bool,
) -> impl IntoView {
    let back = move || show_back.then(back_link);
    let heading = move |text: String| {
        if subordinate {
            view! { <h2>{text}</h2> }.into_any()
        } else {
            view! { <h1>{text}</h1> }.into_any()
        }
    };
    let [not_found, not_found_text, cant_show, offline, offline_text, couldnt_load] =
        noun.messages();
    let heading = move |msg: Msg| heading(t(msg).to_owned());
    match error {
        LoadError::NotFound => view! {
            <div class="error-state" role="alert">
                {heading(not_found)}
                <p>{t(not_found_text)}</p>
                {back}
            </div>
        }
        .into_any(),
        LoadError::Invalid(err) => view! {
            <div class="error-state" role="alert">
                {heading(cant_show)}
                <p>{tf(Msg::FileHasProblems, &[("file", err.document.as_str().into())])}</p>
                <p class="problem-code">{t(Msg::Problem)} " "<code>{err.code()}</code>{more_problems(err.problems.len())}</p>
                <p class="hint">{t(Msg::ValidatorHint)} " "<code>"cargo xtask validate"</code></p>
                {back}
            </div>
        }
        .into_any(),
        LoadError::Offline => view! {
            <div class="error-state offline-error" role="alert">
                {heading(offline)}
                <p>{t(offline_text)}</p>
                <p>{t(Msg::BackOnline)}</p>
                <button type="button" class="retry button" on:click=move |_| on_retry.run(())>{crate::i18n::t(gloss_core::i18n::Msg::TryAgain)}</button>
                {back}
            </div>
        }
        .into_any(),
        other => {
            let detail = match &other {
                LoadError::Http(status) => tf(Msg::HttpStatus, &[("status", u32::from(*status).into())]),
                _ => t(Msg::CheckConnection).to_owned(),
            };
            view! {
                <div class="error-state" role="alert">
                    {heading(couldnt_load)}
                    <p>{detail}</p>
                    <button type="button" class="retry button" on:click=move |_| on_retry.run(())>{crate::i18n::t(gloss_core::i18n::Msg::TryAgain)}</button>
                    {back}
                </div>
            }
            .into_any()
        }
    }
}

/// " (and 2 more)" after the first problem's code.
fn more_problems(count: usize) -> Option<String> {
    (count > 1).then(|| {
        format!(
            " {}",
            tf(Msg::MoreProblems, &[("count", (count - 1).into())])
        )
    })
}
