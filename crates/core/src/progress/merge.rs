//! Merging two stores: two tabs, or an import into the current store.

use crate::quiz::SavedAttempt;

use super::*;

/// `a` wins over `b` for the same attempt id (≥ in (finished, content)).
pub(super) fn newer_record(a: &AttemptRecord, b: &AttemptRecord) -> bool {
    (a.finished_at_ms, a) >= (b.finished_at_ms, b)
}

/// `a` wins over `b` for the same article (≥ in (saved time, content)).
pub(super) fn newer_saved(a: &SavedAttempt, b: &SavedAttempt) -> bool {
    (a.updated_at_ms, a) >= (b.updated_at_ms, b)
}

/// Merges two stores (two tabs, or an import into the current store):
///
/// * attempts: union by id; if both have an id, the later-finished record
///   (then the greater content) is kept. No attempt id is ever lost.
/// * in progress: per article the most recently saved one, dropped if a
///   finished attempt at that article ended at or after that save.
/// * terms opened: union. Articles read: earliest first read, latest last read.
///
/// Idempotent, commutative and associative (exactly, as the result is
/// canonical).
pub fn merge(a: &ProgressStore, b: &ProgressStore) -> ProgressStore {
    let mut out = a.clone();
    out.attempts.extend(b.attempts.iter().cloned());
    out.in_progress.extend(b.in_progress.iter().cloned());
    for (article, terms) in &b.terms_opened {
        out.terms_opened
            .entry(article.clone())
            .or_default()
            .extend(terms.iter().cloned());
    }
    for (article, mark) in &b.articles_read {
        let entry = out.articles_read.entry(article.clone()).or_insert(*mark);
        *entry = entry.join(*mark);
    }
    out.normalize();
    out
}
