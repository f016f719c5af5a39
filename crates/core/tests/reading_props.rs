//! Reading aloud: sentences and the reading plan under random text.

use gloss_core::content::model::{Section, SectionKind, Version};
use gloss_core::reading::plan::{Options, Plan};
use gloss_core::reading::sentences::{sentences, word_end};
use proptest::prelude::*;

/// Stops of every script, closers, openers, abbreviation pieces, case
/// pairs, digits, whitespace kinds, an astral character and a combining mark.
const ALPHABET: &[char] = &[
    'a', 'A', 'I', 'D', 'r', 'U', 'S', 'e', 'g', '1', '5', '.', '.', '?', '!', '…', '؟', '۔', '。',
    '！', '？', '।', '¿', '¡', '"', '”', '’', '\'', ')', '」', '(', ' ', ' ', '\n', '\u{a0}', 'ب',
    '日', '😀', '\u{301}', '-', ',',
];

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(ALPHABET), 0..60)
        .prop_map(|v| v.into_iter().collect())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn sentences_cover_the_text_exactly_in_order(text in text()) {
        let ranges = sentences(&text);
        let mut at = 0;
        for r in &ranges {
            prop_assert_eq!(r.start, at, "no gap or overlap");
            prop_assert!(r.end > r.start, "no empty sentence");
            prop_assert!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end));
            at = r.end;
        }
        prop_assert_eq!(at, text.len());
        prop_assert_eq!(ranges.is_empty(), text.is_empty());
        // Only the first sentence may start with whitespace.
        for r in ranges.iter().skip(1) {
            prop_assert!(!text[r.clone()].starts_with(char::is_whitespace));
        }
    }

    #[test]
    fn words_end_inside_the_text(text in text(), at in 0usize..80) {
        let start = text.char_indices().map(|(i, _)| i).nth(at).unwrap_or(text.len());
        let end = word_end(&text, start);
        prop_assert!(text.is_char_boundary(end) && end <= text.len());
        prop_assert!(end > start || start == text.len());
    }

    #[test]
    fn the_plan_speaks_all_the_text_once_in_order(hook in text(), point in text()) {
        let version = Version {
            id: "v".into(),
            audience: "All".into(),
            hook: hook.clone(),
            sections: vec![Section {
                kind: SectionKind::KeyPoints,
                heading: None,
                paragraphs: vec![],
                cards: vec![],
                points: vec![point.clone()],
            }],
        };
        let plan = Plan::new(&version, &[], Options::default());
        let spoken: Vec<&str> = (0..plan.len()).filter_map(|i| plan.text(i)).collect();
        prop_assert_eq!(spoken.len(), plan.len());
        // Everything but whitespace, once, in order.
        let ink = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
        let markup = gloss_core::content::markup::plain_text;
        prop_assert_eq!(ink(&spoken.concat()), ink(&markup(&hook)) + &ink(&markup(&point)));
        for (i, s) in plan.sentences.iter().enumerate() {
            let block = &plan.blocks[s.block].text;
            let u16_start = block[..s.bytes.start].encode_utf16().count();
            prop_assert_eq!(s.utf16.start, u16_start);
            prop_assert_eq!(s.utf16.len(), block[s.bytes.clone()].encode_utf16().count());
            prop_assert!(!plan.text(i).unwrap_or("").trim().is_empty());
            // Every position of the sentence names a word inside it.
            for (k, _) in block[s.bytes.clone()].encode_utf16().enumerate() {
                if let Some(w) = plan.word(i, k, None) {
                    prop_assert!(w.start >= s.utf16.start && w.end <= s.utf16.end && w.start < w.end);
                }
            }
        }
    }
}
