//! Building the pattern trie and the whole-word, leftmost-longest search.

use super::*;

impl Matcher {
    /// Builds a matcher for these entries (terms and aliases).
    pub fn new(entries: &[GlossaryEntry]) -> Matcher {
        let mut seen: BTreeSet<String> = BTreeSet::new();
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
        Matcher {
            patterns: (!patterns.is_empty()).then(|| Patterns {
                trie: Trie::new(&patterns),
                entry_of,
            }),
            entries: entries.len(),
        }
    }

    /// Builds a matcher for the article's glossary.
    pub fn for_article(article: &Article) -> Matcher {
        Matcher::new(&article.glossary)
    }

    /// True when there is nothing to match (empty glossary, or only blank
    /// terms).
    pub fn is_empty(&self) -> bool {
        self.patterns.is_none()
    }

    /// Number of glossary entries the matcher was built from.
    pub fn entry_count(&self) -> usize {
        self.entries
    }

    /// Number of distinct folded spellings (terms and aliases) it matches.
    pub fn pattern_count(&self) -> usize {
        self.patterns.as_ref().map_or(0, |a| a.entry_of.len())
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
    /// each term at its first occurrence in the whole section, and each
    /// entry's first term in the section is marked `first`.
    pub fn annotate_section(&self, section: &Section, policy: GlossaryLinks) -> AnnotatedSection {
        self.linker(policy).annotate_section(section)
    }

    /// Annotates a version: the hook, then each section, each a section of
    /// its own for the policy. One linker runs through all of them in reading
    /// order, so each entry's first term in the whole version (hook first)
    /// is marked `first`, and only that one.
    pub fn annotate_version(&self, version: &Version, policy: GlossaryLinks) -> AnnotatedVersion {
        let mut linker = self.linker(policy);
        let hook = linker.annotate_markup(&version.hook);
        let sections = version
            .sections
            .iter()
            .map(|s| {
                linker.next_section();
                linker.annotate_section(s)
            })
            .collect();
        AnnotatedVersion { hook, sections }
    }

    /// The search proper. `accept(start, end)` (byte offsets in `text`) can
    /// veto a candidate that is otherwise a whole-word match; a vetoed
    /// candidate is treated like one that fails the boundary check, so a
    /// shorter pattern at the same position may still match. It is called
    /// with non-decreasing `start`s.
    pub(super) fn find_with(
        &self,
        text: &str,
        mut accept: impl FnMut(usize, usize) -> bool,
    ) -> Vec<TermMatch> {
        let mut out = Vec::new();
        let Some(a) = &self.patterns else { return out };
        if text.is_empty() {
            return out;
        }
        let folded = Folded::new(text);
        let hay = folded.text.as_bytes();
        let mut p = 0;
        while p < hay.len() {
            // No pattern can start inside a UTF-8 sequence (patterns are
            // whole characters), so one byte on is one character on.
            if !a.trie.starts_with(hay[p]) {
                p += 1;
                continue;
            }
            let found = folded
                .original(p)
                .filter(|&s| boundary_at(text, s, Side::Start))
                .and_then(|start| {
                    // The longest pattern here that is a whole word (and
                    // accepted): `export controls`, else `export`.
                    a.trie
                        .starting_at(hay, p)
                        .into_iter()
                        .rev()
                        .find_map(|(end, pattern)| {
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
                        })
                });
            match found {
                Some((tm, folded_end)) => {
                    out.push(tm);
                    p = folded_end;
                }
                None => p += 1,
            }
        }
        out
    }
}
