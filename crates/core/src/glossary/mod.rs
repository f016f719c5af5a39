//! Glossary term matching: finds the article's glossary terms (and their
//! aliases) in its text so the renderer can turn them into toggletips.
//!
//! # What matches
//!
//! * **Case and look-alike characters do not matter.** Both the patterns and
//!   the text go through the same [`fold`]: every character is lowercased with
//!   Unicode's simple lowercase mapping (`É`→`é`, `Д`→`д`, `Σ`→`σ`, and also
//!   ASCII), Greek final `ς` becomes `σ`, curly apostrophes `‘ ’` become `'`,
//!   curly quotes `“ ”` become `"`, the hyphens U+2010/U+2011 become `-`, and
//!   every run of whitespace (including no-break spaces and line breaks)
//!   becomes one space. Accents are *not* removed: `cafe` does not match
//!   `café`. This is not full Unicode case folding: `ß` does not match `ss`.
//! * **Whole words only.** The character just before a match and the
//!   character just after it must not be word characters: letters, digits
//!   ([`char::is_alphanumeric`]), combining marks and zero-width (non-)joiners.
//!   So `API` does not match in `rapid` and `IP` not in `ship`, while `IP,`,
//!   `(IP)`, `API's`, `someone’s` and `API-based` all contain a match: a
//!   hyphen or apostrophe after (or before) a term is a boundary. Scripts
//!   written without spaces between words (Han, kana, Thai, Lao, Khmer,
//!   Myanmar) have no word boundaries to find, so next to one of their
//!   characters any position counts as a boundary: `数据` matches in `大数据`.
//! * **Leftmost, then longest.** Reading left to right, the first position
//!   where some pattern matches wins, and there the longest pattern that is a
//!   whole-word match: `export controls` beats `export`. If the longest
//!   pattern at a position is not a whole word (`export controlled`) a shorter
//!   one that is (`export`) still matches there, and nothing is lost further
//!   on. Matches never overlap.
//! * An alias is just another spelling of its entry; when two entries share a
//!   spelling (after folding) the earlier entry owns it.
//!
//! # How, and why it is linear
//!
//! The text is folded into a copy, with a map from the copy's byte offsets
//! back to the original's (no map at all in the common case where folding
//! changes no character's length, e.g. ASCII or most Latin, Greek and
//! Cyrillic text). The folded patterns go into a byte trie, built once per
//! article ([`trie`]). At each position `p` of the folded text whose byte
//! starts some pattern (one table lookup, so most positions cost O(1)), one
//! walk down the trie lists every pattern starting at `p`, shortest first;
//! the longest one that passes the boundary check is taken.
//!
//! After a match the search resumes at its end; after a rejected position it
//! resumes one byte later. A walk reads at most L bytes, where L is the
//! length of the longest pattern, and each step is a binary search among a
//! node's children: O(n·L) in the worst case, independent of the number of
//! patterns, and O(n) in practice, where the walk leaves the trie after a
//! byte or two. L is bounded by [`MAX_PATTERN_BYTES`] (longer patterns are
//! ignored; validation already caps terms at 80 characters). Boundary checks
//! look at one character on each side, O(1).
//!
//! # Markup and sections
//!
//! [`SectionLinker::annotate`] works on parsed inline markup: terms are found
//! in text, inside emphasis and strong text, and across their edges for the
//! boundary check (`**API**s` is not `API`), but never inside links, and a
//! term must lie within one text node to match. The linker carries the
//! "already linked in this section" state that implements
//! [`GlossaryLinks::FirstPerSection`], and the "already linked in this
//! version" state that marks each entry's first use (`first` on
//! [`AnnotatedInline::Term`]), so no renderer has to work it out.

use std::collections::BTreeSet;

use crate::content::markup::{self, Inline};
use crate::content::model::{Article, GlossaryEntry, GlossaryLinks, Section, Version};

mod fold;
mod linker;
mod matcher;
#[cfg(feature = "reference")]
pub mod reference;
mod trie;

pub use fold::fold;
pub(crate) use fold::is_unspaced;
use fold::*;
use linker::*;
use trie::Trie;

/// Patterns whose folded form is longer than this many bytes are ignored.
/// It bounds the worst-case cost per text byte (see the module docs); valid
/// content never comes near it (terms are at most 80 characters).
pub const MAX_PATTERN_BYTES: usize = 1024;

