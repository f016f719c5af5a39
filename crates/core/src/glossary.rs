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
//! Cyrillic text). Two Aho–Corasick automata over the folded patterns are
//! built once per article:
//!
//! 1. an unanchored *leftmost-longest* one finds the next position `p` at
//!    which any pattern starts, and the longest pattern there;
//! 2. only if that longest match fails the boundary check, an *anchored*,
//!    standard-semantics one lists every pattern starting at `p` (an
//!    overlapping search that stops as soon as it leaves the trie), and the
//!    longest one that passes is taken.
//!
//! After a match the search resumes at its end; after a rejected position it
//! resumes one byte later. Each automaton step is O(1) whatever the number of
//! patterns, so the total work is O(n) for the scan plus, per rejected
//! position, at most O(L) re-read bytes, where L is the length of the longest
//! pattern: O(n·L) in the worst case, independent of the glossary's size, and
//! O(n) in practice, where rejected positions are rare and the automaton
//! leaves the trie after a byte or two. L is bounded by [`MAX_PATTERN_BYTES`]
//! (longer patterns are ignored; validation already caps terms at 80
//! characters). Boundary checks look at one character on each side, O(1).
//!
//! # Markup and sections
//!
//! [`SectionLinker::annotate`] works on parsed inline markup: terms are found
//! in text, inside emphasis and strong text, and across their edges for the
//! boundary check (`**API**s` is not `API`), but never inside links, and a
//! term must lie within one text node to match. The linker carries the
//! "already linked in this section" state that implements
//! [`GlossaryLinks::FirstPerSection`].

use std::collections::HashSet;

use aho_corasick::automaton::OverlappingState;
use aho_corasick::{AhoCorasick, Anchored, Input, MatchKind, StartKind};

use crate::markup::{self, Inline};
use crate::model::{Article, GlossaryEntry, GlossaryLinks, Section, Version};

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

impl AnnotatedVersion {
    /// The glossary entries that occur anywhere in the version.
    pub fn entries(&self) -> HashSet<usize> {
        fn walk(nodes: &[AnnotatedInline], out: &mut HashSet<usize>) {
            for n in nodes {
                match n {
                    AnnotatedInline::Term { entry, .. } => {
                        out.insert(*entry);
                    }
                    AnnotatedInline::Emph(c) | AnnotatedInline::Strong(c) => walk(c, out),
                    AnnotatedInline::Text(_) | AnnotatedInline::Link { .. } => {}
                }
            }
        }
        let mut out = HashSet::new();
        walk(&self.hook, &mut out);
        for s in &self.sections {
            for nodes in s.paragraphs.iter().chain(&s.cards).chain(&s.points) {
                walk(nodes, &mut out);
            }
        }
        out
    }
}

/// The matcher could not be built (the automaton would be too large).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("glossary matcher could not be built: {0}")]
pub struct BuildError(String);

/// Finds glossary terms in text. Build it once per article; searching is
/// linear in the text's length whatever the glossary's size.
#[derive(Debug, Clone, Default)]
pub struct Matcher {
    automata: Option<Automata>,
    entries: usize,
}

#[derive(Debug, Clone)]
struct Automata {
    /// Unanchored, leftmost-longest: the next candidate position.
    longest: AhoCorasick,
    /// Anchored, standard semantics: every pattern starting at a position.
    all: AhoCorasick,
    /// Pattern id → entry index.
    entry_of: Vec<usize>,
}

impl Matcher {
    /// Builds a matcher for these entries (terms and aliases). Never fails:
    /// if the automaton cannot be built it matches nothing (see
    /// [`Matcher::try_new`]).
    pub fn new(entries: &[GlossaryEntry]) -> Matcher {
        Matcher::try_new(entries).unwrap_or(Matcher {
            automata: None,
            entries: entries.len(),
        })
    }

    /// Builds a matcher for the article's glossary.
    pub fn for_article(article: &Article) -> Matcher {
        Matcher::new(&article.glossary)
    }

