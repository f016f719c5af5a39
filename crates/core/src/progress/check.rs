//! Validation of individual progress records: the same rules for records
//! read from storage (invalid ones are dropped and reported) and records the
//! UI adds (refused with the same typed problem).

use std::fmt;

use super::{
    attempt_id, AttemptRecord, ReadMark, MAX_CHOICES, MAX_QUESTIONS, MAX_TERM_ID, MAX_TIME_MS,
};
use crate::content::validate::is_slug;
use crate::quiz::{is_quiz_hash, Answers, SavedAttempt, MAX_SEED};

/// What is wrong with one record.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RecordProblem {
    #[error("wrong shape: {0}")]
    Shape(String),
    #[error("{0:?} is not a valid id (lowercase letters, digits and single hyphens, at most 80)")]
    BadId(String),
    #[error("{0:?} is not a valid glossary term id (1 to {MAX_TERM_ID} characters, no control characters)")]
    BadTerm(String),
    #[error("{0:?} is not a quiz hash (16 lowercase hex digits)")]
    BadHash(String),
    #[error("a finished attempt needs a quiz hash")]
    MissingHash,
    #[error("id is {found:?} but this attempt's id is {expected:?}")]
    IdMismatch { expected: String, found: String },
    #[error("score {score} is more than the total {total}")]
    ScoreAboveTotal { score: u32, total: u32 },
    #[error("total {0} is outside 1 to {MAX_QUESTIONS}")]
    BadTotal(u32),
    #[error("answers {answers} questions but the quiz has {total}")]
    AnswerCount { answers: usize, total: u32 },
    #[error("choice index {0} is out of range")]
    ChoiceOutOfRange(usize),
    #[error("{0} is not a plausible time in milliseconds")]
    BadTime(u64),
    #[error("seed {0} is larger than 2^53 - 1")]
    BadSeed(u64),
    #[error("ends at {end} before it starts at {start}")]
    TimeOrder { start: u64, end: u64 },
    #[error("has {len} items; the limit is {max}")]
    TooMany { len: usize, max: usize },
    #[error("position {0} is out of range")]
    BadPosition(u32),
    #[error("a version-1 summary has no answers and no quiz hash")]
    LegacyShape,
    #[error("a version-1 summary must stand for at least one attempt")]
    NoAttempts,
    #[error("{0:?} appears more than once; the newest is kept")]
    Duplicate(String),
    #[error("superseded by a finished attempt at the same article; dropped")]
    Superseded,
    #[error("unknown field, ignored")]
    UnknownField,
    #[error("empty, or longer than 1000 bytes")]
    BadText,
    #[error("box {0} is outside 1 to 5")]
    BadBox(u8),
    #[error("day {0} is not a plausible day number")]
    BadDay(u32),
}

/// One problem at one place: a warning when loading (the record was dropped
/// or the field ignored), or the error when the UI adds a bad record.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct RecordIssue {
    /// Where, e.g. `attempts[3].answers.q1` or `in_progress.my-article`.
    pub path: String,
    pub problem: RecordProblem,
}

impl fmt::Display for RecordIssue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            write!(f, "{}", self.problem)
        } else {
            write!(f, "{}: {}", self.path, self.problem)
        }
    }
}

impl RecordIssue {
    pub fn new(path: impl Into<String>, problem: RecordProblem) -> Self {
        RecordIssue {
            path: path.into(),
            problem,
        }
    }

    /// The same issue with `prefix` in front of its path.
    pub fn under(self, prefix: &str) -> Self {
        RecordIssue {
            path: join(prefix, &self.path),
            problem: self.problem,
        }
    }
}

/// `a.b`, or whichever is non-empty; `a[0]` stays `a[0]`.
pub(crate) fn join(prefix: &str, path: &str) -> String {
    match (prefix.is_empty(), path.is_empty()) {
        (_, true) => prefix.to_owned(),
        (true, false) => path.to_owned(),
        (false, false) if path.starts_with('[') => format!("{prefix}{path}"),
        (false, false) => format!("{prefix}.{path}"),
    }
}

type Checked = Result<(), RecordProblem>;

fn at(path: impl Into<String>) -> impl FnOnce(RecordProblem) -> RecordIssue {
    let path = path.into();
    move |p| RecordIssue::new(path, p)
}

pub(crate) fn article_id(id: &str) -> Checked {
    if is_slug(id) {
        Ok(())
    } else {
        Err(RecordProblem::BadId(id.to_owned()))
    }
}

pub(crate) fn term_id(id: &str) -> Checked {
    let ok = !id.trim().is_empty()
        && id.chars().count() <= MAX_TERM_ID
        && !id.chars().any(char::is_control);
    if ok {
        Ok(())
    } else {
        Err(RecordProblem::BadTerm(id.to_owned()))
    }
}

pub(crate) fn time(t: u64) -> Checked {
    if t <= MAX_TIME_MS {
        Ok(())
    } else {
        Err(RecordProblem::BadTime(t))
    }
}

fn hash(h: &str) -> Checked {
    if is_quiz_hash(h) {
        Ok(())
    } else {
        Err(RecordProblem::BadHash(h.to_owned()))
    }
}

fn seed(seed: u64) -> Checked {
    if seed <= MAX_SEED {
        Ok(())
    } else {
        Err(RecordProblem::BadSeed(seed))
    }
}

fn order(start: u64, end: u64) -> Checked {
    if start <= end {
        Ok(())
    } else {
        Err(RecordProblem::TimeOrder { start, end })
    }
}

