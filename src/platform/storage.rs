//! A thin layer over `window.localStorage` that returns typed errors instead
//! of panicking. Browsers refuse storage in many real situations: cookies
//! off, a sandboxed or third-party iframe (where merely *reading*
//! `window.localStorage` throws), privacy modes with a zero quota, or a full
//! quota. Every call here turns those into a [`StorageError`].

use wasm_bindgen::{JsCast, JsValue};

/// Why storage could not be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum StorageError {
    /// The browser does not let this page store anything (cookies or site
    /// data blocked, sandboxed iframe, some private modes).
    #[error("the browser does not let this page keep data ({0})")]
    Blocked(String),
    /// The storage for this site is full.
    #[error("the storage for this site is full ({0})")]
    Quota(String),
    /// Anything else the browser reported.
    #[error("the browser could not use its storage ({0})")]
    Other(String),
}

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
pub struct LocalStorage {
    inner: web_sys::Storage,
}

/// Opens `window.localStorage`. The getter itself throws a `SecurityError`
/// in sandboxed iframes and when site data is blocked; any failure to reach
/// it counts as [`StorageError::Blocked`].
pub fn local() -> Result<LocalStorage, StorageError> {
    let window = web_sys::window().ok_or_else(|| StorageError::Blocked("no window".to_owned()))?;
    match window.local_storage() {
        Ok(Some(inner)) => Ok(LocalStorage { inner }),
        Ok(None) => Err(StorageError::Blocked(
            "localStorage is not available".to_owned(),
        )),
        Err(e) => Err(match classify(&e) {
            StorageError::Other(m) | StorageError::Quota(m) => StorageError::Blocked(m),
            blocked => blocked,
        }),
    }
}

/// The key written and removed again by [`LocalStorage::probe`].
const PROBE_KEY: &str = "gloss:probe";

impl LocalStorage {
    /// The value under `key`, if any.
    pub fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        self.inner.get_item(key).map_err(|e| classify(&e))
    }

    /// Stores `value` under `key`. On failure nothing already stored changes.
    pub fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        self.inner.set_item(key, value).map_err(|e| classify(&e))
    }

    /// Removes `key` (no error if it is absent).
    pub fn remove(&self, key: &str) -> Result<(), StorageError> {
        self.inner.remove_item(key).map_err(|e| classify(&e))
    }

    /// Every key currently stored.
    pub fn keys(&self) -> Result<Vec<String>, StorageError> {
        let len = self.inner.length().map_err(|e| classify(&e))?;
        let mut keys = Vec::new();
        for i in 0..len {
            if let Some(k) = self.inner.key(i).map_err(|e| classify(&e))? {
                keys.push(k);
            }
        }
        Ok(keys)
    }

    /// Writes and removes a tiny value, to find out early whether writes
    /// work at all. A quota error with nothing stored is a zero quota (old
    /// Safari private windows), which means blocked.
    pub fn probe(&self) -> Result<(), StorageError> {
        match self.set(PROBE_KEY, "1") {
            Ok(()) => self.remove(PROBE_KEY),
            Err(StorageError::Quota(m)) if self.inner.length().unwrap_or(0) == 0 => {
                Err(StorageError::Blocked(m))
            }
            Err(e) => Err(e),
        }
    }
}