    /// Builds a matcher, reporting when the automaton cannot be built (only
    /// for glossaries far beyond the content limits).
    pub fn try_new(entries: &[GlossaryEntry]) -> Result<Matcher, BuildError> {
        let mut seen: HashSet<String> = HashSet::new();
        let mut patterns: Vec<String> = Vec::new();
        let mut entry_of: Vec<usize> = Vec::new();
        for (i, e) in entries.iter().enumerate() {
            for spelling in std::iter::once(&e.term).chain(&e.aliases) {
                let folded = fold(spelling);
                let pattern = folded.trim_matches(' ');
                if pattern.is_empty() || pattern.len() > MAX_PATTERN_BYTES || seen.contains(pattern)
                {
                    continue;
                }
                seen.insert(pattern.to_owned());
                patterns.push(pattern.to_owned());
                entry_of.push(i);
            }
        }
        if patterns.is_empty() {
            return Ok(Matcher {
                automata: None,
                entries: entries.len(),
            });
        }
        let longest = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .start_kind(StartKind::Unanchored)
            .build(&patterns)
            .map_err(|e| BuildError(e.to_string()))?;
        let all = AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .start_kind(StartKind::Anchored)
            .build(&patterns)
            .map_err(|e| BuildError(e.to_string()))?;
        Ok(Matcher {
            automata: Some(Automata {
                longest,
                all,
                entry_of,
            }),
            entries: entries.len(),
        })
    }

    /// True when there is nothing to match (empty glossary, or only blank
    /// terms).
    pub fn is_empty(&self) -> bool {
        self.automata.is_none()
    }

    /// Number of glossary entries the matcher was built from.
    pub fn entry_count(&self) -> usize {
        self.entries
    }

    /// Number of distinct folded spellings (terms and aliases) it matches.
    pub fn pattern_count(&self) -> usize {
        self.automata.as_ref().map_or(0, |a| a.entry_of.len())
    }

    /// Every whole-word occurrence in `text`, left to right, non-overlapping.
    pub fn find_all(&self, text: &str) -> Vec<TermMatch> {
        self.find_with(text, |_, _| true)
    }

