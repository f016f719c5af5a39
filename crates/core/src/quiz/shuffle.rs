//! Deterministic shuffling (SplitMix64 + Fisher–Yates) mapped back to original indexes.

use std::borrow::Cow;

use crate::content::model::{Choice, Question, QuestionKind, Quiz};

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
/// choices in display order. Borrows the quiz; [`ShownQuestion::into_owned`]
/// gives a `ShownQuestion<'static>` that views can keep.
#[derive(Debug, Clone, PartialEq)]
pub struct ShownQuestion<'a> {
    /// 0-based position in the shown order.
    pub position: usize,
    /// Index in `Quiz::questions`.
    pub index: usize,
    pub question: Cow<'a, Question>,
    pub choices: Vec<ShownChoice<'a>>,
}

/// One choice as shown, with its original index (use it for answers).
#[derive(Debug, Clone, PartialEq)]
pub struct ShownChoice<'a> {
    /// 0-based position among the shown choices.
    pub position: usize,
    /// Index in `Question::choices`; what answers and scoring use.
    pub original: usize,
    pub choice: Cow<'a, Choice>,
}

impl ShownQuestion<'_> {
    /// 1-based number in the shown order ("Question 2 of 7").
    pub fn number(&self) -> usize {
        self.position + 1
    }

    /// A copy that owns its question and choices.
    pub fn into_owned(self) -> ShownQuestion<'static> {
        ShownQuestion {
            position: self.position,
            index: self.index,
            question: Cow::Owned(self.question.into_owned()),
            choices: self
                .choices
                .into_iter()
                .map(|c| ShownChoice {
                    position: c.position,
                    original: c.original,
                    choice: Cow::Owned(c.choice.into_owned()),
                })
                .collect(),
        }
    }
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
                choice: Cow::Borrowed(choice),
            })
            .collect();
        Some(ShownQuestion {
            position,
            index,
            question: Cow::Borrowed(question),
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
