//! Reading the author's file, on the device only: a `File` from the picker
//! or a drop, or a file handle from the File System Access API
//! (`window.showOpenFilePicker`, called through `Reflect` since web-sys
//! has it only behind unstable flags). Nothing is fetched or uploaded.

use std::sync::Arc;

use gloss_core::content::model::Article;
use gloss_core::preview::{check_article, check_size, CheckError};
use js_sys::{Function, Promise, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Where the file being previewed comes from.
#[derive(Clone)]
pub enum Origin {
    /// Chosen with the file input or dropped: the browser's snapshot.
    Picked(web_sys::File),
    /// Opened with `showOpenFilePicker`: read afresh every time.
    Handle(JsValue),
}

/// Why a file could not be previewed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PreviewError {
    /// The file was read, and is not a valid article.
    #[error(transparent)]
    Check(#[from] CheckError),
    /// The browser refused to read it (it changed or moved since it was
    /// chosen, or permission was withdrawn).
    #[error("The browser could not read the file ({0}). If it changed since you chose it, choose it again.")]
    Unreadable(String),
}

/// One check of the file.
#[derive(Debug, Clone, PartialEq)]
pub struct Checked {
    pub name: String,
    /// The local time of the check, `hh:mm`.
    pub at: String,
    /// The file's `lastModified` when it was read (ms since the epoch).
    pub last_modified: f64,
    pub outcome: Result<Arc<Article>, PreviewError>,
}

/// A DOM exception's or error's message, for [`PreviewError::Unreadable`].
fn js_message(e: &JsValue) -> String {
    e.dyn_ref::<web_sys::DomException>()
        .map(|d| d.message())
        .or_else(|| {
            e.dyn_ref::<js_sys::Error>()
                .map(|e| String::from(e.message()))
        })
        .unwrap_or_else(|| "unknown error".to_owned())
}

/// The local time now, `hh:mm`.
pub fn clock() -> String {
    let d = js_sys::Date::new_0();
    format!("{:02}:{:02}", d.get_hours(), d.get_minutes())
}

/// The `File` behind `origin`, as it is now.
pub async fn current_file(origin: &Origin) -> Result<web_sys::File, PreviewError> {
    match origin {
        Origin::Picked(file) => Ok(file.clone()),
        Origin::Handle(handle) => {
            let get = Reflect::get(handle, &"getFile".into())
                .ok()
                .and_then(|f| f.dyn_into::<Function>().ok())
                .ok_or_else(|| PreviewError::Unreadable("no getFile".to_owned()))?;
            let promise = get
                .call0(handle)
                .ok()
                .and_then(|p| p.dyn_into::<Promise>().ok())
                .ok_or_else(|| PreviewError::Unreadable("getFile failed".to_owned()))?;
            JsFuture::from(promise)
                .await
                .map_err(|e| PreviewError::Unreadable(js_message(&e)))?
                .dyn_into::<web_sys::File>()
                .map_err(|_| PreviewError::Unreadable("not a file".to_owned()))
        }
    }
}

/// Reads and checks the file: its size first (a file over the article
/// limit, or an empty one, is refused without reading it), then its bytes
/// through the core (`gloss_core::preview::check_article`).
pub async fn check(origin: Origin) -> Checked {
    let at = clock();
    let file = match current_file(&origin).await {
        Ok(file) => file,
        Err(e) => {
            return Checked {
                name: String::new(),
                at,
                last_modified: 0.0,
                outcome: Err(e),
            }
        }
    };
    let (name, last_modified) = (file.name(), file.last_modified());
    let outcome = read_and_check(&file).await;
    Checked {
        name,
        at,
        last_modified,
        outcome,
    }
}

async fn read_and_check(file: &web_sys::File) -> Result<Arc<Article>, PreviewError> {
    // `size` is a whole number of bytes; a negative or NaN one reads as 0.
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let size = file.size().max(0.0) as u64;
    check_size(size).map_err(|e| PreviewError::Check(CheckError::File(e)))?;
    let buffer = JsFuture::from(file.array_buffer())
        .await
        .map_err(|e| PreviewError::Unreadable(js_message(&e)))?;
    let bytes = Uint8Array::new(&buffer).to_vec();
    Ok(Arc::new(check_article(&file.name(), &bytes)?))
}

/// `window.showOpenFilePicker`, where the browser has it.
fn open_file_picker() -> Option<Function> {
    let window = crate::platform::browser::window()?;
    Reflect::get(&window, &"showOpenFilePicker".into())
        .ok()?
        .dyn_into::<Function>()
        .ok()
}

/// True where files can be opened with a handle and re-read when they change.
pub fn can_watch() -> bool {
    open_file_picker().is_some()
}

/// Asks for a JSON file with `showOpenFilePicker`; `None` when the author
/// cancels or the browser refuses.
pub async fn pick_handle() -> Option<JsValue> {
    let picker = open_file_picker()?;
    // The picker's file type, named in the interface's language (the
    // name quoted as JSON by the browser).
    let name = crate::i18n::t(gloss_core::i18n::Msg::PreviewPickerType);
    let name = String::from(js_sys::JSON::stringify(&JsValue::from_str(name)).ok()?);
    let options = js_sys::JSON::parse(&format!(
        r#"{{"multiple":false,"types":[{{"description":{name},"accept":{{"application/json":[".json"]}}}}]}}"#
    ))
    .ok()?;
    let window = crate::platform::browser::window()?;
    let promise = picker
        .call1(&window, &options)
        .ok()?
        .dyn_into::<Promise>()
        .ok()?;
    let handles = JsFuture::from(promise).await.ok()?;
    let first = js_sys::Array::from(&handles).get(0);
    (!first.is_undefined()).then_some(first)
}

/// The first file a drop carried (`event.dataTransfer.files[0]`).
pub fn dropped_file(event: &web_sys::Event) -> Option<web_sys::File> {
    let transfer = Reflect::get(event, &"dataTransfer".into()).ok()?;
    Reflect::get(&transfer, &"files".into())
        .ok()?
        .dyn_into::<web_sys::FileList>()
        .ok()?
        .get(0)
}

/// The handle's file's `lastModified`, or `None` if it cannot be read now.
pub async fn last_modified(handle: &JsValue) -> Option<f64> {
    current_file(&Origin::Handle(handle.clone()))
        .await
        .ok()
        .map(|f| f.last_modified())
}