    /// `text` cut into plain text and every term occurrence (no
    /// first-per-section rule; see [`SectionLinker`] for that).
    pub fn segments<'t>(&self, text: &'t str) -> Vec<Segment<'t>> {
        let matches = self.find_all(text);
        segments_from(text, &matches, |_| true)
    }

    /// A linker for one section (or the hook) under `policy`.
    pub fn linker(&self, policy: GlossaryLinks) -> SectionLinker<'_> {
        SectionLinker::new(self, policy)
    }

    /// Annotates a section's text fields in reading order (paragraphs, card
    /// texts, points) with one [`SectionLinker`], so `FirstPerSection` links
    /// each term at its first occurrence in the whole section.
    pub fn annotate_section(&self, section: &Section, policy: GlossaryLinks) -> AnnotatedSection {
        let mut linker = self.linker(policy);
        AnnotatedSection {
            paragraphs: section
                .paragraphs
                .iter()
                .map(|p| linker.annotate_markup(p.text()))
                .collect(),
            cards: section
                .cards
                .iter()
                .map(|c| linker.annotate_markup(&c.text))
                .collect(),
            points: section
                .points
                .iter()
                .map(|p| linker.annotate_markup(p))
                .collect(),
        }
    }

    /// Annotates a version: the hook, then each section with its own linker.
    pub fn annotate_version(&self, version: &Version, policy: GlossaryLinks) -> AnnotatedVersion {
        AnnotatedVersion {
            hook: self.linker(policy).annotate_markup(&version.hook),
            sections: version
                .sections
                .iter()
                .map(|s| self.annotate_section(s, policy))
                .collect(),
        }
    }

    /// The search proper. `accept(start, end)` (byte offsets in `text`) can
    /// veto a candidate that is otherwise a whole-word match; a vetoed
    /// candidate is treated like one that fails the boundary check, so a
    /// shorter pattern at the same position may still match. It is called
    /// with non-decreasing `start`s.
    fn find_with(
        &self,
        text: &str,
        mut accept: impl FnMut(usize, usize) -> bool,
    ) -> Vec<TermMatch> {
        let mut out = Vec::new();
        let Some(a) = &self.automata else { return out };
        if text.is_empty() {
            return out;
        }
        let folded = Folded::new(text);
        let hay = folded.text.as_bytes();
        let mut at = 0;
        while at < hay.len() {
            let Some(m) = a
                .longest
                .try_find(Input::new(hay).span(at..hay.len()))
                .ok()
                .flatten()
            else {
                break;
            };
            let p = m.start();
            let mut found: Option<(TermMatch, usize)> = None;
            if let Some(start) = folded
                .original(p)
                .filter(|&s| boundary_at(text, s, Side::Start))
            {
                let mut check = |end: usize, pattern: usize| -> Option<(TermMatch, usize)> {
                    let orig_end = folded.original(end)?;
                    if !boundary_at(text, orig_end, Side::End) || !accept(start, orig_end) {
                        return None;
                    }
                    let entry = *a.entry_of.get(pattern)?;
                    Some((
                        TermMatch {
                            entry,
                            start,
                            end: orig_end,
                        },
                        end,
                    ))
                };
                found = check(m.end(), m.pattern().as_usize());
                if found.is_none() {
                    // The longest pattern here is not a whole word: try the
                    // shorter ones starting at `p`, reported by increasing end.
                    // (The iterator API refuses anchored overlapping
                    // searches; the stateful one supports them.)
                    let input = Input::new(hay).span(p..hay.len()).anchored(Anchored::Yes);
                    let mut state = OverlappingState::start();
                    while a
                        .all
                        .try_find_overlapping(input.clone(), &mut state)
                        .is_ok()
                    {
                        let Some(s) = state.get_match() else { break };
                        if s.start() == p && s.end() < m.end() {
                            if let Some(ok) = check(s.end(), s.pattern().as_usize()) {
                                found = Some(ok);
                            }
                        }
                    }
                }
            }
            match found {
                Some((tm, folded_end)) => {
                    out.push(tm);
                    at = folded_end;
                }
                // No pattern can start inside a UTF-8 sequence, so one byte on
                // is the same as one character on.
                None => at = p + 1,
            }
        }
        out
    }
}

/// Applies an occurrence policy across the text fields of one section.
///
/// Create one per section (the article's hook counts as a section of its
/// own), or call [`SectionLinker::next_section`] between sections, and pass
/// every text field of the section through it in reading order: paragraphs,
/// then card texts, then points. With [`GlossaryLinks::FirstPerSection`] only
/// the first occurrence of each entry (by its term or any alias) becomes a
/// term; later ones are plain text. With [`GlossaryLinks::Every`] all do.
#[derive(Debug, Clone)]
pub struct SectionLinker<'m> {
    matcher: &'m Matcher,
    policy: GlossaryLinks,
    seen: Vec<bool>,
}

