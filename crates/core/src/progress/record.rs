//! Attempt records, read marks and per-article summaries.

use serde::{Deserialize, Serialize};

use crate::quiz::{Answers, Attempt, Fnv64, QuizScore, SavedAttempt};

/// The deterministic id of an attempt: FNV-1a 64 over the article id, start
/// time and shuffle seed, as 16 hex digits. Both tabs derive the same id for
/// the same attempt, so merging never duplicates it.
pub fn attempt_id(article_id: &str, started_at_ms: u64, seed: u64) -> String {
    let mut h = Fnv64::new();
    h.str("gloss-attempt/1");
    h.str(article_id);
    h.u64(started_at_ms);
    h.u64(seed);
    h.hex()
}

/// One finished attempt.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AttemptRecord {
    /// [`attempt_id`] of `article_id`, `started_at_ms` and `seed`.
    pub id: String,
    pub article_id: String,
    /// [`crate::quiz::quiz_hash`] of the quiz taken; `None` only for
    /// summaries migrated from version 1, whose quiz version is unknown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quiz_hash: Option<String>,
    pub seed: u64,
    pub started_at_ms: u64,
    pub finished_at_ms: u64,
    /// Selected original choice indexes by question id (empty = unanswered).
    pub answers: Answers,
    /// Questions answered correctly.
    pub score: u32,
    /// Questions in the quiz.
    pub total: u32,
    /// Only for a version-1 summary: how many attempts it stands for; its
    /// `score` is the best of them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub legacy_attempts: Option<u32>,
}

impl AttemptRecord {
    /// The record of a finished attempt; `None` while it is unfinished.
    pub fn from_attempt(attempt: &Attempt) -> Option<AttemptRecord> {
        let finished_at_ms = attempt.finished_at_ms()?;
        let score = attempt.score();
        Some(AttemptRecord {
            id: attempt_id(
                attempt.article_id(),
                attempt.started_at_ms(),
                attempt.seed(),
            ),
            article_id: attempt.article_id().to_owned(),
            quiz_hash: Some(attempt.quiz_hash().to_owned()),
            seed: attempt.seed(),
            started_at_ms: attempt.started_at_ms(),
            finished_at_ms,
            answers: attempt.answers(),
            score: score.correct,
            total: score.total,
            legacy_attempts: None,
        })
    }

    /// The score as a [`QuizScore`].
    pub fn quiz_score(&self) -> QuizScore {
        QuizScore::new(self.score, self.total)
    }

    /// How many attempts this record counts as (1, or a v1 summary's count).
    pub fn weight(&self) -> u32 {
        self.legacy_attempts.unwrap_or(1)
    }

    /// Taken on another version of the quiz than `current_quiz_hash` (or on
    /// an unknown version, for migrated summaries).
    pub fn is_outdated(&self, current_quiz_hash: &str) -> bool {
        self.quiz_hash.as_deref() != Some(current_quiz_hash)
    }

    /// Migrated from a version-1 summary.
    pub fn is_legacy(&self) -> bool {
        self.legacy_attempts.is_some()
    }
}

impl SavedAttempt {
    /// The id the attempt's record will have once finished.
    pub fn attempt_id(&self) -> String {
        attempt_id(&self.article_id, self.started_at_ms, self.seed)
    }
}

/// When an article was first and last opened.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReadMark {
    pub first_read_at_ms: u64,
    pub last_read_at_ms: u64,
}

impl ReadMark {
    pub(super) fn join(self, other: ReadMark) -> ReadMark {
        ReadMark {
            first_read_at_ms: self.first_read_at_ms.min(other.first_read_at_ms),
            last_read_at_ms: self.last_read_at_ms.max(other.last_read_at_ms),
        }
    }
}

/// Per-article quiz summary for the UI.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct ArticleSummary {
    /// Attempts taken (a migrated v1 summary counts as its attempts).
    pub attempts: u32,
    /// Best score of all attempts, by fraction correct.
    pub best: Option<QuizScore>,
    /// Best score among attempts on the current quiz version.
    pub best_current: Option<QuizScore>,
    /// Score of the most recently finished attempt.
    pub last: Option<QuizScore>,
    pub last_finished_at_ms: Option<u64>,
    /// Attempts (weighted) taken on an earlier or unknown quiz version.
    pub outdated_attempts: u32,
    /// Whether the last attempt was taken on an earlier or unknown version.
    pub last_is_outdated: bool,
    /// An unfinished attempt can be resumed.
    pub in_progress: bool,
}
