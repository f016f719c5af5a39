//! Link-once policy per section, first use per version, and annotating the
//! markup AST.

use super::*;

/// Applies an occurrence policy across the text fields of one section.
///
/// Create one per section (the article's hook counts as a section of its
/// own), or call [`SectionLinker::next_section`] between sections, and pass
/// every text field of the section through it in reading order: paragraphs,
/// then card texts, then points. With [`GlossaryLinks::FirstPerSection`] only
/// the first occurrence of each entry (by its term or any alias) becomes a
/// term; later ones are plain text. With [`GlossaryLinks::Every`] all do.
///
/// Across sections the linker also remembers which entries it has already
/// turned into terms, so the first term of each entry since the linker was
/// created is marked `first` (see [`AnnotatedInline::Term`]):
/// [`Matcher::annotate_version`] uses one linker for the hook and all
/// sections, so that is the first use in the whole version, in reading order.
#[derive(Debug, Clone)]
pub struct SectionLinker<'m> {
    matcher: &'m Matcher,
    policy: GlossaryLinks,
    /// Linked in the current section.
    seen: Vec<bool>,
    /// Linked in any section so far.
    used: Vec<bool>,
}

impl<'m> SectionLinker<'m> {
    /// A linker at the start of a section.
    pub fn new(matcher: &'m Matcher, policy: GlossaryLinks) -> SectionLinker<'m> {
        SectionLinker {
            matcher,
            policy,
            seen: vec![false; matcher.entries],
            used: vec![false; matcher.entries],
        }
    }

    /// Starts a new section: every entry may be linked again (but only the
    /// first term of each entry since the linker was created is `first`).
    pub fn next_section(&mut self) {
        self.seen.iter_mut().for_each(|s| *s = false);
    }

    /// Whether entry `entry` has already been linked in this section.
    pub fn seen(&self, entry: usize) -> bool {
        self.seen.get(entry).copied().unwrap_or(false)
    }

    /// Decides whether an occurrence of `entry` is linked, and records it:
    /// `None` if it stays plain text, else whether it is the entry's first
    /// term since the linker was created.
    pub(super) fn link(&mut self, entry: usize) -> Option<bool> {
        let seen = self.seen.get_mut(entry)?;
        if *seen && self.policy == GlossaryLinks::FirstPerSection {
            return None;
        }
        *seen = true;
        let used = self.used.get_mut(entry)?;
        let first = !*used;
        *used = true;
        Some(first)
    }

    /// `text` (plain, no markup) cut into plain text and linked terms.
    pub fn segments<'t>(&mut self, text: &'t str) -> Vec<Segment<'t>> {
        let matches = self.matcher.find_all(text);
        segments_from(text, &matches, |e| self.link(e).is_some())
    }

    /// Annotates a section's text fields in reading order: paragraphs, card
    /// texts, then points (see [`Matcher::annotate_section`]).
    pub fn annotate_section(&mut self, section: &Section) -> AnnotatedSection {
        AnnotatedSection {
            paragraphs: section
                .paragraphs
                .iter()
                .map(|p| self.annotate_markup(p.text()))
                .collect(),
            cards: section
                .cards
                .iter()
                .map(|c| self.annotate_markup(&c.text))
                .collect(),
            points: section
                .points
                .iter()
                .map(|p| self.annotate_markup(p))
                .collect(),
        }
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
pub(super) struct Span {
    start: usize,
    end: usize,
    linkable: bool,
}

pub(super) fn flatten(nodes: &[Inline], linkable: bool, flat: &mut String, spans: &mut Vec<Span>) {
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

pub(super) fn text_len(nodes: &[Inline]) -> usize {
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
pub(super) struct Builder<'a, 'm> {
    linker: &'a mut SectionLinker<'m>,
    flat: &'a str,
    matches: &'a [TermMatch],
    /// Next match to place.
    next: usize,
    /// Offset in `flat` of the next text node.
    pos: usize,
}

impl Builder<'_, '_> {
    pub(super) fn build(&mut self, nodes: &[Inline]) -> Vec<AnnotatedInline> {
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

    pub(super) fn text(&mut self, start: usize, end: usize, out: &mut Vec<AnnotatedInline>) {
        let mut plain = start;
        while let Some(m) = self.matches.get(self.next).filter(|m| m.start < end) {
            self.next += 1;
            let Some(first) = self.linker.link(m.entry) else {
                continue;
            };
            push_plain(out, self.flat.get(plain..m.start).unwrap_or(""));
            let term = self.flat.get(m.start..m.end).unwrap_or("");
            out.push(AnnotatedInline::Term {
                entry: m.entry,
                text: term.to_owned(),
                first,
            });
            plain = m.end;
        }
        push_plain(out, self.flat.get(plain..end).unwrap_or(""));
    }
}

pub(super) fn push_plain(out: &mut Vec<AnnotatedInline>, s: &str) {
    if !s.is_empty() {
        out.push(AnnotatedInline::Text(s.to_owned()));
    }
}

/// Cuts `text` at the matches; `link(entry)` says whether an occurrence
/// becomes a term (else it stays plain text, merged with its neighbours).
pub(super) fn segments_from<'t>(
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
