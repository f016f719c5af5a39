//! The reader's progress: held in memory as a signal, and kept in
//! `localStorage` when the browser allows it (see docs/progress-format.md).
//!
//! * Every write reads what is stored first and merges ([`merge`]), so a
//!   second tab's attempts are never overwritten; a `storage` event from
//!   another tab is merged into memory.
//! * Storage blocked: everything works from memory; a notice says so.
//! * Quota exceeded: the change stays in memory, the reader is told, and the
//!   stored value is untouched (a failed `setItem` changes nothing).
//! * Unreadable data under our key is set aside under a quarantine key
//!   before anything is written over it; if it cannot be set aside, it is
//!   left alone and progress stays in memory.
//!
//! The logic (validation, merge, summaries, export format) is `gloss_core`;
//! the storage policy is `gloss_core::progress::Persistence` over the
//! browser's `localStorage` (`crate::platform::storage`), see `persist.rs`.

use std::collections::BTreeSet;

use gloss_core::progress::{
    import, merge, ArticleSummary, AttemptRecord, Persistence, ProgressError, ProgressStore,
    RecordIssue, MAX_ATTEMPTS, MAX_TIME_MS,
};
use gloss_core::quiz::SavedAttempt;
use leptos::ev;
use leptos::logging::warn;
use leptos::prelude::*;

use crate::platform::storage::{BrowserStorage, StorageError};

pub use gloss_core::progress::{Notice, NoticeKind};

/// Where progress is kept right now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StorageStatus {
    /// Everything is saved in this browser.
    Saved,
    /// The browser blocks storage: progress lives in this tab only.
    Blocked,
    /// The last save failed (full, or unreadable data that could not be
    /// set aside); the newest progress is only in this tab.
    Unsaved(StorageError),
    /// Never stored, by design (component tests).
    MemoryOnly,
}

/// What an import did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportReport {
    /// Attempts in the file that this browser did not have.
    pub added: usize,
    /// Attempts in the file that were already here.
    pub known: usize,
    /// Records in the file that could not be read (dropped).
    pub warnings: Vec<RecordIssue>,
    pub exported_at_ms: Option<u64>,
}

/// The progress context: a `Copy` handle to the in-memory store.
#[derive(Clone, Copy)]
pub struct Progress {
    pub(super) store: RwSignal<ProgressStore>,
    pub(super) status: RwSignal<StorageStatus>,
    pub(super) notices: RwSignal<Vec<Notice>>,
    pub(super) dismissed: StoredValue<BTreeSet<NoticeKind>>,
    /// The storage policy over `localStorage`; `None` when progress is not
    /// stored (memory only, or storage blocked).
    pub(super) persistence: StoredValue<Option<Persistence<BrowserStorage>>, LocalStorage>,
    /// A change is in memory and its save is scheduled for after the next
    /// paint (see `persist.rs`).
    pub(super) flush_pending: StoredValue<bool>,
    /// An unfinished attempt that goes into the store after the next
    /// paint (see `persist.rs`).
    pub(super) pending: StoredValue<Option<SavedAttempt>>,
    /// Stored progress has been read (or never will be: memory only).
    pub(super) opened: StoredValue<bool>,
}

/// When a change is written to storage.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Save {
    /// Before the call returns: finished attempts, resets, imports.
    Now,
    /// Right after the next paint: what a click changes (an answer, an
    /// opened term), so the reader sees the click's effect without waiting
    /// for the whole store to be serialised and written.
    AfterPaint,
}

/// The progress in context (the app provides it), or else one memory-only
/// store shared by every caller (components mounted on their own, in tests).
pub fn use_progress() -> Progress {
    use_context::<Progress>().unwrap_or_else(fallback)
}

/// A memory-only store owned by a root that is never dropped. Providing it
/// in the caller's owner instead would leave a disposed store in context
/// when that owner re-runs (a list re-rendering), and reading it would panic.
///
/// `Owner::new_root` also makes the new root the current owner; the
/// caller's owner is put back, or everything the calling component renders
/// after this would belong to the fallback root and miss its contexts.
fn fallback() -> Progress {
    thread_local! {
        static FALLBACK: (Owner, Progress) = {
            let caller = Owner::current();
            let owner = Owner::new_root(None);
            let progress = owner.with(Progress::memory);
            match caller {
                Some(caller) => caller.set(),
                None => owner.clone().unset(),
            }
            (owner, progress)
        };
    }
    FALLBACK.with(|(_, p)| *p)
}

