//! The interface's words in the reader's language. Messages live in
//! `crates/core/messages/<lang>.ftl` (a subset of Fluent, see [`ftl`]); the
//! build script turns them into the [`Msg`] enum and one static table per
//! language, so a message is chosen by name at compile time and nothing is
//! parsed at run time. Plural forms come from [`Plural::of`] (CLDR rules,
//! no locale data). Text arguments are isolated (U+2068 … U+2069) so an
//! Arabic title inside an English sentence, or the reverse, keeps its own
//! direction.

pub mod ftl;
mod lang;
mod plural;

use std::borrow::Cow;

pub use lang::Lang;
pub use plural::Plural;

/// A piece of a compiled pattern.
#[derive(Debug)]
enum Part {
    Text(&'static str),
    Var(&'static str),
    /// Variable, variants, index of the default variant.
    Select(&'static str, &'static [(Key, &'static [Part])], usize),
}

/// A select expression's variant key.
#[derive(Debug)]
enum Key {
    Num(u64),
    Cat(Plural),
}

include!(concat!(env!("OUT_DIR"), "/messages.rs"));

/// A value for a message's variable.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Arg<'a> {
    /// A count (selects plural forms).
    Num(u64),
    /// Text, shown isolated from the words around it.
    Str(&'a str),
}

impl From<u64> for Arg<'_> {
    fn from(n: u64) -> Self {
        Arg::Num(n)
    }
}

impl From<u32> for Arg<'_> {
    fn from(n: u32) -> Self {
        Arg::Num(u64::from(n))
    }
}

impl From<usize> for Arg<'_> {
    fn from(n: usize) -> Self {
        Arg::Num(u64::try_from(n).unwrap_or(u64::MAX))
    }
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Self {
        Arg::Str(s)
    }
}

/// First strong isolate and pop directional isolate.
const FSI: char = '\u{2068}';
const PDI: char = '\u{2069}';

fn table(lang: Lang) -> &'static [&'static [Part]] {
    match lang {
        Lang::En => &EN,
        Lang::Es => &ES,
        Lang::Ar => &AR,
    }
}

/// A message with no variables, as it is (`Cow::Borrowed`); a message with
/// variables shows them by name, like `{$count}`.
pub fn text(lang: Lang, msg: Msg) -> Cow<'static, str> {
    format(lang, msg, &[])
}

/// A message with its variables filled in. A missing variable shows as
/// `{$name}` (never a panic); numbers are plain ASCII digits.
pub fn format(lang: Lang, msg: Msg, args: &[(&str, Arg)]) -> Cow<'static, str> {
    let pattern = table(lang)[msg as usize];
    if let [Part::Text(t)] = pattern {
        return Cow::Borrowed(t);
    }
    let mut out = String::new();
    write(lang, pattern, args, &mut out);
    Cow::Owned(out)
}

fn write(lang: Lang, pattern: &[Part], args: &[(&str, Arg)], out: &mut String) {
    let arg = |name: &str| args.iter().find(|(n, _)| *n == name).map(|(_, a)| *a);
    for part in pattern {
        match part {
            Part::Text(t) => out.push_str(t),
            Part::Var(name) => match arg(name) {
                Some(Arg::Num(n)) => out.push_str(&n.to_string()),
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
                let (_, p) = chosen
                    .or(variants.get(*default))
                    .unwrap_or(&(Key::Num(0), &[]));
                write(lang, p, args, out);
            }
        }
    }
}