impl<'m> SectionLinker<'m> {
    /// A linker at the start of a section.
    pub fn new(matcher: &'m Matcher, policy: GlossaryLinks) -> SectionLinker<'m> {
        SectionLinker {
            matcher,
            policy,
            seen: vec![false; matcher.entries],
        }
    }

    /// Starts a new section: every entry may be linked again.
    pub fn next_section(&mut self) {
        self.seen.iter_mut().for_each(|s| *s = false);
    }

    /// Whether entry `entry` has already been linked in this section.
    pub fn seen(&self, entry: usize) -> bool {
        self.seen.get(entry).copied().unwrap_or(false)
    }

    /// Decides whether an occurrence of `entry` is linked, and records it.
    fn link(&mut self, entry: usize) -> bool {
        match self.policy {
            GlossaryLinks::Every => true,
            GlossaryLinks::FirstPerSection => match self.seen.get_mut(entry) {
                Some(seen) if !*seen => {
                    *seen = true;
                    true
                }
                _ => false,
            },
        }
    }

    /// `text` (plain, no markup) cut into plain text and linked terms.
    pub fn segments<'t>(&mut self, text: &'t str) -> Vec<Segment<'t>> {
        let matches = self.matcher.find_all(text);
        segments_from(text, &matches, |e| self.link(e))
    }

    /// Parses inline markup and annotates it (see [`SectionLinker::annotate`]).
    pub fn annotate_markup(&mut self, src: &str) -> Vec<AnnotatedInline> {
        self.annotate(&markup::parse_nodes(src))
    }

    /// Marks glossary terms in parsed inline markup: in text and inside
    /// emphasis and strong text, never inside links. A term must lie within
    /// one text node; the characters around it, for the whole-word check, are
    /// the visible ones even across markup (`**API**s` holds no `API`).
    pub fn annotate(&mut self, nodes: &[Inline]) -> Vec<AnnotatedInline> {
        let mut flat = String::new();
        let mut spans = Vec::new();
        flatten(nodes, true, &mut flat, &mut spans);
        let mut cursor = 0;
        let matches = self.matcher.find_with(&flat, |start, end| {
            // `start` never decreases, so the cursor only moves forward.
            while spans.get(cursor).is_some_and(|s: &Span| s.end <= start) {
                cursor += 1;
            }
            spans
                .get(cursor)
                .is_some_and(|s| s.linkable && s.start <= start && end <= s.end)
        });
        let mut b = Builder {
            linker: self,
            flat: &flat,
            matches: &matches,
            next: 0,
            pos: 0,
        };
        b.build(nodes)
    }
}

/// A text node's place in the flattened visible text.
#[derive(Debug, Clone, Copy)]
struct Span {
    start: usize,
    end: usize,
    linkable: bool,
}

fn flatten(nodes: &[Inline], linkable: bool, flat: &mut String, spans: &mut Vec<Span>) {
    for n in nodes {
        match n {
            Inline::Text(t) => {
                let start = flat.len();
                flat.push_str(t);
                spans.push(Span {
                    start,
                    end: flat.len(),
                    linkable,
                });
            }
            Inline::Emph(c) | Inline::Strong(c) => flatten(c, linkable, flat, spans),
            Inline::Link { children, .. } => flatten(children, false, flat, spans),
        }
    }
}

fn text_len(nodes: &[Inline]) -> usize {
    nodes
        .iter()
        .map(|n| match n {
            Inline::Text(t) => t.len(),
            Inline::Emph(c) | Inline::Strong(c) | Inline::Link { children: c, .. } => text_len(c),
        })
        .sum()
}

/// Rebuilds the node tree with the matches (sorted, each inside one linkable
/// text node) turned into terms, in reading order.
struct Builder<'a, 'm> {
    linker: &'a mut SectionLinker<'m>,
    flat: &'a str,
    matches: &'a [TermMatch],
    /// Next match to place.
    next: usize,
    /// Offset in `flat` of the next text node.
    pos: usize,
}

impl Builder<'_, '_> {
    fn build(&mut self, nodes: &[Inline]) -> Vec<AnnotatedInline> {
        let mut out = Vec::with_capacity(nodes.len());
        for n in nodes {
            match n {
                Inline::Text(t) => {
                    let start = self.pos;
                    let end = start + t.len();
                    self.pos = end;
                    self.text(start, end, &mut out);
                }
                Inline::Emph(c) => out.push(AnnotatedInline::Emph(self.build(c))),
                Inline::Strong(c) => out.push(AnnotatedInline::Strong(self.build(c))),
                Inline::Link { href, children } => {
                    self.pos += text_len(children);
                    out.push(AnnotatedInline::Link {
                        href: href.clone(),
                        children: children.clone(),
                    });
                }
            }
        }
        out
    }

