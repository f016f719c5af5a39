//! [`MemoryStorage`]: storage in memory that can be made to fail like a
//! browser's: blocked, full, or holding whatever text a test puts there.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;

use super::{KeyValue, StorageError};

/// In-memory [`KeyValue`]. Clones share the same data, like two tabs of one
/// site share `localStorage`.
#[derive(Debug, Clone, Default)]
pub struct MemoryStorage {
    inner: Rc<RefCell<Inner>>,
}

#[derive(Debug, Default)]
struct Inner {
    data: BTreeMap<String, String>,
    /// Every call fails with this (e.g. blocked).
    failure: Option<StorageError>,
    /// Most bytes (keys and values) the storage holds.
    quota: Option<usize>,
    gets: usize,
    writes: usize,
}

impl Inner {
    fn check(&self) -> Result<(), StorageError> {
        self.failure.clone().map_or(Ok(()), Err)
    }

    fn used(&self) -> usize {
        self.data.iter().map(|(k, v)| k.len() + v.len()).sum()
    }
}

impl MemoryStorage {
    /// Empty storage with no limit.
    pub fn new() -> Self {
        Self::default()
    }

    /// Storage where every call fails as blocked storage does.
    pub fn blocked() -> Self {
        let s = Self::new();
        s.fail_with(Some(StorageError::Blocked("storage is blocked".to_owned())));
        s
    }

    /// Makes every call fail with `error` from now on (`None`: work again).
    pub fn fail_with(&self, error: Option<StorageError>) {
        self.inner.borrow_mut().failure = error;
    }

    /// Limits the bytes (keys plus values) stored; a `set` that would go
    /// over fails with [`StorageError::Quota`] and changes nothing.
    pub fn set_quota(&self, bytes: Option<usize>) {
        self.inner.borrow_mut().quota = bytes;
    }

    /// Full: no `set` that adds a byte succeeds any more.
    pub fn fill(&self) {
        let used = self.inner.borrow().used();
        self.set_quota(Some(used));
    }

    /// Puts `value` under `key` whatever the quota or failure mode: data a
    /// test says was already there (another build's, or corrupt).
    pub fn put(&self, key: &str, value: &str) {
        self.inner
            .borrow_mut()
            .data
            .insert(key.to_owned(), value.to_owned());
    }

    /// The value under `key`, read without counting or failing.
    pub fn peek(&self, key: &str) -> Option<String> {
        self.inner.borrow().data.get(key).cloned()
    }

    /// Every key and value, without counting or failing.
    pub fn snapshot(&self) -> BTreeMap<String, String> {
        self.inner.borrow().data.clone()
    }

    /// How many `get` calls were made (failed ones too).
    pub fn gets(&self) -> usize {
        self.inner.borrow().gets
    }

    /// How many `set` calls succeeded.
    pub fn writes(&self) -> usize {
        self.inner.borrow().writes
    }
}

impl KeyValue for MemoryStorage {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        let mut inner = self.inner.borrow_mut();
        inner.gets += 1;
        inner.check()?;
        Ok(inner.data.get(key).cloned())
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        let mut inner = self.inner.borrow_mut();
        inner.check()?;
        if let Some(quota) = inner.quota {
            let old = inner.data.get(key).map_or(0, |v| key.len() + v.len());
            if inner.used() - old + key.len() + value.len() > quota {
                return Err(StorageError::Quota(format!(
                    "setting {key} would go over the quota of {quota} bytes"
                )));
            }
        }
        inner.data.insert(key.to_owned(), value.to_owned());
        inner.writes += 1;
        Ok(())
    }

    fn remove(&self, key: &str) -> Result<(), StorageError> {
        let mut inner = self.inner.borrow_mut();
        inner.check()?;
        inner.data.remove(key);
        Ok(())
    }

    fn keys(&self) -> Result<Vec<String>, StorageError> {
        let inner = self.inner.borrow();
        inner.check()?;
        Ok(inner.data.keys().cloned().collect())
    }
}
