//! `window.localStorage` as the core's [`KeyValue`], returning typed errors
//! instead of panicking. Browsers refuse storage in many real situations:
//! cookies off, a sandboxed or third-party iframe (where merely *reading*
//! `window.localStorage` throws), privacy modes with a zero quota, or a full
//! quota. The policy built on this (reading, quarantine, merging, saving)
//! is `gloss_core::progress::Persistence`, tested natively.
//!
//! The handle comes from gloo-storage, but only after [`local`] has checked
//! that the `localStorage` getter works: gloo's `raw()` panics when it
//! throws. gloo's own `get`/`set` store JSON-encoded values and panic when
//! a call throws, so text is read and written here through the handle, with
//! every exception classified (gloo-storage has no quota detection).

use gloo_storage::Storage as _;
use wasm_bindgen::{JsCast, JsValue};

pub use gloss_core::storage::{KeyValue, StorageError};

/// Legacy `DOMException.code`s: 22 is `QUOTA_EXCEEDED_ERR`, 1014 is
/// Firefox's `NS_ERROR_DOM_QUOTA_REACHED`, 18 is `SECURITY_ERR`.
const QUOTA_CODES: [u16; 2] = [22, 1014];
const SECURITY_CODE: u16 = 18;

/// Turns whatever a storage call threw into a [`StorageError`].
pub fn classify(err: &JsValue) -> StorageError {
    let (name, message, code) = if let Some(e) = err.dyn_ref::<web_sys::DomException>() {
        (e.name(), e.message(), e.code())
    } else if let Some(e) = err.dyn_ref::<js_sys::Error>() {
        (String::from(e.name()), String::from(e.message()), 0)
    } else {
        let text = err
            .as_string()
            .unwrap_or_else(|| "unknown error".to_owned());
        (String::new(), text, 0)
    };
    let detail = if message.is_empty() {
        name.clone()
    } else {
        message
    };
    match name.as_str() {
        "QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED" => StorageError::Quota(detail),
        "SecurityError" | "NotAllowedError" => StorageError::Blocked(detail),
        _ if QUOTA_CODES.contains(&code) => StorageError::Quota(detail),
        _ if code == SECURITY_CODE => StorageError::Blocked(detail),
        _ => StorageError::Other(detail),
    }
}

/// `window.localStorage`, reachable.
#[derive(Clone, Debug)]
pub struct BrowserStorage {
    inner: web_sys::Storage,
}

/// Opens `window.localStorage`. The getter itself throws a `SecurityError`
/// in sandboxed iframes and when site data is blocked; any failure to reach
/// it counts as [`StorageError::Blocked`].
pub fn local() -> Result<BrowserStorage, StorageError> {
    let window = crate::platform::browser::window()
        .ok_or_else(|| StorageError::Blocked("no window".to_owned()))?;
    match window.local_storage() {
        // Reachable: gloo's `raw()` will not panic now.
        Ok(Some(_)) => Ok(BrowserStorage {
            inner: gloo_storage::LocalStorage::raw(),
        }),
        Ok(None) => Err(StorageError::Blocked(
            "localStorage is not available".to_owned(),
        )),
        Err(e) => Err(match classify(&e) {
            StorageError::Other(m) | StorageError::Quota(m) => StorageError::Blocked(m),
            blocked => blocked,
        }),
    }
}

impl KeyValue for BrowserStorage {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        self.inner.get_item(key).map_err(|e| classify(&e))
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        self.inner.set_item(key, value).map_err(|e| classify(&e))
    }

    fn remove(&self, key: &str) -> Result<(), StorageError> {
        self.inner.remove_item(key).map_err(|e| classify(&e))
    }

    fn keys(&self) -> Result<Vec<String>, StorageError> {
        let len = self.inner.length().map_err(|e| classify(&e))?;
        let mut keys = Vec::new();
        for i in 0..len {
            if let Some(k) = self.inner.key(i).map_err(|e| classify(&e))? {
                keys.push(k);
            }
        }
        Ok(keys)
    }
}
