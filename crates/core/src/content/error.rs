//! Typed content errors. Every problem names the document and the field path
//! (`quiz.questions[2].answer`), so authors and readers know what to fix.

use std::fmt;

use crate::content::limits::LimitError;
use crate::content::markup::MarkupIssue;
use crate::content::url::UrlError;

/// What is wrong with one field.
/// Its message (`Display`) is author-only: with the `diagnostics` feature;
/// [`ProblemKind::code`] is the short, stable name for readers.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "diagnostics", derive(thiserror::Error))]
pub enum ProblemKind {
    #[cfg_attr(feature = "diagnostics", error("{0}"))]
    Limit(LimitError),
    #[cfg_attr(
        feature = "diagnostics",
        error("not valid JSON (line {line}, column {column}): {message}")
    )]
    Syntax {
        line: usize,
        column: usize,
        message: String,
    },
    #[cfg_attr(feature = "diagnostics", error("{0}"))]
    Shape(String),
    #[cfg_attr(
        feature = "diagnostics",
        error(
            "no \"format\" number; this file needs \"format\": {}",
            crate::content::model::FORMAT_VERSION
        )
    )]
    MissingFormat,
    #[cfg_attr(
        feature = "diagnostics",
        error(
            "format {found} is not supported by this version of Gloss (it reads format {})",
            crate::content::model::FORMAT_VERSION
        )
    )]
    UnsupportedFormat { found: u64 },
    #[cfg_attr(feature = "diagnostics", error("must not be empty"))]
    Empty,
    #[cfg_attr(
        feature = "diagnostics",
        error("is {len} characters long; the limit is {max}")
    )]
    TooLong { len: usize, max: usize },
    #[cfg_attr(
        feature = "diagnostics",
        error("has {len} items; expected {min} to {max}")
    )]
    Count { len: usize, min: usize, max: usize },
    #[cfg_attr(feature = "diagnostics", error(
        "{0:?} is not a valid id (use lowercase letters, digits and single hyphens, at most 80)"
    ))]
    BadSlug(String),
    #[cfg_attr(feature = "diagnostics", error("{0:?} is used more than once"))]
    Duplicate(String),
    #[cfg_attr(
        feature = "diagnostics",
        error("index {index} out of range ({choices} choices)")
    )]
    AnswerOutOfRange { index: usize, choices: usize },
    #[cfg_attr(
        feature = "diagnostics",
        error("a {kind} question needs {expected} correct answer(s), found {found}")
    )]
    AnswerCount {
        kind: &'static str,
        expected: &'static str,
        found: usize,
    },
    #[cfg_attr(
        feature = "diagnostics",
        error("a true/false question has exactly 2 choices, found {0}")
    )]
    TrueFalseChoices(usize),
    #[cfg_attr(
        feature = "diagnostics",
        error("{0:?} is not a date in YYYY-MM-DD form")
    )]
    BadDate(String),
    #[cfg_attr(
        feature = "diagnostics",
        error("{0:?} is not a language tag such as \"en\" or \"pt-BR\"")
    )]
    BadLang(String),
    #[cfg_attr(feature = "diagnostics", error("{0}"))]
    BadUrl(UrlError),
    #[cfg_attr(feature = "diagnostics", error("{0}"))]
    Markup(MarkupIssue),
    #[cfg_attr(
        feature = "diagnostics",
        error("contains a control character (U+{0:04X})")
    )]
    ControlChar(u32),
    #[cfg_attr(
        feature = "diagnostics",
        error("is {found:?} but the file is named {expected:?}")
    )]
    IdMismatch { expected: String, found: String },
    #[cfg_attr(
        feature = "diagnostics",
        error("refers to paragraph {0:?}, which no version of the article has")
    )]
    UnknownEvidence(String),
    #[cfg_attr(
        feature = "diagnostics",
        error("a section of kind \"other\" needs a heading")
    )]
    HeadingRequired,
    #[cfg_attr(
        feature = "diagnostics",
        error("section has no paragraphs, cards or points")
    )]
    EmptySection,
}

