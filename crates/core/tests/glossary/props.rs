//! Glossary term matching: properties, checked against the slow reference
//! (`gloss_core::glossary::reference`, shared with the fuzzers).

use gloss_core::content::markup::{parse_nodes, plain_text};
use gloss_core::content::model::{GlossaryEntry, GlossaryLinks};
use gloss_core::glossary::reference::{self, is_spelling_of, patterns, separated, visible_text};
use gloss_core::glossary::{Matcher, Segment};
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

fn concat(segs: &[Segment<'_>]) -> String {
    segs.iter().map(Segment::text).collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn matches_the_reference((entries, text) in glossary_and_text()) {
        let m = Matcher::new(&entries);
        prop_assert_eq!(m.find_all(&text), reference::find_all(&patterns(&entries), &text));
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
                prop_assert!(is_spelling_of(&pats, t, *entry), "{t:?} is not a spelling of entry {entry}");
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
        let visible = visible_text(&m.linker(GlossaryLinks::Every).annotate(&nodes));
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
