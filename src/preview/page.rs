//! The preview page: choose or drop a file, see every problem, or see the
//! article exactly as readers will (the reader's own `ArticleView`, with
//! progress kept in memory only).

use gloss_core::wording::count;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::article::page::ArticleView;
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
    let name = if checked.name.is_empty() {
        "the file".to_owned()
    } else {
        checked.name.clone()
    };
    match &checked.outcome {
        Ok(_) => format!(
            "Checked at {}: no problems in {name}. The article is shown below as readers will see it.",
            checked.at
        ),
        Err(e) => format!(
            "Checked at {}: {} in {name}.",
            checked.at,
            count(problem_count(e), "problem", "problems")
        ),
    }
}

#[component]
pub fn PreviewPage() -> impl IntoView {
    let request = RwSignal::new_local(None::<Request>);
    let ask = move |origin: Origin| {
        let number = request.with_untracked(|r| r.as_ref().map_or(0, |r| r.number + 1));
        request.set(Some(Request { origin, number }));
    };
    let checked = LocalResource::new(move || {
        let origin = request.with(|r| r.as_ref().map(|r| r.origin.clone()));
        async move {
            match origin {
                Some(origin) => Some(file::check(origin).await),
                None => None,
            }
        }
    });
    let status = RwSignal::new(String::new());
    // After each check: say what it found, and move focus to the problems.
    Effect::new(move |_| {
        let Some(Some(c)) = checked.get() else {
            return;
        };
        status.set(status_of(&c));
        match &c.outcome {
            Ok(article) => browser::set_title(&format!("Preview: {} · Gloss", article.title)),
            Err(_) => {
                browser::set_title("Preview: problems found · Gloss");
                focus::focus_by_id_when_present(SUMMARY_ID);
            }
        }
    });
    let last_modified = Signal::derive(move || {
        checked
            .get()
            .flatten()
            .map_or(0.0, |c: Checked| c.last_modified)
    });
    poll_for_changes(request, last_modified, move || {
        request.update(|r| {
            if let Some(r) = r {
                r.number += 1;
            }
        });
    });

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
    let check_again = move |_| {
        request.update(|r| {
            if let Some(r) = r {
                r.number += 1;
            }
        });
    };

    let result = move || {
        Suspend::new(async move {
            match checked.await {
                None => ().into_any(),
                Some(Checked {
                    outcome: Ok(article),
                    ..
                }) => view! {
                    <section class="preview-frame" aria-labelledby="preview-frame-title">
                        <h2 class="preview-frame-title" id="preview-frame-title">"How readers will see it"</h2>
                        <div class="page article-page">
                            <ArticleView article/>
                        </div>
                    </section>
                }
                .into_any(),
                Some(Checked {
                    name,
                    outcome: Err(error),
                    ..
                }) => view! { <ErrorSummary name error/> }.into_any(),
            }
        })
    };

    view! {
        <main id="main" tabindex="-1" class="page preview-page">
            <h1>"Preview an article"</h1>
            <p class="preview-intro">
                "Check an article’s JSON file and see it exactly as readers will, before you publish it. "
                "The file stays on this device: it is read here, in your browser, and never uploaded or sent anywhere. "
                "Nothing is stored, not even quiz answers."
            </p>
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
                <p class="drop-zone-title">"Drop an article’s JSON file here"</p>
                <p class="drop-zone-or">"or"</p>
                <label class="file-label" for="preview-file">"Choose an article file (.json)"</label>
                <input
                    type="file"
                    id="preview-file"
                    class="file-input"
                    accept=".json,application/json"
                    aria-describedby="preview-file-hint"
                    on:change=on_change
                />
                <p class="hint" id="preview-file-hint">"One file at most 1 MB, in the format of docs/content-format.md."</p>
            </div>
            <div class="preview-actions">
                {file::can_watch().then(|| view! {
                    <button type="button" class="button" on:click=on_open>"Open a file and re-check it when it changes"</button>
                })}
                <Show when=has_file>
                    <button type="button" class="button" on:click=check_again>"Check again"</button>
                </Show>
            </div>
            <Show when=watching>
                <p class="hint preview-watching">"Watching the file: it is checked again within a second of each save, while this page is visible."</p>
            </Show>
            <p class="preview-status" role="status" aria-live="polite">{move || status.get()}</p>
            <Transition fallback=|| view! { <p class="hint">"Reading the file…"</p> }>{result}</Transition>
        </main>
    }
}
