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

/// Which limit a document broke, and where (1-based line and column).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LimitError {
    #[error("document is {size} bytes; the limit is {max}")]
    TooLarge { size: usize, max: usize },
    #[error("nesting deeper than {max} levels at line {line}, column {column}")]
    TooDeep {
        max: usize,
        line: usize,
        column: usize,
    },
    #[error("a string longer than {max} bytes at line {line}, column {column}")]
    StringTooLong {
        max: usize,
        line: usize,
        column: usize,
    },
    #[error("a list with more than {max} items at line {line}, column {column}")]
    TooManyItems {
        max: usize,
        line: usize,
        column: usize,
    },
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
    // Per open container: how many items it has seen (commas + 1 once non-empty).
    let mut items: Vec<usize> = Vec::new();
    let mut in_string = false;
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
            } else if i - string_start > limits.max_string_bytes {
                let (line, column) = position(bytes, string_start);
                return Err(LimitError::StringTooLong {
                    max: limits.max_string_bytes,
                    line,
                    column,
                });
            }
            continue;
        }
        match b {
            b'"' => {
                in_string = true;
                string_start = i;
            }
            b'[' | b'{' => {
                if items.len() >= limits.max_depth {
                    let (line, column) = position(bytes, i);
                    return Err(LimitError::TooDeep {
                        max: limits.max_depth,
                        line,
                        column,
                    });
                }
                items.push(1);
            }
            b']' | b'}' => {
                items.pop();
            }
            b',' => {
                if let Some(n) = items.last_mut() {
                    *n += 1;
                    if *n > limits.max_items {
                        let (line, column) = position(bytes, i);
                        return Err(LimitError::TooManyItems {
                            max: limits.max_items,
                            line,
                            column,
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
                column: 4
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
}
