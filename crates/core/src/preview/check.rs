//! One file an author picked, checked the way `cargo xtask validate` checks
//! a content folder (`parse_article` with the file's name as the expected
//! id), with every problem placed at a line and column.
//!
//! Before the text: the file's size (checked before it is read, so a huge
//! file is refused without reading it), then what it is (an empty file, an
//! image or another binary format, text that is not UTF-8).

use crate::content::error::{Problem, ProblemKind};
use crate::content::limits::{LimitError, ARTICLE};
use crate::content::model::Article;
use crate::parse_article;
use crate::preview::locate::{locate, Position};

/// Why a file could not be read as an article at all.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FileError {
    #[error("The file is empty.")]
    Empty,
    #[error(
        "The file is {} KB; an article can be at most {} KB. It was not read.",
        size.div_ceil(1024),
        max / 1024
    )]
    TooLarge { size: u64, max: usize },
    #[error("This is a {0} file, not a JSON file.")]
    NotJson(&'static str),
    #[error(
        "This is not a text file: byte {offset} is not UTF-8 text. Save the article as UTF-8 JSON."
    )]
    NotText { offset: usize },
}

/// One problem in a file, with where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// The field path, as `cargo xtask validate` prints it ("" for the
    /// document as a whole).
    pub path: String,
    /// The problem's short code (`answer-out-of-range`).
    pub code: &'static str,
    /// The validator's message, without the path.
    pub message: String,
    /// Where in the file; `None` when it concerns the file as a whole.
    pub at: Option<Position>,
}

/// Everything wrong with a file.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CheckError {
    #[error(transparent)]
    File(FileError),
    #[error("{} problem(s)", .0.len())]
    Problems(Vec<Diagnostic>),
}

impl CheckError {
    /// How many problems to announce (a file error is one).
    pub fn count(&self) -> usize {
        match self {
            CheckError::File(_) => 1,
            CheckError::Problems(p) => p.len(),
        }
    }
}

/// A file of `size` bytes can be read: not empty, within the article limit.
pub fn check_size(size: u64) -> Result<(), FileError> {
    match size {
        0 => Err(FileError::Empty),
        s if s > ARTICLE.max_bytes as u64 => Err(FileError::TooLarge {
            size: s,
            max: ARTICLE.max_bytes,
        }),
        _ => Ok(()),
    }
}

/// Formats people save by mistake, by their first bytes, with the
/// format's name in any language (the preview puts it in a sentence of
/// the interface's language).
const SIGNATURES: [(&[u8], &str); 7] = [
    (b"\x89PNG", "PNG"),
    (b"\xFF\xD8\xFF", "JPEG"),
    (b"GIF8", "GIF"),
    (b"%PDF", "PDF"),
    (b"PK\x03\x04", "ZIP (Word, OpenDocument)"),
    (b"\x1F\x8B", "gzip"),
    (b"RIFF", "RIFF (audio, video)"),
];

/// The text of a file, or why it is not an article's text.
pub fn text_of(bytes: &[u8]) -> Result<&str, FileError> {
    check_size(bytes.len() as u64)?;
    if let Some((_, kind)) = SIGNATURES
        .iter()
        .find(|(magic, _)| bytes.starts_with(magic))
    {
        return Err(FileError::NotJson(kind));
    }
    std::str::from_utf8(bytes).map_err(|e| FileError::NotText {
        offset: e.valid_up_to(),
    })
}

/// The id a file name implies, as `cargo xtask validate` reads it: the
/// name without its last extension (`chips.json` → `chips`).
pub fn id_from_file_name(name: &str) -> &str {
    match name.rfind('.') {
        Some(at) if at > 0 => &name[..at],
        _ => name,
    }
}

/// The position a problem carries itself (syntax and most limits).
fn own_position(kind: &ProblemKind) -> Option<Position> {
    let (line, column) = match kind {
        ProblemKind::Syntax { line, column, .. } => (*line, *column),
        ProblemKind::Limit(
            LimitError::TooDeep { line, column, .. }
            | LimitError::StringTooLong { line, column, .. }
            | LimitError::TooManyItems { line, column, .. },
        ) => (*line, *column),
        _ => return None,
    };
    Some(Position { line, column })
}

/// Every problem of `text` with its position.
fn diagnostics(text: &str, problems: Vec<Problem>) -> Vec<Diagnostic> {
    let paths: Vec<&str> = problems.iter().map(|p| p.path.as_str()).collect();
    let found = locate(text, &paths);
    problems
        .iter()
        .zip(found)
        .map(|(p, at)| {
            let whole_file = matches!(p.kind, ProblemKind::Limit(LimitError::TooLarge { .. }));
            Diagnostic {
                path: p.path.clone(),
                code: p.kind.code(),
                message: p.kind.to_string(),
                at: own_position(&p.kind).or(if whole_file { None } else { at }),
            }
        })
        .collect()
}