impl ProblemKind {
    /// A short, stable name for the kind of problem, in the reader's error
    /// view (`title: too-long`) and in every build, with or without
    /// `diagnostics`.
    pub fn code(&self) -> &'static str {
        match self {
            ProblemKind::Limit(_) => "limit",
            ProblemKind::Syntax { .. } => "syntax",
            ProblemKind::Shape(_) => "shape",
            ProblemKind::MissingFormat => "missing-format",
            ProblemKind::UnsupportedFormat { .. } => "unsupported-format",
            ProblemKind::Empty => "empty",
            ProblemKind::TooLong { .. } => "too-long",
            ProblemKind::Count { .. } => "count",
            ProblemKind::BadSlug(_) => "bad-id",
            ProblemKind::Duplicate(_) => "duplicate",
            ProblemKind::AnswerOutOfRange { .. } => "answer-out-of-range",
            ProblemKind::AnswerCount { .. } => "answer-count",
            ProblemKind::TrueFalseChoices(_) => "true-false-choices",
            ProblemKind::BadDate(_) => "bad-date",
            ProblemKind::BadLang(_) => "bad-lang",
            ProblemKind::BadUrl(_) => "bad-url",
            ProblemKind::Markup(_) => "markup",
            ProblemKind::ControlChar(_) => "control-char",
            ProblemKind::IdMismatch { .. } => "id-mismatch",
            ProblemKind::UnknownEvidence(_) => "unknown-evidence",
            ProblemKind::HeadingRequired => "heading-required",
            ProblemKind::EmptySection => "empty-section",
        }
    }
}

/// One problem at one place in a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Field path such as `versions[0].sections[1].cards[0].title`; empty
    /// for the document as a whole.
    pub path: String,
    pub kind: ProblemKind,
}

impl Problem {
    pub fn new(path: impl Into<String>, kind: ProblemKind) -> Self {
        Problem {
            path: path.into(),
            kind,
        }
    }

    /// The problem's short code with its field: `title: too-long`, or only
    /// `syntax` for the document as a whole.
    pub fn code(&self) -> String {
        if self.path.is_empty() {
            self.kind.code().to_owned()
        } else {
            format!("{}: {}", self.path, self.kind.code())
        }
    }
}

/// `path: message`, the validator's line for authors.
#[cfg(feature = "diagnostics")]
impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            write!(f, "{}", self.kind)
        } else {
            write!(f, "{}: {}", self.path, self.kind)
        }
    }
}

/// Everything wrong with one document. Never empty when returned as an error.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct ContentError {
    /// What was being read: its file in the content folder, e.g.
    /// `articles/ai-distillation.json`, `index.json` or `catalog/meta.json`.
    pub document: String,
    pub problems: Vec<Problem>,
}

impl ContentError {
    /// What a reader is shown: the first problem's [`Problem::code`].
    pub fn code(&self) -> String {
        self.problems.first().map(Problem::code).unwrap_or_default()
    }
}

/// With `diagnostics`: the document, then every problem with its message.
/// Without: the document and the first problem's code, with a count.
impl fmt::Display for ContentError {
    #[cfg(feature = "diagnostics")]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.problems.as_slice() {
            [one] => write!(f, "{}: {}", self.document, one),
            many => {
                write!(f, "{}: {} problems", self.document, many.len())?;
                for p in many {
                    write!(f, "\n  {p}")?;
                }
                Ok(())
            }
        }
    }

    #[cfg(not(feature = "diagnostics"))]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.document, self.code())?;
        match self.problems.len() {
            0 | 1 => Ok(()),
            n => write!(f, " (1 of {n} problems)"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn error() -> ContentError {
        ContentError {
            document: "articles/x.json".into(),
            problems: vec![
                Problem::new(
                    "quiz.questions[2].answer",
                    ProblemKind::AnswerOutOfRange {
                        index: 5,
                        choices: 3,
                    },
                ),
                Problem::new("", ProblemKind::MissingFormat),
            ],
        }
    }

    #[test]
    fn readers_get_the_first_problem_code_with_its_field() {
        let err = error();
        assert_eq!(err.code(), "quiz.questions[2].answer: answer-out-of-range");
        assert_eq!(err.problems[1].code(), "missing-format");
        let none = ContentError {
            document: "index.json".into(),
            problems: Vec::new(),
        };
        assert_eq!(none.code(), "");
    }

    #[test]
    fn authors_get_every_problem_with_its_message() {
        assert_eq!(
            error().to_string(),
            "articles/x.json: 2 problems\n  quiz.questions[2].answer: index 5 out of range (3 choices)\n  no \"format\" number; this file needs \"format\": 1"
        );
    }
}
