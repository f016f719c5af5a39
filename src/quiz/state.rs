//! The state behind the quiz on an article page: the reader's [`Attempt`]
//! (gloss-core does all scoring, shuffling and locking), which screen is
//! shown, where focus goes, and saving to progress as the reader goes.

use gloss_core::content::model::Quiz;
use gloss_core::progress::AttemptRecord;
use gloss_core::quiz::{
    derive_seed, quiz_hash, Attempt, AttemptError, Mode, ShownQuestion, MAX_SEED,
};
use leptos::prelude::*;

use crate::progress::state::{now_ms, Progress};

/// What the quiz section shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    /// Mode choice, start and resume.
    Start,
    /// The question at this display position.
    Question(usize),
    /// Score and every answer.
    Results,
}

/// Element ids that receive focus.
pub const QUESTION_HEADING: &str = "quiz-question-heading";
pub const FEEDBACK_HEADING: &str = "quiz-feedback-heading";
pub const RESULT_HEADING: &str = "quiz-result-heading";

/// A seed for a new shuffle, at most [`MAX_SEED`].
pub fn random_seed() -> u64 {
    // Natively (rendering at build time) the first shuffle is never shown.
    if !cfg!(target_arch = "wasm32") {
        return 0;
    }
    // Truncation is intended: 53 random bits.
    (js_sys::Math::random() * 9_007_199_254_740_992.0) as u64 & MAX_SEED
}

/// `&seed=<n>` in the address pins the first shuffle (and, derived from it,
/// every retry), so tests and demos see a known order.
pub fn pinned_seed() -> Option<u64> {
    let search = crate::platform::browser::window()?
        .location()
        .search()
        .ok()?;
    let params = web_sys::UrlSearchParams::new_with_str(&search).ok()?;
    params
        .get("seed")?
        .trim()
        .parse::<u64>()
        .ok()
        .filter(|&s| s <= MAX_SEED)
}

/// The quiz of one article, as a `Copy` handle for its views.
#[derive(Clone, Copy)]
pub struct QuizState {
    pub attempt: RwSignal<Option<Attempt>>,
    screen: RwSignal<Screen>,
    pub progress: Progress,
    article_id: StoredValue<String>,
    quiz: StoredValue<Quiz>,
    hash: StoredValue<String>,
    pinned_seed: Option<u64>,
}

impl QuizState {
    pub fn new(article_id: String, quiz: Quiz, progress: Progress) -> Self {
        QuizState {
            attempt: RwSignal::new(None),
            screen: RwSignal::new(Screen::Start),
            progress,
            hash: StoredValue::new(quiz_hash(&quiz)),
            article_id: StoredValue::new(article_id),
            quiz: StoredValue::new(quiz),
            pinned_seed: pinned_seed(),
        }
    }

    pub fn screen(&self) -> Screen {
        self.screen.get()
    }

    pub fn article_id(&self) -> String {
        self.article_id.get_value()
    }

    pub fn quiz_hash(&self) -> String {
        self.hash.get_value()
    }

    pub fn with_quiz<R>(&self, f: impl FnOnce(&Quiz) -> R) -> R {
        self.quiz.with_value(f)
    }

    /// The attempt's mode (immediate until one starts).
    pub fn mode(&self) -> Mode {
        self.attempt
            .with_untracked(|a| a.as_ref().map(Attempt::mode))
            .unwrap_or_default()
    }

