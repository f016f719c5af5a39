//! Size limits checked on the raw JSON text before it is parsed, so that a
//! hostile or broken file can never make the parser build a huge or deeply
//! nested value. One linear pass over the bytes.

/// Limits for one kind of document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Largest document, in bytes.
    pub max_bytes: usize,
    /// Deepest nesting of arrays and objects.
    pub max_depth: usize,
    /// Longest string literal, in bytes as written (escapes included).
    pub max_string_bytes: usize,
    /// Most items in one array or members in one object.
    pub max_items: usize,
}

/// Limits for `articles/<id>.json`.
pub const ARTICLE: Limits = Limits {
    max_bytes: 1024 * 1024,
    max_depth: 10,
    max_string_bytes: 32 * 1024,
    max_items: 1000,
};

/// Limits for `index.json` (room for tens of thousands of articles).
pub const INDEX: Limits = Limits {
    max_bytes: 16 * 1024 * 1024,
    max_depth: 6,
    max_string_bytes: 8 * 1024,
    max_items: 50_000,
};

/// Limits for one file of the paged catalogue (`catalog/…`): a page of
/// entries, or the counts with one line per category.
pub const CATALOG: Limits = Limits {
    max_bytes: 4 * 1024 * 1024,
    max_depth: 6,
    max_string_bytes: 8 * 1024,
    max_items: 50_000,
};

/// Which limit a document broke, and where: 1-based line and column, and
/// the field path (`versions[0].sections[2].paragraphs`, as in the other
/// problems; empty for the document itself).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LimitError {
    #[error("document is {size} bytes; the limit is {max}")]
    TooLarge { size: usize, max: usize },
    #[error("nesting deeper than {max} levels at line {line}, column {column}")]
    TooDeep {
        max: usize,
        line: usize,
        column: usize,
        path: String,
    },
    #[error("a string longer than {max} bytes at line {line}, column {column}")]
    StringTooLong {
        max: usize,
        line: usize,
        column: usize,
        path: String,
    },
    #[error("a list with more than {max} items at line {line}, column {column}")]
    TooManyItems {
        max: usize,
        line: usize,
        column: usize,
        path: String,
    },
}

impl LimitError {
    /// The field path of the offending value ("" for the whole document).
    pub fn path(&self) -> &str {
        match self {
            LimitError::TooLarge { .. } => "",
            LimitError::TooDeep { path, .. }
            | LimitError::StringTooLong { path, .. }
            | LimitError::TooManyItems { path, .. } => path,
        }
    }
}

/// Longest object key kept for error paths, in bytes.
const MAX_KEY_IN_PATH: usize = 64;

/// One open array or object during the scan.
#[derive(Debug)]
struct Frame {
    is_object: bool,
    /// Items seen so far (commas + 1; 1 from the start).
    items: usize,
    /// In an object: the next string is a key.
    expect_key: bool,
    /// In an object: the last key, as written (escapes not decoded).
    key: String,
}

/// `a.b[2].c` for the open frames, including the current slot of the last
/// `slots` frames (a list's current index, an object's current key).
fn path_of(frames: &[Frame]) -> String {
    let mut out = String::new();
    for f in frames {
        if f.is_object {
            if f.key.is_empty() && f.expect_key {
                break;
            }
            if !out.is_empty() {
                out.push('.');
            }
            out.push_str(&f.key);
        } else {
            out.push('[');
            out.push_str(&(f.items - 1).to_string());
            out.push(']');
        }
    }
    out
}

fn position(text: &[u8], offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let column = before.iter().rev().take_while(|&&b| b != b'\n').count() + 1;
    (line, column)
}

