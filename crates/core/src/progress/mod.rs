//! What Gloss remembers about a reader, kept in `localStorage` under
//! [`STORAGE_KEY`]: finished quiz attempts, unfinished attempts to resume,
//! glossary terms opened and articles read. The format is versioned and
//! documented in `docs/progress-format.md`.
//!
//! * [`ProgressStore`] keeps its collections canonical (sorted, deduplicated,
//!   superseded in-progress attempts dropped) so that equal progress is
//!   equal data, and only accepts records that [`load`] would accept.
//! * [`merge`] combines two stores (two tabs, or an import); it is
//!   idempotent, commutative and associative and never loses an attempt.
//! * [`load`] / [`import`] turn untrusted text into a store without
//!   panicking, migrating every earlier version and reporting (not silently
//!   dropping) invalid records.

pub(crate) mod check;
mod merge;
mod migrate;
mod notice;
mod parse;
mod persist;
mod quarantine;
mod record;

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use crate::content::limits::{LimitError, Limits};
use crate::quiz::{QuizScore, SavedAttempt};
use crate::words::Words;

pub use check::{RecordIssue, RecordProblem};
pub use merge::merge;
pub use migrate::{migrate_v1_to_v2, ProgressV1, V1Score};
pub use notice::{Notice, NoticeKind, Outcome, Status};
pub use parse::{import, load, Loaded};
pub use persist::Persistence;
pub use quarantine::{set_aside, KEEP_QUARANTINED};
pub use record::*;

/// The progress format version this build writes. It reads 1, 2 and 3.
pub const PROGRESS_VERSION: u32 = 3;

/// `localStorage` key of the store.
pub const STORAGE_KEY: &str = "gloss:progress";

/// Prefix of the keys under which unreadable data is set aside; see
/// [`quarantine_key`].
pub const QUARANTINE_PREFIX: &str = "gloss:progress:quarantine:";

/// `"format"` of an export file.
pub const EXPORT_FORMAT: &str = "gloss-progress";

/// Pre-parse limits for stored and imported progress text.
pub const PROGRESS: Limits = Limits {
    max_bytes: 4 * 1024 * 1024,
    max_depth: 8,
    max_string_bytes: 1024,
    max_items: 10_000,
};

/// Attempts the browser layer keeps; call [`ProgressStore::trim`] with it
/// before saving so a full store stays well inside [`PROGRESS`].
pub const MAX_ATTEMPTS: usize = 1000;

/// Most questions in one attempt (the content format allows 100).
pub const MAX_QUESTIONS: usize = 100;

/// Stored choice indexes must be below this (the content format allows 10
/// choices; the slack is for future formats).
pub const MAX_CHOICES: usize = 100;

/// Most glossary terms recorded per article (the content format allows 300).
pub const MAX_TERMS_PER_ARTICLE: usize = 1000;

/// Longest glossary term id, in characters.
pub const MAX_TERM_ID: usize = 80;

/// Latest plausible timestamp: JavaScript's largest safe integer.
pub const MAX_TIME_MS: u64 = 9_007_199_254_740_991;

/// The key to set unreadable progress aside under, e.g.
/// `gloss:progress:quarantine:1767225600000`.
pub fn quarantine_key(now_ms: u64) -> String {
    format!("{QUARANTINE_PREFIX}{now_ms}")
}

/// Why progress text could not be read at all. The browser layer moves the
/// text to [`quarantine_key`] and starts from an empty store.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ProgressError {
    #[error("{0}")]
    Limit(#[from] LimitError),
    #[error("not valid JSON (line {line}, column {column}): {message}")]
    Syntax {
        line: usize,
        column: usize,
        message: String,
    },
    #[error("{}{message}", if path.is_empty() { String::new() } else { format!("{path}: ") })]
    Shape { path: String, message: String },
    #[error("no \"version\" number")]
    MissingVersion,
    #[error(
        "progress version {found} was written by a newer Gloss (this one reads up to {supported})"
    )]
    FutureVersion { found: u64, supported: u32 },
    #[error("progress version {found} is not one Gloss ever wrote")]
    UnknownVersion { found: u64 },
    #[error("not a Gloss progress export (\"format\" is {found:?}, expected \"gloss-progress\")")]
    NotAnExport { found: Option<String> },
    #[error("could not write progress: {0}")]
    Serialize(String),
}