/// One whole-word occurrence of a glossary entry in a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TermMatch {
    /// Index of the entry in the glossary the [`Matcher`] was built from
    /// (`Article::glossary` order, not `Article::glossary_sorted`).
    pub entry: usize,
    /// Byte offset of the occurrence's start in the searched text.
    pub start: usize,
    /// Byte offset just past its end.
    pub end: usize,
}

/// A piece of a text: either plain text or a term occurrence. Concatenating
/// the pieces' text gives back the original text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Segment<'t> {
    Text(&'t str),
    /// A glossary term as written in the text (original case and spelling).
    Term {
        entry: usize,
        text: &'t str,
    },
}

impl<'t> Segment<'t> {
    /// The segment's text, as in the original.
    pub fn text(&self) -> &'t str {
        match self {
            Segment::Text(t) | Segment::Term { text: t, .. } => t,
        }
    }
}

/// Inline markup with glossary terms marked. Link children stay plain
/// [`Inline`]s: terms are never linked inside a link.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AnnotatedInline {
    Text(String),
    /// A glossary term as written in the text; `entry` indexes the glossary
    /// the [`Matcher`] was built from.
    Term {
        entry: usize,
        text: String,
        /// The entry's first term in what one linker annotated, in
        /// reading order: for [`Matcher::annotate_version`], its first use in
        /// the whole version (hook, then sections). Exactly one term per
        /// entry that occurs has it; the page gives that one the first-use
        /// anchor ([`crate::content::anchors::first_use_id`]) that the key
        /// terms' "Back to where it appears" links target.
        first: bool,
    },
    Emph(Vec<AnnotatedInline>),
    Strong(Vec<AnnotatedInline>),
    Link {
        href: String,
        children: Vec<Inline>,
    },
}

/// The annotated text fields of one section, in reading order.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct AnnotatedSection {
    /// One per `Section::paragraphs`.
    pub paragraphs: Vec<Vec<AnnotatedInline>>,
    /// One per `Section::cards` (the card's text; titles are not annotated).
    pub cards: Vec<Vec<AnnotatedInline>>,
    /// One per `Section::points`.
    pub points: Vec<Vec<AnnotatedInline>>,
}

/// A whole audience version annotated: the hook is a section of its own.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct AnnotatedVersion {
    pub hook: Vec<AnnotatedInline>,
    /// One per `Version::sections`, in order.
    pub sections: Vec<AnnotatedSection>,
}

/// One term occurrence of an [`AnnotatedVersion`], as [`AnnotatedVersion::terms`]
/// lists them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TermUse<'a> {
    pub entry: usize,
    pub text: &'a str,
    pub first: bool,
}

impl AnnotatedVersion {
    /// Every annotated text field in reading order: the hook, then each
    /// section's paragraphs, card texts and points.
    pub fn fields(&self) -> impl Iterator<Item = &[AnnotatedInline]> + '_ {
        std::iter::once(self.hook.as_slice()).chain(self.sections.iter().flat_map(|s| {
            s.paragraphs
                .iter()
                .chain(&s.cards)
                .chain(&s.points)
                .map(Vec::as_slice)
        }))
    }

    /// Every term occurrence in reading order.
    pub fn terms(&self) -> Vec<TermUse<'_>> {
        fn walk<'a>(nodes: &'a [AnnotatedInline], out: &mut Vec<TermUse<'a>>) {
            for n in nodes {
                match n {
                    AnnotatedInline::Term { entry, text, first } => out.push(TermUse {
                        entry: *entry,
                        text,
                        first: *first,
                    }),
                    AnnotatedInline::Emph(c) | AnnotatedInline::Strong(c) => walk(c, out),
                    AnnotatedInline::Text(_) | AnnotatedInline::Link { .. } => {}
                }
            }
        }
        let mut out = Vec::new();
        for nodes in self.fields() {
            walk(nodes, &mut out);
        }
        out
    }

    /// The glossary entries that occur anywhere in the version.
    pub fn entries(&self) -> BTreeSet<usize> {
        let mut entries = BTreeSet::new();
        entries.extend(self.terms().iter().map(|t| t.entry));
        entries
    }
}

/// Finds glossary terms in text. Build it once per article; searching is
/// linear in the text's length in practice (see the module docs).
#[derive(Debug, Clone, Default)]
pub struct Matcher {
    patterns: Option<Patterns>,
    entries: usize,
}

#[derive(Debug, Clone)]
pub(super) struct Patterns {
    /// Every folded spelling, by pattern id.
    trie: Trie,
    /// Pattern id → entry index.
    entry_of: Vec<usize>,
}
