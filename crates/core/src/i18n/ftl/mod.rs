//! The part of Fluent (`.ftl`, projectfluent.org) that Gloss's message
//! catalogues use, parsed into an owned tree. The build script
//! (`crates/core/build.rs`) includes this file to turn `messages/*.ftl` into
//! static tables, so the parser never reaches the browser; the core's tests
//! use it to check the catalogues against each other.
//!
//! Supported: `#` comments, `id = pattern` with the pattern continuing on
//! indented lines (joined by a space), placeables `{ $var }` and
//! `{ "literal" }`, and select expressions on a variable with one-line
//! variants keyed by a plural category or a whole number, one of them the
//! default (`*[other]`). Everything else is an error with its line.
//!
//! Self-contained (std only), so the build script can include it.

mod check;

use std::fmt;

pub use check::{compare, variables, variant_keys};

/// One message: its id, the line it starts on, and its pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub id: String,
    pub line: usize,
    pub pattern: Vec<Part>,
}

/// A piece of a pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Part {
    Text(String),
    /// `{ $name }`.
    Var(String),
    /// `{ $var -> [key] … *[other] … }`.
    Select {
        var: String,
        variants: Vec<Variant>,
        /// Index of the `*` variant.
        default: usize,
    },
}

/// One `[key] pattern` line of a select expression.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Variant {
    /// A plural category (`one`) or a whole number (`0`).
    pub key: String,
    pub pattern: Vec<Part>,
}

/// A syntax error, with the 1-based line it is on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    pub line: usize,
    pub message: String,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

fn err<T>(line: usize, message: impl Into<String>) -> Result<T, ParseError> {
    Err(ParseError {
        line,
        message: message.into(),
    })
}

