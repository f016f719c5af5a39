//! Where a field is in the text: the line and column of the value at a
//! field path (`quiz.questions[2].answer`, as [`Problem::path`] writes it),
//! so every problem an author is shown points into their file, not only
//! syntax and limit errors (which carry their own position).
//!
//! One linear pass over the text for any number of paths. A path that is
//! not in the text (a missing field: serde names the object that lacks it)
//! is placed at its nearest ancestor that is, down to the document itself.
//! Malformed JSON is scanned as far as it goes; nothing here fails.
//!
//! [`Problem::path`]: crate::content::error::Problem::path

use std::collections::HashMap;

/// A 1-based line and column (in characters) in a document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

/// Every ancestor of `path`, nearest first, then `path`'s document (`""`):
/// `a.b[2]` → `a.b`, `a`, `""`.
fn ancestors(path: &str) -> impl Iterator<Item = &str> {
    let mut rest = Some(path);
    std::iter::from_fn(move || {
        let p = rest?;
        let cut = p.rfind(['.', '[']);
        let parent = cut.map_or("", |at| &p[..at]);
        rest = (!p.is_empty()).then_some(parent);
        rest
    })
}

/// One open object or array during the scan.
enum Frame {
    Object { key: String, expect_key: bool },
    Array { index: usize },
}

/// The path of the value about to start, from the open frames.
fn path_of(frames: &[Frame]) -> String {
    let mut out = String::new();
    for f in frames {
        match f {
            Frame::Object { key, .. } => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(key);
            }
            Frame::Array { index } => {
                out.push('[');
                out.push_str(&index.to_string());
                out.push(']');
            }
        }
    }
    out
}

/// The positions of the values at `paths` (each, or its nearest ancestor
/// present), in the same order; `None` only when the text has no value at
/// all (empty, or not JSON from its first character).
pub fn locate(text: &str, paths: &[&str]) -> Vec<Option<Position>> {
    let mut wanted: HashMap<&str, Option<Position>> = HashMap::new();
    for p in paths {
        wanted.insert(p, None);
        for a in ancestors(p) {
            wanted.insert(a, None);
        }
    }
    scan(text, &mut wanted);
    paths
        .iter()
        .map(|p| {
            std::iter::once(*p)
                .chain(ancestors(p))
                .find_map(|a| wanted.get(a).copied().flatten())
        })
        .collect()
}

/// Fills in the position of the first value found at each wanted path.
fn scan(text: &str, wanted: &mut HashMap<&str, Option<Position>>) {
    let bytes = text.as_bytes();
    let mut frames: Vec<Frame> = Vec::new();
    let (mut line, mut column) = (1, 1);
    let mut i = 0;
    // Marks the value that starts here, if its path is wanted.
    let mut value_at = |frames: &[Frame], line: usize, column: usize| {
        if let Some(slot) = wanted.get_mut(path_of(frames).as_str()) {
            slot.get_or_insert(Position { line, column });
        }
    };
    while let Some(&b) = bytes.get(i) {
        let in_key = matches!(
            frames.last(),
            Some(Frame::Object {
                expect_key: true,
                ..
            })
        );
        match b {
            b'\n' => {
                line += 1;
                column = 0;
            }
            b'{' | b'[' if !in_key => {
                value_at(&frames, line, column);
                frames.push(if b == b'{' {
                    Frame::Object {
                        key: String::new(),
                        expect_key: true,
                    }
                } else {
                    Frame::Array { index: 0 }
                });
            }
            b'}' | b']' => {
                frames.pop();
            }
            b',' => match frames.last_mut() {
                Some(Frame::Array { index }) => *index += 1,
                Some(Frame::Object { expect_key, .. }) => *expect_key = true,
                None => {}
            },
            b':' => {
                if let Some(Frame::Object { expect_key, .. }) = frames.last_mut() {
                    *expect_key = false;
                }
            }
            b'"' => {
                let end = string_end(bytes, i + 1);
                if in_key {
                    if let Some(Frame::Object { key, .. }) = frames.last_mut() {
                        *key = text.get(i + 1..end).unwrap_or_default().to_owned();
                    }
                } else {
                    value_at(&frames, line, column);
                }
                // Strings hold no raw line breaks in valid JSON; count
                // characters, and lines too, for broken files.
                for &c in bytes.get(i + 1..=end).unwrap_or_default() {
                    if c == b'\n' {
                        line += 1;
                        column = 0;
                    } else if c & 0xC0 != 0x80 {
                        column += 1;
                    }
                }
                i = end + 1;
                column += 1;
                continue;
            }
            b' ' | b'\t' | b'\r' => {}
            _ if !in_key && (b == b'-' || b.is_ascii_alphanumeric()) => {
                value_at(&frames, line, column);
                // The rest of the number or literal.
                while bytes.get(i + 1).is_some_and(|c| {
                    *c == b'.' || *c == b'+' || *c == b'-' || c.is_ascii_alphanumeric()
                }) {
                    i += 1;
                    column += 1;
                }
            }
            _ => {}
        }
        if b & 0xC0 != 0x80 {
            column += 1;
        }
        i += 1;
    }
}

