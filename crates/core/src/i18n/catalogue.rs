//! A language's messages as one value, [`Catalogue`], whichever way they
//! arrived: English is compiled in (the pre-render and the first paint need
//! it at once), and Spanish and Arabic are written at build time as JSON
//! (`i18n/<lang>.json`, [`Catalogue::to_json`]) that the browser fetches
//! only when the interface is in that language ([`Catalogue::from_json`]),
//! so they add nothing to the reader's wasm. Both share one formatter.

use std::borrow::Cow;

use serde_json::Value;

use super::{Arg, Key, Lang, Msg, Part, Pattern, Plural, EN, FINGERPRINT};

/// The largest catalogue file accepted (the real ones are a few tens of kB).
pub const MAX_BYTES: usize = 512 * 1024;

/// Why a fetched catalogue was refused. The interface then stays English.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CatalogueError {
    #[error("the catalogue is {0} bytes, over the limit")]
    TooLarge(usize),
    #[error("the catalogue is not valid: {0}")]
    Invalid(String),
    #[error("the catalogue is for `{found}`, not `{expected}`")]
    WrongLanguage {
        expected: &'static str,
        found: String,
    },
    #[error("the catalogue was written for another version of Gloss")]
    OtherVersion,
}

/// One language's messages, `Copy`: a static table (compiled in, or leaked
/// once when loaded, since it lives as long as the page anyway).
#[derive(Debug, Clone, Copy)]
pub struct Catalogue {
    lang: Lang,
    table: &'static [Pattern],
}

/// The file's shape (`to_json`): `{"lang": "es", "fingerprint": "…",
/// "messages": [pattern, …]}` in `Msg` order, where a pattern is a string
/// (plain text) or a list of parts: a string is text, `{"v": name}` a variable, `{"s": [name,
/// [[key, pattern], …], default]}` a select (a key is a number or a plural
/// category's name). Read back by walking a `serde_json::Value`, which the
/// reader's wasm already parses elsewhere, rather than by derived
/// deserializers (bytes).
const MAX_DEPTH: usize = 4;

impl Catalogue {
    /// The source language, always there.
    pub const ENGLISH: Catalogue = Catalogue {
        lang: Lang::En,
        table: &EN,
    };

    /// The language the messages are in.
    pub fn lang(self) -> Lang {
        self.lang
    }

