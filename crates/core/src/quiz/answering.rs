//! Answering, checking and scoring within an attempt.

use crate::content::model::{Question, QuestionKind, Quiz};

use super::*;

impl Attempt {
    /// The current selection for a question (original indexes).
    pub fn selection(&self, question_id: &str) -> Option<&Response> {
        self.selections.get(question_id)
    }

    /// Every current selection by question id.
    pub fn selections(&self) -> &Answers {
        &self.selections
    }

    /// Selects (single, true/false: replaces the selection) or toggles
    /// (multiple) the choice with original index `choice`.
    pub fn toggle(&mut self, question_id: &str, choice: usize) -> Result<(), AttemptError> {
        let q = self.open_question(question_id)?;
        check_choice(q, choice)?;
        let response = match q.kind {
            QuestionKind::Single | QuestionKind::TrueFalse => Response::single(choice),
            QuestionKind::Multiple => {
                let mut set = self
                    .selections
                    .get(question_id)
                    .map(|r| r.0.clone())
                    .unwrap_or_default();
                if !set.remove(&choice) {
                    set.insert(choice);
                }
                Response(set)
            }
        };
        self.put(question_id, response);
        Ok(())
    }

    /// Replaces the selection of a question (original indexes).
    pub fn select(&mut self, question_id: &str, response: Response) -> Result<(), AttemptError> {
        let q = self.open_question(question_id)?;
        validate_response(q, &response)?;
        self.put(question_id, response);
        Ok(())
    }

    fn put(&mut self, question_id: &str, response: Response) {
        if response.is_empty() {
            self.selections.remove(question_id);
        } else {
            self.selections.insert(question_id.to_owned(), response);
        }
    }

    /// The question, if the attempt is open and the question not locked.
    fn open_question(&self, question_id: &str) -> Result<&Question, AttemptError> {
        if self.is_finished() {
            return Err(AttemptError::Finished);
        }
        let q = find(&self.quiz, question_id)?;
        if self.checked.contains(question_id) {
            return Err(AttemptError::AlreadyChecked(question_id.to_owned()));
        }
        Ok(q)
    }

    /// Immediate mode: locks a question's selection and returns its result.
    /// Finishes the attempt (at `now_ms`) when it was the last unchecked one.
    pub fn check(
        &mut self,
        question_id: &str,
        now_ms: u64,
    ) -> Result<QuestionResult, AttemptError> {
        if self.mode != Mode::Immediate {
            return Err(AttemptError::WrongMode);
        }
        let q = self.open_question(question_id)?;
        let response = match self.selections.get(question_id) {
            Some(r) if !r.is_empty() => r,
            _ => return Err(AttemptError::NothingSelected(question_id.to_owned())),
        };
        let result = score_question(q, response);
        self.checked.insert(question_id.to_owned());
        if self
            .quiz
            .questions
            .iter()
            .all(|q| self.checked.contains(&q.id))
        {
            self.finished_at_ms = Some(now_ms.max(self.started_at_ms));
        }
        Ok(result)
    }

    /// Checks every remaining question (unanswered ones count as wrong) and
    /// finishes the attempt at `now_ms`. Works in both modes.
    pub fn submit(&mut self, now_ms: u64) -> Result<QuizScore, AttemptError> {
        if self.is_finished() {
            return Err(AttemptError::Finished);
        }
        self.checked
            .extend(self.quiz.questions.iter().map(|q| q.id.clone()));
        self.finished_at_ms = Some(now_ms.max(self.started_at_ms));
        Ok(self.score())
    }

    /// Whether a question's answer is locked and its feedback available.
    pub fn is_checked(&self, question_id: &str) -> bool {
        self.checked.contains(question_id)
    }

    /// Number of checked questions.
    pub fn checked_count(&self) -> usize {
        self.quiz
            .questions
            .iter()
            .filter(|q| self.checked.contains(&q.id))
            .count()
    }

    /// True once every question is checked or the attempt was submitted.
    pub fn is_finished(&self) -> bool {
        self.finished_at_ms.is_some()
    }

    /// Feedback for a question, only once it is checked (never earlier, so
    /// the UI cannot leak answers).
    pub fn result(&self, question_id: &str) -> Option<QuestionResult> {
        if !self.checked.contains(question_id) {
            return None;
        }
        let q = find(&self.quiz, question_id).ok()?;
        Some(score_question(
            q,
            self.selections
                .get(question_id)
                .unwrap_or(&Response::default()),
        ))
    }

    /// The review of the question at display `position`, once it is
    /// checked (see [`review`]).
    pub fn review(&self, position: usize) -> Option<QuestionReview> {
        let shown = self.shown(position)?;
        let result = self.result(&shown.question.id)?;
        Some(review(&shown, &result))
    }

    /// Reviews of the checked questions, in display order.
    pub fn reviews(&self) -> Vec<QuestionReview> {
        (0..self.len()).filter_map(|p| self.review(p)).collect()
    }

    /// Results of the checked questions, in display order.
    pub fn results(&self) -> Vec<QuestionResult> {
        self.questions()
            .iter()
            .filter_map(|s| self.result(&s.question.id))
            .collect()
    }

    /// Ids of questions with no selection, in display order (to warn before
    /// submitting).
    pub fn unanswered(&self) -> Vec<&str> {
        self.order
            .question_order()
            .iter()
            .filter_map(|&i| self.quiz.questions.get(i))
            .map(|q| q.id.as_str())
            .filter(|id| self.selections.get(*id).is_none_or(Response::is_empty))
            .collect()
    }

    /// Checked questions answered correctly, out of all questions. Final
    /// once [`Attempt::is_finished`].
    pub fn score(&self) -> QuizScore {
        let correct = self
            .quiz
            .questions
            .iter()
            .filter(|q| self.checked.contains(&q.id))
            .filter(|q| {
                score_question(
                    q,
                    self.selections.get(&q.id).unwrap_or(&Response::default()),
                )
                .correct
            })
            .count();
        QuizScore::new(saturating_u32(correct), saturating_u32(self.len()))
    }

    /// The answers to store in a record: every question id, with an empty
    /// response for unanswered ones.
    pub fn answers(&self) -> Answers {
        // Inserted, not collected: `collect()` into a B-tree sorts a vector first,
        // and each sort is ~3 kB of wasm (docs/benchmarks.md).
        let mut answers = Answers::new();
        answers.extend(self.quiz.questions.iter().map(|q| {
            (
                q.id.clone(),
                self.selections.get(&q.id).cloned().unwrap_or_default(),
            )
        }));
        answers
    }
}

pub(super) fn find<'a>(quiz: &'a Quiz, question_id: &str) -> Result<&'a Question, AttemptError> {
    quiz.questions
        .iter()
        .find(|q| q.id == question_id)
        .ok_or_else(|| AttemptError::UnknownQuestion(question_id.to_owned()))
}

pub(super) fn check_choice(q: &Question, index: usize) -> Result<(), AttemptError> {
    if index < q.choices.len() {
        Ok(())
    } else {
        Err(AttemptError::ChoiceOutOfRange {
            question: q.id.clone(),
            index,
            choices: q.choices.len(),
        })
    }
}

pub(super) fn validate_response(q: &Question, response: &Response) -> Result<(), AttemptError> {
    if let Some(max) = response.max_index() {
        check_choice(q, max)?;
    }
    if q.kind != QuestionKind::Multiple && response.len() > 1 {
        return Err(AttemptError::TooManyChoices(q.id.clone()));
    }
    Ok(())
}
