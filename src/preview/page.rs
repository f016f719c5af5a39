//! The preview page: choose or drop a file, see every problem, or see the
//! article exactly as readers will (the reader's own `ArticleView`, with
//! progress kept in memory only).

use gloss_core::i18n::{Arg, Msg};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::article::page::ArticleView;
use crate::i18n::{t, tf, UiLang};
use crate::platform::{browser, focus};
use crate::preview::file::{self, Checked, Origin};
use crate::preview::summary::{problem_count, ErrorSummary, SUMMARY_ID};
use crate::preview::watch::poll_for_changes;

/// The file to check, and how many times it was asked for: each request
/// (a new file, "Check again", a change on disk) reads it again.
#[derive(Clone)]
pub(super) struct Request {
    pub(super) origin: Origin,
    pub(super) number: u64,
}

/// What the status region says after a check.
fn status_of(checked: &Checked) -> String {
    let name = file_name(&checked.name);
    let time = Arg::Raw(checked.at.as_str());
    match &checked.outcome {
        Ok(_) => tf(
            Msg::PreviewCheckedOk,
            &[("time", time), ("name", name.as_str().into())],
        ),
        Err(e) => tf(
            Msg::PreviewCheckedProblems,
            &[
                ("time", time),
                ("count", problem_count(e).into()),
                ("name", name.as_str().into()),
            ],
        ),
    }
}

/// The file's name, or "the file".
pub(super) fn file_name(name: &str) -> String {
    if name.is_empty() {
        t(Msg::PreviewTheFile).to_owned()
    } else {
        name.to_owned()
    }
}

/// The preview's state, kept above the page so that a change of the
/// interface's language (which renders the page again) keeps the file
/// and its check: a `Copy` handle.
#[derive(Clone, Copy)]
pub struct PreviewState {
    request: RwSignal<Option<Request>, LocalStorage>,
    /// The last check, with its request's number.
    checked: LocalResource<Option<(u64, Checked)>>,
    status: RwSignal<String>,
}

impl PreviewState {
    /// The state, with the effects that follow each check: the status
    /// region and the title say what it found (again in a new interface
    /// language), and focus moves to the problems once per check.
    pub fn new(ui: UiLang) -> Self {
        let request = RwSignal::new_local(None::<Request>);
        let checked = LocalResource::new(move || {
            let asked = request.with(|r| r.as_ref().map(|r| (r.number, r.origin.clone())));
            async move {
                match asked {
                    Some((number, origin)) => Some((number, file::check(origin).await)),
                    None => None,
                }
            }
        });
        let status = RwSignal::new(String::new());
        Effect::new(move |focused: Option<Option<u64>>| {
            ui.get();
            let Some(Some((number, c))) = checked.get() else {
                browser::set_title(t(Msg::PreviewTitlePage));
                return focused.flatten();
            };
            let number = Some(number);
            status.set(status_of(&c));
            match &c.outcome {
                Ok(article) => browser::set_title(&tf(
                    Msg::PreviewTitleArticle,
                    &[("title", article.title.as_str().into())],
                )),
                Err(_) => {
                    browser::set_title(t(Msg::PreviewTitleProblems));
                    if focused.flatten() != number {
                        focus::focus_by_id_when_present(SUMMARY_ID);
                    }
                }
            }
            number
        });
        let state = PreviewState {
            request,
            checked,
            status,
        };
        let last_modified = Signal::derive(move || {
            checked
                .get()
                .flatten()
                .map_or(0.0, |(_, c): (u64, Checked)| c.last_modified)
        });
        poll_for_changes(request, last_modified, move || state.again());
        state
    }

    fn ask(self, origin: Origin) {
        let number = self
            .request
            .with_untracked(|r| r.as_ref().map_or(0, |r| r.number + 1));
        self.request.set(Some(Request { origin, number }));
    }

    /// Reads the same file again.
    fn again(self) {
        self.request.update(|r| {
            if let Some(r) = r {
                r.number += 1;
            }
        });
    }
}

#[component]
pub fn PreviewPage(state: PreviewState) -> impl IntoView {
    let PreviewState {
        request,
        checked,
        status,
    } = state;
    let ask = move |origin: Origin| state.ask(origin);

    let on_change = move |ev: leptos::ev::Event| {
        let file = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            .and_then(|input| input.files())
            .and_then(|files| files.get(0));
        if let Some(file) = file {
            ask(Origin::Picked(file));
        }
    };
    let dragging = RwSignal::new(false);
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        if let Some(file) = file::dropped_file(&ev) {
            ask(Origin::Picked(file));
        }
    };
    let on_open = move |_| {
        leptos::task::spawn_local(async move {
            if let Some(handle) = file::pick_handle().await {
                ask(Origin::Handle(handle));
            }
        });
    };
    let has_file = move || request.with(Option::is_some);
    let watching = move || {
        request.with(|r| {
            matches!(
                r,
                Some(Request {
                    origin: Origin::Handle(_),
                    ..
                })
            )
        })
    };
    let check_again = move |_| state.again();

    let result = move || {
        Suspend::new(async move {
            match checked.await {
                None => ().into_any(),
                Some((
                    _,
                    Checked {
                        outcome: Ok(article),
                        ..
                    },
                )) => view! {
                    <section class="preview-frame" aria-labelledby="preview-frame-title">
                        <h2 class="preview-frame-title" id="preview-frame-title">{t(Msg::PreviewHowReaders)}</h2>
                        <div class="page article-page">
                            <ArticleView article/>
                        </div>
                    </section>
                }
                .into_any(),
                Some((
                    _,
                    Checked {
                        name,
                        outcome: Err(error),
                        ..
                    },
                )) => view! { <ErrorSummary name error/> }.into_any(),
            }
        })
    };

    view! {
        <main id="main" tabindex="-1" class="page preview-page">
            <h1>{t(Msg::PreviewHeading)}</h1>
            <p class="preview-intro">{t(Msg::PreviewIntro)}</p>
            <div
                class="drop-zone"
                class:dragging=move || dragging.get()
                on:dragover=move |ev: leptos::ev::DragEvent| {
                    ev.prevent_default();
                    dragging.set(true);
                }
                on:dragleave=move |_| dragging.set(false)
                on:drop=on_drop
            >
                <p class="drop-zone-title">{t(Msg::PreviewDrop)}</p>
                <p class="drop-zone-or">{t(Msg::PreviewOr)}</p>
                <label class="file-label" for="preview-file">{t(Msg::PreviewChoose)}</label>
                <input
                    type="file"
                    id="preview-file"
                    class="file-input"
                    accept=".json,application/json"
                    aria-describedby="preview-file-hint"
                    on:change=on_change
                />
                <p class="hint" id="preview-file-hint">{t(Msg::PreviewFileHint)}</p>
            </div>
            <div class="preview-actions">
                {file::can_watch().then(|| view! {
                    <button type="button" class="button" on:click=on_open>{t(Msg::PreviewWatch)}</button>
                })}
                <Show when=has_file>
                    <button type="button" class="button" on:click=check_again>{t(Msg::PreviewCheckAgain)}</button>
                </Show>
            </div>
            <Show when=watching>
                <p class="hint preview-watching">{t(Msg::PreviewWatching)}</p>
            </Show>
            <p class="preview-status" role="status" aria-live="polite">{move || status.get()}</p>
            <Transition fallback=|| view! { <p class="hint">{t(Msg::PreviewReading)}</p> }>{result}</Transition>
        </main>
    }
}
