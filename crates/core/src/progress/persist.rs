//! Keeping an in-memory [`ProgressStore`] and storage in step, over any
//! [`KeyValue`]: reading (and setting aside what cannot be read), saving
//! (read what is stored, merge, trim, write), and other tabs' changes.
//!
//! Saving is cheap when nothing changed underneath: [`Persistence`]
//! remembers the exact text this tab last read or wrote. If the text stored
//! now is that text, the in-memory store already includes it, so it is not
//! parsed and merged again; only a different text (another tab, or anything
//! else that wrote without this tab hearing of it) is read in full.

use super::notice::{Notice, Outcome, Status};
use super::quarantine::set_aside;
use super::{load, merge, ProgressError, ProgressStore, MAX_ATTEMPTS, STORAGE_KEY};
use crate::storage::{KeyValue, StorageError};

/// What this tab knows about the text under [`STORAGE_KEY`].
#[derive(Debug, Clone, PartialEq, Eq)]
enum Synced {
    /// Nothing: read and merge it before the next write.
    Unknown,
    /// This text is stored (`None`: the key is absent), and the in-memory
    /// store includes everything in it.
    Known(Option<String>),
}

/// How stored text could be used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Readable {
    Clean,
    /// Migrated or repaired (original set aside): write the clean version.
    Repaired,
    /// Unreadable and could not be set aside, or written by a newer Gloss:
    /// never write over it (why, for the status).
    Untouchable(&'static str),
}

const CANNOT_SET_ASIDE: &str = "stored progress could not be set aside";
const NEWER: &str = "stored progress was written by a newer Gloss";

/// The storage policy for progress, over the storage `S`.
#[derive(Debug)]
pub struct Persistence<S> {
    storage: S,
    status: Status,
    synced: Synced,
    full_reads: usize,
}

impl<S: KeyValue> Persistence<S> {
    /// Checks that `storage` can be used and reads what is stored into
    /// `store` (normally empty: a tab starting). Unreadable text is set
    /// aside before anything can write over it; migrated or repaired data
    /// is written back at once.
    pub fn open(storage: S, store: &mut ProgressStore, now_ms: u64) -> (Self, Outcome) {
        let mut p = Persistence {
            storage,
            status: Status::Saved,
            synced: Synced::Unknown,
            full_reads: 0,
        };
        let mut out = Outcome::new(Status::Saved);
        match p.storage.probe() {
            Err(e @ StorageError::Blocked(_)) => {
                out.fail(e);
                return p.opened(out);
            }
            // Full, but what is stored can still be read.
            Err(e) => out.fail(e),
            Ok(()) => {}
        }
        let text = match p.storage.get(STORAGE_KEY) {
            Ok(Some(text)) => text,
            Ok(None) => {
                p.synced = Synced::Known(None);
                return p.opened(out);
            }
            Err(e) => {
                out.fail(e);
                return p.opened(out);
            }
        };
        match p.read(store, text, now_ms, &mut out) {
            Readable::Clean => p.opened(out),
            Readable::Repaired => {
                p.status = out.status.clone();
                let saved = p.save(store, now_ms);
                out.absorb(saved);
                p.opened(out)
            }
            Readable::Untouchable(why) => {
                out.status = Status::Unsaved(StorageError::Other(why.to_owned()));
                p.opened(out)
            }
        }
    }

    /// Writes `store`: reads what is stored, merges it in (only if it is not
    /// the text this tab last read or wrote), trims to [`MAX_ATTEMPTS`],
    /// and writes the result unless it is already stored. On failure
    /// `store` keeps everything and the outcome says why.
    pub fn save(&mut self, store: &mut ProgressStore, now_ms: u64) -> Outcome {
        let mut out = Outcome::new(self.status.clone());
        if self.status == Status::Blocked {
            return out;
        }
        let stored = match self.storage.get(STORAGE_KEY) {
            Ok(stored) => stored,
            Err(e) => {
                out.fail(e);
                return self.done(out);
            }
        };
        match (&self.synced, stored) {
            (Synced::Known(known), stored) if *known == stored => {}
            (_, None) => self.synced = Synced::Known(None),
            (_, Some(text)) => {
                if let Readable::Untouchable(why) = self.read(store, text, now_ms, &mut out) {
                    out.status = Status::Unsaved(StorageError::Other(why.to_owned()));
                    return self.done(out);
                }
            }
        }
        if store.trim(MAX_ATTEMPTS) > 0 {
            out.changed = true;
        }
        let json = match store.to_json() {
            Ok(json) => json,
            Err(e) => {
                out.fail(StorageError::Other(e.to_string()));
                return self.done(out);
            }
        };
        if !matches!(&self.synced, Synced::Known(Some(t)) if *t == json) {
            if let Err(e) = self.storage.set(STORAGE_KEY, &json) {
                out.fail(e);
                return self.done(out);
            }
            self.synced = Synced::Known(Some(json));
        }
        out.status = Status::Saved;
        self.done(out)
    }