    /// A compiled-in language (xtask writes the JSON files from these; the
    /// tests format with them). Not in the reader's build.
    #[cfg(feature = "catalogues")]
    pub fn compiled(lang: Lang) -> Catalogue {
        let table: &'static [Pattern] = match lang {
            Lang::En => &EN,
            Lang::Es => &super::ES,
            Lang::Ar => &super::AR,
        };
        Catalogue { lang, table }
    }

    /// The catalogue as the JSON file the browser fetches.
    pub fn to_json(self) -> String {
        let messages: Vec<Value> = self
            .table
            .iter()
            .map(|p| match p {
                Pattern::Text(t) => Value::from(*t),
                Pattern::Parts(p) => pattern_value(p),
            })
            .collect();
        serde_json::json!({
            "lang": self.lang.code(),
            "fingerprint": FINGERPRINT,
            "messages": messages,
        })
        .to_string()
    }

    /// A catalogue file for `lang`, checked: its size, its language, that
    /// it was written for these messages, and each message's shape and
    /// variables, which must be English's (a message that does not match
    /// stays English). Returns the catalogue and how many messages stayed
    /// English.
    pub fn from_json(lang: Lang, text: &str) -> Result<(Catalogue, usize), CatalogueError> {
        if text.len() > MAX_BYTES {
            return Err(CatalogueError::TooLarge(text.len()));
        }
        let file: Value =
            serde_json::from_str(text).map_err(|e| CatalogueError::Invalid(e.to_string()))?;
        let field = |name: &str| {
            file.get(name)
                .ok_or_else(|| CatalogueError::Invalid(format!("no `{name}`")))
        };
        let found = field("lang")?.as_str().unwrap_or_default();
        if Lang::from_tag(found) != Some(lang) {
            return Err(CatalogueError::WrongLanguage {
                expected: lang.code(),
                found: found.chars().take(16).collect(),
            });
        }
        if field("fingerprint")?.as_str() != Some(FINGERPRINT) {
            return Err(CatalogueError::OtherVersion);
        }
        let messages = field("messages")?
            .as_array()
            .filter(|m| m.len() == EN.len())
            .ok_or_else(|| CatalogueError::Invalid("`messages` is not one per message".into()))?;
        let mut missing = 0;
        let table: Vec<Pattern> = messages
            .iter()
            .zip(EN.iter())
            .map(|(value, english)| {
                let pattern = match value.as_str() {
                    Some(t) => Some(Pattern::Text(leak(t))),
                    None => parse_pattern(value, 0).map(|p| Pattern::Parts(p.leak())),
                };
                pattern
                    .filter(|p| same_variables(parts(p), parts(english)))
                    .unwrap_or_else(|| {
                        missing += 1;
                        *english
                    })
            })
            .collect();
        Ok((
            Catalogue {
                lang,
                table: table.leak(),
            },
            missing,
        ))
    }

    /// A message with no variables, as it is (`Cow::Borrowed`); a message
    /// with variables shows them by name, like `{$count}`.
    pub fn text(self, msg: Msg) -> Cow<'static, str> {
        self.format(msg, &[])
    }

    /// A message with no variables, borrowed for as long as the page lives
    /// (the interface's views take it as they took string literals); the
    /// empty string for a message that has variables (use [`Self::format`]).
    #[inline(never)]
    pub fn plain(self, msg: Msg) -> &'static str {
        match self.table.get(msg as usize) {
            Some(Pattern::Text(t)) => t,
            _ => "",
        }
    }

    /// A message with its variables filled in. A missing variable shows as
    /// `{$name}` (never a panic); numbers are plain ASCII digits.
    pub fn format(self, msg: Msg, args: &[(&str, Arg)]) -> Cow<'static, str> {
        self.format_shown(msg, args, |_, _| None)
    }

    /// [`Self::format`], with numbers shown by `show` where it gives a form
    /// (the browser's `Intl.NumberFormat` in the interface's language), else
    /// as ASCII digits. Plural forms are chosen by the number either way.
    #[inline(never)]
    pub fn format_shown(
        self,
        msg: Msg,
        args: &[(&str, Arg)],
        show: ShowNumber,
    ) -> Cow<'static, str> {
        let pattern = match self.table.get(msg as usize) {
            Some(Pattern::Parts(p)) => p,
            Some(Pattern::Text(t)) => return Cow::Borrowed(t),
            None => return Cow::Borrowed(""),
        };
        if let [Part::Text(t)] = pattern {
            return Cow::Borrowed(t);
        }
        let mut out = String::new();
        write(self.lang, pattern, args, show, &mut out);
        Cow::Owned(out)
    }
}

/// A pattern's parts (none for plain text).
fn parts(pattern: &Pattern) -> &'static [Part] {
    match pattern {
        Pattern::Text(_) => &[],
        Pattern::Parts(p) => p,
    }
}

/// First strong isolate and pop directional isolate.
const FSI: char = '\u{2068}';
const PDI: char = '\u{2069}';

/// How a number is shown in a language, when not as ASCII digits.
pub type ShowNumber = fn(Lang, u64) -> Option<String>;