    fn text(&mut self, start: usize, end: usize, out: &mut Vec<AnnotatedInline>) {
        let mut plain = start;
        while let Some(m) = self.matches.get(self.next).filter(|m| m.start < end) {
            self.next += 1;
            if !self.linker.link(m.entry) {
                continue;
            }
            push_plain(out, self.flat.get(plain..m.start).unwrap_or(""));
            let term = self.flat.get(m.start..m.end).unwrap_or("");
            out.push(AnnotatedInline::Term {
                entry: m.entry,
                text: term.to_owned(),
            });
            plain = m.end;
        }
        push_plain(out, self.flat.get(plain..end).unwrap_or(""));
    }
}

fn push_plain(out: &mut Vec<AnnotatedInline>, s: &str) {
    if !s.is_empty() {
        out.push(AnnotatedInline::Text(s.to_owned()));
    }
}

/// Cuts `text` at the matches; `link(entry)` says whether an occurrence
/// becomes a term (else it stays plain text, merged with its neighbours).
fn segments_from<'t>(
    text: &'t str,
    matches: &[TermMatch],
    mut link: impl FnMut(usize) -> bool,
) -> Vec<Segment<'t>> {
    let mut out = Vec::new();
    let mut plain = 0;
    for m in matches {
        if !link(m.entry) {
            continue;
        }
        if let (Some(before), Some(term)) = (text.get(plain..m.start), text.get(m.start..m.end)) {
            if !before.is_empty() {
                out.push(Segment::Text(before));
            }
            out.push(Segment::Term {
                entry: m.entry,
                text: term,
            });
            plain = m.end;
        }
    }
    if let Some(rest) = text.get(plain..).filter(|r| !r.is_empty()) {
        out.push(Segment::Text(rest));
    }
    out
}

// ---------------------------------------------------------------------------
// Folding and word boundaries.

/// The folding applied to both patterns and text before matching (see the
/// module docs): simple lowercase, `ς`→`σ`, `‘ ’`→`'`, `“ ”`→`"`,
/// U+2010/U+2011→`-`, whitespace runs → one space. Patterns are also trimmed.
pub fn fold(s: &str) -> String {
    Folded::new(s).text
}

/// A folded copy of a text and the way back to the original.
struct Folded {
    text: String,
    /// For each byte offset of `text`, and one past its end: the byte offset
    /// in the original of the character whose folding starts there, or
    /// [`NOT_ALIGNED`] if none starts there (inside a multi-byte character or
    /// a multi-character folding like `İ`→`i̇`). `None` while folding keeps
    /// every character's byte length, so offsets are the same in both.
    map: Option<Vec<usize>>,
}

const NOT_ALIGNED: usize = usize::MAX;

impl Folded {
    fn new(src: &str) -> Folded {
        let mut text = String::with_capacity(src.len());
        let mut map: Option<Vec<usize>> = None;
        let mut in_space = false;
        for (o, c) in src.char_indices() {
            let before = text.len();
            let same_length = if c.is_whitespace() {
                if in_space {
                    // Collapsed into the previous space: no folded bytes.
                    if map.is_none() {
                        map = Some(identity_map(src, before));
                    }
                    continue;
                }
                in_space = true;
                text.push(' ');
                c.len_utf8() == 1
            } else {
                in_space = false;
                fold_char(c, &mut text)
            };
            if !same_length && map.is_none() {
                map = Some(identity_map(src, before));
            }
            if let Some(m) = &mut map {
                m.push(o);
                m.resize(text.len(), NOT_ALIGNED);
            }
        }
        if let Some(m) = &mut map {
            m.push(src.len());
        }
        Folded { text, map }
    }

    /// The original byte offset of folded offset `f`, if a character of the
    /// original starts (or the text ends) exactly there.
    fn original(&self, f: usize) -> Option<usize> {
        match &self.map {
            None => self.text.is_char_boundary(f).then_some(f),
            Some(m) => m.get(f).copied().filter(|&o| o != NOT_ALIGNED),
        }
    }
}

/// The map for a prefix of `len` bytes that folded to the same offsets.
fn identity_map(src: &str, len: usize) -> Vec<usize> {
    let mut m = Vec::with_capacity(src.len() + 1);
    m.extend((0..len).map(|i| {
        if src.is_char_boundary(i) {
            i
        } else {
            NOT_ALIGNED
        }
    }));
    m
}

