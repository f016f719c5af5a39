//! The attempt state machine the quiz UI drives: setup, resume, save and navigation.

use std::collections::BTreeSet;

use crate::content::model::Quiz;

use super::answering::{find, validate_response};
use super::*;

/// One reader's attempt at one quiz: selections, checking, navigation and
/// score. Holds its own copy of the quiz and its shuffled order.
///
/// * [`Mode::Immediate`]: select, then [`Attempt::check`] each question to
///   lock it and get feedback; the attempt finishes when every question is
///   checked (or on [`Attempt::submit`], which checks the rest).
/// * [`Mode::AtEnd`]: select freely in any order, then [`Attempt::submit`]
///   checks everything at once.
#[derive(Debug, Clone, PartialEq)]
pub struct Attempt {
    pub(super) article_id: String,
    pub(super) quiz: Quiz,
    pub(super) quiz_hash: String,
    pub(super) order: ShuffledQuiz,
    pub(super) mode: Mode,
    pub(super) seed: u64,
    pub(super) started_at_ms: u64,
    pub(super) position: usize,
    pub(super) selections: Answers,
    pub(super) checked: BTreeSet<String>,
    pub(super) finished_at_ms: Option<u64>,
}

impl Attempt {
    /// Starts an attempt; the questions and choices are shuffled with
    /// `seed` (its low 53 bits; see [`MAX_SEED`]).
    pub fn new(
        article_id: impl Into<String>,
        quiz: &Quiz,
        mode: Mode,
        seed: u64,
        now_ms: u64,
    ) -> Self {
        let seed = seed & MAX_SEED;
        Attempt {
            article_id: article_id.into(),
            quiz: quiz.clone(),
            quiz_hash: quiz_hash(quiz),
            order: ShuffledQuiz::new(quiz, seed),
            mode,
            seed,
            started_at_ms: now_ms,
            position: 0,
            selections: Answers::new(),
            checked: BTreeSet::new(),
            finished_at_ms: None,
        }
    }

    /// A new attempt at `quiz` in the same mode, reshuffled with a seed
    /// derived from this attempt's seed and `now_ms`.
    pub fn retry(&self, quiz: &Quiz, now_ms: u64) -> Attempt {
        Attempt::new(
            self.article_id.clone(),
            quiz,
            self.mode,
            derive_seed(self.seed, now_ms),
            now_ms,
        )
    }

    /// Resumes a saved attempt. Fails if the quiz changed (hash differs) or
    /// the saved data does not fit the quiz; the position is clamped.
    pub fn resume(quiz: &Quiz, saved: &SavedAttempt) -> Result<Attempt, ResumeError> {
        let current = quiz_hash(quiz);
        if current != saved.quiz_hash {
            return Err(ResumeError::QuizChanged {
                saved: saved.quiz_hash.clone(),
                current,
            });
        }
        for (id, response) in &saved.selections {
            let q = find(quiz, id).map_err(ResumeError::Invalid)?;
            validate_response(q, response).map_err(ResumeError::Invalid)?;
        }
        for id in &saved.checked {
            find(quiz, id).map_err(ResumeError::Invalid)?;
            if saved.selections.get(id).is_none_or(Response::is_empty) {
                return Err(ResumeError::Inconsistent(
                    "a checked question has no selection",
                ));
            }
        }
        if saved.mode == Mode::AtEnd && !saved.checked.is_empty() {
            return Err(ResumeError::Inconsistent(
                "check-at-the-end attempt with checked questions",
            ));
        }
        if !quiz.questions.is_empty()
            && quiz.questions.iter().all(|q| saved.checked.contains(&q.id))
        {
            return Err(ResumeError::Inconsistent(
                "every question is checked but the attempt is not finished",
            ));
        }
        let mut attempt = Attempt::new(
            saved.article_id.clone(),
            quiz,
            saved.mode,
            saved.seed,
            saved.started_at_ms,
        );
        attempt.selections = saved.selections.clone();
        attempt.selections.retain(|_, r| !r.is_empty());
        attempt.checked = saved.checked.clone();
        let position = usize::try_from(saved.position).unwrap_or(usize::MAX);
        attempt.position = position.min(attempt.len().saturating_sub(1));
        Ok(attempt)
    }

    /// The unfinished attempt as stored for resuming, stamped `now_ms`;
    /// `None` once finished (store an `AttemptRecord` instead).
    pub fn save(&self, now_ms: u64) -> Option<SavedAttempt> {
        if self.is_finished() {
            return None;
        }
        Some(SavedAttempt {
            article_id: self.article_id.clone(),
            quiz_hash: self.quiz_hash.clone(),
            mode: self.mode,
            seed: self.seed,
            started_at_ms: self.started_at_ms,
            updated_at_ms: now_ms.max(self.started_at_ms),
            position: saturating_u32(self.position),
            selections: self.selections.clone(),
            checked: self.checked.clone(),
        })
    }

    pub fn article_id(&self) -> &str {
        &self.article_id
    }

    /// The quiz this attempt is on (a copy taken when it started).
    pub fn quiz(&self) -> &Quiz {
        &self.quiz
    }

    /// [`quiz_hash`] of the quiz.
    pub fn quiz_hash(&self) -> &str {
        &self.quiz_hash
    }

    pub fn mode(&self) -> Mode {
        self.mode
    }

    pub fn seed(&self) -> u64 {
        self.seed
    }

    pub fn started_at_ms(&self) -> u64 {
        self.started_at_ms
    }

    /// When the attempt finished, if it has.
    pub fn finished_at_ms(&self) -> Option<u64> {
        self.finished_at_ms
    }

    /// The shown order.
    pub fn order(&self) -> &ShuffledQuiz {
        &self.order
    }

    /// Number of questions.
    pub fn len(&self) -> usize {
        self.quiz.questions.len()
    }

    /// True when the quiz has no questions.
    pub fn is_empty(&self) -> bool {
        self.quiz.questions.is_empty()
    }

    /// Display position of the current question.
    pub fn position(&self) -> usize {
        self.position
    }

    /// The question at `position` in display order.
    pub fn shown(&self, position: usize) -> Option<ShownQuestion<'_>> {
        self.order.shown(&self.quiz, position)
    }

    /// The current question.
    pub fn current(&self) -> Option<ShownQuestion<'_>> {
        self.shown(self.position)
    }

    /// Every question in display order.
    pub fn questions(&self) -> Vec<ShownQuestion<'_>> {
        self.order.shown_all(&self.quiz)
    }

    /// Moves to a display position (allowed in any state, for review).
    pub fn go_to(&mut self, position: usize) -> Result<(), AttemptError> {
        if position >= self.len() {
            return Err(AttemptError::PositionOutOfRange {
                position,
                len: self.len(),
            });
        }
        self.position = position;
        Ok(())
    }

    /// Moves to the next question; false at the last one.
    pub fn next_question(&mut self) -> bool {
        if self.position + 1 < self.len() {
            self.position += 1;
            true
        } else {
            false
        }
    }

    /// Moves to the previous question; false at the first one.
    pub fn previous_question(&mut self) -> bool {
        if self.position > 0 {
            self.position -= 1;
            true
        } else {
            false
        }
    }
}