/// The index of the `"` that closes the string whose text starts at
/// `from` (or the end of the text).
fn string_end(bytes: &[u8], from: usize) -> usize {
    let mut j = from;
    while let Some(&c) = bytes.get(j) {
        match c {
            b'\\' => j += 2,
            b'"' => return j,
            _ => j += 1,
        }
    }
    bytes.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(line: usize, column: usize) -> Option<Position> {
        Some(Position { line, column })
    }

    const DOC: &str = "{\n  \"title\": \"Tea\",\n  \"quiz\": {\n    \"questions\": [\n      { \"answer\": [0, 7] },\n      { \"answer\": 1, \"x\": null }\n    ]\n  }\n}\n";

    #[test]
    fn finds_values_at_paths() {
        assert_eq!(
            locate(
                DOC,
                &[
                    "title",
                    "quiz.questions[0].answer",
                    "quiz.questions[0].answer[1]",
                    "quiz.questions[1].answer",
                    "quiz.questions[1].x",
                    "",
                ]
            ),
            vec![
                at(2, 12),
                at(5, 19),
                at(5, 23),
                at(6, 19),
                at(6, 27),
                at(1, 1)
            ]
        );
    }

    #[test]
    fn a_missing_field_is_placed_at_its_nearest_ancestor() {
        assert_eq!(
            locate(
                DOC,
                &[
                    "quiz.questions[1].choices",
                    "quiz.questions[9]",
                    "nope.a[2]"
                ]
            ),
            vec![at(6, 7), at(4, 18), at(1, 1)]
        );
    }

    #[test]
    fn strings_with_brackets_escapes_and_wide_characters() {
        let doc = "{\"a\": \"[{,:\\\"}]\", \"é\": \"ü\", \"b\": [\"x\", true]}";
        assert_eq!(
            locate(doc, &["a", "é", "b[1]"]),
            vec![at(1, 7), at(1, 24), at(1, 40)]
        );
    }

    #[test]
    fn broken_or_empty_text_never_fails() {
        assert_eq!(locate("", &["a", ""]), vec![None, None]);
        assert_eq!(locate("nope", &["a"]), vec![at(1, 1)]);
        for text in [
            "{\"a\": [1, {\"b\": ",
            "]]]}}}",
            "{\"a\" \"b\": 1}",
            "\"unterminated",
        ] {
            let found = locate(text, &["a", "a[1].b", ""]);
            assert_eq!(found.len(), 3, "{text}");
        }
    }

    #[test]
    fn ancestors_run_up_to_the_document() {
        let all: Vec<&str> = ancestors("a.b[2].c").collect();
        assert_eq!(all, ["a.b[2]", "a.b", "a", ""]);
        assert_eq!(ancestors("").count(), 0);
    }
}