    /// The question at a display position of the current attempt, with its
    /// choices in the shown order.
    pub fn question(&self, position: usize) -> Option<ShownQuestion<'static>> {
        self.attempt
            .with_untracked(|a| a.as_ref()?.shown(position).map(ShownQuestion::into_owned))
    }

    /// Number of questions in the quiz.
    pub fn question_count(&self) -> usize {
        self.quiz.with_value(|q| q.questions.len())
    }

    fn show(&self, screen: Screen) {
        self.screen.set(screen);
        crate::platform::focus::focus_by_id_when_present(match screen {
            Screen::Start => "quiz-heading",
            Screen::Question(_) => QUESTION_HEADING,
            Screen::Results => RESULT_HEADING,
        });
    }

    /// Starts a fresh attempt (replacing any unfinished one).
    pub fn start(&self, mode: Mode) {
        let seed = self.pinned_seed.unwrap_or_else(random_seed);
        let attempt = self
            .quiz
            .with_value(|q| Attempt::new(self.article_id.get_value(), q, mode, seed, now_ms()));
        self.progress
            .discard_in_progress(&self.article_id.get_value());
        self.attempt.set(Some(attempt));
        self.show(Screen::Question(0));
    }

    /// Continues an unfinished attempt where it was left.
    pub fn resume(&self, attempt: Attempt) {
        let position = attempt.position();
        self.attempt.set(Some(attempt));
        self.show(Screen::Question(position));
    }

    /// Selects (`on`) or clears a choice; radios only ever select.
    pub fn set_choice(&self, question_id: &str, original: usize, on: bool) {
        self.attempt.maybe_update(|a| {
            let Some(a) = a else { return false };
            let selected = a
                .selection(question_id)
                .is_some_and(|r| r.contains(original));
            selected != on && a.toggle(question_id, original).is_ok()
        });
        self.save();
    }

    /// Immediate mode: checks the question and moves focus to the feedback.
    pub fn check(&self, question_id: &str) -> Result<(), AttemptError> {
        let now = now_ms();
        let mut result = Err(AttemptError::Finished);
        self.attempt.maybe_update(|a| {
            if let Some(a) = a {
                result = a.check(question_id, now).map(|_| ());
            }
            result.is_ok()
        });
        if result.is_ok() {
            self.save();
            crate::platform::focus::focus_by_id_when_present(FEEDBACK_HEADING);
        }
        result
    }

    /// Shows the question at `position`.
    pub fn go_to(&self, position: usize) {
        let mut moved = false;
        self.attempt.maybe_update(|a| {
            moved = a.as_mut().is_some_and(|a| a.go_to(position).is_ok());
            moved
        });
        if moved {
            self.save();
            self.show(Screen::Question(position));
        }
    }

    /// Checks everything (unanswered questions count as wrong) and shows the results.
    pub fn submit(&self) {
        let now = now_ms();
        self.attempt
            .maybe_update(|a| a.as_mut().is_some_and(|a| a.submit(now).is_ok()));
        self.save();
        self.show(Screen::Results);
    }

    pub fn show_results(&self) {
        self.show(Screen::Results);
    }

    /// A new attempt in the same mode, reshuffled. With a pinned seed the
    /// next seed is derived from the last one, so the order is still known.
    pub fn retry(&self) {
        let now = now_ms();
        let next = self.attempt.with_untracked(|a| {
            let a = a.as_ref()?;
            Some(self.quiz.with_value(|q| match self.pinned_seed {
                Some(_) => Attempt::new(a.article_id(), q, a.mode(), derive_seed(a.seed(), 1), now),
                None => a.retry(q, now),
            }))
        });
        if let Some(next) = next {
            self.attempt.set(Some(next));
            self.show(Screen::Question(0));
        }
    }

    /// Records the attempt if finished, else saves it for resuming (once
    /// something was answered).
    fn save(&self) {
        self.attempt
            .with_untracked(|a| a.as_ref().map(crate::embed::post_quiz_events));
        let now = now_ms();
        let (record, saved) = self.attempt.with_untracked(|a| match a {
            Some(a) => (AttemptRecord::from_attempt(a), a.save(now)),
            None => (None, None),
        });
        if let Some(record) = record {
            let _ = self.progress.record_attempt(record);
        } else if let Some(saved) = saved.filter(|s| !s.selections.is_empty()) {
            self.progress.save_in_progress_after_paint(saved);
        }
    }
}
