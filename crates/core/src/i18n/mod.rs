//! The interface's words in the reader's language. Messages live in
//! `crates/core/messages/<lang>.ftl` (a subset of Fluent, see [`ftl`]); the
//! build script turns them into the [`Msg`] enum and one static table per
//! language, so a message is chosen by name at compile time and nothing is
//! parsed at run time. Plural forms come from [`Plural::of`] (CLDR rules,
//! no locale data). Text arguments are isolated (U+2068 … U+2069) so an
//! Arabic title inside an English sentence, or the reverse, keeps its own
//! direction.

mod catalogue;
pub mod ftl;
mod lang;
pub mod names;
mod plural;

#[cfg(feature = "catalogues")]
use std::borrow::Cow;

pub use catalogue::{Catalogue, CatalogueError, ShowNumber, MAX_BYTES as MAX_CATALOGUE_BYTES};
pub use lang::{Lang, STORAGE_KEY};
pub use plural::Plural;

/// A piece of a compiled pattern. Compiled-in tables borrow static text;
/// a catalogue loaded at run time ([`Catalogue::from_json`]) is leaked
/// once into the same shape, so one formatter serves both.
#[derive(Debug)]
enum Part {
    Text(&'static str),
    Var(&'static str),
    /// Variable, variants, index of the default variant.
    Select(&'static str, &'static [(Key, &'static [Part])], usize),
}

/// A message's compiled pattern: most are plain text, which is stored as
/// it is (a `Part` and a slice for each would cost the wasm ~7 kB).
#[derive(Debug, Clone, Copy)]
enum Pattern {
    Text(&'static str),
    Parts(&'static [Part]),
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
    /// Text, shown isolated from the words around it (a title, a name).
    Str(&'a str),
    /// The interface's own text, shown as it is (a date or a score already
    /// in the interface's language, an error code, an accessible name).
    Raw(&'a str),
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

/// A message with no variables, in a compiled-in language (`Cow::Borrowed`).
#[cfg(feature = "catalogues")]
pub fn text(lang: Lang, msg: Msg) -> Cow<'static, str> {
    Catalogue::compiled(lang).text(msg)
}

/// A message with its variables filled in, in a compiled-in language.
#[cfg(feature = "catalogues")]
pub fn format(lang: Lang, msg: Msg, args: &[(&str, Arg)]) -> Cow<'static, str> {
    Catalogue::compiled(lang).format(msg, args)
}
