//! Typed content errors. Every problem names the document and the field path
//! (`quiz.questions[2].answer`), so authors and readers know what to fix.

use std::fmt;

use crate::content::limits::LimitError;
use crate::content::markup::MarkupIssue;
use crate::content::url::UrlError;

/// What is wrong with one field.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ProblemKind {
    #[error("{0}")]
    Limit(LimitError),
    #[error("not valid JSON (line {line}, column {column}): {message}")]
    Syntax {
        line: usize,
        column: usize,
        message: String,
    },
    #[error("{0}")]
    Shape(String),
    #[error(
        "no \"format\" number; this file needs \"format\": {}",
        crate::content::model::FORMAT_VERSION
    )]
    MissingFormat,
    #[error(
        "format {found} is not supported by this version of Gloss (it reads format {})",
        crate::content::model::FORMAT_VERSION
    )]
    UnsupportedFormat { found: u64 },
    #[error("must not be empty")]
    Empty,
    #[error("is {len} characters long; the limit is {max}")]
    TooLong { len: usize, max: usize },
    #[error("has {len} items; expected {min} to {max}")]
    Count { len: usize, min: usize, max: usize },
    #[error(
        "{0:?} is not a valid id (use lowercase letters, digits and single hyphens, at most 80)"
    )]
    BadSlug(String),
    #[error("{0:?} is used more than once")]
    Duplicate(String),
    #[error("index {index} out of range ({choices} choices)")]
    AnswerOutOfRange { index: usize, choices: usize },
    #[error("a {kind} question needs {expected} correct answer(s), found {found}")]
    AnswerCount {
        kind: &'static str,
        expected: &'static str,
        found: usize,
    },
    #[error("a true/false question has exactly 2 choices, found {0}")]
    TrueFalseChoices(usize),
    #[error("{0:?} is not a date in YYYY-MM-DD form")]
    BadDate(String),
    #[error("{0:?} is not a language tag such as \"en\" or \"pt-BR\"")]
    BadLang(String),
    #[error("{0}")]
    BadUrl(UrlError),
    #[error("{0}")]
    Markup(MarkupIssue),
    #[error("contains a control character (U+{0:04X})")]
    ControlChar(u32),
    #[error("is {found:?} but the file is named {expected:?}")]
    IdMismatch { expected: String, found: String },
    #[error("refers to paragraph {0:?}, which no version of the article has")]
    UnknownEvidence(String),
    #[error("a section of kind \"other\" needs a heading")]
    HeadingRequired,
    #[error("section has no paragraphs, cards or points")]
    EmptySection,
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
}

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
    /// What was being read, e.g. `article "ai-distillation"` or `index`.
    pub document: String,
    pub problems: Vec<Problem>,
}

impl fmt::Display for ContentError {
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
}
