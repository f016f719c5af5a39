//! A language's messages as one value, [`Catalogue`], whichever way they
//! arrived: English is compiled in (the pre-render and the first paint need
//! it at once), and Spanish and Arabic are written at build time as JSON
//! (`i18n/<lang>.json`, [`Catalogue::to_json`]) that the browser fetches
//! only when the interface is in that language ([`Catalogue::from_json`]),
//! so they add nothing to the reader's wasm. Both share one formatter.

use std::borrow::Cow;

use serde::{Deserialize, Deserializer};

use super::{Arg, Key, Lang, Msg, Part, Plural, EN};

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
}

/// One language's messages, `Copy`: a static table (compiled in, or leaked
/// once when loaded, since it lives as long as the page anyway).
#[derive(Debug, Clone, Copy)]
pub struct Catalogue {
    lang: Lang,
    table: &'static [&'static [Part]],
}

/// The file's shape: the language and each message by id, so a file from
/// another build can never put a message in the wrong place.
#[derive(serde::Serialize, Deserialize)]
struct File<'a> {
    lang: Cow<'a, str>,
    messages: Vec<(Cow<'a, str>, Pattern)>,
}

#[derive(serde::Serialize, Deserialize)]
#[serde(transparent)]
struct Pattern(#[serde(deserialize_with = "leak_parts")] &'static [Part]);

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
        let table: &'static [&'static [Part]] = match lang {
            Lang::En => &EN,
            Lang::Es => &super::ES,
            Lang::Ar => &super::AR,
        };
        Catalogue { lang, table }
    }

    /// The catalogue as the JSON file the browser fetches.
    pub fn to_json(self) -> String {
        let file = File {
            lang: Cow::Borrowed(self.lang.code()),
            messages: Msg::ALL
                .iter()
                .map(|m| (Cow::Borrowed(m.id()), Pattern(self.table[*m as usize])))
                .collect(),
        };
        serde_json::to_string(&file).unwrap_or_default()
    }

    /// A catalogue file for `lang`, checked: its language, its size, and
    /// each message's variables, which must be English's (a message that is
    /// missing or does not match stays English; ids Gloss does not know are
    /// ignored). Returns the catalogue and how many messages stayed English.
    pub fn from_json(lang: Lang, text: &str) -> Result<(Catalogue, usize), CatalogueError> {
        if text.len() > MAX_BYTES {
            return Err(CatalogueError::TooLarge(text.len()));
        }
        let file: File =
            serde_json::from_str(text).map_err(|e| CatalogueError::Invalid(e.to_string()))?;
        if Lang::from_tag(&file.lang) != Some(lang) {
            return Err(CatalogueError::WrongLanguage {
                expected: lang.code(),
                found: file.lang.chars().take(16).collect(),
            });
        }
        let mut missing = 0;
        let table: Vec<&'static [Part]> = Msg::ALL
            .iter()
            .map(|m| {
                let english = EN[*m as usize];
                let found = file
                    .messages
                    .iter()
                    .find(|(id, p)| id == m.id() && same_variables(p.0, english));
                found.map(|(_, p)| p.0).unwrap_or_else(|| {
                    missing += 1;
                    english
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

    /// A message with its variables filled in. A missing variable shows as
    /// `{$name}` (never a panic); numbers are plain ASCII digits.
    pub fn format(self, msg: Msg, args: &[(&str, Arg)]) -> Cow<'static, str> {
        let Some(pattern) = self.table.get(msg as usize) else {
            return Cow::Borrowed("");
        };
        if let [Part::Text(t)] = pattern {
            return Cow::Borrowed(t);
        }
        let mut out = String::new();
        write(self.lang, pattern, args, &mut out);
        Cow::Owned(out)
    }
}

/// First strong isolate and pop directional isolate.
const FSI: char = '\u{2068}';
const PDI: char = '\u{2069}';

fn write(lang: Lang, pattern: &[Part], args: &[(&str, Arg)], out: &mut String) {
    let arg = |name: &str| args.iter().find(|(n, _)| *n == name).map(|(_, a)| *a);
    for part in pattern {
        match part {
            Part::Text(t) => out.push_str(t),
            Part::Var(name) => match arg(name) {
                Some(Arg::Num(n)) => out.push_str(&n.to_string()),
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
                write(lang, p, args, out);
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
    for v in [&mut x, &mut y] {
        v.sort_unstable();
        v.dedup();
    }
    x == y
}

pub(super) fn leak_str<'de, D: Deserializer<'de>>(d: D) -> Result<&'static str, D::Error> {
    String::deserialize(d).map(|s| &*s.leak())
}

fn leak_parts<'de, D: Deserializer<'de>>(d: D) -> Result<&'static [Part], D::Error> {
    Vec::<Part>::deserialize(d).map(|v| &*v.leak())
}

#[allow(clippy::type_complexity)]
pub(super) fn leak_variants<'de, D: Deserializer<'de>>(
    d: D,
) -> Result<&'static [(Key, &'static [Part])], D::Error> {
    Vec::<(Key, Pattern)>::deserialize(d).map(|v| {
        &*v.into_iter()
            .map(|(k, p)| (k, p.0))
            .collect::<Vec<_>>()
            .leak()
    })
}