/// Answers or selections: question ids are slugs, indexes below [`MAX_CHOICES`].
fn answers(field: &str, answers: &Answers) -> Result<(), RecordIssue> {
    if answers.len() > MAX_QUESTIONS {
        return Err(RecordIssue::new(
            field,
            RecordProblem::TooMany {
                len: answers.len(),
                max: MAX_QUESTIONS,
            },
        ));
    }
    for (id, response) in answers {
        let path = join(field, id);
        article_id(id).map_err(at(field))?;
        if let Some(max) = response.max_index() {
            if max >= MAX_CHOICES {
                return Err(RecordIssue::new(path, RecordProblem::ChoiceOutOfRange(max)));
            }
        }
    }
    Ok(())
}

/// Every rule for a finished attempt; the path is relative to the record.
pub(super) fn record(r: &AttemptRecord) -> Result<(), RecordIssue> {
    article_id(&r.article_id).map_err(at("article_id"))?;
    let expected = attempt_id(&r.article_id, r.started_at_ms, r.seed);
    if r.id != expected {
        return Err(RecordIssue::new(
            "id",
            RecordProblem::IdMismatch {
                expected,
                found: r.id.clone(),
            },
        ));
    }
    seed(r.seed).map_err(at("seed"))?;
    time(r.started_at_ms).map_err(at("started_at_ms"))?;
    time(r.finished_at_ms).map_err(at("finished_at_ms"))?;
    order(r.started_at_ms, r.finished_at_ms).map_err(at("finished_at_ms"))?;
    if r.total == 0 || r.total as usize > MAX_QUESTIONS {
        return Err(RecordIssue::new("total", RecordProblem::BadTotal(r.total)));
    }
    if r.score > r.total {
        return Err(RecordIssue::new(
            "score",
            RecordProblem::ScoreAboveTotal {
                score: r.score,
                total: r.total,
            },
        ));
    }
    answers("answers", &r.answers)?;
    if r.answers.len() > r.total as usize {
        return Err(RecordIssue::new(
            "answers",
            RecordProblem::AnswerCount {
                answers: r.answers.len(),
                total: r.total,
            },
        ));
    }
    match (r.legacy_attempts, &r.quiz_hash) {
        (Some(0), _) => Err(RecordIssue::new(
            "legacy_attempts",
            RecordProblem::NoAttempts,
        )),
        (Some(_), None) if r.answers.is_empty() => Ok(()),
        (Some(_), _) => Err(RecordIssue::new(
            "legacy_attempts",
            RecordProblem::LegacyShape,
        )),
        (None, None) => Err(RecordIssue::new("quiz_hash", RecordProblem::MissingHash)),
        (None, Some(h)) => hash(h).map_err(at("quiz_hash")),
    }
}

/// Every rule for an unfinished attempt that can be checked without the
/// quiz (the rest is checked by `Attempt::resume`).
pub(super) fn saved(s: &SavedAttempt) -> Result<(), RecordIssue> {
    article_id(&s.article_id).map_err(at("article_id"))?;
    hash(&s.quiz_hash).map_err(at("quiz_hash"))?;
    seed(s.seed).map_err(at("seed"))?;
    time(s.started_at_ms).map_err(at("started_at_ms"))?;
    time(s.updated_at_ms).map_err(at("updated_at_ms"))?;
    order(s.started_at_ms, s.updated_at_ms).map_err(at("updated_at_ms"))?;
    if s.position as usize >= MAX_QUESTIONS {
        return Err(RecordIssue::new(
            "position",
            RecordProblem::BadPosition(s.position),
        ));
    }
    answers("selections", &s.selections)?;
    if s.checked.len() > MAX_QUESTIONS {
        return Err(RecordIssue::new(
            "checked",
            RecordProblem::TooMany {
                len: s.checked.len(),
                max: MAX_QUESTIONS,
            },
        ));
    }
    for id in &s.checked {
        article_id(id).map_err(at("checked"))?;
    }
    Ok(())
}

pub(super) fn read_mark(m: &ReadMark) -> Result<(), RecordIssue> {
    time(m.first_read_at_ms).map_err(at("first_read_at_ms"))?;
    time(m.last_read_at_ms).map_err(at("last_read_at_ms"))?;
    order(m.first_read_at_ms, m.last_read_at_ms).map_err(at("last_read_at_ms"))
}

fn text(s: &str) -> Checked {
    if s.trim().is_empty() || s.len() > crate::words::MAX_TEXT_BYTES {
        Err(RecordProblem::BadText)
    } else {
        Ok(())
    }
}

/// A word's text: a term, a definition and a title of at most
/// [`crate::words::MAX_TEXT_BYTES`] (the title may be empty).
pub(crate) fn word_text(t: &crate::words::WordText) -> Result<(), RecordIssue> {
    time(t.seen_at_ms).map_err(at("seen_at_ms"))?;
    text(&t.term).map_err(at("term"))?;
    text(&t.definition).map_err(at("definition"))?;
    if t.title.len() > crate::words::MAX_TEXT_BYTES {
        return Err(RecordIssue::new("title", RecordProblem::BadText));
    }
    Ok(())
}

/// A stored word: its text, and a review in a real box on a plausible day.
pub(crate) fn word(w: &crate::words::Word) -> Result<(), RecordIssue> {
    word_text(&w.text)?;
    let Some(r) = w.review else { return Ok(()) };
    time(r.at_ms).map_err(at("review.at_ms"))?;
    if !(1..=crate::words::BOXES).contains(&r.leitner_box) {
        return Err(RecordIssue::new(
            "review.box",
            RecordProblem::BadBox(r.leitner_box),
        ));
    }
    if r.due_day > crate::words::MAX_DAY {
        return Err(RecordIssue::new(
            "review.due_day",
            RecordProblem::BadDay(r.due_day),
        ));
    }
    Ok(())
}