fn write(lang: Lang, pattern: &[Part], args: &[(&str, Arg)], show: ShowNumber, out: &mut String) {
    let arg = |name: &str| args.iter().find(|(n, _)| *n == name).map(|(_, a)| *a);
    for part in pattern {
        match part {
            Part::Text(t) => out.push_str(t),
            Part::Var(name) => match arg(name) {
                Some(Arg::Num(n)) => match show(lang, n) {
                    Some(shown) => out.push_str(&shown),
                    None => out.push_str(&n.to_string()),
                },
                Some(Arg::Raw(s)) => out.push_str(s),
                Some(Arg::Str(s)) => {
                    out.push(FSI);
                    out.push_str(s);
                    out.push(PDI);
                }
                None => {
                    out.push_str("{$");
                    out.push_str(name);
                    out.push('}');
                }
            },
            Part::Select(name, variants, default) => {
                let chosen = match arg(name) {
                    Some(Arg::Num(n)) => {
                        let cat = Plural::of(lang, n);
                        variants
                            .iter()
                            .find(|(k, _)| matches!(k, Key::Num(x) if *x == n))
                            .or_else(|| {
                                variants
                                    .iter()
                                    .find(|(k, _)| matches!(k, Key::Cat(c) if *c == cat))
                            })
                    }
                    _ => None,
                };
                let p = chosen.or(variants.get(*default)).map_or(&[][..], |v| v.1);
                write(lang, p, args, show, out);
            }
        }
    }
}

/// The variables a pattern uses, selectors included, sorted.
fn variables(pattern: &[Part], out: &mut Vec<&'static str>) {
    for part in pattern {
        match part {
            Part::Text(_) => {}
            Part::Var(v) => out.push(v),
            Part::Select(v, variants, _) => {
                out.push(v);
                for (_, p) in variants.iter() {
                    variables(p, out);
                }
            }
        }
    }
}

fn same_variables(a: &[Part], b: &[Part]) -> bool {
    let (mut x, mut y) = (Vec::new(), Vec::new());
    variables(a, &mut x);
    variables(b, &mut y);
    // A handful of names: compared both ways, no sort (bundle bytes).
    x.iter().all(|v| y.contains(v)) && y.iter().all(|v| x.contains(v))
}

fn pattern_value(pattern: &[Part]) -> Value {
    Value::Array(
        pattern
            .iter()
            .map(|part| match part {
                Part::Text(t) => Value::from(*t),
                Part::Var(v) => serde_json::json!({ "v": v }),
                Part::Select(v, variants, default) => {
                    let variants: Vec<Value> = variants
                        .iter()
                        .map(|(k, p)| {
                            let key = match k {
                                Key::Num(n) => Value::from(*n),
                                Key::Cat(c) => Value::from(c.name()),
                            };
                            Value::Array(vec![key, pattern_value(p)])
                        })
                        .collect();
                    serde_json::json!({ "s": [v, variants, default] })
                }
            })
            .collect(),
    )
}

fn leak(s: &str) -> &'static str {
    s.to_owned().leak()
}

/// A pattern from the file, `None` when it is not one.
fn parse_pattern(value: &Value, depth: usize) -> Option<Vec<Part>> {
    if depth > MAX_DEPTH {
        return None;
    }
    value
        .as_array()?
        .iter()
        .map(|part| {
            if let Some(t) = part.as_str() {
                return Some(Part::Text(leak(t)));
            }
            if let Some(v) = part.get("v") {
                return Some(Part::Var(leak(v.as_str()?)));
            }
            let [name, variants, default] = part.get("s")?.as_array()?.as_slice() else {
                return None;
            };
            let variants = variants
                .as_array()?
                .iter()
                .map(|variant| {
                    let [key, pattern] = variant.as_array()?.as_slice() else {
                        return None;
                    };
                    let key = match key.as_u64() {
                        Some(n) => Key::Num(n),
                        None => Key::Cat(Plural::from_name(key.as_str()?)?),
                    };
                    Some((key, &*parse_pattern(pattern, depth + 1)?.leak()))
                })
                .collect::<Option<Vec<_>>>()?;
            let default = usize::try_from(default.as_u64()?).ok()?;
            Some(Part::Select(leak(name.as_str()?), variants.leak(), default))
        })
        .collect()
}