impl Progress {
    fn new(status: StorageStatus) -> Self {
        let memory_only = status == StorageStatus::MemoryOnly;
        Progress {
            store: RwSignal::new(ProgressStore::new()),
            status: RwSignal::new(status),
            notices: RwSignal::new(Vec::new()),
            dismissed: StoredValue::new(BTreeSet::new()),
            persistence: StoredValue::new_local(None),
            flush_pending: StoredValue::new(false),
            pending: StoredValue::new(None),
            opened: StoredValue::new(memory_only),
        }
    }

    /// Reads stored progress, listens for other tabs, and provides the context.
    pub fn provide() -> Progress {
        let p = Progress::new(StorageStatus::Saved);
        // Stored progress is device state: when attaching to a pre-rendered
        // page, it is read after hydration (the page shows the neutral
        // state until then; a change made before opens it first, see
        // `change`). Rendering from scratch, it is read at once.
        if crate::platform::browser::is_hydrating() {
            Effect::new(move |_| untrack(|| p.open()));
        } else {
            p.open();
        }
        provide_context(p);
        let handle = window_event_listener(ev::storage, move |e| p.on_storage_event(&e));
        // A save waiting for the next paint is written at once when the page
        // is hidden or left, so closing the tab right after a click keeps it.
        let hidden = window_event_listener(ev::visibilitychange, move |_| p.flush());
        let leaving = window_event_listener(ev::pagehide, move |_| p.flush());
        on_cleanup(move || {
            handle.remove();
            hidden.remove();
            leaving.remove();
        });
        p
    }

    /// Progress that is never stored (tests, or embedding without storage).
    pub fn memory() -> Progress {
        Progress::new(StorageStatus::MemoryOnly)
    }

    // ----------------------------------------------------------------- reading

    /// The store, tracked.
    pub fn with<R>(&self, f: impl FnOnce(&ProgressStore) -> R) -> R {
        self.store.with(f)
    }

    /// The store, untracked.
    pub fn with_untracked<R>(&self, f: impl FnOnce(&ProgressStore) -> R) -> R {
        self.store.with_untracked(f)
    }

    /// Quiz summary of one article (tracked).
    pub fn summary(&self, article_id: &str, quiz_hash: &str) -> ArticleSummary {
        self.store.with(|s| s.summary(article_id, quiz_hash))
    }

    /// Glossary terms opened in one article (tracked).
    pub fn terms_opened(&self, article_id: &str) -> BTreeSet<String> {
        self.store
            .with(|s| s.terms_opened_for(article_id).cloned())
            .unwrap_or_default()
    }

    /// Where progress is kept (tracked).
    pub fn status(&self) -> StorageStatus {
        self.status.get()
    }

    /// Notices not dismissed (tracked).
    pub fn notices(&self) -> Vec<Notice> {
        self.notices.get()
    }

    /// Hides a notice for the rest of this visit.
    pub fn dismiss(&self, kind: NoticeKind) {
        self.dismissed.update_value(|d| {
            d.insert(kind);
        });
        self.notices.update(|v| v.retain(|n| n.kind() != kind));
    }

    // ----------------------------------------------------------------- changes

    /// Notes that an article was shown.
    pub fn mark_read(&self, article_id: &str) {
        let now = now_ms();
        self.change(Save::Now, |s| s.mark_read(article_id, now).map(|()| true));
    }

    /// Notes that a glossary term was opened; true if it is new.
    pub fn mark_term_opened(&self, article_id: &str, term_id: &str) -> bool {
        self.change(Save::AfterPaint, |s| {
            s.mark_term_opened(article_id, term_id)
        })
    }

    /// Records a finished attempt (and drops its in-progress save).
    pub fn record_attempt(&self, record: AttemptRecord) -> Result<(), RecordIssue> {
        let mut result = Ok(());
        self.change(Save::Now, |s| {
            result = s.record_attempt(record);
            result.clone().map(|()| true)
        });
        result
    }

    /// Saves an unfinished attempt for resuming.
    pub fn save_in_progress(&self, saved: SavedAttempt) {
        self.change(Save::AfterPaint, |s| s.save_in_progress(saved));
    }

    /// Forgets the unfinished attempt at an article.
    pub fn discard_in_progress(&self, article_id: &str) {
        self.change(Save::Now, |s| {
            Ok(s.discard_in_progress(article_id).is_some())
        });
    }

