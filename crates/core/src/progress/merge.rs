//! Merging two stores (two tabs, or an import into the current store), and
//! the canonical form that makes equal progress equal data.

use crate::quiz::SavedAttempt;

use super::*;

/// `a` wins over `b` for the same attempt id (≥ in (finished, content)).
fn newer_record(a: &AttemptRecord, b: &AttemptRecord) -> bool {
    (a.finished_at_ms, a) >= (b.finished_at_ms, b)
}

/// `a` wins over `b` for the same article (≥ in (saved time, content)).
fn newer_saved(a: &SavedAttempt, b: &SavedAttempt) -> bool {
    (a.updated_at_ms, a) >= (b.updated_at_ms, b)
}

/// Merges two stores (two tabs, or an import into the current store):
///
/// * attempts: union by id; if both have an id, the later-finished record
///   (then the greater content) is kept. No attempt id is ever lost.
/// * in progress: per article the most recently saved one, dropped if a
///   finished attempt at that article ended at or after that save.
/// * terms opened: union. Articles read: earliest first read, latest last read.
/// * words: union; per word the later text and the later review
///   ([`crate::words::Word::join`]).
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
    out.words = crate::words::merge_words(&a.words, &b.words);
    out.normalize();
    out
}

impl ProgressStore {
    /// Restores the canonical form; returns the in-progress attempts that
    /// were dropped because a finished attempt supersedes them.
    pub(super) fn normalize(&mut self) -> Vec<SavedAttempt> {
        self.normalize_attempts();
        let superseded = self.normalize_in_progress();
        self.terms_opened.retain(|_, terms| !terms.is_empty());
        superseded
    }

    fn normalize_attempts(&mut self) {
        // Attempts: one per id (the greater by finished time, then content,
        // so the choice does not depend on the order of the inputs).
        let mut by_id: BTreeMap<String, AttemptRecord> = BTreeMap::new();
        for r in self.attempts.drain(..) {
            match by_id.get(&r.id) {
                Some(old) if newer_record(old, &r) => {}
                _ => {
                    by_id.insert(r.id.clone(), r);
                }
            }
        }
        self.attempts = by_id.into_values().collect();
        crate::sort::sort_by(&mut self.attempts, &|a, b| {
            (a.finished_at_ms, &a.id).cmp(&(b.finished_at_ms, &b.id))
        });
    }

    /// Keeps the in-progress list canonical; returns the superseded ones.
    pub(super) fn normalize_in_progress(&mut self) -> Vec<SavedAttempt> {
        // In progress: the newest per article, unless a finished attempt at
        // that article ended at or after its last save.
        let mut by_article: BTreeMap<String, SavedAttempt> = BTreeMap::new();
        for s in self.in_progress.drain(..) {
            match by_article.get(&s.article_id) {
                Some(old) if newer_saved(old, &s) => {}
                _ => {
                    by_article.insert(s.article_id.clone(), s);
                }
            }
        }
        let mut latest_finish: BTreeMap<&str, u64> = BTreeMap::new();
        for r in &self.attempts {
            let t = latest_finish
                .entry(r.article_id.as_str())
                .or_insert(r.finished_at_ms);
            *t = (*t).max(r.finished_at_ms);
        }
        let (kept, superseded): (Vec<SavedAttempt>, Vec<SavedAttempt>) =
            by_article.into_values().partition(|s| {
                latest_finish
                    .get(s.article_id.as_str())
                    .is_none_or(|&t| t < s.updated_at_ms)
            });
        self.in_progress = kept;
        superseded
    }
}
