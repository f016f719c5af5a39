//! The progress context's side of storage: opening `localStorage` and
//! handing every save and every other tab's `storage` event to the core
//! policy (`gloss_core::progress::Persistence`), then showing what it
//! reports as the status and notices. The store is changed in place, inside
//! the signal, so a save copies nothing.

use gloss_core::progress::{Outcome, Persistence, ProgressStore, Status};
use gloss_core::quiz::SavedAttempt;
use leptos::logging::warn;
use leptos::prelude::*;

use crate::platform::timer;

use super::state::{now_ms, Progress, StorageStatus};
use crate::platform::storage;

impl Progress {
    /// Opens `localStorage` and reads what is stored (setting aside what
    /// cannot be read, writing back what was migrated or repaired).
    pub(super) fn open(self) {
        // Once per visit; never while rendering at build time, where the
        // page shows the neutral state (nothing read, nothing to warn about).
        if self.opened.get_value() || crate::platform::browser::window().is_none() {
            return;
        }
        self.opened.set_value(true);
        let storage = match storage::local() {
            Ok(storage) => storage,
            Err(e) => return self.apply(Outcome::failed(e)),
        };
        let mut opened = None;
        self.store.update(|s| {
            opened = Some(Persistence::open(storage, s, now_ms()));
        });
        if let Some((persistence, outcome)) = opened {
            if outcome.status != Status::Blocked {
                self.persistence.set_value(Some(persistence));
            }
            self.apply(outcome);
        }
    }

    /// Saves the store now (after an import, for instance).
    pub(super) fn persist(&self) {
        let mut saved = None;
        self.store.maybe_update(|s| {
            let applied = self.apply_pending(s);
            saved = self.save(s);
            applied || saved.as_ref().is_some_and(|o| o.changed)
        });
        if let Some(outcome) = saved {
            self.apply(outcome);
        }
    }

    /// Saves `store` (the signal's own value, borrowed in an update); `None`
    /// when progress is not stored.
    pub(super) fn save(&self, store: &mut ProgressStore) -> Option<Outcome> {
        self.persistence
            .try_update_value(|p| p.as_mut().map(|p| p.save(store, now_ms())))
            .flatten()
    }

    /// Saves an unfinished attempt for resuming, in memory and in storage,
    /// right after the next paint. An answer click then changes only the
    /// quiz before the paint: the store's readers (the summary above the
    /// quiz goes over every attempt) and the core's check of the saved
    /// attempts against the finished ones (every attempt too) run after it.
    /// Any other change, a flush (the page hidden or left) or an export
    /// puts it in first.
    pub fn save_in_progress_after_paint(self, saved: SavedAttempt) {
        // Another article's (never within one frame, in practice) goes in now.
        let other = self.pending.try_update_value(|p| {
            let other = p.as_ref().is_some_and(|p| p.article_id != saved.article_id);
            p.replace(saved).filter(|_| other)
        });
        if let Some(other) = other.flatten() {
            self.save_in_progress(other);
        }
        self.save_after_paint();
    }

    /// Puts the attempt waiting for the paint, if any, into `store` (the
    /// signal's own value, borrowed in an update); true if it changed.
    pub(super) fn apply_pending(&self, store: &mut ProgressStore) -> bool {
        let saved = self.pending.try_update_value(Option::take).flatten();
        saved.is_some_and(|saved| {
            store.save_in_progress(saved).unwrap_or_else(|issue| {
                warn!("gloss: progress not recorded: {issue}");
                false
            })
        })
    }

    /// Saves right after the next paint (once, however many changes come
    /// before it): a frame, then a task, so the write never delays what the
    /// click shows. `pagehide` and `visibilitychange` flush it sooner.
    pub(super) fn save_after_paint(self) {
        if self.flush_pending.try_get_value() != Some(false) {
            return;
        }
        self.flush_pending.set_value(true);
        timer::after_paint(move || self.flush());
    }

    /// Writes a change that was waiting for the next paint, if any.
    pub(super) fn flush(self) {
        if self.flush_pending.try_get_value() == Some(true) {
            self.flush_pending.set_value(false);
            self.persist();
        }
    }

    /// Another tab changed `localStorage`.
    pub(super) fn on_storage_event(&self, e: &web_sys::StorageEvent) {
        let (key, value) = (e.key(), e.new_value());
        let mut heard = None;
        self.store.maybe_update(|s| {
            heard = self
                .persistence
                .try_update_value(|p| {
                    p.as_mut()
                        .map(|p| p.incoming(key.as_deref(), value, s, now_ms()))
                })
                .flatten();
            heard.as_ref().is_some_and(|o| o.changed)
        });
        if let Some(outcome) = heard {
            self.apply(outcome);
        }
    }

    /// Shows what the policy reported: logs, the status, and notices (a
    /// successful save withdraws the notices about failed ones).
    pub(super) fn apply(&self, outcome: Outcome) {
        for line in &outcome.log {
            warn!("gloss: {line}");
        }
        let saved = outcome.status == Status::Saved;
        let status = match outcome.status {
            Status::Saved => StorageStatus::Saved,
            Status::Blocked => StorageStatus::Blocked,
            Status::Unsaved(e) => StorageStatus::Unsaved(e),
        };
        if self.status.with_untracked(|s| *s != status) {
            self.status.set(status);
        }
        if saved
            && self
                .notices
                .with_untracked(|v| v.iter().any(|n| n.kind().cleared_by_save()))
        {
            self.notices
                .update(|v| v.retain(|n| !n.kind().cleared_by_save()));
        }
        for notice in outcome.notices {
            if !(saved && notice.kind().cleared_by_save()) {
                self.notify(notice);
            }
        }
    }
}
