//! Glossary term matching: properties, checked against a slow reference.

use gloss_core::content::markup::{parse_nodes, plain_text, Inline};
use gloss_core::content::model::{GlossaryEntry, GlossaryLinks};
use gloss_core::glossary::{fold, AnnotatedInline, Matcher, Segment, TermMatch};
use proptest::prelude::*;

/// A small alphabet that makes matches, near misses and folding corner cases
/// likely: case pairs, `İ` (lowercases to two chars), Kelvin sign, sigmas,
/// curly and straight apostrophes, hyphens, whitespace kinds, a combining
/// accent and punctuation. No unspaced scripts (those relax the boundary rule).
const ALPHABET: &[char] = &[
    'a', 'A', 'b', 'B', 'i', 'I', 'İ', 'k', '\u{212A}', 'é', 'É', '\u{301}', 'σ', 'ς', 'Σ', 'ß',
    '\'', '’', '-', '\u{2011}', ' ', ' ', '\u{a0}', '\n', ',', '(', ')', '1',
];

fn text_from(alpha: &'static [char], max: usize) -> impl Strategy<Value = String> + Clone {
    prop::collection::vec(prop::sample::select(alpha), 0..max).prop_map(|v| v.into_iter().collect())
}

fn glossary() -> impl Strategy<Value = Vec<GlossaryEntry>> {
    let spelling = text_from(ALPHABET, 6);
    prop::collection::vec(
        (spelling.clone(), prop::collection::vec(spelling, 0..3)),
        0..6,
    )
    .prop_map(|v| {
        v.into_iter()
            .map(|(term, aliases)| GlossaryEntry {
                term,
                definition: String::new(),
                aliases,
            })
            .collect()
    })
}

/// A glossary and a text made of pieces: random characters and spellings
/// from the glossary, some uppercased, so whole and partial matches abound.
fn glossary_and_text() -> impl Strategy<Value = (Vec<GlossaryEntry>, String)> {
    glossary().prop_flat_map(|entries| {
        let mut spellings: Vec<String> = entries
            .iter()
            .flat_map(|e| std::iter::once(e.term.clone()).chain(e.aliases.iter().cloned()))
            .filter(|s| !s.trim().is_empty())
            .collect();
        if spellings.is_empty() {
            spellings.push("a".into());
        }
        let spelling = (prop::sample::select(spellings), any::<bool>()).prop_map(|(s, upper)| {
            if upper {
                s.to_uppercase()
            } else {
                s
            }
        });
        let piece = prop_oneof![text_from(ALPHABET, 3), spelling];
        (
            Just(entries),
            prop::collection::vec(piece, 0..12).prop_map(|v| v.concat()),
        )
    })
}

/// The documented word-boundary rule, for text without unspaced scripts.
fn is_word(c: char) -> bool {
    c.is_alphanumeric() || ('\u{300}'..='\u{36f}').contains(&c)
}

fn separated(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    !before.is_some_and(is_word) && !after.is_some_and(is_word)
}

/// Folded, trimmed spellings → entry, first entry wins (as documented).
fn patterns(entries: &[GlossaryEntry]) -> Vec<(String, usize)> {
    let mut out: Vec<(String, usize)> = Vec::new();
    for (i, e) in entries.iter().enumerate() {
        for s in std::iter::once(&e.term).chain(&e.aliases) {
            let p = fold(s).trim_matches(' ').to_owned();
            if !p.is_empty() && !out.iter().any(|(q, _)| *q == p) {
                out.push((p, i));
            }
        }
    }
    out
}

/// The specification, executed slowly: left to right over character
/// positions, take the longest whole-word slice whose folding is a pattern.
fn reference(entries: &[GlossaryEntry], text: &str) -> Vec<TermMatch> {
    let pats = patterns(entries);
    let bounds: Vec<usize> = text
        .char_indices()
        .map(|(i, _)| i)
        .chain([text.len()])
        .collect();
    let mut out = Vec::new();
    let mut cursor = 0;
    for (k, &i) in bounds.iter().enumerate() {
        if i < cursor {
            continue;
        }
        let mut best = None;
        for &j in &bounds[k + 1..] {
            if !separated(text, i, j) {
                continue;
            }
            let f = fold(&text[i..j]);
            if let Some((_, e)) = pats.iter().find(|(p, _)| *p == f) {
                best = Some(TermMatch {
                    entry: *e,
                    start: i,
                    end: j,
                });
            }
        }
        if let Some(m) = best {
            cursor = m.end;
            out.push(m);
        }
    }
    out
}

