//! Quiz modes, attempt errors, and the resumable form of an attempt.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use super::*;

/// How feedback is given.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Mode {
    /// Check each question as you go, with feedback right away.
    #[default]
    Immediate,
    /// Answer everything, then check all at the end.
    AtEnd,
}

/// Why an attempt refused an action.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AttemptError {
    #[error("the quiz has no question {0:?}")]
    UnknownQuestion(String),
    #[error("question {question:?} has no choice {index} ({choices} choices)")]
    ChoiceOutOfRange {
        question: String,
        index: usize,
        choices: usize,
    },
    #[error("question {0:?} takes exactly one choice")]
    TooManyChoices(String),
    #[error("question {0:?} has already been checked")]
    AlreadyChecked(String),
    #[error("question {0:?} has no selected choice to check")]
    NothingSelected(String),
    #[error("in check-at-the-end mode, questions are checked together")]
    WrongMode,
    #[error("the attempt is finished")]
    Finished,
    #[error("position {position} is out of range ({len} questions)")]
    PositionOutOfRange { position: usize, len: usize },
}

/// Why a saved attempt cannot be resumed. The UI should discard it and
/// start a fresh attempt.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ResumeError {
    #[error("the quiz has changed since this attempt was saved")]
    QuizChanged { saved: String, current: String },
    #[error("the saved attempt does not fit the quiz: {0}")]
    Invalid(AttemptError),
    #[error("the saved attempt is inconsistent: {0}")]
    Inconsistent(&'static str),
}

/// An unfinished attempt as stored for resuming (see
/// [`Attempt::save`]/[`Attempt::resume`]). Original indexes throughout.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SavedAttempt {
    pub article_id: String,
    /// [`quiz_hash`] of the quiz the attempt was started on.
    pub quiz_hash: String,
    pub mode: Mode,
    /// Shuffle seed; with the same quiz it reproduces the shown order.
    pub seed: u64,
    pub started_at_ms: u64,
    /// When it was saved; the newest save wins when tabs disagree.
    pub updated_at_ms: u64,
    /// Display position of the current question.
    pub position: u32,
    /// Current selections by question id.
    #[serde(default)]
    pub selections: BTreeMap<String, Response>,
    /// Questions already checked (immediate mode); their selection is locked.
    #[serde(default)]
    pub checked: BTreeSet<String>,
}
