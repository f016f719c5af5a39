//! Scoring: responses, per-question results and quiz scores.

use std::cmp::Ordering;
use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use crate::content::model::{Question, QuestionKind, Quiz};

// ---------------------------------------------------------------------------
// Responses and scoring
// ---------------------------------------------------------------------------

/// The reader's selected choices for one question, as original choice
/// indexes (sorted, without duplicates). Serialized as a JSON array.
#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Response(pub(crate) BTreeSet<usize>);

impl Response {
    /// A response selecting these original choice indexes.
    pub fn new(indexes: impl IntoIterator<Item = usize>) -> Self {
        // Inserted, not collected: `collect()` into a B-tree sorts a vector first,
        // and each sort is ~3 kB of wasm (docs/benchmarks.md).
        let mut set = BTreeSet::new();
        set.extend(indexes);
        Response(set)
    }

    /// A response selecting exactly one choice.
    pub fn single(index: usize) -> Self {
        let mut set = BTreeSet::new();
        set.insert(index);
        Response(set)
    }

    /// True when nothing is selected.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// How many choices are selected.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether this original choice index is selected.
    pub fn contains(&self, index: usize) -> bool {
        self.0.contains(&index)
    }

    /// Selected original indexes, ascending.
    pub fn indexes(&self) -> impl Iterator<Item = usize> + '_ {
        self.0.iter().copied()
    }

    /// Selected original indexes, ascending.
    pub fn to_vec(&self) -> Vec<usize> {
        self.0.iter().copied().collect()
    }

    /// Largest selected index, if any.
    pub fn max_index(&self) -> Option<usize> {
        self.0.last().copied()
    }
}

impl FromIterator<usize> for Response {
    fn from_iter<I: IntoIterator<Item = usize>>(iter: I) -> Self {
        Response::new(iter)
    }
}

/// How one choice should be marked once a question is checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ChoiceFeedback {
    /// Correct, and the reader selected it.
    CorrectSelected,
    /// Correct, but the reader did not select it.
    CorrectMissed,
    /// Wrong, and the reader selected it.
    WrongSelected,
    /// Wrong, and not selected.
    NotSelected,
}

/// The outcome of one question, with what is needed for feedback. All
/// indexes are original choice indexes, ascending.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuestionResult {
    pub question_id: String,
    pub kind: QuestionKind,
    pub correct: bool,
    /// Everything the reader selected (including out-of-range indexes).
    pub selected: Vec<usize>,
    /// The correct choices (answer indexes that exist in the question).
    pub answer: Vec<usize>,
    /// Selected and correct.
    pub right_selected: Vec<usize>,
    /// Selected but not correct (out-of-range selections land here).
    pub wrong_selected: Vec<usize>,
    /// Correct but not selected.
    pub missed: Vec<usize>,
}

impl QuestionResult {
    /// True when the reader selected at least one choice.
    pub fn answered(&self) -> bool {
        !self.selected.is_empty()
    }

    /// How the choice with this original index should be marked.
    pub fn choice_feedback(&self, original: usize) -> ChoiceFeedback {
        let selected = self.selected.contains(&original);
        match (self.answer.contains(&original), selected) {
            (true, true) => ChoiceFeedback::CorrectSelected,
            (true, false) => ChoiceFeedback::CorrectMissed,
            (false, true) => ChoiceFeedback::WrongSelected,
            (false, false) => ChoiceFeedback::NotSelected,
        }
    }
}

/// Scores one question. Single and true/false questions are correct iff
/// exactly the right choice is selected; multiple-select questions iff the
/// selected set equals the answer set. An empty selection, or any selected
/// index that the question does not have, is wrong. A malformed question
/// (no valid answer) can never be answered correctly.
pub fn score_question(question: &Question, response: &Response) -> QuestionResult {
    let n = question.choices.len();
    let mut answer = BTreeSet::new();
    answer.extend(question.answer.iter().copied().filter(|&i| i < n));
    let selected = response.to_vec();
    let right_selected: Vec<usize> = response.indexes().filter(|i| answer.contains(i)).collect();
    let wrong_selected: Vec<usize> = response.indexes().filter(|i| !answer.contains(i)).collect();
    let missed: Vec<usize> = answer
        .iter()
        .copied()
        .filter(|&i| !response.contains(i))
        .collect();
    let exact = !answer.is_empty() && wrong_selected.is_empty() && missed.is_empty();
    let correct = match question.kind {
        QuestionKind::Single | QuestionKind::TrueFalse => exact && selected.len() == 1,
        QuestionKind::Multiple => exact,
    };
    QuestionResult {
        question_id: question.id.clone(),
        kind: question.kind,
        correct,
        selected,
        answer: answer.into_iter().collect(),
        right_selected,
        wrong_selected,
        missed,
    }
}

/// Answers to a quiz, by question id, in original choice indexes.
pub type Answers = BTreeMap<String, Response>;

/// Scores a whole quiz. Questions without an entry in `answers` count as
/// unanswered (wrong); entries for unknown question ids are ignored. Results
/// are in the quiz's original question order.
pub fn score_quiz(quiz: &Quiz, answers: &Answers) -> (Vec<QuestionResult>, QuizScore) {
    let empty = Response::default();
    let results: Vec<QuestionResult> = quiz
        .questions
        .iter()
        .map(|q| score_question(q, answers.get(&q.id).unwrap_or(&empty)))
        .collect();
    let correct = results.iter().filter(|r| r.correct).count();
    let score = QuizScore::new(saturating_u32(correct), saturating_u32(results.len()));
    (results, score)
}

pub(crate) fn saturating_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// Correct answers out of a number of questions.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct QuizScore {
    pub correct: u32,
    pub total: u32,
}

impl QuizScore {
    /// A score; `correct` is clamped to `total`.
    pub fn new(correct: u32, total: u32) -> Self {
        QuizScore {
            correct: correct.min(total),
            total,
        }
    }

    /// Percentage, rounded to the nearest whole number (halves up), except
    /// that only a perfect score shows 100 and only a zero score shows 0.
    /// A quiz with no questions is 0%.
    pub fn percent(&self) -> u32 {
        if self.total == 0 {
            return 0;
        }
        let c = u64::from(self.correct.min(self.total));
        let t = u64::from(self.total);
        let rounded = (c * 200 + t) / (2 * t);
        let p = if c < t && rounded >= 100 {
            99
        } else if c > 0 && rounded == 0 {
            1
        } else {
            rounded
        };
        u32::try_from(p).unwrap_or(100)
    }

    /// Every question correct (and there was at least one).
    pub fn is_perfect(&self) -> bool {
        self.total > 0 && self.correct >= self.total
    }

    /// Compares by fraction correct; equal fractions rank the larger total
    /// higher (5/5 beats 1/1).
    pub fn cmp_ratio(&self, other: &QuizScore) -> Ordering {
        let a = u64::from(self.correct.min(self.total)) * u64::from(other.total);
        let b = u64::from(other.correct.min(other.total)) * u64::from(self.total);
        match (self.total, other.total) {
            (0, 0) => Ordering::Equal,
            (0, _) => Ordering::Less,
            (_, 0) => Ordering::Greater,
            _ => a.cmp(&b).then(self.total.cmp(&other.total)),
        }
    }
}
