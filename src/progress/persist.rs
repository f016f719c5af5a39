//! Keeping the in-memory store and `localStorage` in step: reading (and
//! setting aside what cannot be read), read-merge-write saving, other tabs'
//! `storage` events, and what failures mean for the status and notices.

use gloss_core::progress::{
    load, merge, quarantine_key, ProgressStore, MAX_ATTEMPTS, QUARANTINE_PREFIX, STORAGE_KEY,
};
use leptos::logging::warn;
use leptos::prelude::*;

use super::state::{now_ms, Notice, NoticeKind, Progress, StorageStatus};
use crate::platform::storage::{self, LocalStorage, StorageError};

/// Quarantine keys kept, newest first (so they cannot fill the quota).
const KEEP_QUARANTINED: usize = 3;

/// How stored text could be used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Readable {
    Clean,
    /// Migrated or repaired (original set aside): write the clean version.
    Repaired,
    /// Unreadable and could not be set aside: never write over it.
    Untouchable,
}

impl Progress {
    pub(super) fn init(self) {
        let ls = match storage::local() {
            Ok(ls) => ls,
            Err(e) => return self.fail(e),
        };
        match ls.probe() {
            Err(e @ StorageError::Blocked(_)) => return self.fail(e),
            // Full, but what is stored can still be read.
            Err(e) => self.fail(e),
            Ok(()) => {}
        }
        let text = match ls.get(STORAGE_KEY) {
            Ok(Some(text)) => text,
            Ok(None) => return,
            Err(e) => return self.fail(e),
        };
        let (store, readable) = self.read(&ls, &text);
        self.store.set(store);
        match readable {
            Readable::Clean => {}
            Readable::Repaired => self.persist(),
            Readable::Untouchable => self.status.set(StorageStatus::Unsaved(StorageError::Other(
                "stored progress could not be set aside".to_owned(),
            ))),
        }
    }

    pub(super) fn persist(&self) {
        if !self.persistent || self.status.get_untracked() == StorageStatus::Blocked {
            return;
        }
        let ls = match storage::local() {
            Ok(ls) => ls,
            Err(e) => return self.fail(e),
        };
        let stored = match ls.get(STORAGE_KEY) {
            Ok(s) => s,
            Err(e) => return self.fail(e),
        };
        let mut merged = self.store.get_untracked();
        if let Some(text) = &stored {
            let (base, readable) = self.read(&ls, text);
            merged = merge(&base, &merged);
            if readable == Readable::Untouchable {
                self.set_store(merged);
                let why = "stored progress could not be set aside".to_owned();
                self.status
                    .set(StorageStatus::Unsaved(StorageError::Other(why)));
                return;
            }
        }
        merged.trim(MAX_ATTEMPTS);
        let json = match merged.to_json() {
            Ok(json) => json,
            Err(e) => return self.fail(StorageError::Other(e.to_string())),
        };
        self.set_store(merged);
        if stored.as_deref() == Some(json.as_str()) {
            return self.saved();
        }
        match ls.set(STORAGE_KEY, &json) {
            Ok(()) => self.saved(),
            Err(e) => self.fail(e),
        }
    }