/// Pushes the folding of one non-whitespace character; true when it is one
/// character of the same UTF-8 length.
fn fold_char(c: char, out: &mut String) -> bool {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return true;
    }
    let special = match c {
        '\u{2018}' | '\u{2019}' => Some('\''),
        '\u{201C}' | '\u{201D}' => Some('"'),
        '\u{2010}' | '\u{2011}' => Some('-'),
        'ς' => Some('σ'),
        _ => None,
    };
    if let Some(s) = special {
        out.push(s);
        return s.len_utf8() == c.len_utf8();
    }
    let start = out.len();
    let mut count = 0;
    for l in c.to_lowercase() {
        out.push(l);
        count += 1;
    }
    count == 1 && out.len() - start == c.len_utf8()
}

/// Letters, digits, combining marks and zero-width (non-)joiners: the
/// characters that glue a match to its surroundings.
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
        || matches!(c,
            '\u{0300}'..='\u{036F}' // combining diacritical marks
            | '\u{1AB0}'..='\u{1AFF}'
            | '\u{1DC0}'..='\u{1DFF}'
            | '\u{20D0}'..='\u{20FF}'
            | '\u{FE20}'..='\u{FE2F}'
            | '\u{200C}' | '\u{200D}')
}

/// Characters of scripts written without spaces between words.
fn is_unspaced(c: char) -> bool {
    matches!(c,
        '\u{0E00}'..='\u{0EFF}' // Thai, Lao
        | '\u{1000}'..='\u{109F}' // Myanmar
        | '\u{1780}'..='\u{17FF}' // Khmer
        | '\u{3040}'..='\u{30FF}' // Hiragana, Katakana
        | '\u{31F0}'..='\u{31FF}'
        | '\u{3400}'..='\u{4DBF}' // CJK
        | '\u{4E00}'..='\u{9FFF}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{FF66}'..='\u{FF9F}'
        | '\u{20000}'..='\u{3FFFF}')
}

#[derive(Clone, Copy)]
enum Side {
    Start,
    End,
}

/// Whether a match may start (or end) at byte `at` of `text`: the character
/// outside the match is absent or not a word character, or one of the two
/// characters there belongs to an unspaced script.
fn boundary_at(text: &str, at: usize, side: Side) -> bool {
    let (Some(before), Some(after)) = (text.get(..at), text.get(at..)) else {
        return false;
    };
    let prev = before.chars().next_back();
    let next = after.chars().next();
    let (outside, inside) = match side {
        Side::Start => (prev, next),
        Side::End => (next, prev),
    };
    match outside {
        None => true,
        Some(o) => !is_word_char(o) || is_unspaced(o) || inside.is_some_and(is_unspaced),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_keeps_offsets_when_lengths_match() {
        let f = Folded::new("Émission d’API");
        assert_eq!(f.text, "émission d'api");
        // ’ (3 bytes) → ' (1 byte): a map is needed.
        let Some(map) = &f.map else {
            panic!("expected a map")
        };
        assert_eq!(map.len(), f.text.len() + 1);
        assert_eq!(f.original(f.text.len()), Some("Émission d’API".len()));
        let g = Folded::new("ÉMISSION Δ");
        assert!(g.map.is_none());
        assert_eq!(g.original(1), None);
        assert_eq!(g.original(2), Some(2));
    }

    #[test]
    fn folding_expansions_are_not_aligned_inside() {
        let f = Folded::new("İx");
        assert_eq!(f.text, "i\u{307}x");
        assert_eq!(f.original(0), Some(0));
        assert_eq!(f.original(1), None);
        assert_eq!(f.original(3), Some(2));
        assert_eq!(f.original(4), Some(3));
    }

    #[test]
    fn whitespace_runs_collapse() {
        let f = Folded::new("a \u{a0}\n b");
        assert_eq!(f.text, "a b");
        assert_eq!(f.original(1), Some(1));
        assert_eq!(f.original(2), Some("a \u{a0}\n ".len()));
    }
}
