//! Export progress to a JSON file, and import one back (validated by
//! gloss-core, merged: a union of attempts, never a replacement).

use std::time::Duration;

use gloss_core::progress::PROGRESS;
use gloss_core::wording;
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
        Err(e) => Outcome::Failed(format!("Your progress couldn't be exported: {e}.")),
    }
}

async fn import_file(progress: Progress, file: web_sys::File) -> Outcome {
    #[allow(clippy::cast_precision_loss)]
    let limit = PROGRESS.max_bytes as f64;
    if file.size() > limit {
        return Outcome::Failed(format!(
            "“{}” is too large to be a Gloss progress file. Nothing was changed.",
            file.name()
        ));
    }
    let text = match JsFuture::from(file.text()).await {
        Ok(t) => t.as_string().unwrap_or_default(),
        Err(e) => {
            return Outcome::Failed(format!(
                "“{}” couldn't be read: {}.",
                file.name(),
                js_text(&e)
            ))
        }
    };
    match progress.import_text(&text) {
        Ok(report) => Outcome::Imported(report),
        Err(e) => Outcome::Failed(format!(
            "“{}” couldn't be imported: {e}. Nothing was changed.",
            file.name()
        )),
    }
}

fn attempts(n: usize) -> String {
    wording::count(n, "quiz attempt", "quiz attempts")
}

fn outcome_view(outcome: Outcome, status: StorageStatus) -> AnyView {
    let kept = (status != StorageStatus::Saved && status != StorageStatus::MemoryOnly)
        .then_some(" It is kept in this tab only, because this browser isn't saving progress.");
    match outcome {
        Outcome::Exported(name) => view! {
            <p class="outcome">{format!("Your progress has been downloaded as “{name}”. Keep it to import it in another browser.")}</p>
        }
        .into_any(),
        Outcome::Failed(message) => view! { <p class="outcome outcome-error">{message}</p> }.into_any(),
        Outcome::Imported(report) => {
            let more = report.warnings.len().saturating_sub(SHOWN_WARNINGS);
            let warnings = (!report.warnings.is_empty()).then(|| view! {
                <p>{format!("{} in the file couldn't be read and {} skipped:", wording::count(report.warnings.len(), "record", "records"), wording::was_were(report.warnings.len()))}</p>
                <ul class="problems">
                    {report.warnings.iter().take(SHOWN_WARNINGS).map(|w| view! { <li><code>{w.to_string()}</code></li> }).collect_view()}
                    {(more > 0).then(|| view! { <li>{format!("and {more} more")}</li> })}
                </ul>
            });
            view! {
                <p class="outcome">
                    {format!("Imported: {} added, {} already here.", attempts(report.added), report.known)}
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
        <p>"Save your progress to a file, to keep a copy or to move it to another browser or device. Importing a file adds its attempts to the ones here; nothing is replaced."</p>
        <div class="transfer">
            <button type="button" class="button" on:click=move |_| outcome.set(Some(export(progress)))>
                "Export my progress"
            </button>
            <div class="field import-field">
                <label for="import-progress">"Import a progress file"</label>
                <input type="file" id="import-progress" accept=".json,application/json" on:change=on_import/>
            </div>
        </div>
        <div class="transfer-outcome" role="status">
            {move || outcome.get().map(|o| outcome_view(o, progress.status()))}
        </div>
    }
}