    /// Loads stored text; sets aside what cannot be read as it is.
    fn read(&self, ls: &LocalStorage, text: &str) -> (ProgressStore, Readable) {
        match load(text) {
            Ok(l) if l.warnings.is_empty() && !l.migrated() => (l.store, Readable::Clean),
            Ok(l) if l.warnings.is_empty() => {
                // Migrated: keeping the old text is cheap insurance, not a must.
                if let Err(e) = quarantine(ls, text) {
                    warn!(
                        "gloss: could not keep the version-{} progress aside: {e}",
                        l.from_version
                    );
                }
                (l.store, Readable::Repaired)
            }
            Ok(l) => {
                for w in &l.warnings {
                    warn!("gloss: stored progress: {w}");
                }
                match quarantine(ls, text) {
                    Ok(()) => {
                        self.notify(Notice::Dropped(l.warnings.len()));
                        (l.store, Readable::Repaired)
                    }
                    Err(e) => {
                        self.notify(Notice::CannotSetAside(e.to_string()));
                        (l.store, Readable::Untouchable)
                    }
                }
            }
            Err(err) => {
                warn!("gloss: stored progress cannot be read: {err}");
                match quarantine(ls, text) {
                    Ok(()) => {
                        self.notify(Notice::Quarantined(err.to_string()));
                        (ProgressStore::new(), Readable::Repaired)
                    }
                    Err(e) => {
                        self.notify(Notice::CannotSetAside(e.to_string()));
                        (ProgressStore::new(), Readable::Untouchable)
                    }
                }
            }
        }
    }

    pub(super) fn on_storage_event(&self, e: &web_sys::StorageEvent) {
        if !self.persistent {
            return;
        }
        match (e.key(), e.new_value()) {
            // Another tab reset progress (or the site data was cleared).
            (None, _) => self.store.set(ProgressStore::new()),
            (Some(k), None) if k == STORAGE_KEY => self.store.set(ProgressStore::new()),
            (Some(k), Some(text)) if k == STORAGE_KEY => match load(&text) {
                Ok(l) => {
                    let merged = self.store.with_untracked(|s| merge(s, &l.store));
                    self.set_store(merged);
                    // Another tab may have freed space: try again to save ours.
                    if matches!(self.status.get_untracked(), StorageStatus::Unsaved(_)) {
                        self.persist();
                    }
                }
                Err(err) => warn!("gloss: another tab stored unreadable progress: {err}"),
            },
            _ => {}
        }
    }

    pub(super) fn saved(&self) {
        if self.status.get_untracked() != StorageStatus::Saved {
            self.status.set(StorageStatus::Saved);
        }
        if self.notices.with_untracked(|v| {
            v.iter()
                .any(|n| matches!(n.kind(), NoticeKind::Quota | NoticeKind::WriteFailed))
        }) {
            self.notices.update(|v| {
                v.retain(|n| !matches!(n.kind(), NoticeKind::Quota | NoticeKind::WriteFailed))
            });
        }
    }

    fn fail(&self, e: StorageError) {
        warn!("gloss: progress storage: {e}");
        let (status, notice) = match &e {
            StorageError::Blocked(_) => (StorageStatus::Blocked, Notice::Blocked),
            StorageError::Quota(_) => (StorageStatus::Unsaved(e.clone()), Notice::Quota),
            StorageError::Other(m) => (
                StorageStatus::Unsaved(e.clone()),
                Notice::WriteFailed(m.clone()),
            ),
        };
        self.status.set(status);
        self.notify(notice);
    }
}

/// Sets `text` aside under a new quarantine key (unless the same text is
/// already set aside), then keeps only the newest [`KEEP_QUARANTINED`].
fn quarantine(ls: &LocalStorage, text: &str) -> Result<(), StorageError> {
    let mut existing: Vec<(u64, String)> = ls
        .keys()?
        .into_iter()
        .filter_map(|k| {
            let t = k.strip_prefix(QUARANTINE_PREFIX)?.parse::<u64>().ok()?;
            Some((t, k))
        })
        .collect();
    for (_, key) in &existing {
        if ls.get(key)?.as_deref() == Some(text) {
            return Ok(());
        }
    }
    let mut t = now_ms();
    while existing.iter().any(|(e, _)| *e == t) {
        t += 1;
    }
    let key = quarantine_key(t);
    ls.set(&key, text)?;
    existing.push((t, key));
    existing.sort_by_key(|e| std::cmp::Reverse(e.0));
    for (_, old) in existing.iter().skip(KEEP_QUARANTINED) {
        let _ = ls.remove(old);
    }
    Ok(())
}