fn concat(segs: &[Segment<'_>]) -> String {
    segs.iter().map(Segment::text).collect()
}

fn flatten(nodes: &[AnnotatedInline], out: &mut String) {
    for n in nodes {
        match n {
            AnnotatedInline::Text(t) | AnnotatedInline::Term { text: t, .. } => out.push_str(t),
            AnnotatedInline::Emph(c) | AnnotatedInline::Strong(c) => flatten(c, out),
            AnnotatedInline::Link { children, .. } => inline_text(children, out),
        }
    }
}

fn inline_text(nodes: &[Inline], out: &mut String) {
    for n in nodes {
        match n {
            Inline::Text(t) => out.push_str(t),
            Inline::Emph(c) | Inline::Strong(c) | Inline::Link { children: c, .. } => {
                inline_text(c, out)
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn matches_the_reference((entries, text) in glossary_and_text()) {
        let m = Matcher::new(&entries);
        prop_assert_eq!(m.find_all(&text), reference(&entries, &text));
    }

    #[test]
    fn segments_concatenate_and_terms_are_whole_word_patterns((entries, text) in glossary_and_text()) {
        let m = Matcher::new(&entries);
        let pats = patterns(&entries);
        let segs = m.segments(&text);
        prop_assert_eq!(concat(&segs), text.clone());
        let mut at = 0;
        for s in &segs {
            if let Segment::Term { entry, text: t } = s {
                prop_assert!(pats.iter().any(|(p, e)| *p == fold(t) && e == entry), "{t:?} is not a spelling of entry {entry}");
                prop_assert!(separated(&text, at, at + t.len()), "{t:?} at {at} is not a whole word");
            }
            at += s.text().len();
        }
    }

    #[test]
    fn first_per_section_links_each_entry_once(entries in glossary(), texts in prop::collection::vec(text_from(ALPHABET, 30), 0..4)) {
        let m = Matcher::new(&entries);
        let mut every = m.linker(GlossaryLinks::Every);
        let mut first = m.linker(GlossaryLinks::FirstPerSection);
        let mut linked = vec![0usize; entries.len()];
        let mut seen_every = vec![false; entries.len()];
        for t in &texts {
            let segs = first.segments(t);
            prop_assert_eq!(concat(&segs), t.clone());
            for s in &segs {
                if let Segment::Term { entry, .. } = s { linked[*entry] += 1; }
            }
            for s in every.segments(t) {
                if let Segment::Term { entry, .. } = s { seen_every[entry] = true; }
            }
        }
        for (e, n) in linked.iter().enumerate() {
            prop_assert_eq!(*n, usize::from(seen_every[e]));
        }
    }

    #[test]
    fn never_panics_on_arbitrary_unicode(terms in prop::collection::vec(any::<String>(), 0..5), text in any::<String>()) {
        let entries: Vec<GlossaryEntry> =
            terms.into_iter().map(|term| GlossaryEntry { term, definition: String::new(), aliases: vec![] }).collect();
        let m = Matcher::new(&entries);
        prop_assert_eq!(concat(&m.segments(&text)), text.clone());
        // As markup too: the visible text survives annotation unchanged.
        let nodes = parse_nodes(&text);
        let mut visible = String::new();
        flatten(&m.linker(GlossaryLinks::Every).annotate(&nodes), &mut visible);
        prop_assert_eq!(visible, plain_text(&text));
    }

    #[test]
    fn arbitrary_text_with_real_terms(text in "\\PC{0,200}") {
        let entries = ["IP", "café", "export controls", "Σ", "数据"]
            .map(|t| GlossaryEntry { term: t.into(), definition: String::new(), aliases: vec![] });
        let m = Matcher::new(&entries);
        let segs = m.segments(&text);
        prop_assert_eq!(concat(&segs), text.clone());
    }
}