/// Everything stored, in canonical form. Build it with the methods (which
/// validate) or [`load`]/[`import`]; serialize with [`ProgressStore::to_json`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ProgressStore {
    /// Sorted by (`finished_at_ms`, `id`); ids unique.
    attempts: Vec<AttemptRecord>,
    /// Sorted by article id; at most one per article; none superseded.
    in_progress: Vec<SavedAttempt>,
    /// Article id → glossary term ids opened; no empty sets.
    terms_opened: BTreeMap<String, BTreeSet<String>>,
    articles_read: BTreeMap<String, ReadMark>,
    /// "My words" (version 3): see [`crate::words`].
    pub(crate) words: Words,
}

/// The serialized shape of version 3 (version 2 without `words`).
#[derive(Serialize)]
struct WireV3<'a> {
    version: u32,
    attempts: &'a [AttemptRecord],
    in_progress: &'a [SavedAttempt],
    terms_opened: &'a BTreeMap<String, BTreeSet<String>>,
    articles_read: &'a BTreeMap<String, ReadMark>,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    words: &'a Words,
}

#[derive(Serialize)]
struct ExportWire<'a> {
    format: &'static str,
    version: u32,
    exported_at_ms: u64,
    progress: WireV3<'a>,
}

impl Serialize for ProgressStore {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.wire().serialize(serializer)
    }
}

impl ProgressStore {
    /// An empty store.
    pub fn new() -> Self {
        Self::default()
    }

    /// The format version (always [`PROGRESS_VERSION`] in memory).
    pub fn version(&self) -> u32 {
        PROGRESS_VERSION
    }

    /// True when nothing is stored.
    pub fn is_empty(&self) -> bool {
        self.attempts.is_empty()
            && self.in_progress.is_empty()
            && self.terms_opened.is_empty()
            && self.articles_read.is_empty()
            && self.words.is_empty()
    }

    /// Every finished attempt, oldest first.
    pub fn attempts(&self) -> &[AttemptRecord] {
        &self.attempts
    }