/// Checks `text` against `limits` without parsing it. Malformed JSON passes
/// through untouched (the parser reports it precisely); only limits fail here.
pub fn check(text: &str, limits: &Limits) -> Result<(), LimitError> {
    let bytes = text.as_bytes();
    if bytes.len() > limits.max_bytes {
        return Err(LimitError::TooLarge {
            size: bytes.len(),
            max: limits.max_bytes,
        });
    }
    let mut frames: Vec<Frame> = Vec::new();
    let mut in_string = false;
    let mut is_key = false;
    let mut escaped = false;
    let mut string_start = 0;
    for (i, &b) in bytes.iter().enumerate() {
        if in_string {
            if escaped {
                escaped = false;
            } else if b == b'\\' {
                escaped = true;
            } else if b == b'"' {
                in_string = false;
                if is_key {
                    if let Some(f) = frames.last_mut() {
                        let raw = &text[string_start + 1..i];
                        let mut end = raw.len().min(MAX_KEY_IN_PATH);
                        while !raw.is_char_boundary(end) {
                            end -= 1;
                        }
                        f.key = raw[..end].to_owned();
                        f.expect_key = false;
                    }
                }
            } else if i - string_start > limits.max_string_bytes {
                let (line, column) = position(bytes, string_start);
                // A key's path is its object's; a value's is its own.
                let depth = if is_key {
                    frames.len().saturating_sub(1)
                } else {
                    frames.len()
                };
                return Err(LimitError::StringTooLong {
                    max: limits.max_string_bytes,
                    line,
                    column,
                    path: path_of(&frames[..depth]),
                });
            }
            continue;
        }
        match b {
            b'"' => {
                in_string = true;
                string_start = i;
                is_key = frames.last().is_some_and(|f| f.is_object && f.expect_key);
            }
            b'[' | b'{' => {
                if frames.len() >= limits.max_depth {
                    let (line, column) = position(bytes, i);
                    return Err(LimitError::TooDeep {
                        max: limits.max_depth,
                        line,
                        column,
                        path: path_of(&frames),
                    });
                }
                frames.push(Frame {
                    is_object: b == b'{',
                    items: 1,
                    expect_key: b == b'{',
                    key: String::new(),
                });
            }
            b']' | b'}' => {
                frames.pop();
            }
            b',' => {
                if let Some(f) = frames.last_mut() {
                    f.items += 1;
                    f.expect_key = f.is_object;
                    if f.items > limits.max_items {
                        let (line, column) = position(bytes, i);
                        let depth = frames.len() - 1;
                        return Err(LimitError::TooManyItems {
                            max: limits.max_items,
                            line,
                            column,
                            path: path_of(&frames[..depth]),
                        });
                    }
                }
            }
            _ => {}
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const SMALL: Limits = Limits {
        max_bytes: 200,
        max_depth: 3,
        max_string_bytes: 10,
        max_items: 4,
    };

    #[test]
    fn accepts_within_limits() {
        assert_eq!(
            check(r#"{"a":[1,2,3,4],"b":{"c":"0123456789"}}"#, &SMALL),
            Ok(())
        );
        // Brackets and commas inside strings do not count.
        assert_eq!(check(r#"["[[[,,,,]]]"]"#, &SMALL), Ok(()));
        assert_eq!(check(r#"["a\"[[[["]"#, &SMALL), Ok(()));
    }

    #[test]
    fn rejects_each_limit() {
        assert!(matches!(
            check(&" ".repeat(201), &SMALL),
            Err(LimitError::TooLarge {
                size: 201,
                max: 200
            })
        ));
        assert_eq!(
            check("{\"a\":\n [[[1]]]}", &SMALL),
            Err(LimitError::TooDeep {
                max: 3,
                line: 2,
                column: 4,
                path: "a[0][0]".into()
            })
        );
        assert!(matches!(
            check(r#"["01234567890"]"#, &SMALL),
            Err(LimitError::StringTooLong { .. })
        ));
        assert!(matches!(
            check("[1,2,3,4,5]", &SMALL),
            Err(LimitError::TooManyItems { .. })
        ));
    }

    #[test]
    fn deep_nesting_attack_is_caught_before_parsing() {
        let deep = "[".repeat(100_000);
        assert!(matches!(
            check(&deep, &ARTICLE),
            Err(LimitError::TooDeep { .. })
        ));
    }

    #[test]
    fn errors_name_the_field() {
        let lim = Limits {
            max_bytes: 10_000,
            max_depth: 4,
            max_string_bytes: 8,
            max_items: 3,
        };
        let path = |text: &str| check(text, &lim).unwrap_err().path().to_owned();
        assert_eq!(
            path(r#"{"title":"0123456789","b":1}"#),
            "title",
            "a long value string"
        );
        assert_eq!(
            path(r#"{"a":"x","versions":[{"id":"v"},{"id":"x","hook":"0123456789"}]}"#),
            "versions[1].hook"
        );
        assert_eq!(
            path(r#"{"v":[{"k":"\"[,]{"},{"points":[1,2,3,4]}]}"#),
            "v[1].points",
            "brackets and commas in strings do not count"
        );
        assert_eq!(path(r#"{"a":{"b":[[[1]]]}}"#), "a.b[0][0]");
        assert_eq!(path(r#"{"0123456789abc":1}"#), "", "a long key: its object");
        assert_eq!(path(r#"[1,["0123456789"]]"#), "[1][0]");
        assert_eq!(path("[1,2,3,4]"), "");
        // The document itself.
        assert_eq!(check(&" ".repeat(10_001), &lim).unwrap_err().path(), "");
    }
}
