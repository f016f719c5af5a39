//! Key–value storage behind a small trait, so that the policy built on it
//! (`crate::progress::persist`) is plain Rust, tested natively against
//! [`MemoryStorage`]. The browser's `localStorage` implements [`KeyValue`] in
//! the shell (`src/platform/storage.rs`); nothing else touches storage.

mod memory;

pub use memory::MemoryStorage;

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

/// The key written and removed again by [`KeyValue::probe`].
pub const PROBE_KEY: &str = "gloss:probe";

/// String keys to string values, like `window.localStorage`. Every call
/// can fail (never panic); a failed `set` or `remove` changes nothing.
pub trait KeyValue {
    /// The value under `key`, if any.
    fn get(&self, key: &str) -> Result<Option<String>, StorageError>;
    /// Stores `value` under `key`.
    fn set(&self, key: &str, value: &str) -> Result<(), StorageError>;
    /// Removes `key` (no error if it is absent).
    fn remove(&self, key: &str) -> Result<(), StorageError>;
    /// Every key currently stored.
    fn keys(&self) -> Result<Vec<String>, StorageError>;

    /// Writes and removes a tiny value, to find out early whether writes
    /// work at all. A quota error with nothing stored is a zero quota (old
    /// Safari private windows), which means blocked.
    fn probe(&self) -> Result<(), StorageError> {
        match self.set(PROBE_KEY, "1") {
            Ok(()) => self.remove(PROBE_KEY),
            Err(StorageError::Quota(m)) if self.keys().map_or(true, |k| k.is_empty()) => {
                Err(StorageError::Blocked(m))
            }
            Err(e) => Err(e),
        }
    }
}