fn is_id(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

/// A message being read: its id, first line, and its lines of text
/// (number, trimmed text).
type Pending = (String, usize, Vec<(usize, String)>);

/// Parses a catalogue. Ids must be unique.
pub fn parse(source: &str) -> Result<Vec<Message>, ParseError> {
    let mut messages: Vec<Message> = Vec::new();
    // (first line, text) of the message being read.
    let mut current: Option<Pending> = None;
    for (i, raw) in source.lines().enumerate() {
        let line = i + 1;
        // A select's closing brace (and its variants) may start a line:
        // no message id can begin with them.
        let indented = raw.starts_with([' ', '\t', '}', '[', '*']);
        if indented && !raw.trim().is_empty() {
            match current.as_mut() {
                Some((_, _, lines)) => lines.push((line, raw.trim().to_owned())),
                None => return err(line, "an indented line outside a message"),
            }
            continue;
        }
        if let Some(done) = current.take() {
            messages.push(finish(done)?);
        }
        let trimmed = raw.trim();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        let Some((id, rest)) = raw.split_once('=') else {
            return err(line, format!("expected `id = text`, found {trimmed:?}"));
        };
        let id = id.trim();
        if !is_id(id) {
            return err(
                line,
                format!(
                    "{id:?} is not a message id (letters, digits, - and _, starting with a letter)"
                ),
            );
        }
        if messages.iter().any(|m| m.id == id) {
            return err(line, format!("`{id}` is defined twice"));
        }
        let mut lines = Vec::new();
        if !rest.trim().is_empty() {
            lines.push((line, rest.trim().to_owned()));
        }
        current = Some((id.to_owned(), line, lines));
    }
    if let Some(done) = current.take() {
        messages.push(finish(done)?);
    }
    Ok(messages)
}

fn finish((id, line, lines): Pending) -> Result<Message, ParseError> {
    if lines.is_empty() {
        return err(line, format!("`{id}` has no text"));
    }
    let mut reader = Reader {
        lines,
        at: 0,
        col: 0,
    };
    let pattern = reader.pattern(false)?;
    if reader.at < reader.lines.len() {
        return err(reader.line(), "unexpected text after the message");
    }
    Ok(Message { id, line, pattern })
}

/// Reads a message's lines (already trimmed) character by character.
struct Reader {
    lines: Vec<(usize, String)>,
    at: usize,
    col: usize,
}

impl Reader {
    fn line(&self) -> usize {
        self.lines
            .get(self.at)
            .or(self.lines.last())
            .map_or(0, |l| l.0)
    }

    fn rest(&self) -> &str {
        self.lines.get(self.at).map_or("", |l| &l.1[self.col..])
    }

    fn next_line(&mut self) -> bool {
        self.at += 1;
        self.col = 0;
        self.at < self.lines.len()
    }

    fn skip_spaces(&mut self) {
        let rest = self.rest();
        self.col += rest.len() - rest.trim_start().len();
    }

    /// Skips spaces and line ends; false at the end of the message.
    fn skip_blank(&mut self) -> bool {
        loop {
            self.skip_spaces();
            if !self.rest().is_empty() {
                return true;
            }
            if !self.next_line() {
                return false;
            }
        }
    }

    /// A pattern: to the end of the message, or (a variant's) to the end
    /// of its line.
    fn pattern(&mut self, one_line: bool) -> Result<Vec<Part>, ParseError> {
        let mut parts: Vec<Part> = Vec::new();
        let mut text = String::new();
        loop {
            let rest = self.rest();
            if rest.is_empty() {
                if one_line || self.at + 1 >= self.lines.len() {
                    if self.at < self.lines.len() && !one_line {
                        self.at += 1;
                    }
                    break;
                }
                self.next_line();
                if !text.is_empty() {
                    text.push(' ');
                }
                continue;
            }
            if let Some(pos) = rest.find(['{', '}']) {
                text.push_str(&rest[..pos]);
                if rest[pos..].starts_with('}') {
                    return err(
                        self.line(),
                        "a `}` without its `{` (write {\"}\"} for the character)",
                    );
                }
                self.col += pos + 1;
                if !text.is_empty() {
                    parts.push(Part::Text(std::mem::take(&mut text)));
                }
                parts.push(self.placeable()?);
            } else {
                text.push_str(rest);
                self.col += rest.len();
            }
        }
        if !text.is_empty() {
            parts.push(Part::Text(text));
        }
        Ok(merge_text(parts))
    }

    /// After `{`: a variable, a string literal or a select expression, up to `}`.
    fn placeable(&mut self) -> Result<Part, ParseError> {
        self.skip_spaces();
        let rest = self.rest();
        let part = if let Some(lit) = rest.strip_prefix('"') {
            let Some(end) = lit.find('"') else {
                return err(self.line(), "a string literal without its closing quote");
            };
            let text = lit[..end].to_owned();
            self.col += end + 2;
            Part::Text(text)
        } else if let Some(name) = rest.strip_prefix('$') {
            let len = name
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
                .unwrap_or(name.len());
            let var = name[..len].to_owned();
            if !is_id(&var) {
                return err(self.line(), "`$` must be followed by a variable name");
            }
            self.col += len + 1;
            self.skip_spaces();
            if self.rest().starts_with("->") {
                self.col += 2;
                return self.select(var);
            }
            Part::Var(var)
        } else {
            return err(
                self.line(),
                format!(
                    "expected `$name` or a \"string\" after `{{`, found {:?}",
                    rest
                ),
            );
        };
        self.skip_spaces();
        if !self.rest().starts_with('}') {
            return err(self.line(), "expected `}`");
        }
        self.col += 1;
        Ok(part)
    }

    fn select(&mut self, var: String) -> Result<Part, ParseError> {
        let start = self.line();
        let mut variants = Vec::new();
        let mut default = None;
        loop {
            if !self.skip_blank() {
                return err(start, "a select expression without its closing `}`");
            }
            let rest = self.rest();
            if rest.starts_with('}') {
                self.col += 1;
                break;
            }
            let (star, rest) = match rest.strip_prefix('*') {
                Some(rest) => (true, rest),
                None => (false, rest),
            };
            let Some(body) = rest.strip_prefix('[') else {
                return err(
                    self.line(),
                    "expected a variant: `[key] text` or `*[other] text`",
                );
            };
            let Some(end) = body.find(']') else {
                return err(self.line(), "a variant key without its `]`");
            };
            let key = body[..end].trim().to_owned();
            if key.is_empty() {
                return err(self.line(), "an empty variant key");
            }
            if variants.iter().any(|v: &Variant| v.key == key) {
                return err(self.line(), format!("the variant [{key}] appears twice"));
            }
            self.col += usize::from(star) + 1 + end + 1;
            self.skip_spaces();
            if star {
                if default.is_some() {
                    return err(self.line(), "more than one default variant (`*`)");
                }
                default = Some(variants.len());
            }
            let pattern = self.pattern(true)?;
            variants.push(Variant { key, pattern });
        }
        let Some(default) = default else {
            return err(
                start,
                "a select expression needs a default variant, such as *[other]",
            );
        };
        Ok(Part::Select {
            var,
            variants,
            default,
        })
    }
}

/// Joins neighbouring text parts (a literal next to text).
fn merge_text(parts: Vec<Part>) -> Vec<Part> {
    let mut out: Vec<Part> = Vec::with_capacity(parts.len());
    for part in parts {
        match (out.last_mut(), part) {
            (Some(Part::Text(a)), Part::Text(b)) => a.push_str(&b),
            (_, part) => out.push(part),
        }
    }
    out
}
