//! Export progress to a JSON file, and import one back (validated by
//! gloss-core, merged: a union of attempts, never a replacement).

use std::time::Duration;

use crate::i18n::{t, tf};
use gloss_core::i18n::{Arg, Msg};
use gloss_core::progress::PROGRESS;
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::progress::state::{now_ms, use_progress, ImportReport, Progress, StorageStatus};

/// What the last export or import did, for the status line.
#[derive(Debug, Clone, PartialEq)]
enum Outcome {
    Exported(String),
    Imported(ImportReport),
    Failed(String),
}

/// Warnings listed by name at most; the rest are counted.
const SHOWN_WARNINGS: usize = 10;

fn js_text(e: &JsValue) -> String {
    e.dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| e.as_string())
        .unwrap_or_else(|| "unknown error".to_owned())
}

/// `gloss-progress-2026-11-27.json`, in the reader's time zone.
fn file_name() -> String {
    #[allow(clippy::cast_precision_loss)] // times are at most 2^53
    let d = js_sys::Date::new(&JsValue::from_f64(now_ms() as f64));
    format!(
        "gloss-progress-{:04}-{:02}-{:02}.json",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date()
    )
}

/// Saves `text` as a file: a Blob, an object URL, a temporary `<a download>`.
fn download(name: &str, text: &str) -> Result<(), String> {
    let window = crate::platform::browser::window().ok_or("no window")?;
    let doc = window.document().ok_or("no document")?;
    let body = doc.body().ok_or("no page body")?;
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/json");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
        .map_err(|e| js_text(&e))?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|e| js_text(&e))?;
    let link: web_sys::HtmlAnchorElement = doc
        .create_element("a")
        .map_err(|e| js_text(&e))?
        .dyn_into()
        .map_err(|_| "could not create a link")?;
    link.set_href(&url);
    link.set_download(name);
    link.set_class_name("visually-hidden");
    body.append_child(&link).map_err(|e| js_text(&e))?;
    link.click();
    link.remove();
    // Give the download time to start before the URL is released.
    crate::platform::timer::after(Duration::from_secs(30), move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    Ok(())
}

fn export(progress: Progress) -> Outcome {
    let name = file_name();
    match progress
        .export_json()
        .map_err(|e| e.to_string())
        .and_then(|json| download(&name, &json))
    {
        Ok(()) => Outcome::Exported(name),
        Err(e) => Outcome::Failed(tf(Msg::ExportFailed, &[("error", Arg::Raw(&e))])),
    }
}

async fn import_file(progress: Progress, file: web_sys::File) -> Outcome {
    #[allow(clippy::cast_precision_loss)]
    let limit = PROGRESS.max_bytes as f64;
    if file.size() > limit {
        return Outcome::Failed(tf(
            Msg::ImportTooLarge,
            &[("file", file.name().as_str().into())],
        ));
    }
    let text = match JsFuture::from(file.text()).await {
        Ok(t) => t.as_string().unwrap_or_default(),
        Err(e) => {
            return Outcome::Failed(tf(
                Msg::ImportUnreadable,
                &[
                    ("file", file.name().as_str().into()),
                    ("error", Arg::Raw(&js_text(&e))),
                ],
            ))
        }
    };
    match progress.import_text(&text) {
        Ok(report) => Outcome::Imported(report),
        Err(e) => Outcome::Failed(tf(
            Msg::ImportFailed,
            &[
                ("file", file.name().as_str().into()),
                ("error", Arg::Raw(&e.to_string())),
            ],
        )),
    }
}

fn outcome_view(outcome: Outcome, status: StorageStatus) -> AnyView {
    let kept = (status != StorageStatus::Saved && status != StorageStatus::MemoryOnly)
        .then(|| format!(" {}", t(Msg::ImportKeptInTab)));
    match outcome {
        Outcome::Exported(name) => view! {
            <p class="outcome">{tf(Msg::ExportedAs, &[("file", name.as_str().into())])}</p>
        }
        .into_any(),
        Outcome::Failed(message) => {
            view! { <p class="outcome outcome-error">{message}</p> }.into_any()
        }
        Outcome::Imported(report) => {
            let more = report.warnings.len().saturating_sub(SHOWN_WARNINGS);
            let warnings = (!report.warnings.is_empty()).then(|| view! {
                <p>{tf(Msg::ImportSkipped, &[("count", report.warnings.len().into())])}</p>
                <ul class="problems">
                    {report.warnings.iter().take(SHOWN_WARNINGS).map(|w| view! { <li><code>{w.to_string()}</code></li> }).collect_view()}
                    {(more > 0).then(|| view! { <li>{tf(Msg::AndMore, &[("count", more.into())])}</li> })}
                </ul>
            });
            view! {
                <p class="outcome">
                    {tf(Msg::Imported, &[("added", report.added.into()), ("known", report.known.into())])}
                    {kept}
                </p>
                {warnings}
            }
            .into_any()
        }
    }
}

#[component]
pub fn ProgressTransfer() -> impl IntoView {
    let progress = use_progress();
    let outcome = RwSignal::new(None::<Outcome>);
    let on_import = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            return;
        };
        // Let the same file be chosen again later.
        input.set_value("");
        spawn_local(async move {
            let result = import_file(progress, file).await;
            outcome.try_set(Some(result));
        });
    };
    view! {
        <p>{t(Msg::TransferExplained)}</p>
        <div class="transfer">
            <button type="button" class="button" on:click=move |_| outcome.set(Some(export(progress)))>
                {t(Msg::ExportProgress)}
            </button>
            <div class="field import-field">
                <label for="import-progress">{t(Msg::ImportProgress)}</label>
                <input type="file" id="import-progress" accept=".json,application/json" on:change=on_import/>
            </div>
        </div>
        <div class="transfer-outcome" role="status">
            {move || outcome.get().map(|o| outcome_view(o, progress.status()))}
        </div>
    }
}