    /// Another tab changed storage (a `storage` event): `key` is `None`
    /// when all of it was cleared, `new_value` is `None` when the key was
    /// removed. A removed or cleared store empties this tab too (a reset
    /// there); a new value is merged in. Unreadable values are ignored here
    /// (the next save sets them aside).
    pub fn incoming(
        &mut self,
        key: Option<&str>,
        new_value: Option<String>,
        store: &mut ProgressStore,
        now_ms: u64,
    ) -> Outcome {
        let mut out = Outcome::new(self.status.clone());
        match (key, new_value) {
            (None, _) | (Some(STORAGE_KEY), None) => {
                out.changed = !store.is_empty();
                *store = ProgressStore::new();
                self.synced = Synced::Known(None);
            }
            (Some(STORAGE_KEY), Some(text)) => match load(&text) {
                Ok(loaded) => {
                    let clean = loaded.warnings.is_empty() && !loaded.migrated();
                    out.changed = absorb(store, loaded.store);
                    // Text this build would repair is read again (and set
                    // aside) by the next save.
                    self.synced = if clean {
                        Synced::Known(Some(text))
                    } else {
                        Synced::Unknown
                    };
                    // Another tab may have freed space: try again to save ours.
                    if matches!(self.status, Status::Unsaved(_)) {
                        let saved = self.save(store, now_ms);
                        out.absorb(saved);
                    }
                }
                Err(err) => {
                    out.log
                        .push(format!("another tab stored unreadable progress: {err}"));
                    self.synced = Synced::Unknown;
                }
            },
            _ => {}
        }
        self.done(out)
    }

    /// Forgets all progress: empties `store` and removes [`STORAGE_KEY`].
    /// Data set aside under quarantine keys is left alone.
    pub fn reset(&mut self, store: &mut ProgressStore) -> Result<Outcome, StorageError> {
        let mut out = Outcome::new(self.status.clone());
        out.changed = !store.is_empty();
        *store = ProgressStore::new();
        if self.status == Status::Blocked {
            return Ok(out);
        }
        self.storage.remove(STORAGE_KEY)?;
        self.synced = Synced::Known(None);
        out.status = Status::Saved;
        Ok(self.done(out))
    }

    /// Where progress is kept now.
    pub fn status(&self) -> &Status {
        &self.status
    }

    /// How many times stored text was parsed and merged in full.
    pub fn full_reads(&self) -> usize {
        self.full_reads
    }

    /// The storage underneath.
    pub fn storage(&self) -> &S {
        &self.storage
    }

    /// Keeps the outcome's status as the current one.
    fn done(&mut self, out: Outcome) -> Outcome {
        self.status = out.status.clone();
        out
    }

    fn opened(mut self, out: Outcome) -> (Self, Outcome) {
        let out = self.done(out);
        (self, out)
    }

    /// Loads stored `text` and merges it into `store`; sets aside what
    /// cannot be read as it is.
    fn read(
        &mut self,
        store: &mut ProgressStore,
        text: String,
        now_ms: u64,
        out: &mut Outcome,
    ) -> Readable {
        self.full_reads += 1;
        let (base, readable) = match load(&text) {
            Ok(l) if l.warnings.is_empty() && !l.migrated() => (l.store, Readable::Clean),
            Ok(l) if l.warnings.is_empty() => {
                // Migrated: keeping the old text is cheap insurance, not a must.
                if let Err(e) = set_aside(&self.storage, &text, now_ms) {
                    out.log.push(format!(
                        "could not keep the version-{} progress aside: {e}",
                        l.from_version
                    ));
                }
                (l.store, Readable::Repaired)
            }
            Ok(l) => {
                out.log
                    .extend(l.warnings.iter().map(|w| format!("stored progress: {w}")));
                match set_aside(&self.storage, &text, now_ms) {
                    Ok(()) => {
                        out.notices.push(Notice::Dropped(l.warnings.len()));
                        (l.store, Readable::Repaired)
                    }
                    Err(e) => {
                        out.notices.push(Notice::CannotSetAside(e.to_string()));
                        (l.store, Readable::Untouchable(CANNOT_SET_ASIDE))
                    }
                }
            }
            // Not ours to set aside or to overwrite: the newer Gloss that
            // wrote it reads it, and this tab keeps its answers in memory.
            Err(ProgressError::FutureVersion { found, supported }) => {
                out.log.push(format!("stored progress: {NEWER}"));
                out.notices.push(Notice::NewerVersion { found, supported });
                (ProgressStore::new(), Readable::Untouchable(NEWER))
            }
            Err(err) => {
                out.log
                    .push(format!("stored progress cannot be read: {err}"));
                match set_aside(&self.storage, &text, now_ms) {
                    Ok(()) => {
                        out.notices.push(Notice::Quarantined(err.to_string()));
                        (ProgressStore::new(), Readable::Repaired)
                    }
                    Err(e) => {
                        out.notices.push(Notice::CannotSetAside(e.to_string()));
                        (
                            ProgressStore::new(),
                            Readable::Untouchable(CANNOT_SET_ASIDE),
                        )
                    }
                }
            }
        };
        if absorb(store, base) {
            out.changed = true;
        }
        self.synced = match readable {
            Readable::Untouchable(_) => Synced::Unknown,
            Readable::Clean | Readable::Repaired => Synced::Known(Some(text)),
        };
        readable
    }
}

/// Merges `other` into `store`; true if `store` changed.
fn absorb(store: &mut ProgressStore, other: ProgressStore) -> bool {
    if store.is_empty() {
        let changed = !other.is_empty();
        *store = other;
        return changed;
    }
    let merged = merge(store, &other);
    if merged == *store {
        false
    } else {
        *store = merged;
        true
    }
}
