//! Quizzes: scoring, deterministic shuffling, the attempt state machine the
//! UI drives, and a stable content hash of a quiz.
//!
//! Everything stored or scored uses the ORIGINAL choice indexes of the
//! content (`Question::choices`); shuffling only changes what is shown where.
//! Nothing here panics on hostile input: out-of-range indexes are treated as
//! wrong answers, unknown question ids are typed errors.

use std::cmp::Ordering;
use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use crate::model::{Choice, Question, QuestionKind, Quiz};

// ---------------------------------------------------------------------------
// Responses and scoring
// ---------------------------------------------------------------------------

/// The reader's selected choices for one question, as original choice
/// indexes (sorted, without duplicates). Serialized as a JSON array.
#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Response(BTreeSet<usize>);

impl Response {
    /// A response selecting these original choice indexes.
    pub fn new(indexes: impl IntoIterator<Item = usize>) -> Self {
        Response(indexes.into_iter().collect())
    }

    /// A response selecting exactly one choice.
    pub fn single(index: usize) -> Self {
        Response(BTreeSet::from([index]))
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
    let answer: BTreeSet<usize> = question.answer.iter().copied().filter(|&i| i < n).collect();
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

// ---------------------------------------------------------------------------
// Deterministic shuffling
// ---------------------------------------------------------------------------

/// SplitMix64 (Steele, Lea, Flood 2014): a tiny, fast, well-mixed PRNG.
/// Deterministic for a seed on every platform; not for cryptography.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SplitMix64 {
    state: u64,
}

impl SplitMix64 {
    /// A generator starting from `seed` (any value, including 0).
    pub fn new(seed: u64) -> Self {
        SplitMix64 { state: seed }
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.state = self.state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` without modulo bias; 0 when `n` is 0.
    pub fn below(&mut self, n: u64) -> u64 {
        if n == 0 {
            return 0;
        }
        // Reject the lowest (2^64 mod n) values so every residue is equally likely.
        let threshold = n.wrapping_neg() % n;
        loop {
            let x = self.next_u64();
            if x >= threshold {
                return x % n;
            }
        }
    }
}

/// Largest seed an attempt uses: seeds are kept to 53 bits so that every
/// stored number survives a round trip through JavaScript's `JSON.parse`.
pub const MAX_SEED: u64 = (1 << 53) - 1;

/// Mixes a seed with a salt (e.g. the previous seed and the current time)
/// into a new, well-distributed seed of at most [`MAX_SEED`]. Used for
/// "retry reshuffles".
pub fn derive_seed(seed: u64, salt: u64) -> u64 {
    let mut rng = SplitMix64::new(seed ^ salt.rotate_left(32).wrapping_mul(0x9E37_79B9_7F4A_7C15));
    rng.next_u64() & MAX_SEED
}

/// Fisher–Yates shuffle driven by `rng`.
pub fn shuffle<T>(items: &mut [T], rng: &mut SplitMix64) {
    for i in (1..items.len()).rev() {
        let bound = u64::try_from(i).map_or(u64::MAX, |i| i.saturating_add(1));
        let j = usize::try_from(rng.below(bound)).unwrap_or(i).min(i);
        items.swap(i, j);
    }
}

/// The order in which a quiz is shown: questions shuffled, and the choices
/// of each question shuffled (except true/false, which keep True before
/// False). Positions map back to original indexes, which is what scoring
/// and storage use. The same quiz and seed always give the same order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShuffledQuiz {
    seed: u64,
    /// `question_order[position]` = original question index.
    question_order: Vec<usize>,
    /// `choice_orders[original question index][position]` = original choice index.
    choice_orders: Vec<Vec<usize>>,
}

/// One question as shown: its display position, original index, and its
/// choices in display order.
#[derive(Debug, Clone, PartialEq)]
pub struct ShownQuestion<'a> {
    /// 0-based position in the shown order.
    pub position: usize,
    /// Index in `Quiz::questions`.
    pub index: usize,
    pub question: &'a Question,
    pub choices: Vec<ShownChoice<'a>>,
}

/// One choice as shown, with its original index (use it for answers).
#[derive(Debug, Clone, PartialEq)]
pub struct ShownChoice<'a> {
    /// 0-based position among the shown choices.
    pub position: usize,
    /// Index in `Question::choices`; what answers and scoring use.
    pub original: usize,
    pub choice: &'a Choice,
}

impl ShuffledQuiz {
    /// Shuffles `quiz` with `seed`: first the question order, then the
    /// choices of each question in original question order, from one stream.
    pub fn new(quiz: &Quiz, seed: u64) -> Self {
        let mut rng = SplitMix64::new(seed);
        let mut question_order: Vec<usize> = (0..quiz.questions.len()).collect();
        shuffle(&mut question_order, &mut rng);
        let choice_orders = quiz
            .questions
            .iter()
            .map(|q| {
                let mut order: Vec<usize> = (0..q.choices.len()).collect();
                if q.kind != QuestionKind::TrueFalse {
                    shuffle(&mut order, &mut rng);
                }
                order
            })
            .collect();
        ShuffledQuiz {
            seed,
            question_order,
            choice_orders,
        }
    }

    /// The content's own order (no shuffling).
    pub fn identity(quiz: &Quiz) -> Self {
        ShuffledQuiz {
            seed: 0,
            question_order: (0..quiz.questions.len()).collect(),
            choice_orders: quiz
                .questions
                .iter()
                .map(|q| (0..q.choices.len()).collect())
                .collect(),
        }
    }

    /// The seed this order was made from (0 for [`ShuffledQuiz::identity`]).
    pub fn seed(&self) -> u64 {
        self.seed
    }

    /// Number of questions.
    pub fn len(&self) -> usize {
        self.question_order.len()
    }

    /// True when the quiz has no questions.
    pub fn is_empty(&self) -> bool {
        self.question_order.is_empty()
    }

    /// Original question indexes in display order.
    pub fn question_order(&self) -> &[usize] {
        &self.question_order
    }

    /// Original choice indexes of one question (by original index) in
    /// display order; empty if there is no such question.
    pub fn choice_order(&self, question: usize) -> &[usize] {
        self.choice_orders.get(question).map_or(&[], Vec::as_slice)
    }

    /// Original question index shown at `position`.
    pub fn original_question(&self, position: usize) -> Option<usize> {
        self.question_order.get(position).copied()
    }

    /// Display position of the question with this original index.
    pub fn question_position(&self, question: usize) -> Option<usize> {
        self.question_order.iter().position(|&q| q == question)
    }

    /// Original index of the choice shown at `position` in `question`.
    pub fn original_choice(&self, question: usize, position: usize) -> Option<usize> {
        self.choice_order(question).get(position).copied()
    }

    /// Display position of the choice with this original index.
    pub fn choice_position(&self, question: usize, original: usize) -> Option<usize> {
        self.choice_order(question)
            .iter()
            .position(|&c| c == original)
    }

    /// The question shown at `position`, with its choices in display order.
    /// `quiz` must be the quiz this order was made for; anything that does
    /// not line up is skipped rather than panicking.
    pub fn shown<'a>(&self, quiz: &'a Quiz, position: usize) -> Option<ShownQuestion<'a>> {
        let index = self.original_question(position)?;
        let question = quiz.questions.get(index)?;
        let choices = self
            .choice_order(index)
            .iter()
            .filter_map(|&original| {
                question
                    .choices
                    .get(original)
                    .map(|choice| (original, choice))
            })
            .enumerate()
            .map(|(position, (original, choice))| ShownChoice {
                position,
                original,
                choice,
            })
            .collect();
        Some(ShownQuestion {
            position,
            index,
            question,
            choices,
        })
    }

    /// Every question in display order.
    pub fn shown_all<'a>(&self, quiz: &'a Quiz) -> Vec<ShownQuestion<'a>> {
        (0..self.len())
            .filter_map(|p| self.shown(quiz, p))
            .collect()
    }
}

// ---------------------------------------------------------------------------
// Content hash
// ---------------------------------------------------------------------------

/// FNV-1a, 64-bit, over length-prefixed fields (so `["ab","c"]` and
/// `["a","bc"]` differ).
#[derive(Debug, Clone)]
pub(crate) struct Fnv64(u64);

impl Fnv64 {
    pub(crate) fn new() -> Self {
        Fnv64(0xcbf2_9ce4_8422_2325)
    }

    pub(crate) fn bytes(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 ^= u64::from(b);
            self.0 = self.0.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }

    pub(crate) fn u64(&mut self, n: u64) {
        self.bytes(&n.to_le_bytes());
    }

    pub(crate) fn len(&mut self, n: usize) {
        self.u64(u64::try_from(n).unwrap_or(u64::MAX));
    }

    pub(crate) fn str(&mut self, s: &str) {
        self.len(s.len());
        self.bytes(s.as_bytes());
    }

    pub(crate) fn hex(&self) -> String {
        format!("{:016x}", self.0)
    }
}

/// True for a hash as produced by [`quiz_hash`]: 16 lowercase hex digits.
pub fn is_quiz_hash(s: &str) -> bool {
    s.len() == 16
        && s.bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

/// A stable hash of what makes a quiz "the same quiz": for each question in
/// order, its id, kind, prompt, choice texts and answer set. Explanations and
/// evidence are left out, so fixing a typo in an explanation does not make
/// earlier attempts look outdated. 16 lowercase hex digits (FNV-1a 64 over a
/// canonical, length-prefixed byte encoding; see docs/progress-format.md).
pub fn quiz_hash(quiz: &Quiz) -> String {
    let mut h = Fnv64::new();
    h.str("gloss-quiz/1");
    h.len(quiz.questions.len());
    for q in &quiz.questions {
        h.str(&q.id);
        h.str(match q.kind {
            QuestionKind::Single => "single",
            QuestionKind::Multiple => "multiple",
            QuestionKind::TrueFalse => "true_false",
        });
        h.str(&q.prompt);
        h.len(q.choices.len());
        for c in &q.choices {
            h.str(&c.text);
        }
        let answer: BTreeSet<usize> = q.answer.iter().copied().collect();
        h.len(answer.len());
        for a in answer {
            h.len(a);
        }
    }
    h.hex()
}

// ---------------------------------------------------------------------------
// Attempts
// ---------------------------------------------------------------------------

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
    article_id: String,
    quiz: Quiz,
    quiz_hash: String,
    order: ShuffledQuiz,
    mode: Mode,
    seed: u64,
    started_at_ms: u64,
    position: usize,
    selections: Answers,
    checked: BTreeSet<String>,
    finished_at_ms: Option<u64>,
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
        attempt.selections = saved
            .selections
            .iter()
            .filter(|(_, r)| !r.is_empty())
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
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
        self.questions()
            .iter()
            .map(|s| s.question.id.as_str())
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
        self.quiz
            .questions
            .iter()
            .map(|q| {
                (
                    q.id.clone(),
                    self.selections.get(&q.id).cloned().unwrap_or_default(),
                )
            })
            .collect()
    }
}

fn find<'a>(quiz: &'a Quiz, question_id: &str) -> Result<&'a Question, AttemptError> {
    quiz.questions
        .iter()
        .find(|q| q.id == question_id)
        .ok_or_else(|| AttemptError::UnknownQuestion(question_id.to_owned()))
}

fn check_choice(q: &Question, index: usize) -> Result<(), AttemptError> {
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

fn validate_response(q: &Question, response: &Response) -> Result<(), AttemptError> {
    if let Some(max) = response.max_index() {
        check_choice(q, max)?;
    }
    if q.kind != QuestionKind::Multiple && response.len() > 1 {
        return Err(AttemptError::TooManyChoices(q.id.clone()));
    }
    Ok(())
}