/// Checks the file `name` with contents `bytes` as an article.
pub fn check_article(name: &str, bytes: &[u8]) -> Result<Article, CheckError> {
    let text = text_of(bytes).map_err(CheckError::File)?;
    parse_article(id_from_file_name(name), text)
        .map_err(|e| CheckError::Problems(diagnostics(text, e.problems)))
}

#[cfg(test)]
mod tests {
    use super::*;

    const MINIMAL: &str = include_str!("../../tests/fixtures/minimal.json");

    fn problems(name: &str, text: &str) -> Vec<Diagnostic> {
        match check_article(name, text.as_bytes()) {
            Err(CheckError::Problems(p)) => p,
            other => panic!("expected problems, got {other:?}"),
        }
    }

    fn line_of(text: &str, needle: &str) -> usize {
        text.find(needle)
            .map_or(0, |at| text[..at].matches('\n').count() + 1)
    }

    #[test]
    fn a_valid_file_is_an_article() {
        let article = check_article("minimal.json", MINIMAL.as_bytes());
        assert_eq!(article.map(|a| a.id).ok().as_deref(), Some("minimal"));
    }

    #[test]
    fn validation_problems_have_a_line_and_column() {
        let text = MINIMAL.replace("\"answer\": [0, 2]", "\"answer\": [0, 7]");
        let p = problems("minimal.json", &text);
        assert_eq!(p.len(), 1);
        assert_eq!(p[0].path, "quiz.questions[2].answer");
        assert_eq!(p[0].code, "answer-out-of-range");
        assert_eq!(p[0].message, "index 7 out of range (3 choices)");
        let at = p[0].at.unwrap_or(Position { line: 0, column: 0 });
        assert_eq!(at.line, line_of(&text, "\"answer\": [0, 7]"));
        let line = text.lines().nth(at.line - 1).unwrap_or_default();
        assert_eq!(
            line.chars().skip(at.column - 1).take(6).collect::<String>(),
            "[0, 7]"
        );
    }

    #[test]
    fn wrong_types_and_impossible_dates_are_placed() {
        let text = MINIMAL.replace("\"A minimal article\"", "42");
        let p = problems("minimal.json", &text);
        assert_eq!((p[0].path.as_str(), p[0].code), ("title", "shape"));
        assert_eq!(p[0].message, "wrong type: integer `42`, expected a string");
        assert_eq!(
            p[0].at,
            Some(Position {
                line: 4,
                column: 12
            })
        );

        let date = MINIMAL
            .lines()
            .find(|l| l.contains("\"published\""))
            .unwrap_or_default();
        let bad = MINIMAL.replace(date, "  \"published\": \"2026-02-30\",");
        let p = problems("minimal.json", &bad);
        assert_eq!((p[0].path.as_str(), p[0].code), ("published", "bad-date"));
        assert_eq!(p[0].at.map(|a| a.line), Some(line_of(&bad, "2026-02-30")));
    }

    #[test]
    fn syntax_errors_keep_their_own_position() {
        let p = problems("minimal.json", "{\n  \"format\": 1,\n  \"id\": }\n");
        assert_eq!(p[0].code, "syntax");
        assert_eq!(p[0].at, Some(Position { line: 3, column: 9 }));
        let p = problems("notes.json", "hello");
        assert_eq!(p[0].code, "syntax");
    }

    #[test]
    fn files_that_are_not_articles_are_refused_before_parsing() {
        let refuse = |bytes: &[u8]| match check_article("a.json", bytes) {
            Err(CheckError::File(e)) => e,
            other => panic!("expected a file error, got {other:?}"),
        };
        assert_eq!(refuse(b""), FileError::Empty);
        assert_eq!(refuse(b"\x89PNG\r\n\x1a\n\0\0"), FileError::NotJson("PNG"));
        assert_eq!(
            refuse(b"{\"a\": \"\xC3\x28\"}"),
            FileError::NotText { offset: 7 }
        );
        let big = vec![b' '; ARTICLE.max_bytes + 1];
        assert!(matches!(refuse(&big), FileError::TooLarge { .. }));
        assert_eq!(
            check_size(10 * 1024 * 1024).map_err(|e| e.to_string()),
            Err(
                "The file is 10240 KB; an article can be at most 1024 KB. It was not read."
                    .to_owned()
            )
        );
        assert_eq!(check_size(0), Err(FileError::Empty));
        assert_eq!(check_size(1), Ok(()));
    }

    #[test]
    fn the_id_comes_from_the_file_name_as_in_the_validator() {
        assert_eq!(id_from_file_name("chips.json"), "chips");
        assert_eq!(id_from_file_name("chips"), "chips");
        assert_eq!(id_from_file_name(".json"), ".json");
        let p = problems("other-name.json", MINIMAL);
        assert_eq!((p[0].path.as_str(), p[0].code), ("id", "id-mismatch"));
        assert!(p[0].at.is_some());
    }

    #[test]
    fn a_missing_field_points_at_its_object() {
        let text = MINIMAL.replacen("\"title\":", "\"titel\":", 1);
        let p = problems("minimal.json", &text);
        assert_eq!(p[0].code, "shape");
        assert!(p[0].at.is_some(), "{p:?}");
    }
}