    /// Finished attempts at one article, oldest first.
    pub fn attempts_for<'a>(
        &'a self,
        article_id: &'a str,
    ) -> impl Iterator<Item = &'a AttemptRecord> + 'a {
        self.attempts
            .iter()
            .filter(move |r| r.article_id == article_id)
    }

    /// Unfinished attempts, by article id.
    pub fn in_progress(&self) -> &[SavedAttempt] {
        &self.in_progress
    }

    /// The unfinished attempt at one article, if any.
    pub fn in_progress_for(&self, article_id: &str) -> Option<&SavedAttempt> {
        self.in_progress.iter().find(|s| s.article_id == article_id)
    }

    /// Glossary terms opened, by article id.
    pub fn terms_opened(&self) -> &BTreeMap<String, BTreeSet<String>> {
        &self.terms_opened
    }

    /// Glossary terms opened in one article.
    pub fn terms_opened_for(&self, article_id: &str) -> Option<&BTreeSet<String>> {
        self.terms_opened.get(article_id)
    }

    /// Articles read, by article id.
    pub fn articles_read(&self) -> &BTreeMap<String, ReadMark> {
        &self.articles_read
    }

    /// Every article this store knows anything about: read, attempted or
    /// with a quiz in progress.
    pub fn article_ids(&self) -> BTreeSet<&str> {
        // Inserted, not collected: `collect()` into a B-tree sorts a vector first,
        // and each sort is ~3 kB of wasm (docs/benchmarks.md).
        let mut ids = BTreeSet::new();
        ids.extend(self.articles_read.keys().map(String::as_str));
        ids.extend(self.attempts.iter().map(|r| r.article_id.as_str()));
        ids.extend(self.in_progress.iter().map(|a| a.article_id.as_str()));
        ids
    }

    /// Records a finished attempt (keeping the newer of two with the same
    /// id) and drops the in-progress attempt it finishes or supersedes.
    pub fn record_attempt(&mut self, record: AttemptRecord) -> Result<(), RecordIssue> {
        check::record(&record).map_err(|i| i.under("attempt"))?;
        let id = record.id.clone();
        self.in_progress.retain(|s| s.attempt_id() != id);
        self.attempts.push(record);
        self.normalize();
        Ok(())
    }

    /// Saves an unfinished attempt, replacing an older one for the article.
    /// Returns `Ok(false)` (and keeps the stored one) if the stored one is
    /// newer, or a finished attempt supersedes it.
    pub fn save_in_progress(&mut self, saved: SavedAttempt) -> Result<bool, RecordIssue> {
        check::saved(&saved).map_err(|i| i.under("in_progress"))?;
        let candidate = saved.clone();
        self.in_progress.push(saved);
        // Attempts did not change: only the in-progress list needs sorting out.
        self.normalize_in_progress();
        Ok(self.in_progress.contains(&candidate))
    }

    /// Forgets the unfinished attempt at an article.
    pub fn discard_in_progress(&mut self, article_id: &str) -> Option<SavedAttempt> {
        let i = self
            .in_progress
            .iter()
            .position(|s| s.article_id == article_id)?;
        Some(self.in_progress.remove(i))
    }

    /// Notes that a glossary term was opened; `Ok(true)` if it is new.
    pub fn mark_term_opened(
        &mut self,
        article_id: &str,
        term_id: &str,
    ) -> Result<bool, RecordIssue> {
        check::article_id(article_id).map_err(|p| RecordIssue::new("terms_opened", p))?;
        check::term_id(term_id)
            .map_err(|p| RecordIssue::new(format!("terms_opened.{article_id}"), p))?;
        let terms = self.terms_opened.entry(article_id.to_owned()).or_default();
        if terms.len() >= MAX_TERMS_PER_ARTICLE && !terms.contains(term_id) {
            return Err(RecordIssue::new(
                format!("terms_opened.{article_id}"),
                RecordProblem::TooMany {
                    len: terms.len() + 1,
                    max: MAX_TERMS_PER_ARTICLE,
                },
            ));
        }
        Ok(terms.insert(term_id.to_owned()))
    }

    /// Notes that an article was opened at `now_ms`.
    pub fn mark_read(&mut self, article_id: &str, now_ms: u64) -> Result<(), RecordIssue> {
        check::article_id(article_id).map_err(|p| RecordIssue::new("articles_read", p))?;
        check::time(now_ms)
            .map_err(|p| RecordIssue::new(format!("articles_read.{article_id}"), p))?;
        let mark = ReadMark {
            first_read_at_ms: now_ms,
            last_read_at_ms: now_ms,
        };
        let entry = self
            .articles_read
            .entry(article_id.to_owned())
            .or_insert(mark);
        *entry = entry.join(mark);
        Ok(())
    }

    /// Drops the oldest attempts beyond `max_attempts`; returns how many.
    pub fn trim(&mut self, max_attempts: usize) -> usize {
        let excess = self.attempts.len().saturating_sub(max_attempts);
        self.attempts.drain(..excess);
        excess
    }

    /// Quiz summary of one article; `current_quiz_hash` is
    /// [`crate::quiz::quiz_hash`] of the article's quiz as it is now.
    pub fn summary(&self, article_id: &str, current_quiz_hash: &str) -> ArticleSummary {
        let mut s = ArticleSummary {
            in_progress: self.in_progress_for(article_id).is_some(),
            ..ArticleSummary::default()
        };
        let better = |best: Option<QuizScore>, score: QuizScore| match best {
            Some(b) if b.cmp_ratio(&score).is_ge() => Some(b),
            _ => Some(score),
        };
        for r in self.attempts_for(article_id) {
            let score = r.quiz_score();
            let outdated = r.is_outdated(current_quiz_hash);
            s.attempts = s.attempts.saturating_add(r.weight());
            s.best = better(s.best, score);
            if outdated {
                s.outdated_attempts = s.outdated_attempts.saturating_add(r.weight());
            } else {
                s.best_current = better(s.best_current, score);
            }
            // Attempts are sorted oldest first, so the last one seen is the latest.
            s.last = Some(score);
            s.last_finished_at_ms = Some(r.finished_at_ms);
            s.last_is_outdated = outdated;
        }
        s
    }

    /// This store merged with `other`; see [`merge`].
    pub fn merged(&self, other: &ProgressStore) -> ProgressStore {
        merge(self, other)
    }

    /// The store as compact JSON for `localStorage`.
    pub fn to_json(&self) -> Result<String, ProgressError> {
        serde_json::to_string(&self.wire()).map_err(|e| ProgressError::Serialize(e.to_string()))
    }

    /// The store as a pretty-printed export file.
    pub fn export_json(&self, exported_at_ms: u64) -> Result<String, ProgressError> {
        let wire = ExportWire {
            format: EXPORT_FORMAT,
            version: PROGRESS_VERSION,
            exported_at_ms,
            progress: self.wire(),
        };
        serde_json::to_string_pretty(&wire).map_err(|e| ProgressError::Serialize(e.to_string()))
    }

    fn wire(&self) -> WireV3<'_> {
        WireV3 {
            version: PROGRESS_VERSION,
            attempts: &self.attempts,
            in_progress: &self.in_progress,
            terms_opened: &self.terms_opened,
            articles_read: &self.articles_read,
            words: &self.words,
        }
    }
}