    /// Applies `f` to the store in place (no copy: the core checks a record
    /// before changing anything) and saves it, now or after the next paint,
    /// if `f` says something changed; subscribers hear of it once. Invalid
    /// records are refused by the core and logged.
    pub(crate) fn change(
        &self,
        when: Save,
        f: impl FnOnce(&mut ProgressStore) -> Result<bool, RecordIssue>,
    ) -> bool {
        // One copy of the body below for every caller (a smaller bundle).
        let mut f = Some(f);
        self.change_dyn(when, &mut |s| f.take().map_or(Ok(false), |f| f(s)))
    }

    fn change_dyn(
        &self,
        when: Save,
        f: &mut dyn FnMut(&mut ProgressStore) -> Result<bool, RecordIssue>,
    ) -> bool {
        self.open();
        let mut result = Ok(false);
        let mut saved = None;
        self.store.maybe_update(|s| {
            // Attempts waiting for the paint go in first, in order.
            let applied = self.apply_pending(s);
            result = f(s);
            if !matches!(result, Ok(true)) {
                return applied;
            }
            if when == Save::Now {
                // This save writes every change, including any still waiting.
                self.flush_pending.set_value(false);
                saved = self.save(s);
            }
            true
        });
        if let Some(outcome) = saved {
            self.apply(outcome);
        }
        if when == Save::AfterPaint && matches!(result, Ok(true)) {
            self.save_after_paint();
        }
        result.unwrap_or_else(|issue| {
            warn!("gloss: progress not recorded: {issue}");
            false
        })
    }

    /// Merges an export file into the progress.
    pub fn import_text(&self, text: &str) -> Result<ImportReport, ProgressError> {
        let loaded = import(text)?;
        let ids = |s: &ProgressStore| {
            // Inserted, not collected: `collect()` into a B-tree sorts a vector first,
            // and each sort is ~3 kB of wasm (docs/benchmarks.md).
            let mut ids = BTreeSet::new();
            ids.extend(s.attempts().iter().map(|r| r.id.clone()));
            ids
        };
        let before = self.store.with_untracked(ids);
        let incoming = ids(&loaded.store);
        let added = incoming.difference(&before).count();
        let mut merged = self.store.with_untracked(|s| merge(s, &loaded.store));
        merged.trim(MAX_ATTEMPTS);
        self.set_store(merged);
        self.persist();
        Ok(ImportReport {
            added,
            known: incoming.len() - added,
            warnings: loaded.warnings,
            exported_at_ms: loaded.exported_at_ms,
        })
    }

    /// The progress as an export file (works whether or not it is stored).
    pub fn export_json(&self) -> Result<String, ProgressError> {
        self.flush();
        self.store.with_untracked(|s| s.export_json(now_ms()))
    }

    /// Forgets all progress, in memory and in this browser's storage.
    /// Data set aside under quarantine keys is left alone.
    pub fn reset(&self) -> Result<(), StorageError> {
        let mut result = Ok(None);
        self.pending.set_value(None);
        self.store.update(|s| {
            result = self
                .persistence
                .try_update_value(|p| p.as_mut().map(|p| p.reset(s)))
                .flatten()
                .transpose();
            *s = ProgressStore::new();
        });
        if let Some(outcome) = result? {
            self.apply(outcome);
        }
        Ok(())
    }

    // ----------------------------------------------------------------- storage

    pub(super) fn set_store(&self, next: ProgressStore) {
        if self.store.with_untracked(|s| s != &next) {
            self.store.set(next);
        }
    }

    /// Adds a notice, unless the same is shown or its kind was dismissed.
    pub(super) fn notify(&self, notice: Notice) {
        let kind = notice.kind();
        if self.dismissed.with_value(|d| d.contains(&kind))
            || self.notices.with_untracked(|v| v.contains(&notice))
        {
            return;
        }
        self.notices.update(|v| {
            v.retain(|n| n.kind() != kind);
            v.push(notice);
        });
    }
}

/// Milliseconds since the epoch, clamped to what the format accepts.
pub fn now_ms() -> u64 {
    // Natively (rendering at build time) there is no clock to read.
    if !cfg!(target_arch = "wasm32") {
        return 0;
    }
    let now = js_sys::Date::now();
    if now.is_finite() && now > 0.0 {
        // Truncation is intended: whole milliseconds.
        (now as u64).min(MAX_TIME_MS)
    } else {
        0
    }
}

/// A date in words in the reader's time zone, e.g. "27 November 2026".
pub fn display_date(ms: u64) -> String {
    #[allow(clippy::cast_precision_loss)] // times are at most 2^53
    let d = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms as f64));
    let iso = format!(
        "{:04}-{:02}-{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date()
    );
    crate::i18n::date(&iso)
}
